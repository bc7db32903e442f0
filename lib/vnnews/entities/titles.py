"""Titles: which offices an article gives each person.

A title is a head (``Bí thư``, ``Giám đốc``, ``Thượng tướng``, ``UV BCT``) and the body it is
held in, which ends with the organisation written after the head (``Bí thư`` + ``Tỉnh ủy Hòa
Bình``) and the place written after it (``Chủ tịch UBMTTQVN tỉnh Đồng Tháp``), or else with the
words before the next separator, clause word, conjunction or predicate (:mod:`.title_words`). A
head that opens a longer organisation head names a body (``Đại sứ quán``). Titles belong to the
name they are written with, by the punctuation of the sentence:

- a chain before the name: ``Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng``;
- a chain after it, after a comma, a dash or in brackets, up to the end of the clause, a
  semicolon or the bracket: ``Nguyễn Văn A, UV BCT, Bí thư Thành ủy chủ trì``,
  ``các ông: A - Giám đốc X, Bí thư Y; B - ...``, ``Nguyễn Văn Hùng (cựu Bí thư Tỉnh ủy, hiện là
  Bộ trưởng ...)``; a title that runs up to the next name is that name's (``A, Bí thư Tỉnh ủy, Chủ
  tịch UBND tỉnh B``: the second title is B's), and a chain in apposition to one name is not
  read again before the next (``A, Bí thư chi bộ, Phó giám đốc X và đại tá B``);
- in narrative: :mod:`.narrative`.

``nguyên``/``cựu`` (former) holds for the titles after it in a chain until ``hiện là``/``nay
là``; ``quyền`` (acting) for its own title. Both are flags; the title is written out in full
in modern spelling (``CT HĐND tỉnh`` → ``Chủ tịch Hội đồng nhân dân tỉnh``, ``TP`` →
``Thành phố``). Every lookup is a binary search, so an article with thousands of titles takes
time in proportion to its length.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from ..text.normalize import fold
from .lexicon import Vocabulary, lexicon
from .spans import Mention
from .title_bodies import BodyEnds
from .title_chains import chain_left
from .title_forms import TitleSpan, degree_parts, normalize_title
from .title_tails import FieldTails
from .title_words import (
    TitleWords,
    abbreviated_bodies,
    continues_chain,
    cue_before,
    date_after_word,
    opens_name,
    split_verb,
    unglued,
    with_lexicon_heads,
    without_back_reference,
)

__all__ = ["TitleReader", "TitleSpan", "normalize_title"]

_TERMINATOR = re.compile(r"[;:()\[\]\"“”!?\n]|(?<!\d)\.|\.(?!\d)|\s[-–]\s|\s[-–](?=\w)")  # not the dot of 2.3
_SEPARATOR = re.compile(r"\s*[,;]\s*|\s+[-–]\s*")
_READ_AHEAD = 160  # characters a title's words are read in, at most
#: how far before the end of a title head the body it shares its last word with may start (Trưởng Ban, phó phòng)
_SHARED_WORD = 6
#: "của" before the body above a title's own, "tại" before the place of a post
_OF_BODY_BEFORE = re.compile(r"(?<!\w)của\s+$")
_AT_PLACE_BEFORE = re.compile(r"(?<!\w)tại\s+$")
_MOST_WORDS = 10  # words of a title read word by word, at most (a body's name read whole is not cut)


class TitleReader(BodyEnds, FieldTails):
    """Title heads of one article and the phrases they open (see module docs)."""

    def __init__(self, text: str, people: list[Mention], orgs: list[Mention],
                 lexicon_heads: Sequence[tuple[int, int, str]] = (), places: list[Mention] | None = None,
                 words: Iterable[tuple[int, int, str]] | None = None) -> None:
        """``lexicon_heads``: ``(start, end, canonical)`` of the titles of the user lexicon written in
        ``text`` (:func:`.user_lexicon.lexicon_title_heads`); they are heads, and win over the heads
        of the grammar they overlap. ``places``: LOC mentions (a place after a body ends the title
        there); ``words``: the segmenter's words as ``(start, end, POS tag)``, so that a word ending a
        title (``chỉ``) is not read inside a longer one (``chỉ huy``) and a verb that opens the
        predicate ends it."""
        self.text, self.folded = text, fold(text)
        self.lex: Vocabulary = lexicon()
        self._title_stop = re.compile(r"(?<!\w)(?:" + self.lex.alternation("title_stop") + "|"
                                      + self.lex.cues["joiner"].pattern + r")(?!\w)")
        self.orgs = sorted((o.start, o.end) for o in orgs)
        self.org_starts = [a for a, _ in self.orgs]
        self.words = TitleWords(text, self.folded, words, lambda offset: self._inside(self.orgs, self.org_starts, offset))
        self.places = sorted((p.start, p.end) for p in places or [])
        self.place_starts = [a for a, _ in self.places]
        place_starts = set(self.place_starts)
        self.words.starts_place = place_starts.__contains__
        self.people = _without_body_tails(text, sorted((p.start, p.end) for p in people), self.orgs)
        self.person_starts = [a for a, _ in self.people]
        heads = []
        compound = re.compile(r"(?:" + self.lex.alternation("head_compound") + r")(?!\w)")
        self.unglued = unglued(text, self.folded)  # a dateline glued to the lead parted from it: Quảng NamChi cục trưởng
        for m in self.lex.title_head.finditer(self.unglued):
            a, b = m.span()
            if self._inside(self.orgs, self.org_starts, a, strict=True) or self._inside(self.people, self.person_starts, a):
                continue
            if compound.match(self.folded, a):
                continue  # Quyết định giám đốc thẩm: no office
            if m.group(0) in self.lex.ambiguous_titles and not text[a:b].isupper():
                continue
            if self._opens_body(a, b) or self._ends_body(a, b):
                continue
            heads.append((a, b))
        self.spelling = sorted((a, b, name) for a, b, name in lexicon_heads if name)  # lexicon titles with a canonical name
        if lexicon_heads:
            heads = with_lexicon_heads(heads, [(a, b) for a, b, _ in lexicon_heads if not (
                self._inside(self.orgs, self.org_starts, a, strict=True) or self._inside(self.people, self.person_starts, a))])
        self.heads = heads
        self.head_starts = [a for a, _ in heads]
        self.head_by_end = {b: a for a, b in heads}
        fields = self._fields_after_heads()
        self.field_ends = frozenset(b for _, b in fields)
        if fields:  # a ministry's field after a head is a body: "và" in it ends nothing
            self.orgs = sorted(self.orgs + fields)
            self.org_starts = [a for a, _ in self.orgs]

    @staticmethod
    def _inside(spans: list[tuple[int, int]], starts: list[int], offset: int, strict: bool = False) -> bool:
        k = bisect.bisect_right(starts, offset - 1 if strict else offset) - 1
        return k >= 0 and spans[k][0] <= offset < spans[k][1] and (not strict or spans[k][0] < offset)

    def _opens_body(self, a: int, b: int) -> bool:
        """Is the head at ``a:b`` the first words of a longer organisation head (``Đại sứ`` in ``Đại sứ
        quán Việt Nam``)? Then it names a body, not an office."""
        heads = self.lex.org_heads
        words = []
        for m in re.finditer(r"\w+|[^\w\s]", self.folded[a : a + 16 * heads.longest]):
            if not m.group(0)[0].isalnum() or len(words) == heads.longest:
                break
            words.append(m.group(0))
        n = len(self.folded[a:b].split())
        return any(tuple(words[:k]) in heads.entries for k in range(n + 1, len(words) + 1))

    def _ends_body(self, a: int, b: int) -> bool:
        """Is the head at ``a:b`` the last words of a body's name written before it (``thành viên`` in
        ``Hội đồng thành viên``, a body of the abbreviation table)? Then it is part of the body, not a second office."""
        own = tuple(self.folded[a:b].split())
        before = tuple(self.folded[max(0, a - 40) : a].split())
        return any(before[len(before) - k :] + own in abbreviated_bodies() for k in range(1, min(len(before), 4) + 1))

    def _cue_compound(self, start: int, end: int) -> bool:
        """The cue word read at ``start:end`` ends a noun (``chính quyền`` "government" before ``Giám đốc``):
        it marks no former or acting title."""
        return self.lex.cue_compound.search(self.folded[max(0, start - 12) : end]) is not None

    # ------------------------------------------------------------------ one title
    def head_at(self, offset: int) -> tuple[int, int] | None:
        """The head starting at ``offset`` (after spaces), with ``nguyên``/``cựu``/``quyền`` before it."""
        while offset < len(self.text) and self.text[offset] == " ":
            offset += 1
        prefix = self.lex.title_prefix.match(self.folded, offset)
        if prefix and self._cue_compound(offset, prefix.end()):
            prefix = None
        at = prefix.end() if prefix else offset
        k = bisect.bisect_left(self.head_starts, at)
        if k < len(self.heads) and self.heads[k][0] == at:
            return offset, self.heads[k][1]
        return None

    def phrase_end(self, head_end: int, limit: int) -> int:
        """End of the title whose head ends at ``head_end``: the end of the body named right after
        the head (or sharing its last word: "Trưởng Ban Tổ chức Trung ương"), with a place after
        a comma ("..., tỉnh Thái Nguyên"); else the words up to a separator, clause or name."""
        limit = min(limit, head_end + _READ_AHEAD)
        k = bisect.bisect_left(self.org_starts, head_end - _SHARED_WORD)
        end = head_end
        while k < len(self.orgs) and self.orgs[k][0] <= end + 1 and self.orgs[k][1] <= limit:
            end = max(end, self.orgs[k][1])
            k += 1
        field = self.lex.field.match(self.folded, head_end + 1) if self.folded[head_end : head_end + 1] == " " else None
        if field and field.end() <= limit and end == head_end and self.text[head_end + 1].isupper():
            end = field.end()
        if (end in self.field_ends or (field and end == field.end())) and re.match(r" [^\W\d_]", self.text[end : end + 2]) \
                and self.text[end + 1].islower():
            longer = self._words_end(head_end, limit)  # Giám đốc Tài chính kế toán Công ty X: the field goes on
            end = end if opens_name(self.folded, longer, self._next_person(longer)) else max(end, longer)  # not up to a name
        if field and end == field.end():  # a known field, and another after và: Vụ trưởng Khoa học công nghệ Môi trường và Hợp tác quốc tế
            end = self._field_after_and(end, limit)
        if end > head_end:
            end = self._place_after_body(end, limit)
            if self.text[end - 1].islower():  # a body's name ending in lower case goes on after "và": phòng tàu cá và dịch vụ ...
                end = self._field_after_and(end, limit, lower_only=True)
        elif not self._whole_head(head_end):
            end = self._field_after_and(self._words_end(head_end, limit), limit)
        while end > head_end and (longer := self._dash_field(end, limit)) > end:
            end = longer  # a department named over several dashes: Khoa Tim mạch - Lão khoa - Phục hồi chức năng
        end = self.lower_tail(head_end, end, limit)  # Cục trưởng Y tế | dự phòng: the body's name goes on in lower case
        if end > head_end:
            end = self._bare_parent(end, limit)  # trưởng phòng Tổng hợp | Văn phòng, ...: the body above, its head alone
        if end > head_end:
            end = self._post_abroad(end, limit)
        return self._body_in_brackets(end, limit)

    def _next_person(self, offset: int) -> int:
        k = bisect.bisect_left(self.person_starts, offset)
        return self.people[k][0] if k < len(self.people) else len(self.text)

    def _whole_head(self, head_end: int) -> bool:
        """Whether the head ending at ``head_end`` is a whole title (a rank, degree, clergy rank or honorary
        title: ``none`` body in titles.tsv), whose words after it are no body: ``Thiếu úy | quân nhân ...``."""
        start = self.head_by_end.get(head_end)
        return start is not None and self.folded[start:head_end] in self.lex.whole_titles

    def _words_end(self, start: int, limit: int) -> int:
        stop = limit
        for pattern in (_TERMINATOR, _SEPARATOR, self._title_stop, date_after_word()):
            m = pattern.search(self.folded, start, limit)
            if m:
                stop = min(stop, m.start())
        for m in self.lex.cues["clause"].finditer(self.folded, start, stop):
            # "bị" ends a title, not inside "Trang bị", split or not (Trưởng phòng Trang | bị, Vật tư: a one-syllable
            # verb after a capitalised word, before a comma)
            if self.words.starts_word(m.start()) and not split_verb(self.text, m.start(), m.end()):
                stop = m.start()
                break
        for ends in (self.words.end_at(start, stop), self.words.predicate_at(start, stop)):
            if ends is not None and ends > start:
                stop = min(stop, ends)
        k = bisect.bisect_left(self.head_starts, start + 1)
        if k < len(self.heads) and self.heads[k][0] < stop and self.text[start : self.heads[k][0]].strip():
            stop = self.heads[k][0]
        k = bisect.bisect_left(self.person_starts, start)
        if k < len(self.people) and self.people[k][0] < stop:
            stop = self.people[k][0]
        stop = without_back_reference(self.text, start, stop)
        piece = self.text[start:stop]
        words = piece.split()
        if len(words) > _MOST_WORDS:
            cut = start + len(piece) - len(piece.lstrip()) + len(" ".join(words[:_MOST_WORDS]))
            k = bisect.bisect_left(self.place_starts, cut + 1)  # a place right after the last word read: the body's own
            stop = self.places[k][1] if k < len(self.places) and self.places[k][0] == cut + 1 and self.places[k][1] <= stop else cut
        # an organisation cut by the stop is kept whole (its name may hold commas and more words)
        k = bisect.bisect_right(self.org_starts, stop) - 1
        if k >= 0 and self.orgs[k][0] >= start and self.orgs[k][1] > stop and self.orgs[k][1] <= limit:
            return self._place_after_body(self.orgs[k][1], limit)
        return start + len(self.text[start:stop].rstrip())

    # ------------------------------------------------------------------ chains
    def chain_right(self, start: int, limit: int, *, bracket: bool = False, former: bool = False) -> list[tuple[int, int, bool]]:
        """Titles from ``start`` on: a head there, then more after separators and joiners, up to
        ``limit``; ``(start, end, former)`` each. In brackets only ")" ends the chain."""
        out: list[tuple[int, int, bool]] = []
        pos, merge = start, False
        next_person = self.person_starts[bisect.bisect_left(self.person_starts, start)] if \
            bisect.bisect_left(self.person_starts, start) < len(self.people) else len(self.text)
        while pos < limit:
            current = self.lex.cues["current"].match(self.folded, pos)
            if current:  # (Giám đốc Sở X, hiện giữ chức vụ Bí thư Huyện ủy): the titles before it are no longer held
                out = [(a, b, True) for a, b, _ in out]
                former = False
                pos = current.end()
                pos = _skip(self.folded, pos)
            head = self.head_at(pos)
            if head is None:
                break
            a, head_end = head
            if re.match(r"\s+(?:" + self.lex.alternation("plural") + r")\s", self.folded[head_end : head_end + 12]):
                break  # "bộ trưởng các bộ ...": a plural title names other people
            end = self._name_after_comma(self._parent_after_comma(self.phrase_end(head_end, limit), limit), limit)
            if next_person <= limit and next_person >= end and opens_name(self.folded, end, next_person):
                break  # runs up to the next name: that name's title (Thạc sĩ - nhạc sĩ X)
            flag = former or self.lex.cues["former"].match(self.folded, a) is not None
            if merge:
                out[-1] = (out[-1][0], end, out[-1][2])
                break
            out.append((a, end, flag))
            former = flag
            # "(Chủ nhiệm Kỹ thuật và Phó Tư lệnh)": "và" before a head joins a second title of the same person
            sep = re.match(r"\s*(?:,|;)?\s*(?:(?:" + self.lex.cues["joiner"].pattern + "|" + self.lex.alternation("conjunction")
                           + r")\s*)?|\s+[-–]\s+", self.folded[end:limit])
            if sep is None or sep.end() == 0:
                break
            # a head right after the words of a title is their object (thành viên ban giúp việc | Bộ trưởng Công an): one title
            merge = not sep.group(0).strip() and not self._whole_head(head_end)
            if ";" in sep.group(0) and not bracket:
                break
            pos = end + sep.end()
        return out

    def chain_left(self, lo: int, name_start: int) -> list[tuple[int, int, bool]]:
        """Titles right before a name (:func:`.title_chains.chain_left`)."""
        return chain_left(self, lo, name_start)

    def _clean(self, a: int, b: int) -> bool:
        """Can ``text[a:b]`` be the words of a title (no sentence punctuation, no clause, no person,
        balanced brackets)?"""
        body = list(self.folded[a:b])
        # a body, and "của" joining it as the parent of the body before (Ủy ban Đối ngoại của Quốc hội); a place, and
        # "tại" before it (Đại sứ Việt Nam tại Nhật Bản)
        for spans, starts, joint in ((self.orgs, self.org_starts, _OF_BODY_BEFORE), (self.places, self.place_starts, _AT_PLACE_BEFORE)):
            k = max(bisect.bisect_right(starts, a) - 1, 0)
            while k < len(spans) and spans[k][0] < b:
                before = joint.search(self.folded[max(a, spans[k][0] - 5) : spans[k][0]])
                for x in range(max(a, spans[k][0] - (len(before.group(0)) if before else 0)), min(b, spans[k][1])):
                    body[x - a] = "x"
                k += 1
        text = "".join(body)
        if re.search(r"[;:!?\"“”\n]|\.(?!\w)", text) or self.lex.cues["clause"].search(text) or text.count("(") != text.count(")"):
            return False
        if self.words.end_at(a, b) is not None:
            return False  # phó giám đốc gồm ông A: the list's title, not A's
        k = bisect.bisect_left(self.person_starts, a)
        return not (k < len(self.people) and self.people[k][0] < b)

    def normalize(self, a: int, b: int) -> tuple[str, bool]:
        """:func:`normalize_title` of ``text[a:b]``, a lexicon title in it written as its canonical name, the comma or
        ``của`` before the body above the title's own as a space (``Phó Tổng Giám đốc Tập đoàn FLC``)."""
        joins = self._joins_to_parent(a, b)
        if not self.spelling and not joins:
            return normalize_title(self.text[a:b])
        pieces, at = [], a
        replacements = sorted(self.spelling + joins)
        for start, end, name in replacements[bisect.bisect_left(replacements, (a,)) :]:
            if start >= b:
                break
            if end <= b:
                pieces += [self.text[at:start], name]
                at = end
        return normalize_title("".join(pieces) + self.text[at:b])

    def titles(self, spans: list[tuple[int, int, bool]],
               bodies: dict[tuple[int, int], tuple[int, int, int]] | None = None) -> list[TitleSpan]:
        """The titles of a person's chains, written out; a chain a person styles themselves with (``tự xưng là
        Trung tướng, Thứ trưởng ...``: ``pretended`` cues) holds no title; the post of someone who has died is
        not former for that (``linh cữu Phó Chủ tịch ...``, ``cố Phó Chủ tịch``: held at death, not left).
        ``bodies`` gives a bare head the body of a later title it shares (that title's head start, head end and end)."""
        out = []
        pretended = cue_before("pretended")
        pretended_end = -1
        for a, b, former in spans:
            if pretended.search(self.folded, max(0, a - 30), a) or continues_chain(self.folded, pretended_end, a):
                pretended_end = b
                continue
            title, written_former = self.normalize(a, b)
            if bodies and (a, b) in bodies:  # nguyên chủ tịch, phó chủ tịch UBND tỉnh: the body both heads share
                c, h, d = bodies[(a, b)]
                whole, head = self.normalize(c, d)[0], self.normalize(c, h)[0]
                title = f"{title}{whole[len(head):]}" if whole.startswith(head) else f"{title} {self.text[h:d].strip()}"
            prefix = self.lex.title_prefix.match(self.folded, a)
            acting = prefix is not None and self.lex.cues["acting"].search(prefix.group(0)) is not None
            if fold(title) in self.lex.titles_needing_body and len(title.split()) <= 2 or self._team_member(a, b):
                continue
            parts = degree_parts(self.text, a, b)  # PGS.TS: a rank and a degree, two titles
            out += [TitleSpan(c, d, self.normalize(c, d)[0], former or written_former, acting) for c, d in parts] or \
                [TitleSpan(a, b, title, former or written_former, acting)]
        return out

    def _team_member(self, a: int, b: int) -> bool:
        """Is the title ``text[a:b]`` a membership of a team formed for one task, a head of membership and a team written
        in lower case (``thành viên tổ xác minh``: ``member_head`` and ``unnamed_team`` words), no post?"""
        head = self.head_at(a)
        prefix = self.lex.title_prefix.match(self.folded, a)
        if head is None or self.folded[prefix.end() if prefix else a : head[1]] not in self.lex.words["member_head"]:
            return False
        word = re.match(r" (\w+)", self.text[head[1] : b])
        return word is not None and word.group(1).islower() and fold(word.group(1)) in self.lex.words["unnamed_team"]


def _without_body_tails(text: str, people: list[tuple[int, int]], orgs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``people`` without the names that, with the capitalised syllable right before them, end the name of a body the
    article names (``Tân | Hoàng Minh`` of ``Tập đoàn Tân Hoàng Minh``): a title read up to them names that body."""
    names = {fold(text[a:b]) for a, b in orgs}
    if not names:
        return people
    out = []
    for a, b in people:
        before = re.search(r"(?<![\w.])([A-ZÀ-Ỹ][^\W\d_]*) $", text[max(0, a - 12) : a])
        tail = " " + fold((before.group(1) + " " if before else "") + text[a:b])
        if before is None or not any(name.endswith(tail) for name in names):
            out.append((a, b))
    return out


def _skip(folded: str, pos: int) -> int:
    while pos < len(folded) and folded[pos] in " :":
        pos += 1
    return pos
