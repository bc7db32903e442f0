"""Words of an organisation's name, one at a time: does a capitalised word close the name (no lower-case word
follows a province or a proper name), may a name open with lower-case words (``Ban quản lý dự án X``), and is a verb
of names the predicate of a clause (``Công ty X tổ chức lễ ...``)?"""
from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..text.normalize import fold
from .lexicon import segmenter_dictionary
from .shapes import person_at, place_at
from .spans import Mention

if TYPE_CHECKING:
    from .lexicon import OrgHead, Vocabulary
    from .org_heads import HeadReader
    from .qualifiers import PlaceReader
    from .syllables import Syllables

__all__ = ["BRACKETED_ABBREVIATION", "NameWords", "word_prefixes"]

#: gazetteer kinds of a place that ends the name it is part of (Đại học Quốc gia Hà Nội | tổ chức ...)
_CLOSING_PLACES = frozenset({"country", "province", "city"})
#: kinds of unit words (unit_words.tsv) of a site a body may be named after (Ban Quản lý dự án đường X)
_SITE_KINDS = frozenset({"street", "route", "facility", "landmark", "natural"})
#: dashes joining the parts of a site's name (cao tốc Đà Nẵng - Quảng Ngãi)
_DASHES = ("-", "–", "—")
#: how many lower-case syllables a company's legal form and line of business may run to before its name
_LONGEST_BUSINESS_LINE = 12
#: an abbreviation in brackets right after a head or a name: Câu lạc bộ (CLB) Tứ Xuyên, Trung tâm kiểm soát bệnh tật (CDC)
BRACKETED_ABBREVIATION = re.compile(r"\s*\(\s*[A-ZĐ]{2,8}\s*\)\s*")


@cache
def word_prefixes() -> frozenset[str]:
    """The words of the segmenter's dictionary and their beginnings of two syllables or more (``phòng cháy chữa`` of
    ``phòng cháy chữa cháy``)."""
    out = set()
    for w in segmenter_dictionary():
        parts = w.split()
        out.update(" ".join(parts[:n]) for n in range(2, len(parts) + 1))
    return frozenset(out)


