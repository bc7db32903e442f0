"""Word pairs that occur together more than chance: PMI, log-likelihood (G²) and t-score."""
from __future__ import annotations

import math
from collections.abc import Iterable

import pandas as pd

from ..annotation.partials import ngram_query
from ..annotation.reduce import Annotated, Reduction, annotated
from ..corpus import Article
from ..options import check_option
from ._common import RUNNING_TEXT, Stopwords, counted, forms_sql, stopword_table, text_order

COLUMNS = ["w1", "w2", "count", "w1_count", "w2_count", "expected", "pmi", "log_likelihood", "t_score"]


def _g2(observed: list[float], expected: list[float]) -> float:
    total = 0  # as sum() adds: from the integer 0, cell by cell
    for o, e in zip(observed, expected):
        if o > 0:
            total += o * math.log(o / e)
    return 2 * total


def collocation_scores(o11: int, r1: int, c1: int, n: int) -> tuple[float, float, float, float]:
    """Scores of a pair from its 2×2 table.

    Parameters
    ----------
    o11 : int
        Times the pair occurs.
    r1, c1 : int
        Times the first word starts a pair, times the second word ends one.
    n : int
        Number of pairs.

    Returns
    -------
    tuple of float
        ``(expected, pmi, log_likelihood, t_score)``: E11 = r1·c1/n, PMI = log2(o11/E11),
        G² = 2 Σ O ln(O/E) over the four cells, t = (o11 − E11)/√o11.

    Examples
    --------
    >>> [round(x, 3) for x in collocation_scores(2, 2, 3, 10)]
    [0.6, 1.737, 6.189, 0.99]
    """
    o12, o21 = r1 - o11, c1 - o11
    o22 = n - r1 - c1 + o11
    r2, c2 = n - r1, n - c1
    e11, e12, e21, e22 = r1 * c1 / n, r1 * c2 / n, r2 * c1 / n, r2 * c2 / n
    pmi = math.log2(o11 / e11)
    g2 = _g2([o11, o12, o21, o22], [e11, e12, e21, e22])
    t = (o11 - e11) / math.sqrt(o11)
    return e11, pmi, g2, t


def collocations(
    corpus: Iterable[Article],
    *,
    min_count: int = 3,
    stopwords: Stopwords = True,
    numbers: bool = False,
    parts: Iterable[str] = RUNNING_TEXT,
    sort_by: str = "log_likelihood",
) -> pd.DataFrame:
    """Adjacent word pairs scored as collocations.

    Pairs are adjacent words in a sentence, not across punctuation. Every pair counts
    towards the totals; pairs with a stopword (and, unless ``numbers``, a number) are
    then left out of the table, as are pairs seen fewer than ``min_count`` times.

    Parameters
    ----------
    min_count : int
        Minimum frequency of a pair (PMI overrates rare pairs; 3 or more is advisable).
    stopwords : bool or iterable of str
        Leave out pairs with these words (default underthesea's list).
    sort_by : str
        Column to sort by (descending).

    Returns
    -------
    pandas.DataFrame
        ``w1, w2, count, w1_count, w2_count, expected, pmi, log_likelihood, t_score``.
    """
    view = annotated(corpus)
    return collocation_reduction(view, min_count=min_count, stopwords=stopwords, numbers=numbers, parts=parts,
                                 sort_by=sort_by).frame(view)


def collocation_reduction(view: Annotated, *, min_count: int = 3, stopwords: Stopwords = True, numbers: bool = False,
                          parts: Iterable[str] = RUNNING_TEXT, sort_by: str = "log_likelihood") -> Reduction:
    """:func:`collocations` as a reduction of the stored word pairs (the scores of the pairs kept are
    computed in Python, exactly as :func:`collocation_scores` does)."""
    check_option("sort_by", sort_by, [c for c in COLUMNS if c not in ("w1", "w2")])
    parts = tuple(parts)
    stop = stopword_table(view, stopwords)
    if parts == RUNNING_TEXT:  # summed from the pairs stored with each article
        pairs = "SELECT key, w1, w2, count, first FROM pairs"
    else:
        pairs = f"SELECT key, gram[1] AS w1, gram[2] AS w2, count, first FROM ({ngram_query('tokens', n=2, numbers=True, parts=parts)})"
    every = counted("word_counts", parts=parts, numbers=None)
    keep_numbers = "TRUE" if numbers else "w1 NOT IN (SELECT norm FROM is_number) AND w2 NOT IN (SELECT norm FROM is_number)"
    sql = f"""
        WITH p AS (SELECT d.ord, x.* FROM ({pairs}) x JOIN docs d USING (key)),
        counts AS (SELECT w1, w2, sum(count)::BIGINT AS o11, min({text_order()}) AS seen FROM p GROUP BY w1, w2),
        firsts AS (SELECT w1, sum(o11)::BIGINT AS r1 FROM counts GROUP BY w1),
        seconds AS (SELECT w2, sum(o11)::BIGINT AS c1 FROM counts GROUP BY w2),
        is_number AS (SELECT DISTINCT norm FROM ({every}) WHERE kind = 'number'),
        forms AS ({forms_sql(every)})
        SELECT coalesce(f1.item, w1) AS w1, coalesce(f2.item, w2) AS w2, o11, r1, c1, (SELECT sum(o11) FROM counts)::BIGINT AS n,
               seen
        FROM counts JOIN firsts USING (w1) JOIN seconds USING (w2)
             LEFT JOIN forms f1 ON f1.norm = w1 LEFT JOIN forms f2 ON f2.norm = w2
        WHERE o11 >= {int(min_count)} AND {stop.format(column="w1")} AND {stop.format(column="w2")} AND {keep_numbers}
        ORDER BY seen"""

    def finish(frame: pd.DataFrame) -> pd.DataFrame:
        return _scored(frame, sort_by)

    return Reduction(sql, finish, whole=True)


def _scored(frame: pd.DataFrame, sort_by: str) -> pd.DataFrame:
    rows = []
    for w1, w2, o11, r1, c1, n in zip(*(frame[c].tolist() for c in ("w1", "w2", "o11", "r1", "c1", "n"))):
        e11, pmi, g2, t = collocation_scores(int(o11), int(r1), int(c1), int(n))
        rows.append((w1, w2, int(o11), int(r1), int(c1), round(e11, 4), round(pmi, 3), round(g2, 3), round(t, 3)))
    out = pd.DataFrame(rows, columns=COLUMNS)
    return out.sort_values([sort_by, "count"], ascending=False, kind="stable").reset_index(drop=True)
