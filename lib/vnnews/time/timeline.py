"""The cross-article timeline: the events of the whole corpus in date order, the same
happening reported by several articles (same dates, and shared participants or trigger)
grouped while every source is kept; and the range of dates that holds the bulk of them.

The events are read from the store (one row per dated sentence, computed with each article);
the grouping is a reduction: events that share their dates and a participant (or an
organisation and the kind of trigger) in two different articles are linked, and happenings
are the connected groups, found with vectorised label propagation.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa

from ..annotation.reduce import Annotated, annotated
from ..corpus import Article
from .events import EVENT_COLUMNS

__all__ = ["DateRange", "bulk_date_range", "happenings", "timeline", "timeline_sql"]


_SORTED = """
    CREATE OR REPLACE TABLE timeline_events AS
    SELECT (row_number() OVER (ORDER BY e.date_start, e.date_end, d.doc_id, e.start, d.ord, e.row) - 1)::BIGINT AS i,
           e.key, e.row, d.doc_id, e.date_start, e.date_end, e.trigger_kind, e.participants, e.organisations
    FROM events e JOIN docs d USING (key)"""

# events linked to the first event of a group sharing dates and a participant (or an organisation and a
# trigger kind) when the group spans two articles or more
_LINKS = """
    WITH people AS (SELECT i, date_start, date_end, doc_id, unnest(participants) AS who FROM timeline_events),
    bodies AS (SELECT i, date_start, date_end, doc_id, trigger_kind, unnest(organisations) AS who FROM timeline_events
               WHERE trigger_kind <> ''),
    g1 AS (SELECT date_start, date_end, who, min(i) AS root FROM people GROUP BY ALL HAVING count(DISTINCT doc_id) > 1),
    g2 AS (SELECT date_start, date_end, trigger_kind, who, min(i) AS root FROM bodies GROUP BY ALL
           HAVING count(DISTINCT doc_id) > 1)
    SELECT i, root FROM people JOIN g1 USING (date_start, date_end, who)
    UNION ALL
    SELECT i, root FROM bodies JOIN g2 USING (date_start, date_end, trigger_kind, who)"""


def happenings(n: int, links: pa.Table) -> np.ndarray:
    """The happening number (1, 2, ... in order of first event) of each of ``n`` events, given
    links between them (columns ``i``, ``root``): connected events share a number.

    Examples
    --------
    >>> happenings(5, pa.table({"i": [3, 4], "root": [1, 3]})).tolist()
    [1, 2, 3, 2, 2]
    """
    labels = np.arange(n, dtype=np.int64)
    a = links["i"].to_numpy().astype(np.int64)
    b = links["root"].to_numpy().astype(np.int64)
    while True:
        before = labels
        labels = labels.copy()
        np.minimum.at(labels, a, before[b])
        np.minimum.at(labels, b, before[a])
        labels = labels[labels]  # pointer jumping: each event takes its label's label
        if np.array_equal(labels, before):
            break
    _, numbers = np.unique(labels, return_inverse=True)
    return numbers.astype(np.int64) + 1


def timeline_sql(corpus: Annotated) -> str:
    """Group the corpus's events into happenings; the SQL giving the timeline table, in order."""
    corpus.con.execute(_SORTED)
    n = corpus.con.execute("SELECT count(*) FROM timeline_events").fetchall()[0][0]
    numbers = happenings(n, corpus.table(_LINKS))
    corpus.register("timeline_happening", pa.table({"i": np.arange(n, dtype=np.int64), "happening": numbers}))
    columns = ", ".join(f't."{c}"' if c == "doc_id" else f'e."{c}"' for c in EVENT_COLUMNS)
    return f"""
    WITH t AS (SELECT i, key, row, doc_id, happening FROM timeline_events JOIN timeline_happening USING (i)),
    firsts AS (SELECT happening, doc_id, min(i) AS first FROM t GROUP BY ALL),
    members AS (SELECT happening, list(doc_id ORDER BY first) AS doc_ids, count(*)::BIGINT AS sources FROM firsts
                GROUP BY happening)
    SELECT t.happening, members.sources, members.doc_ids, {columns}
    FROM events e JOIN t USING (key, row) JOIN members USING (happening) ORDER BY t.i"""


def timeline(corpus: Iterable[Article]) -> pd.DataFrame:
    """The events of the whole corpus in date order, the same happening in several articles grouped.

    Two events are one happening when their dates are the same and they share a
    participant, or an organisation and the trigger. Every source keeps its own row
    (with its sentence and offsets); rows of one happening share ``happening``.

    Returns
    -------
    pandas.DataFrame
        ``happening`` (number, in date order), ``sources`` (how many articles report it),
        ``doc_ids`` (a list of all of them), then the columns of :func:`events`.
    """
    view = annotated(corpus)
    return view.frame(timeline_sql(view))


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
