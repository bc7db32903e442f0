"""Regex pieces of the temporal tagger, built from the word lists in ``data/time_words.tsv`` and
``data/number_contexts.tsv`` (see :func:`vnnews.text.dates.time_words`). All run on
:func:`vnnews.text.normalize.fold` text.
"""
from __future__ import annotations

import re
from functools import cache

from ..text.dates import PART_OF_DAY, WEEKDAY, alternation, number_context_words, time_words

__all__ = [
    "CLOCK", "DATE_WORD", "DEIXIS", "EDGE", "END", "NUMBER", "POD", "RELATIVE_DAY", "RELATIVE_YEAR", "SEP", "START",
    "TAIL", "WEAK_SEP", "WEEKDAY", "YEAR", "compared_in_clause", "compared_with", "context_alternation", "context_words",
    "deictic_words", "number_value", "relative_offsets",
]

#: a four-digit year of the 20th or 21st century
YEAR = r"(?:19|20)\d{2}"
#: the separator of d/m/y, d-m-y, d.m.y
SEP = r"\s*[-/.]\s*"
#: the separator of a bare d/m after a weak date word (no dot: ``từ 2.5`` is a decimal)
WEAK_SEP = r"\s*[-/]\s*"
#: a date ends where no longer number, code, decimal or percentage goes on
END = r"(?![\w/]|[.,]\d|\s*%)"
#: a date starts where no number, code or decimal comes before
START = r"(?<![\w/.,-])"
#: a number in digits or words (``6``, ``sáu``, ``mười hai``)
NUMBER = r"(?:\d+|" + alternation(time_words("number")) + r")"
#: a word that may open or close a month or a year (``cuối tháng 3``)
EDGE = alternation(time_words("edge"))
#: nay / qua / mai after a part of the day
DEIXIS = alternation(time_words("day_deixis"))
#: part of the day, with ``buổi`` and a following nay / qua / mai (``sáng nay``)
POD = r"(?:buổi\s+)?" + PART_OF_DAY + r"(?:\s+(?:" + DEIXIS + r"|hôm\s+nay|hôm\s+qua))?"
#: a clock time: ``13h``, ``7h30``, ``8 giờ 15``, ``20:30``
CLOCK = r"(?:\d{1,2}\s*(?:h|giờ)(?:\s*\d{2}(?:\s*phút|')?)?(?![\w:])|\d{1,2}:\d{2}(?![\d:]))"
#: every date word (``hôm``, ``vào``, ``từ``, ``đến``, ``trước``...): a bare d/m after it is a date
DATE_WORD = alternation(time_words("date_word"))
#: a word after a year-less date or month that says which side of the article's date it is on
#: (``ngày 5/4 vừa qua``, ``tháng 3 tới``), as an optional group ``tail``; not the start of a range
#: or of ``tới nay`` (``từ 5/4 tới nay``)
TAIL = (r"(?:\s+(?P<tail>" + alternation(time_words("tail")) + r")(?!\w)(?!\s*(?:\d|(?:ngày|tháng|năm|hết|nay|giữa|đầu|cuối)(?!\w))))?")


def relative_offsets(unit: str) -> dict[str, tuple[int, bool]]:
    """Relative words of one unit (``D``, ``W``, ``M``, ``Q``, ``Y``) -> (offset, counts from the last date named).

    Examples
    --------
    >>> relative_offsets("Y")["năm ngoái"], relative_offsets("D")["hôm sau"]
    ((-1, False), (1, True))
    """
    out = {}
    for word, value in time_words("relative").items():
        parts = value.split(":")
        if parts[0] == unit:
            out[word] = (int(parts[1]), len(parts) > 2 and parts[2] == "previous")
    return out


@cache
def deictic_words() -> frozenset[str]:
    """Relative words that always count from the article's date, even in a comparison
    (``so với năm ngoái``: the year before the writer's, whatever period the sentence names).

    Examples
    --------
    >>> "năm ngoái" in deictic_words(), "năm trước" in deictic_words()
    (True, False)
    """
    return frozenset(w for w, v in time_words("relative").items() if v.endswith(":document"))


