"""Lists of dates that write the month or year once: a bare ``d/m`` after a comma or ``và`` goes on from the date before it
(``ngày 16-4, 17-4 dương tính lại, 18-4 âm tính``), a bare year from the year before it (``năm 2009 và 2019``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text.dates import alternation, make_date, nearest_year, time_words
from .resolvers import Value, interval
from .rules import fraction_context
from .vocabulary import END, YEAR, context_alternation

if TYPE_CHECKING:
    from .expressions import Timex

__all__ = ["LIST_ITEM", "LIST_REACH", "SENTENCE_END", "YEAR_ITEM", "continues", "list_item_value", "list_items"]

#: a bare d/m that continues a list of dates (``ngày 16-4, 17-4 dương tính lại, 18-4 âm tính``)
LIST_ITEM = re.compile(r"(?:[,;]|(?<!\w)(?:và|hoặc|rồi))\s*(?:ngày\s+)?(?P<d>\d{1,2})(?P<sep>[-/.])(?P<m>\d{1,2})"
                       r"(?:(?P=sep)(?P<y>" + YEAR + r"))?" + END)
#: a year that continues a list of years (``năm 2009 và 2019``, ``các năm 2019, 2020, 2021``)
YEAR_ITEM = re.compile(r"(?:[,;]|(?<!\w)(?:và|hoặc|hay))\s*(?:năm\s+)?(?P<y>" + YEAR + r")" + END)
_COUNTED_AFTER = re.compile(r"(?:" + "|".join(context_alternation(k) for k in ("counted", "measure"))
                            + r"|" + alternation(time_words("unit")) + r")(?!\w)")
SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
#: how far after the last date a list may go on
LIST_REACH = 120


def list_items(folded: str, chosen: list) -> list[tuple[int, int, re.Match[str]]]:
    """Bare d/m after a comma or ``và`` that no rule took: maybe the next date of a list."""
    taken = bytearray(len(folded))
    for c in chosen:
        taken[c[0] : c[1]] = b"\x01" * (c[1] - c[0])
    items = []
    for m in LIST_ITEM.finditer(folded):
        a = m.start("d")
        a = folded.rfind("ngày", m.start(), a) if "ngày" in folded[m.start() : a] else a
        if taken.find(1, a, m.end()) == -1 and make_date(2000, int(m["m"]), int(m["d"])) is not None:
            items.append((a, m.end(), m))
    for m in YEAR_ITEM.finditer(folded):
        after = folded[m.end() : m.end() + 30].lstrip()
        if taken.find(1, m.start("y"), m.end()) == -1 and not _COUNTED_AFTER.match(after):
            items.append((m.start("y"), m.end(), m))
    return items


def continues(folded: str, last: Timex | None, last_sep: str, a: int, b: int, m: re.Match[str]) -> bool:
    """Whether the list item at ``a:b`` goes on from the date ``last`` (same sentence, close by, the
    same separator, no other number between, not a fraction)."""
    if last is None or last.date_start is None or a - last.end > LIST_REACH or m["sep"] != last_sep:
        return False
    between = folded[last.end : a]
    if any(c.isdigit() for c in between) or SENTENCE_END.search(between):
        return False
    return not fraction_context(folded, a, b, int(m["d"]), int(m["m"]))


def list_item_value(m: re.Match[str], last: Timex) -> Value:
    day, month = int(m["d"]), int(m["m"])
    assert last.date_start is not None
    date = make_date(int(m["y"]), month, day) if m["y"] else nearest_year(month, day, last.date_start)
    assert date is not None
    return interval(date, date, "day", "explicit" if m["y"] else "previous date")
