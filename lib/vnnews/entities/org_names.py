"""The grammar of organisation names: a head and the complement that completes it, read left to right.

An organisation name is a head (:mod:`.org_heads`: ``Ban``, ``Sở``, ``Đảng ủy``, ``UBND``,
``Công ty``) and its complement:

- another body: ``Ban Thường vụ`` + ``Tỉnh ủy Hà Tĩnh``, ``Đảng ủy`` + ``Chính phủ``,
  ``Đảng bộ`` + ``cơ quan`` + ``Tạp chí Cộng sản``, ``Cơ quan Điều tra hình sự`` + ``Bộ Quốc phòng``;
- a place (:mod:`.qualifiers`): ``Tỉnh ủy Lâm Đồng``, ``UBND tỉnh Quảng Trị``, ``TAND TP.HCM``;
- a name: capitalised words, and lower-case nouns and the verbs of names after them
  (``Cục Điều tra chống buôn lậu``), joined by ``và``, hyphens and commas where the parts are
  capitalised (``Bộ Lao động - Thương binh và Xã hội``, ``Sở Văn hóa, Thể thao và Du lịch``);
  it stops at a verb, a function word, a person's name or a new body (``Sở Xây dựng sớm ...``,
  ``Công ty Usports tổ chức lễ ...``);
- then a place qualifier (``Sở Y tế tỉnh Lâm Đồng``, ``Hợp tác xã phường 6, quận 4``).

Bodies the lexicon knows (``Bộ Chính trị``, ``Ban Chấp hành Trung ương Đảng`` also written
``BCH Trung ương Đảng``) are names whatever follows.
"""
from __future__ import annotations

import re

from ..text.normalize import fold
from .companies import business_line_then_name, holder_after_title, only_legal_forms, owner_inside
from .lexicon import OrgHead, Vocabulary
from .org_conjuncts import conjunct_after, place_after, place_after_dash, seat_abroad
from .org_heads import HeadReader
from .org_joins import NameJoins
from .org_tails import NameTails
from .org_words import BRACKETED_ABBREVIATION, NameWords
from .qualifiers import PlaceReader
from .shapes import person_at, place_at
from .spans import Mention
from .syllables import Syllables

__all__ = ["OrgNameParser"]

_HYPHEN = ("-", "–", "—")
_DIGIT_AFTER = re.compile(r"\s+\d")
#: a number glued by a hyphen to the last word of a name (Covid-19), or the digits of a code (Nhà máy Z183), part
#: of the name
_GLUED_NUMBER = re.compile(r"(?:-\d+|(?<=[A-Z])\d{1,4}[A-Z]?)(?![\w/-]|[.,]\d)")


