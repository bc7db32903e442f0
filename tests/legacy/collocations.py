"""A copy of the implementation before the store (commit 8d7748a), kept to check the reductions against it."""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

import pandas as pd

from vnnews.annotation.tokenisation import tokens
from vnnews.corpus import Article
from vnnews.options import check_option

from ._common import RUNNING_TEXT, Stopwords, stopword_set, surface_forms

COLUMNS = ["w1", "w2", "count", "w1_count", "w2_count", "expected", "pmi", "log_likelihood", "t_score"]


def _g2(observed: list[float], expected: list[float]) -> float:
    return 2 * sum(o * math.log(o / e) for o, e in zip(observed, expected) if o > 0)


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
    frame = tokens(corpus, parts=parts)
    first: Counter[str] = Counter()
    second: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for _, sentence in frame.groupby(["doc_id", "sentence"], sort=False):
        previous = None
        for norm, kind in zip(sentence["norm"], sentence["kind"]):
            if kind == "punct":
                previous = None
                continue
            if previous is not None:
                pairs[(previous[0], norm)] += 1
                first[previous[0]] += 1
                second[norm] += 1
            previous = (norm, kind)
    n = sum(pairs.values())
    stop = stopword_set(stopwords)
    forms = surface_forms(frame[frame["kind"] != "punct"])
    is_number = set(frame.loc[frame["kind"] == "number", "norm"])
    rows = []
    for (w1, w2), o11 in pairs.items():
        if o11 < min_count or w1 in stop or w2 in stop:
            continue
        if not numbers and (w1 in is_number or w2 in is_number):
            continue
        e11, pmi, g2, t = collocation_scores(o11, first[w1], second[w2], n)
        rows.append((forms.get(w1, w1), forms.get(w2, w2), o11, first[w1], second[w2], round(e11, 4), round(pmi, 3),
                     round(g2, 3), round(t, 3)))
    out = pd.DataFrame(rows, columns=COLUMNS)
    check_option("sort_by", sort_by, [c for c in COLUMNS if c not in ("w1", "w2")])
    return out.sort_values([sort_by, "count"], ascending=False, kind="stable").reset_index(drop=True)
