"""The rules of the temporal tagger: patterns over folded text and the resolvers that turn a
match into a :class:`Value` against the article's date (see :mod:`vnnews.time.expressions`).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..text.dates import PART_OF_DAY, WEEKDAY, make_date, nearest_year
from .political_events import political_event

__all__ = ["COMPILED_RULES", "EVERY_YEAR", "Context", "Value", "resolve_match"]

_NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8,
                 "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_NUM = r"(?:\d+|mười\s+một|mười\s+hai|một|hai|ba|bốn|tư|năm|sáu|bảy|bẩy|tám|chín|mười)"
_SEP = r"\s*[-/.]\s*"
_END = r"(?![\w/]|[.,]\d|\s*%)"
_START = r"(?<![\w/.,-])"
_POD = r"(?:buổi\s+)?" + PART_OF_DAY + r"(?:\s+(?:nay|qua|mai|hôm\s+nay|hôm\s+qua))?"
_LEAD = r"(?:(?:" + _POD + r")\s*,?\s*)?(?:\(?\s*" + WEEKDAY + r"\s*\)?\s*,?\s*)?"
_DEADLINE = r"(?:(?:kể\s+)?từ|đến\s+hết|đến|tới|trước|sau|chậm\s+nhất(?:\s+là|\s+đến)?|hạn\s+chót|trong)\s+"


# --------------------------------------------------------------------------- helpers
def _number(word: str) -> int | None:
    word = " ".join(word.split())
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _year_interval(y1: int, y2: int | None = None) -> tuple[dt.date, dt.date]:
    return dt.date(y1, 1, 1), dt.date(y2 if y2 is not None else y1, 12, 31)


# --------------------------------------------------------------------------- rules
Resolver = Callable[[re.Match[str], "Context"], "Value | None"]


@dataclass
class Context:
    """What a rule resolves against: the article's date and the last full date named before."""

    dct: dt.date | None
    previous: dt.date | None = None


@dataclass(frozen=True)
class Value:
    """The normalised value of a time expression (see :class:`vnnews.time.expressions.Timex`)."""

    type: str
    value: str
    date_start: dt.date | None
    date_end: dt.date | None
    precision: str
    anchor: str


def _day(d: int, m: int, y: int | None, ctx: Context) -> tuple[dt.date | None, str]:
    if y is not None:
        return make_date(y, m, d), "explicit"
    if ctx.dct is None:
        return None, ""
    return nearest_year(m, d, ctx.dct), "document date"


def _single_date(m: re.Match[str], ctx: Context) -> Value | None:
    y = int(m["y"]) if m["y"] else None
    date, anchor = _day(int(m["d"]), int(m["m"]), y, ctx)
    if date is None:
        return Value("DATE", f"XXXX-{int(m['m']):02d}-{int(m['d']):02d}", None, None, "day", "")
    return Value("DATE", date.isoformat(), date, date, "day", anchor)


def _day_range(m: re.Match[str], ctx: Context) -> Value | None:
    y2 = int(m["y2"]) if m["y2"] else None
    m2 = int(m["m2"])
    m1 = int(m["m1"]) if m["m1"] else m2
    y1 = int(m["y1"]) if m["y1"] else y2
    end, anchor = _day(int(m["d2"]), m2, y2, ctx)
    if end is None:
        return Value("DATE", "", None, None, "days", "")
    start = make_date(y1 if y1 is not None else end.year, m1, int(m["d1"]))
    if start is None or start > end:
        start = make_date(end.year - 1, m1, int(m["d1"])) if start is not None else None
    if start is None:
        return Value("DATE", "", None, None, "days", "")
    return Value("DATE", f"{start.isoformat()}/{end.isoformat()}", start, end, "days", anchor)


