"""A copy of the implementation before the store (commit 8d7748a), kept to check the reductions against it."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import pandas as pd

from vnnews.annotation.tokenisation import sentences
from vnnews.corpus import Article
from vnnews.options import check_option

from ._common import RUNNING_TEXT, word_tokens

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
    check_option("per", per, ("article", "corpus"))
    articles = list(corpus)
    parts = tuple(parts)
    words = word_tokens(articles, parts=parts, numbers=True)
    sents = sentences(articles)
    sents = sents[sents["part"].isin(parts)]
    rows = []
    groups = [(a.doc_id, [a]) for a in articles] if per == "article" else [("(corpus)", articles)]
    for doc_id, members in groups:
        ids = {a.doc_id for a in members}
        w = words[words["doc_id"].isin(ids)]
        n_sentences = int(sents["doc_id"].isin(ids).sum())
        n_paragraphs = sum(1 for a in members for p in a.paragraphs if p.role in parts)
        rows.append((doc_id, n_paragraphs, n_sentences, int(w["syllables"].sum()), len(w), w["norm"].nunique(),
                     round(len(w) / n_sentences, 2) if n_sentences else 0.0))
    return pd.DataFrame(rows, columns=COLUMNS)
