"""Relative time expressions: ``hôm qua``, ``tháng trước``, ``năm ngoái`` against the article's date at
its precision; ``cùng ngày``, ``lúc 8h``, ``hai hôm sau`` against the last day the article named;
``cùng kỳ năm trước`` and ``so với tháng trước`` against the period a figure is compared with.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..text.dates import make_date, time_words
from .resolvers import Context, Value, clock_value, first_group, interval, month_end, part_after, unvalued
from .vocabulary import compared_with, deictic_words, number_value, relative_offsets, week_past_words

__all__ = ["clock_time", "count_from_date", "current_period", "days_later", "relative", "same_day", "same_period", "shift_months",
           "shift_years"]


def shift_years(value: Value, years: int | None = None, *, to_year: int | None = None, anchor: str) -> Value | None:
    """The same period ``years`` years on (or in ``to_year``): ``cùng kỳ năm trước`` of June 2020 is June 2019."""
    if value.date_start is None or value.date_end is None:
        return None
    delta = (to_year - value.date_end.year) if to_year is not None else years
    assert delta is not None

    def move(day: dt.date, last: bool) -> dt.date:
        year = day.year + delta
        if last and day == month_end(day.year, day.month):
            return month_end(year, day.month)
        return make_date(year, day.month, day.day) or make_date(year, day.month, day.day - 1)  # type: ignore[return-value]

    start, end = move(value.date_start, False), move(value.date_end, True)
    return replace(interval(start, end, value.precision, anchor), type="DATE")


def shift_months(value: Value, months: int, anchor: str = "compared period") -> Value | None:
    """A period of whole months ``months`` months on (``quý II`` -> ``quý I`` for -3)."""
    if value.date_start is None or value.date_end is None or value.date_start.day != 1:
        return None
    first = value.date_start.year * 12 + value.date_start.month - 1 + months
    last = value.date_end.year * 12 + value.date_end.month - 1 + months
    return interval(dt.date(first // 12, first % 12 + 1, 1), month_end(last // 12, last % 12 + 1), value.precision, anchor)


def clock_time(m: re.Match[str], ctx: Context) -> Value:
    """A clock time alone (``lúc 8h``): on the last day named, else the article's day."""
    day = ctx.previous or ctx.anchor.date
    group = "clock" if m["clock"] else "clock2"
    clock = clock_value(m[group] or "", part_after(m, group))
    if m["weekday"]:  # "lúc 21h40 chủ nhật": which Sunday is not said (often every Sunday)
        return Value("TIME", f"T{clock}", None, None, "time", "")
    if day is None:
        return Value("TIME", f"T{clock}", None, None, "time", "")
    anchor = "previous date" if ctx.previous else ctx.anchor.label
    return Value("TIME", f"{day.isoformat()}T{clock}", day, day, "time", anchor)


