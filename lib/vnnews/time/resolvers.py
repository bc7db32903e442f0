"""Values of time expressions: what a rule's match means as an interval of days, resolved against
the article's date at the precision it is known (a day, a month or only a year), the last day the
article named, or the period a ``cùng kỳ`` compares with.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from ..text.dates import make_date, nearest_year, time_words
from .political_events import political_event
from .vocabulary import compared_with, number_value, relative_offsets

__all__ = ["Anchor", "Context", "Value", "interval", "shift_years", "unvalued"]


@dataclass(frozen=True)
class Anchor:
    """What is known of the article's date: a year, a month, a day (any may be missing).

    Examples
    --------
    >>> Anchor(2020).precision, Anchor(2020, 6).label, Anchor(2020, 6, 28).date
    ('year', 'document month', datetime.date(2020, 6, 28))
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None

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
        return {"day": "document date", "month": "document month", "year": "document year"}.get(self.precision, "")

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
    """What a rule resolves against: the article's date, the last day the article named, and the
    last dated expression of the paragraph (the period a ``cùng kỳ`` compares with)."""

    anchor: Anchor
    previous: dt.date | None = None
    period: Value | None = None


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


# --------------------------------------------------------------------------- what the anchor gives
def _group(m: re.Match[str], *names: str) -> str | None:
    groups = m.groupdict()
    for name in names:
        if groups.get(name):
            return groups[name]
    return None


def year_less_day(day: int, month: int, ctx: Context) -> tuple[dt.date | None, str]:
    """A day and month without a year: the year that puts it nearest the article's date (or, with
    only a year known, that year)."""
    middle = ctx.anchor.middle()
    if middle is not None:
        return nearest_year(month, day, middle), ctx.anchor.label
    if ctx.anchor.precision == "year":
        return make_date(ctx.anchor.year, month, day), ctx.anchor.label  # type: ignore[arg-type]
    return None, ""


def _year(m: re.Match[str], ctx: Context, explicit: tuple[str, ...] = ("y", "y3"),
          relative: tuple[str, ...] = ("ry",)) -> tuple[int | None, str, bool]:
    """The year a match writes (explicitly or as ``năm ngoái``); (year, anchor, written)."""
    written = _group(m, *explicit)
    if written:
        return int(written), "explicit", True
    word = _group(m, *relative)
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
def single_date(m: re.Match[str], ctx: Context) -> Value:
    day, month = int(m["d"]), int(m["m"])
    year, anchor, written = _year(m, ctx)
    date, anchor = (make_date(year, month, day), anchor) if written and year else year_less_day(day, month, ctx)
    clock = _group(m, "clock")
    if date is None:
        return unvalued("day", f"XXXX-{month:02d}-{day:02d}")
    if clock:
        return Value("TIME", f"{date.isoformat()}T{clock_value(clock)}", date, date, "time", anchor)
    return interval(date, date, "day", anchor)


def clock_value(clock: str) -> str:
    """``13h`` -> ``13:00``, ``7h30`` -> ``07:30``, ``8 giờ 15 phút`` -> ``08:15``."""
    numbers = re.findall(r"\d+", clock)
    hour, minute = int(numbers[0]), int(numbers[1]) if len(numbers) > 1 else 0
    return f"{hour:02d}:{minute:02d}"


def clock_time(m: re.Match[str], ctx: Context) -> Value:
    """A clock time alone (``lúc 8h``): on the last day named, else the article's day."""
    day = ctx.previous or ctx.anchor.date
    clock = clock_value(_group(m, "clock", "clock2") or "")
    if m["weekday"]:  # "lúc 21h40 chủ nhật": which Sunday is not said (often every Sunday)
        return Value("TIME", f"T{clock}", None, None, "time", "")
    if day is None:
        return Value("TIME", f"T{clock}", None, None, "time", "")
    anchor = "previous date" if ctx.previous else ctx.anchor.label
    return Value("TIME", f"{day.isoformat()}T{clock}", day, day, "time", anchor)