class NameWords:
    """What :class:`~vnnews.entities.org_names.OrgNameParser` asks of single words of a name (see module docs)."""

    s: Syllables
    lex: Vocabulary
    heads: HeadReader
    where: PlaceReader

    def parse(self, i: int, depth: int = 0) -> int | None:  # pragma: no cover - provided by the parser
        raise NotImplementedError

    def _closes(self, k: int, place: int) -> bool:
        """Does the capitalised word at ``k`` (a place of ``place`` syllables, or 0) end the words of a
        name, so that no lower-case word follows: a province or country (Đại học Quốc gia Hà Nội |
        tổ chức), a proper name of two syllables or foreign spelling (Công ty Mây Hồ | thi công), not a
        word of a field the tagger calls a proper name (Công ty Đầu tư và Xây dựng X, Công ty In và ...)?"""
        s, lex = self.s, self.lex
        if place and lex.places.get(" ".join(s.word[k : k + place])) in _CLOSING_PLACES:
            return True
        if s.pos(k) != "Np" or (s.upper[k] and s.word[k] in lex.acronyms):
            return False  # Hội LHPN, Phòng THADS: a body's abbreviation, not its proper name
        token = s.token_word(k)
        words = [w for w in token.split() if (w,) not in lex.legal_forms and w not in lex.acronyms]
        return (len(words) >= 2 or not s.viet[k]) and token not in lex.org_inner and not lex.field.match(s.folded, s.start(k))

    def _word_begun(self, j: int) -> int:
        """Syllables of the common word that the capitalised first word of a name at ``j`` begins and lower-case
        syllables end, in sentence case (``Văn phòng Đăng ký đất đai``, ``Cục Gìn giữ hòa bình``, ``Đại học Phòng
        cháy chữa cháy``): a word of the segmenter's dictionary or a phrase of the names of bodies, whatever the tagger
        made of it; 0 if none. No known body or head begins there, and a glued guess of the tagger is no word
        (``Đài Trung thăm``), and the word ends where the segmenter's word ends."""
        s, lex = self.s, self.lex
        if not s.cap[j] or s.upper[j] or not s.viet[j] or len(s.word[j]) < 2 or j in self.heads.known \
                or self.heads.head_at(j)[1] is not None or s.match(j, lex.units)[0] or s.match(j, lex.name_ends)[0] \
                or self._place_here(j) or lex.title_head.match(s.folded, s.start(j)):
            return 0  # Thành phố Hồ Chí Minh, Trung ương, Đồng bằng sông Cửu Long, Chủ tịch Hồ Chí Minh: read as such
        words = segmenter_dictionary()
        n_inner = s.match(j, lex.org_inner_phrases)[0]
        for n in range(4, 1, -1):
            e = j + n
            if e > s.n or not all(s.joined[m] and not s.cap[m] and s.viet[m] for m in range(j + 1, e)) \
                    or not s.token_ends_here(e - 1):
                continue  # not Đại Quang Minh công | trình: a word of the segmenter runs on
            if n == n_inner or " ".join(s.word[j:e]) in words:
                return n
        return 0

    def _begun_word_goes_on(self, k: int, j: int) -> bool:
        """Does the lower-case syllable at ``k``, glued by the tagger to the capitalised syllables before it, go on the
        word they begin (``Điều | tra``, ``Quân | y``), rather than open a word of its own, the predicate after a proper
        name (``Công ty Hòa Bình | trở nên ...``, ``Tập đoàn Samsung | tri ân ...``)? The syllables from the last
        capitalised one of the name (from ``j``) to ``k`` must begin a word of the segmenter's dictionary."""
        s = self.s
        p = k - 1
        if not s.cap[p]:
            return True
        while p > j and s.cap[p - 1] and s.token[p - 1] == s.token[k]:
            p -= 1
        if k - p < 2:
            return True  # Điều | tra, Tình nguyện | viên: one capitalised syllable begins a word of a field
        return " ".join(s.word[p : k + 1]) in word_prefixes()

    def _glued_word(self, k: int, j: int) -> bool:
        """Do the capitalised syllables of the name (from ``j``) right before the lower-case syllable ``k`` and ``k``,
        one word to the tagger, begin a word of the segmenter's dictionary (``Quân y``), rather than end a proper name
        glued to the verb after it (``Duy Tân muốn``)?"""
        s = self.s
        p = k - 1
        while p > j and s.cap[p - 1] and s.token[p - 1] == s.token[k]:
            p -= 1
        return any(" ".join(s.word[b : k + 1]) in word_prefixes() for b in range(p, k))

    def _field_then_name(self, k: int, j: int) -> int | None:
        """Syllable of the proper name that ends a name after the lower-case rest of a field begun with a capital in
        sentence case (``Cục Gìn giữ | hòa bình | Việt Nam``, ``Công ty Cổ phần tàu | cao tốc | Phú Quốc``), the name
        opening at ``j``; None if none: at most three lower-case syllables from ``k``, no word that ends a name, no
        administrative unit, no verb of a clause, then a place or a proper name that opens no body, person or title."""
        s, lex = self.s, self.lex
        b = k - 1
        while b > j and not s.cap[b]:
            b -= 1
        if not s.cap[b] or s.upper[b] or not s.viet[b] or k - b > 3 or place_at(s, b, lex) \
                or self.heads.head_at(b)[1] is not None or b in self.heads.known:
            return None
        m = k
        while m < s.n and m - k < 3 and s.joined[m] and not s.cap[m] and s.viet[m] and not s.match(m, lex.name_stops)[0] \
                and s.word[m] not in lex.words["conjunction"] and s.word[m] not in lex.plural \
                and not (s.match(m, lex.units)[1] is not None and s.match(m, lex.units)[1].kind == "admin") \
                and not (s.token_starts_here(m) and lex.cues["clause"].match(s.folded, s.start(m))):
            m += 1
        if m == k or m >= s.n or not s.joined[m] or not s.cap[m] or s.sentence_start[m] or s.upper[m]:
            return None
        if not (place_at(s, m, lex) or s.pos(m) == "Np") or person_at(s, m, lex) or self.heads.head_at(m)[1] is not None \
                or m in self.heads.known or lex.title_head.match(s.folded, s.start(m)):
            return None
        return m

    def _words_before_abbreviation(self, k: int) -> int | None:
        """Syllable right after the lower-case words from ``k`` that end a name before the abbreviation in brackets that
        shortens it (``Công ty Thu phí | tự động (VETC)``, ``Cục Cảnh sát | thủ đô (MPB)``): at most three syllables, no
        unit, no word that ends a name, no verb of a clause; None if none."""
        s, lex = self.s, self.lex
        m = k
        while m < s.n and m - k < 3 and s.joined[m] and not s.cap[m] and s.viet[m] and not s.match(m, lex.units)[0] \
                and not s.match(m, lex.name_stops)[0] and s.word[m] not in lex.words["conjunction"] \
                and not (s.token_starts_here(m) and lex.cues["clause"].match(s.folded, s.start(m))):
            m += 1
        if m == k or (m < s.n and s.joined[m]) or not BRACKETED_ABBREVIATION.match(s.text, s.end(m - 1)):
            return None
        return m

    def _site_after(self, k: int, j: int) -> int | None:
        """Syllable right after the site named at ``k`` after a complement running in lower case from ``j``: a word of
        a road, a facility, a landmark or a natural place and its capitalised name, parts joined by dashes included
        (``Ban Quản lý dự án | đường Hồ Chí Minh``, ``Ban quản lý dự án | cao tốc Đà Nẵng - Quảng Ngãi``, ``Ban quản lý
        khu di tích | đền Hùng``): the site the body manages; None if none."""
        s, lex = self.s, self.lex
        if k <= j or s.cap[k - 1] or not s.viet[k - 1] or s.cap[k] or not s.token_starts_here(k):
            return None
        n, unit = s.match(k, lex.units)
        if unit is None or unit.kind not in _SITE_KINDS:
            return None
        m = k + n
        if m >= s.n or not s.joined[m] or not s.cap[m]:
            return None
        dashed = False
        while m < s.n and s.cap[m] and (s.joined[m] or (s.gap(m).strip() in _DASHES and m + 1 < s.n and s.cap[m + 1])):
            dashed = dashed or not s.joined[m]
            m += 1
        named = unit.kind != "landmark" or person_at(s, k + n, lex) == m - k - n  # đền Trần Hưng Đạo; not đền Hùng
        if not dashed and named:  # the site's name is a place (its parts joined by dashes are read as places)
            self.where.places.append(Mention("LOC", s.start(k + n), s.end(m - 1), "site in an organisation name"))
        return m

    def _lower_run_to_place(self, k: int) -> int | None:
        """Syllable where a province, a city or a country begins right after the lower-case words from ``k`` that run
        a complement begun in lower case on, whatever the tagger calls them (``Ban Quản lý dự án | đường sắt đô thị Hà
        Nội``): at most six syllables of nouns and verbs, no function word, plural, number, administrative unit, word
        that ends a name, verb of a clause or preposition of place (``Công ty X xuất khẩu hàng | sang Nhật Bản``); None
        if none."""
        s, lex = self.s, self.lex
        m = k
        while m < s.n and m - k < 6 and s.joined[m] and not s.cap[m] and s.viet[m] \
                and lex.pos_class.get(s.pos(m)) in ("nominal", "verbal") and s.pos(m) not in ("L", "M") \
                and s.word[m] not in lex.plural and not s.match(m, lex.name_stops)[0] \
                and s.token_word(m) not in lex.words["place_preposition"] and s.token_word(m) not in lex.words["place_motion"] \
                and not (s.match(m, lex.units)[1] is not None and s.match(m, lex.units)[1].kind == "admin") \
                and not (s.token_starts_here(m) and lex.cues["clause"].match(s.folded, s.start(m))):
            m += 1
        if m == k or m >= s.n or not s.joined[m] or not s.cap[m]:
            return None
        n = place_at(s, m, lex)
        return m if n and lex.places.get(" ".join(s.word[m : m + n])) in _CLOSING_PLACES else None

    def _adjective_of_word_begun(self, k: int) -> bool:
        """Is the lower-case adjective at ``k`` the end of a name's word begun with a capital in sentence case, before
        no verb (``Chi cục Hải quan Chuyển phát | nhanh``, ``Cục Đổi mới | sáng tạo``)?"""
        s, lex = self.s, self.lex
        if s.pos(k) != "A" or s.cap[k] or not s.viet[k] or not s.token_starts_here(k) \
                or k < 2 or s.cap[k - 1] or s.token[k - 1] != s.token[k - 2] or not s.cap[k - 2] or s.upper[k - 2]:
            return False
        after = k + len(s.token_word(k).split())
        if any(s.cap[m] or not s.joined[m] for m in range(k + 1, min(after, s.n))):
            return False
        if after > k + 1:  # Cục Đổi mới | sáng tạo, ...; not Sở Kế hoạch và Đầu tư | cân đối nguồn vốn (the verb)
            return after >= s.n or not s.joined[after] or s.word[after] in lex.words["conjunction"]
        return after >= s.n or not s.joined[after] or lex.pos_class.get(s.pos(after)) != "verbal"

    def _predicate_after(self, k: int) -> bool:
        """Is the lower-case word at ``k``, right after a complete name, the predicate of its clause: a verb (or a verb
        of names) followed by the clause's end, a function word, a verb, a plural or a number (``Sở Xây dựng | thẩm
        định lại``, ``Sở Y tế | tổ chức các điểm tiêm``), or a word of one syllable before a verb (``Sở Xây dựng | ngưng
        thuê``), not a word of the name (``Vụ Tổ chức | cán bộ``)?"""
        s, lex = self.s, self.lex
        if s.cap[k] or not s.token_starts_here(k) or s.word[k] in lex.words["conjunction"] or s.match(k, lex.units)[0] \
                or s.match(k, lex.areas)[0] or s.match(k, lex.legal_forms)[0]:
            return False
        n_inner = s.match(k, lex.org_inner_phrases)[0]
        e = k
        while e + 1 < s.n and s.token[e + 1] == s.token[k] and s.token[k] >= 0:
            e += 1
        e = max(e, k + n_inner - 1)
        after = e + 1
        if lex.pos_class.get(s.pos(k)) != "verbal" and not n_inner:
            # a word of one syllable the tagger calls a noun, before a verb: a verb of the clause (Sở Xây dựng | ngưng thuê)
            return e == k and after < s.n and s.joined[after] and not s.cap[after] \
                and lex.pos_class.get(s.pos(after)) == "verbal" and s.word[after] not in lex.words["conjunction"]
        if after >= s.n or not s.joined[after]:
            gap = s.gap(after) if after < s.n else ""
            return after >= s.n or "\n" in gap or gap.strip()[:1] in (".", ";", ":", "!", "?")
        if s.cap[after]:
            return False
        cls = lex.pos_class.get(s.pos(after))
        return (cls in ("verbal", "function") and s.word[after] not in lex.words["conjunction"]) or s.word[after] in lex.plural \
            or s.pos(after) == "M"

    def _body_unnamed(self, k: int) -> int | None:
        """End offset of the body a committee's head belongs to when it names no place (see :meth:`parse`): a head of
        its own, with the unit of the article's place if written (``Ban Chấp hành | Đảng bộ thành phố``, ``Ủy ban
        Kiểm tra | Thành ủy``), or an acronym (``Ban Chấp hành | VFF``); None otherwise."""
        s, lex = self.s, self.lex
        if k >= s.n or not s.joined[k] or not s.cap[k]:
            return None
        n, head = s.match(k, lex.org_heads)
        if not (n and head is not None) and (s.match(k, lex.units)[0] or place_at(s, k, lex)):
            return None  # a place (TAND TP HCM, read as such), no body
        if n and head is not None and (head.place or head.nests):
            e = k + n
            n_unit, unit = s.match(e, lex.units) if e < s.n and s.joined[e] and not s.cap[e] else (0, None)
            if n_unit and unit is not None and unit.kind == "admin":
                e += n_unit  # Đảng bộ thành phố: the body of the article's city
        elif s.upper[k] and not s.viet[k] and not s.code[k] and len(s.word[k]) >= 3:
            e = k + 1
        else:
            return None
        if e < s.n and s.joined[e] and s.cap[e]:
            return None  # a longer name the grammar did not read
        return s.end(e - 1)

    def _place_here(self, j: int) -> bool:
        """Does a place the name reads as such begin at ``j``: two syllables or more, a country or a province (not the
        ward Trang of ``phòng Trang bị, Vật tư``)?"""
        n = place_at(self.s, j, self.lex)
        return n > 1 or (n == 1 and self.lex.places.get(self.s.word[j]) in ("country", "province"))

    def _verb_of_clause(self, k: int, first: bool = False) -> bool:
        """Is the lower-case word at ``k``, whatever the tagger calls it, the verb of the clause a body's name is the
        subject of: a verb that ends a title read from the left (``Ban Tổ chức | trao Cờ lưu niệm``), or a word of
        levels with no unit after it, the verb "issue" (``Sở Tài nguyên và Môi trường | cấp Giấy chứng nhận``)? As the
        ``first`` word after the head, only with a capitalised word after it (``Hội | đề nghị TP HCM``; not ``Đài
        thông tin duyên hải X``, a noun of the name)."""
        s, lex = self.s, self.lex
        if s.cap[k] or not s.token_starts_here(k) or s.token_word(k) in lex.org_inner:
            return False
        e = k
        while e + 1 < s.n and s.token[e + 1] == s.token[k] and s.token[k] >= 0:
            e += 1
        if first and not (e + 1 < s.n and s.joined[e + 1] and s.cap[e + 1]):
            return False
        verb = lex.cues["clause"].match(s.folded, s.start(k))
        if verb is not None and verb.end() == s.end(e):
            return True
        return s.word[k] in lex.words["level_word"] and e == k and k + 1 < s.n and s.joined[k + 1] \
            and not s.match(k + 1, lex.units)[0] and not s.match(k + 1, lex.body_levels)[0]

    def _lowercase_name(self, j: int, head: OrgHead | None) -> bool:
        """A name that starts in lower case: Ban quản lý ..., Đảng ủy các khu công nghiệp Thái Nguyên."""
        s, lex = self.s, self.lex
        if head is not None and head.head.lower() == "ban" and s.token_word(j) in lex.org_inner:
            return True
        if head is not None and " ".join(fold(head.head).split()[-2:]) in lex.org_inner:
            return True  # Ban Quản lý các dự án ..., Ban Chỉ đạo ...
        k = j
        legal = False  # a company's legal form read: its line of business may be long (cổ phần đầu tư trang thiết bị y tế)
        while k < s.n and k - j < (_LONGEST_BUSINESS_LINE if legal else 7) and s.joined[k] and not s.cap[k]:
            legal = legal or bool(s.match(k, lex.legal_forms)[0])
            if lex.pos_class.get(s.pos(k)) not in ("nominal", "verbal") or (s.token_starts_here(k) and s.match(k, lex.name_stops)[0]):
                if not (legal and s.word[k] in lex.words["conjunction"] and k + 1 < s.n and s.joined[k + 1]
                        and not s.cap[k + 1]):
                    break  # not: cổ phần xây dựng và thương mại Hà Nội
            k += 1
        if k > j and head is not None and head.named and BRACKETED_ABBREVIATION.match(s.text, s.end(k - 1)):
            return True  # Trung tâm kiểm soát bệnh tật (CDC): a name the article then shortens
        if not (k > j and k < s.n and s.joined[k] and s.cap[k]):
            return False
        if all(s.token_word(m) in lex.org_inner for m in range(j, k)) and not person_at(s, k, lex):
            return True  # Hội đồng tư vấn Văn hóa - Xã hội, Trung tâm kiểm định Chất lượng
        if place_at(s, k, lex) > 0:
            return True  # Đảng ủy các khu công nghiệp Thái Nguyên
        if head is not None and head.nests and any(s.token_word(m) in lex.org_inner for m in range(j, k)) \
                and (self.heads.head_at(k)[1] is not None or k in self.heads.known) and self.parse(k, 5) is not None:
            return True  # Cơ quan cảnh sát điều tra Công an tỉnh X: the agency's own body follows
        # Công ty cổ phần Đầu tư ..., Công ty cổ phần chứng khoán X, Công ty luật TNHH Y: a legal form
        # among the words of the line of business, then the name
        if not any(s.match(m, lex.legal_forms)[0] for m in range(j, k + 1)):
            return False
        return head is not None and head.named and not person_at(s, k, lex)

    def _predicate(self, k: int) -> bool:
        """Is the name-like verb at ``k`` the predicate of a clause (Công ty X tổ chức lễ ...)?"""
        s = self.s
        n = s.next_index(s.end(k))
        while n < s.n and s.token[n] == s.token[k] and s.token[k] >= 0:
            n += 1
        if n >= s.n or (not s.joined[n] and s.gap(n).strip()[:1] in (".", ";", ":", ")")) \
                or (s.joined[n] and s.word[n] in self.lex.words["place_preposition"]):
            b = k  # do Cục Cảnh sát X tổ chức | tại ..., cho Sở Y tổ chức.: a noun that is also a verb ends the clause
            while b > 0 and s.token[b - 1] == s.token[k] and s.token[k] >= 0:
                b -= 1
            return not s.cap[b] and s.token_word(b) in self.lex.words["verbal_body_noun"]
        return n < s.n and s.joined[n] and (s.token_word(n) in self.lex.event_objects or s.word[n] in self.lex.event_objects)
