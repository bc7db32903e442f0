"""Dated events: each sentence with a resolved date that dates a happening becomes an event: the
dates of the sentence (a day beats the month, year or term it falls in; a term dates a happening
only with a trigger word in its sentence; a term an office is held for, ``nhiệm kỳ 2020 - 2025``
after a body or a title, a birth year or the period a ``cùng kỳ`` compares with date no
happening), what happened (the trigger word nearest the date), who took part, which bodies and
places. A date that closes the name of a report or a contest (``Bản tin cuối ngày 28-6``, ``Hoa hậu ... năm 2025``:
:mod:`.dated_names`) or says which edition of an exam or programme is meant (``kỳ thi tốt nghiệp THPT năm 2025``:
:mod:`.editions`), a plan's horizon (``Quy hoạch đến năm 2020``) and a forecast (``Bắc Bộ có khả năng xảy ra mưa
lớn``) date no happening; nor does a clock time of any day (``thường cao nhất lúc 9h``), which has no date
(:mod:`.habits`). Nor does a date whose sentence only supposes, rumours, asks for or proposes it, looks ahead to it
as a target or forecasts its weather (:mod:`.mood`); nor a date a decision of a past day of the sentence takes effect
on (``Ngày 12/4, HĐND thông qua mức tăng từ 1/1/2023``); nor a month or year right after a noun in a sentence dated
by its day or after a report noun (``Sáng 24/3, ... tuyên dương gương mặt trẻ toàn quân năm 2021``, ``báo cáo ... của
tỉnh năm 2021``); nor the periods of the two figures of a change or a date a schedule is moved from (:mod:`.changes`);
nor a bare part of a day its paragraph does not date (``xảy ra vào buổi trưa``), nor a relative day in a turn of a
dialogue, nor a relative expression counted from an article's date that is a recalled one (:mod:`.anchors`), nor a month or
longer wholly ahead of the article's date in a sentence with no trigger word (a target or a forecast).
Headlines, subheadings, credited photo captions, credits, bylines and source lines give no events of their own (the
body's sentences do).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from functools import cache

import pandas as pd

from ..annotation.columns import table_columns
from ..corpus import Article
from ..data import read_table
from ..entities import article_people, canonical_name
from ..entities.mentions import column_values
from ..text.dates import alternation, time_words
from ..text.normalize import fold
from ..text.quotations import in_dialogue, in_quotation
from .anchors import counts_from_a_recalled_date, recalled_anchor
from .changes import moved_from, names_a_figure
from .dated_names import closes_a_name
from .editions import names_edition
from .expressions import Timex, article_timexes, clause_around
from .mood import after_effective_word, no_happening, sentence_start
from .triggers import Trigger, Word, sentence_triggers
from .vocabulary import compared_in_clause, context_alternation

__all__ = ["EVENT_COLUMNS", "article_event_rows", "article_events", "events", "event_dates"]

EVENT_COLUMNS = ["doc_id", "sentence", "start", "end", "date_start", "date_end", "precision", "expression",
                 "expression_start", "expression_end", "trigger", "trigger_kind", "participants", "organisations",
                 "places", "text"]
PRECISION_RANK = {"time": 0, "day": 0, "days": 1, "week": 2, "month": 3, "months": 4, "half": 4, "quarter": 4,
                  "year": 5, "years": 6, "term": 7}
#: dates this coarse or coarser give way to a finer date of the sentence that falls in them
_COARSE = PRECISION_RANK["month"]
#: a year and more years joined to it before a year, the first after "năm" (``năm 2001 và | 2008``)
_YEARS_LISTED = re.compile(r"năm\s+\d{4}(?:\s*(?:,|và)\s*\d{4})*\s*(?:,|và)\s*$")
_NAMED_DOCUMENT = re.compile(r"(?<!\w)" + context_alternation("document") + r"(?:\s+[^\W\d]+){0,4}\s+$")
_AGE = re.compile(r"\s+\d{1,3}\s+tuổi(?!\w)")
#: an expression at the end of a bracket: ``(1972-2022)``, ``(Kỳ họp thường lệ giữa năm 2025)``
_BRACKET_OPEN = re.compile(r"\([^()\n]{0,60}$")
_BRACKET_CLOSE = re.compile(r"\s*\)")
#: how far after a document's kind its horizon (``đến năm 2030``) may stand in its sentence
_HORIZON_REACH = 200
_UNTIL = re.compile(alternation(w for w, role in time_words("date_word").items() if role == "until") + r"\s+năm\s")
_AFTER = re.compile(alternation(w for w, role in time_words("date_word").items() if role == "after") + r"\s")
#: how many words may stand between a task noun and the period it is planned for
_TASK_REACH = 3
#: precisions of a span of years
_YEARS = ("term", "years")
#: how far from a date a possibility word (``có khả năng``) may stand in its clause to make it a forecast's
_POSSIBILITY_REACH = 80
_CLAUSE_BREAK = re.compile(r"[.;!?\n]")
#: a period written with its own word or number (no preposition or date word opens it)
_PERIOD_WORD = re.compile(r"(?:năm|tháng|quý)\s|\d")
#: parts of an article that tell no happening of their own: a headline, subheading or photo caption names what the
#: body tells (and the body's sentence gives the event), a credit, byline or source line tells nothing
_NOT_TOLD = ("title", "heading", "credit", "byline", "source", "dateline")
#: what makes a caption surely a photo's (a short standalone sentence may be a body's one-line paragraph)
_CAPTION_CUES = ("photo credit", "repeats the title")
#: how far before ``đến năm`` a plan may stand in its clause for the year to be its horizon (``Quy hoạch đến năm 2020``)
_PLAN_REACH = 60


@cache
def _plan_horizon() -> re.Pattern[str]:
    """A plan noun (``quy hoạch``, ``chiến lược``) earlier in the clause, with no past marker (``đã``) after it."""
    return re.compile(r"(?<!\w)" + alternation(time_words("plan_noun")) + r"(?!\w)(?:(?!"
                      + alternation(time_words("past_marker")) + r"(?!\w))[^.;:!?\n]){0," + str(_PLAN_REACH) + r"}$")


@cache
def _task() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + alternation(time_words("task_word")) + r"(?:\s+[^\W\d]+){0," + str(_TASK_REACH) + r"}\s+$")


@cache
def _attribute_patterns() -> tuple[re.Pattern[str], ...]:
    terms = time_words("term_word")
    attribute = alternation(w for w, v in terms.items() if v == "attribute")
    within = alternation(time_words("within"))
    marker = alternation(time_words("attribute_marker"))
    deadline = alternation(w for w, role in time_words("date_word").items() if role == "deadline")
    return (re.compile(r"(?:" + attribute + r")(?!\w)"),
            re.compile(r"(?<!\w)" + within + r"\s+(?:các\s+)?$"),
            re.compile(r"(?<!\w)" + marker + r"\s+(?:(?:đến|tới)\s+)?(?:ngày\s+|năm\s+)?$"),
            re.compile(r"(?:" + marker + r")(?!\w)"),
            re.compile(r"(?<!\w)" + context_alternation("document") + r"(?!\w)[^.,;:!?\n]*$"),
            re.compile(r"(?:" + deadline + r")\s"),
            re.compile(r"(?:" + alternation(time_words("plan_word")) + r")(?!\w)"),
            re.compile(r"(?<!\w)" + context_alternation("document") + r"(?!\w)[^.;:!?\n]*$"))


def _attribute(t: Timex, folded: str, previous: Timex | None, previous_attribute: bool, today: dt.date | None) -> bool:
    """Whether ``t`` says what something is (a term of office, a birth date, a plan's horizon or
    scope), what a figure is compared with, or a bound before a past happening, not when a
    happening happened."""
    term_word, within, marker, marker_start, document, deadline, plan, document_clause = _attribute_patterns()
    before = folded[max(0, t.start - 20) : t.start]
    if t.rule == "same period" or marker.search(before) or marker_start.match(folded, t.start) \
            or compared_in_clause(folded, t.start) or names_a_figure(folded, t) or moved_from(folded, t):
        return True  # cùng kỳ, "so với quý trước", "sinh năm 1970", "từ 0,13% tháng trước xuống còn 0,03% tháng này"
    if plan.match(folded, t.start) and document_clause.search(folded, max(0, t.start - 80), t.start):
        return True  # "Quy hoạch ... thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 đã được phê duyệt": the plan's horizon
    if (today is not None and t.date_start is not None and t.date_start > today and (plan.match(folded, t.start)
            or _UNTIL.match(folded, t.start)) and document_clause.search(folded, max(0, t.start - _HORIZON_REACH), t.start)):
        return True  # "triển khai Nghị quyết 13 về phát triển ... vùng ĐBSCL đến năm 2030": the document's horizon
    if _UNTIL.match(folded, t.start) and _plan_horizon().search(folded, max(0, t.start - _PLAN_REACH - 20), t.start):
        return True  # "Quy hoạch đến năm 2020, sân bay có công suất ...": a plan's horizon, past or not
    if _AGE.match(folded, t.end) or _AFTER.match(folded, t.start):  # "năm nay 79 tuổi": an age; "Sau 1/7, ...": after it
        return True
    if _bracketed(t, folded) and (PRECISION_RANK.get(t.precision, 9) >= _COARSE or _longer_than_a_year(t)):
        return True  # "(1972-2022)", "Ông A (1950-2021)": what the bracket says of the noun before it
    if (today is not None and t.date_end is not None and t.date_end >= today
            and _task().search(folded, max(0, t.start - 60), t.start)):
        return True  # "triển khai nhiệm vụ 6 tháng cuối năm": the period a plan is for
    if today is not None and t.date_end is not None and t.date_end < today and deadline.match(folded, t.start):
        return True  # "xây trước năm 1975": built before, not in, 1975
    if t.rule == "political event" and t.precision == "term":  # Quốc hội khóa XV
        return True
    if t.rule == "year" and folded.startswith("năm", t.start) and _NAMED_DOCUMENT.search(folded, max(0, t.start - 40), t.start):
        return True  # "Luật Đất đai năm 2013": the year in a document's name
    listed = _YEARS_LISTED.search(folded, max(0, t.start - 40), t.start) if t.rule == "year list" else None
    if listed and _NAMED_DOCUMENT.search(folded, max(0, listed.start() - 40), listed.start()):
        return True  # "các Luật Giao thông đường bộ năm 2001 và 2008": the versions of a document
    if _appositive().search(folded, max(0, t.start - 40), t.start) and re.match(r"\s*(?:[,)]|và\s)", folded[t.end : t.end + 4]):
        return True  # "Tesco, thành lập năm 1919, cho biết ...": what the named company is, not what it did
    if today is not None and t.date_end is not None and t.date_end >= today and _projection(folded, t):
        return True  # "Dự báo, từ đêm 28/6 đến đêm 29/6, Bắc Bộ có mưa": a forecast
    if _expected(folded, t, today):
        return True
    if t.rule == "same day" and folded.startswith("buổi", t.start) and (t.anchor_start is None or "\n" in folded[t.anchor_start : t.start]):
        return True  # "kể sự cố xảy ra vào buổi trưa": a part of a day the paragraph does not name
    if t.rule == "relative" and t.precision == "day" and t.anchor == "document date" \
            and (in_quotation(folded, t.start) or in_dialogue(folded, t.start)):
        return True  # "Hôm nay, chúng ta ..." in a speaker's words: the day of speaking, often not the article's
    if t.rule != "term":
        return False
    if within.search(before):
        return False
    if term_word.match(folded, t.start):
        return True
    if document.search(folded, max(0, t.start - 60), t.start):  # "Quy hoạch ... thời kỳ 2021-2030": its scope
        return True
    # a bare span of years that goes on a list of terms: "các nhiệm kỳ 2015-2020, 2020-2025"
    return (previous_attribute and previous is not None and previous.rule == "term"
            and re.fullmatch(r"\s*(?:,|và|;)?\s*", folded[previous.end : t.start]) is not None)


@cache
def _appositive() -> re.Pattern[str]:
    """A clause between commas (or in brackets) after a name that opens with a verb of what it is: ``, thành lập năm``."""
    return re.compile(r"[,(]\s*(?:(?:được|đã|vốn|từng)\s+)?(?:" + alternation(time_words("appositive_verb"))
                      + r")(?:\s+(?:từ|vào|trong|cuối|đầu|giữa))?\s+$")


@cache
def _words_of(role: str) -> re.Pattern[str]:
    """The words of ``role`` in time_words.tsv, as whole words."""
    return re.compile(r"(?<!\w)" + alternation(time_words(role)) + r"(?!\w)")


def _expected(folded: str, t: Timex, today: dt.date | None) -> bool:
    """Is ``t`` a month, year or longer, not wholly past, in a clause of a plan or expectation (``dự kiến khởi công
    đầu năm 2023``)?"""
    return today is not None and t.date_end is not None and t.date_end >= today \
        and PRECISION_RANK.get(t.precision, 9) >= _COARSE \
        and _words_of("expectation_word").search(clause_around(folded, t.start, t.end)) is not None


def _projection(folded: str, t: Timex) -> bool:
    """Is ``t`` in a clause that forecasts (a projection word in it, or a possibility word close to it with no
    conjunction between: ``Ngày 30/6, Bắc Bộ có khả năng xảy ra mưa lớn``)?"""
    if _words_of("projection_word").search(clause_around(folded, t.start, t.end)) is not None:
        return True
    after = _CLAUSE_BREAK.split(folded[t.end : t.end + _POSSIBILITY_REACH])[0]
    before = _CLAUSE_BREAK.split(folded[max(0, t.start - _POSSIBILITY_REACH) : t.start])[-1]
    return any(_words_of("possibility_word").search(part) is not None and _words_of("clause_link").search(part) is None
               for part in (after, before))


def _bracketed(t: Timex, folded: str) -> bool:
    """Whether ``t`` ends a bracket (``(1972-2022)``, ``(Kỳ họp thường lệ giữa năm 2025)``)."""
    return (folded.endswith(")", t.start, t.end) or _BRACKET_CLOSE.match(folded, t.end) is not None) and \
        _BRACKET_OPEN.search(folded, max(0, t.start - 60), t.start + 1) is not None


def _longer_than_a_year(t: Timex) -> bool:
    return t.date_start is not None and t.date_end is not None and (t.date_end - t.date_start).days > 366


def event_dates(timexes: list[Timex], folded: str, today: dt.date | None = None) -> list[Timex]:
    """The expressions of one sentence that date its happenings, one per distinct interval.

    Attribute dates are left out (``today``, the article's date, tells a past bound such as
    ``trước năm 1975`` from a deadline); a month, year or term gives way to a finer date that
    falls in it, and a span of years to any day the sentence names (``Ngày 20/8/2021, Ủy ban
    thông qua kết quả kiểm tra ... giai đoạn 2010-2020``: the day is when, the span what was checked).
    """
    kept: list[Timex] = []
    previous, previous_attribute = None, False
    for t in timexes:
        attribute = _attribute(t, folded, previous, previous_attribute, today)
        previous, previous_attribute = t, attribute
        if not attribute and t.date_start is not None and not no_happening(folded, t, today):
            kept.append(t)
    kept = [t for t in kept if not _takes_effect(t, kept, folded, today)]
    if any(t.precision in ("day", "time", "days") and not _longer_than_a_year(t) for t in kept):
        kept = [t for t in kept if t.precision not in _YEARS]
    fine = sorted((t for t in kept if PRECISION_RANK.get(t.precision, 9) < _COARSE), key=lambda t: t.date_start)
    starts = [t.date_start for t in fine]
    min_end_after = [t.date_end for t in fine]  # the earliest end among the fine dates from index i on
    for i in range(len(fine) - 2, -1, -1):
        min_end_after[i] = min(min_end_after[i], min_end_after[i + 1])
    out, seen = [], set()
    for t in kept:
        if PRECISION_RANK.get(t.precision, 9) >= _COARSE:
            i = bisect.bisect_left(starts, t.date_start)
            if i < len(fine) and min_end_after[i] <= t.date_end:
                continue
        if (t.date_start, t.date_end) not in seen:
            seen.add((t.date_start, t.date_end))
            out.append(t)
    return out


def _ahead_of(t: Timex, today: dt.date | None) -> bool:
    """Whether ``t`` is a month or longer wholly after the article's date: with no trigger word in its sentence, a
    target, a forecast or an expectation (``cam kết mức 2,1% GDP vào năm 2030``), not a planned happening."""
    return today is not None and t.date_start is not None and t.date_start > today \
        and PRECISION_RANK.get(t.precision, 0) >= _COARSE


def _takes_effect(t: Timex, kept: list[Timex], folded: str, today: dt.date | None) -> bool:
    """Whether ``t`` opens with a from, until or deadline word (``từ 1/1/2023``), lies wholly after the article's date
    and shares its sentence with a past day: when something decided that day takes effect, not a happening
    (``Ngày 12/4, HĐND thông qua mức tăng từ 1/1/2023``)."""
    if today is None or t.date_start is None or t.date_start <= today or not after_effective_word(folded, t):
        return False
    return any(o is not t and o.precision in ("day", "time") and o.date_end is not None and o.date_end <= today
               for o in kept)


def _names_scope(t: Timex, chosen: list[Timex], folded: str, words: list[Word]) -> bool:
    """Whether ``t``, a month, quarter, half or year that the sentence's day does not fall in, follows a noun with
    nothing between (``tuyên dương gương mặt trẻ toàn quân năm 2021``, ``hội nghị tập huấn ... năm 2025``): in a
    sentence dated by its day or after a report noun (``data/time_words.tsv``: ``report_noun``), it names the period of
    what was honoured, reviewed, reported or trained for, not a happening."""
    if PRECISION_RANK.get(t.precision, 9) < _COARSE or t.precision in _YEARS or not _PERIOD_WORD.match(folded, t.start):
        return False
    if not any(o.precision in ("day", "time") for o in chosen) \
            and not _words_of("report_noun").search(folded, sentence_start(folded, t.start), t.start):
        return False  # "Báo cáo kết quả ... 6 tháng đầu năm 2025": a report's period, even with no day
    before = [w for w in words if w.end <= t.start]
    return bool(before) and before[-1].pos.startswith("N") and folded[before[-1].end : t.start].isspace()


@cache
def _credit_after() -> re.Pattern[str]:
    """A photo credit right after a sentence on its line (``... năm 2025. Ảnh: QT``): the sentence is a caption run into
    the text (a crawl that lost its paragraph breaks). Credit words: ``data/article_parts.tsv`` (``credit_word``,
    ``credit_kind``)."""
    table = read_table("article_parts.tsv")
    words = {role: [fold(w) for w, r in zip(table["word"], table["role"]) if r == role] for role in ("credit_word", "credit_kind")}
    return re.compile(r"[^\S\n]*\(?(?:" + alternation(words["credit_word"]) + r")(?:\s+(?:"
                      + alternation(words["credit_kind"]) + r"))?\s*:")


def _not_told(article: Article, start: int) -> bool:
    """Whether the sentence at ``start`` is in a part of the article that tells no happening of its own."""
    structure = article.structure
    kind = structure.kind_at(start)
    if kind == "caption":
        return any(p.kind == "caption" and p.start <= start < p.end and p.detail in _CAPTION_CUES for p in structure.parts)
    return kind in _NOT_TOLD


def _words_by_sentence(article: Article, wanted: set[int]) -> dict[int, list[Word]]:
    """The words of the sentences ``wanted``."""
    out: dict[int, list[Word]] = {}
    if not wanted:
        return out
    tokens = table_columns(article, "tokens")
    columns = (tokens[c] for c in ("sentence", "start", "end", "text", "pos"))
    for sentence, start, end, text, pos in zip(*columns):
        if sentence in wanted:
            out.setdefault(sentence, []).append(Word(start, end, text, pos))
    return out


def _nearest(triggers: list[Trigger], starts: list[int], at: int) -> Trigger | None:
    i = bisect.bisect_left(starts, at)
    near = [triggers[j] for j in (i - 1, i) if 0 <= j < len(triggers)]
    return min(near, key=lambda t: (abs(t.start - at), t.start)) if near else None


def article_event_rows(article: Article, rows: pd.DataFrame | Mapping[str, list], persons: list | None = None) -> list[tuple]:
    """The rows of :func:`article_events` (columns :data:`EVENT_COLUMNS`), as tuples."""
    timexes = [t for t in article_timexes(article) if t.rule != "dateline"]
    if not any(t.date_start is not None for t in timexes):
        return []
    sents = table_columns(article, "sentences")
    if persons is None:
        persons = article_people(article, rows)[1]
    person_at = {start: person.name for person in persons for start, _ in person.spans}
    folded = fold(article.text)
    d = article.document_date
    today = d.date or (dt.date(d.year, d.month or 1, 1) if d.year else None)
    starts, texts, labels = (column_values(rows, name) for name in ("start", "text", "label"))
    order = sorted(range(len(starts)), key=starts.__getitem__)  # stable, as sort_values(kind="stable")
    row_starts, row_texts, row_labels = [starts[i] for i in order], [texts[i] for i in order], [labels[i] for i in order]
    timex_starts = [t.start for t in timexes]
    spans = [(sentence, s, e, timexes[bisect.bisect_left(timex_starts, s) : bisect.bisect_left(timex_starts, e)])
             for sentence, s, e in zip(sents["sentence"], sents["start"], sents["end"])]
    recalled = recalled_anchor(article)
    spans = [(sentence, s, e, inside) for sentence, s, e, inside in spans if any(t.date_start is not None for t in inside)
             and not _not_told(article, s) and not _credit_after().match(folded, e)]
    words = _words_by_sentence(article, {sentence for sentence, _, _, _ in spans})
    dated = []
    for sentence, s, e, inside in spans:
        here_words = words.get(sentence, [])
        chosen = event_dates([t for t in inside if not closes_a_name(article.text, folded, t, here_words)
                              and not names_edition(folded, t, here_words) and not counts_from_a_recalled_date(t, recalled, folded)],
                             folded, today)
        chosen = [t for t in chosen if not _names_scope(t, chosen, folded, here_words)]
        if chosen:
            dated.append((sentence, s, e, chosen))
    out = []
    for sentence, s, e, chosen in dated:
        here = range(bisect.bisect_left(row_starts, s), bisect.bisect_left(row_starts, e))
        participants = list(dict.fromkeys(person_at.get(row_starts[i], canonical_name(row_texts[i]))
                                          for i in here if row_labels[i] == "PER"))
        orgs = list(dict.fromkeys(canonical_name(row_texts[i]) for i in here if row_labels[i] == "ORG"))
        places = list(dict.fromkeys(canonical_name(row_texts[i]) for i in here if row_labels[i] == "LOC"))
        triggers = sentence_triggers(words.get(sentence, []))
        trigger_starts = [t.start for t in triggers]
        for t in chosen:
            if not triggers and (t.precision == "term" or _ahead_of(t, today)):
                continue  # "giai đoạn 2021-2026, quan hệ ... được củng cố", "năm 2030 sẽ có 6.000 MW": no happening in it
            trigger = _nearest(triggers, trigger_starts, t.start)
            assert t.date_start is not None and t.date_end is not None
            out.append((article.doc_id, sentence, s, e, t.date_start.isoformat(), t.date_end.isoformat(),
                        t.precision, article.text[t.start : t.end], t.start, t.end, trigger.word if trigger else "",
                        trigger.kind if trigger else "", participants, orgs, places, article.text[s:e]))
    return out


def events(corpus: Iterable[Article]) -> pd.DataFrame:
    """Dated events: one row per sentence and distinct date of a happening it names.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, sentence, start, end`` (the sentence's span), ``date_start, date_end``
        (inclusive ISO dates), ``precision``, ``expression`` and its span
        (``expression_start``, ``expression_end``), ``trigger`` and ``trigger_kind``
        (meeting, election, decision, appointment, discipline, legal, visit, founding,
        ceremony, result, incident; empty when no trigger word is found), ``participants``,
        ``organisations``, ``places`` (lists of canonical names), ``text`` (the sentence).

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nNgày 31/12/2021, ông Phan Văn A bị khởi tố.", doc_id="x")
    >>> events([a])[["date_start", "trigger", "participants"]].values.tolist()
    [['2021-12-31', 'khởi tố', ['Phan Văn A']]]
    """
    from ..annotation.reduce import annotated

    return annotated(corpus).frame("""
        SELECT d.doc_id, e.* EXCLUDE (key, row) FROM events e JOIN docs d USING (key) ORDER BY d.ord, e.row""")


def article_events(article: Article, rows: pd.DataFrame, persons: list | None = None) -> pd.DataFrame:
    """The dated events of one article (:data:`EVENT_COLUMNS`), given its mentions (``rows``, columns of
    :func:`vnnews.entities.mentions`) and, when already known, its persons (as
    :func:`vnnews.entities.article_people` gives them for ``rows``)."""
    return pd.DataFrame(article_event_rows(article, rows, persons), columns=EVENT_COLUMNS)
