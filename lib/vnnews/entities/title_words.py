"""Where a title read word by word ends, by the words of the sentence: a conjunction or a discourse
adverb standing as a word of its own (``giám đốc chi nhánh | nhưng chỉ đảm nhiệm``, ``phó giám đốc |
gồm ông A``), a verb that opens the predicate (``Giám đốc bệnh viện | gọi cho``), a bracket that ends a
chain before a name (an aside on the body or the time), the administrative unit that may follow a
body (``Chủ tịch UBMTTQVN | tỉnh Đồng Tháp``), a date word and a number (``Cục trưởng | từ 2004``) and a
common noun that points back to a body named before (``giám đốc | trung tâm này``); a preposition between
a title and a name (``Giám đốc bệnh viện | cho Đạt``). Also the words around heads the title reader needs:
a person word before a name (``ông``, ``đồng chí``), the bodies the abbreviation table writes out, and
heads from a user's lexicon merged with the grammar's.

The words are the segmenter's (``start, end, POS tag``), so ``chỉ`` ends a title and the word ``chỉ
huy`` does not; without them every written word counts.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from functools import cache

from ..text.abbreviations import abbreviation_table
from ..text.alternation import words_alternation
from ..text.dates import alternation, time_words
from ..text.normalize import fold
from .lexicon import Vocabulary, lexicon

__all__ = ["TitleWords", "admin_unit", "continues_chain", "cue_before", "date_after_word", "group_noun", "opens_name", "split_verb",
           "unglued", "without_back_reference", "without_trailing_bracket"]


class TitleWords:
    """The words of one article that can end a title.

    Parameters
    ----------
    text, folded : str
        The article text and its :func:`vnnews.text.normalize.fold` form (same offsets).
    words : iterable of (start, end, POS tag), optional
        The segmenter's words.
    in_body : callable
        Whether an offset lies inside an organisation's name (whose words end nothing).

    Examples
    --------
    >>> text = "Bà Chi, giám đốc chi nhánh nhưng chỉ đảm nhiệm việc điều hành."
    >>> words = TitleWords(text, text.lower(), None, lambda offset: False)
    >>> text[8 : words.end_at(8, len(text))]
    'giám đốc chi nhánh '
    """

    def __init__(self, text: str, folded: str, words: Iterable[tuple[int, int, str]] | None,
                 in_body: Callable[[int], bool]) -> None:
        self.text, self.folded, self._in_body = text, folded, in_body
        self.starts_place: Callable[[int], bool] = lambda offset: False  # set by the title reader, which knows the places
        self.lex = lexicon()
        self._title_end = re.compile(r"(?<!\w)(?:" + self.lex.alternation("title_end") + r")(?!\w)")
        tokens = sorted(words) if words is not None else None
        self._spans_set = {(a, b) for a, b, _ in tokens} if tokens is not None else None
        self._starts = [a for a, _, _ in tokens or []]
        self._spans = [(a, b) for a, b, _ in tokens or []]
        self._ends = [b for _, b in self._spans]
        self._pos = [pos for _, _, pos in tokens or []]

    def starts_word(self, offset: int) -> bool:
        """Does a word of the segmenter start at ``offset`` (always, when the words are not known)?"""
        if self._spans_set is None:
            return True
        k = bisect.bisect_left(self._starts, offset)
        return k < len(self._starts) and self._starts[k] == offset

    def content_word_end(self, offset: int) -> int | None:
        """End of the segmenter's word starting at ``offset``, None when no word starts there or it is a function
        word (``Trong``, ``Nhưng``); the written syllable's when the words are not known."""
        if self._spans_set is None:
            m = re.match(r"[^\W_]+", self.text[offset:])
            return offset + m.end() if m else None
        k = bisect.bisect_left(self._starts, offset)
        if k == len(self._starts) or self._starts[k] != offset or self.lex.pos_class.get(self._pos[k]) == "function":
            return None
        return self._spans[k][1]

    def word_at(self, offset: int) -> tuple[int, int, str] | None:
        """``(start, end, POS tag)`` of the segmenter's word starting at ``offset``, or of the syllables from ``offset`` of a
        word running over it; None if none or the words are not known."""
        k = bisect.bisect_right(self._starts, offset) - 1
        if k < 0 or not self._starts[k] <= offset < self._spans[k][1] or (self._starts[k] < offset and self.text[offset - 1] != " "):
            return None
        return offset, self._spans[k][1], self._pos[k]  # also the rest of a word the tagger glued over it (Cộng sản | điện tử)

    def end_at(self, start: int, stop: int) -> int | None:
        """Offset of the first word ending a title (``title_end`` of entity_words.tsv) in ``start:stop``
        that is a word of its own, outside the names of bodies."""
        for m in self._title_end.finditer(self.folded, start, stop):
            if (self._spans_set is None or m.span() in self._spans_set) and not self._in_body(m.start()):
                return m.start()
        return None

    def predicate_at(self, start: int, stop: int) -> int | None:
        """Offset of the first verb in ``start:stop`` that opens a predicate rather than a body's field: a
        verb in lower case, not a word of body names (``quản lý``, ``điều tra``), followed by a function
        word or by another verb that is not one either (``Giám đốc bệnh viện | gọi cho``, ``Chủ tịch Saigon
        Co.op | hẹn gặp``; but ``trưởng phòng kiểm soát an ninh``, ``phó phòng tham mưu tổng hợp``)."""
        k = bisect.bisect_left(self._starts, start)
        classes = self.lex.pos_class
        while k < len(self._starts) and self._starts[k] < stop:
            a, b = self._spans[k]
            if classes.get(self._pos[k]) == "verbal" and self.text[a].islower() \
                    and self.folded[a:b] not in self.lex.org_inner and not self._in_body(a) and not self._ends_head(k):
                following = classes.get(self._pos[k + 1]) if k + 1 < len(self._pos) else "punctuation"
                if following == "function" or (following == "verbal"
                                               and self.folded[slice(*self._spans[k + 1])] not in self.lex.org_inner):
                    return a
            k += 1
        return None

    def verb_ends(self, start: int, stop: int) -> bool:
        """Do the words of ``start:stop`` end with a verb in lower case, not a word of body names (``được cán bộ thôn
        | chứng thực`` Minh)? Then the name right after is its object, not the holder of the title before it."""
        k = bisect.bisect_left(self._ends, stop) if stop > start else len(self._spans)
        if k >= len(self._spans) or self._spans[k][1] != stop or self._spans[k][0] < start:
            return False
        a, b = self._spans[k]
        return self.lex.pos_class.get(self._pos[k]) == "verbal" and self.text[a].islower() \
            and self.folded[a:b] not in self.lex.org_inner and not self._in_body(a) and not self._ends_head(k)

    def _ends_head(self, k: int) -> bool:
        """Is word ``k`` the last syllable of a body's head the segmenter split (``Tỉnh | ủy``, ``Đảng | ủy``)?"""
        return k > 0 and (*self.folded[self._spans[k - 1][0] : self._spans[k - 1][1]].split(),
                          self.folded[slice(*self._spans[k])]) in self.lex.org_heads.entries

    def preposition_at(self, start: int, stop: int) -> int | None:
        """Offset of the first preposition in lower case in ``start:stop`` outside the names of bodies: between a title
        and a name it makes the name an object (``Giám đốc bệnh viện | cho Đạt``), not the holder; one before the name
        of a body or a place joins it to the title (``Chủ nhiệm Ủy ban Đối ngoại của Quốc hội``, ``Đại sứ tại Nhật Bản``)."""
        k = bisect.bisect_left(self._starts, start)
        while k < len(self._starts) and self._starts[k] < stop:
            a, _ = self._spans[k]
            if self._pos[k] == "E" and self.text[a].islower() and not self._in_body(a) and not (
                    k + 1 < len(self._spans) and (self._in_body(self._spans[k + 1][0]) or self.starts_place(self._spans[k + 1][0]))):
                return a  # not before a body or a place: Ủy ban Đối ngoại của Quốc hội X, Đại sứ tại Nhật Bản X
            k += 1
        return None


