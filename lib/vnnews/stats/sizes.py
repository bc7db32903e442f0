"""Sizes of articles and of the corpus."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import pandas as pd

from ..annotation.partials import sql_list
from ..annotation.reduce import Annotated, Reduction, annotated
from ..corpus import Article
from ..options import check_option
from ._common import RUNNING_TEXT, counted

COLUMNS = ["doc_id", "paragraphs", "sentences", "syllables", "words", "word_types", "mean_sentence_words"]


def sizes(corpus: Iterable[Article], *, per: Literal["article", "corpus"] = "article",
          parts: Iterable[str] = RUNNING_TEXT) -> pd.DataFrame:
    """Paragraphs, sentences, syllables, words and word types.

    Words are tokens of the word segmenter that are words or numbers (punctuation is not
    counted); ``word_types`` counts distinct words ignoring case and tone-mark spelling.

    Parameters
    ----------
    corpus : iterable of Article
    per : {"article", "corpus"}
        One row per article, or one row for the whole corpus (``doc_id`` is ``"(corpus)"``).
    parts : iterable of str
        Article parts counted (default the running text: lead, body, headings).

    Returns
    -------
    pandas.DataFrame
        Columns ``doc_id, paragraphs, sentences, syllables, words, word_types,
        mean_sentence_words``.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nBộ Chính trị họp. Hội nghị bế mạc.", doc_id="x")
    >>> sizes([a]).to_dict("records")  # "Bộ Chính trị | họp | Hội nghị | bế mạc": 4 words, 8 syllables
    [{'doc_id': 'x', 'paragraphs': 1, 'sentences': 2, 'syllables': 8, 'words': 4, 'word_types': 4, 'mean_sentence_words': 2.0}]
    """
    view = annotated(corpus)
    return size_reduction(view, per=per, parts=parts).frame(view)


def _mean_sentence_words(frame: pd.DataFrame) -> pd.DataFrame:
    frame["mean_sentence_words"] = [round(w / s, 2) if s else 0.0 for w, s in zip(frame["words"], frame["sentences"])]
    return frame[COLUMNS]


def size_reduction(view: Annotated, *, per: str = "article", parts: Iterable[str] = RUNNING_TEXT) -> Reduction:
    """:func:`sizes` as a reduction of the stored word counts, sentences and paragraph roles."""
    check_option("per", per, ("article", "corpus"))
    parts = tuple(parts)
    inside = sql_list(parts)
    words = counted("word_counts", parts=parts, numbers=True)
    if per == "article":
        sql = f"""
            WITH w AS (SELECT doc_id, sum(syllables * count)::BIGINT AS syllables, sum(count)::BIGINT AS words,
                              count(DISTINCT norm)::BIGINT AS word_types FROM ({words}) GROUP BY doc_id),
            s AS (SELECT key, count(*)::BIGINT AS sentences FROM sentences WHERE part IN {inside} GROUP BY key),
            p AS (SELECT key, sum(paragraphs)::BIGINT AS paragraphs FROM paragraph_roles WHERE role IN {inside} GROUP BY key)
            SELECT d.doc_id, coalesce(p.paragraphs, 0) AS paragraphs, coalesce(s.sentences, 0) AS sentences,
                   coalesce(w.syllables, 0) AS syllables, coalesce(w.words, 0) AS words, coalesce(w.word_types, 0) AS word_types
            FROM docs d LEFT JOIN w USING (doc_id) LEFT JOIN s USING (key) LEFT JOIN p USING (key) ORDER BY d.ord"""
    else:
        sql = f"""
            SELECT '(corpus)' AS doc_id,
                   (SELECT coalesce(sum(paragraphs), 0) FROM paragraph_roles JOIN docs USING (key) WHERE role IN {inside})::BIGINT
                       AS paragraphs,
                   (SELECT count(*) FROM sentences JOIN docs USING (key) WHERE part IN {inside})::BIGINT AS sentences,
                   coalesce(sum(syllables * count), 0)::BIGINT AS syllables, coalesce(sum(count), 0)::BIGINT AS words,
                   count(DISTINCT norm)::BIGINT AS word_types
            FROM ({words})"""
    return Reduction(sql, _mean_sentence_words, per_article=per == "article")
