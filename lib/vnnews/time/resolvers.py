"""Values of time expressions: what a rule's match means as an interval of days, resolved against
the article's date at the precision it is known (a day, a month or only a year). Expressions
relative to that date, to the last day named or to a compared period are in
:mod:`vnnews.time.relative`.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..text.dates import PART_OF_DAY, make_date, time_words
from .months import is_lunar_month, month_value
from .political_events import political_event
from .vocabulary import number_value, relative_offsets
from .year_less import RECENT_DAYS, year_less_day, year_less_month

__all__ = ["Anchor", "Context", "Value", "clock_value", "first_group", "interval", "month_end", "part_after", "unvalued"]


@dataclass(frozen=True)
class Anchor:
    """What is known of the article's date: a year, a month, a day (any may be missing).

    Examples
    --------
    >>> Anchor(2020).precision, Anchor(2020, 6).label, Anchor(2020, 6, 28).date, Anchor(2022, source="file").label
    ('year', 'document month', datetime.date(2020, 6, 28), 'file year')
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    #: ``document`` (the article's date) or ``file`` (the year its file name or folders give: :mod:`.anchors`)
    source: str = "document"

    @property
    def precision(self) -> str:
        """``day``, ``month``, ``year``, or ``""`` when the year is not known."""
        if self.year is None:
            return ""
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day"

    @property
    def date(self) -> dt.date | None:
        """The full date, when the day is known."""
        return make_date(self.year, self.month, self.day) if self.precision == "day" else None  # type: ignore[arg-type]

    @property
    def label(self) -> str:
        """How a value resolved against it is labelled in ``anchor``."""
        return {"day": f"{self.source} date", "month": f"{self.source} month", "year": f"{self.source} year"}.get(self.precision, "")

    def middle(self) -> dt.date | None:
        """The date, or the middle of the month, for finding the nearest year of a year-less date."""
        if self.precision == "day":
            return self.date
        if self.precision == "month":
            return dt.date(self.year, self.month, 15)  # type: ignore[arg-type]
        return None


@dataclass(frozen=True)
class Value:
    """The normalised value of a time expression (see :class:`vnnews.time.expressions.Timex`)."""

    type: str
    value: str
    date_start: dt.date | None
    date_end: dt.date | None
    precision: str
    anchor: str


@dataclass
class Context:
    """What a rule resolves against: the article's date, the last day the article named, the
    last period it named (what a ``cùng kỳ`` or ``so với quý trước`` compares with), the date a
    narrative of the past is at, and where they start in the text."""

    anchor: Anchor
    previous: dt.date | None = None
    period: Value | None = None
    period_start: int = -1
    previous_start: int = -1
    #: the last date written with its year earlier in the paragraph, when that year is before the article's: the
    #: time a narrative of the past is at (``Đầu năm 1967, ... Ngày 19/5, ...``)
    focus: Value | None = None
    focus_start: int = -1
    #: whether the expression stands in a clause that looks ahead (``dự kiến khởi công tháng 11``: :mod:`.ahead`)
    ahead: bool = False


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def timex_value(start: dt.date, end: dt.date, precision: str) -> str:
    """The TIMEX3-style value of an interval: ``2020-07-01``, ``2020-07``, ``2020-Q2``,
    ``2020-H1``, ``2020``, else ``start/end`` (``2020/2025`` for whole years)."""
    whole_years = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    if start == end:
        return start.isoformat()
    if start.year == end.year and start.day == 1 and end == month_end(end.year, end.month):
        if start.month == end.month:
            return f"{start.year}-{start.month:02d}"
        if precision == "quarter" and end.month - start.month == 2 and start.month % 3 == 1:
            return f"{start.year}-Q{start.month // 3 + 1}"
        if end.month - start.month == 5 and start.month in (1, 7):
            return f"{start.year}-H{1 if start.month == 1 else 2}"
    if whole_years:
        return str(start.year) if start.year == end.year else f"{start.year}/{end.year}"
    return f"{start.isoformat()}/{end.isoformat()}"


def interval(start: dt.date, end: dt.date, precision: str, anchor: str) -> Value:
    """A DATE value for the days ``start`` to ``end``."""
    return Value("DATE", timex_value(start, end, precision), start, end, precision, anchor)


def unvalued(precision: str = "", value: str = "", type: str = "DATE") -> Value:
    """An expression whose value cannot be (or is not to be) resolved."""
    return Value(type, value, None, None, precision, "")


