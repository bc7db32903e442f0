"""Organisation names: a head and what completes it.

An organisation name is a head word (``Ban``, ``Sở``, ``Đảng ủy``, ``UBND``, ``Công ty``) and its
complement, read left to right:

- another body: ``Ban Thường vụ`` + ``Tỉnh ủy Hà Tĩnh``, ``Đảng ủy`` + ``Chính phủ``,
  ``Đảng bộ`` + ``cơ quan`` + ``Tạp chí Cộng sản``, ``Cơ quan Điều tra hình sự`` + ``Bộ Quốc phòng``;
- a place: ``Tỉnh ủy Lâm Đồng``, ``UBND tỉnh Quảng Trị``, ``TAND TP.HCM``, ``UBND quận 7``;
- a name: capitalised words, and lower-case nouns and the verbs of names after them
  (``Cục Điều tra chống buôn lậu``), joined by ``và``, hyphens and commas where the parts are
  capitalised (``Bộ Lao động - Thương binh và Xã hội``, ``Sở Văn hóa, Thể thao và Du lịch``);
  it stops at a verb, a function word, a person's name or a new body (``Sở Xây dựng sớm ...``,
  ``Công ty Usports tổ chức lễ ...``);
- then a place qualifier (``Sở Y tế tỉnh Lâm Đồng``, ``Hợp tác xã phường 6, quận 4``).

Bodies the lexicon knows (``Bộ Chính trị``, ``Ban Chấp hành Trung ương Đảng`` also written
``BCH Trung ương Đảng``) are names whatever follows. A head in lower case opens a name only where
the data allows it (``tỉnh ủy Long An``, ``ban Kinh tế Trung ương``), and never a plural or a
title: ``các bộ``, ``Bộ trưởng Tư pháp``.
"""
from __future__ import annotations

import re
from functools import cache

from ..text.normalize import fold
from .lexicon import Lexicon, OrgHead, lexicon
from .shapes import person_at, place_at
from .spans import Claims, Mention, inside_any
from .syllables import Syllables, is_vietnamese_syllable

__all__ = ["acronym_definitions", "acronyms", "organisations"]

_ABBREVIATION_IN_BRACKETS = re.compile(r"\s*\(\s*[A-ZĐ]{2,8}\s*\)\s*")
_CAMEL_CASE = re.compile(r"(?<![\w.])[A-Z][a-z]+(?:[A-Z][a-z]*)+(?![\w.])")
_BRAND = re.compile(r"(?<![\w.])(?:[A-Z][a-z]+\s+)*[A-Z][a-z]*\.[a-z]{2,}(?![\w.])")
_ROMAN = re.compile(r"[IVXLCDM]+")
_NUMBERED = re.compile(r" (\d{1,4}[A-Z]?)(?![\d/.,:-]?\d)(?![%\w])")
_DEFINITION = re.compile(r"\s*\(\s*([A-ZĐ][A-ZĐ0-9&-]{1,9})\s*\)")
_HYPHEN = ("-", "–", "—")


