"""The year of a day or a month written without one (``ngày 5/4``, ``tháng 3 vừa qua``): the year
that puts it nearest the article's date, or after a tail word (``vừa qua``, ``tới``, ``này``:
``data/time_words.tsv``) the nearest on the side the word says, after ``cùng năm`` / ``năm đó`` the year of the date
the article named last (``Tháng 3/2021, ... tháng 6 cùng năm``); with the article's date known only
to the year, that year. In a paragraph that tells of an earlier year (``Cuối năm 2020, ... Ngày
17/1, ...``), a day or month far from the article's date is the first one on or after the date the
narrative is at. In a clause that looks ahead (``dự kiến khởi công tháng 11``: :mod:`.ahead`), a day or month that
would be more than ``RECENT_DAYS`` before the article's date is the next one after it.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..text.dates import make_date, nearest_year, time_words

if TYPE_CHECKING:
    from .resolvers import Context

__all__ = ["year_less_day", "year_less_month"]

#: a year-less day this many days before (or after) the article's date is of the article's time, whatever the
#: paragraph told before
RECENT_DAYS, COMING_DAYS = 45, 7


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def year_less_day(day: int, month: int, ctx: Context, tail: str | None = None) -> tuple[dt.date | None, str]:
    """A day and month without a year: the year that puts it nearest the article's date (or, with
    only a year known, that year); after a tail word (``vừa qua``, ``tới``), the nearest on that side.

    Examples
    --------
    >>> from vnnews.time.resolvers import Anchor, Context
    >>> ctx = Context(Anchor(2022, 4, 5))
    >>> year_less_day(2, 4, ctx), year_less_day(2, 4, ctx, "tới"), year_less_day(6, 4, ctx, "vừa qua")
    ((datetime.date(2022, 4, 2), 'document date'), (datetime.date(2023, 4, 2), 'document date'), (datetime.date(2021, 4, 6), 'document date'))
    """
    side = _side(tail)
    if side in ("past", "future") and ctx.anchor.precision in ("day", "month"):
        return _on_side(lambda y: make_date(y, month, day), side, ctx), ctx.anchor.label
    if side == "same" and _named_year(ctx) is not None:
        return make_date(_named_year(ctx), month, day), "previous date"  # type: ignore[arg-type]
    middle = ctx.anchor.middle()
    nearest = nearest_year(month, day, middle) if middle is not None else None
    if not side and ctx.ahead and nearest is not None and middle is not None and (middle - nearest).days > RECENT_DAYS:
        return _on_side(lambda y: make_date(y, month, day), "future", ctx), ctx.anchor.label  # "sẽ khai mạc ngày 5/1"
    if not side and ctx.focus is not None and ctx.focus.date_start is not None \
            and (nearest is None or middle is None or not -RECENT_DAYS <= (nearest - middle).days <= COMING_DAYS):
        return _first_on_or_after(lambda y: make_date(y, month, day), ctx.focus.date_start), "narrative date"
    if nearest is not None:
        return nearest, ctx.anchor.label
    if ctx.anchor.precision == "year":
        return make_date(ctx.anchor.year, month, day), ctx.anchor.label  # type: ignore[arg-type]
    return None, ""


def _named_year(ctx: Context) -> int | None:
    """The year of the date the article named last (a day or a period), which ``cùng năm`` / ``năm đó`` refers to."""
    period = ctx.period.date_start if ctx.period is not None else None
    if ctx.previous is not None and (period is None or ctx.previous_start >= ctx.period_start):
        return ctx.previous.year
    return period.year if period is not None else None


def _side(tail: str | None) -> str:
    return time_words("tail")[" ".join(tail.split())] if tail else ""


def _on_side(day_in: Callable[[int], dt.date | None], side: str, ctx: Context) -> dt.date | None:
    """The day ``day_in(year)`` of the year nearest the article's date on ``side`` (``past``: not
    after it; ``future``: not before it); a date known to the month compares with its first or last day."""
    a = ctx.anchor
    assert a.year is not None and a.month is not None
    if side == "past":
        limit = a.date or _month_end(a.year, a.month)
        years = (a.year, a.year - 1)
    else:
        limit = a.date or dt.date(a.year, a.month, 1)
        years = (a.year, a.year + 1)
    for y in years:
        date = day_in(y)
        if date is not None and (date <= limit if side == "past" else date >= limit):
            return date
    return day_in(years[-1])


def _first_on_or_after(day_in: Callable[[int], dt.date | None], focus: dt.date) -> dt.date | None:
    """The first ``day_in(year)`` on or after ``focus``."""
    for year in (focus.year, focus.year + 1):
        date = day_in(year)
        if date is not None and date >= focus:
            return date
    return None


def year_less_month(number: int, ctx: Context, tail: str | None = None) -> tuple[int | None, str]:
    """The year of a month written without one: the year that puts it nearest the article's date, or
    after a tail word the nearest on its side (``tháng 3 vừa qua``, ``tháng 3 tới``); ``tháng 4 này``
    and an article known to the year only: the article's year."""
    side = _side(tail)
    a = ctx.anchor
    if side == "same" and _named_year(ctx) is not None:
        return _named_year(ctx), "previous date"  # "Tháng 3/2021, ... tháng 6 cùng năm": June 2021
    if side in ("past", "future") and a.precision in ("day", "month"):
        first = _on_side(lambda y: dt.date(y, number, 1) if side == "past" else _month_end(y, number), side, ctx)
        return (first.year if first else None), a.label
    middle = a.middle()
    if not side and ctx.focus is not None and ctx.focus.date_start is not None and (
            middle is None or not any(-RECENT_DAYS <= (dt.date(y, number, 15) - middle).days <= COMING_DAYS
                                      for y in (middle.year - 1, middle.year, middle.year + 1))):
        first = _first_on_or_after(lambda y: _month_end(y, number), ctx.focus.date_start)
        return (first.year if first else None), "narrative date"
    if middle is not None and side != "current":
        year = min((middle.year - 1, middle.year, middle.year + 1), key=lambda y: abs((dt.date(y, number, 15) - middle).days))
        if ctx.ahead and (middle - _month_end(year, number)).days > RECENT_DAYS:
            year += 1  # "dự kiến khởi công tháng 11" written in March: the coming November
        return year, a.label
    return a.year, a.label