def without_trailing_bracket(text: str, a: int, b: int) -> int:
    """End of the title ``text[a:b]`` without a bracket it ends with (an aside on the body or the time,
    not the office), or a separator.

    Examples
    --------
    >>> text = "Vụ trưởng Vụ Tổ chức cán bộ (Ban Tổ chức Trung ương) Dương Minh Đức"
    >>> text[: without_trailing_bracket(text, 0, text.index(" Dương"))]
    'Vụ trưởng Vụ Tổ chức cán bộ'
    """
    piece = text[a:b].rstrip(" ,")
    if piece.endswith(")"):
        opening = piece.rfind("(")
        if opening > 0 and piece[:opening].strip():
            return a + len(piece[:opening].rstrip(" ,"))
    return a + len(text[a:b].rstrip(" ,-–"))  # Giám đốc Sở Y tế - Lê Văn A


def without_back_reference(text: str, start: int, stop: int) -> int:
    """``stop`` before a common noun and the word pointing back to the body named before (``trung tâm này``,
    ``công ty nói trên``, ``Sở này``): the title is what comes before the common noun, or before the pointer.

    Examples
    --------
    >>> text = "phó giám đốc trung tâm này"
    >>> text[: without_back_reference(text, 0, len(text))]
    'phó giám đốc'
    """
    words = list(re.finditer(r"\S+", text[start:stop]))
    folded = [fold(m.group(0)) for m in words]
    for n in (2, 1):
        if len(folded) > n and " ".join(folded[-n:]) in lexicon().words["back_reference"]:
            k = len(words) - n
            nouns = 0
            while k > 0 and nouns < 2 and words[k - 1].group(0).islower() \
                    and not admin_unit().fullmatch(folded[k - 1]):  # "Chủ tịch xã đó": the unit stays
                k -= 1
                nouns += 1
            return start + words[k - 1].end() if k else start
    return stop


