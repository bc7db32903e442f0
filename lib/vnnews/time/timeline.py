"""The cross-article timeline: the events of the whole corpus in date order, the same
happening reported by several articles (same dates, and shared participants or trigger)
grouped while every source is kept; and the range of dates that holds the bulk of them.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from ..corpus import Article
from .events import EVENT_COLUMNS, events

__all__ = ["DateRange", "bulk_date_range", "timeline"]


def _components(table: pd.DataFrame) -> list[int]:
    """Happenings: rows of one date joined when rows of different articles share a participant,
    or an organisation and the trigger kind (connected components, in linear time)."""
    parent = list(range(len(table)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    keys = list(zip(table["date_start"], table["date_end"]))
    sharing: dict[tuple, list[int]] = defaultdict(list)
    for i, (key, people, orgs, kind) in enumerate(zip(keys, table["participants"], table["organisations"],
                                                      table["trigger_kind"])):
        for person in set(people):
            sharing[(key, "person", person)].append(i)
        if kind:
            for org in set(orgs):
                sharing[(key, "organisation", org, kind)].append(i)
    doc_ids = table["doc_id"].tolist()
    for rows in sharing.values():
        # rows of two or more articles sharing something are all one happening; of one article, none
        if len({doc_ids[i] for i in rows}) > 1:
            for i in rows[1:]:
                parent[find(i)] = find(rows[0])
    return [find(i) for i in range(len(table))]


def timeline(corpus: Iterable[Article]) -> pd.DataFrame:
    """The events of the whole corpus in date order, the same happening in several articles grouped.

    Two events are one happening when their dates are the same and they come from
    different articles and share a participant, or an organisation and the trigger kind.
    Every source keeps its own row (with its sentence and offsets); rows of one happening
    share ``happening``.

    Returns
    -------
    pandas.DataFrame
        ``happening`` (number, in date order), ``sources`` (how many articles report it),
        ``doc_ids`` (a list of all of them), then the columns of :func:`events`.
    """
    table = events(corpus)
    if table.empty:
        return pd.DataFrame(columns=["happening", "sources", "doc_ids"] + EVENT_COLUMNS)
    table = table.sort_values(["date_start", "date_end", "doc_id", "start"], kind="stable").reset_index(drop=True)
    roots = _components(table)
    numbering = {root: n + 1 for n, root in enumerate(dict.fromkeys(roots))}
    table.insert(0, "happening", [numbering[r] for r in roots])
    members = table.groupby("happening")["doc_id"].agg(lambda ids: list(dict.fromkeys(ids)))
    table.insert(1, "sources", table["happening"].map(members).map(len))
    table.insert(2, "doc_ids", table["happening"].map(members))
    return table


@dataclass(frozen=True)
class DateRange:
    """The range of dates that holds the bulk of a timeline, and the events far outside it.

    Attributes
    ----------
    start, end : datetime.date or None
        The range (None for an empty timeline).
    outliers : pandas.DataFrame
        The rows of the timeline that lie wholly outside the range (a plan for 2050, a
        congress of 1986), for listing under a figure drawn on the range.
    """

    start: dt.date | None
    end: dt.date | None
    outliers: pd.DataFrame


def bulk_date_range(table: pd.DataFrame, *, lower: float = 0.05, upper: float = 0.95, margin: float = 0.25) -> DateRange:
    """The dates that hold the bulk of the events, and the events far outside them: the default
    range of a timeline figure, so that one ``tầm nhìn đến năm 2050`` does not squeeze the rest.

    The bulk runs from the ``lower`` quantile of the events' starts to the ``upper`` quantile
    of their ends; it grows to take in the events that lie within ``margin`` of its length
    (at least a month) beyond either side. The events wholly outside are the outliers.

    Parameters
    ----------
    table : pandas.DataFrame
        A :func:`timeline` or :func:`vnnews.time.events` table (``date_start``, ``date_end``).
    lower, upper : float
        Quantiles, ``0 <= lower < upper <= 1``.
    margin : float
        How far beyond the quantiles an event still counts as near, as a share of their distance.

    Examples
    --------
    >>> days = [f"2022-03-{d:02d}" for d in range(1, 21)] + ["2050-01-01"]
    >>> t = pd.DataFrame({"date_start": days, "date_end": days[:-1] + ["2050-12-31"],
    ...                   "expression": ["ngày"] * 20 + ["tầm nhìn đến năm 2050"]})
    >>> r = bulk_date_range(t)
    >>> r.start, r.end, r.outliers["expression"].tolist()
    (datetime.date(2022, 3, 1), datetime.date(2022, 3, 20), ['tầm nhìn đến năm 2050'])
    """
    if not 0 <= lower < upper <= 1:
        raise ValueError(f"lower and upper must be quantiles with 0 <= lower < upper <= 1, not {lower} and {upper}")
    if margin < 0:
        raise ValueError(f"margin must be 0 or more, not {margin}")
    if table.empty:
        return DateRange(None, None, table.copy())
    starts = pd.to_datetime(table["date_start"])
    ends = pd.to_datetime(table["date_end"])
    low = starts.quantile(lower, interpolation="higher")
    high = max(ends.quantile(upper, interpolation="lower"), low)
    reach = max((high - low) * margin, pd.Timedelta(days=31))
    near_start = starts[starts >= low - reach].min()
    near_end = ends[ends <= high + reach].max()
    start, end = min(low, near_start).date(), max(high, near_end).date()
    outside = (ends.dt.date < start) | (starts.dt.date > end)
    return DateRange(start, end, table[outside.to_numpy()].copy())
