"""Habitual words (``thường``, ``mùa``, ``hằng năm``: ``data/time_words.tsv``, ``habitual``), not inside a word that
holds one (``Thường trực``, ``bất thường``), and clock times of any day: a clock time after a habitual word or a
recurrence (``hằng ngày``, ``mỗi tuần``) in its sentence, or before a recurring part of the day (``mỗi tối``), dates no
happening (``bụi thường cao nhất lúc 9h``, ``đội thường đi tuần từ 5h30 tới 7h``, ``học đến 22h mỗi tối``).
"""
from __future__ import annotations

import re

from ..text.dates import alternation, time_words

__all__ = ["any_day", "habitual"]

_HABITUAL = re.compile(r"(?<!\w)(?:" + alternation(time_words("not_habitual")) + r")(?!\w)|(?<!\w)(?P<habitual>"
                       + alternation(time_words("habitual")) + r")(?!\w)")
_RECURRENCE = re.compile(r"(?<!\w)" + alternation(time_words("set_word")) + r"\s+" + alternation(time_words("unit")) + r"(?!\w)")
#: how far before a clock time a habitual word or a recurrence makes it any day's
HABIT_REACH = 60
_SENTENCE_BREAK = re.compile(r"[.;!?\n]")
#: how far after a clock time a recurring part of the day makes it any day's (``học đến 22h mỗi tối``)
HABIT_AFTER_REACH = 30
_EVERY_PART = re.compile(r"(?<!\w)" + alternation(time_words("set_word")) + r"\s+" + alternation(time_words("part_of_day"))
                         + r"(?!\w)")


def habitual(text: str) -> bool:
    """Whether ``text`` (folded) holds a habitual word (``thường``, ``hàng năm``), not inside a word that holds one
    (``Thường vụ``, ``bất thường``).

    Examples
    --------
    >>> habitual("bụi thường cao nhất lúc 9h"), habitual("thường vụ tỉnh ủy họp lúc 9h")
    (True, False)
    """
    return any(m["habitual"] for m in _HABITUAL.finditer(text))


def any_day(folded: str, start: int) -> bool:
    """Whether the clock time at ``start`` of ``folded`` comes after a habitual word or a recurrence of its sentence
    (``hằng ngày, anh dậy lúc 6h``): a time of any day.

    Examples
    --------
    >>> t = "hằng ngày, anh dậy lúc 6h. lúc 9h, thường trực tỉnh ủy họp. các con học đến 22h mỗi tối"
    >>> any_day(t, t.index("6h")), any_day(t, t.index("9h")), any_day(t, t.index("22h"))
    (True, False, True)
    """
    window = _SENTENCE_BREAK.split(folded[max(0, start - HABIT_REACH) : start])[-1]
    after = _SENTENCE_BREAK.split(folded[start : start + HABIT_AFTER_REACH])[0]
    return habitual(window) or _RECURRENCE.search(window) is not None or _EVERY_PART.search(after) is not None