# --------------------------------------------------------------------------- what the anchor gives
def first_group(m: re.Match[str], *names: str) -> str | None:
    groups = m.groupdict()
    for name in names:
        if groups.get(name):
            return groups[name]
    return None


def _year(m: re.Match[str], ctx: Context, explicit: tuple[str, ...] = ("y", "y3"),
          relative: tuple[str, ...] = ("ry",)) -> tuple[int | None, str, bool]:
    """The year a match writes (explicitly or as ``năm ngoái``); (year, anchor, written)."""
    written = first_group(m, *explicit)
    if written:
        return int(written), "explicit", True
    word = first_group(m, *relative)
    if word:
        offset, _ = relative_offsets("Y")[" ".join(word.split())]
        if ctx.anchor.year is None:
            return None, "", True
        return ctx.anchor.year + offset, ctx.anchor.label, True
    return None, "", False


def _anchor_year(m: re.Match[str], ctx: Context) -> tuple[int | None, str]:
    year, anchor, written = _year(m, ctx)
    if written:
        return year, anchor
    return ctx.anchor.year, ctx.anchor.label


# --------------------------------------------------------------------------- resolvers
#: the hours a part of the day (its TIMEX3 code) puts in the afternoon or evening: ``3h30 chiều`` is 15:30, ``10 giờ
#: đêm`` 22:00, ``1 giờ trưa`` 13:00 (``2 giờ đêm`` stays 02:00)
_PM_HOURS = {"AF": range(1, 12), "EV": range(1, 12), "NI": range(6, 12), "MI": range(1, 6)}
_PART_AFTER = re.compile(r"[^\S\n]*(?:buổi\s+)?(?P<part>" + PART_OF_DAY + r")(?!\w)")


def clock_value(clock: str, part: str = "") -> str:
    """``13h`` -> ``13:00``, ``7h30`` -> ``07:30``, ``8 giờ 15 phút`` -> ``08:15``; with the part of the day
    written after it (its TIMEX3 code), ``3h30`` ``AF`` (chiều) -> ``15:30``.

    Examples
    --------
    >>> clock_value("9 giờ", "EV"), clock_value("10h", "MO"), clock_value("2h", "NI")
    ('21:00', '10:00', '02:00')
    """
    numbers = re.findall(r"\d+", clock)
    hour, minute = int(numbers[0]), int(numbers[1]) if len(numbers) > 1 else 0
    if hour in _PM_HOURS.get(part, ()):
        hour += 12
    return f"{hour:02d}:{minute:02d}"


def part_after(m: re.Match[str], group: str) -> str:
    """The TIMEX3 code of the part of the day written right after ``group`` of ``m`` (``9 giờ tối``: ``EV``), or ``""``."""
    part = _PART_AFTER.match(m.string, m.end(group))
    return time_words("part_of_day")[" ".join(part["part"].split())] if part else ""


def single_date(m: re.Match[str], ctx: Context) -> Value:
    day, month = int(m["d"]), month_value(m["m"]) or 0  # "ngày 5 tháng 10", "ngày 5 tháng Mười"
    if is_lunar_month(m["m"]):  # "mùng 1 tháng Giêng": a lunar date, not converted
        return unvalued("day")
    year, anchor, written = _year(m, ctx)
    date, anchor = (make_date(year, month, day), anchor) if written and year else \
        year_less_day(day, month, ctx, m.groupdict().get("tail"))
    clock = first_group(m, "clock")
    if date is None:
        return unvalued("day", f"XXXX-{month:02d}-{day:02d}")
    if clock:
        return Value("TIME", f"{date.isoformat()}T{clock_value(clock, part_after(m, 'clock'))}", date, date, "time", anchor)
    return interval(date, date, "day", anchor)


def day_range(m: re.Match[str], ctx: Context) -> Value:
    """``từ 24 đến 26-9-2020``, ``từ ngày 23/3 cho đến hết 30/10``, ``từ ngày 23 đến 27 tháng 6 năm 2025``: without a
    year the range starts on the day nearest the article's date and ends on the first date after it."""
    if is_lunar_month(m["m2"]):
        return unvalued("days")
    groups = m.groupdict()
    m2, d1, d2 = month_value(m["m2"]) or 0, int(m["d1"]), int(m["d2"])
    m1 = int(groups["m1"]) if groups.get("m1") else m2
    y2 = int(m["y2"]) if m["y2"] else None
    y1 = int(groups["y1"]) if groups.get("y1") else None
    if y2 is not None:
        end, anchor = make_date(y2, m2, d2), "explicit"
        start = make_date(y1 if y1 is not None else y2, m1, d1)
        if start is not None and end is not None and start > end and y1 is None:
            start = make_date(y2 - 1, m1, d1)
    else:
        start, anchor = (make_date(y1, m1, d1), "explicit") if y1 is not None else year_less_day(d1, m1, ctx)
        end = make_date(start.year, m2, d2) if start is not None else None
        if start is not None and end is not None and end < start:
            end = make_date(start.year + 1, m2, d2)
    if start is None or end is None or start > end:
        return unvalued("days")
    return interval(start, end, "days", anchor)


