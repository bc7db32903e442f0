"""Syllables of one paragraph with what the entity grammar asks of them: case, folded form,
whether they are written in Vietnamese spelling, and the word (token) and POS tag they belong to.

Words glued by a lost space are read as two (``Hà NộiÔng Tô Anh Dũng``, ``Tiền GiangXe``,
``ItalyCarol``: a dateline run into the lead; ``TP.Hồ Chí Minh``), but camel-case names with a part that
is not Vietnamese nor a place stay whole (``VnExpress``).
"""
from __future__ import annotations

import bisect
from collections.abc import Container, Sequence

from ..text.normalize import fold
from .lexicon import SYLLABLE, Phrases
from .spelling import has_vietnamese_letter, is_vietnamese_syllable

__all__ = ["Syllables", "TokenColumns", "is_vietnamese_syllable"]

_SENTENCE_OPENERS = frozenset('.!?:;"“”(\n…')
#: what, right before the space before a word, may make it open a sentence (:func:`_starts_sentence`)
_NOT_PLAIN_BEFORE = _SENTENCE_OPENERS | frozenset(" -–")


def _starts_sentence(text: str, lo: int, a: int) -> bool:
    """Is the word at ``a`` the first of a sentence (paragraph start, or after . ! ? : ; quotes, a
    bracket or a dash)?"""
    k = a - 1
    while k >= lo and text[k] == " ":
        k -= 1
    return k < lo or text[k] in _SENTENCE_OPENERS or (text[k] in "-–" and k > lo and text[k - 1] == " ")

def _in_code(text: str, a: int, b: int) -> bool:
    """Are the letters ``text[a:b]`` part of a code: one letter, or capitals (up to four), glued to a digit
    (``C50``, ``K02``, ``PC02``, ``QH1621``, ``CP1a``, ``1A``)? A word glued to a number by a lost space is no code
    (``Quảng Trị18 ha``: a dateline run into the lead)."""
    glued = (b < len(text) and text[b].isdigit()) or (a > 0 and text[a - 1].isdigit())
    return glued and (b - a == 1 or (b - a <= 4 and text[a:b].isupper()))


TokenColumns = tuple[Sequence[int], Sequence[int], Sequence[str], Sequence[str]]

def _pieces(text: str, start: int, end: int, places: Container[str] = ()) -> list[tuple[int, int]]:
    """Split one written word where a lost space glued two words (see module docs); ``places``: folded
    names of places, which a dateline glues to the lead (``ItalyCarol``)."""
    word = text[start:end]
    if "." not in word and (word[1:].islower() or word.isupper() or len(word) < 2):
        return [(start, end)]  # nothing glued: most words
    cuts = [start]
    for k in range(start + 1, end):
        before, here = text[k - 1], text[k]
        after = text[k + 1] if k + 1 < end else ""
        glued = (before.islower() and here.isupper()) or (before.isupper() and here.isupper() and after.islower())
        left, right = text[cuts[-1] : k], text[k:end]
        if glued and (has_vietnamese_letter(left) or has_vietnamese_letter(right)
                      or (len(left) > 1 and is_vietnamese_syllable(left) and len(right) > 1 and is_vietnamese_syllable(right))
                      or (len(left) > 1 and left.isupper() and len(right) > 1 and is_vietnamese_syllable(right))  # TP HCMSau
                      or (cuts[-1] == start and fold(left) in places and right[1:].islower())):
            cuts.append(k)
        elif before == "." and here.isupper() and after.islower() and text[cuts[-1] : k - 1].isupper():
            cuts.append(k)  # TP.Hồ Chí Minh, TS.Nguyễn
    spans = []
    for a, b in zip(cuts, cuts[1:] + [end]):
        b2 = b - 1 if b < end and text[b - 1] == "." else b
        spans.append((a, b2 if b2 > a else b))
    return spans


