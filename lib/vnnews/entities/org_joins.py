"""Marks inside an organisation's name: after a comma, a hyphen or ``và``, does the name go on (``Sở Văn hóa, Thể thao
và Du lịch``, ``Bộ Lao động - Thương binh và Xã hội``) or does a new body, person or title begin?"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .shapes import person_at, place_at

if TYPE_CHECKING:
    from .lexicon import OrgHead, Vocabulary
    from .org_heads import HeadReader
    from .syllables import Syllables

__all__ = ["NameJoins"]


class NameJoins:
    """What :class:`~vnnews.entities.org_names.OrgNameParser` reads at a comma, a hyphen or ``và`` inside a name."""

    s: Syllables
    lex: Vocabulary
    heads: HeadReader

    def parse(self, i: int, depth: int = 0) -> int | None:  # pragma: no cover - provided by the parser
        raise NotImplementedError

    def _comma_continues(self, k: int) -> bool:
        """After a comma, the name goes on: "Sở Văn hóa, Thể thao và Du lịch" (capitalised parts
        ending in "và" + a part), "Viện Khoa học tổ chức, cán bộ" (after lower-case words, one
        lower-case noun that ends the phrase)."""
        s, lex = self.s, self.lex
        if s.cap[k]:
            m = k
            while m < s.n and m - k < 8 and (m == k or s.joined[m] or s.gap(m).strip() == ",") and \
                    (s.cap[m] or not s.token_starts_here(m) or self._lower_field_word(m)):
                if s.cap[m] and (self.heads.head_at(m)[1] is not None or person_at(s, m, lex) or place_at(s, m, lex)):
                    return False
                m += 1
            return m < s.n and s.joined[m] and s.word[m] in lex.words["conjunction"] and m + 1 < s.n and s.cap[m + 1] \
                and self.heads.head_at(m + 1)[1] is None
        if s.cap[k - 1] or s.pos(k) != "N" or s.match(k, lex.name_stops)[0] or s.match(k, lex.units)[0]:
            return False
        after = k + len(s.token_word(k).split())
        if after >= s.n or not s.joined[after]:
            return True
        return bool(s.match(after, lex.name_stops)[0]) or lex.pos_class.get(s.pos(after)) == "function"

    def _lower_field_word(self, m: int) -> bool:
        """Is the lower-case word at ``m``, after a capitalised word of a field, a noun or adjective of that field
        (``Chuyển đổi xanh`` in ``Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công``), no word that ends names, no
        unit, no conjunction?"""
        s, lex = self.s, self.lex
        return s.joined[m] and not s.cap[m] and s.viet[m] and (s.cap[m - 1] or not s.token_starts_here(m - 1)) \
            and s.pos(m) in ("N", "A") and not s.match(m, lex.name_stops)[0] and not s.match(m, lex.units)[0] \
            and s.word[m] not in lex.words["conjunction"] and s.word[m] not in lex.plural

    def _pair_across_comma(self, k: int) -> bool:
        """Do the lower-case word before the comma at ``k`` and the word after it make a fixed pair of a name's field,
        written with a comma (``phòng, chống`` in ``Ban Chỉ đạo phòng, chống dịch``), a word of ``org_inner``?"""
        s = self.s
        return not s.cap[k - 1] and not s.cap[k] and k + 1 < s.n and s.joined[k + 1] and not s.cap[k + 1] \
            and f"{s.word[k - 1]} {s.word[k]}" in self.lex.org_inner

    def _time_word_inside_word(self, k: int) -> bool:
        """Is the word that ends names at ``k`` a part of the day (``sáng``) that only begins a longer word the tagger
        reads as a verb or an adjective, not a time (``Cục Đổi mới sáng tạo``; not ``sáng nay``, ``sáng mai``)?"""
        s = self.s
        token = s.token_word(k)
        return s.token_starts_here(k) and not s.cap[k] and s.word[k] in self.lex.words["dated_opener"] \
            and len(token.split()) > 1 and s.pos(k) in ("A", "V") and (token,) not in self.lex.name_stops \
            and tuple(token.split()) not in self.lex.name_stops

    def _hyphen_continues(self, k: int, head: OrgHead | None) -> bool:
        """After a hyphen, a capitalised part that is not a person or a new body continues the name
        (Bộ Lao động - Thương binh và Xã hội, Đài Phát thanh - Truyền hình). An acronym ending the name
        is the body's own acronym (Cơ quan Hợp tác quốc tế Nhật Bản - JICA), except after a company,
        whose name ends with its group's (Công ty Than Thống Nhất - TKV). An English name after a dash spaced on one
        side only is the body's alias, a second mention (Ngân hàng Đông Á- DongA Bank); spaced on both sides, it ends
        the company's name (Công ty Cổ phần Du lịch X - Vietravel)."""
        s = self.s
        gap = s.gap(k)
        if gap[:1].isspace() != gap[-1:].isspace() and s.cap[k] and not s.viet[k] and not s.upper[k]:
            return False  # Ngân hàng Đông Á- DongA Bank: an English alias after a dash spaced on one side, a name of its own
        if s.upper[k] and not (k + 1 < s.n and s.joined[k + 1] and s.cap[k + 1]):
            return head is not None and head.namesake
        return s.cap[k] and not person_at(s, k, self.lex) and k not in self.heads.known and \
            not self.lex.title_head.match(s.folded, s.start(k)) and \
            (self.heads.head_at(k)[1] is None or self.parse(k, 5) is None)

    def _and_continues(self, k: int) -> bool:
        """"và" inside a name: a capitalised part that is not a new body, person or bare place
        follows (Vụ Trang thiết bị và Công trình y tế), or lower-case words of the name and then
        its capitalised part (Công ty TNHH Thương mại và sản xuất Gia Thịnh)."""
        s, lex = self.s, self.lex
        m = k + 1
        if m >= s.n or not s.joined[m] or s.match(m, lex.documents)[0] or s.word[m] in lex.plural:
            return False  # Sở Y tế | và các bệnh viện
        if s.cap[m]:  # not: Sở Tài chính | và Giám đốc Sở Xây dựng (a title of a second person)
            # a head that completes no name of its own is a field of this one: Viện Công nhân và Công đoàn
            return (self.heads.head_at(m)[1] is None or self.parse(m, 5) is None) and m not in self.heads.known \
                and not person_at(s, m, lex) \
                and not place_at(s, m, lex) and not s.upper[m] and not self.lex.title_head.match(s.folded, s.start(m))
        m = self._lower_name_words_end(k, 5)
        return (m < s.n and m > k + 1 and s.joined[m] and s.cap[m] and self.heads.head_at(m)[1] is None
                and not person_at(s, m, lex)) or self._second_field(k)

    def _second_field(self, k: int) -> bool:
        """"và" between two fields of a name written in sentence case: a capitalised field before it, an activity of
        names after it, then lower-case words of the name up to a verb, a function word, a mark or the body it belongs
        to (``Viện Chiến lược và phát triển giao thông vận tải | nêu``, ``Trung tâm Đào tạo và phát triển nguồn nhân
        lực``, ``Phòng An ninh mạng và phòng chống tội phạm công nghệ cao | Công an tỉnh X``)."""
        s, lex = self.s, self.lex
        p = k - 1
        while p > 0 and k - p <= 4 and s.joined[p] and not s.cap[p]:
            p -= 1
        if not (s.cap[p] and s.viet[p] and s.token_word(k + 1) in lex.org_inner):
            return False
        m = self._lower_name_words_end(k, 8)
        return m - k <= 8 and (m >= s.n or not s.joined[m] or (not s.cap[m] and lex.pos_class.get(s.pos(m)) in ("verbal", "function"))
                               or (s.cap[m] and (self.heads.head_at(m)[1] is not None or m in self.heads.known)))

    def _lower_name_words_end(self, k: int, most: int) -> int:
        """The syllable after the lower-case words of a name (activities of names, nouns) that follow ``và`` at ``k``,
        at most ``most`` syllables after it."""
        s, lex = self.s, self.lex
        m = k + 1
        while m < s.n and m - k <= most and s.joined[m] and not s.cap[m] and (s.token_word(m) in lex.org_inner
                                                                               or lex.pos_class.get(s.pos(m)) == "nominal"):
            m += 1
        return m