@cache
def week_past_words() -> frozenset[str]:
    """Relative words for the seven days up to the article's date (``tuần qua``).

    Examples
    --------
    >>> "tuần qua" in week_past_words(), "tuần trước" in week_past_words()
    (True, False)
    """
    return frozenset(w for w, v in time_words("relative").items() if v.endswith(":past"))


#: ``hôm nay``, ``hôm qua``, ``ngày mai``...
RELATIVE_DAY = alternation(relative_offsets("D"))
#: ``năm nay``, ``năm ngoái``, ``năm tới``...
RELATIVE_YEAR = alternation(relative_offsets("Y"))


@cache
def _comparison() -> re.Pattern[str]:
    nouns = alternation(time_words("comparison_noun"))
    return re.compile(r"(?<!\w)" + alternation(time_words("comparison")) + r"(?:[^\S\n]+(?:" + nouns + r")){0,2}[^\S\n]+$")


def compared_with(folded: str, start: int) -> bool:
    """Whether the expression at ``start`` is what a figure is compared with (``so với tháng trước``).

    Examples
    --------
    >>> t = "giá tăng 5% so với tháng trước, 2% so với mức giá tuần trước"
    >>> compared_with(t, t.index("tháng")), compared_with(t, t.index("tuần"))
    (True, True)
    """
    return _comparison().search(folded, max(0, start - 40), start) is not None


#: how many words may stand between a comparison word and the period a figure is compared with, in one clause
COMPARED_REACH = 6


@cache
def _comparison_in_clause() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + alternation(time_words("comparison")) + r"(?:[^\S\n]+[^\s,;!?]*[^\s,;.!?]){0,"
                      + str(COMPARED_REACH) + r"}[^\S\n]+$")


def compared_in_clause(folded: str, start: int) -> bool:
    """Whether the expression at ``start`` closes what a figure is compared with, a few words after ``so với``
    in the same clause (``giảm so với mức 387 USD/tấn của tuần trước``, ``so với thực hiện thu năm trước``).

    Examples
    --------
    >>> t = "giá giảm so với mức 387 USD/tấn của tuần trước. Tuần trước, giá tăng"
    >>> compared_in_clause(t, t.index("tuần")), compared_in_clause(t, t.index("Tuần"))
    (True, False)
    """
    return _comparison_in_clause().search(folded, max(0, start - 80), start) is not None


def number_value(word: str) -> int | None:
    """``6`` -> 6, ``sáu`` -> 6, ``mười hai`` -> 12; None when it is no number."""
    word = " ".join(word.split())
    if word.isdigit():
        return int(word)
    value = time_words("number").get(word)
    return int(value) if value is not None else None


def context_alternation(kind: str) -> str:
    """A regex alternation of the words of one kind in ``data/number_contexts.tsv``."""
    return alternation(number_context_words(kind))


@cache
def context_words(kind: str) -> re.Pattern[str]:
    """A pattern of the words of one kind in ``data/number_contexts.tsv`` (``counted``, ``quantity``,
    ``score``, ``document``), as whole words.

    Examples
    --------
    >>> bool(context_words("counted").match("đại biểu tán thành"))
    True
    """
    return re.compile(r"(?<!\w)" + context_alternation(kind) + r"(?!\w)")


#: what ends a clause: ; ! ? or a line break, or a full stop that is no separator inside a number (``87.000``)
_CLAUSE_END = re.compile(r"[;!?\n]|\.(?!\d)")


def clause_around(folded: str, start: int, end: int) -> str:
    """The clause around ``folded[start:end]`` (up to the nearest . ; ! ? or line break, at most 150
    characters either side; the full stop of a number such as ``87.000`` ends nothing).

    Examples
    --------
    >>> t = "Ông A đến. Tổng vốn dự kiến 87.000 tỷ đồng, hoàn thành năm 2027. Xong"
    >>> clause_around(t, t.index("2027"), t.index("2027") + 4)
    ' Tổng vốn dự kiến 87.000 tỷ đồng, hoàn thành năm 2027'
    """
    ends = [m.start() for m in _CLAUSE_END.finditer(folded, max(0, start - 150), start)]
    left = ends[-1] if ends else start - 151
    right = _CLAUSE_END.search(folded, end, end + 150)
    return folded[max(left + 1, 0) : right.start() if right else end + 150]