class Syllables:
    """The syllables of ``text[start:end]`` (one paragraph), each with precomputed attributes.

    Attributes (lists indexed by syllable)
    --------------------------------------
    spans : (start, end) in the article text
    word : folded form
    cap : starts with a capital letter
    upper : written all in capitals (two letters or more)
    viet : spelled as a Vietnamese syllable
    code : the letters of a code glued to digits (``C50``, ``QH1621``, ``ga C9``, ``1A``): no name
    joined : separated from the previous syllable by spaces only
    token : index of the token (word) that holds the syllable, or -1
    """

    def __init__(self, text: str, folded: str, start: int, end: int, tokens: TokenColumns,
                 common_words: frozenset[str] = frozenset(), places: Container[str] = ()) -> None:
        self.text, self.folded = text, folded
        self._common = common_words
        spans: list[tuple[int, int]] = []
        for m in SYLLABLE.finditer(text, start, end):
            spans.extend(_pieces(text, m.start(), m.end(), places))
        self.spans = spans
        self.starts = [a for a, _ in spans]
        self.n = len(spans)
        written = [text[a:b] for a, b in spans]
        self.word = [folded[a:b].replace("’", "'") for a, b in spans]
        self.cap = [w[0].isupper() for w in written]
        self.upper = [len(w) > 1 and w.isupper() for w in written]
        self.viet = [is_vietnamese_syllable(w) and "." not in w for w in written]
        size = len(text)
        # a code's letters are glued to a digit (:func:`_in_code`); a word after a space and a letter or digit
        # opens no sentence (:func:`_starts_sentence`): most syllables, told apart without a call
        self.code = [((b < size and text[b].isdigit()) or (a > 0 and text[a - 1].isdigit())) and _in_code(text, a, b)
                     for a, b in spans]
        self.sentence_start = [not (a - 2 >= start and text[a - 1] == " " and text[a - 2] not in _NOT_PLAIN_BEFORE)
                               and _starts_sentence(text, start, a) for a, _ in spans]
        self.joined = [False] + [text[spans[i - 1][1] : spans[i][0]].strip(" ") == "" and spans[i - 1][1] < spans[i][0]
                                 for i in range(1, len(spans))]
        t_starts, t_ends, self._pos, self._norm = tokens
        self._t_starts, self._t_ends = t_starts, t_ends
        # the token holding each syllable: the last one starting at or before it, when it reaches past it
        last = [bisect.bisect_right(t_starts, a) - 1 for a in self.starts]
        self.token = [k if k >= 0 and a < t_ends[k] else -1 for k, a in zip(last, self.starts)]
        self.memo: dict[tuple[str, int], int] = {}  # results of the shape functions, by (shape, syllable)

    # ------------------------------------------------------------------ positions
    def index_at(self, offset: int) -> int | None:
        """Index of the syllable starting exactly at ``offset``."""
        i = bisect.bisect_left(self.starts, offset)
        return i if i < self.n and self.starts[i] == offset else None

    def next_index(self, offset: int) -> int:
        """Index of the first syllable starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def start(self, i: int) -> int:
        return self.spans[i][0]

    def end(self, i: int) -> int:
        return self.spans[i][1]

    def gap(self, i: int) -> str:
        """The characters between syllable ``i - 1`` and syllable ``i``."""
        return self.text[self.spans[i - 1][1] : self.spans[i][0]] if i > 0 else ""

    # ------------------------------------------------------------------ tokens
    def pos(self, i: int) -> str:
        k = self.token[i]
        return self._pos[k] if k >= 0 else ""

    def token_word(self, i: int) -> str:
        """The folded word (token) that holds syllable ``i``."""
        k = self.token[i]
        return self._norm[k] if k >= 0 else self.word[i]

    def token_starts_here(self, i: int) -> bool:
        k = self.token[i]
        return k < 0 or self._t_starts[k] == self.spans[i][0]

    def token_ends_here(self, i: int) -> bool:
        k = self.token[i]
        return k < 0 or self._t_ends[k] <= self.spans[i][1]

    def in_lowercase_word(self, i: int) -> bool:
        """Does syllable ``i`` belong to a common word written with a capital: one capitalised
        syllable, then lower-case ones, at the start of a sentence (``Phát biểu``, ``Hồ sơ``) or
        one the data files write so (``Trung ương``, ``Chủ tịch``)? Mid-sentence, a capital starts
        a name the tagger glued to the next word (``ông Lương chịu``, ``Lê Việt Trung hứa``)."""
        k = self.token[i]
        if k < 0:
            return False
        a = self._t_starts[k]
        words = self.text[a : self._t_ends[k]].split()
        if not (len(words) > 1 and words[0][:1].isupper() and all(w[:1].islower() for w in words[1:])):
            return False
        first = self.index_at(a)
        return (first is not None and self.sentence_start[first]) or self.folded[a : self._t_ends[k]] in self._common

    # ------------------------------------------------------------------ phrases
    def match(self, i: int, phrases: Phrases, *, gaps: str = " ") -> tuple[int, object]:
        """Longest phrase of ``phrases`` starting at syllable ``i`` (syllables joined by spaces):
        ``(length, value)``, or ``(0, None)``."""
        best: tuple[int, object] = (0, None)
        if self.word[i] not in phrases.first:
            return best
        key: list[str] = []
        for k in range(i, min(self.n, i + phrases.longest)):
            if k > i and not self.joined[k]:
                break
            key.append(self.word[k])
            value = phrases.entries.get(tuple(key))
            if value is not None:
                best = (k - i + 1, value)
        return best

    def match_before(self, i: int, phrases: Phrases) -> tuple[int, object]:
        """Longest phrase of ``phrases`` ending right before syllable ``i`` (joined to it)."""
        best: tuple[int, object] = (0, None)
        if i <= 0 or not self.joined[i] or self.word[i - 1] not in phrases.last:
            return best
        key: list[str] = []
        for k in range(i - 1, max(-1, i - 1 - phrases.longest), -1):
            key.insert(0, self.word[k])
            value = phrases.entries.get(tuple(key))
            if value is not None:
                best = (i - k, value)
            if not self.joined[k]:
                break
        return best
