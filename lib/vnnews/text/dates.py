"""Calendar dates as Vietnamese news writes them: ``2-10-2020``, ``20/6/2020``, ``1/7``,
``ngày 24 tháng 1 năm 2024``, with part of day (``sáng``, ``chiều``) and weekday
(``thứ ba``, ``chủ nhật``) words.

These are the building blocks the loader uses to find an article's own date (its
dateline or lead date); the temporal tagger builds on the same patterns.
All patterns are meant to run on :func:`vnnews.text.normalize.fold` text (lower case,
modern tone marks), so offsets carry over to the original text unchanged.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = [
    "PART_OF_DAY",
    "WEEKDAY",
    "DayMonth",
    "day_month_dates",
    "make_date",
    "nearest_year",
]

#: part-of-day words that open a date (``Sáng 1/7``, ``chiều tối 15/3``)
PART_OF_DAY = r"(?:sáng\s+sớm|sáng|trưa|chiều\s+tối|chiều|tối|đêm|khuya|rạng\s+sáng|nửa\s+đêm)"
#: weekday names, full and short (``thứ ba``, ``thứ 3``, ``t3``, ``chủ nhật``, ``cn``)
WEEKDAY = r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật|cn|t[2-7])"

_SEP = r"\s*[-/.]\s*"
# d-m-yyyy, d/m/yyyy, d.m.yyyy, d/m; not inside a longer number, fraction or code (14/67, 138/2020/NĐ-CP)
_NUMERIC = re.compile(
    r"(?<![\w/.,-])(?P<day>\d{1,2})" + _SEP + r"(?P<month>\d{1,2})"
    r"(?:" + _SEP + r"(?P<year>\d{4}))?(?![\w/]|[-.,]\d)"
)
_WORDS = re.compile(
    r"(?<!\w)ngày\s+(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})(?:\s*(?:,\s*)?năm\s+(?P<year>\d{4}))?(?!\w)"
)


@dataclass(frozen=True)
class DayMonth:
    """A day-precision date written in the text, possibly without its year.

    Attributes
    ----------
    start, end : int
        Span of the date digits/words in the text.
    day, month : int
    year : int or None
        ``None`` when the text gives no year (``Sáng 1/7``).
    """

    start: int
    end: int
    day: int
    month: int
    year: int | None

    def with_year(self, year: int) -> dt.date | None:
        """The date in ``year``, or None if it does not exist (30/2)."""
        return make_date(year, self.month, self.day)

    @property
    def date(self) -> dt.date | None:
        """The date when the year is written, else None."""
        return self.with_year(self.year) if self.year is not None else None


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """A :class:`datetime.date`, or None when the numbers are not a calendar date.

    Examples
    --------
    >>> make_date(2020, 2, 30) is None
    True
    """
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def day_month_dates(folded: str, *, require_year: bool = False) -> list[DayMonth]:
    """Every plausible day-month(-year) date in ``folded`` text, in order.

    Numbers that cannot be a date (``14/67``, ``32/1``) are skipped; years outside
    1900-2100 are skipped.

    Parameters
    ----------
    folded : str
        Text from :func:`vnnews.text.normalize.fold`.
    require_year : bool
        Only dates that write their year.

    Examples
    --------
    >>> [(d.day, d.month, d.year) for d in day_month_dates("ngày 2-10-2020 có 14/67 đảng bộ; sáng 1/7")]
    [(2, 10, 2020), (1, 7, None)]
    """
    found: list[DayMonth] = []
    for pattern in (_NUMERIC, _WORDS):
        for m in pattern.finditer(folded):
            day, month = int(m["day"]), int(m["month"])
            year = int(m["year"]) if m["year"] else None
            if require_year and year is None:
                continue
            if year is not None and not 1900 <= year <= 2100:
                continue
            if make_date(year if year is not None else 2000, month, day) is None:
                continue
            found.append(DayMonth(m.start(), m.end(), day, month, year))
    return sorted(found, key=lambda d: d.start)


def nearest_year(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The date ``day/month`` in whichever year puts it nearest ``anchor``.

    Examples
    --------
    >>> nearest_year(12, 31, dt.date(2021, 1, 5))
    datetime.date(2020, 12, 31)
    """
    candidates = [make_date(anchor.year + k, month, day) for k in (-1, 0, 1)]
    valid = [c for c in candidates if c is not None]
    if not valid:
        return None
    return min(valid, key=lambda c: (abs((c - anchor).days), c))
