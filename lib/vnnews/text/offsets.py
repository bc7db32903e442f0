"""Texts derived from a source text that keep a character alignment back to it.

Every normalised view vnnews makes (NFC text from raw file text, modern tone marks,
cleaned punctuation, expanded abbreviations) is an :class:`AlignedText`: the new string
plus, for each of its characters, the span of source characters it came from. Spans
found in the derived text map back to the source with :meth:`AlignedText.to_source`,
and source spans map forward with :meth:`AlignedText.from_source`.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

__all__ = ["AlignedText", "Edit", "rewrite", "stripped_spans"]


@dataclass(frozen=True)
class Edit:
    """One change a rewrite made, located in the *original* source text.

    Attributes
    ----------
    step : str
        Name of the rewrite step (``"nfc"``, ``"tone_marks"``, ...).
    source_start, source_end : int
        Span of the original text that was replaced.
    before, after : str
        The original characters and what replaced them.
    """

    step: str
    source_start: int
    source_end: int
    before: str
    after: str


@dataclass(frozen=True, eq=False)
class AlignedText:
    """A string derived from ``source`` with a per-character alignment back to it.

    Character ``i`` of :attr:`text` came from ``source[starts[i]:ends[i]]``. Both
    arrays are non-decreasing, so spans map in either direction with a binary search.

    Examples
    --------
    >>> from vnnews.text.normalize import normalize
    >>> view = normalize("Hoà bình  – TP.HCM")
    >>> view.text
    'Hòa bình - TP.HCM'
    >>> view.to_source(9, 10)   # the '-' came from the en dash
    (10, 11)
    """

    text: str
    source: str
    starts: np.ndarray = field(repr=False)
    ends: np.ndarray = field(repr=False)
    edits: tuple[Edit, ...] = field(default=(), repr=False)

    def __post_init__(self) -> None:
        if len(self.starts) != len(self.text) or len(self.ends) != len(self.text):
            raise ValueError("alignment arrays must have one entry per character of text")

    # ------------------------------------------------------------------ construction
    @classmethod
    def identity(cls, text: str) -> AlignedText:
        """The text aligned with itself (no change)."""
        idx = np.arange(len(text), dtype=np.int64)
        return cls(text, text, idx, idx + 1)

    def then(self, later: AlignedText) -> AlignedText:
        """Compose with a rewrite of :attr:`text`: the result maps ``later.text`` to :attr:`source`.

        Parameters
        ----------
        later : AlignedText
            A view whose ``source`` is this view's ``text``.
        """
        if later.source != self.text:
            raise ValueError("the later view must be derived from this view's text")
        if not len(later.text):
            empty = np.zeros(0, dtype=np.int64)
            return AlignedText("", self.source, empty, empty, self.edits + self._lift(later.edits))
        if len(self.text):
            starts = self.starts[later.starts]
            ends = self.ends[np.maximum(later.ends - 1, 0)]
            # characters inserted from nothing (empty source span) take the point they were inserted at
            inserted = later.ends == later.starts
            if inserted.any():
                points = np.array([self._point_to_source(int(p)) for p in later.starts[inserted]], dtype=np.int64)
                starts = starts.copy()
                ends = ends.copy()
                starts[inserted] = points
                ends[inserted] = points
        else:
            starts = np.zeros(len(later.text), dtype=np.int64)
            ends = starts.copy()
        return AlignedText(later.text, self.source, starts, ends, self.edits + self._lift(later.edits))

    def _lift(self, edits: Iterable[Edit]) -> tuple[Edit, ...]:
        lifted = []
        for e in edits:
            s, t = self.to_source(e.source_start, e.source_end)
            lifted.append(Edit(e.step, s, t, self.source[s:t], e.after))
        return tuple(lifted)

    # ------------------------------------------------------------------ mapping
    def _point_to_source(self, pos: int) -> int:
        if pos < len(self.text):
            return int(self.starts[pos])
        return int(self.ends[-1]) if len(self.text) else 0

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of :attr:`text` to the span of :attr:`source` it came from.

        Parameters
        ----------
        start, end : int
            Character offsets into :attr:`text`, ``0 <= start <= end <= len(text)``.

        Returns
        -------
        tuple of int
            ``(source_start, source_end)``; an empty span maps to an empty span.
        """
        self._check_span(start, end, len(self.text))
        if end == start:
            p = self._point_to_source(start)
            return p, p
        return int(self.starts[start]), int(self.ends[end - 1])

    def from_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of :attr:`source` to the smallest span of :attr:`text` covering what survived of it.

        A source span that was deleted entirely (e.g. a zero-width space) maps to the
        empty span where it used to be.
        """
        self._check_span(start, end, len(self.source))
        lo = int(np.searchsorted(self.ends, start, side="right"))
        if end == start:
            return lo, lo
        hi = int(np.searchsorted(self.starts, end, side="left"))
        return (lo, hi) if hi > lo else (lo, lo)

    @staticmethod
    def _check_span(start: int, end: int, length: int) -> None:
        if not 0 <= start <= end <= length:
            raise IndexError(f"span ({start}, {end}) outside text of length {length}")

    # ------------------------------------------------------------------ reporting
    def edits_frame(self) -> pd.DataFrame:
        """What the rewrites changed, one row per edit.

        Returns
        -------
        pandas.DataFrame
            Columns ``step, source_start, source_end, before, after``.
        """
        cols = ["step", "source_start", "source_end", "before", "after"]
        return pd.DataFrame([e.__dict__ for e in self.edits], columns=cols)


Replacement = Callable[[re.Match[str]], str]


def rewrite(text: str, pattern: re.Pattern[str], replacement: Replacement, *, step: str) -> AlignedText:
    """Replace every match of ``pattern`` and keep the alignment.

    A replacement of the same length as its match maps character by character; any
    other replacement maps each new character to the whole matched span.

    Parameters
    ----------
    text : str
        The source text.
    pattern : re.Pattern
        What to replace.
    replacement : callable
        Match -> new string (return ``match.group(0)`` to leave it unchanged).
    step : str
        Name recorded on each :class:`Edit`.

    Examples
    --------
    >>> import re
    >>> v = rewrite("Hà\u00a0Nội", re.compile("\u00a0"), lambda m: " ", step="spaces")
    >>> v.text, v.to_source(3, 6)
    ('Hà Nội', (3, 6))
    """
    pieces: list[str] = []
    starts: list[np.ndarray] = []
    ends: list[np.ndarray] = []
    edits: list[Edit] = []
    pos = 0
    for m in pattern.finditer(text):
        a, b = m.span()
        new = replacement(m)
        if new == m.group(0):
            continue
        if a > pos:
            pieces.append(text[pos:a])
            run = np.arange(pos, a, dtype=np.int64)
            starts.append(run)
            ends.append(run + 1)
        if new:
            pieces.append(new)
            if len(new) == b - a:
                run = np.arange(a, b, dtype=np.int64)
                starts.append(run)
                ends.append(run + 1)
            else:
                starts.append(np.full(len(new), a, dtype=np.int64))
                ends.append(np.full(len(new), b, dtype=np.int64))
        edits.append(Edit(step, a, b, m.group(0), new))
        pos = b
    if not edits:
        return AlignedText.identity(text)
    if pos < len(text):
        pieces.append(text[pos:])
        run = np.arange(pos, len(text), dtype=np.int64)
        starts.append(run)
        ends.append(run + 1)
    empty = np.zeros(0, dtype=np.int64)
    return AlignedText(
        "".join(pieces),
        text,
        np.concatenate(starts) if starts else empty,
        np.concatenate(ends) if ends else empty,
        tuple(edits),
    )


def stripped_spans(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans with surrounding whitespace trimmed off; spans left empty are dropped.

    Examples
    --------
    >>> stripped_spans("  Hà Nội  \\n  ", [(0, 10), (10, 13)])
    [(2, 8)]
    """
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out