def day_list(m: re.Match[str], ctx: Context) -> Value:
    """``các ngày 22, 23, 24/7``: the days from the first to the last."""
    days = sorted(int(d) for d in re.findall(r"\d+", m["days"]))
    month = int(m["m"])
    year, anchor, written = _year(m, ctx)
    last, anchor = (make_date(year, month, days[-1]), anchor) if written and year else year_less_day(days[-1], month, ctx)
    first = make_date(last.year, month, days[0]) if last else None
    if first is None or last is None:
        return unvalued("days")
    return interval(first, last, "days", anchor)


def month(m: re.Match[str], ctx: Context) -> Value:
    number = month_value(m["mo"])
    assert number is not None
    if is_lunar_month(m["mo"]):  # "tháng Chạp năm 2018": a lunar month, not converted
        return unvalued("month")
    year, anchor, written = _year(m, ctx)
    if not written:
        year, anchor = year_less_month(number, ctx, m.groupdict().get("tail"))
    if year is None:
        return unvalued("month", f"XXXX-{number:02d}")
    return interval(dt.date(year, number, 1), month_end(year, number), "month", anchor)


def month_list(m: re.Match[str], ctx: Context) -> Value:
    """``tháng 7, 10/2021``, ``tháng 3 và 4``: the months from the first to the last, in the year
    written, else in the year nearest the article's date."""
    words = re.split(r"\s*(?:,|;|và|hoặc|hay)\s*(?:tháng\s+)?", m["months"])
    if any(is_lunar_month(w) for w in words):
        return unvalued("months")
    months = [month_value(w) for w in words]
    first, last = months[0], months[-1]
    assert first is not None and last is not None
    if m.groupdict().get("y"):
        year, anchor = int(m["y"]), "explicit"
    else:
        year, anchor = year_less_month(first, ctx)  # type: ignore[assignment]
        if year is None:
            return unvalued("months")
    return interval(dt.date(year, first, 1), month_end(year, last), "months", anchor)


def month_range(m: re.Match[str], ctx: Context) -> Value:
    """``từ tháng 4/2020 đến 2/2021``, ``từ tháng 4 đến tháng 6``, ``tháng 4-6/2020``."""
    first, last = month_value(m["mo1"]), month_value(m["mo2"])
    assert first is not None and last is not None
    if is_lunar_month(m["mo1"]) or is_lunar_month(m["mo2"]):
        return unvalued("months")
    y2, anchor, written = _year(m, ctx, ("y2", "y2b"), ("ry2",))
    if not written:
        y2, anchor = ctx.anchor.year, ctx.anchor.label
    if y2 is None:
        return unvalued("months")
    if not written and ctx.ahead and ctx.anchor.precision in ("day", "month") and ctx.anchor.middle() is not None \
            and (ctx.anchor.middle() - month_end(y2, last)).days > RECENT_DAYS:  # type: ignore[operator]
        y2 += 1  # "dự kiến từ tháng 2 đến tháng 4" written in October: the coming months
    y1, _, written1 = _year(m, ctx, ("y1", "y1b"), ())
    if not written1:
        y1 = y2 if first <= last else y2 - 1
    if y1 is None or (y1, first) > (y2, last):
        return unvalued("months")
    return interval(dt.date(y1, first, 1), month_end(y2, last), "months", anchor)


def quarter(m: re.Match[str], ctx: Context) -> Value:
    q = int(m["q"]) if m["q"].isdigit() else int(time_words("roman")[m["q"]])
    year, anchor = _anchor_year(m, ctx)
    if year is None:
        return unvalued("quarter", f"XXXX-Q{q}")
    return interval(dt.date(year, 3 * q - 2, 1), month_end(year, 3 * q), "quarter", anchor)


