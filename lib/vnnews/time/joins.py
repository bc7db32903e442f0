"""Joining the expressions the rules read apart into one: a clock time and its day (``Khoảng 18h cùng
ngày``, ``ngày 1/7 lúc 9h``), a range of clock times (``khoảng 23h đến 23h30 ngày 27/6``), a date and
the time of writing (``Từ đầu tháng 4 đến nay``), a day and the relative year after it (``ngày 29/5 năm
ngoái``), the two ends of a range of different shapes
(``từ năm 2012 đến 8/2017``)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..text.dates import alternation, time_words
from .vocabulary import CLOCK

if TYPE_CHECKING:
    from .expressions import Timex

__all__ = ["clock_on_day", "day_of_year", "from_to", "up_to_now"]


def _date_words(role: str) -> str:
    return alternation(w for w, r in time_words("date_word").items() if r == role)


#: between a clock time and its day (``22h hôm qua``, ``ngày 1/7 lúc 9h``)
_CLOCK_DAY_GAP = re.compile(r"\s*,?\s*(?:" + alternation(time_words("preposition")) + r"\s+)?")
#: the end of a range of clock times (``đến 23h30 ngày 27/6`` after ``khoảng 23h``)
_CLOCK_RANGE_END = re.compile(r"\s*(?:" + _date_words("until") + r"|-|–)\s*" + CLOCK)
#: what closes a range that runs to the time of writing: ``từ đầu năm đến nay``, ``từ năm 2020 tới nay``
_TO_NOW = re.compile(r"\s+(?:" + _date_words("until") + r")\s+(?:" + alternation(time_words("now")) + r")(?!\w)")
#: a year written in a date's words, and what may stand between a day and the relative year after it
_YEAR_WRITTEN = re.compile(r"\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(?!\d)")
_DAY_YEAR_GAP = re.compile(r"\s*,?\s*")
_OPENS_RANGE = re.compile(r"(?:" + _date_words("from") + r")\s")
#: between the two ends of a range, when the second does not hold its ``đến`` (``từ năm 2012 đến 8/2017``)
_RANGE_GAP = re.compile(r"\s*(?P<until>(?:" + _date_words("until") + r")\s+)?")
_CLOSES_RANGE = re.compile(r"(?:" + _date_words("until") + r")\s")
#: the precision of a range from a date of each precision
_RANGE_PRECISION = {"day": "days", "time": "days", "week": "days", "month": "months", "quarter": "months", "half": "months",
                    "year": "years"}
#: the precision of a range from its coarser end
_RANGE_OF = {**_RANGE_PRECISION, "days": "days", "months": "months", "years": "years"}
_COARSENESS = ("days", "months", "years")


def _on_a_day(t: Timex) -> bool:
    return t.type == "DATE" and t.precision == "day" and t.date_start is not None and t.date_start == t.date_end


def _undated_clock(t: Timex) -> bool:
    """A clock time with no day: of any day (``thường ... lúc 9h``) or in an article whose date is not known."""
    return t.rule.startswith("clock") and t.type == "TIME" and t.date_start is None and t.value.startswith("T")


def _undated_day(t: Timex) -> bool:
    """A day relative to an article's date that is not known (``đêm qua``, ``sáng nay`` in an undated article)."""
    return t.rule == "relative" and t.precision == "day" and t.date_start is None


def clock_on_day(folded: str, found: list[Timex]) -> list[Timex]:
    """A clock time next to the day it is on is one expression with it, valued as that day:
    ``Khoảng 18h cùng ngày``, ``22h hôm qua``, ``ngày 1/7 lúc 9h`` (like a dateline ``04/01/2022 18:40``);
    a range of clock times ending on a day is one expression on that day (``khoảng 23h đến 23h30 ngày 27/6``), a
    range of clock times of no day one expression of no day (``thường đi tuần từ 5h30 tới 7h``: ``T05:30/T07:00``), and
    a clock time before a day an undated article names (``lúc 21h30 đêm qua``) one expression, of that day's clock.
    ``found`` is in text order."""
    out: list[Timex] = []
    for t in found:
        last = out[-1] if out else None
        if last is not None and _undated_clock(last) and _undated_clock(t) and _CLOCK_RANGE_END.match(folded[last.end : t.end]):
            out[-1] = replace(last, end=t.end, value=f"{last.value}/{t.value}")
            continue
        if last is not None and _undated_clock(last) and _undated_day(t) and _CLOCK_DAY_GAP.fullmatch(folded, last.end, t.start):
            out[-1] = replace(last, end=t.end, rule=t.rule)
            continue
        if last is not None and last.rule == "clock" and last.type == "TIME" and t.precision == "time" \
                and t.date_start is not None and _CLOCK_RANGE_END.match(folded[last.end : t.end]):
            out[-1] = replace(t, start=last.start, type="DATE", value=t.date_start.isoformat(), precision="day")
            continue
        if last is not None and last.rule != "dateline" and _CLOCK_DAY_GAP.fullmatch(folded, last.end, t.start):
            clock, day = (last, t) if _on_a_day(t) else (t, last)
            if clock.rule == "clock" and clock.type == "TIME" and "T" in clock.value and _on_a_day(day):
                assert day.date_start is not None
                out[-1] = replace(day, start=last.start, end=t.end, type="TIME", precision="time",
                                  value=day.date_start.isoformat() + clock.value[clock.value.index("T"):])
                continue
        out.append(t)
    return out


