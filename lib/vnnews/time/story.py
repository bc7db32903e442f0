"""The time a story is at: in a paragraph that tells of an earlier year (``Đầu năm 1967, ... Ngày 19/5, ...``), the
last date that opened a sentence with its year written, which a day or month without a year that is far from the
article's date is read after (:mod:`.year_less`)."""
from __future__ import annotations

import re

from ..text.dates import alternation, time_words
from .resolvers import Value
from .vocabulary import clause_around, compared_with

__all__ = ["StoryFocus"]

#: what may stand before a date that opens a sentence: the sentence's start and perhaps a preposition
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?\n;:]\s*)(?:(?:" + alternation(time_words("story_opener")) + r"),?\s+)?$")
#: a word that looks ahead from the article's time (``sẽ``, ``dự kiến``)
_FUTURE_WORD = re.compile(r"(?<!\w)" + alternation(time_words("future_word")) + r"(?!\w)")
#: ``đầu``, ``giữa``, ``cuối`` before a period: the part of it the story is at
_EDGE = re.compile(r"(" + alternation(time_words("edge")) + r")\s")
#: what a story of the past can be at: a day, a month, a quarter, a half or a year, not a span of years
_STORY_PRECISIONS = ("day", "time", "days", "month", "months", "quarter", "half", "year")


class StoryFocus:
    """The date a paragraph telling of an earlier year is at: the last date that opens a sentence written with its
    year (or dated from such a date) earlier in the paragraph, when its year is before the article's (``Cuối năm
    2020, ... Ngày 17/1``)."""

    def __init__(self, folded: str, year: int | None) -> None:
        self.folded, self.year = folded, year
        self.value: Value | None = None
        self.start = -1

    def named(self, value: Value, start: int) -> None:
        """Take the expression at ``start`` with ``value`` as the story's time, if it opens its sentence with its year."""
        if value.date_start is None or value.date_end is None or value.anchor not in ("explicit", "narrative date") \
                or value.precision not in _STORY_PRECISIONS or compared_with(self.folded, start) \
                or not _SENTENCE_OPENING.search(self.folded, max(0, start - 24), start):
            return  # only a date that opens its sentence sets the time a story is at ("Đầu năm 1967, ...")
        edge = _EDGE.match(self.folded, start)
        if edge:  # "Cuối năm 2020": the narrative is at the last part of the year
            part = (value.date_end - value.date_start) // 4
            at = {"start": value.date_start, "middle": value.date_start + part + part // 2,
                  "end": value.date_end - part}[time_words("edge")[" ".join(edge.group(1).split())]]
            value = Value(value.type, value.value, at, value.date_end, value.precision, value.anchor)
        self.value, self.start = value, start

    def at(self, start: int, end: int) -> tuple[Value | None, int]:
        """The focus for an expression at ``start:end`` (None outside such a paragraph, or in a clause that looks
        ahead: ``Dự kiến trong tháng 7, hãng sẽ ...``)."""
        v = self.value
        if v is None or v.date_end is None or "\n" in self.folded[self.start : start] \
                or (self.year is not None and v.date_end.year >= self.year) \
                or _FUTURE_WORD.search(clause_around(self.folded, start, end)):
            return None, -1
        return v, self.start