def quarter_list(m: re.Match[str], ctx: Context) -> Value:
    """``quý I và II``, ``quý III, IV/2021``: the quarters from the first to the last."""
    numbers = [int(q) if q.isdigit() else int(time_words("roman")[q])
               for q in re.findall(r"(?<!\w)(?:iv|iii|ii|i|[1-4])(?!\w)", m.group())]
    year, anchor = _anchor_year(m, ctx)
    first, last = numbers[0], numbers[-1]
    if year is None:
        return unvalued("quarter")
    return interval(dt.date(year, 3 * first - 2, 1), month_end(year, 3 * last), "quarter", anchor)


def months_of_year(m: re.Match[str], ctx: Context) -> Value:
    n = number_value(m["n"])
    assert n is not None
    year, anchor = _anchor_year(m, ctx)
    if year is None:
        return unvalued("half" if n == 6 else "months")
    at_end = m["side"] is not None and time_words("edge")[m["side"]] == "end"
    start, end = (dt.date(year, 13 - n, 1), dt.date(year, 12, 31)) if at_end else (dt.date(year, 1, 1), month_end(year, n))
    return interval(start, end, "half" if n == 6 else "months", anchor)


def half(m: re.Match[str], ctx: Context) -> Value:
    year, anchor = _anchor_year(m, ctx)
    if year is None:
        return unvalued("half")
    first = time_words("edge")[m["side"]] == "start"
    start, end = (dt.date(year, 1, 1), dt.date(year, 6, 30)) if first else (dt.date(year, 7, 1), dt.date(year, 12, 31))
    return interval(start, end, "half", anchor)


def year(m: re.Match[str], ctx: Context) -> Value:
    y = int(m["y"])
    return interval(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "explicit")


def decade(m: re.Match[str], ctx: Context) -> Value:
    """``những năm 1980``, ``thập niên 80``: the ten years."""
    y = int(m["y"])
    y = y if y >= 100 else 1900 + y
    return interval(dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "years", "explicit")


def year_range(m: re.Match[str], ctx: Context) -> Value:
    y1, y2 = int(m["y1"]), int(m["y2"])
    return interval(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "term", "explicit")


def political(kind: str):
    def resolve(m: re.Match[str], ctx: Context) -> Value:
        ordinal = f"{first_group(m, 'n', 'n2')}/{m['t']}" if kind == "plenum" else m["n"]
        dates = political_event(kind, ordinal)
        if dates is None:
            return unvalued()
        precision = "days" if kind in ("party_congress", "plenum") else "term"
        return Value("DATE", f"{dates[0].isoformat()}/{dates[1].isoformat()}", dates[0], dates[1], precision,
                     "political events table")
    return resolve


_DESIGNATORS = {"Y": "P{}Y", "M": "P{}M", "W": "P{}W", "D": "P{}D", "Q": "P{}Q", "H": "PT{}H", "MIN": "PT{}M", "S": "PT{}S"}


def _duration_part(unit: str, written: str) -> tuple[str, str]:
    """One part of a duration (``4 năm``): its ISO 8601 designator part and whether it is a time part (T)."""
    amount = written.replace(",", ".")
    number = amount if re.fullmatch(r"\d+\.\d+", amount) else number_value(amount)
    template = _DESIGNATORS[unit] if unit != "Q" else "P{}M"
    if unit == "Q" and isinstance(number, int):
        number *= 3
    return template.format(number if number is not None else "X")[1:], "T" if template.startswith("PT") else ""


def duration(units: dict[str, str]):
    """A duration, of one unit (``3 ngày``: P3D) or two (``4 năm 6 tháng``: P4Y6M, ``2 giờ 30 phút``: PT2H30M)."""
    def resolve(m: re.Match[str], ctx: Context) -> Value:
        parts = [_duration_part(units[" ".join(m["unit"].split())], m["n"])]
        if m["unit_more"]:
            parts.append(_duration_part(units[" ".join(m["unit_more"].split())], m["n_more"]))
        date_part = "".join(p for p, t in parts if not t)
        time_part = "".join(p.removeprefix("T") for p, t in parts if t)
        return unvalued(value="P" + date_part + ("T" + time_part if time_part else ""), type="DURATION")
    return resolve


def every(units: dict[str, str]):
    def resolve(m: re.Match[str], ctx: Context) -> Value:
        unit = units[" ".join(m["unit"].split())]
        return unvalued(value="P3M" if unit == "Q" else _DESIGNATORS[unit].format(1), type="SET")
    return resolve


def vague(m: re.Match[str], ctx: Context) -> Value:
    return unvalued()