class OrgNameParser(NameJoins, NameTails, NameWords):
    """Organisation names of one paragraph (see module docs): ``parse(i)`` is the end offset of the
    name opening at syllable ``i``; ``heads`` knows where names open, ``where`` holds the places
    read inside them."""

    def __init__(self, s: Syllables, lex: Vocabulary, given_names: frozenset[str]) -> None:
        self.s, self.lex = s, lex
        self.heads = HeadReader(s, lex)
        self.where = PlaceReader(s, lex, given_names)
        self.name_words: list[Mention] = []  # place names read as the words of a name (Công ty Duy Tân)
        self.honoured: list[Mention] = []  # the person a place in a name is named after (Lăng Chủ tịch Hồ Chí Minh)

    def parse(self, i: int, depth: int = 0) -> int | None:
        """End offset of the organisation name starting at syllable ``i``, or None."""
        s = self.s
        known_end = self.heads.known.get(i)
        n, head = self.heads.head_at(i)
        if head is None or depth > 6:
            return self._country_after(known_end) if known_end is not None else self.heads.fields.get(i)
        if not s.cap[i] and head.lower == "known" and known_end is None and i not in self.heads.fields:
            return None
        j = i + n
        after_head = s.end(j - 1)
        m = BRACKETED_ABBREVIATION.match(s.text, after_head)
        if m and s.next_index(m.end()) < s.n and s.cap[s.next_index(m.end())]:
            j = s.next_index(m.end())  # Câu lạc bộ (CLB) Tứ Xuyên
            joined = True
        else:
            joined = j < s.n and s.joined[j]
        end = None
        if joined and head.named and not head.place and s.word[j] in self.lex.words["conjunction"] and j + 1 < s.n and s.joined[j + 1] \
                and self.heads.head_at(j + 1)[1] is not None:
            return self.parse(j + 1, depth + 1)  # Báo và Đài Phát thanh - Truyền hình X: one body with two heads
        if joined and head.nests:
            end = self._nested(j, depth)
        self.where.level = 0
        if end is None and joined and head.place:
            end = self._level(j)
        if end is None and joined and head.place:
            end = self.where.place(j, bare=True)
        if end is None and joined and head.place and not head.named:
            end = self.where.bare_unit(j)  # UBND tỉnh | đề nghị: the body of the article's province
        if end is None and joined and head.nests and not head.named:
            end = self._body_unnamed(j)  # Ban Chấp hành | Đảng bộ thành phố, Ủy ban Kiểm tra | Thành ủy
        if end is None and joined and head.named:
            end = self._named(j, head, depth, known_end, self.heads.fields.get(i))
        if head.named and not head.place:  # Ban quản lý dự án 7, Sư đoàn 308, Bệnh viện 108
            end = self.where.number(end if end is not None else after_head, dated=head.namesake) or end
        if end is None:
            end = known_end or self.heads.fields.get(i)
            if end is None:
                return None
        if known_end is not None and end > known_end:
            after = s.next_index(known_end)
            if after < s.n and not s.cap[after] and not s.match(after, self.lex.units)[0]:
                end = known_end  # Đảng bộ các cơ quan Đảng Trung ương | lần thứ nhất
        field_end = self.heads.fields.get(i, 0)
        end = max(end, known_end or 0, field_end)
        if end == field_end and known_end is None and s.next_index(end) < s.n \
                and s.text[end : s.start(s.next_index(end))] == " ":
            k = s.next_index(end)  # after a field, the agency it belongs to or a province
            sub = self.parse(k, depth + 1) if self.heads.head_at(k)[1] is not None or k in self.heads.known else None
            numbered = self.where.number(end, dated=head.namesake) if head.named and not head.place else None
            end = sub or self.where.place(k, bare=True) or numbered or end  # ... về ma túy Công an tỉnh X, Sở NN&PTNT Sóc Trăng
        end = self.where.qualifier(end)
        if depth == 0:
            end = place_after_dash(s, self.lex, end)  # Phòng THADS Khu vực 9 - TP.HCM
        n_place = place_at(s, j, self.lex) if not s.cap[i] and not head.place and j < s.n else 0
        if n_place and s.end(j + n_place - 1) == end and self.lex.places.get(" ".join(s.word[j : j + n_place])) == "country":
            return None  # một công ty Trung Quốc: a company of that country, no name
        # Đại sứ quán Việt Nam tại Đức; a body of one country in another: Viện Pháp tại Việt Nam
        end = self._seat(end) if s.match(i, self.lex.missions)[0] else seat_abroad(s, self.lex, i, end) or end
        place = place_at(s, i, self.lex)
        if depth == 0 and place and end <= s.end(i + place - 1):
            return None  # the head word begins a place name: Đài Bắc
        if depth == 0 and any(i - b >= 0 and s.joined[i - b + 1] and place_at(s, i - b, self.lex) > b for b in (1, 2)):
            return None  # the head word is inside a place name: Tây Ban Nha
        return end

    def _nested(self, j: int, depth: int) -> int | None:
        """A body completing a body: Ban Thường vụ Tỉnh ủy X, Đảng bộ cơ quan Tạp chí Y."""
        s, lex = self.s, self.lex
        link, _ = s.match(j, lex.body_links)
        k = j + link
        if k >= s.n or (link and not s.joined[k]):
            return None
        sub = self.parse(k, depth + 1) if s.cap[k] or self.heads.head_at(k)[1] is not None else None
        if sub is not None:
            return sub
        if link and s.cap[k]:  # Đảng ủy các cơ quan Đảng Trung ương
            return self._named(k, None, depth, None)
        return None

    def _named(self, j: int, head: OrgHead | None, depth: int, known_end: int | None, field_end: int | None = None) -> int | None:
        """End offset of the name completing a named head, from syllable ``j`` (see module docs).
        Past the end of a known body, only words of names go on (Tạp chí Cộng sản điện tử); right past a known field
        (ending at ``field_end``), no verb that is the predicate of the clause (Sở Xây dựng | thẩm định lại)."""
        s, lex = self.s, self.lex
        if j >= s.n:
            return None
        if not s.cap[j] and not self._lowercase_name(j, head):
            return None
        k, last = j, -1
        company = head is not None and fold(head.head) in lex.words["company_head"]
        after_inner = False
        closed = False  # a word that ends a name was read (Trung ương, Hà Nội, a proper name): no lower-case word follows
        while k < s.n:
            if k > j and not s.joined[k]:
                mark = s.gap(k).strip()
                if "\n" in s.gap(k) or not ((mark == "," and not closed and self._comma_continues(k))
                                            or (mark in _HYPHEN and (known_end is None or s.start(k) < known_end)
                                                and self._hyphen_continues(k, head))
                                            or (s.gap(k) in ("&", "'", "’") and s.cap[k - 1] and s.cap[k])):  # T&T, L’Héritage
                    if mark == "," and last == k - 1 and not closed and self._pair_across_comma(k):
                        after_inner = f"{s.word[k - 1]} {s.word[k]}" in lex.org_against
                        last, k = k, k + 1  # Ban Chỉ đạo phòng, chống dịch: the pair written with a comma
                        continue
                    break
            if known_end is not None and s.start(k) < known_end:
                last, k = k, k + 1  # inside the known name
                continue
            if k > j and last == k - 1 and not s.cap[k] and f"{s.word[k - 1]} {s.word[k]}" in lex.words["place_compound"]:
                last, k = k, k + 1  # Viện Pháp y: the word a capitalised place-like syllable begins
                continue
            begun = self._word_begun(k) if k == j or (last == k - 1 and s.joined[k]) else 0
            if begun:
                last, k = k + begun - 1, k + begun  # Văn phòng Đăng ký | đất đai, Cục Gìn giữ | hòa bình
                continue
            if k > j and last == k - 1 and not s.cap[k] and not s.token_starts_here(k) and s.match(k, lex.name_stops)[0] < 2 \
                    and s.viet[k - 1] \
                    and (known_end is None or s.cap[k - 1]) \
                    and not (lex.pos_class.get(s.pos(k)) == "verbal" and lex.cues["clause"].match(s.folded, s.start(k))) \
                    and self._begun_word_goes_on(k, j):
                last, k = k, k + 1  # the rest of a word already begun (Điều tra, Quân y)
                continue
            inner_known = self.heads.known.get(k) if k == j and not s.match(k, lex.legal_forms)[0] else None
            if inner_known is not None and self.heads.head_at(k)[1] is None:
                last, k = s.next_index(inner_known) - 1, s.next_index(inner_known)  # Thư viện | Vùng 3 Hải quân
                closed, after_inner = True, False
                continue
            word = s.word[k]
            n_legal, _ = s.match(k, lex.legal_forms)
            if n_legal and not closed:  # Công ty cổ phần X, Công ty CP xây dựng Y, whatever the tagger calls them
                last, k = k + n_legal - 1, k + n_legal
                continue
            if s.cap[k]:
                if k > j and s.word[k] in lex.words["sentence_opener"] and not s.upper[k]:
                    break  # Hội đồng Thống đốc AIIB | Một thành tựu ...: a caption run into the next sentence
                if k == j and self.where.abbreviated_unit(k):
                    return None  # Trung tâm | TP. Quảng Ngãi: a head and the city, no name
                honoured = self._title_of_namesake(k) if k > j else 0
                if honoured:
                    last, k = k + honoured - 1, k + honoured
                    closed = True  # Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh
                    continue
                n_closing, _ = s.match(k, lex.name_ends)
                if n_closing:
                    last, k = k + n_closing - 1, k + n_closing
                    closed, after_inner = True, False
                    continue
                n_person = person_at(s, k, lex)
                if k == j and company and n_person >= 3 and holder_after_title(s, lex, j - len(head.head.split()), j + n_person):
                    return None  # Giám đốc Công ty | Nguyễn Mạnh Toán phát biểu: the title's holder, no company name
                owner = owner_inside(s, lex, k, n_person) if n_person and k > j else None
                if owner is not None:
                    last = owner - 1  # tập đoàn Tân Hoàng Minh | Đỗ Anh Dũng: the owner's name after the company's
                    break
                brand_before = k > j and (s.upper[k - 1] or not s.viet[k - 1]) and s.word[k - 1] not in lex.acronyms  # FLC, Bcons
                area_before = s.match_before(k, lex.areas)[0] > 0  # Bệnh viện Đa khoa khu vực Đặng Thùy Trâm
                if n_person and head is not None and head.namesake and not brand_before \
                        and (last < j + 2 or n_person == 2 or area_before or (not company and self._untitled(j, head, k + n_person))):
                    last, k = k + n_person - 1, k + n_person  # trường THPT Lê Quý Đôn
                    break
                if k > j:
                    if n_person:
                        break
                    if self.heads.head_at(k)[1] is not None or k in self.heads.known:
                        sub = self.parse(k, depth + 1)
                        if sub is not None:  # a body of a body: Cơ quan Điều tra hình sự Bộ Quốc phòng
                            last = s.next_index(sub) - 1
                            k = last + 1
                            after_inner = False
                            closed = True  # no lower-case word after it: Ban Thường trực Mặt trận Tổ quốc Việt Nam | tổ chức
                            continue
                        if not s.joined[k]:  # Kế hoạch - Thanh tra: a word of this name
                            last, k = k, k + 1
                            continue
                        if s.word[k - 1] in lex.words["conjunction"]:  # Viện Công nhân và Công đoàn: a field of this name
                            last, k = k + self.heads.head_at(k)[0] - 1, k + self.heads.head_at(k)[0]
                            closed = True
                            continue
                        n_head, sub_head = self.heads.head_at(k)
                        if sub_head is not None and sub_head.place and (k + n_head >= s.n or not s.joined[k + n_head]
                                                                      or not s.cap[k + n_head]):
                            last = k + n_head - 1  # Ban Dân vận Tỉnh ủy: the body of the province in the text
                        break
                    n_unit, unit = s.match(k, lex.units)
                    if n_unit and unit is not None and unit.kind == "admin" and not s.upper[k] \
                            and len(s.token_word(k).split()) <= n_unit:  # not Xã hội, a word of its own
                        break  # Sở Y tế Tỉnh ...; not Công ty Cầu đường, Bệnh viện Đa khoa Phố Nối
                    if self.where.abbreviated_unit(k):
                        break  # Viện Kinh tế | TP. Hồ Chí Minh: the place qualifier, read after the name
                found = place_at(s, k, lex)
                kind = lex.places.get(" ".join(s.word[k : k + found])) if found else None
                if found == 1 and kind not in ("country", "province"):
                    found = 0  # Vụ Trang thiết bị: a word of the name, not the ward Trang
                if found and company and kind in ("district", "ward") and only_legal_forms(s, lex, j, k):
                    # Công ty Duy Tân: a company's name, not the ward it shares (not Công ty Cấp nước Thủ Đức)
                    self.name_words.append(Mention("LOC", s.start(k), s.end(k + found - 1), "words of a name"))
                    closed = closed or self._closes(k, found)
                    last, k = k + found - 1, k + found
                    after_inner = False
                    continue
                closed = closed or self._closes(k, found)
                if found:
                    self.where.places.append(Mention("LOC", s.start(k), s.end(k + found - 1), "place in an organisation name"))
                    last, k = k + found - 1, k + found
                else:
                    last, k = k, k + 1
                after_inner = False
                continue
            n_area, _ = s.match(k, lex.areas)
            if n_area and (_DIGIT_AFTER.match(s.text, s.end(k + n_area - 1)) or k + n_area < s.n and s.joined[k + n_area]
                           and (s.cap[k + n_area] or place_at(s, k + n_area, lex))):
                last, k = k + n_area - 1, k + n_area  # Ngân hàng X chi nhánh Quảng Ngãi, Trung tâm Y khu vực miền Trung
                closed = False
                continue
            if field_end is not None and s.start(k) >= field_end and s.end(k - 1) <= field_end and self._predicate_after(k):
                break  # Sở Tài nguyên và Môi trường | quản lý; Sở Xây dựng | thẩm định lại
            if closed:
                break  # Viện Vệ sinh Dịch tễ Trung ương | khuyến cáo, Đại học Quốc gia Hà Nội | tổ chức
            if word in lex.words["number_word"] and _DIGIT_AFTER.match(s.text, s.end(k)):
                break  # Phòng Công chứng | số 1: the number is read after the name
            ahead = self._field_then_name(k, j) if last == k - 1 and (known_end is None or s.start(k) < known_end) else None
            if ahead is not None:  # Cục Gìn giữ | hòa bình Việt Nam, Công ty Cổ phần tàu | cao tốc Phú Quốc
                last, k = ahead - 1, ahead
                continue
            token = s.token_word(k)
            cls = lex.pos_class.get(s.pos(k), "other")
            past_known = known_end is not None and s.start(k) >= known_end
            site = self._site_after(k, j) if last == k - 1 and not past_known else None
            if site is not None:  # Ban Quản lý dự án | đường Hồ Chí Minh: the site a board manages, named in its name
                last, k = site - 1, site
                closed = True
                continue
            n_unit = s.match(k, lex.units)[0] if k > j and s.token_starts_here(k) else 0
            if n_unit and (k + n_unit >= s.n or s.cap[k + n_unit] or not s.joined[k + n_unit]
                           or _DIGIT_AFTER.match(s.text, s.end(k + n_unit - 1))):
                break  # a place qualifier follows (tỉnh Lâm Đồng, quận 3): read by _qualifier
            unit = s.match(k, lex.units)[1] if n_unit else None
            if unit is not None and unit.kind == "admin" and last == k - 1 and len(token.split()) <= n_unit \
                    and not s.cap[k + n_unit] and lex.pos_class.get(s.pos(k + n_unit)) == "nominal":
                last = k + n_unit - 1  # Sở Giao thông Vận tải thành phố | tuyến đường ...: the article's city ends the name
                break
            if (s.match(k, lex.name_stops)[0] and not self._time_word_inside_word(k)) or (token,) in lex.name_stops \
                    or tuple(token.split()) in lex.name_stops:
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
            if self._verb_of_clause(k, first=k == j):
                break  # Ban Tổ chức | trao Cờ lưu niệm, Sở Tài nguyên và Môi trường | cấp Giấy chứng nhận
            if k > j and last == k - 1 and not s.cap[k] and s.cap[k - 1] and not s.upper[k - 1] \
                    and not s.token_starts_here(k) and not self._glued_word(k, j):
                break  # Công ty Duy Tân | muốn, Tập đoàn Changshin | tri ân: the name's last syllable glued to the verb
            if after_inner and cls in ("nominal", "verbal") and s.pos(k) != "L":
                last, k = k, k + 1
                after_inner = False
                continue
            # Cục Kỹ thuật an toàn và Môi trường công nghiệp: a field and its qualifier before the next one
            qualifier = s.pos(k) == "A" and last == k - 1 and s.token_starts_here(k) \
                and (conjunct_after(s, self.lex, self.heads, k) or place_after(s, lex, k))  # Hội Doanh nhân trẻ | tỉnh X
            if (cls == "nominal" and s.pos(k) not in ("A", "M") or qualifier) and not past_known:
                last, k = k, k + 1
                continue
            if company and last == k - 1:
                ahead = business_line_then_name(s, lex, k, self.heads)
                if ahead is not None:  # Công ty TNHH Thương mại dịch vụ may mặc | Thiên Ân
                    last, k = ahead - 1, ahead
                    continue
            ahead = self._words_before_abbreviation(k) if last == k - 1 and not past_known else None
            if ahead is not None:  # Công ty Thu phí | tự động (VETC): the words the abbreviation shortens
                last, k = ahead - 1, ahead
                continue
            if last == k - 1 and not past_known and self._adjective_of_word_begun(k):
                last, k = k, k + 1  # Chi cục Hải quan Chuyển phát | nhanh
                continue
            ahead = self._lower_run_to_place(k) if last == k - 1 and not past_known and not s.cap[k - 1] else None
            if ahead is not None:  # Ban Quản lý dự án | đường sắt đô thị Hà Nội: a lower-case complement runs on to its place
                last, k = ahead - 1, ahead
                continue
            break
        while last >= j and (s.word[last] in lex.plural or s.word[last] in lex.words["conjunction"]):
            last -= 1
        if last < j:
            return None
        glued = _GLUED_NUMBER.match(s.text, s.end(last))
        return glued.end() if glued else s.end(last)  # Ban Chỉ đạo phòng chống Covid-19
