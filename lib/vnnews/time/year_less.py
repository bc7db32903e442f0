"""The year of a day or a month written without one (``ngày 5/4``, ``tháng 3 vừa qua``): the year
that puts it nearest the article's date, or after a tail word (``vừa qua``, ``tới``, ``này``:
``data/time_words.tsv``) the nearest on the side the word says; with the article's date known only
to the year, that year.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..text.dates import make_date, nearest_year, time_words

if TYPE_CHECKING:
    from .resolvers import Context

__all__ = ["year_less_day", "year_less_month"]


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
    middle = ctx.anchor.middle()
    if middle is not None:
        return nearest_year(month, day, middle), ctx.anchor.label
    if ctx.anchor.precision == "year":
        return make_date(ctx.anchor.year, month, day), ctx.anchor.label  # type: ignore[arg-type]
    return None, ""


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


def year_less_month(number: int, ctx: Context, tail: str | None = None) -> tuple[int | None, str]:
    """The year of a month written without one: the year that puts it nearest the article's date, or
    after a tail word the nearest on its side (``tháng 3 vừa qua``, ``tháng 3 tới``); ``tháng 4 này``
    and an article known to the year only: the article's year."""
    side = _side(tail)
    a = ctx.anchor
    if side in ("past", "future") and a.precision in ("day", "month"):
        first = _on_side(lambda y: dt.date(y, number, 1) if side == "past" else _month_end(y, number), side, ctx)
        return (first.year if first else None), a.label
    middle = a.middle()
    if middle is not None and side != "current":
        year = min((middle.year - 1, middle.year, middle.year + 1), key=lambda y: abs((dt.date(y, number, 15) - middle).days))
        return year, a.label
    return a.year, a.label