class _Parser:
    """Organisation names of one paragraph (see module docs)."""

    def __init__(self, s: Syllables, lex: Lexicon, given_names: frozenset[str]) -> None:
        self.s, self.lex, self.given = s, lex, given_names
        self.known: dict[int, int] = {}  # syllable index -> end offset of a known body starting there
        self.fields: dict[int, int] = {}  # ... of a head and a known body's field (Sở Kế hoạch và Đầu tư)
        self.places: list[Mention] = []
        self.level = 0  # level of the last administrative unit read
        lo, hi = s.start(0), s.end(s.n - 1)
        for pattern, table in ((lex.known_org, self.known), (lex.field_org, self.fields)):
            pos = lo
            while (m := pattern.search(s.folded, pos, hi)) is not None:
                i = s.index_at(m.start())
                if i is not None and self._opens(i, m.end()):
                    table[i] = max(table.get(i, 0), m.end())
                    pos = m.end()
                else:  # "Tổng thanh tra Chính phủ": a name may start inside the rejected one
                    pos = s.end(i) if i is not None else m.start() + 1

    # ------------------------------------------------------------------ heads
    def _opens(self, i: int, end: int) -> bool:
        """May a known body written at syllable ``i`` be a name here (capitalised, or lower case
        before a capitalised specific word, or right after a title word: "Trưởng ban Tổ chức ..."),
        and not the end of a title head ("Tổng Thanh tra" + "Chính phủ")?"""
        s = self.s
        for p in (i - 1, i - 2):
            if p >= 0 and s.joined[p + 1] and not self._after_title(i):
                head = self.lex.title_head.match(s.folded, s.start(p))
                if head and s.start(i) < head.end() < end:
                    return False
        if s.cap[i]:
            return True
        j = s.next_index(end)
        inner = [k for k in range(i + 1, min(j, s.n)) if s.cap[k]]
        return bool(inner) and (self._after_title(i) or not self._plural_before(i))

    def _after_title(self, i: int) -> bool:
        return i > 0 and self.s.joined[i] and self.s.word[i - 1] in self.lex.words["title_word"]

    def _plural_before(self, i: int) -> bool:
        return i > 0 and self.s.joined[i] and self.s.word[i - 1] in self.lex.plural

    def head_at(self, i: int) -> tuple[int, OrgHead | None]:
        s = self.s
        n, head = s.match(i, self.lex.org_heads)
        if not n or head is None:
            return 0, None
        title = self.lex.title_head.match(s.folded, s.start(i))
        if title and title.end() > s.end(i + n - 1):
            return 0, None  # Viện trưởng, Bộ trưởng: a title, not a body
        if n == 1 and s.in_lowercase_word(i):
            return 0, None  # Trường hợp, Hội nghị, Vụ án
        if self._plural_before(i):
            return 0, None  # các sở, các Sở Kế hoạch và Đầu tư, Tài nguyên và Môi trường: generic
        if n == 1 and s.match(i, self.lex.org_inner_phrases)[0] > 1:
            return 0, None  # Phòng chống thiên tai: a verb of a name, not the head Phòng
        if not s.cap[i]:
            if head.lower == "no" or not (s.token_starts_here(i) or self._after_title(i)):
                return 0, None
        # a capitalised head right after a family name is a given name: Lê Trường Minh
        if s.cap[i] and i > 0 and s.joined[i] and s.cap[i - 1] and s.word[i - 1] in self.lex.surnames \
                and (i < 2 or not (s.joined[i - 1] and s.cap[i - 2])) and person_at(s, i - 1, self.lex):
            return 0, None
        return n, head

    # ------------------------------------------------------------------ parsing
    def parse(self, i: int, depth: int = 0) -> int | None:
        """End offset of the organisation name starting at syllable ``i``, or None."""
        s = self.s
        known_end = self.known.get(i)
        n, head = self.head_at(i)
        if head is None or depth > 6:
            return known_end or self.fields.get(i)
        if not s.cap[i] and head.lower == "known" and known_end is None and i not in self.fields:
            return None
        j = i + n
        after_head = s.end(j - 1)
        m = _ABBREVIATION_IN_BRACKETS.match(s.text, after_head)
        if m and s.next_index(m.end()) < s.n and s.cap[s.next_index(m.end())]:
            j = s.next_index(m.end())  # Câu lạc bộ (CLB) Tứ Xuyên
            joined = True
        else:
            joined = j < s.n and s.joined[j]
        end = None
        if joined and head.named and not head.place and s.word[j] in self.lex.words["conjunction"] and j + 1 < s.n and s.joined[j + 1] \
                and self.head_at(j + 1)[1] is not None:
            return self.parse(j + 1, depth + 1)  # Báo và Đài Phát thanh - Truyền hình X: one body with two heads
        if joined and head.nests:
            end = self._nested(j, depth)
        self.level = 0
        if end is None and joined and head.place:
            end = self._place(j, bare=True)
        if end is None and joined and head.named:
            end = self._named(j, head, depth, known_end)
        if head.named and not head.place:  # Ban quản lý dự án 7, Sư đoàn 308, Bệnh viện 108
            end = self._number(end if end is not None else after_head) or end
        if end is None:
            end = known_end or self.fields.get(i)
            if end is None:
                return None
        if known_end is not None and end > known_end:
            after = s.next_index(known_end)
            if after < s.n and not s.cap[after] and not s.match(after, self.lex.units)[0]:
                end = known_end  # Đảng bộ các cơ quan Đảng Trung ương | lần thứ nhất
        end = self._qualifier(max(end, known_end or 0, self.fields.get(i, 0)))
        place = place_at(s, i, self.lex)
        if depth == 0 and place and end <= s.end(i + place - 1):
            return None  # the head word begins a place name: Đài Bắc
        return end

    def _number(self, end: int) -> int | None:
        """End of a number that completes a name at ``end`` (Ban quản lý dự án 7), unless it counts
        what follows (Công ty X 10 tỷ đồng)."""
        s = self.s
        m = _NUMBERED.match(s.text, end)
        if not m:
            return None
        k = s.next_index(m.end())
        if k < s.n and s.text[m.end() : s.start(k)] == " " and not s.cap[k] and \
                self.lex.pos_class.get(s.pos(k)) == "nominal":
            return None
        return m.end(1)

    def _nested(self, j: int, depth: int) -> int | None:
        """A body completing a body: Ban Thường vụ Tỉnh ủy X, Đảng bộ cơ quan Tạp chí Y."""
        s, lex = self.s, self.lex
        link, _ = s.match(j, lex.body_links)
        k = j + link
        if k >= s.n or (link and not s.joined[k]):
            return None
        sub = self.parse(k, depth + 1) if s.cap[k] or self.head_at(k)[1] is not None else None
        if sub is not None:
            return sub
        if link and s.cap[k]:  # Đảng ủy các cơ quan Đảng Trung ương
            return self._named(k, None, depth, None)
        return None

    def _place(self, j: int, *, bare: bool) -> int | None:
        """End offset of a place completing a place head: a unit word and a name or number, a
        whole place (TP.HCM), or with ``bare`` a province or district alone (TAND Quảng Trị)."""
        s, lex = self.s, self.lex
        if j >= s.n:
            return None
        whole = place_at(s, j, lex, {"city"})
        if whole and s.upper[j]:  # TP HCM, TP.HCM
            self.places.append(Mention("LOC", s.start(j), s.end(j + whole - 1), "place in an organisation name"))
            return s.end(j + whole - 1)
        n_unit, unit = s.match(j, lex.units)
        if n_unit and unit is not None and unit.kind == "admin" and not person_at(s, j, lex):
            self.level = unit.level
            unit_end = s.end(j + n_unit - 1)
            number = re.match(r"\s+\d+[A-Za-z]?\b", s.text[unit_end : unit_end + 8])
            if number and unit.level >= 2:
                end = unit_end + number.end()
                self.places.append(Mention("LOC", s.start(j), end, "numbered unit in an organisation name"))
                return end
            k = j + n_unit
            if k >= s.n or not (s.joined[k] or s.upper[j] and s.gap(k) in (".", ". ")) or not s.cap[k]:
                return None
            found = place_at(s, k, lex)
            n_person = person_at(s, k, lex)
            if n_person > found:
                return None  # Chủ tịch UBND thành phố Phan Văn Mãi
            if not found:
                if s.word[k] in self.given or s.upper[k] and not s.viet[k] and s.word[k] not in lex.places:
                    return None
                found = _capitalised_run(s, k, lex)
            if not found:
                return None
            end = s.end(k + found - 1)
            self.places.append(Mention("LOC", s.start(k), end, "place in an organisation name"))
            return end
        if bare and s.cap[j]:
            found = place_at(s, j, lex, {"province", "city", "district"})
            if found and not person_at(s, j, lex):
                end = s.end(j + found - 1)
                self.places.append(Mention("LOC", s.start(j), end, "place in an organisation name"))
                return end
        return None

    def _qualifier(self, end: int) -> int:
        """A place after a complete name (Sở Y tế tỉnh Lâm Đồng), and the unit above it after a
        comma (Hợp tác xã phường 6, quận 4)."""
        s = self.s
        j = s.next_index(end)
        if j < s.n and s.text[end : s.start(j)] == " ":
            self.level = 0
            q = self._place(j, bare=False)
            if q is not None:
                end = q
            else:  # "... nâng cấp đô thị thành phố," : the body of the city named in the text
                n, unit = s.match(j, self.lex.units)
                if n and unit is not None and unit.kind == "admin" and not s.cap[j] \
                        and re.match(r"\s*[,.;)]", s.text[s.end(j + n - 1) : s.end(j + n - 1) + 2]):
                    end = s.end(j + n - 1)
        level = self.level
        while level:
            k = s.next_index(end)
            if k >= s.n or s.text[end : s.start(k)].strip() != "," or "\n" in s.text[end : s.start(k)]:
                break
            above = self._unit_level(k)
            if not (above and above < level):
                break
            nxt = self._place(k, bare=False)
            if nxt is None:
                break
            end, level = nxt, above
        return end

    def _unit_level(self, j: int) -> int:
        n, unit = self.s.match(j, self.lex.units)
        return unit.level if n and unit is not None and unit.kind == "admin" else 0

    def _named(self, j: int, head: OrgHead | None, depth: int, known_end: int | None) -> int | None:
        """End offset of the name completing a named head, from syllable ``j`` (see module docs).
        Past the end of a known body, only words of names go on (Tạp chí Cộng sản điện tử)."""
        s, lex = self.s, self.lex
        if j >= s.n:
            return None
        if not s.cap[j] and not self._lowercase_name(j, head):
            return None
        k, last = j, -1
        after_inner = False
        while k < s.n:
            if k > j and not s.joined[k]:
                mark = s.gap(k).strip()
                if "\n" in s.gap(k) or not ((mark == "," and self._comma_continues(k))
                                            or (mark in _HYPHEN and self._hyphen_continues(k))):
                    break
            if known_end is not None and s.start(k) < known_end:
                last, k = k, k + 1  # inside the known name
                continue
            if k > j and last == k - 1 and not s.cap[k] and not s.token_starts_here(k) and s.match(k, lex.name_stops)[0] < 2 \
                    and (known_end is None or s.cap[k - 1]) \
                    and not (lex.pos_class.get(s.pos(k)) == "verbal" and lex.cues["clause"].match(s.folded, s.start(k))):
                last, k = k, k + 1  # the rest of a word already begun (Điều tra, Quân y)
                continue
            word = s.word[k]
            if s.cap[k]:
                n_person = person_at(s, k, lex)
                if n_person and head is not None and head.namesake and (last < j + 2 or n_person == 2):
                    last, k = k + n_person - 1, k + n_person  # trường THPT Lê Quý Đôn
                    break
                if k > j:
                    if n_person:
                        break
                    if self.head_at(k)[1] is not None or k in self.known:
                        sub = self.parse(k, depth + 1)
                        if sub is not None:  # a body of a body: Cơ quan Điều tra hình sự Bộ Quốc phòng
                            last = s.next_index(sub) - 1
                            k = last + 1
                            after_inner = False
                            continue
                        if not s.joined[k]:  # Kế hoạch - Thanh tra: a word of this name
                            last, k = k, k + 1
                            continue
                        n_head, sub_head = self.head_at(k)
                        if sub_head is not None and sub_head.place and (k + n_head >= s.n or not s.joined[k + n_head]
                                                                      or not s.cap[k + n_head]):
                            last = k + n_head - 1  # Ban Dân vận Tỉnh ủy: the body of the province in the text
                        break
                    if s.match(k, lex.units)[0] and not s.upper[k]:
                        break
                found = place_at(s, k, lex)
                if found == 1 and lex.places.get(s.word[k]) not in ("country", "province"):
                    found = 0  # Vụ Trang thiết bị: a word of the name, not the ward Trang
                if found:
                    self.places.append(Mention("LOC", s.start(k), s.end(k + found - 1), "place in an organisation name"))
                    last, k = k + found - 1, k + found
                else:
                    last, k = k, k + 1
                after_inner = False
                continue
            token = s.token_word(k)
            cls = lex.pos_class.get(s.pos(k), "other")
            past_known = known_end is not None and s.start(k) >= known_end
            n_unit = s.match(k, lex.units)[0] if k > j and s.token_starts_here(k) else 0
            if n_unit and (k + n_unit >= s.n or s.cap[k + n_unit] or not s.joined[k + n_unit]
                           or re.match(r"\s+\d", s.text[s.end(k + n_unit - 1) :])):
                break  # a place qualifier follows (tỉnh Lâm Đồng, quận 3): read by _qualifier
            if s.match(k, lex.name_stops)[0] or (token,) in lex.name_stops or tuple(token.split()) in lex.name_stops:
                if word in lex.words["conjunction"] and not past_known and self._and_continues(k):
                    k += 1
                    continue
                break
            n_inner, _ = s.match(k, lex.org_inner_phrases)
            if n_inner:
                if self._predicate(k + n_inner - 1) or (past_known and cls != "nominal"):
                    break
                after_inner = " ".join(s.word[k : k + n_inner]) in lex.org_against
                last, k = k + n_inner - 1, k + n_inner
                continue
            if after_inner and cls in ("nominal", "verbal") and s.pos(k) != "L":
                last, k = k, k + 1
                after_inner = False
                continue
            if cls == "nominal" and s.pos(k) not in ("A", "M") and not past_known:
                last, k = k, k + 1
                continue
            break
        while last >= j and (s.word[last] in lex.plural or s.word[last] in lex.words["conjunction"]):
            last -= 1
        if last < j:
            return None
        return s.end(last)

    def _lowercase_name(self, j: int, head: OrgHead | None) -> bool:
        """A name that starts in lower case: Ban quản lý ..., Đảng ủy các khu công nghiệp Thái Nguyên."""
        s, lex = self.s, self.lex
        if head is not None and head.head.lower() == "ban" and s.token_word(j) in lex.org_inner:
            return True
        if head is not None and " ".join(fold(head.head).split()[-2:]) in lex.org_inner:
            return True  # Ban Quản lý các dự án ..., Ban Chỉ đạo ...
        k = j
        while k < s.n and k - j < 7 and s.joined[k] and not s.cap[k] and lex.pos_class.get(s.pos(k)) in ("nominal", "verbal") \
                and not s.match(k, lex.name_stops)[0]:
            k += 1
        if not (k > j and k < s.n and s.joined[k] and s.cap[k]):
            return False
        if place_at(s, k, lex) > 0:
            return True  # Đảng ủy các khu công nghiệp Thái Nguyên
        # Công ty cổ phần Đầu tư ..., Công ty trách nhiệm hữu hạn X: a legal form, then the name
        m = j
        while m < k:
            n, _ = s.match(m, lex.legal_forms)
            if not n:
                return False
            m += n
        return head is not None and head.named and not person_at(s, k, lex)

    def _predicate(self, k: int) -> bool:
        """Is the name-like verb at ``k`` the predicate of a clause (Công ty X tổ chức lễ ...)?"""
        s = self.s
        n = s.next_index(s.end(k))
        while n < s.n and s.token[n] == s.token[k] and s.token[k] >= 0:
            n += 1
        return n < s.n and s.joined[n] and (s.token_word(n) in self.lex.event_objects or s.word[n] in self.lex.event_objects)

    def _comma_continues(self, k: int) -> bool:
        """After a comma, the name goes on: "Sở Văn hóa, Thể thao và Du lịch" (capitalised parts
        ending in "và" + a part), "Viện Khoa học tổ chức, cán bộ" (after lower-case words, one
        lower-case noun that ends the phrase)."""
        s, lex = self.s, self.lex
        if s.cap[k]:
            m = k
            while m < s.n and m - k < 8 and (m == k or s.joined[m] or s.gap(m).strip() == ",") and \
                    (s.cap[m] or not s.token_starts_here(m)):
                if s.cap[m] and (self.head_at(m)[1] is not None or person_at(s, m, lex) or place_at(s, m, lex)):
                    return False
                m += 1
            return m < s.n and s.joined[m] and s.word[m] in lex.words["conjunction"] and m + 1 < s.n and s.cap[m + 1] \
                and self.head_at(m + 1)[1] is None
        if s.cap[k - 1] or s.pos(k) != "N" or s.match(k, lex.name_stops)[0] or s.match(k, lex.units)[0]:
            return False
        after = k + len(s.token_word(k).split())
        if after >= s.n or not s.joined[after]:
            return True
        return bool(s.match(after, lex.name_stops)[0]) or lex.pos_class.get(s.pos(after)) == "function"

    def _hyphen_continues(self, k: int) -> bool:
        """After a hyphen, a capitalised part that is not a person or a new body continues the name
        (Bộ Lao động - Thương binh và Xã hội, Đài Phát thanh - Truyền hình)."""
        s = self.s
        return s.cap[k] and not person_at(s, k, self.lex) and k not in self.known and \
            (self.head_at(k)[1] is None or self.parse(k, 5) is None)

    def _and_continues(self, k: int) -> bool:
        """"và" inside a name: a capitalised part that is not a new body, person or bare place
        follows (Vụ Trang thiết bị và Công trình y tế), or lower-case words of the name and then
        its capitalised part (Công ty TNHH Thương mại và sản xuất Gia Thịnh)."""
        s, lex = self.s, self.lex
        m = k + 1
        if m >= s.n or not s.joined[m] or s.match(m, lex.documents)[0]:
            return False
        if s.cap[m]:
            return self.head_at(m)[1] is None and m not in self.known and not person_at(s, m, lex) \
                and not place_at(s, m, lex) and not s.upper[m]
        while m < s.n and m - k <= 3 and s.joined[m] and not s.cap[m] and (s.token_word(m) in lex.org_inner
                                                                            or lex.pos_class.get(s.pos(m)) == "nominal"):
            m += 1
        return m < s.n and m > k + 1 and s.joined[m] and s.cap[m] and self.head_at(m)[1] is None and not person_at(s, m, lex)


