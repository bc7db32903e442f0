"""A temporal tagger for Vietnamese news: find every time expression and normalise it.

Recognition is by rules on :func:`vnnews.text.normalize.fold` text (lower case, modern tone
marks, same offsets as the article text; :mod:`vnnews.time.rules`). Where spans overlap the
longest wins. Values are resolved against the article's own date at the precision it is known
(:mod:`vnnews.corpus.document_date`: a day, a month or only a year): a day and month without a
year take the year that puts them nearest that date; ``tháng 6`` in an article known only to be
from 2020 is June 2020; ``cùng ngày`` and ``lúc 8h`` take the last day the article named;
``cùng kỳ năm trước`` the period its sentence names (also after it: ``tăng 12% so với cùng kỳ năm
trước trong 3 tháng đầu năm``), else the period the article last named, a year earlier. A tail word
puts a year-less date on one side of the article's date (``tháng 3 vừa qua``, ``ngày 2/4 tới``). A
month without a year in a habitual clause (``thường``, ``mùa``: ``mùa lũ (tháng 7, 8, 9)``) is any
year's: no value.

Numbers that only look like dates are refused: a bare ``d/m`` is a date only after a date word
(``ngày``, ``sáng``, ``thứ ba``, ``hôm``, ``vào``, ``từ``, ``đến``, ``trước``...), and after the
weaker of these not when it reads as a fraction or a score (``từ 2/3 đại biểu``, ``dẫn trước
2-1``); document numbers (``138/2020/NĐ-CP``, ``số 138/2020``) and percentages are never dates.

A preposition before an expression is no part of it (``vào ngày 31/3`` is ``ngày 31/3``, ``trong 24 giờ``
is ``24 giờ``); ranges and deadlines keep their words (``từ ... đến ...``, ``trước 9/4``). A clock time
next to its day is one expression with it, valued as that day (``Khoảng 18h cùng ngày``, ``ngày 1/7 lúc
9h``). A count before ``trước``/``sau`` or after ``cách đây`` is a date (``hơn 10 năm trước``, ``Ba
năm sau`` after ``Năm 2005``: 2008), unless a duration word comes before it (``suốt 20 năm sau``).

Ranges are one expression (``từ ngày 9 đến 14-7-2020``, ``ngày 2-4/3``), and so is a list of
days that writes its month once (``các ngày 22, 23, 24/7``: the days from the first to the
last), and so are lists of months and quarters (``tháng 3 và 4``, ``quý I, II/2022``); a list of
whole dates or years is one expression per item (``ngày 16-4, 17-4, 18-4``, ``năm 2009 và 2019``).
A span of years in brackets may be of any length (``(1945-2020)``: a life, an anniversary).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

import pandas as pd

from ..corpus import Article
from ..text.dates import NOT_PAST_ROLES, alternation, time_words
from ..text.normalize import fold
from ..text.regex_gates import line_gate
from .ahead import looks_ahead
from .anchors import WRITERS_PARTS, counts_from_today, writing_year
from .date_lists import SENTENCE_END, YEAR_ITEM, continues, list_item_value, list_items
from .habits import any_day, habitual
from .joins import clock_on_day, day_of_year, from_to, up_to_now
from .months import month_word_ok
from .resolvers import Anchor, Context, Value, interval
from .rules import EVERY_YEAR, LUNAR, RULES, Rule
from .story import StoryFocus
from .vocabulary import clause_around, compared_with, context_alternation

__all__ = ["Timex", "article_timexes", "habitual", "temporal_expressions", "TIMEX_COLUMNS"]

#: bump when recognition or normalisation changes, so cached tables are recomputed
TIMEX_VERSION = "timex-9"
TIMEX_COLUMNS = ["doc_id", "start", "end", "text", "type", "value", "date_start", "date_end", "precision", "anchor",
                 "anchor_start", "rule"]
_RECENT: OrderedDict[tuple, tuple[Timex, ...]] = OrderedDict()
_RECENT_SIZE = 64
_AMOUNT_AFTER = re.compile(r"\s*(?:" + context_alternation("amount") + r")(?!\w)")
_YEAR_LIST_GAP = re.compile(r"\s*(?:[,;]|và|hoặc|hay)\s*(?:năm\s+)?")
_DAY_MONTH = re.compile(r"\d{1,2}\s*([-/.])\s*\d{1,2}")
_NOT_PAST_START = re.compile(alternation(w for w, role in time_words("date_word").items() if role in NOT_PAST_ROLES)
                             + r"\s")
# a set word in the rest of the clause: a clock time that recurs
_RECURRING = re.compile(r"[^.;!?\n]{0,60}?(?<!\w)" + alternation(time_words("set_word")) + r"\s+"
                        + alternation(time_words("unit")) + r"(?!\w)")
_CLAUSE_END = re.compile(r"[.;!?\n]")
#: a preposition before an expression, no part of its span (``vào ngày 31/3``, ``trong 24 giờ``)
_PREPOSITION = re.compile(alternation(time_words("preposition")) + r"\s+")
#: what may stand between a clock time and its day (``Khoảng 18h cùng ngày``, ``ngày 1/7 lúc 9h``)
#: rules whose year-less expressions are generic in a habitual clause ("thường", "mùa")
_GENERIC_RULES = ("month", "month range", "month list", "same day")
#: how far before a day a clock time may stand and still be on that day
CLOCK_REACH = 40
#: what a ``cùng kỳ`` may compare with
_PERIODS = ("day", "days", "week", "month", "months", "quarter", "half", "year", "time")


@dataclass(frozen=True)
class Timex:
    """A time expression with its normalised value.

    Attributes
    ----------
    start, end : int
        Span in the article text.
    type : str
        DATE, TIME, DURATION or SET.
    value : str
        TIMEX3-style value: ``2020-07-01``, ``2020-07``, ``2020-Q2``, ``2020-H1``, ``2020``,
        ``2020-01-01/2020-06-30`` (an interval), ``P5Y`` (a duration), ``""`` when unknown.
    date_start, date_end : datetime.date or None
        Inclusive interval of calendar days; None for durations, sets and vague references.
    precision : str
        How precise the value is: ``time`` (a clock time on a day), ``day``, ``days`` (a range
        or list of days), ``week``, ``month``, ``months``, ``quarter``, ``half``, ``year``,
        ``term`` (a span of years) or ``""``.
    anchor : str
        What the value was resolved against: ``explicit`` (the text writes it all),
        ``document date``, ``document month`` or ``document year`` (the article's date, known to
        that precision), ``file year`` (the year the file's name or folders give, for what counts from
        the day of writing in an article whose date is one its story recalls: :mod:`.anchors`),
        ``previous date`` (the last day the article named: ``cùng ngày``,
        ``lúc 8h``, the next date of a list), ``next date`` (a clock time just before a day:
        ``lúc 7h30 và lúc 8h, ngày 2/4``), ``compared period`` (the period a ``so với`` or
        ``cùng kỳ`` compares with), ``narrative date`` (a day or month without a year, far from the
        article's date, in a paragraph telling of an earlier year: the first such day after the
        date that paragraph last wrote with its year), ``political events table``, or ``""`` (no value).
    rule : str
        The rule that found it.
    anchor_start : int or None
        Where the expression it was resolved against starts, when that is an expression of the text
        (``previous date``, ``next date``, ``compared period``, ``narrative date``); None otherwise.
    """

    start: int
    end: int
    type: str
    value: str
    date_start: dt.date | None
    date_end: dt.date | None
    precision: str
    anchor: str
    rule: str
    anchor_start: int | None = None


def _candidates(text: str, folded: str, blocked: tuple[int, int] | None) -> list[tuple[int, int, int, object, re.Match[str]]]:
    """Every rule match in ``folded`` (``fold(text)``) that passes its check, trimmed, as (start, end, rank, rule, match)."""
    found = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", folded)]
    for rank, rule in enumerate(RULES):
        for m in (m for pos, endpos in _gated_lines(folded, lines, line_gate(rule.pattern))
                  for m in rule.pattern.finditer(folded, pos, endpos)):
            a, b = m.span()
            while a < b and folded[a] in " \t\n(":
                a += 1
            while b > a and folded[b - 1].isspace():
                b -= 1
            lead = _PREPOSITION.match(folded, a, b)
            if lead is not None and rule.name != "vague":
                a = lead.end()
            if b <= a or (blocked is not None and a < blocked[1] and blocked[0] < b):
                continue
            if rule.check is not None and not rule.check(m) or not month_word_ok(text, m):
                continue
            if folded[b - 1].isdigit() and _AMOUNT_AFTER.match(folded, b):
                continue  # "lương tháng 12 triệu đồng": an amount
            if folded.count("(", a, b) > folded.count(")", a, b) and folded[b : b + 1] == ")":
                b += 1
            found.append((a, b, rank, rule, m))
    return found


def _gated_lines(folded: str, lines: list[tuple[int, int]], gate: re.Pattern[str] | None) -> Iterator[tuple[int, int]]:
    """The lines (start, end) of ``folded`` holding ``gate`` (what every match of a rule holds; every line
    when None), found by searching for the gate through the text, not line by line."""
    if gate is None:
        yield from lines
        return
    starts = [a for a, _ in lines]
    found = gate.search(folded)
    while found is not None:
        k = bisect.bisect_right(starts, found.start()) - 1
        if k >= 0 and found.start() < lines[k][1]:
            yield lines[k]
            found = gate.search(folded, lines[k][1])
        else:  # on a line break
            found = gate.search(folded, found.start() + 1)


def _longest_first(candidates: list, size: int) -> list:
    """The longest candidates that do not overlap (among equals, the earlier rule), in text order."""
    taken = bytearray(size)
    chosen = []
    for c in sorted(candidates, key=lambda c: (c[0] - c[1], c[2], c[0])):
        a, b = c[0], c[1]
        if taken.find(1, a, b) == -1:
            taken[a:b] = b"\x01" * (b - a)
            chosen.append(c)
    return sorted(chosen, key=lambda c: c[0])



def article_timexes(article: Article) -> list[Timex]:
    """Time expressions of one article, in text order, with values resolved (remembered for the
    last few articles, so numbers, events and dated facts of one article read them once).

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nSáng 1/7, hội nghị sơ kết 6 tháng đầu năm 2020, có 14/67 đảng bộ "
    ...                       "(đạt 20,89%) tổ chức đại hội nhiệm kỳ 2020 - 2025.", doc_id="x")
    >>> [(a.text[t.start:t.end], t.value) for t in article_timexes(a)]
    [('Sáng 1/7', '2020-07-01'), ('6 tháng đầu năm 2020', '2020-H1'), ('nhiệm kỳ 2020 - 2025', '2020/2025')]
    """
    lexicon = article.lexicon  # the tagger reads no lexicon today; keyed on it all the same, like the store
    key = (article.doc_id, article.path, article.text, article.document_date, lexicon.digest if lexicon else "")
    if key in _RECENT:
        _RECENT.move_to_end(key)
        return list(_RECENT[key])
    found = _article_timexes(article)
    _RECENT[key] = tuple(found)
    if len(_RECENT) > _RECENT_SIZE:
        _RECENT.popitem(last=False)
    return found


def _article_timexes(article: Article) -> list[Timex]:
    folded = fold(article.text)
    dateline = article.structure.first("dateline")
    blocked = (dateline.start, dateline.end) if dateline is not None else None
    chosen = _longest_first(_candidates(article.text, folded, blocked), len(folded))
    items = list_items(folded, chosen)
    ordered = sorted([(c[0], c[1], c[3], c[4]) for c in chosen] + [(a, b, None, m) for a, b, m in items],
                     key=lambda c: c[0])
    d = article.document_date
    today = d.date or (dt.date(d.year, d.month or 1, 1) if d.year else None)
    ctx = Context(Anchor(d.year, d.month, d.day))
    written = writing_year(article)  # the article's date is a recalled one: today is known to its year only
    writing = Anchor(written, source="file") if written is not None else None
    out: list[Timex] = []
    if dateline is not None and article.date is not None:
        out.append(Timex(dateline.start, dateline.end, "TIME" if d.time else "DATE", dateline.detail, article.date,
                         article.date, "time" if d.time else "day", "explicit", "dateline"))
    last_day: Timex | None = None
    last_sep = ""
    pending_clocks: list[int] = []
    comparisons = _Comparisons(folded)
    narrative = StoryFocus(folded, d.year)
    position = 0
    for start, end, rule, m in ordered:
        if start < position:  # inside an expression that grew ("trước ngày 31/1 hằng năm")
            continue
        if rule is None and m.re is YEAR_ITEM:  # a year right after a year of the same list
            if not (out and out[-1].rule in ("year", "year list") and _YEAR_LIST_GAP.fullmatch(folded, out[-1].end, start)):
                continue
            year = int(m["y"])
            value, name = interval(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "explicit"), "year list"
        elif rule is None:  # a list item: only right after a date of the same list
            if not continues(folded, last_day, last_sep, start, end, m):
                continue
            value = list_item_value(m, last_day)
            name = "date list"
        else:
            ctx.focus, ctx.focus_start = narrative.at(start, end)
            ctx.ahead = looks_ahead(folded, start)
            value, name = rule.resolve(m, ctx), rule.name
            if writing is not None and counts_from_today(name, value.anchor, folded, start, end) \
                    and article.structure.kind_at(start) in WRITERS_PARTS:  # "41 năm trước" in the lead of a 2022 article
                value = rule.resolve(m, replace(ctx, anchor=writing))
        anchor_start = {"previous date": last_day.start if rule is None and last_day is not None else ctx.previous_start,
                        "compared period": ctx.period_start, "narrative date": ctx.focus_start}.get(value.anchor, -1)
        if value.date_start is not None and name in _GENERIC_RULES and m is not None and not _has_year(m) \
                and habitual(clause_around(folded, start, end)):
            value = Value(value.type, "", None, None, value.precision, "")  # "mùa lũ (tháng 7, 8, 9)": any year
            name += " (generic)"
        lunar = LUNAR.match(folded, end)
        if lunar and value.type in ("DATE", "TIME"):  # "ngày 9-10/3 âm lịch": a lunar date, not converted
            end, name = lunar.end(), name + " (lunar)"
            value = Value(value.type, "", None, None, value.precision, "")
        if name == "clock" and _RECURRING.match(folded, end):  # "từ 19h thứ sáu đến 24h chủ nhật hàng tuần"
            value = Value("SET", "", None, None, "", "")
        elif name == "clock" and value.type == "TIME" and any_day(folded, start):  # "bụi thường cao nhất lúc 9h": any day's
            value = Value("TIME", value.value[value.value.index("T"):], None, None, "time", "")
            name = "clock (habitual)"
        every = EVERY_YEAR.match(folded, end)
        if every and value.type == "DATE" and value.precision in ("day", "days", "month", "months"):  # "trước ngày 31/1 hàng năm": yearly
            end, name = every.end(), "set"
            value = Value("SET", "P1Y", None, None, "", "")
        position = end
        t = Timex(start, end, value.type, value.value, value.date_start, value.date_end, value.precision, value.anchor, name,
                  anchor_start if anchor_start >= 0 else None)
        if value.date_start is not None and value.precision in ("day", "time") and name != "clock":
            # "lúc 7h30 và lễ động quan lúc 8h, ngày 2/4": clock times just before a day are on that day
            for i in pending_clocks:
                if start - out[i].end <= CLOCK_REACH and not _CLAUSE_END.search(folded, out[i].end, start):
                    c = out[i]
                    out[i] = Timex(c.start, c.end, "TIME", f"{value.date_start.isoformat()}{c.value[c.value.index('T'):]}",
                                   value.date_start, value.date_start, "time", "next date", c.rule, start)
            pending_clocks = []
        out.append(t)
        narrative.named(value, start)
        if name == "clock" and value.type == "TIME":
            pending_clocks.append(len(out) - 1)
        if rule is not None and (name == "same period" or (name == "relative" and compared_with(folded, start))):
            comparisons.wait(len(out) - 1, rule, m, ctx)
        if value.precision in ("week", "month") and value.date_start is not None and value.date_end is not None \
                and ctx.previous is not None and not value.date_start <= ctx.previous <= value.date_end \
                and not compared_with(folded, start):
            ctx.previous = None  # "Đầu tháng 9/2019, ... Ba ngày sau": the story left the last day named
        if value.date_start is not None and value.date_start == value.date_end and value.precision in ("day", "time"):
            if not _NOT_PAST_START.match(folded, start) or (today is not None and value.date_start < today):
                # "từ ngày 1/7" ahead is no reference day for "hai hôm sau"; "từ tối 13/4, nhóm tấn công" past is
                ctx.previous, ctx.previous_start = value.date_start, start
            sep = _DAY_MONTH.search(folded, start, end)
            if sep is not None:
                last_day, last_sep = t, sep[1]
        if (value.date_start is not None and value.precision in _PERIODS and name != "same period"
                and not compared_with(folded, start)):
            ctx.period, ctx.period_start = value, start
            comparisons.named(value, start, ctx, out)
    joined = from_to(folded, day_of_year(folded, clock_on_day(folded, sorted(out, key=lambda t: t.start))))
    return up_to_now(folded, joined, today, d.precision if d.year else "")


class _Comparisons:
    """Comparisons (``cùng kỳ``, ``so với tháng trước``) whose sentence had named no period before
    them: a period (not a day: that is when it was said) the same sentence names after them is what
    they compare with (``tăng 12% so với cùng kỳ năm trước trong 3 tháng đầu năm``)."""

    def __init__(self, folded: str) -> None:
        self.boundaries = [m.end() for m in SENTENCE_END.finditer(folded)]
        self.waiting: list[tuple[int, Rule, re.Match[str], int]] = []

    def sentence(self, at: int) -> int:
        return bisect.bisect_right(self.boundaries, at)

    def wait(self, index: int, rule: Rule, m: re.Match[str], ctx: Context) -> None:
        here = self.sentence(m.start())
        if ctx.period is None or self.sentence(ctx.period_start) != here:
            self.waiting.append((index, rule, m, here))

    def named(self, period: Value, start: int, ctx: Context, out: list[Timex]) -> None:
        here = self.sentence(start)
        for index, rule, m, sentence in self.waiting:
            if sentence == here and period.precision not in ("day", "time"):  # a day after is when it was said
                value = rule.resolve(m, Context(ctx.anchor, ctx.previous, period, start, ctx.previous_start))
                t = out[index]
                out[index] = Timex(t.start, t.end, value.type, value.value, value.date_start, value.date_end,
                                   value.precision, value.anchor, t.rule, start if value.anchor == "compared period" else None)
        self.waiting = []


def _has_year(m: re.Match[str]) -> bool:
    return any(m.groupdict().get(g) for g in ("y", "y3", "y1", "y1b", "y2", "y2b", "ry", "ry2"))



def temporal_expressions(corpus: Iterable[Article]) -> pd.DataFrame:
    """Every time expression of every article.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, start, end, text`` (``article.text[start:end] == text``), ``type``
        (DATE, TIME, DURATION, SET), ``value`` (TIMEX3-style), ``date_start``,
        ``date_end`` (inclusive ISO dates, empty when there is no value), ``precision``,
        ``anchor`` (what the value was resolved against), ``anchor_start`` (where that
        expression starts, for ``previous date``, ``next date`` and ``compared period``;
        empty otherwise), ``rule``.
    """
    from ..annotation.reduce import annotated

    return annotated(corpus).frame("""
        SELECT d.doc_id, t.* EXCLUDE (key, row) FROM timex t JOIN docs d USING (key) ORDER BY d.ord, t.row""")
