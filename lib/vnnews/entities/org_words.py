"""Words of an organisation's name, one at a time: does a capitalised word close the name (no lower-case word
follows a province or a proper name), may a name open with lower-case words (``Ban quản lý dự án X``), and is a verb
of names the predicate of a clause (``Công ty X tổ chức lễ ...``)?"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text.normalize import fold
from .shapes import person_at, place_at

if TYPE_CHECKING:
    from .lexicon import OrgHead, Vocabulary
    from .org_heads import HeadReader
    from .syllables import Syllables

__all__ = ["BRACKETED_ABBREVIATION", "NameWords"]

#: gazetteer kinds of a place that ends the name it is part of (Đại học Quốc gia Hà Nội | tổ chức ...)
_CLOSING_PLACES = frozenset({"country", "province", "city"})
#: how many lower-case syllables a company's legal form and line of business may run to before its name
_LONGEST_BUSINESS_LINE = 12
#: an abbreviation in brackets right after a head or a name: Câu lạc bộ (CLB) Tứ Xuyên, Trung tâm kiểm soát bệnh tật (CDC)
BRACKETED_ABBREVIATION = re.compile(r"\s*\(\s*[A-ZĐ]{2,8}\s*\)\s*")


class NameWords:
    """What :class:`~vnnews.entities.org_names.OrgNameParser` asks of single words of a name (see module docs)."""

    s: Syllables
    lex: Vocabulary
    heads: HeadReader

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
        return n < s.n and s.joined[n] and (s.token_word(n) in self.lex.event_objects or s.word[n] in self.lex.event_objects)
