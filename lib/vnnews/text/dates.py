"""Calendar dates as Vietnamese news writes them: ``2-10-2020``, ``20/6/2020``, ``1/7``,
``ngày 24 tháng 1 năm 2024``, with part of day (``sáng``, ``chiều``) and weekday
(``thứ ba``, ``chủ nhật``) words.

These are the building blocks the loader uses to find an article's own date (its
dateline or lead date); the temporal tagger builds on the same patterns.
All patterns are meant to run on :func:`vnnews.text.normalize.fold` text (lower case,
modern tone marks), so offsets carry over to the original text unchanged. The words
(parts of the day, weekdays, date words...) are listed in ``data/time_words.tsv``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from ..data import read_table
from .alternation import words_alternation

__all__ = [
    "PART_OF_DAY",
    "WEEKDAY",
    "DayMonth",
    "alternation",
    "day_month_dates",
    "make_date",
    "nearest_year",
    "not_past_before",
    "number_context_words",
    "time_words",
]


@cache
def _rows(name: str, columns: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The rows of a data table (those columns), read once for all the kinds asked of it."""
    table = read_table(name)
    return tuple(zip(*(table[c].tolist() for c in columns)))


@cache
def time_words(kind: str) -> dict[str, str]:
    """The words of one kind in ``data/time_words.tsv`` (word -> value), e.g. ``time_words("weekday")``.

    Examples
    --------
    >>> time_words("date_word")["tính đến"], time_words("number")["tư"]
    ('as_of', '4')
    """
    words = {word: value for word, k, value in _rows("time_words.tsv", ("word", "kind", "value")) if k == kind}
    if not words:
        raise ValueError(f"time_words.tsv has no words of kind {kind!r}")
    return words


@cache
def number_context_words(kind: str) -> tuple[str, ...]:
    """The words of one kind in ``data/number_contexts.tsv`` (``counted``, ``quantity``, ``score``,
    ``document``): words around a number that say it is a count, a score or a document number.

    Examples
    --------
    >>> "nghị định" in number_context_words("document")
    True
    """
    words = tuple(w for w, k in _rows("number_contexts.tsv", ("word", "kind")) if k == kind)
    if not words:
        raise ValueError(f"number_contexts.tsv has no words of kind {kind!r}")
    return words


def alternation(words) -> str:
    """A non-capturing regex alternation of ``words``, longest first; a space matches any run of
    spaces (and none between ``thứ`` and a digit: ``thứ3``).

    Examples
    --------
    >>> re.fullmatch(alternation(["thứ ba", "thứ"]), "thứ  ba") is not None
    True
    """
    return "(?:" + words_alternation(words, space=lambda w: r"\s*" if w.startswith(("thứ ", "chủ ")) else r"\s+") + ")"


#: part-of-day words that open a date (``Sáng 1/7``, ``chiều tối 15/3``)
PART_OF_DAY = alternation(time_words("part_of_day"))
#: weekday names, full and short (``thứ ba``, ``thứ 3``, ``t3``, ``chủ nhật``, ``cn``)
WEEKDAY = alternation(time_words("weekday"))
#: the roles of date words whose dates are not yet past when written (deadlines, starting points)
NOT_PAST_ROLES = ("from", "until", "deadline", "after")


@cache
def _not_past() -> re.Pattern[str]:
    words = [w for w, role in time_words("date_word").items() if role in NOT_PAST_ROLES]
    past = [w for w, role in time_words("date_word").items() if role == "as_of"]
    return re.compile(r"(?<!\w)(?P<word>" + alternation(words + past) + r")\s+(?:ngày\s+)?$")


def not_past_before(folded: str, start: int) -> bool:
    """Whether the date at ``start`` follows a word that makes it a deadline or a starting
    point (``trước``, ``từ``, ``đến``...), not a date already past; ``tính đến`` (as of) is past.

    Examples
    --------
    >>> t = "trước ngày 31/12 và tính đến ngày 30/9"
    >>> not_past_before(t, t.index("31")), not_past_before(t, t.index("30"))
    (True, False)
    """
    m = _not_past().search(folded, max(0, start - 30), start)
    return m is not None and time_words("date_word")[" ".join(m["word"].split())] in NOT_PAST_ROLES


_SEP = r"\s*[-/.]\s*"
# d-m-yyyy, d/m/yyyy, d.m.yyyy, d/m; not inside a longer number, fraction or code (14/67, 138/2020/NĐ-CP)
_NUMERIC = re.compile(
    r"(?<![\w/.,-])(?P<day>\d{1,2})" + _SEP + r"(?P<month>\d{1,2})"
    r"(?:" + _SEP + r"(?P<year>\d{4}))?(?![\w/]|[-.,]\d)"
)
# a day range whose last day is a date (19-20/4): the date is its last day
_RANGE = re.compile(
    r"(?<![\w/.,-])\d{1,2}\s*[-–]\s*(?P<day>\d{1,2})" + _SEP + r"(?P<month>\d{1,2})"
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
    1900-2100 are skipped. A day range (``19-20/4``) gives its last day, spanning the range.

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
    for pattern in (_NUMERIC, _RANGE, _WORDS):
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