def day_of_year(folded: str, found: list[Timex]) -> list[Timex]:
    """A day written without its year followed by a year relative to the article's (``ngày 29/5 năm ngoái``,
    ``15/3 năm nay``) is one expression, that day of that year. ``found`` is in text order."""
    out: list[Timex] = []
    for t in found:
        last = out[-1] if out else None
        if last is not None and _on_a_day(last) and not _YEAR_WRITTEN.search(folded, last.start, last.end) \
                and t.rule == "relative" and t.precision == "year" and t.date_start is not None \
                and _DAY_YEAR_GAP.fullmatch(folded, last.end, t.start):
            assert last.date_start is not None
            try:
                day = last.date_start.replace(year=t.date_start.year)
            except ValueError:  # 29/2 of a year that has none
                out.append(t)
                continue
            out[-1] = replace(last, end=t.end, value=day.isoformat(), date_start=day, date_end=day)
            continue
        out.append(t)
    return out


def up_to_now(folded: str, found: list[Timex], today: dt.date | None, known: str) -> list[Timex]:
    """``Từ đầu tháng 4 đến nay``: one range from the date after ``từ`` to the article's date ``today``, when
    that is known to the day (``known``, the precision of the article's date; else the expressions stay as they are)."""
    if known != "day" or today is None:
        return found
    out = []
    for t in found:
        now = _TO_NOW.match(folded, t.end)
        if now and t.date_start is not None and t.date_start <= today and _OPENS_RANGE.match(folded, t.start) \
                and t.precision in _RANGE_PRECISION:
            t = replace(t, end=now.end(), type="DATE", value=f"{t.date_start.isoformat()}/{today.isoformat()}", date_end=today,
                        precision=_RANGE_PRECISION[t.precision])
        out.append(t)
    return out


def from_to(folded: str, found: list[Timex]) -> list[Timex]:
    """Two dates the rules read apart, the first opened by ``từ`` and the second by ``đến``, are one range from the
    start of the first to the end of the second: ``từ năm 2012 đến 8/2017``, ``từ năm 2014 đến cuối năm 2019``,
    ``từ ngày 1/3/2020 đến tháng 5/2021`` (its precision the coarser of the two). ``found`` is in text order."""
    out: list[Timex] = []
    for t in found:
        last = out[-1] if out else None
        if last is not None and _range_ends(folded, last, t):
            assert last.date_start is not None and t.date_end is not None
            precision = max(_RANGE_OF[last.precision], _RANGE_OF[t.precision], key=_COARSENESS.index)
            out[-1] = replace(last, end=t.end, type="DATE", value=f"{last.date_start.isoformat()}/{t.date_end.isoformat()}",
                              date_end=t.date_end, precision=precision, rule="date range")
            continue
        out.append(t)
    return out


def _range_ends(folded: str, first: Timex, second: Timex) -> bool:
    """Whether ``first`` (``từ …``) and ``second`` (``đến …``, right after it) are the two ends of one range."""
    gap = _RANGE_GAP.fullmatch(folded, first.end, second.start)
    if gap is None or not _OPENS_RANGE.match(folded, first.start):
        return False
    if not gap["until"] and not _CLOSES_RANGE.match(folded, second.start):
        return False  # "từ năm 2012, 8/2017": no range
    dated = all(t.type == "DATE" and t.date_start is not None and t.date_end is not None and t.precision in _RANGE_OF
                for t in (first, second))
    return dated and first.date_start <= second.date_start and first.date_end <= second.date_end  # type: ignore[operator]
