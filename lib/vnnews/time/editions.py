"""Years that name an edition: the year after the name of something held every year or so (``kỳ thi tốt nghiệp THPT
năm 2025``, ``Chương trình "Tiếp sức mùa thi" năm 2025``, ``cuộc thi năm nay``, ``kế hoạch năm 2022``) says which
edition is meant, not when a happening of the sentence took place: the edition's own days do (``Hội báo năm nay diễn
ra từ 13 đến 15/4``).

An edition's name opens with a head noun (``data/time_words.tsv``: ``edition_name``) and runs to the year through name
words only (the article's words and their part of speech): nouns, numbers, adjectives, words written with a capital,
quotation marks, and verbs that name no happening (``tốt nghiệp``, ``tiếp sức``). A preposition (``vào năm 2021``),
an adverb or auxiliary (``được``, ``đã``), a trigger word (``tổ chức``, ``diễn ra``) or a clause sign between them
makes the year the date of what the sentence tells (``cuộc thi được tổ chức năm 2019``).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from ..text.dates import alternation, time_words
from ..text.normalize import fold
from .triggers import Word, sentence_triggers

if TYPE_CHECKING:
    from .expressions import Timex

__all__ = ["names_edition"]

#: how many words an edition's name may run from its head to its year
EDITION_REACH = 7
#: precisions of a year or a span of years (a season, a school year)
_YEARLY = ("year", "years", "term")
#: parts of speech that never stand inside a name (pronouns, adverbs, prepositions, conjunctions, particles)
_NOT_IN_NAME = frozenset({"P", "R", "E", "C", "Cc", "CC", "I", "T"})
#: signs that may stand inside a name (quotation marks around its title, a dash)
_NAME_SIGNS = frozenset("\"'“”‘’«»-–")


@cache
def _head() -> re.Pattern[str]:
    return re.compile(alternation(time_words("edition_name")) + r"(?!\w)")


@cache
def _breaks() -> frozenset[str]:
    """Words that make what follows them the time of a happening (``được``, ``là``: ``data/time_words.tsv``,
    ``edition_break``)."""
    return frozenset(time_words("edition_break"))


def _name_word(word: Word, triggered: set[int]) -> bool:
    if word.start in triggered or fold(word.text) in _breaks():
        return False
    if word.pos == "CH":
        return word.text in _NAME_SIGNS
    return word.pos not in _NOT_IN_NAME


def names_edition(folded: str, t: Timex, words: Sequence[Word]) -> bool:
    """Whether the year ``t`` closes the name of an edition in the sentence whose ``words`` (in order) hold it;
    ``folded`` is :func:`vnnews.text.normalize.fold` of the article's text.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> text = "kỳ thi tốt nghiệp năm 2025 khép lại. cuộc thi được tổ chức năm 2019"
    >>> at = lambda word, start=0: (text.index(word, start), text.index(word, start) + len(word))
    >>> words = [Word(*at(w), w, pos) for w, pos in (("kỳ thi", "N"), ("tốt nghiệp", "V"))] + \\
    ...         [Word(*at(w, 30), w, pos) for w, pos in (("cuộc thi", "N"), ("được", "V"), ("tổ chức", "V"))]
    >>> year = lambda start: SimpleNamespace(start=text.index("năm", start), end=text.index("năm", start) + 8, precision="year")
    >>> names_edition(text, year(0), words), names_edition(text, year(30), words)
    (True, False)
    """
    if t.precision not in _YEARLY or not folded.startswith("năm", t.start):
        return False
    before = [w for w in words if w.end <= t.start]
    triggered = {trigger.start for trigger in sentence_triggers(before)}
    for steps, word in enumerate(reversed(before)):
        if steps >= EDITION_REACH:
            return False
        head = _head().match(folded, word.start)
        if head is not None and head.end() <= t.start and (word.start == 0 or not folded[word.start - 1].isalnum()):
            return True
        if not _name_word(word, triggered):
            return False
    return False
