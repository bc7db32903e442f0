"""Places and numbers that complete or qualify an organisation name: a unit word and a name or a
number (``UBND tỉnh Quảng Trị``, ``UBND quận 7``), a whole place (``TAND TP.HCM``), a province alone
(``TAND Quảng Trị``), a place after a complete name (``Sở Y tế tỉnh Lâm Đồng``), the unit above it
after a comma (``Hợp tác xã phường 6, quận 4``), and a number that ends a name (``Ban quản lý dự án
7``, ``Sư đoàn 308``). The places read here are LOC mentions of their own."""
from __future__ import annotations

import re

from .lexicon import Vocabulary
from .shapes import person_at, place_at
from .spans import Mention
from .syllables import Syllables

__all__ = ["PlaceReader", "capitalised_run"]

#: a unit's number or code (Sư đoàn 308, Ban quản lý dự án 7, Nhà máy Z183, Trại giam Z30D)
_NUMBER = r"(?:[A-Z]{1,2}\d{1,4}[A-Z]?|\d{1,4}[A-Z]?)"
_DAY_MONTH = r"\d{1,2}/\d{1,2}"
_PLACE_RULE = "place in an organisation name"


class PlaceReader:
    """The places inside the organisation names of one paragraph (see module docs).

    ``places`` collects the LOC mentions read; ``level`` is the level of the last administrative
    unit read (1 province, 2 district, 3 commune), which the unit after a comma must be above.
    """

    def __init__(self, s: Syllables, lex: Vocabulary, given_names: frozenset[str]) -> None:
        self.s, self.lex, self.given = s, lex, given_names
        self.places: list[Mention] = []
        self.level = 0
        self._numbered = _numbered(lex.alternation("number_word"), dated=False)
        self._dated = _numbered(lex.alternation("number_word"), dated=True)

    def number(self, end: int, *, dated: bool = False) -> int | None:
        """End of a number that completes a name at ``end`` (Ban quản lý dự án 7, Đội Quản lý thị
        trường số 17; with ``dated``, a day and month too: Bệnh viện 30/4), unless it counts what
        follows (Công ty X 10 tỷ đồng); a verb of names after it is the predicate, whatever the
        tagger calls it (Quân khu 7 tổ chức ...)."""
        s = self.s
        m = (self._dated if dated else self._numbered).match(s.text, end)
        if not m:
            return None
        k = s.next_index(m.end())
        numbered = m.start(1) > end + 1  # "số 17" names, never counts
        if not numbered and k < s.n and s.text[m.end() : s.start(k)] == " " and not s.cap[k] and \
                self.lex.pos_class.get(s.pos(k)) == "nominal" and s.token_word(k) not in self.lex.org_inner:
            return None
        return m.end(1)

    def place(self, j: int, *, bare: bool) -> int | None:
        """End offset of a place completing a place head: a unit word and a name or number, a
        whole place (TP.HCM), or with ``bare`` a province or district alone (TAND Quảng Trị)."""
        s, lex = self.s, self.lex
        if j >= s.n:
            return None
        whole = place_at(s, j, lex, {"city"})
        if whole and s.upper[j]:  # TP HCM, TP.HCM
            self.places.append(Mention("LOC", s.start(j), s.end(j + whole - 1), _PLACE_RULE))
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
            if k >= s.n or not (s.joined[k] or s.upper[j] and s.gap(k) in ("", ".", ". ")) or not s.cap[k]:
                return None
            found = place_at(s, k, lex)
            n_person = person_at(s, k, lex)
            if n_person > found:
                return None  # Chủ tịch UBND thành phố Phan Văn Mãi
            if not found:
                if s.word[k] in self.given or s.upper[k] and not s.viet[k] and s.word[k] not in lex.places:
                    return None
                found = capitalised_run(s, k, lex)
            if not found:
                return None
            end = s.end(k + found - 1)
            self.places.append(Mention("LOC", s.start(k), end, _PLACE_RULE))
            return end
        if bare and s.cap[j]:
            found = place_at(s, j, lex, {"province", "city", "district"})
            if found and not person_at(s, j, lex):
                end = s.end(j + found - 1)
                self.places.append(Mention("LOC", s.start(j), end, _PLACE_RULE))
                return end
        return None

    def bare_unit(self, j: int) -> int | None:
        """End offset of an administrative unit in lower case with no name after it, completing a place head (``UBND
        tỉnh | đề nghị``: the body of the province the article is about), or None: not before a capitalised word other
        than a person's name (the place's name) or a number (``Công an phường 6``), nor the first syllable of a longer
        word."""
        s = self.s
        n, unit = s.match(j, self.lex.units)
        if not n or unit is None or unit.kind != "admin" or s.cap[j] or len(s.token_word(j).split()) > n:
            return None
        k = j + n
        if k < s.n and s.joined[k] and (s.cap[k] and person_at(s, k, self.lex) < 2 or s.word[k][:1].isdigit()):
            return None
        return s.end(k - 1)  # Chủ tịch UBND huyện | Nguyễn Văn An: the holder of the title after it

    def abbreviated_unit(self, k: int) -> bool:
        """Is the syllable at ``k`` an abbreviated administrative unit (TP, Q, P) followed by a place's name, after a
        space, the abbreviation's dot or nothing (TP Hồ Chí Minh, TP. Hà Nội, TPHồ Chí Minh)?"""
        s = self.s
        n_unit, unit = s.match(k, self.lex.units)
        m = k + n_unit
        return bool(n_unit) and unit is not None and unit.kind == "admin" and s.upper[k] and m < s.n and s.cap[m] \
            and (s.joined[m] or s.gap(m) in ("", ".", ". ")) and place_at(s, m, self.lex) > 0

    def qualifier(self, end: int) -> int:
        """A place after a complete name (Sở Y tế tỉnh Lâm Đồng), and the unit above it after a
        comma (Hợp tác xã phường 6, quận 4): the new end of the name.

        Examples
        --------
        >>> from vnnews import article_from_text
        >>> from vnnews.entities.extract import paragraph_syllables
        >>> from vnnews.entities.lexicon import lexicon
        >>> a = article_from_text("Tiêu đề\\n\\nHợp tác xã phường 6, quận 4 họp.", doc_id="x")
        >>> reader = PlaceReader(paragraph_syllables(a)[-1], lexicon(), frozenset())
        >>> end = a.text.index("xã") + 2
        >>> a.text[a.text.index("Hợp"):reader.qualifier(end)], [a.text[m.start:m.end] for m in reader.places]
        ('Hợp tác xã phường 6, quận 4', ['phường 6', 'quận 4'])
        """
        s = self.s
        j = s.next_index(end)
        if j < s.n and s.text[end : s.start(j)] == " ":
            self.level = 0
            q = self.place(j, bare=False)
            if q is not None:
                end = q
            else:  # "... nâng cấp đô thị thành phố," : the body of the city named in the text
                n, unit = s.match(j, self.lex.units)
                if n and unit is not None and unit.kind == "admin" and not s.cap[j] \
                        and (re.match(r"\s*[,.;)]", s.text[s.end(j + n - 1) : s.end(j + n - 1) + 2])
                             or self._verb_after(j + n)):
                    end = s.end(j + n - 1)  # ... phòng chống Covid-19 thành phố | giao: the verb of the clause after it
                elif n and unit is not None and unit.kind == "admin" and unit.level == 1 and s.cap[j] and not s.upper[j] \
                        and not (j + n < s.n and s.joined[j + n] and s.cap[j + n]):
                    end = s.end(j + n - 1)  # CLB Tình nguyện viên Thủ đô: the capital or the city, capitalised, names it
        level = self.level
        while level:
            k = s.next_index(end)
            if k >= s.n or s.text[end : s.start(k)].strip() != "," or "\n" in s.text[end : s.start(k)]:
                break
            above = self._unit_level(k)
            if not (above and above < level):
                break
            nxt = self.place(k, bare=False)
            if nxt is None:
                break
            end, level = nxt, above
        return end

    def _verb_after(self, k: int) -> bool:
        """Is syllable ``k`` a lower-case verb the tagger reads as one, right after the syllable before it?"""
        s = self.s
        return k < s.n and s.joined[k] and not s.cap[k] and s.token_starts_here(k) and s.pos(k) == "V"

    def _unit_level(self, j: int) -> int:
        n, unit = self.s.match(j, self.lex.units)
        return unit.level if n and unit is not None and unit.kind == "admin" else 0


def _numbered(number_words: str, *, dated: bool) -> re.Pattern[str]:
    """A number after a name, after a number word in any case or not (số 17, Số 3)."""
    number = f"(?:{_DAY_MONTH}|{_NUMBER})" if dated else _NUMBER
    return re.compile(r" (?:(?i:" + number_words + r")\s+)?(" + number + r")(?![\d/.,:-]?\d)(?![%\w])")


def capitalised_run(s: Syllables, k: int, lex: Vocabulary, limit: int = 4) -> int:
    """Length of a run of capitalised syllables from ``k``, up to a person's name."""
    n = 1
    while k + n < s.n and n < limit and s.joined[k + n] and s.cap[k + n] and not person_at(s, k + n, lex):
        n += 1
    return n
