"""Where the body of a title ends after its name: a place after it (``Chủ tịch UBMTTQVN | tỉnh Đồng Tháp``,
``Giám đốc Sở Y tế, | tỉnh Thái Nguyên``), the body above it in brackets (``Cục trưởng Báo chí (Bộ Thông tin và
Truyền thông)``) or after a comma or ``của`` that closes the apposition (``Phó ban Chính sách pháp luật, Tổng Liên
đoàn Lao động Việt Nam, đồng tình``), the place of a post after ``tại`` (``Đại sứ Việt Nam tại Nhật Bản``). A part
of :class:`.titles.TitleReader`, which holds the spans read here.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from ..text.normalize import fold
from .lexicon import Vocabulary
from .title_words import TitleWords, admin_unit

__all__ = ["BodyEnds"]

#: a bracket at the end of a title holding more than an acronym: the body the title is held in
_OPENING_BRACKET = re.compile(r" ?\(")
#: between a title and the body above it: a comma, "của" or "thuộc" (Trưởng phòng X thuộc Sở Y)
_TO_PARENT = re.compile(r"(?:,|[^\S\n]+(?:của|thuộc)(?!\w))[^\S\n]*")
#: a dash inside a body's name (``Kế hoạch – Tài chính``)
_DASH = re.compile(r"[^\S\n]*[-–][^\S\n]*")
#: a comma, "của" or "thuộc" right before a body
_JOINT_BEFORE = re.compile(r"(?:,|[^\S\n]+(?:của|thuộc)(?!\w))[^\S\n]*$")
#: "tại" between an office and the place it is held in
_AT_PLACE = re.compile(r"[^\S\n]+tại[^\S\n]+")
#: the acronym of a body in brackets after its name, before "tại" and the place (``Chi nhánh Công ty X (XYZ) tại Đà Nẵng``)
_ACRONYM_BRACKET = re.compile(r"[^\S\n]*\([^\W\d_][\w&.-]{1,11}\)")
#: at most two words in lower case ending a field after a dash, right before a separator or a bracket
_FIELD_TAIL = re.compile(r"([^\W\d_]+(?:[^\S\n][^\W\d_]+)?)(?=[^\S\n]*(?:[,;.)]|[-–][^\S\n]|$))")
#: "và" joining two words of a field (``Kỹ thuật an toàn và Môi trường công nghiệp``)
_AND = re.compile(r"[^\S\n]+và[^\S\n]+")
#: a comma and the spaces after it
_COMMA = re.compile(r",[^\S\n]*")
#: what a department's field after a comma does not hold: a number, a bracket, a quote, a colon or a dash
_NOT_A_FIELD = re.compile(r"[\d(\[\"“”:\-–]")
#: what ends a department's field after a comma: a separator, a bracket, the end of the sentence
_FIELD_END = re.compile(r"[,;.!?()\n]")
_MOST_FIELD_WORDS = 5  # words of a department's field after a comma, at most
_MOST_AND_FIELD_WORDS = 7  # words in lower case of a field after "và", up to the end of the apposition, at most
_MOST_LISTED_FIELD_WORDS = 3  # words of each field in lower case listed before a department's acronym, at most
#: what closes an apposition after a body: a separator, a closing bracket or the end of the sentence
_APPOSITION_END = re.compile(r"[^\S\n]*(?:[,;)]|[.!?]?[^\S\n]*(?:\n|$))")


#: two or three words right after a title's body, then the end of the title (a separator, a bracket or the sentence's end)
_BARE_HEAD = re.compile(r" ([^\W\d]+(?: [^\W\d]+){1,2})(?=\s*(?:[,;)]|\.(?!\w)|$))")


class BodyEnds:
    """The ends of a title's body (mixed into :class:`.titles.TitleReader`)."""

    text: str
    folded: str
    lex: Vocabulary
    orgs: list[tuple[int, int]]
    org_starts: list[int]
    places: list[tuple[int, int]]
    place_starts: list[int]
    person_starts: list[int]
    _words_end: Callable[[int, int], int]
    head_at: Callable[[int], tuple[int, int] | None]
    heads: list[tuple[int, int]]
    head_starts: list[int]
    _inside: Callable[..., bool]
    words: TitleWords

    def _parent_after_comma(self, end: int, limit: int) -> int:
        """End of a title followed by the body above its own after a comma or ``của``, where the body closes the
        apposition (``Phó ban Chính sách pháp luật, Tổng Liên đoàn Lao động Việt Nam, đồng tình``; ``(…, Bộ Ngoại
        giao)``; ``Ủy ban Xã hội của Quốc hội,``), and the bodies above that one in turn (``Đội trưởng Đội 2, Phòng Cảnh
        sát kinh tế, Công an tỉnh X,``); else ``end``."""
        joint = _TO_PARENT.match(self.text, end, limit)
        if joint is None:
            return end
        k = bisect.bisect_left(self.org_starts, joint.end())
        if k < len(self.orgs) and self.orgs[k][0] == joint.end() and self.orgs[k][1] <= limit \
                and ("," not in joint.group(0) or _APPOSITION_END.match(self.text[self.orgs[k][1] : limit])):
            if self._sibling_body(end, self.orgs[k]):
                return end  # Giám đốc Sở Y tế, Sở Tài chính, ...: a list of bodies alike, none above the other
            return self._parent_after_comma(self.orgs[k][1], limit)  # after "của" the body is the title's however the sentence goes on
        if "," in joint.group(0) or self.head_at(joint.end()) is not None or (k < len(self.orgs) and self.orgs[k][0] < limit
                                                                             and self.orgs[k][0] <= self._name_run(joint.end(), limit)):
            return end
        p = bisect.bisect_left(self.person_starts, joint.end())
        run = self._name_run(joint.end(), limit)
        h = bisect.bisect_right(self.head_starts, end) - 1
        if h >= 0 and fold(self.text[slice(*self.heads[h])]) in self.lex.titles_needing_body:
            return end  # thành viên của Mạng lưới X: a membership, not an office
        if run > joint.end() and not (p < len(self.person_starts) and self.person_starts[p] < run):
            return run  # Giám đốc điều hành của Fortescue Zero: a company's name the grammar did not read as a body
        return end

    def _sibling_body(self, end: int, body: tuple[int, int]) -> bool:
        """Is ``body`` (after a comma) a body alike the one ending at ``end``: the same first word and no place in its name
        (``Sở Y tế, Sở Tài chính``), not the body above it (``Công an xã A, Công an huyện B``)?"""
        k = bisect.bisect_left(self.org_starts, end) - 1
        while k >= 0 and self.orgs[k][1] != end and self.orgs[k][0] >= end - 80:
            k -= 1
        if k < 0 or self.orgs[k][1] != end:
            return False
        first = self.folded[self.orgs[k][0] : end].split()[:1]
        p = bisect.bisect_left(self.place_starts, body[0])
        return first == self.folded[body[0] : body[1]].split()[:1] and not (p < len(self.places) and self.places[p][0] < body[1])

    def _bare_parent(self, end: int, limit: int) -> int:
        """End of a title whose body is followed by the bare head of the body above it, capitalised, of two words or more,
        that ends the title (``trưởng phòng Tổng hợp Văn phòng, ...``: the Office of the court); else ``end``."""
        m = _BARE_HEAD.match(self.text, end, limit)
        if m is None or not m.group(1)[:1].isupper() or tuple(fold(m.group(1)).split()) not in self.lex.org_heads.entries:
            return end
        return m.end(1)

    def _name_run(self, at: int, limit: int) -> int:
        """End of the capitalised words from ``at`` (``at`` when none)."""
        end = at
        while at < limit and self.text[at].isupper() and (word := self.words.content_word_end(at)) is not None and word <= limit:
            end = word
            at = word + 1 if self.text[word : word + 1] == " " else limit
        return end

    def _name_after_comma(self, end: int, limit: int) -> int:
        """End of a department's name that goes on after a comma with capitalised words of its field (``Trưởng khoa
        Dược, Vật tư y tế``, ``phòng Trang bị, Vật tư``) up to the end of the apposition, or with fields in lower case
        up to the department's acronym in brackets (``Phòng Cảnh sát kinh tế, tham nhũng, buôn lậu (PC03)``) or, after a
        field ending in lower case, the body above it in brackets (``Cục trưởng Phòng cháy chữa cháy và cứu nạn, cứu hộ
        (Bộ Công an)``); else
        ``end``. A head, a name, a place, a body, a person word or a noun of people after the comma, or a clause in
        the words, is no part of it."""
        joint = _COMMA.match(self.text, end, limit)
        if joint is None or self.head_at(joint.end()) is not None:
            return end
        at = joint.end()
        if self.text[at : at + 1].isupper():
            stop_at = self._field_stop(at, limit)
            return at + len(self.text[at:stop_at].rstrip()) if self._field_words(at, stop_at, _MOST_FIELD_WORDS) else end
        own_lower = self.text[end - 1 : end].islower()  # the department's own field ends in lower case: a list of fields
        while self.text[at : at + 1].islower():
            stop_at = self._field_stop(at, limit)
            if (own_lower and self.head_at(at) is not None) or not self._field_words(
                    at, stop_at, _MOST_FIELD_WORDS if own_lower else _MOST_LISTED_FIELD_WORDS):
                return end
            field_end = at + len(self.text[at:stop_at].rstrip())
            acronym = _ACRONYM_BRACKET.match(self.text, stop_at, limit)
            if acronym and acronym.group(0).isupper():
                return field_end
            if own_lower and (above := self._body_in_brackets(field_end, limit)) > field_end:
                return above  # Phòng cháy chữa cháy và cứu nạn, cứu hộ (Bộ Công an): the body above closes the list
            comma = _COMMA.match(self.text, stop_at, limit)
            if comma is None:
                return end
            at = comma.end()
        return end

    def _field_stop(self, at: int, limit: int) -> int:
        stop = _FIELD_END.search(self.text, at, limit)
        return stop.start() if stop else limit

    def _field_words(self, at: int, stop_at: int, most: int, *, places: bool = False) -> bool:
        """Can ``text[at:stop_at]`` be words of a department's field (see :meth:`_name_after_comma`)? With ``places``, a
        place after its first word may be one of them (``sản xuất và chế biến khô Tịnh Biên``)."""
        words = self.folded[at:stop_at].split()
        if not words or len(words) > most or _NOT_A_FIELD.search(self.folded, at, stop_at) \
                or self.lex.cues["clause"].search(self.folded, at, stop_at) or self.words.predicate_at(at, stop_at) is not None \
                or any(tuple(words[:n]) in self.lex.person_words.entries or " ".join(words[:n]) in self.lex.words["group"]
                       for n in (1, 2)):
            return False
        for starts in (self.person_starts, self.org_starts) + (() if places else (self.place_starts,)):
            k = bisect.bisect_left(starts, at)
            if k < len(starts) and starts[k] < stop_at:
                return False  # Giám đốc Sở Y tế, Hà Nội; ..., Bệnh viện X (a body above: _parent_after_comma)
        k = bisect.bisect_left(self.place_starts, at)
        return not (k < len(self.place_starts) and self.place_starts[k] == at)

    def _field_after_and(self, end: int, limit: int, *, lower_only: bool = False) -> int:
        """End of a field read word by word that goes on after ``và`` with capitalised words (``Phó cục trưởng Kỹ thuật
        an toàn và Môi trường công nghiệp``), or with words in lower case up to the end of the apposition (``Trưởng khoa
        phục hồi chức năng và y học cổ truyền)``, ``phó phòng khai thác và phát triển nguồn lợi thủy sản,``); else
        ``end``. With ``lower_only`` (a body's name ending in lower case), only the second. A head, a name, a place, a
        body or a person word after ``và`` is another title, person or body."""
        joint = _AND.match(self.folded, end, limit)
        if joint is None or self.head_at(joint.end()) is not None:
            return end
        at = joint.end()
        if self.text[at : at + 1].islower():  # Trưởng khoa phục hồi chức năng và y học cổ truyền): up to the apposition's end
            stop_at = self._field_stop(at, limit)
            words = self.folded[at:stop_at].split()
            if any(" ".join(words[:n]) in self.lex.plural | self.lex.words["kinship"] for n in (1, 2)) or not (
                    stop_at == limit or self.text[stop_at] in ",;)"):
                return end
            return at + len(self.text[at:stop_at].rstrip()) if self._field_words(at, stop_at, _MOST_AND_FIELD_WORDS, places=True) else end
        if lower_only or not self.text[at : at + 1].isupper():
            return end
        for starts in (self.person_starts, self.place_starts, self.org_starts):
            k = bisect.bisect_left(starts, at)
            if k < len(starts) and starts[k] == at:
                return end
        words = self.folded[at : at + 20].split()
        if any(tuple(words[:n]) in self.lex.person_words.entries for n in (1, 2)):
            return end
        return max(end, self._words_end(at, limit))

    def _fields_after_heads(self) -> list[tuple[int, int]]:
        """Spans of the fields of known bodies written right after a head, capitalised and outside any
        organisation (``Thứ trưởng | Tài nguyên và Môi trường``, ``Bộ trưởng | Văn hóa, Thể thao và Du lịch``)."""
        out = []
        for _, b in self.heads:
            if self.folded[b : b + 1] != " " or not self.text[b + 1 : b + 2].isupper() \
                    or self._inside(self.orgs, self.org_starts, b + 1):
                continue
            field = self.lex.field.match(self.folded, b + 1)
            if field and " " in field.group(0):
                out.append(field.span())
        return out

    def _joins_to_parent(self, a: int, b: int) -> list[tuple[int, int, str]]:
        """``(start, end, " ")`` of each comma or ``của`` in the title ``text[a:b]`` that joins the body above its own
        (``Phó tổng giám đốc của Tập đoàn FLC``): the written-out title has a space there."""
        out = []
        k = bisect.bisect_right(self.org_starts, a)
        while k < len(self.orgs) and self.orgs[k][0] < b:
            joint = _JOINT_BEFORE.search(self.text, a, self.orgs[k][0])
            if joint and joint.start() > a:
                out.append((joint.start(), joint.end(), " "))
            k += 1
        return out

    def _dash_field(self, end: int, limit: int) -> int:
        """End of a body whose name goes on after a dash: with the body above it (``Giám đốc Trung tâm Quảng cáo -
        Đài TNVN``), or with more capitalised words of its field and the body above written right after them
        (``Trưởng phòng Kế hoạch – Tài chính``, ``Trưởng phòng Tổ chức - Hành chính Sở Y tế``); else ``end``. A head,
        a name or a place after the dash is another title, its holder or a dateline."""
        dash = _DASH.match(self.text, end, limit)
        if dash is None or self.head_at(dash.end()) is not None:
            return end
        at = dash.end()
        for starts in (self.person_starts, self.place_starts):
            k = bisect.bisect_left(starts, at)
            if k < len(starts) and starts[k] == at:
                return end  # Giám đốc Sở Y tế - Lê Văn A; ... - Hà Nội
        k = bisect.bisect_left(self.org_starts, at)
        if k < len(self.orgs) and self.orgs[k][0] == at and self.orgs[k][1] <= limit:
            return self._place_after_body(self.orgs[k][1], limit)
        area = re.match(r"(?:" + self.lex.alternation("area") + r")\s+(?=[^\W\d])", self.folded[at:limit])
        if area and self.text[at + area.end()].isupper():  # Công ty X - chi nhánh Hà Nội: the branch of the body
            return max(end, self._name_run(at + area.end(), limit))
        field_end = end
        while at < limit and self.text[at].isupper() and (word := self.words.content_word_end(at)) is not None and word <= limit:
            field_end = word  # the capitalised words of a field: Tài chính, Hành chính
            at = word + 1 if self.text[word : word + 1] == " " else limit
        tail = _FIELD_TAIL.match(self.text, at, limit) if field_end > end and at < limit else None
        if tail and tail.group(1).islower() and not self.lex.cues["clause"].search(self.folded, at, tail.end(1)):
            field_end = tail.end(1)  # Huyết học - Ghép tủy, ...: the field's last words in lower case, then a separator
        k = bisect.bisect_left(self.org_starts, field_end + 1)
        if field_end > end and k < len(self.orgs) and self.orgs[k][0] == field_end + 1 and self.orgs[k][1] <= limit:
            return self._place_after_body(self.orgs[k][1], limit)  # ... Hành chính Sở Y tế: the body above
        return field_end

    def _body_in_brackets(self, end: int, limit: int) -> int:
        """End of a title followed by the body above it in brackets, the brackets' whole content
        (``Cục trưởng Báo chí (Bộ Thông tin và Truyền thông)``); else ``end``."""
        opening = _OPENING_BRACKET.match(self.text, end)
        if opening is None:
            return end
        k = bisect.bisect_left(self.org_starts, opening.end())
        if k < len(self.orgs) and self.orgs[k][0] == opening.end() and self.text[self.orgs[k][1] : self.orgs[k][1] + 1] == ")" \
                and self.orgs[k][1] < limit and not self.text[slice(*self.orgs[k])].isupper():
            return self.orgs[k][1] + 1
        return end

    def _post_abroad(self, end: int, limit: int) -> int:
        """End of a title followed by ``tại`` and a place, where the office is held (``Đại sứ Việt Nam tại Nhật Bản``,
        ``Giám đốc Chi nhánh Công ty X tại TP HCM``), also after the body's acronym in brackets (``Chi nhánh Công ty X
        (XYZ) tại Đà Nẵng``); else ``end``."""
        acronym = _ACRONYM_BRACKET.match(self.text, end, limit)
        if acronym and not acronym.group(0).isupper():
            acronym = None
        at = _AT_PLACE.match(self.folded, acronym.end() if acronym else end, limit)
        if at is None:
            return end
        k = bisect.bisect_left(self.place_starts, at.end())
        if k < len(self.places) and self.places[k][0] == at.end() and self.places[k][1] <= limit:
            return self.places[k][1]
        return end

    def _place_after_body(self, end: int, limit: int) -> int:
        """End of a title whose body ends at ``end``, with the place written after the body: an
        administrative unit and its name (``Chủ tịch UBMTTQVN tỉnh Đồng Tháp``), or a province after a
        comma (``Giám đốc Sở Y tế, tỉnh Thái Nguyên``)."""
        unit = re.match(r"\s*,?\s*", self.folded[end:limit])
        at = end + unit.end() if unit else end
        word = admin_unit().match(self.folded, at) if at > end else None
        if word:
            k = bisect.bisect_left(self.place_starts, at)
            if k < len(self.places) and self.places[k][1] <= limit and (
                    self.places[k][0] == at or (self.places[k][0] >= word.end() and not self.text[word.end() : self.places[k][0]].strip())):
                return self.places[k][1]  # tỉnh Đồng Tháp; TP.HCM, a place with its unit word
            if "," in self.folded[end:at] and self.lex.province_unit.match(self.folded, at):
                return self._words_end(at, limit)
            after = self.text[word.end() : word.end() + 2].lstrip()
            if self.text[end:at] == " " and self.text[at].islower() and word.end() <= limit and not after[:1].isupper() \
                    and not after[:1].isdigit():
                return word.end()  # Giám đốc Sở Y tế tỉnh | ký: the province of the article
        return end