def day_range(m: re.Match[str], ctx: Context) -> Value:
    m2 = int(m["m2"])
    m1 = int(m["m1"]) if m["m1"] else m2
    y2 = int(m["y2"]) if m["y2"] else None
    y1 = int(m["y1"]) if m["y1"] else y2
    end, anchor = (make_date(y2, m2, int(m["d2"])), "explicit") if y2 else year_less_day(int(m["d2"]), m2, ctx)
    if end is None:
        return unvalued("days")
    start = make_date(y1 if y1 is not None else end.year, m1, int(m["d1"]))
    if start is not None and start > end and y1 is None:
        start = make_date(end.year - 1, m1, int(m["d1"]))
    if start is None or start > end:
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
    number = number_value(m["mo"])
    assert number is not None
    year, anchor, written = _year(m, ctx)
    if not written:
        middle = ctx.anchor.middle()
        if middle is not None:
            year = min((middle.year - 1, middle.year, middle.year + 1),
                       key=lambda y: abs((dt.date(y, number, 15) - middle).days))
            anchor = ctx.anchor.label
        else:
            year, anchor = ctx.anchor.year, ctx.anchor.label
    if year is None:
        return unvalued("month", f"XXXX-{number:02d}")
    return interval(dt.date(year, number, 1), month_end(year, number), "month", anchor)


def month_list(m: re.Match[str], ctx: Context) -> Value:
    """``tháng 7, 10/2021``: the months from the first to the last, in the year written."""
    months = [number_value(w) for w in re.split(r"\s*(?:,|;|và)\s*(?:tháng\s+)?", m["months"])]
    year = int(m["y"])
    return interval(dt.date(year, months[0], 1), month_end(year, months[-1]), "months", "explicit")  # type: ignore[arg-type]


def month_range(m: re.Match[str], ctx: Context) -> Value:
    """``từ tháng 4/2020 đến 2/2021``, ``từ tháng 4 đến tháng 6``, ``tháng 4-6/2020``."""
    first, last = number_value(m["mo1"]), number_value(m["mo2"])
    assert first is not None and last is not None
    y2, anchor, written = _year(m, ctx, ("y2", "y2b"), ("ry2",))
    if not written:
        y2, anchor = ctx.anchor.year, ctx.anchor.label
    if y2 is None:
        return unvalued("months")
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


def year_range(m: re.Match[str], ctx: Context) -> Value:
    y1, y2 = int(m["y1"]), int(m["y2"])
    return interval(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "term", "explicit")


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
        if base is not None and base.precision == precision and compared_with(m.string, m.start()):
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


def same_day(m: re.Match[str], ctx: Context) -> Value:
    day = ctx.previous or ctx.anchor.date
    if day is None:
        return unvalued("day")
    return interval(day, day, "day", "previous date" if ctx.previous else ctx.anchor.label)


def same_period(m: re.Match[str], ctx: Context) -> Value:
    """``cùng kỳ (năm trước)``: the period the paragraph last named (else the article's date at its
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


def political(kind: str):
    def resolve(m: re.Match[str], ctx: Context) -> Value:
        ordinal = f"{_group(m, 'n', 'n2')}/{m['t']}" if kind == "plenum" else m["n"]
        dates = political_event(kind, ordinal)
        if dates is None:
            return unvalued()
        precision = "days" if kind in ("party_congress", "plenum") else "term"
        return Value("DATE", f"{dates[0].isoformat()}/{dates[1].isoformat()}", dates[0], dates[1], precision,
                     "political events table")
    return resolve


_DESIGNATORS = {"Y": "P{}Y", "M": "P{}M", "W": "P{}W", "D": "P{}D", "Q": "P{}Q", "H": "PT{}H", "MIN": "PT{}M", "S": "PT{}S"}


def duration(units: dict[str, str]):
    def resolve(m: re.Match[str], ctx: Context) -> Value:
        unit = units[" ".join(m["unit"].split())]
        amount = m["n"].replace(",", ".")
        number = amount if re.fullmatch(r"\d+\.\d+", amount) else number_value(amount)
        template = _DESIGNATORS[unit] if unit != "Q" else "P{}M"
        if unit == "Q" and isinstance(number, int):
            number *= 3
        return unvalued(value=template.format(number if number is not None else "X"), type="DURATION")
    return resolve


def every(units: dict[str, str]):
    def resolve(m: re.Match[str], ctx: Context) -> Value:
        unit = units[" ".join(m["unit"].split())]
        return unvalued(value="P3M" if unit == "Q" else _DESIGNATORS[unit].format(1), type="SET")
    return resolve


def vague(m: re.Match[str], ctx: Context) -> Value:
    return unvalued()