def _capitalised_run(s: Syllables, k: int, lex: Lexicon, limit: int = 4) -> int:
    """Length of a run of capitalised syllables from ``k``, up to a person's name."""
    n = 1
    while k + n < s.n and n < limit and s.joined[k + n] and s.cap[k + n] and not person_at(s, k + n, lex):
        n += 1
    return n


def organisations(s: Syllables, lex: Lexicon, given_names: frozenset[str]) -> list[Mention]:
    """ORG mentions of one paragraph (the outermost of nested names) and the LOC mentions inside them."""
    parser = _Parser(s, lex, given_names)
    lower_heads = _lower_heads()
    found: list[Mention] = []
    i = 0
    while i < s.n:
        opens = s.cap[i] or i in parser.known or s.word[i] in lower_heads
        end = parser.parse(i) if opens and not s.match_before(i, lex.documents)[0] else None
        if end is not None and end > s.end(i):
            rule = "known organisation" if parser.known.get(i) == end else "organisation name"
            found.append(Mention("ORG", s.start(i), end, rule))
            i = s.next_index(end)
            continue
        i += 1
    found.extend(_brands(s, found))
    places = inside_any(parser.places, found)
    return found + _unique(places + _places_inside(s, lex, found, places))


@cache
def _lower_heads() -> frozenset[str]:
    """First words of the heads that may be written in lower case."""
    return frozenset(k[0] for k, h in lexicon().org_heads.entries.items() if h.lower != "no")


