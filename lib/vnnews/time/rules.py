"""The rules of the temporal tagger: a pattern over folded text, a check that the match is a time
expression and not a number that looks like one, and the resolver that gives its value
(:mod:`vnnews.time.resolvers`). Words come from ``data/time_words.tsv`` and
``data/number_contexts.tsv`` (:mod:`vnnews.time.vocabulary`).

A bare ``d/m`` is a date only after a date word: ``ngày``, a part of the day, a weekday, a clock
time, ``hôm nay``, or one of ``hôm``, ``vào``, ``từ``, ``đến``, ``trước``, ``sau``... After the
last kind (a weak date word) it is refused when it reads as a fraction: ``d <= m`` and a counted
noun follows (``từ 2/3 đại biểu``), or a measuring or score word comes before (``chiếm đến 2/3``,
``dẫn trước 2-1``).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ..text.dates import PART_OF_DAY, alternation, make_date, time_words
from . import relative as rel
from . import resolvers as r
from .months import MONTH, in_title_case, month_value
from .vocabulary import (
    CLOCK,
    DATE_WORD,
    DEIXIS,
    EDGE,
    END,
    NUMBER,
    POD,
    RELATIVE_DAY,
    RELATIVE_YEAR,
    SEP,
    START,
    TAIL,
    WEEKDAY,
    YEAR,
    context_alternation,
    context_words,
    number_value,
    relative_offsets,
)

__all__ = ["RULES", "EVERY_YEAR", "LUNAR", "MONTH_LIST_SEP", "Rule", "fraction_context", "in_title_case"]

Resolver = Callable[[re.Match[str], r.Context], r.Value]
Check = Callable[[re.Match[str]], bool]


@dataclass(frozen=True)
class Rule:
    """One rule: its name, compiled pattern, check and resolver."""

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    check: Check | None = None


# --------------------------------------------------------------------------- pieces
_MONTH = MONTH  # which month words hold where is months.month_word_ok's
_EDGE_SIDE = alternation(w for w, v in time_words("edge").items() if v in ("start", "end"))
_YEAR_SPEC = r"(?:\s*[/.-]\s*(?P<y>" + YEAR + r")|\s*,?\s*năm\s+(?P<y3>" + YEAR + r")|\s+(?P<ry>" + RELATIVE_YEAR + r"))"
_OF_YEAR = r"(?:(?P<ry>" + RELATIVE_YEAR + r")|năm(?:\s+(?P<y>" + YEAR + r"))?)"
_UNITS = time_words("unit")
_TERM_WORD = alternation(time_words("term_word"))
# what may open a date, all optional: a clock time, hôm nay, a part of the day, a weekday, ngày
_STRONG = (r"(?P<strong>(?:(?P<clock>" + CLOCK + r")\s*(?:" + POD + r"\s*)?,?\s*)?"
           r"(?:" + RELATIVE_DAY + r"\s*,?\s*\(?\s*)?"
           r"(?:(?:" + POD + r")\s*,?\s*)?"
           r"(?:\(?\s*" + WEEKDAY + r"\s*\)?\s*,?\s*)?"
           r"(?:(?:các\s+)?ngày\s+)?)")
_WORD = r"(?:(?P<dw>" + DATE_WORD + r")\s+)?"
_UNIT_AFTER = re.compile(alternation(_UNITS) + r"(?!\w)")
#: what opens a day written in words (``ngày 5 tháng Sáu``, ``mùng 1 tháng Giêng``)
_DAY_IN_WORDS = (r"(?:ngày\s+(?:(?:" + alternation(time_words("day_prefix")) + r")\s+)?|(?:" + alternation(time_words("day_prefix"))
                 + r")\s+)")
_QUARTER = re.compile(r"(?<!\w)(?:iv|iii|ii|i|[1-4])(?!\w)")
#: between the months of a list (``tháng 7, 8 và tháng 9``); lists are at most as long as a year (days: a month), so
#: a run of list-like words is read in linear time
MONTH_LIST_SEP = re.compile(r"\s*(?:,|;|và|hoặc|hay)\s*(?:tháng\s+)?")
_TO = r"\s*(?P<to>-|–|" + alternation(w for w, role in time_words("date_word").items() if role == "until") + r")\s*"
# what may open the second date of a range: a clock time, a part of the day, ngày (từ 12h ngày 8/4 đến 17h ngày 9/4)
_SECOND = r"(?:" + CLOCK + r"\s*(?:" + POD + r"\s*)?,?\s*)?(?:(?:" + POD + r")\s*,?\s*)?(?:ngày\s+)?"


_SCORE_AFTER = re.compile(r"(?:(?:ở|trong|của|sau)\s+)?" + context_alternation("score") + r"(?!\w)")
_PAIR_AFTER = re.compile(r"(?:đến|tới|lên|xuống|còn|-|–)\s*(?P<d>\d{1,3})\s*/\s*(?P<m>\d{1,3})(?![\d/])")


def _valid(day: str | int, month: str | int) -> bool:
    return make_date(2000, int(month), int(day)) is not None


@cache
def _before(kind: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + context_alternation(kind) + r"\s*$")


def fraction_context(text: str, start: int, end: int, day: int, month: int) -> bool:
    """Whether ``text[start:end]`` (an a/b or a-b after a weak date word) reads as a fraction or a score:
    a counted noun or a measuring word after a proper fraction, a unit of time or size after it, or a measuring or score
    word before.

    Examples
    --------
    >>> t = "chiếm đến 2/3 số đại biểu; từ 3/4 đến nay"
    >>> fraction_context(t, 6, 13, 2, 3), fraction_context(t, 30, 36, 3, 4)
    (True, False)
    """
    after = text[end : end + 30].lstrip()
    if day <= month and (context_words("counted").match(after) or context_words("quantity").match(after)):
        return True
    if _UNIT_AFTER.match(after) or context_words("size").match(after):  # "sau 4-5 ngày", "từ 2 - 3 m": a range of a quantity
        return True
    if "-" in text[start:end] and _SCORE_AFTER.match(after):  # "sau 2-1 ở hiệp một": a score
        return True
    pair = _PAIR_AFTER.match(after)  # "từ 1/2 đến 2/3 số hộ": a fraction to a fraction
    if pair and int(pair["d"]) <= int(pair["m"]) and int(pair["d"]) > 0:
        rest = after[pair.end() : pair.end() + 30].lstrip()
        if context_words("counted").match(rest) or context_words("quantity").match(rest):
            return True
    before = text[max(0, start - 25) : start]
    return bool(_before("quantity").search(before) or _before("score").search(before))


def _weak(m: re.Match[str]) -> bool:
    """Whether only a weak date word (no ngày, part of day, weekday, clock) opens the match."""
    strong = (m["strong"] or "").strip(" ,(")
    role = time_words("date_word").get(" ".join((m["dw"] or "").split()), "")
    return not strong and role != "day"


def _check_single(m: re.Match[str]) -> bool:
    if not _valid(m["d"], m["m"]) or _named(m):
        return False
    if not (m["strong"] or "").strip(" ,(") and not m["dw"]:
        return bool(m["y"])  # a d/m/yyyy needs no date word
    if _weak(m) and not m["y"]:
        return "." not in m["sep"] and not fraction_context(m.string, m.start(), m.end(), int(m["d"]), int(m["m"]))
    return True


def _check_range(m: re.Match[str]) -> bool:
    m1 = m["m1"] or m["m2"]
    if not (_valid(m["d1"], m1) and _valid(m["d2"], m["m2"])):
        return False
    if not m["m1"] and not m["y1"] and int(m["d1"]) >= int(m["d2"]):
        return False
    opened = bool((m["strong"] or "").strip(" ,(") or m["dw"])
    if not opened and m["to"] in ("-", "–") and not (m["m1"] and m["y2"]):
        return False  # "2-4/3" alone may be anything; "ngày 2-4/3", "từ 24 đến 26-9", "1/1-31/3/2022" are ranges
    if not opened and _before("document").search(m.string, max(0, m.start() - 25), m.start()):
        return False
    return not (_weak(m) and fraction_context(m.string, m.start(), m.end(), int(m["d2"]), int(m["m2"])))


def _check_list(m: re.Match[str]) -> bool:
    days = [int(d) for d in re.findall(r"\d+", m["days"])]
    return all(_valid(d, m["m"]) for d in days) and days == sorted(set(days))


def _check_month(m: re.Match[str]) -> bool:
    value = month_value(m["mo"])
    before = m.string[max(0, m.start() - 25) : m.start()]
    # "đường 23 Tháng 10" is a street; "23 tháng 10" without ngày is no month; after a date word the number
    # before is the other end of a range ("từ năm 2014 đến tháng 3/2019")
    number_before = m.groupdict().get("dw") is None and re.search(r"\d[^\S\n]*$", before)  # not across a line
    return value is not None and 1 <= value <= 12 and not number_before and not _named(m)


def _named(m: re.Match[str]) -> bool:
    """Whether the date is part of a name (``đường 30/4``, ``công viên 23/9``, ``Cầu 2/9``)."""
    return bool(_before("name").search(m.string, max(0, m.start() - 25), m.start()))


def _check_month_range(m: re.Match[str]) -> bool:
    first, last = month_value(m["mo1"]), month_value(m["mo2"])
    return first is not None and last is not None and 1 <= first <= 12 and 1 <= last <= 12 and not _named(m)


def _check_month_list(m: re.Match[str]) -> bool:
    months = [month_value(w) for w in MONTH_LIST_SEP.split(m["months"])]
    return all(v is not None and 1 <= v <= 12 for v in months) and months == sorted(set(months))  # type: ignore[type-var]


def _check_year_less_month_list(m: re.Match[str]) -> bool:
    """``tháng 3 và 4``, ``tháng 3, tháng 4``, ``(tháng 7, 8, 9)``; not ``tháng 3, 4 người``."""
    if not _check_month_list(m) or _named(m):
        return False
    after = m.string[m.end() : m.end() + 30].lstrip()
    if context_words("counted").match(after) or context_words("quantity").match(after) or _UNIT_AFTER.match(after):
        return False
    items = re.findall(r"(?:,|;|và|hoặc|hay)\s*(?:tháng\s+)?", m["months"])
    joined = bool(re.match(r"(?:và|hoặc|hay)", items[-1])) or all("tháng" in i for i in items)
    return joined or after.startswith(")")


def _check_quarter_list(m: re.Match[str]) -> bool:
    quarters = [int(q) if q.isdigit() else int(time_words("roman")[q]) for q in _QUARTER.findall(m.group())]
    return quarters == sorted(set(quarters))


def _check_month_after_word(m: re.Match[str]) -> bool:
    return _check_month(m) and not _before("document").search(m.string[max(0, m.start() - 25) : m.start()])


def _check_years(m: re.Match[str]) -> bool:
    """A span of years up to 30 years (a term, a plan), any span in brackets (a life, an anniversary:
    ``(1945-2020)``), never a document number."""
    y1, y2 = int(m["y1"]), int(m["y2"])
    bracketed = "(" in m.group() and re.match(r"\s*\)", m.string[m.end() : m.end() + 3]) is not None
    return y1 < y2 <= y1 + (200 if bracketed else 30) and not re.search(r"(?<!\w)số\s*$", m.string[max(0, m.start() - 10) : m.start()])


#: a part of the day with nay / qua / mai after it is a relative date of its own (9h sáng nay: 9h + sáng nay)
_NO_DEIXIS = r"(?!\s+(?:" + DEIXIS + r")(?!\w))"
_COMPOUND_BEFORE = re.compile(r"(?<!\w)" + alternation(time_words("day_part_compound")) + r"[^\S\n]+$")


def _not_compound(m: re.Match[str]) -> bool:
    """``thắp sáng qua các tuyến phố``: the part of the day is the end of a word (lit up), no time."""
    return not _COMPOUND_BEFORE.search(m.string, max(0, m.start() - 12), m.start())


_DATE_LIKE = re.compile(r"\s+\d{1,2}(?![\d/.,-]\d)(?:\s*,?\s*năm\s+" + YEAR + r"|(?!\s*" + alternation(_UNITS) + r"(?!\w)))")
#: after a range of hours, what makes them clock times (``từ 8 đến 10 giờ sáng``, ``từ 7 đến 9 giờ ngày 5/3``)
_CLOCK_AFTER = re.compile(r"\s*(?:" + PART_OF_DAY + r"|ngày|hôm|cùng|tối|đêm)(?!\w)")


def _check_duration(m: re.Match[str]) -> bool:
    """``23 tháng 10`` and ``27 tháng 6 năm 2025`` are dates (or street names), not months; ``từ 8 đến 10 giờ sáng``
    are clock times, ``từ 60 đến 120 phút`` a duration."""
    unit = _UNITS.get(" ".join(m["unit"].split()))
    if unit == "M" and _DATE_LIKE.match(m.string, m.end()):
        return False
    if not m["range"]:
        return True
    first, last = (float(x.replace(",", ".")) for x in (re.search(r"\d+(?:,\d+)?", m["range"])[0], m["n"])) \
        if m["n"][0].isdigit() else (0.0, 0.0)
    # "từ 18 giờ 30 đến 21 giờ": "30 đến 21" are no range
    return first < last and not (m["unit"].startswith("giờ") and not m["unit_more"] and _CLOCK_AFTER.match(m.string, m.end()))


def _check_congress(m: re.Match[str]) -> bool:
    """A congress the table knows, named as the Party's or by its Roman ordinal alone."""
    named = bool(m["national"] or m["party"] or (not m["nth"] and not m["n"].isdigit()))
    return named and r.political("party_congress")(m, r.Context(r.Anchor())).date_start is not None