def relative(unit: str):
    """A resolver for relative words of one unit (``hôm qua``, ``tháng trước``, ``năm ngoái``...)."""
    offsets = relative_offsets(unit)
    needs = {"D": "day", "W": "day", "M": "month", "Q": "month", "Y": "year"}[unit]
    rank = {"day": 3, "month": 2, "year": 1, "": 0}

    def resolve(m: re.Match[str], ctx: Context) -> Value:
        word = " ".join(m["rel"].split())
        offset, from_previous = offsets[word] if word in offsets else (int(time_words("day_deixis")[word]), False)
        precision = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}[unit]
        a = ctx.anchor
        base = ctx.period
        if base is not None and base.precision == precision and word not in deictic_words() and compared_with(m.string, m.start()):
            # "tháng 6 tăng 5% so với tháng trước": the month before June, not before the article's date
            shifted = shift_months(base, offset * {"M": 1, "Q": 3, "Y": 12}[unit]) if unit in "MQY" else None
            if shifted is not None:
                return shifted
        if from_previous and ctx.previous is not None:
            day = ctx.previous + dt.timedelta(days=offset)
            return interval(day, day, "day", "previous date")
        if rank[a.precision] < rank[needs]:
            return unvalued(precision)
        if unit == "D":
            day = a.date + dt.timedelta(days=offset)  # type: ignore[operator]
            return interval(day, day, "day", a.label)
        if unit == "W" and word in week_past_words():
            return interval(a.date - dt.timedelta(days=6), a.date, "day", a.label)  # type: ignore[operator]
        if unit == "W":
            monday = a.date - dt.timedelta(days=a.date.weekday()) + dt.timedelta(weeks=offset)  # type: ignore[union-attr,operator]
            iso = monday.isocalendar()
            return Value("DATE", f"{iso[0]}-W{iso[1]:02d}", monday, monday + dt.timedelta(days=6), "week", a.label)
        if unit == "Y":
            y = a.year + offset  # type: ignore[operator]
            return interval(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", a.label)
        months = 3 if unit == "Q" else 1
        first = (a.year * 12 + a.month - 1) // months * months + offset * months  # type: ignore[operator]
        (y, mo), (y_end, mo_end) = divmod(first, 12), divmod(first + months - 1, 12)
        return interval(dt.date(y, mo + 1, 1), month_end(y_end, mo_end + 1), precision, a.label)
    return resolve


def current_period(m: re.Match[str], ctx: Context) -> Value:
    """``cuối năm``, ``đầu tháng``: the article's year (month, quarter, week), whole."""
    unit = time_words("unit")[" ".join(m["unit"].split())]
    a = ctx.anchor
    needs = {"Y": "year", "Q": "month", "M": "month", "W": "day"}[unit]
    if {"day": 3, "month": 2, "year": 1, "": 0}[a.precision] < {"day": 3, "month": 2, "year": 1}[needs]:
        return unvalued({"Y": "year", "Q": "quarter", "M": "month", "W": "week"}[unit])
    if unit == "Y":
        return interval(dt.date(a.year, 1, 1), dt.date(a.year, 12, 31), "year", a.label)  # type: ignore[arg-type]
    if unit == "W":
        monday = a.date - dt.timedelta(days=a.date.weekday())  # type: ignore[union-attr,operator]
        iso = monday.isocalendar()
        return Value("DATE", f"{iso[0]}-W{iso[1]:02d}", monday, monday + dt.timedelta(days=6), "week", a.label)
    months = 3 if unit == "Q" else 1
    first = (a.month - 1) // months * months + 1  # type: ignore[operator]
    return interval(dt.date(a.year, first, 1), month_end(a.year, first + months - 1),  # type: ignore[arg-type]
                    "quarter" if unit == "Q" else "month", a.label)


def days_later(m: re.Match[str], ctx: Context) -> Value:
    """``hai hôm sau``: that many days after the last day the article named."""
    if ctx.previous is None:
        return unvalued("day")
    day = ctx.previous + dt.timedelta(days=number_value(m["n"]) or 0)
    return interval(day, day, "day", "previous date")


#: the precisions of a date a count of each unit may be counted from
_COUNTS_FROM = {"Y": ("day", "days", "time", "week", "month", "months", "quarter", "half", "year"),
                "M": ("day", "days", "time", "week", "month"), "W": ("day", "time"), "D": ("day", "time")}


def count_from_date(units: dict[str, str]):
    """A resolver for a count of years, months, weeks or days before or after a date: ``hơn 10 năm trước``,
    ``cách đây 3 tháng`` (before the article's date), ``Ba năm sau``, ``2 tháng trước đó`` (from the last
    date the article named), at the precision of the unit."""
    directions = time_words("count_direction")

    def resolve(m: re.Match[str], ctx: Context) -> Value:
        unit = units[" ".join(first_group(m, "unit", "unit2").split())]  # type: ignore[union-attr]
        count = number_value(first_group(m, "n", "n2") or "") or 0
        sign, base_of = ("-1", "document") if m["ago"] else directions[" ".join(m["dir"].split())].split(":")
        offset = int(sign) * count
        precision = {"Y": "year", "M": "month", "W": "week", "D": "day"}[unit]
        if base_of == "previous":
            base = ctx.period
            if base is None or base.date_start is None or base.precision not in _COUNTS_FROM[unit]:
                return unvalued(precision)
            day, anchor = base.date_start, "previous date"
        else:
            a = ctx.anchor
            if {"day": 3, "month": 2, "year": 1, "": 0}[a.precision] < {"Y": 1, "M": 2, "W": 3, "D": 3}[unit]:
                return unvalued(precision)
            day, anchor = a.date or dt.date(a.year, a.month or 1, 1), a.label  # type: ignore[arg-type]
        if unit == "Y":
            return interval(dt.date(day.year + offset, 1, 1), dt.date(day.year + offset, 12, 31), "year", anchor)
        if unit == "M":
            y, mo = divmod(day.year * 12 + day.month - 1 + offset, 12)
            return interval(dt.date(y, mo + 1, 1), month_end(y, mo + 1), "month", anchor)
        if unit == "W":
            monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=offset)
            iso = monday.isocalendar()
            return Value("DATE", f"{iso[0]}-W{iso[1]:02d}", monday, monday + dt.timedelta(days=6), "week", anchor)
        moved = day + dt.timedelta(days=offset)
        return interval(moved, moved, "day", anchor)
    return resolve


def same_day(m: re.Match[str], ctx: Context) -> Value:
    day = ctx.previous or ctx.anchor.date
    if day is None:
        return unvalued("day")
    return interval(day, day, "day", "previous date" if ctx.previous else ctx.anchor.label)


def same_period(m: re.Match[str], ctx: Context) -> Value:
    """``cùng kỳ (năm trước)``: the period the article last named (else the article's date at its
    precision), one year earlier, or in the year written (``cùng kỳ năm 2019``)."""
    base = ctx.period
    anchor = "compared period"
    if base is None or base.date_start is None:
        a = ctx.anchor
        if a.precision == "":
            return unvalued()
        start = a.date or dt.date(a.year, a.month or 1, 1)  # type: ignore[arg-type]
        end = a.date or (month_end(a.year, a.month) if a.month else dt.date(a.year, 12, 31))  # type: ignore[arg-type]
        base = interval(start, end, a.precision, a.label)
        anchor = a.label
    if m["y"]:
        return shift_years(base, to_year=int(m["y"]), anchor=anchor) or unvalued()
    offset = relative_offsets("Y")[" ".join(m["ry"].split())][0] if m["ry"] else -1
    return shift_years(base, offset, anchor=anchor) or unvalued()