def _places_inside(s: Syllables, lex: Lexicon, orgs: list[Mention], places: list[Mention]) -> list[Mention]:
    """Gazetteer places inside known bodies' names (Viện Hàn lâm Khoa học xã hội Việt Nam), which
    the grammar did not read as places: countries and provinces, or two syllables or more."""
    out = []
    covered = Claims(s)
    for p in places:
        covered.add(p)
    for org in orgs:
        i = s.next_index(org.start)
        while i < s.n and s.end(i) <= org.end:
            n = place_at(s, i, lex) if not covered.taken(i) and i > s.next_index(org.start) else 0
            if n and not covered.span_free(i, i + n):
                n = 0
            key = " ".join(s.word[i : i + n])
            if n and s.end(i + n - 1) <= org.end and key not in lex.person_places and \
                    (n >= 2 or lex.places.get(key) in ("country", "province")):
                out.append(Mention("LOC", s.start(i), s.end(i + n - 1), "place in an organisation name"))
                i += n
            else:
                i += 1
    return out


def _unique(mentions: list[Mention]) -> list[Mention]:
    return list({(m.start, m.end): m for m in mentions}.values())


def _brands(s: Syllables, found: list[Mention]) -> list[Mention]:
    """Camel-case and dotted names (VnExpress, Saigon Co.op), not two Vietnamese words glued (GiangXe)."""
    claims = Claims(s)
    for m in found:
        claims.add(m)
    out = []
    lo, hi = s.start(0), s.end(s.n - 1)
    for pattern, rule in ((_CAMEL_CASE, "camel-case name"), (_BRAND, "brand name")):
        for m in pattern.finditer(s.text, lo, hi):
            parts = re.findall(r"[A-Z][a-z]*", m.group(0))
            if rule == "camel-case name" and len(parts) == 2 and all(is_vietnamese_syllable(p) for p in parts):
                continue
            if claims.span_free(s.next_index(m.start()), s.next_index(m.end())):
                mention = Mention("ORG", m.start(), m.end(), rule)
                out.append(mention)
                claims.add(mention)
    return out