@cache
def date_after_word() -> re.Pattern[str]:
    """A date word and a number (``từ 2004``, ``đến 5/2019``): the time an office was held, after the title."""
    return re.compile(r"(?<!\w)" + alternation(time_words("date_word")) + r"\s+\d")


@cache
def admin_unit() -> re.Pattern[str]:
    """An administrative unit word (``tỉnh``, ``huyện``, ``xã``; unit_words.tsv) and the spaces after it."""
    words = [" ".join(k) for k, unit in lexicon().units.entries.items() if unit.kind == "admin"]
    return re.compile(r"(?:" + words_alternation(words) + r")(?!\w)\s*")


@cache
def abbreviated_bodies() -> frozenset[tuple[str, ...]]:
    """The words of the bodies the abbreviation table writes out (``Hội đồng thành viên`` for HĐTV), folded."""
    table = abbreviation_table()
    return frozenset(tuple(fold(expansion).split()) for expansion, kind in zip(table["expansion"], table["kind"])
                     if kind == "body")


def with_lexicon_heads(heads: list[tuple[int, int]], lexicon: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The grammar's heads without those overlapping a lexicon head, and the lexicon heads, in order
    (both lists in text order, each without overlaps)."""
    ends = [b for _, b in lexicon]
    kept = list(lexicon)
    for a, b in heads:
        k = bisect.bisect_right(ends, a)
        if not (k < len(lexicon) and lexicon[k][0] < b):
            kept.append((a, b))
    return sorted(kept)


def person_word_before(folded: str, end: int, lex: Vocabulary) -> tuple[int, str | None]:
    """Length in characters and role of a person word (ông, đồng chí) ending at ``end``."""
    best: tuple[int, str | None] = (0, None)
    words = folded[max(0, end - 30) : end].split()
    for n in range(1, min(len(words), lex.person_words.longest) + 1):
        role = lex.person_words.entries.get(tuple(words[-n:]))
        phrase = " ".join(words[-n:])
        a = end - len(phrase)
        if role is not None and folded[a:end] == phrase and (a == 0 or not folded[a - 1].isalnum()):
            best = (len(phrase), role)
    return best


_CAPITALS = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
#: a lower-case letter with a capital glued after it
_GLUED = re.compile(f"[{_CAPITALS.lower()}](?=[{_CAPITALS}])")


def unglued(text: str, folded: str) -> str:
    """``folded`` with a space for the letter before a capital glued to a word in lower case (a dateline glued to
    the lead: ``Quảng NamChi cục trưởng``), so that a head there starts a word; same offsets."""
    glued = [m.start() for m in _GLUED.finditer(text)]
    if not glued:
        return folded
    letters = list(folded)
    for k in glued:
        letters[k] = " "
    return "".join(letters)


@cache
def cue_before(kind: str, *, words: int = 0) -> re.Pattern[str]:
    """A title cue of ``kind`` (and ``là``, or up to ``words`` words) ending right before a title."""
    return re.compile(lexicon().cues[kind].pattern + rf"\s*(?:là\s+|làm\s+|(?:[^\W\d]+\s+){{0,{words}}})$")


def continues_chain(folded: str, end: int, start: int) -> bool:
    """Does the title at ``start`` go on the chain of the title ending at ``end`` (only commas between)?"""
    return end >= 0 and re.fullmatch(r"[\s,;]*", folded[end:start]) is not None


@cache
def _person_words_gap() -> re.Pattern[str]:
    lex = lexicon()
    return re.compile(r"\s*(?:(?:[-–]\s*)?(?:" + lex.alternation("person_role") + r")\s+)?")


def opens_name(folded: str, end: int, name_start: int) -> bool:
    """Is there nothing but spaces, or a role noun (and a dash before it), between ``end`` and the name at
    ``name_start`` (``Thạc sĩ - nhạc sĩ X``: the title before it is that name's)?"""
    return _person_words_gap().fullmatch(folded, end, name_start) is not None


def split_verb(text: str, start: int, end: int) -> bool:
    """Is the one-syllable word at ``start:end`` the end of a capitalised word the segmenter split, a verb standing
    before a comma after a capitalised syllable (``Trưởng phòng Trang | bị, Vật tư``)? Then it opens no clause."""
    before = text.rfind(" ", 0, start - 1) + 1
    return " " not in text[start:end] and start >= 2 and text[start - 2].isalpha() and text[before].isupper() \
        and re.match(r"[,;.)]", text[end : end + 1]) is not None


def group_noun(text: str, folded: str, start: int, head: tuple[int, int], end: int) -> bool:
    """Is the title ``text[start:end]``, whose head is at ``head``, a plural group's generic noun: a noun of people
    (``group`` in entity_words.tsv) after a plural word, with a body in lower case (``các cán bộ sở ngành``) or
    after a word that counts no one (``nhiều đại biểu``)? It describes the group, not an office of any one member
    (a number before an office, ``Ba phó giám đốc gồm ...``, a named body, ``các đại biểu Quốc hội``, or the noun
    alone before the names it lists, ``các đại biểu A, B``, still gives each member the title).

    Examples
    --------
    >>> text = "Các cán bộ sở ngành gồm ông A"
    >>> group_noun(text, text.lower(), 4, (4, 10), 19)
    True
    >>> text = "Các đại biểu Quốc hội gồm ông A"
    >>> group_noun(text, text.lower(), 4, (4, 12), 21)
    False
    """
    lex = lexicon()
    before = folded[max(0, start - 12) : start].split()
    last = [before[-1], " ".join(before[-2:])] if before else []
    if not any(w in lex.plural for w in last) or folded[head[0] : head[1]] not in lex.words["group"]:
        return False
    body = text[head[1] : end].strip()
    return (bool(body) and body == body.lower()) or any(w in lex.words["vague_plural"] for w in last)
