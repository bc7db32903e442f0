"""Streets named after people, read from how the text lists them: a name between two places joined by dashes
(a route: ``Hàng Đào - Đinh Tiên Hoàng - Hàng Bài``) or in a list a street word opens (``6 tuyến đường: Tôn Đức
Thắng, Thi Sách, Hai Bà Trưng``, ``các tuyến đường như Hai Bà Trưng, Nguyễn Tất Thành``): those are places."""
from __future__ import annotations

import re
from functools import cache

from ..data import read_table
from ..text.dates import alternation
from .spans import Mention

__all__ = ["streets_in_lists", "streets_in_routes"]

_ROUTE_JOINT = re.compile(r"\s*[-–]\s*")
_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+|;\s*)")
#: how many words a name no rule read may have in a list of streets
_MOST_WORDS_OF_NAME = 4
#: how far after the street word the list may begin (``các tuyến đường xung quanh hồ như``)
_OPENER_REACH = 50


@cache
def _list_opener() -> re.Pattern[str]:
    """A street word, then (within a few words of one clause) a colon or ``như``/``gồm`` (group ``marked``), or nothing,
    right before a list; a list right after the bare street word must read as one (three names, or ``và`` before the
    last)."""
    return re.compile(r"(?<!\w)(?:" + _street_words() + r")(?P<marked>[^.;!?\n]{0," + str(_OPENER_REACH) + r"}?(?::|\s(?:như|gồm|là)))?\s*$",
                      re.IGNORECASE)


def _listed_after(text: str, end: int, start: int) -> bool:
    """Whether the mention at ``start`` goes on the list whose item ends at ``end``: list marks between, and perhaps
    capitalised names no rule read (``Tôn Đức Thắng, Thi Sách, Hai Bà Trưng``)."""
    gap = text[end:start]
    pieces = _LIST_JOINT.split(gap)
    if len(pieces) < 2 or pieces[0] or pieces[-1]:
        return False
    return all(0 < len(p.split()) <= _MOST_WORDS_OF_NAME and all(w[:1].isupper() for w in p.split()) for p in pieces[1:-1])


def streets_in_routes(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's name between two places joined by dashes is a street named after the person, in a route
    (``Hàng Đào - Đinh Tiên Hoàng - Hàng Bài``); so is every name of a run joined by dashes that a street word
    opens (``nút giao Huỳnh Tấn Phát - Lưu Trọng Lư - Nguyễn Văn Linh``, ``giao lộ Lê Lợi - Phan Bội Châu``).
    ``mentions`` sorted by position.

    Examples
    --------
    >>> t = "Nút giao Lê Lợi - Phan Bội Châu."
    >>> ms = [Mention("LOC", 9, 15, "x"), Mention("PER", 18, 31, "x")]
    >>> [(m.label, t[m.start:m.end]) for m in streets_in_routes(t, ms)]
    [('LOC', 'Lê Lợi'), ('LOC', 'Phan Bội Châu')]
    """
    out = list(mentions)
    for k in range(1, len(out) - 1):
        before, here, after = out[k - 1], out[k], out[k + 1]
        if here.label == "PER" and before.label == "LOC" and after.label == "LOC" \
                and _ROUTE_JOINT.fullmatch(text, before.end, here.start) and _ROUTE_JOINT.fullmatch(text, here.end, after.start):
            out[k] = Mention("LOC", here.start, here.end, "street in a route")
    k = 0
    while k < len(out):
        run = [k]
        while run[-1] + 1 < len(out) and _ROUTE_JOINT.fullmatch(text, out[run[-1]].end, out[run[-1] + 1].start) \
                and out[run[-1] + 1].label in ("PER", "LOC"):
            run.append(run[-1] + 1)
        if len(run) > 1 and out[k].label in ("PER", "LOC") and _street_word_before().search(text, max(0, out[k].start - 20), out[k].start):
            for j in run:
                if out[j].label == "PER":
                    out[j] = Mention("LOC", out[j].start, out[j].end, "street in a route")
        k = run[-1] + 1
    return out


@cache
def _street_word_before() -> re.Pattern[str]:
    """A street word right before a name (``nút giao``, ``đường``), in any case."""
    return re.compile(r"(?<!\w)(?:" + _street_words() + r")\s+$", re.IGNORECASE)


@cache
def _street_words() -> str:
    """The street words of unit_words.tsv as one alternation."""
    units = read_table("unit_words.tsv")
    return alternation(w for w, kind in zip(units["word"], units["kind"]) if kind == "street")


def streets_in_lists(text: str, mentions: list[Mention]) -> list[Mention]:
    """The names of a list that a street word opens are streets (places), also those shaped like people's names.
    ``mentions`` sorted by position.

    Examples
    --------
    >>> t = "Nơi giao nhau của 3 tuyến đường: Tôn Đức Thắng, Thi Sách và Ngô Đức Kế."
    >>> ms = [Mention("PER", t.index("Tôn"), t.index("Tôn") + 13, "x"), Mention("LOC", t.index("Thi"), t.index("Thi") + 8, "x"),
    ...       Mention("PER", t.index("Ngô"), t.index("Ngô") + 10, "x")]
    >>> [(m.label, t[m.start:m.end]) for m in streets_in_lists(t, ms)]
    [('LOC', 'Tôn Đức Thắng'), ('LOC', 'Thi Sách'), ('LOC', 'Ngô Đức Kế')]
    """
    out = list(mentions)
    items = [k for k, m in enumerate(out) if m.label in ("PER", "LOC")]
    runs: list[list[int]] = []
    for k in items:
        if runs and _listed_after(text, out[runs[-1][-1]].end, out[k].start):
            runs[-1].append(k)
        else:
            runs.append([k])
    opener = _list_opener()
    for run in runs:
        first = out[run[0]]
        if not any(out[k].label == "PER" for k in run):
            continue
        opened = opener.search(text, max(0, first.start - _OPENER_REACH - 20), first.start)
        if opened is None:
            continue
        if not opened["marked"] and len(run) < 3 and " và " not in f" {text[out[run[-2]].end : out[run[-1]].start] if len(run) > 1 else ''} ":
            continue  # "Tại đường Lê Lợi, Nguyễn Văn An cho biết": the street, then a person opening the clause
        for k in run:
            if out[k].label == "PER":
                out[k] = Mention("LOC", out[k].start, out[k].end, "street in a list")
    return out
