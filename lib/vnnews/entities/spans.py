"""Mentions, and the record of which syllables of a paragraph earlier rules have claimed."""
from __future__ import annotations

from dataclasses import dataclass

from .syllables import Syllables

__all__ = ["Claims", "Mention"]


@dataclass(frozen=True)
class Mention:
    """One mention: ``label`` (PER, ORG, LOC), span in the article text, and the ``rule`` that found it."""

    label: str
    start: int
    end: int
    rule: str


class Claims:
    """Which syllables of a paragraph already belong to a mention, by label (one flag per syllable)."""

    def __init__(self, s: Syllables) -> None:
        self._s = s
        self._by: dict[str, list[bool]] = {}

    def add(self, m: Mention) -> None:
        flags = self._by.setdefault(m.label, [False] * self._s.n)
        for i in range(self._s.next_index(m.start), self._s.n):
            if self._s.start(i) >= m.end:
                break
            flags[i] = True

    def taken(self, i: int, labels: str = "PER ORG LOC") -> bool:
        return any(self._by.get(label, ())[i:i + 1] == [True] for label in labels.split())

    def span_free(self, i: int, j: int, labels: str = "PER ORG LOC") -> bool:
        """Are syllables ``i`` to ``j - 1`` all unclaimed?"""
        return not any(self.taken(k, labels) for k in range(i, j))