def _check_clock(m: re.Match[str]) -> bool:
    """A clock time reads hours and minutes; ``sau 20 giờ`` is one from 13h (``sau 2 giờ``: two hours later)."""
    numbers = [int(n) for n in re.findall(r"\d+", m["clock"] or m["clock2"])]
    word = m["clock_word"] and " ".join(m["clock_word"].lower().split())
    first, _, last = (time_words("clock_word").get(word) or "0-24").partition("-") if word else ("0", "", "24")
    return int(first) <= numbers[0] <= int(last) and (len(numbers) < 2 or numbers[1] < 60)


_COUNT_MODIFIER = r"(?:(?:" + alternation(time_words("count_modifier")) + r")\s+)?"
_COUNT_UNIT = alternation(u for u, v in _UNITS.items() if v in "YMWD")
_DURATION_BEFORE = re.compile(r"(?<!\w)" + alternation(w for w in time_words("duration_modifier")
                                                       if w not in time_words("count_modifier")) + r"\s+$")


def _check_count(m: re.Match[str]) -> bool:
    """``trong 10 năm trước``, ``suốt 20 năm sau`` are durations, not dates."""
    return (number_value(m["n"] or m["n2"]) or 0) > 0 and not _DURATION_BEFORE.search(m.string, max(0, m.start() - 12), m.start())


