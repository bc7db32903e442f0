"""Statistics by the corpus's metadata: keyness of one outlet, category or period against the rest,
and how often words and names occur month by month (or year by year)."""
from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from ..corpus import Article, Corpus
from ..options import check_option
from ._common import RUNNING_TEXT, Stopwords, per_10k, surface_forms, word_tokens
from .keyness import keyness

__all__ = ["GROUPINGS", "PERIODS", "article_groups", "frequencies_over_time", "group_keyness", "mentions_over_time"]

#: what articles can be grouped by
GROUPINGS = ("outlet", "category", "year", "month")
#: the periods of a time series
PERIODS = ("year", "month")


def _frame(corpus: Iterable[Article]) -> pd.DataFrame:
    articles = corpus if isinstance(corpus, Corpus) else Corpus(list(corpus))
    return articles.to_frame()


def article_groups(corpus: Iterable[Article], *, by: str) -> pd.Series:
    """The group of each article: its ``outlet``, ``category``, ``year`` or ``month`` (``2022-04``),
    indexed by ``doc_id``; missing (None) when the article does not say.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nNgày 27/4/2022, hội nghị khai mạc.", doc_id="a")
    >>> article_groups([a], by="month").to_dict()
    {'a': '2022-04'}
    """
    check_option("by", by, GROUPINGS)
    frame = _frame(corpus).set_index("doc_id")
    if by in ("year", "month"):
        values = frame["date"].dt.strftime("%Y" if by == "year" else "%Y-%m")
    else:
        values = frame[by] if by in frame else pd.Series(None, index=frame.index, dtype=object)
    return pd.Series([v if isinstance(v, str) and v else None for v in values], index=frame.index, name=by, dtype=object)


def group_keyness(corpus: Iterable[Article], *, by: str, group: str, stopwords: Stopwords = True,
                  min_count: int = 2) -> pd.DataFrame:
    """Words key to one group of articles (an outlet, a category, a month) against all the others.

    Returns
    -------
    pandas.DataFrame
        The columns of :func:`vnnews.stats.keyness`; ``attrs`` has ``by``, ``group`` and the
        number of articles on each side.
    """
    articles = list(corpus)
    labels = article_groups(articles, by=by)
    target = labels.index[labels == group].tolist()
    if not target:
        known = sorted(labels.dropna().unique())
        raise ValueError(f"no article has {by} {group!r}; the corpus has {known[:20]}")
    table = keyness(articles, target=target, stopwords=stopwords, min_count=min_count)
    table.attrs.update(by=by, group=group, target_articles=len(target), reference_articles=len(labels) - len(target))
    return table


def _periods(corpus: list[Article], period: str) -> pd.Series:
    check_option("period", period, PERIODS)
    return article_groups(corpus, by=period)


def frequencies_over_time(corpus: Iterable[Article], *, terms: Iterable[str] | None = None, period: str = "month",
                          top: int = 10, stopwords: Stopwords = True,
                          parts: Iterable[str] = RUNNING_TEXT) -> pd.DataFrame:
    """How often words occur in each period, per 10,000 words of that period.

    Parameters
    ----------
    terms : iterable of str, optional
        Words to follow (as counted: case and tone spelling ignored); default the ``top`` most
        frequent words of the corpus.
    period : {"month", "year"}
    top : int
        How many words when ``terms`` is not given.

    Returns
    -------
    pandas.DataFrame
        ``period, item, norm, count, period_words, per_10k``, one row per period and word
        (zero counts included), periods in order. Articles without a date are left out;
        ``attrs["undated_articles"]`` says how many.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nNgày 2/3/2022, Quốc hội họp.", doc_id="a")
    >>> b = article_from_text("Tiêu đề\\n\\nNgày 5/4/2022, Quốc hội và Chính phủ họp.", doc_id="b")
    >>> frequencies_over_time([a, b], terms=["quốc hội"])[["period", "count"]].values.tolist()
    [['2022-03', 1], ['2022-04', 1]]
    """
    from ..text.normalize import fold

    articles = list(corpus)
    periods = _periods(articles, period)
    every = word_tokens(articles, parts=parts)
    every = every.assign(period=every["doc_id"].map(periods)).dropna(subset=["period"])
    totals = every.groupby("period").size().rename("period_words")
    if terms is None:
        counted = word_tokens(articles, parts=parts, stopwords=stopwords)
        wanted = counted["norm"].value_counts().index[:top].tolist()
    else:
        wanted = list(dict.fromkeys(" ".join(fold(t).split()) for t in terms))
    chosen = every[every["norm"].isin(wanted)]
    grid = pd.MultiIndex.from_product([sorted(totals.index), wanted], names=["period", "norm"])
    counts = chosen.groupby(["period", "norm"]).size().reindex(grid, fill_value=0).rename("count").reset_index()
    counts = counts.merge(totals.reset_index(), on="period")
    counts["per_10k"] = (per_10k(counts["count"], 1) / counts["period_words"]).round(2)
    forms = surface_forms(chosen) if len(chosen) else pd.Series(dtype=object)
    counts.insert(1, "item", counts["norm"].map(forms).fillna(counts["norm"]))
    counts.attrs["undated_articles"] = int(periods.isna().sum())
    return counts[["period", "item", "norm", "count", "period_words", "per_10k"]]


def mentions_over_time(corpus: Iterable[Article], *, period: str = "month", labels: Iterable[str] = ("PER", "ORG", "LOC"),
                       top: int = 10) -> pd.DataFrame:
    """How often the most mentioned people, organisations and places are named in each period.

    Returns
    -------
    pandas.DataFrame
        ``period, name, label, mentions, articles``: the ``top`` names of each label over the
        corpus (canonical names, variants grouped), one row per period in which they occur.
    """
    from ..entities import canonical_name, mentions

    articles = list(corpus)
    periods = _periods(articles, period)
    found = mentions(articles, labels=list(labels))
    found = found.assign(period=found["doc_id"].map(periods), name=found["text"].map(canonical_name))
    found = found.dropna(subset=["period"])
    leaders = found.groupby(["label", "name"]).size().rename("n").reset_index()
    leaders = leaders.sort_values(["label", "n", "name"], ascending=[True, False, True], kind="stable")
    leaders = leaders.groupby("label").head(top)[["label", "name"]]
    chosen = found.merge(leaders, on=["label", "name"])
    table = chosen.groupby(["period", "name", "label"]).agg(mentions=("doc_id", "size"), articles=("doc_id", "nunique"))
    return table.reset_index().sort_values(["period", "label", "mentions"], ascending=[True, True, False],
                                           kind="stable").reset_index(drop=True)