def _month(m: re.Match[str], ctx: Context) -> Value | None:
    month = _number(m["mo"])
    if month is None or not 1 <= month <= 12:
        return None
    if m["y"]:
        year, anchor = int(m["y"]), "explicit"
    elif ctx.dct is not None:
        candidates = [ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1]
        year = min(candidates, key=lambda y: abs((dt.date(y, month, 15) - ctx.dct).days))
        anchor = "document date"
    else:
        return Value("DATE", f"XXXX-{month:02d}", None, None, "month", "")
    return Value("DATE", f"{year}-{month:02d}", dt.date(year, month, 1), _month_end(year, month), "month", anchor)


def _year_of(m: re.Match[str], ctx: Context) -> tuple[int | None, str]:
    if m["y"]:
        return int(m["y"]), "explicit"
    if ctx.dct is not None:
        return ctx.dct.year, "document date"
    return None, ""


def _quarter(m: re.Match[str], ctx: Context) -> Value | None:
    q = _ROMAN.get(m["q"])
    year, anchor = _year_of(m, ctx)
    if q is None:
        return None
    if year is None:
        return Value("DATE", f"XXXX-Q{q}", None, None, "quarter", "")
    start = dt.date(year, 3 * q - 2, 1)
    return Value("DATE", f"{year}-Q{q}", start, _month_end(year, 3 * q), "quarter", anchor)


def _months_of_year(m: re.Match[str], ctx: Context) -> Value | None:
    n = _number(m["n"])
    year, anchor = _year_of(m, ctx)
    if n is None or not 1 <= n <= 12 or year is None:
        return Value("DATE", "", None, None, "months", "") if n else None
    if m["side"] == "cuối":
        start, end = dt.date(year, 13 - n, 1), dt.date(year, 12, 31)
    else:
        start, end = dt.date(year, 1, 1), _month_end(year, n)
    value = f"{year}-H{1 if start.month == 1 else 2}" if n == 6 else f"{start.isoformat()}/{end.isoformat()}"
    return Value("DATE", value, start, end, "half" if n == 6 else "months", anchor)


def _half(m: re.Match[str], ctx: Context) -> Value | None:
    year, anchor = _year_of(m, ctx)
    if year is None:
        return Value("DATE", "", None, None, "half", "")
    first = m["side"] == "đầu"
    start, end = (dt.date(year, 1, 1), dt.date(year, 6, 30)) if first else (dt.date(year, 7, 1), dt.date(year, 12, 31))
    return Value("DATE", f"{year}-H{1 if first else 2}", start, end, "half", anchor)


def _year(m: re.Match[str], ctx: Context) -> Value | None:
    year = int(m["y"])
    start, end = _year_interval(year)
    return Value("DATE", str(year), start, end, "year", "explicit")


def _year_range(m: re.Match[str], ctx: Context) -> Value | None:
    y1, y2 = int(m["y1"]), int(m["y2"])
    if y2 < y1 or y2 - y1 > 30:
        return None
    start, end = _year_interval(y1, y2)
    return Value("DATE", f"{y1}/{y2}", start, end, "term", "explicit")


def _relative_day(offset: int) -> Resolver:
    def resolve(m: re.Match[str], ctx: Context) -> Value | None:
        if ctx.dct is None:
            return Value("DATE", "", None, None, "day", "")
        day = ctx.dct + dt.timedelta(days=offset)
        return Value("DATE", day.isoformat(), day, day, "day", "document date")
    return resolve


def _same_day(m: re.Match[str], ctx: Context) -> Value | None:
    day = ctx.previous or ctx.dct
    if day is None:
        return Value("DATE", "", None, None, "day", "")
    return Value("DATE", day.isoformat(), day, day, "day", "previous date" if ctx.previous else "document date")


def _relative_year(offset: int) -> Resolver:
    def resolve(m: re.Match[str], ctx: Context) -> Value | None:
        if ctx.dct is None:
            return Value("DATE", "", None, None, "year", "")
        start, end = _year_interval(ctx.dct.year + offset)
        return Value("DATE", str(start.year), start, end, "year", "document date")
    return resolve