_COUNT_BEFORE = re.compile(r"(?<![\w/.,])(?<!ngày )(?:\d{1,3}|" + NUMBER + r"|" + alternation(time_words("vague_count"))
                           + r")[^\S\n]+$")


def _not_counted(m: re.Match[str]) -> bool:
    """``2 năm trước khi``: a count of years before a happening, ``mấy tháng trước``: a vague count, not
    ``năm trước`` (last year) or ``tháng trước`` (last month)."""
    return not _COUNT_BEFORE.search(m.string, max(0, m.start() - 15), m.start())


def _relative_rule(unit: str, resolve: Resolver) -> tuple[str, str, Resolver, Check | None]:
    words = alternation(relative_offsets(unit))
    pod = r"(?:(?:" + POD + r")\s+)?" if unit == "D" else r"(?:(?:" + DATE_WORD + r")\s+)?(?:(?:" + EDGE + r")\s+)?"
    return ("relative", r"(?<!\w)" + pod + r"(?P<rel>" + words + r")(?!\w)", resolve, _not_counted)


# --------------------------------------------------------------------------- the rules
_SPECS: list[tuple[str, str, Resolver, Check | None]] = [
    ("day range", START + _WORD + _STRONG + r"(?P<d1>\d{1,2})(?:" + SEP + r"(?P<m1>\d{1,2}))?(?:" + SEP + r"(?P<y1>" + YEAR
     + r"))?" + _TO + _SECOND + r"(?P<d2>\d{1,2})" + SEP + r"(?P<m2>\d{1,2})(?:" + SEP + r"(?P<y2>" + YEAR + r"))?" + END,
     r.day_range, _check_range),
    ("day list", START + _WORD + r"(?:các\s+)?ngày\s+(?P<days>\d{1,2}(?:\s*(?:,|;|và)\s*\d{1,2}){1,30})" + SEP + r"(?P<m>\d{1,2})"
     r"(?:" + SEP + r"(?P<y>" + YEAR + r"))?" + END, r.day_list, _check_list),
    ("date", START + _WORD + _STRONG + r"\(?\s*(?P<d>\d{1,2})(?P<sep>" + SEP + r")(?P<m>\d{1,2})(?:" + SEP + r"(?P<y>" + YEAR
     + r"))?" + END + TAIL, r.single_date, _check_single),
    ("date in words", r"(?<!\w)" + _WORD + _STRONG.replace(r"(?:(?:các\s+)?ngày\s+)?", "") + _DAY_IN_WORDS + r"(?P<d>\d{1,2})\s+"
     r"tháng\s+(?P<m>" + _MONTH + r")(?:\s*,?\s*năm\s+(?P<y>" + YEAR + r"))?(?!\w)", r.single_date,
     lambda m: _valid(m["d"], month_value(m["m"]) or 0)),
    ("day range", r"(?<!\w)" + _WORD + _DAY_IN_WORDS + r"(?P<d1>\d{1,2})" + _TO + r"(?:ngày\s+)?(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>"
     + _MONTH + r")(?:\s*,?\s*năm\s+(?P<y2>" + YEAR + r"))?(?!\w)", r.day_range,
     lambda m: int(m["d1"]) < int(m["d2"]) and _valid(m["d2"], month_value(m["m2"]) or 0)),
    # a congress named by its ordinal alone (Đại hội XIII) or as the Party's (Đại hội đại biểu toàn quốc lần thứ XIII, Đại hội
    # 13 của Đảng): "Đại hội lần thứ 13" may be any body's; a body's term (Quốc hội khóa XV) is no time expression
    ("political event", r"(?<!\w)đại\s+hội(?P<national>\s+đại\s+biểu\s+toàn\s+quốc)?(?P<nth>\s+(?:lần\s+thứ|lần))?\s+"
     r"(?P<n>[ivxl]+|\d{1,2})(?P<party>\s+của\s+đảng)?(?!\w)", r.political("party_congress"), _check_congress),
    ("political event", r"(?<!\w)(?:hội\s+nghị\s+(?:lần\s+thứ\s+)?(?P<n>\d{1,2})\s+ban\s+chấp\s+hành\s+trung\s+ương"
     r"(?:\s+đảng)?|hội\s+nghị\s+trung\s+ương\s+(?:lần\s+thứ\s+)?(?P<n2>\d{1,2}))\s*,?\s*\(?khóa\s+(?P<t>[ivxl]+)\)?(?!\w)",
     r.political("plenum"), lambda m: r.political("plenum")(m, r.Context(r.Anchor())).date_start is not None),
    ("months of a year", r"(?<!\w)(?:trong\s+)?(?P<n>" + NUMBER + r")\s+tháng\s+(?:(?P<side>" + _EDGE_SIDE + r")\s+)?" + _OF_YEAR
     + r"(?!\w)", r.months_of_year, lambda m: (number_value(m["n"]) or 0) in range(1, 13)),
    ("half year", r"(?<!\w)(?:nửa|bán\s+niên)\s+(?P<side>" + _EDGE_SIDE + r")\s+" + _OF_YEAR + r"(?!\w)", r.half, None),
    ("quarter", r"(?<!\w)(?:(?:" + EDGE + r")\s+)?quý\s+(?P<q>iv|iii|ii|i|[1-4])" + _YEAR_SPEC + r"?(?![\w/]|[.,]\d)", r.quarter, None),
    ("quarter list", r"(?<!\w)(?:(?:" + EDGE + r")\s+)?quý\s+(?P<q>iv|iii|ii|i|[1-4])(?:\s*(?:,|và|hoặc|hay)\s*(?:quý\s+(?:iv|iii|ii|i|[1-4])"
     r"|(?:iv|iii|ii|i)(?!\w)|(?<=và )[1-4])){1,3}" + _YEAR_SPEC + r"?(?![\w/]|[.,]\d)", r.quarter_list, _check_quarter_list),
    ("set", r"(?<!\w)(?:tháng\s+\d{1,2}(?:\s+(?:và|,)\s+tháng\s+\d{1,2}){0,11}\s+)?" + alternation(time_words("set_word"))
     + r"\s+(?P<unit>" + alternation(u for u, v in _UNITS.items() if v in "YMWDQ") + r")(?!\w)", r.every(_UNITS), None),
    ("month range", r"(?<!\w)(?:từ\s+)?(?:(?:" + EDGE + r")\s+)?tháng\s+(?P<mo1>" + _MONTH + r")(?:\s*[/.-]\s*(?P<y1>" + YEAR
     + r")|\s*,?\s*năm\s+(?P<y1b>" + YEAR + r"))?" + _TO.replace("(?P<to>", "(?:") + r"(?:(?:" + EDGE + r")\s+)?(?:tháng\s+)?"
     r"(?P<mo2>" + _MONTH + r")(?:\s*[/.-]\s*(?P<y2>" + YEAR + r")|\s*,?\s*năm\s+(?P<y2b>" + YEAR + r")|\s+(?P<ry2>"
     + RELATIVE_YEAR + r"))?(?![\w/]|\s*[/.-]\s*\d)", r.month_range, _check_month_range),
    ("month list", r"(?<!\w)" + _WORD + r"(?:(?:" + EDGE + r")\s+)?tháng\s+(?P<months>" + _MONTH + r"(?:\s*(?:,|;|và)\s*"
     r"(?:tháng\s+)?" + _MONTH + r"){1,11})\s*[/.-]\s*(?P<y>" + YEAR + r")(?!\d)", r.month_list, _check_month_list),
    ("month list", r"(?<!\w)" + _WORD + r"(?:(?:" + EDGE + r")\s+)?tháng\s+(?P<months>" + _MONTH + r"(?:\s*(?:,|;|và|hoặc|hay)\s*"
     r"(?:tháng\s+)?" + _MONTH + r"){1,11})(?![\w/]|\s*[/.-]\s*\d)", r.month_list, _check_year_less_month_list),
    ("month", r"(?<!\w)" + _WORD + r"(?:(?:" + EDGE + r")\s+)?(?:(?:" + DATE_WORD + r")\s+)?tháng\s+(?P<mo>" + _MONTH + r")"
     r"(?:" + _YEAR_SPEC + r"(?!\d)|(?![\w/]|\s*[/.-]\s*\d))" + TAIL, r.month, _check_month),
    ("month", START + r"(?P<dw>" + DATE_WORD + r")\s+(?P<mo>\d{1,2})\s*/\s*(?P<y>" + YEAR + r")" + END, r.month,
     _check_month_after_word),
    ("term", START + r"(?:(?:" + _TERM_WORD + r")\s+|(?:(?:từ|trong)\s+)?năm\s+)?\(?\s*(?P<y1>" + YEAR + r")\s*(?:-|–|đến|tới)"
     r"\s*(?:năm\s+)?(?P<y2>" + YEAR + r")(?![\d/-])", r.year_range, _check_years),
    ("decade", r"(?<!\w)(?:(?:" + DATE_WORD + r")\s+)?(?:những\s+năm|thập\s+(?:niên|kỷ))\s+(?P<y>(?:19|20)\d0|[1-9]0)"
     r"(?![\d/-])", r.decade, None),
    ("year", r"(?<!\w)(?:(?:" + DATE_WORD + r")\s+|(?:" + alternation(time_words("plan_word")) + r")\s+(?:(?:" + DATE_WORD
     + r")\s+)?)?(?:(?:" + EDGE + r")\s+)?năm\s+(?P<y>" + YEAR
     + r")(?![\d/-])", r.year, None),
    _relative_rule("D", rel.relative("D")),
    ("relative", r"(?<!\w)(?:buổi\s+)?" + PART_OF_DAY + r"\s+(?P<rel>" + DEIXIS + r")(?!\w)", rel.relative("D"), _not_compound),
    _relative_rule("W", rel.relative("W")),
    _relative_rule("M", rel.relative("M")),
    _relative_rule("Q", rel.relative("Q")),
    _relative_rule("Y", rel.relative("Y")),
    ("current period", r"(?<!\w)(?:(?:" + DATE_WORD + r")\s+)?(?:" + EDGE + r")\s+(?P<unit>" + alternation(u for u, v in _UNITS.items() if v in "YQM") + r")(?!\s*(?:\d|[ivx]+"
     r"(?!\w)|" + alternation([*time_words("number"), *time_words("day_deixis"), *time_words("period_compound"),
                                *(w.split()[-1] for w in time_words("relative"))]) + r"(?!\w)))(?!\w)", rel.current_period, None),
    ("same period", r"(?<!\w)cùng\s+kỳ(?:\s+(?:(?P<ry>" + RELATIVE_YEAR + r")|năm\s+(?P<y>" + YEAR + r")))?(?!\w)",
     rel.same_period, None),
    ("same day", r"(?<!\w)(?:(?:buổi\s+)?" + PART_OF_DAY + r"\s+)?cùng\s+ngày(?!\w)(?!\s+(?:" + alternation(time_words("day_noun")) + r")(?!\w))|(?<!\w)(?<!một\s)(?<!mỗi\s)(?<!những\s)(?<!các\s)buổi\s+" + PART_OF_DAY
     + r"(?!\s+(?:" + DEIXIS + r"|cùng|\d|ngày|thứ|hôm))(?!\w)", rel.same_day, None),
    ("clock", r"(?<!\w)(?:(?P<clock_word>" + alternation(time_words("clock_word")) + r")\s+(?P<clock>" + CLOCK + r")(?:\s+" + PART_OF_DAY
     + _NO_DEIXIS + r")?|(?P<clock2>" + CLOCK + r")(?:\s+" + PART_OF_DAY + _NO_DEIXIS + r"(?!\s*\d)|(?=\s+(?:buổi\s+)?" + PART_OF_DAY + r"\s+(?:"
     + DEIXIS + r")(?!\w))))(?:\s*,?\s*(?P<weekday>" + WEEKDAY + r"))?(?!\w)",
     rel.clock_time, _check_clock),
    ("days later", r"(?<!\w)(?P<n>" + NUMBER + r")\s+(?:hôm|ngày)\s+sau(?!\w)", rel.days_later,
     lambda m: (number_value(m["n"]) or 0) > 0),
    ("count from a date", r"(?<![\w/.,])(?:(?P<ago>" + alternation(time_words("ago")) + r")\s+" + _COUNT_MODIFIER
     + r"(?P<n>\d{1,3}|" + NUMBER + r")\s+(?P<unit>" + _COUNT_UNIT + r")(?:\s+(?:về\s+)?trước)?|" + _COUNT_MODIFIER
     + r"(?P<n2>\d{1,3}|" + NUMBER + r")\s+(?P<unit2>" + _COUNT_UNIT + r")\s+(?P<dir>"
     + alternation(time_words("count_direction")) + r"))(?!\w)(?!\s+khi(?!\w))", rel.count_from_date(_UNITS), _check_count),
    ("duration", r"(?<![\w/.])(?:" + alternation(time_words("duration_modifier")) + r"\s+)?(?P<range>(?:từ\s+)?\d{1,3}(?:,\d+)?\s*(?:[-–]|đến|tới)\s*(?=\d))?(?P<n>\d+(?:,\d+)?|" + NUMBER + r")\s+"
     r"(?P<unit>" + alternation(_UNITS) + r")(?:\s+(?P<n_more>\d{1,2}|" + NUMBER + r")\s+(?P<unit_more>" + alternation(_UNITS)
     + r")(?!\w)(?![^\S\n]*\d))?(?:\s+(?:" + alternation(time_words("duration_tail")) + r")(?!\w)(?!\s+khi(?!\w)))?(?!\w)",
     r.duration(_UNITS), _check_duration),
    ("vague", r"(?<!\w)" + alternation(time_words("vague")) + r"(?!\w)", r.vague, None),
]
RULES = [Rule(name, re.compile(pattern), resolve, check) for name, pattern, resolve, check in _SPECS]
LUNAR = re.compile(r"\s*\(?\s*" + alternation(time_words("lunar_marker")) + r"(?!\w)(?:\s*\))?")
# "hàng năm" after a date, or after a list of months ("tháng 10 hay 11 hàng năm"): a yearly date
EVERY_YEAR = re.compile(r"(?:\s*(?:,|và|hay|hoặc)\s*(?:tháng\s+)?\d{1,2}(?!\w)){0,11}\s+" + alternation(time_words("set_word"))
                        + r"\s+năm(?!\w)")
