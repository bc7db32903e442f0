"""What every statistic shares: which tokens count, stopwords, per-10k rates."""
from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import pandas as pd
import pyarrow as pa

from ..annotation.layers import RUNNING_TEXT
from ..annotation.models import stopwords
from ..annotation.partials import sql_list
from ..annotation.reduce import Annotated
from ..annotation.tokenisation import tokens
from ..corpus import Article
from ..data import read_table
from ..text.normalize import fold

Stopwords = bool | Iterable[str] | None


@cache
def underthesea_stopwords() -> frozenset[str]:
    """The stopwords ``stopwords=True`` removes, folded (lower case, modern tone marks): underthesea's
    list plus the closed-class function words of ``data/stopwords.tsv`` (prepositions, conjunctions,
    pronouns, quantifiers, particles) that it lacks, such as ``cho``, ``với``, ``họ``.

    Examples
    --------
    >>> {"cho", "với", "của"} <= underthesea_stopwords() and "đại hội" not in underthesea_stopwords()
    True
    """
    words = [w for w in stopwords() if w.strip() and not w.strip().isdigit()]
    words += read_table("stopwords.tsv")["word"].tolist()
    return frozenset(" ".join(fold(w).split()) for w in words)


def stopword_set(stopwords: Stopwords) -> frozenset[str]:
    """``True``: underthesea's list; an iterable: that list; ``None``/``False``: none."""
    if stopwords is None or stopwords is False:
        return frozenset()
    if stopwords is True:
        return underthesea_stopwords()
    return frozenset(" ".join(fold(w).split()) for w in stopwords)  # type: ignore[union-attr]


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


def stopword_table(view: Annotated, stopwords: Stopwords, name: str = "stop") -> str:
    """Register the stopwords as table ``name`` (one column ``norm``) of ``view``; returns a condition
    ``{column} NOT IN stopwords`` to put in SQL with ``.format(column=...)``."""
    stop = sorted(stopword_set(stopwords))
    view.register(name, pa.table({"norm": pa.array(stop, pa.string())}))
    return "{column} NOT IN (SELECT norm FROM " + name + ")" if stop else "TRUE"


def counted(layer: str, *, parts: Iterable[str] | None, numbers: bool | None, punct: bool = False) -> str:
    """SQL: rows of a count layer (``word_counts`` or ``syllable_counts``) with ``doc_id`` and ``ord``,
    in ``parts`` (all when None), words only, or words and numbers (``numbers``), or every
    token but punctuation (``numbers=None``)."""
    kinds = "kind <> 'punct'" if numbers is None else ("kind IN ('word', 'number')" if numbers else "kind = 'word'")
    where = f" AND c.part IN {sql_list(parts)}" if parts is not None else ""
    return f"SELECT d.doc_id, d.ord, c.* FROM {layer} c JOIN docs d USING (key) WHERE c.{kinds}{where}"


def text_order(ord: str = "ord", first: str = "first") -> str:
    """SQL: one integer that sorts as the pair ``[ord, first]`` (the article's place in the corpus, then
    the token met first in it), much cheaper to aggregate than the list (a token index is below 2**32).

    >>> text_order("d.ord", "c.first")
    '(d.ord::BIGINT * 4294967296 + c.first)'
    """
    return f"({ord}::BIGINT * 4294967296 + {first})"


def forms_sql(source: str, order: str | None = None) -> str:
    """SQL: the most frequent written form (``item``) of each ``norm`` in ``source`` (a query with
    ``norm, text, count`` and the columns of ``order``, by default ``ord, first``: :func:`text_order`);
    ties go to the form met first."""
    return f"""SELECT norm, first(text ORDER BY n DESC, seen) AS item FROM (
                   SELECT norm, text, sum(count) AS n, min({order or text_order()}) AS seen FROM ({source}) GROUP BY norm, text)
               GROUP BY norm"""


def per_10k(count: pd.Series | float, total: float) -> pd.Series | float:
    """Occurrences per 10,000 words."""
    return count * 10_000 / total if total else count * 0.0


def surface_forms(frame: pd.DataFrame, key: str = "norm") -> pd.Series:
    """The most frequent written form of each ``key`` (ties: first in text order)."""
    counts = frame.groupby([key, "text"], sort=False).size().reset_index(name="n")
    best = counts.sort_values("n", ascending=False, kind="stable").drop_duplicates(key)
    return best.set_index(key)["text"]
