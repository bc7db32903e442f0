"""The lower-case words that finish the name of a title's body or post after the part the grammar read (``Cục trưởng Y tế
| dự phòng``, ``Phó phòng Kế toán | ngân quỹ``, ``Trưởng ban Báo X | điện tử``, ``Phó Kiểm toán trưởng KTNN | khu vực
IV``, ``Trưởng phòng | điều hành dự án``). After a title, a word of the segmenter's dictionary of two syllables or more
that is a noun of the department's field goes on the name; a function word, a word of one syllable (``dự`` "attend",
``tiếp`` "receive"), a new title, a name, a time word or a noun of people ends it, and so does a verb followed by its
object (``khuyến khích | người dân``): that is the predicate. A part of :class:`.titles.TitleReader`.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache

from ..text.dates import time_words
from .lexicon import Vocabulary, segmenter_dictionary
from .title_words import TitleWords

__all__ = ["FieldTails"]

_MOST_TAIL_WORDS = 4  # words of the lower-case tail, at most
#: tags of the words a field's tail is made of: a common noun, a borrowed noun, an adjective (điện tử, dự phòng)
_FIELD_TAGS = frozenset({"N", "Nb", "A"})
#: what ends a tail as a boundary: a separator, a bracket, the end of a sentence or a dash between spaces
_BOUNDARY = re.compile(r"[,;.:!?)\]\n\"“”]|[^\S\n]*[(\[]| [-–] |$")
#: a Roman numeral or an acronym in capitals, a numbered part of the body (khu vực IV, chi nhánh HN)
_CAPITAL_CODE = re.compile(r"[A-ZĐ]{1,8}(?![\w])")
#: kinds of time words that are no part of a body's name (nhiệm kỳ, thời điểm, hôm nay)
_TIME_KINDS = ("relative", "vague", "term_word", "unit", "part_of_day", "now")


@cache
def _time_nouns() -> frozenset[str]:
    return frozenset(w for kind in _TIME_KINDS for w in time_words(kind))


class FieldTails:
    """The lower-case tail of a title's body (mixed into :class:`.titles.TitleReader`; see module docs)."""

    text: str
    folded: str
    lex: Vocabulary
    words: TitleWords
    orgs: list[tuple[int, int]]
    places: list[tuple[int, int]]
    person_starts: list[int]
    head_at: Callable[[int], tuple[int, int] | None]
    head_by_end: dict[int, int]
    field_ends: frozenset[int]
    _whole_head: Callable[[int], bool]
    _title_stop: re.Pattern[str]
    _place_after_body: Callable[[int, int], int]

    def _stops_tail(self, a: int, b: int) -> bool:
        """Is the segmenter's word ``text[a:b]`` no word of a field's tail (see module docs)?"""
        w = self.folded[a:b]
        lex = self.lex
        return len(w.split()) < 2 or w not in segmenter_dictionary() or not self.text[a].islower() \
            or self.head_at(a) is not None or self._person_at(a) or self._title_stop.match(self.folded, a) is not None \
            or w in _time_nouns() or w in lex.plural or w in lex.words["group"] or w in lex.words["kinship"] \
            or w in lex.words["title_end"] or w in lex.event_objects or (tuple(w.split()) in lex.person_words.entries)

    def _person_at(self, offset: int) -> bool:
        k = bisect.bisect_left(self.person_starts, offset)
        return k < len(self.person_starts) and self.person_starts[k] == offset

    def _closed_body(self, end: int) -> bool:
        """Does a body's name (not a field read after a head) or a place end at ``end``?"""
        ends = self.__dict__.get("_closed_ends")
        if ends is None:
            ends = self.__dict__["_closed_ends"] = frozenset(e for _, e in self.orgs if e not in self.field_ends) \
                | frozenset(e for _, e in self.places)
        return end in ends

    def _capital_or_stop_after(self, b: int, limit: int) -> bool:
        """Is the word ending at ``b`` followed by a separator, the end of the sentence or a capitalised word?"""
        rest = self.text[b:limit]
        return _BOUNDARY.match(rest) is not None or (rest[:1] == " " and rest[1:2].isupper())

    def _department_head(self, head_end: int) -> bool:
        """Does the title end with its bare head, whose last word names a department (``Trưởng phòng``, ``Phó ban``)?"""
        start = self.head_by_end.get(head_end)
        if start is None:
            return False
        last = self.folded[start:head_end].split()[-1:]
        return bool(last) and tuple(last) in self.lex.org_heads.entries

    def lower_tail(self, head_end: int, end: int, limit: int) -> int:
        """End of the title ending at ``end`` (its head ending at ``head_end``) with the lower-case words that finish its
        body's name, and a body, a place or a numbered part written right after them; ``end`` if none."""
        if self._whole_head(head_end) and end == head_end:
            return end  # Thiếu úy | quân nhân ...: a rank or a degree has no body
        closed = self._closed_body(end)
        at, run_end, verb_of_head = end, end, False
        for _ in range(_MOST_TAIL_WORDS):
            if self.text[at : at + 1] != " " or at + 1 >= limit:
                break
            word = self.words.word_at(at + 1)
            if word is None or word[1] > limit or self._stops_tail(at + 1, word[1]):
                break
            a, b, tag = at + 1, word[1], word[2]
            cue = self.lex.cues["clause"].match(self.folded, a)
            verbal = self.lex.pos_class.get(tag) == "verbal"
            if not verbal and tag not in _FIELD_TAGS:
                break
            after = self.words.word_at(b + 1) if self.text[b : b + 1] == " " else None
            object_after = after is not None and self.text[after[0]].islower() and after[2] in _FIELD_TAGS \
                and self.folded[after[0] : after[1]] not in self.lex.org_inner
            inner = self.folded[a:b] in self.lex.org_inner
            if (verbal or tag == "A") and not inner and (closed or not self._capital_or_stop_after(b, limit)):
                break  # Phòng X | phấn khởi, Sở Y | khuyến khích người dân: a word of the predicate after a whole body
            if verbal or (cue is not None and cue.end() == b):
                if (cue is not None and cue.end() == b) or object_after:
                    if not (run_end == head_end and self._department_head(head_end) and inner):
                        break  # a verb of the clause or a verb and its object: the predicate
                    verb_of_head = True
            run_end = at = b
        if run_end == end:
            return end
        rest = self.text[run_end:limit]
        pointer = re.match(r" (\w+(?: \w+)?)", self.folded[run_end : run_end + 12])
        if pointer and any(w in self.lex.words["back_reference"] for w in (pointer.group(1), pointer.group(1).split()[0])):
            return end  # giám đốc trung tâm | này: a noun pointing back to a body named before
        if _BOUNDARY.match(rest):
            return run_end
        if verb_of_head:
            return end  # Trưởng phòng điều hành ...: only a whole apposition makes the verb a field's
        if rest[:1] == " " and rest[1:2].isupper():
            at = run_end + 1
            for spans in (self.orgs, self.places):
                for s, e in spans:
                    if s == at and e <= limit:
                        return self._place_after_body(e, limit) if spans is self.orgs else e
            code = _CAPITAL_CODE.match(self.text, at)
            if code and code.end() <= limit and not self.text[code.end() + 1 : code.end() + 2].isupper():
                return code.end()
            return run_end
        nxt = self.words.word_at(run_end + 1)
        if nxt is not None and (self.lex.pos_class.get(nxt[2]) in ("verbal", "function")
                                or self.lex.cues["clause"].match(self.folded, nxt[0])):
            return run_end  # Trưởng ban Báo X điện tử | trình bày ...: the predicate
        return end
