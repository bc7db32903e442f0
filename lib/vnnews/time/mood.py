"""The mood of a date's sentence: whether what it dates happened, or is only supposed, rumoured, asked for or planned.

A date dates no happening when its sentence

- supposes it: a condition or supposition before it (``giả sử``, ``trong trường hợp``, ``Trường hợp`` opening the
  sentence; ``nếu`` only before a date not wholly past, since ``Nếu năm 2020 ... thì năm 2021 ...`` mostly contrasts two
  facts);
- reports hearsay (``nghe nói``, ``tin đồn``) anywhere in it;
- asks for or proposes it: a request verb before it with no past marker between (``xin gia hạn đến cuối tháng 9``,
  ``đề xuất ... vào kỳ họp tháng 5``), when the date is not wholly past;
- looks ahead to a month, year or longer period not wholly past (a future word before it, no past marker between
  nor after it in the sentence, or a future word shortly after it in its clause: ``nền kinh tế số sẽ chiếm 25% vào
  năm 2025``), a target rather than a happening;
- forecasts the weather of a date that runs past the article's (``từ đêm nay đến ngày 18/4, vùng núi mưa``);
- bounds a clock time of any day (``các chuyến bay sau 20 giờ``).

Word lists: ``data/time_words.tsv`` (``hypothetical_word``, ``hearsay_word``, ``request_word``, ``clock_bound``,
``future_word``, ``past_marker``, ``weather_word``).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING

from ..text.dates import alternation, time_words
from .ahead import looks_ahead
from .vocabulary import clause_around

if TYPE_CHECKING:
    from .expressions import Timex

__all__ = ["after_effective_word", "no_happening", "sentence_start"]

#: how far back in its sentence a cue may stand before the date it puts in a mood
MOOD_REACH = 200
#: how far after a period a past marker tells it as past (``Trong giai đoạn 2021 - 2025, HĐND đã có``)
_PAST_AFTER_REACH = 40
#: how far after a period a future word makes it looked ahead to
_FUTURE_AFTER_REACH = 60
_CLAUSE_BREAK = re.compile(r"[,;:!?\n]|\.(?!\d)")
#: precisions of a month or longer: a target when looked ahead to
_COARSE = ("month", "months", "quarter", "half", "year", "years", "term")
_SENTENCE_BREAK = re.compile(r"[.!?](?=\s|$)|\n")


@cache
def _words(kind: str, value: str | None = None) -> re.Pattern[str]:
    words = [w for w, v in time_words(kind).items() if value is None or v == value]
    return re.compile(r"(?<!\w)" + alternation(words) + r"(?!\w)")


@cache
def _not_request() -> re.Pattern[str]:
    """What makes the request word after it a noun (``theo đề nghị của Bộ``: ``request_noun_before``)."""
    return re.compile(r"(?<!\w)" + alternation(time_words("request_noun_before")) + r"\s+$")


@cache
def _noun_after() -> re.Pattern[str]:
    """A request word used as a noun: ``Đề xuất này``, ``đề nghị của Bộ`` (``request_noun_after``)."""
    return re.compile(r"\s+" + alternation(time_words("request_noun_after")) + r"(?!\w)")


def sentence_start(folded: str, at: int) -> int:
    """Where the sentence holding offset ``at`` of ``folded`` starts (at most :data:`MOOD_REACH` characters back).

    Examples
    --------
    >>> t = "Ông A đến. Nếu ngày 5/6 trời mưa"
    >>> sentence_start(t, t.index("5/6"))
    11
    """
    window_start = max(0, at - MOOD_REACH)
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(folded, window_start, at)]
    start = breaks[-1] if breaks else window_start
    while start < at and folded[start].isspace():
        start += 1
    return start


def _not_past(t: Timex, today: dt.date | None) -> bool:
    return today is not None and t.date_end is not None and t.date_end >= today


@cache
def _opening_condition() -> re.Pattern[str]:
    """A word that opens a condition when it opens the sentence (``Trường hợp Tòa án đã thụ lý ... thì``), not before a
    demonstrative (``Trường hợp này``: ``request_noun_after``)."""
    return re.compile(alternation(w for w, v in time_words("hypothetical_word").items() if v == "opening")
                      + r"\s+(?!" + alternation(time_words("request_noun_after")) + r"(?!\w))")


def _supposed(before: str, t: Timex, today: dt.date | None) -> bool:
    if _words("hypothetical_word", "any").search(before) or _opening_condition().match(before):
        return True
    return _not_past(t, today) and _words("hypothetical_word", "not_past").search(before) is not None


def _requested(folded: str, before: str, t: Timex, today: dt.date | None) -> bool:
    if today is None or t.date_end is None or t.date_end < today:
        return False  # a request dates what is asked for only when that is still ahead
    if t.date_end == today and not after_effective_word(folded, t):
        return False  # "Đề xuất này được ông A nói tại hội nghị chiều 15/4": said today; "đề nghị ... từ ngày 15/4" asks
    past = _words("past_marker")
    for cue in reversed(list(_words("request_word").finditer(before))):
        if _not_request().search(before, 0, cue.start()) or _noun_after().match(before, cue.end()):
            continue
        return past.search(before, cue.end()) is None
    return False


@cache
def _effective_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = alternation(time_words("effective_word"))
    return re.compile(words + r"\s"), re.compile(r"(?<!\w)" + words + r"\s+(?:hết\s+)?$")


def after_effective_word(folded: str, t: Timex) -> bool:
    """Whether a from, until or deadline word (``data/time_words.tsv``, ``effective_word``) opens ``t`` or stands right
    before it (``từ 1/1/2023``, ``kể từ ngày 14/3``, ``đến hết ngày 30/6``).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> t = "áp dụng kể từ ngày 14/3. ngày 14/3"
    >>> after_effective_word(t, SimpleNamespace(start=t.index("ngày"))), after_effective_word(t, SimpleNamespace(start=25))
    (True, False)
    """
    opening, right_before = _effective_words()
    return opening.match(folded, t.start) is not None \
        or right_before.search(folded, sentence_start(folded, t.start), t.start) is not None


@cache
def _bound() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = alternation(time_words("clock_bound"))
    return re.compile(words + r"\s"), re.compile(r"(?<!\w)" + words + r"\s+$")


def _clock_bound(folded: str, before: str, t: Timex) -> bool:
    """A clock time alone (no day with it) after or opening with ``sau`` / ``trước``: a bound of any day."""
    opening, after = _bound()
    return t.rule == "clock" and (opening.match(folded, t.start) is not None or after.search(before) is not None)


def no_happening(folded: str, t: Timex, today: dt.date | None) -> bool:
    """Whether the date ``t`` of ``folded`` (:func:`vnnews.text.normalize.fold` of the article's text) dates no
    happening by the mood of its sentence; ``today`` is the article's date (None when unknown).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> t = "giả sử ngày 5/3 ông ký hợp đồng. ngày 5/3 ông ký hợp đồng."
    >>> date = lambda at: SimpleNamespace(start=at, end=at + 8, rule="date", precision="day",
    ...                                   date_start=dt.date(2022, 3, 5), date_end=dt.date(2022, 3, 5))
    >>> no_happening(t, date(7), dt.date(2022, 4, 1)), no_happening(t, date(33), dt.date(2022, 4, 1))
    (True, False)
    """
    start = sentence_start(folded, t.start)
    before = folded[start : t.start]
    end = _SENTENCE_BREAK.search(folded, t.end)
    sentence = folded[start : end.start() if end else len(folded)]
    if _words("hearsay_word").search(sentence):
        return True  # "Nghe nói năm nay không học thêm"
    if _supposed(before, t, today) or _clock_bound(folded, before, t):
        return True
    if _words("past_marker").search(sentence, t.end - start, t.end - start + _PAST_AFTER_REACH):
        return False  # "..., trong giai đoạn 2021 - 2025, HĐND đã có": told as past
    if _requested(folded, before, t, today) or _forecast(folded, t, today):
        return True
    return t.precision in _COARSE and _not_past(t, today) and (looks_ahead(folded, t.start) or _future_after(folded, t))


def _future_after(folded: str, t: Timex) -> bool:
    """A future word shortly after ``t`` in its clause (``Sang đến tháng 5 hiện tượng này sẽ không còn``)."""
    clause = _CLAUSE_BREAK.split(folded[t.end : t.end + _FUTURE_AFTER_REACH])[0]
    return _words("future_word").search(clause) is not None


def _forecast(folded: str, t: Timex, today: dt.date | None) -> bool:
    """A weather word in the clause of a date that runs past the article's date: a forecast."""
    return today is not None and t.date_end is not None and t.date_end > today \
        and _words("weather_word").search(clause_around(folded, t.start, t.end)) is not None