def acronym_definitions(s: Syllables, orgs: list[Mention]) -> set[str]:
    """Acronyms an article defines in brackets after a body's name: Tổng công ty Đường sắt Việt Nam (VNR)."""
    out = set()
    for m in orgs:
        d = _DEFINITION.match(s.text, m.end)
        if d:
            out.add(d.group(1).lower())
    return out


def acronyms(s: Syllables, lex: Lexicon, claims: Claims, defined: set[str]) -> list[Mention]:
    """Acronyms standing alone that name a body: those the lexicon knows (TTXVN, BCA), those the
    article defines (VTV after Đài Truyền hình Việt Nam (VTV)), and unknown ones after a title or
    a body's head (Tổng giám đốc VTV, CLB ABC); never Roman numerals or the acronyms of acronyms.tsv."""
    out = []
    for i in range(s.n):
        word = s.word[i]
        if not s.upper[i] or s.viet[i] or "." in word or claims.taken(i) or _ROMAN.fullmatch(s.text[s.start(i) : s.end(i)]):
            continue
        if (i > 0 and s.joined[i] and s.upper[i - 1]) or (i + 1 < s.n and s.joined[i + 1] and s.upper[i + 1]):
            continue
        unknown = len(word) >= 3 and word not in lex.acronyms and word not in lex.places
        announced = bool(lex.title_head_before.search(s.folded[max(0, s.start(i) - 40) : s.start(i)])) or \
            bool(s.match_before(i, lex.org_heads)[0])
        if word in lex.known_acronyms or word in defined or (unknown and announced):
            m = Mention("ORG", s.start(i), s.end(i), "acronym")
            out.append(m)
            claims.add(m)
    return out