def _relative_month(offset: int) -> Resolver:
    def resolve(m: re.Match[str], ctx: Context) -> Value | None:
        if ctx.dct is None:
            return Value("DATE", "", None, None, "month", "")
        index = ctx.dct.year * 12 + ctx.dct.month - 1 + offset
        year, month = divmod(index, 12)
        return Value("DATE", f"{year}-{month + 1:02d}", dt.date(year, month + 1, 1), _month_end(year, month + 1), "month",
                "document date")
    return resolve


def _relative_week(offset: int) -> Resolver:
    def resolve(m: re.Match[str], ctx: Context) -> Value | None:
        if ctx.dct is None:
            return Value("DATE", "", None, None, "week", "")
        monday = ctx.dct - dt.timedelta(days=ctx.dct.weekday()) + dt.timedelta(weeks=offset)
        iso = monday.isocalendar()
        return Value("DATE", f"{iso[0]}-W{iso[1]:02d}", monday, monday + dt.timedelta(days=6), "week", "document date")
    return resolve


def _event(kind: str) -> Resolver:
    def resolve(m: re.Match[str], ctx: Context) -> Value | None:
        ordinal = f"{m['n']}/{m['t']}" if kind == "plenum" else m["n"]
        dates = political_event(kind, ordinal)
        if dates is None:
            return Value("DATE", "", None, None, "", "")
        precision = "days" if kind in ("party_congress", "plenum") else "term"
        return Value("DATE", f"{dates[0].isoformat()}/{dates[1].isoformat()}", dates[0], dates[1], precision,
                "political events table")
    return resolve


def _duration(m: re.Match[str], ctx: Context) -> Value | None:
    unit = {"năm": "Y", "tháng": "M", "tuần": "W", "ngày": "D", "giờ": "H", "tiếng": "H", "phút": "M", "giây": "S"}[m["unit"]]
    amount = m["n"].replace(",", ".")
    number = _number(amount) if not re.fullmatch(r"\d+\.\d+", amount) else amount
    prefix = "PT" if m["unit"] in ("giờ", "tiếng", "phút", "giây") else "P"
    return Value("DURATION", f"{prefix}{number if number is not None else 'X'}{unit}", None, None, "", "")


def _vague(m: re.Match[str], ctx: Context) -> Value | None:
    return Value("DATE", "", None, None, "", "")


def _set(m: re.Match[str], ctx: Context) -> Value | None:
    unit = {"năm": "P1Y", "tháng": "P1M", "tuần": "P1W", "ngày": "P1D", "quý": "P3M"}.get(m["unit"], "")
    return Value("SET", unit, None, None, "", "")


