"""A copy of the implementation before the store (commit 8d7748a), kept to check the reductions against it."""
from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from vnnews.annotation.tokenisation import tokens
from vnnews.corpus import Article

#: the parts of an article whose words are counted by default: its running text
RUNNING_TEXT = ("lead", "body", "heading")

Stopwords = bool | Iterable[str] | None


# which words are stopwords is not what the reductions change: the current list is used
from vnnews.stats._common import stopword_set, underthesea_stopwords  # noqa: E402,F401


def word_tokens(corpus: Iterable[Article], *, parts: Iterable[str] | None = RUNNING_TEXT,
                numbers: bool = False, stopwords: Stopwords = None, pos: Iterable[str] | None = None) -> pd.DataFrame:
    """Tokens that count as words: not punctuation, numbers only if asked, minus stopwords,
    optionally only some POS tags (columns of :data:`vnnews.annotation.tokenisation.TOKEN_COLUMNS`)."""
    frame = tokens(corpus, parts=parts)
    keep = frame["kind"].eq("word") | (frame["kind"].eq("number") if numbers else False)
    stop = stopword_set(stopwords)
    if stop:
        keep &= ~frame["norm"].isin(stop)
    if pos is not None:
        keep &= frame["pos"].isin(list(pos))
    return frame[keep].reset_index(drop=True)


def per_10k(count: pd.Series | float, total: float) -> pd.Series | float:
    """Occurrences per 10,000 words."""
    return count * 10_000 / total if total else count * 0.0


def surface_forms(frame: pd.DataFrame, key: str = "norm") -> pd.Series:
    """The most frequent written form of each ``key`` (ties: first in text order)."""
    counts = frame.groupby([key, "text"], sort=False).size().reset_index(name="n")
    best = counts.sort_values("n", ascending=False, kind="stable").drop_duplicates(key)
    return best.set_index(key)["text"]
