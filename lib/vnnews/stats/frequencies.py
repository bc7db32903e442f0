"""Frequency lists of words and syllables, and word n-grams."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Literal

import pandas as pd

from ..annotation.partials import ngram_query, sql_list
from ..annotation.reduce import Annotated, Reduction, annotated
from ..corpus import Article
from ..options import check_option
from ._common import RUNNING_TEXT, Stopwords, counted, forms_sql, stopword_table, text_order


def frequencies(
    corpus: Iterable[Article],
    *,
    unit: Literal["word", "syllable"] = "word",
    stopwords: Stopwords = None,
    pos: Iterable[str] | None = None,
    by_pos: bool = False,
    per: Literal["corpus", "article"] = "corpus",
    numbers: bool = False,
    min_count: int = 1,
    parts: Iterable[str] = RUNNING_TEXT,
) -> pd.DataFrame:
    """How often each word (or syllable) occurs.

    Words are counted ignoring case and tone-mark spelling (``Tỉnh uỷ`` = ``tỉnh ủy``);
    ``item`` shows the most frequent written form.

    Parameters
    ----------
    unit : {"word", "syllable"}
        Count segmented words (``Bộ Chính trị`` is one item) or syllables.
    stopwords : bool or iterable of str, optional
        ``True`` drops underthesea's Vietnamese stopwords; a list drops those.
    pos : iterable of str, optional
        Only words with these POS tags (``{"N", "Np"}``).
    by_pos : bool
        Count (word, POS) pairs separately.
    per : {"corpus", "article"}
        One list for the corpus, or one per article (``doc_id`` column).
    numbers : bool
        Count numbers as words.
    min_count : int
        Drop items seen fewer times.
    parts : iterable of str
        Article parts counted.

    Returns
    -------
    pandas.DataFrame
        ``[doc_id,] item, norm, [pos,] count, per_10k, articles`` sorted by count;
        ``per_10k`` is per 10,000 words (or syllables) of the same scope, stopwords
        included, so rates stay comparable across filters; ``articles`` is how many
        articles the item occurs in.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nBộ Chính trị họp. Bộ Chính trị ra nghị quyết.", doc_id="x")
    >>> frequencies([a]).head(2)[["item", "count", "articles"]].values.tolist()
    [['Bộ Chính trị', 2, 1], ['họp', 1, 1]]
    """
    view = annotated(corpus)
    return frequency_reduction(view, unit=unit, stopwords=stopwords, pos=pos, by_pos=by_pos, per=per, numbers=numbers,
                               min_count=min_count, parts=parts).frame(view)


def frequency_reduction(view: Annotated, *, unit: str = "word", stopwords: Stopwords = None, pos: Iterable[str] | None = None,
                        by_pos: bool = False, per: str = "corpus", numbers: bool = False, min_count: int = 1,
                        parts: Iterable[str] = RUNNING_TEXT) -> Reduction:
    """:func:`frequencies` as a reduction of the stored word (or syllable) counts."""
    check_option("unit", unit, ("word", "syllable"))
    check_option("per", per, ("corpus", "article"))
    parts = tuple(parts)
    layer = "word_counts" if unit == "word" else "syllable_counts"
    stop = stopword_table(view, stopwords)
    pos_filter = f" AND pos IN {sql_list(pos)}" if pos is not None and unit == "word" else ""
    keys = "norm, pos" if by_pos else "norm"
    every = counted(layer, parts=parts, numbers=numbers)
    chosen = f"SELECT * FROM ({every}) WHERE {stop.format(column='norm')}{pos_filter}"
    if per == "article":
        return _per_article(view, chosen, every, keys, min_count)
    sql = f"""
        WITH f AS ({chosen}),
        counts AS (SELECT {keys}, sum(count)::BIGINT AS count, min({text_order()}) AS seen FROM f GROUP BY ALL),
        spread AS (SELECT {keys}, count(*)::BIGINT AS articles FROM (SELECT DISTINCT doc_id, {keys} FROM f) GROUP BY ALL),
        forms AS ({forms_sql("SELECT * FROM f")}),
        totals AS (SELECT sum(count)::BIGINT AS total FROM ({every}))
        SELECT forms.item, {keys.replace("pos", "counts.pos")}, counts.count,
               round_even(counts.count * 10000 / totals.total, 2) AS per_10k, spread.articles
        FROM counts JOIN spread USING ({keys}) JOIN forms USING (norm), totals
        WHERE counts.count >= {int(min_count)}
        ORDER BY counts.count DESC, norm, counts.seen"""
    # rates are per 10,000 of all words (or syllables) in scope, stopwords and other POS included;
    # rounded half to even, as pandas rounds
    return Reduction(sql)


def _per_article(view: Annotated, chosen: str, every: str, keys: str, min_count: int) -> Reduction:
    """Frequencies per article: what spans the corpus (the articles a word is in, the form written most) is
    reduced once into a table of the vocabulary, then the counts are summed a window of articles at a time in
    ``doc_id`` order, so the sort holds one window, not the corpus (tens of millions of rows in an archive)."""
    vocabulary = f"""
        WITH f AS ({chosen}),
        spread AS (SELECT {keys}, count(*)::BIGINT AS articles FROM (SELECT DISTINCT doc_id, {keys} FROM f) GROUP BY ALL),
        forms AS ({forms_sql("SELECT * FROM f")})
        SELECT spread.*, forms.item FROM spread JOIN forms USING (norm)"""
    name = "vocabulary_" + hashlib.sha1(vocabulary.encode("utf-8")).hexdigest()[:16]
    view.register(name, view.table(vocabulary))
    return Reduction(f"""
        WITH f AS ({chosen}),
        counts AS (SELECT doc_id, {keys}, sum(count)::BIGINT AS count, min({text_order()}) AS seen FROM f GROUP BY ALL),
        totals AS (SELECT doc_id, sum(count)::BIGINT AS total FROM ({every}) GROUP BY doc_id)
        SELECT doc_id, v.item, {keys}, counts.count, round_even(counts.count * 10000 / totals.total, 2) AS per_10k, v.articles
        FROM counts JOIN {name} v USING ({keys}) JOIN totals USING (doc_id)
        WHERE counts.count >= {int(min_count)}
        ORDER BY doc_id, counts.count DESC, norm, counts.seen""", per_article=True, window_order="doc_id")


def ngrams(
    corpus: Iterable[Article],
    *,
    n: int = 2,
    stopwords: Stopwords = None,
    numbers: bool = False,
    min_count: int = 2,
    parts: Iterable[str] = RUNNING_TEXT,
) -> pd.DataFrame:
    """Sequences of ``n`` words within a sentence, not across punctuation.

    Parameters
    ----------
    n : int
        Words per n-gram.
    stopwords : bool or iterable of str, optional
        Drop n-grams that contain a stopword.
    numbers : bool
        Keep n-grams containing numbers.
    min_count : int
        Drop n-grams seen fewer times.

    Returns
    -------
    pandas.DataFrame
        ``ngram`` (words joined by `` | ``, most frequent written forms), ``norm``,
        ``count``, ``articles``, sorted by count.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nBộ Chính trị họp, Bộ Chính trị họp.", doc_id="x")
    >>> ngrams([a], n=2).values.tolist()
    [['Bộ Chính trị | họp', 'bộ chính trị | họp', 2, 1]]
    """
    view = annotated(corpus)
    return ngram_reduction(view, n=n, stopwords=stopwords, numbers=numbers, min_count=min_count, parts=parts).frame(view)


def ngram_reduction(view: Annotated, *, n: int = 2, stopwords: Stopwords = None, numbers: bool = False, min_count: int = 2,
                    parts: Iterable[str] = RUNNING_TEXT) -> Reduction:
    """:func:`ngrams` as a reduction: of the stored word pairs (two words in the running text),
    else of the stored tokens."""
    if n < 1:
        raise ValueError("n must be at least 1")
    parts = tuple(parts)
    stop = stopword_table(view, stopwords)
    forms = forms_sql(counted("word_counts", parts=parts, numbers=None))
    if n == 2 and parts == RUNNING_TEXT:  # summed from the pairs stored with each article, two columns, not a list
        return Reduction(f"""
        WITH g AS (SELECT d.doc_id, p.w1, p.w2, p.count FROM pairs p JOIN docs d USING (key)
                   WHERE {"TRUE" if numbers else "NOT p.number"} AND {stop.format(column="w1")} AND {stop.format(column="w2")}),
        counts AS (SELECT w1, w2, sum(count)::BIGINT AS count, count(*)::BIGINT AS articles
                   FROM (SELECT w1, w2, doc_id, sum(count) AS count FROM g GROUP BY ALL) GROUP BY w1, w2
                   HAVING sum(count) >= {int(min_count)}),
        forms AS ({forms})
        SELECT concat_ws(' | ', coalesce(f1.item, w1), coalesce(f2.item, w2)) AS ngram, concat_ws(' | ', w1, w2) AS norm,
               counts.count, counts.articles
        FROM counts LEFT JOIN forms f1 ON f1.norm = w1 LEFT JOIN forms f2 ON f2.norm = w2
        ORDER BY counts.count DESC, norm""")
    grams = ngram_query("tokens", n=n, numbers=numbers, parts=parts)
    return Reduction(f"""
        WITH g AS (SELECT d.doc_id, d.ord, g.* FROM ({grams}) g JOIN docs d USING (key)
                   WHERE {"TRUE" if stop == "TRUE" else "NOT list_has_any(g.gram, (SELECT list(norm) FROM stop))"}),
        counts AS (SELECT gram, sum(count)::BIGINT AS count, count(*)::BIGINT AS articles
                   FROM (SELECT gram, doc_id, sum(count) AS count FROM g GROUP BY gram, doc_id) GROUP BY gram
                   HAVING sum(count) >= {int(min_count)}),
        forms AS ({forms}),
        items AS (SELECT gram, string_agg(coalesce(forms.item, w), ' | ' ORDER BY i) AS ngram
                  FROM (SELECT gram, unnest(gram) AS w, unnest(range(1, len(gram) + 1)) AS i FROM counts) LEFT JOIN forms ON forms.norm = w
                  GROUP BY gram)
        SELECT items.ngram, array_to_string(counts.gram, ' | ') AS norm, counts.count, counts.articles
        FROM counts JOIN items USING (gram) ORDER BY counts.count DESC, norm""")
