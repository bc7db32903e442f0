"""Clauses that look ahead: a future word (``sẽ``, ``dự kiến``, ``theo lộ trình``, ``phấn đấu``:
``data/time_words.tsv``, ``future_word``) before a date in its clause, with no past marker (``đã``, ``hồi``)
between, puts a day or month written without a year at or after the article's date (``dự kiến khởi công cuối
tháng 11`` in March is November of that year, not of the year before; :mod:`.year_less`).
"""
from __future__ import annotations

import re

from ..text.dates import alternation, time_words

__all__ = ["looks_ahead"]

#: how far back in its clause a future word may stand before the date it looks ahead to
AHEAD_REACH = 120
_FUTURE = re.compile(r"(?<!\w)" + alternation(time_words("future_word")) + r"(?!\w)")
_PAST = re.compile(r"(?<!\w)" + alternation(time_words("past_marker")) + r"(?!\w)")
_CLAUSE_BREAK = re.compile(r"[.;!?\n]")


def looks_ahead(folded: str, start: int) -> bool:
    """Whether the date at ``start`` of ``folded`` (``fold(text)``) follows a future word of its clause with no past
    marker between.

    Examples
    --------
    >>> t = "cao tốc dự kiến khởi công tháng 11. dự án sẽ báo cáo vụ việc đã xảy ra tháng 1. tháng 2, ông sẽ về"
    >>> looks_ahead(t, t.index("tháng 11")), looks_ahead(t, t.index("tháng 1.")), looks_ahead(t, t.index("tháng 2"))
    (True, False, False)
    """
    window = folded[max(0, start - AHEAD_REACH) : start]
    clause = window[max((m.end() for m in _CLAUSE_BREAK.finditer(window)), default=0) :]
    cues = list(_FUTURE.finditer(clause))
    return bool(cues) and _PAST.search(clause, cues[-1].end()) is None