_RULES: list[tuple[str, str, Resolver]] = [
    ("day range", _START + r"(?:" + _DEADLINE + r")?(?:ngày\s+)?" + _LEAD.replace("(?:", "(?:", 1) + r"(?P<d1>\d{1,2})"
     r"(?:" + _SEP + r"(?P<m1>\d{1,2}))?(?:" + _SEP + r"(?P<y1>(?:19|20)\d{2}))?\s*(?:-|–|đến|tới)\s*(?:ngày\s+)?"
     r"(?P<d2>\d{1,2})" + _SEP + r"(?P<m2>\d{1,2})(?:" + _SEP + r"(?P<y2>(?:19|20)\d{2}))?" + _END, _day_range),
    ("date with year", _START + r"(?:" + _DEADLINE + r")?(?:" + _LEAD + r")(?:ngày\s+)?(?P<d>\d{1,2})" + _SEP
     + r"(?P<m>\d{1,2})" + _SEP + r"(?P<y>(?:19|20)\d{2})" + _END, _single_date),
    ("date after a date word", r"(?<!\w)(?:" + _DEADLINE + r"(?:ngày\s+)?|ngày\s+|(?:" + _POD + r")\s*,?\s*(?:ngày\s+)?|"
     + WEEKDAY + r"\s*,?\s*(?:ngày\s+)?|(?:" + _POD + r")\s*\(?\s*" + WEEKDAY + r"\s*\)?\s*,?\s*)\(?(?P<d>\d{1,2})" + _SEP
     + r"(?P<m>\d{1,2})(?P<y>)" + _END, _single_date),
    ("date in words", r"(?<!\w)(?:" + _DEADLINE + r")?(?:" + _LEAD + r")ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})"
     r"(?:\s*,?\s*năm\s+(?P<y>(?:19|20)\d{2}))?(?!\d)", _single_date),
    ("political event", r"(?<!\w)đại\s+hội(?:\s+đại\s+biểu\s+toàn\s+quốc)?(?:\s+(?:lần\s+thứ|lần))?\s+(?P<n>[ivxl]+|\d{1,2})"
     r"(?:\s+của\s+đảng)?(?!\w)", _event("party_congress")),
    ("political event", r"(?<!\w)quốc\s+hội\s+khóa\s+(?P<n>[ivxl]+|\d{1,2})(?!\w)", _event("assembly_term")),
    ("political event", r"(?<!\w)(?:hội\s+nghị\s+(?:lần\s+thứ\s+)?(?P<n>\d{1,2})\s+ban\s+chấp\s+hành\s+trung\s+ương"
     r"(?:\s+đảng)?|hội\s+nghị\s+trung\s+ương\s+(?:lần\s+thứ\s+)?(?P<n2>\d{1,2}))\s*,?\s*\(?khóa\s+(?P<t>[ivxl]+)\)?(?!\w)",
     _event("plenum")),
    ("months of a year", r"(?<!\w)(?:trong\s+)?(?P<n>" + _NUM + r")\s+tháng\s+(?:(?P<side>đầu|cuối)\s+)?năm(?:\s+(?P<y>(?:19|20)\d{2}))?(?!\w)",
     _months_of_year),
    ("half year", r"(?<!\w)(?:nửa|bán\s+niên)\s+(?P<side>đầu|cuối)\s+năm(?:\s+(?P<y>(?:19|20)\d{2}))?(?!\w)", _half),
    ("quarter", r"(?<!\w)quý\s+(?P<q>iv|iii|ii|i|[1-4])(?:\s*[/.-]\s*(?P<y>(?:19|20)\d{2})|\s+năm\s+(?P<y2>(?:19|20)\d{2}))?(?!\w)",
     _quarter),
    ("set", r"(?<!\w)(?:tháng\s+\d{1,2}(?:\s+(?:và|,)\s+tháng\s+\d{1,2})*\s+)?(?:hàng|hằng|mỗi)\s+(?P<unit>năm|tháng|tuần|ngày|quý)(?!\w)",
     _set),
    ("month", r"(?<!\w)(?:" + _DEADLINE + r")?tháng\s+(?P<mo>\d{1,2}|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?:\s+một|\s+hai)?)"
     r"(?:\s*[/.-]\s*(?P<y>(?:19|20)\d{2})|\s*,?\s*năm\s+(?P<y3>(?:19|20)\d{2}))?(?![\w/]|\s*[/.-]\s*\d)", _month),
    ("term", r"(?<!\w)(?:(?:nhiệm\s+kỳ|giai\s+đoạn|thời\s+kỳ|kế\s+hoạch|chiến\s+lược)\s+|(?:từ\s+)?năm\s+)(?P<y1>(?:19|20)\d{2})"
     r"\s*(?:-|–|đến|tới)\s*(?:năm\s+)?(?P<y2>(?:19|20)\d{2})(?!\d)", _year_range),
    ("year", r"(?<!\w)(?:" + _DEADLINE + r"|tầm\s+nhìn\s+(?:đến\s+)?)?(?:(?:đầu|cuối|giữa)\s+)?năm\s+(?P<y>(?:19|20)\d{2})(?![\d/-])", _year),
    ("relative day", r"(?<!\w)(?:(?:" + PART_OF_DAY + r")\s+)?hôm\s+nay(?!\w)|(?<!\w)(?:sáng|trưa|chiều|tối|đêm)\s+nay(?!\w)",
     _relative_day(0)),
    ("relative day", r"(?<!\w)(?:(?:" + PART_OF_DAY + r")\s+)?hôm\s+qua(?!\w)|(?<!\w)(?:tối|đêm)\s+qua(?!\w)", _relative_day(-1)),
    ("relative day", r"(?<!\w)(?:(?:" + PART_OF_DAY + r")\s+)?(?:ngày\s+mai|hôm\s+sau)(?!\w)", _relative_day(1)),
    ("same day", r"(?<!\w)(?:(?:buổi\s+)?(?:sáng|trưa|chiều|tối|đêm)\s+)?cùng\s+ngày(?!\w)|(?<!\w)buổi\s+(?:sáng|trưa|chiều|tối)(?!\s+(?:nay|qua|mai|cùng|\d|ngày|thứ|hôm))(?!\w)",
     _same_day),
    ("relative year", r"(?<!\w)năm\s+nay(?!\w)", _relative_year(0)),
    ("relative year", r"(?<!\w)năm\s+(?:ngoái|trước)(?!\w)", _relative_year(-1)),
    ("relative year", r"(?<!\w)năm\s+(?:tới|sau)(?!\w)", _relative_year(1)),
    ("relative month", r"(?<!\w)tháng\s+(?:này|nay)(?!\w)", _relative_month(0)),
    ("relative month", r"(?<!\w)tháng\s+trước(?!\w)", _relative_month(-1)),
    ("relative month", r"(?<!\w)tháng\s+(?:tới|sau)(?!\w)", _relative_month(1)),
    ("relative week", r"(?<!\w)tuần\s+(?:này|nay)(?!\w)", _relative_week(0)),
    ("relative week", r"(?<!\w)tuần\s+trước(?!\w)", _relative_week(-1)),
    ("relative week", r"(?<!\w)tuần\s+(?:tới|sau)(?!\w)", _relative_week(1)),
    ("duration", r"(?<!\w)(?:(?:gần|hơn|khoảng|trên|dưới|suốt|trong|sau|chưa\s+đầy)\s+)?(?P<n>\d+(?:,\d+)?|" + _NUM + r")\s+"
     r"(?P<unit>năm|tháng|tuần|ngày|giờ|tiếng|phút|giây)(?:\s+làm\s+việc)?(?:\s+(?:qua|tới|trước|sau))?(?!\w)", _duration),
    ("vague", r"(?<!\w)(?:thời\s+gian\s+(?:qua|tới|gần\s+đây)|nhiệm\s+kỳ\s+(?:tới|qua|trước|này|hiện\s+tại)|những\s+năm\s+qua|"
     r"hiện\s+nay|trước\s+đây|vừa\s+qua|sắp\s+tới|gần\s+đây)(?!\w)", _vague),
]
COMPILED_RULES = [(name, re.compile(pattern), resolve, rank) for rank, (name, pattern, resolve) in enumerate(_RULES)]
EVERY_YEAR = re.compile(r"\s+(?:hàng|hằng|mỗi)\s+năm(?!\w)")


def resolve_match(resolve: Resolver, m: re.Match[str], ctx: Context) -> Value | None:
    """Run a rule's resolver on its match, mapping alternative group names onto the usual ones."""
    groups = m.groupdict()
    # alternatives that name the same thing in two places
    if "y2" in groups and groups.get("y") is None and groups.get("y2") and resolve is _quarter:
        return _quarter(_Renamed(m, {"y": groups["y2"]}), ctx)
    if "y3" in groups and groups.get("y") is None and groups.get("y3"):
        return resolve(_Renamed(m, {"y": groups["y3"]}), ctx)
    if "n2" in groups and groups.get("n") is None:
        return resolve(_Renamed(m, {"n": groups["n2"]}), ctx)
    return resolve(m, ctx)


class _Renamed:
    """A match whose groups are read through a mapping (for rules with alternative groups)."""

    def __init__(self, match: re.Match[str], overrides: dict[str, str]) -> None:
        self._match, self._overrides = match, overrides

    def __getitem__(self, key: str):
        return self._overrides[key] if key in self._overrides else self._match[key]
