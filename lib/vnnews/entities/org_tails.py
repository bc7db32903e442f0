"""What completes an organisation's name past its own words: the country of a known body (``Chính phủ Việt Nam``)
and the English corporate word of a foreign name (``Vietnam Airlines Group``), a mission's seat (``Đại sứ quán Việt
Nam tại Đức``), the level and seat of a court (``TAND cấp cao tại Hà Nội``), and the person a name honours, with or
without a title (``Lăng Chủ tịch Hồ Chí Minh``, ``Viện Bỏng Quốc gia Lê Hữu Trác``)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .org_conjuncts import area_number_after
from .shapes import person_at, place_at
from .spans import Mention

if TYPE_CHECKING:
    from .lexicon import OrgHead, Vocabulary
    from .org_heads import HeadReader
    from .qualifiers import PlaceReader
    from .syllables import Syllables

__all__ = ["NameTails"]


class NameTails:
    """What :class:`~vnnews.entities.org_names.OrgNameParser` reads after the words of a name (see module docs)."""

    s: Syllables
    lex: Vocabulary
    heads: HeadReader
    where: PlaceReader
    honoured: list[Mention]

    def _country_after(self, end: int) -> int:
        """A known body and the country it is of are one name (Chính phủ Việt Nam, Quốc hội Lào); a known foreign name
        and the English corporate word after it too (Vietnam Airlines Group)."""
        s = self.s
        j = s.next_index(end)
        last = j - 1
        if j < s.n and s.text[end : s.start(j)] == " " and s.cap[j] and s.word[j] in self.lex.words["corporate_suffix"] \
                and 0 <= last and not s.viet[last] and not s.upper[last] and s.end(last) == end:
            return s.end(j)
        regional = area_number_after(s, self.lex, end)
        if regional is not None:
            return regional  # KTNN khu vực VII: a regional unit of the body
        written = s.text[s.start(s.next_index(end) - 1) : end] if j > 0 else ""
        if written.isupper():
            return end  # TTXVN | Israel: an acronym names its country already
        n = place_at(s, j, self.lex) if j < s.n and s.text[end : s.start(j)] == " " else 0
        if n and self.lex.places.get(" ".join(s.word[j : j + n])) == "country":
            self.where.places.append(Mention("LOC", s.start(j), s.end(j + n - 1), "place in an organisation name"))
            return s.end(j + n - 1)
        return end

    def _seat(self, end: int) -> int:
        """A mission's name goes on with "tại" and the place it sits in: Đại sứ quán Việt Nam tại Đức."""
        s = self.s
        k = s.next_index(end)
        if k + 1 < s.n and s.word[k] == "tại" and s.joined[k] and s.joined[k + 1] and s.cap[k + 1]:
            seat = self.where.place(k + 1, bare=True)
            whole = place_at(s, k + 1, self.lex)
            if seat is None and whole:
                seat = s.end(k + whole)  # a country: Đại sứ quán Việt Nam tại Đức
            if seat is None and not s.viet[k + 1] and not s.upper[k + 1]:
                seat = s.end(k + 1)  # a city abroad the gazetteer does not know: Đại sứ quán Việt Nam tại Colombo
            if seat is not None:
                return seat
        return end

    def _level(self, j: int) -> int | None:
        """The level and seat of a court or procuracy completing its head: TAND cấp cao tại Hà Nội."""
        s = self.s
        n, _ = s.match(j, self.lex.body_levels)
        if not n or j + n >= s.n or not s.joined[j + n]:
            return None
        return self.where.place(j + n, bare=True)

    def _untitled(self, j: int, head: OrgHead, after: int) -> bool:
        """Is the body whose name goes on at syllable ``j`` after ``head`` written with no title before it, so a
        person's name right after its name is the person it is named after (Viện Bỏng Quốc gia Lê Hữu Trác),
        not the holder of a title (Giám đốc Bệnh viện Nhi Trung ương | Nguyễn Văn A)? The person's name, ending before
        syllable ``after``, must end the clause too (a mark or the end of the paragraph after it)."""
        s = self.s
        if after < s.n and s.joined[after]:
            return False
        start = s.start(max(0, j - len(head.head.split())))
        return self.lex.title_head_before.search(s.folded[max(0, start - 40) : start]) is None

    def _title_of_namesake(self, k: int) -> int:
        """Syllables of a title and the name of the person a place is named after (Lăng | Chủ tịch Hồ Chí Minh), inside
        a body's name, from ``k``; 0 if none."""
        s, lex = self.s, self.lex
        title = lex.title_head.match(s.folded, s.start(k))
        t = s.next_index(title.end()) if title else s.n
        n = person_at(s, t, lex) if t < s.n and s.joined[t] else 0
        if not (n and " ".join(s.word[t : t + n]) in lex.person_places):
            return 0
        self.honoured.append(Mention("PER", s.start(t), s.end(t + n - 1), "person a name honours"))
        return t + n - k
