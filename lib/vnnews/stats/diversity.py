"""Lexical diversity: TTR, MATTR and MTLD over words."""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Literal

import pandas as pd

from ..annotation.partials import sql_list
from ..annotation.reduce import Annotated, Reduction, annotated
from ..corpus import Article
from ..options import check_option
from ._common import RUNNING_TEXT

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
    counts: dict[str, int] = {}
    for word in words[:window]:
        counts[word] = counts.get(word, 0) + 1
    total = len(counts)
    for out, new in zip(words, words[window:]):  # the word leaving the window and the word entering it
        left = counts[out] - 1
        if left:
            counts[out] = left
        else:
            del counts[out]
        counts[new] = counts.get(new, 0) + 1
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


def diversity_row(words: Sequence[str], *, window: int = 100, threshold: float = 0.72) -> dict[str, float | int]:
    """``words, types, ttr, mattr, mtld`` of one sequence of words (unrounded).

    Examples
    --------
    >>> diversity_row(["a", "b", "a", "b"], window=2)["mattr"]
    1.0
    """
    return {"words": len(words), "types": len(set(words)), "ttr": ttr(words), "mattr": mattr(words, window=window),
            "mtld": mtld(words, threshold=threshold)}


def _rounded(doc_id: str, row: dict) -> tuple:
    return (doc_id, int(row["words"]), int(row["types"]), round(row["ttr"], 4), round(row["mattr"], 4), round(row["mtld"], 2))


def _rounded_frame(frame: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame([_rounded(r.pop("doc_id"), r) for r in frame.to_dict("records")], columns=COLUMNS)


def diversity_reduction(view: Annotated) -> Reduction:
    """:func:`lexical_diversity` of each article with the default options: the values stored with each article."""
    return Reduction("SELECT d.doc_id, v.* EXCLUDE (key) FROM diversity v JOIN docs d USING (key) ORDER BY d.ord",
                     _rounded_frame)


def lexical_diversity(corpus: Iterable[Article], *, per: Literal["article", "corpus"] = "article",
                      window: int = 100, threshold: float = 0.72, parts: Iterable[str] = RUNNING_TEXT) -> pd.DataFrame:
    """TTR, MATTR and MTLD of each article (or the corpus), over words ignoring case and tone spelling.

    The default (each article, a 100-word window, MTLD threshold 0.72, the running text) is
    stored with each article when it is annotated; other choices read the words of each
    article from the store, one chunk of articles at a time.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, words, types, ttr, mattr, mtld`` (``doc_id`` is ``"(corpus)"`` for ``per="corpus"``).
    """
    check_option("per", per, ("article", "corpus"))
    view = annotated(corpus)
    parts = tuple(parts)
    if per == "article" and window == 100 and threshold == 0.72 and parts == RUNNING_TEXT:
        return diversity_reduction(view).frame(view)
    words = view.batches(f"""
        SELECT d.doc_id, w.words FROM docs d LEFT JOIN (
            SELECT key, list(norm ORDER BY token) AS words FROM tokens WHERE kind = 'word' AND part IN {sql_list(parts)}
            GROUP BY key) w USING (key)
        ORDER BY d.ord""", rows=256)
    if per == "article":
        rows = [_rounded(doc_id, diversity_row(list(w or []), window=window, threshold=threshold))
                for batch in words for doc_id, w in zip(batch.column("doc_id").to_pylist(), batch.column("words").to_pylist())]
    else:
        every = [w for batch in words for article in batch.column("words").to_pylist() for w in (article or [])]
        rows = [_rounded("(corpus)", diversity_row(every, window=window, threshold=threshold))]
    return pd.DataFrame(rows, columns=COLUMNS)
