"""A copy of the implementation before the store (commit 8d7748a), kept to check the reductions against it."""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Literal

import pandas as pd

from vnnews.corpus import Article
from vnnews.options import check_option

from ._common import RUNNING_TEXT, word_tokens

COLUMNS = ["doc_id", "words", "types", "ttr", "mattr", "mtld"]


def ttr(words: Sequence[str]) -> float:
    """Type-token ratio. Falls as a text gets longer, so it only compares texts of equal length."""
    return len(set(words)) / len(words) if words else math.nan


def mattr(words: Sequence[str], *, window: int = 100) -> float:
    """Moving-average TTR (Covington & McFall 2010): mean TTR of every ``window``-word window;
    the plain TTR when the text is shorter than the window.

    Examples
    --------
    >>> mattr(["a", "b", "a", "c"], window=2)
    1.0
    >>> round(mattr(["a", "b", "a", "a"], window=3), 3)
    0.667
    """
    if len(words) <= window:
        return ttr(words)
    counts = Counter(words[:window])
    total = len(counts)
    for i in range(window, len(words)):
        out, new = words[i - window], words[i]
        counts[out] -= 1
        if counts[out] == 0:
            del counts[out]
        counts[new] += 1
        total += len(counts)
    return total / window / (len(words) - window + 1)


def _mtld_pass(words: Sequence[str], threshold: float) -> float:
    factors = 0.0
    types: set[str] = set()
    count = 0
    current = 1.0
    for w in words:
        count += 1
        types.add(w)
        current = len(types) / count
        if current <= threshold:
            factors += 1
            types, count, current = set(), 0, 1.0
    if count:
        factors += (1 - current) / (1 - threshold)
    return len(words) / factors if factors else math.nan


def mtld(words: Sequence[str], *, threshold: float = 0.72) -> float:
    """Measure of textual lexical diversity (McCarthy & Jarvis 2010): mean length of runs
    whose TTR stays above ``threshold``, forwards and backwards averaged. NaN when the
    text is too short or too varied for its TTR to fall at all.

    Examples
    --------
    >>> mtld(["a", "b", "a", "b", "a", "b", "a", "b"], threshold=0.72)
    4.0
    """
    return (_mtld_pass(words, threshold) + _mtld_pass(list(reversed(words)), threshold)) / 2


def lexical_diversity(corpus: Iterable[Article], *, per: Literal["article", "corpus"] = "article",
                      window: int = 100, threshold: float = 0.72, parts: Iterable[str] = RUNNING_TEXT) -> pd.DataFrame:
    """TTR, MATTR and MTLD of each article (or the corpus), over words ignoring case and tone spelling.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, words, types, ttr, mattr, mtld`` (``doc_id`` is ``"(corpus)"`` for ``per="corpus"``).
    """
    check_option("per", per, ("article", "corpus"))
    articles = list(corpus)
    frame = word_tokens(articles, parts=parts)
    groups = ([(a.doc_id, frame.loc[frame["doc_id"] == a.doc_id, "norm"].tolist()) for a in articles]
              if per == "article" else [("(corpus)", frame["norm"].tolist())])
    rows = [(doc_id, len(w), len(set(w)), round(ttr(w), 4), round(mattr(w, window=window), 4),
             round(mtld(w, threshold=threshold), 2)) for doc_id, w in groups]
    return pd.DataFrame(rows, columns=COLUMNS)
