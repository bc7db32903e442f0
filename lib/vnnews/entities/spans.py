"""Mentions, and the record of which syllables of a paragraph earlier rules have claimed."""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from .syllables import Syllables

__all__ = ["BARE_PLACE_RULE", "BARE_WARD_RULE", "Claims", "Mention", "SHAPE_RULE", "inside_any"]

#: the ``rule`` of a person read by the shape of the name alone (family name and given name)
SHAPE_RULE = "family name and given name"
#: the ``rule`` of a place read bare, by the gazetteer alone
BARE_PLACE_RULE = "gazetteer"
#: the ``rule`` of a ward or a district read bare, by the gazetteer alone
BARE_WARD_RULE = "gazetteer (district or ward)"


@dataclass(frozen=True)
class Mention:
    """One mention: ``label`` (PER, ORG, LOC), span in the article text, and the ``rule`` that found it."""

    label: str
    start: int
    end: int
    rule: str


def inside_any(mentions: list[Mention], outer: list[Mention]) -> list[Mention]:
    """The ``mentions`` that start inside one of ``outer`` (which do not overlap each other), by
    binary search: time in proportion to their numbers, not to their product."""
    spans = sorted((o.start, o.end) for o in outer)
    starts = [a for a, _ in spans]
    out = []
    for m in mentions:
        k = bisect.bisect_right(starts, m.start) - 1
        if k >= 0 and spans[k][0] <= m.start < spans[k][1]:
            out.append(m)
    return out


class Claims:
    """Which syllables of a paragraph already belong to a mention (one flag per syllable)."""

    def __init__(self, s: Syllables) -> None:
        self._s = s
        self._flags = [False] * s.n

    def add(self, m: Mention) -> None:
        for i in range(self._s.next_index(m.start), self._s.n):
            if self._s.start(i) >= m.end:
                break
            self._flags[i] = True

    def taken(self, i: int) -> bool:
        return self._flags[i]

    def span_free(self, i: int, j: int) -> bool:
        """Are syllables ``i`` to ``j - 1`` all unclaimed?"""
        return not any(self._flags[i:j])
