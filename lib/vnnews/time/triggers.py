"""What happened in a sentence: trigger words (``data/event_triggers.tsv``) found on the
article's words, with a part-of-speech and context check for words that are also nouns
(``tổ chức hội nghị`` is a meeting held; ``576 tổ chức đảng``, ``Ban Tổ chức`` are not).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..data import read_table
from ..text.normalize import fold

__all__ = ["Trigger", "Word", "sentence_triggers"]

#: how many words after ``tổ chức`` its event object may come (``tổ chức thành công Đại hội``)
OBJECT_REACH = 4


@dataclass(frozen=True)
class Word:
    """A word of a sentence, as the tokenisation layer gives it."""

    start: int
    end: int
    text: str
    pos: str


@dataclass(frozen=True)
class Trigger:
    """A trigger found in a sentence: its span, the trigger word and its kind."""

    start: int
    end: int
    word: str
    kind: str


@cache
def _triggers() -> dict[str, tuple[str, frozenset[str]]]:
    table = read_table("event_triggers.tsv")
    return {fold(t): (k, frozenset(c.split())) for t, k, c in zip(table["trigger"], table["kind"], table["check"])}


@cache
def _context(kind: str) -> frozenset[str]:
    table = read_table("event_objects.tsv")
    return frozenset(fold(w) for w, k in zip(table["word"], table["kind"]) if k == kind)


@cache
def _longest_trigger() -> int:
    """Words in the longest trigger of the table (a run of words is tried from that length down)."""
    return max(len(t.split()) for t in _triggers())


def _key(words: Sequence[Word]) -> str:
    return " ".join(" ".join(fold(w.text) for w in words).split())


def _starts_with_object(word: str) -> bool:
    objects = _context("object")
    parts = word.split()
    return any(" ".join(parts[:n]) in objects for n in range(1, len(parts) + 1))


def _verb_ok(words: Sequence[Word], i: int) -> bool:
    word = words[i]
    if word.pos != "V":
        return False
    if i > 0 and word.text != word.text.lower():  # a capital inside the sentence: part of a name (Ban Tổ chức)
        return False
    before = _key(words[i - 1 : i]) if i > 0 else ""
    return not (before in _context("quantifier") or any(c.isdigit() for c in before))


def _object_ok(words: Sequence[Word], i: int, n: int) -> bool:
    after = [_key([w]) for w in words[i + n : i + n + OBJECT_REACH]]
    if any(_starts_with_object(w) for w in after):
        return True
    before = _key(words[i - 1 : i]) if i > 0 else ""
    return before in _context("passive") and any(_starts_with_object(_key([w])) for w in words[:i])


def sentence_triggers(words: Sequence[Word]) -> list[Trigger]:
    """The triggers among the words of one sentence, in order (the longest run of words wins).

    Examples
    --------
    >>> w = [Word(0, 3, "576", "M"), Word(4, 11, "tổ chức", "V"), Word(12, 16, "đảng", "N"), Word(17, 19, "đã", "R"),
    ...      Word(20, 27, "tổ chức", "V"), Word(28, 36, "hội nghị", "N")]
    >>> [(t.word, t.kind, t.start) for t in sentence_triggers(w)]
    [('tổ chức', 'meeting', 20), ('hội nghị', 'meeting', 28)]
    """
    table = _triggers()
    longest = _longest_trigger()
    pieces = [" ".join(fold(w.text).split()) for w in words]  # each word's key, folded once (as _key folds it)
    found, i = [], 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            key = " ".join(p for p in pieces[i : i + n] if p)  # _key(words[i : i + n])
            if key not in table:
                continue
            kind, checks = table[key]
            if "V" in checks and not _verb_ok(words, i):
                continue
            if "event_object" in checks and not _object_ok(words, i, n):
                continue
            if kind != "none":  # nghỉ lễ, ký tặng: no happening, and no trigger inside them
                found.append(Trigger(words[i].start, words[i + n - 1].end, key, kind))
            i += n - 1
            break
        i += 1
    return found
