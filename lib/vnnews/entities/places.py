"""Place names: a unit word and its name, and the gazetteer's places standing alone.

- A unit word written in lower case and a capitalised name: ``huyện Lạc Sơn``, ``xóm Rài``,
  ``đường Hoàng Ngọc Phách`` (a street named after a person is a place); the mention is the name.
  A number after the word is a numbered unit and keeps the word: ``quận 7``, ``phường 6``. A
  house number and a name are a street: ``số 63 Nguyễn Hoàng``.
- After an administrative unit word, a name that is neither in the gazetteer nor shaped like a
  place is a person (``Chủ tịch UBND tỉnh Trần Duy Đông``, ``Chủ tịch HĐND thành phố Lệ``).
- The gazetteer's provinces, countries, regions and cities alone (``Lào``, ``Hà Nội``), and
  districts and wards of two syllables or more standing alone; never inside a person's name
  (``Lê Minh Đức``, ``Hồ Anh Sơn``).
"""
from __future__ import annotations

import re
from functools import cache

from ..text.dates import WEEKDAY
from .lexicon import Lexicon, UnitWord
from .shapes import person_at, place_at
from .spans import Claims, Mention
from .syllables import Syllables

__all__ = ["places"]

_BARE_KINDS = frozenset({"province", "country", "region", "city"})
_NUMBER = re.compile(r"\s+(\d+[A-Za-z]?)(?![\w/.,]\d)")
_WEEKDAY = re.compile(WEEKDAY)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“(\n]\s*)$")


def _unit_written_as_unit(s: Syllables, i: int, lex: Lexicon) -> bool:
    """A unit word is lower case (a capitalised "Hồ" or "Đảo" mid-sentence opens a name), an
    abbreviation (TP), or capitalised at the start of a sentence."""
    if not s.cap[i] or s.upper[i]:
        return True
    return not person_at(s, i, lex) and _SENTENCE_START.search(s.text[max(0, s.start(i) - 3) : s.start(i)]) is not None


def places(s: Syllables, lex: Lexicon, claims: Claims, given_names: frozenset[str]) -> list[Mention]:
    """LOC mentions of one paragraph outside the spans already claimed (see module docs)."""
    found: list[Mention] = []

    def add(a: int, b: int, rule: str) -> None:
        m = Mention("LOC", a, b, rule)
        found.append(m)
        claims.add(m)

    i = 0
    while i < s.n:
        if claims.taken(i):
            i += 1
            continue
        n_unit, unit = s.match(i, lex.units)
        if n_unit and isinstance(unit, UnitWord) and _unit_written_as_unit(s, i, lex) and s.token_starts_here(i):
            whole = place_at(s, i, lex)
            if whole and s.upper[i]:  # TP HCM, TP.HCM
                add(s.start(i), s.end(i + whole - 1), "gazetteer")
                i += whole
                continue
            step = _after_unit(s, i, n_unit, unit, lex, claims, given_names, add)
            if step:
                i += step
                continue
        n = _street_after_number(s, i, lex, claims)
        if n:
            add(s.start(i), s.end(i + n - 1), "house number and street")
            i += n
            continue
        n_person = person_at(s, i, lex)
        if n_person:
            i += n_person  # a person's name: no place inside it
            continue
        n = place_at(s, i, lex) if s.cap[i] or s.word[i] in lex.place_first_words else 0
        if n and _honorific_before_name(s, i, n, lex):
            n = 0  # Anh Nguyễn Văn Tâm: "anh" (brother), not the country
        if n and claims.span_free(i, i + n) and not _after_person_word(s, i, lex) and not _WEEKDAY.fullmatch(
                " ".join(s.word[i : i + n])):
            kind = lex.places.get(_key(s, i, n))
            more = i + n < s.n and s.joined[i + n] and s.cap[i + n] and not person_at(s, i + n, lex) \
                and not s.match(i + n, lex.units)[0] and not s.upper[i + n]
            if kind in _BARE_KINDS and not more:
                add(s.start(i), s.end(i + n - 1), "gazetteer")
                i += n
                continue
            if kind in ("district", "ward") and n >= 2 and _bare_local_place(s, i, n, lex):
                add(s.start(i), s.end(i + n - 1), "gazetteer (district or ward)")
                i += n
                continue
        i += 1
    return found


def _after_unit(s: Syllables, i: int, n_unit: int, unit: UnitWord, lex: Lexicon, claims: Claims,
                given_names: frozenset[str], add) -> int:
    """Read the name or number after a unit word at ``i``; return the syllables consumed (0: none)."""
    unit_end = s.end(i + n_unit - 1)
    number = _NUMBER.match(s.text, unit_end)
    if number and (unit.level >= 2 or unit.kind == "street") and "\n" not in number.group(0):
        add(s.start(i), number.end(), "numbered unit")
        return n_unit
    j = i + n_unit
    if j >= s.n or not s.cap[j] or claims.taken(j) or not (s.joined[j] or s.upper[i] and s.gap(j) in (".", ". ")):
        return 0
    if s.upper[j] and not s.viet[j] and s.word[j] not in lex.places:
        return 0  # kênh VTV1, TP HCM handled as a whole
    if s.match(j, lex.documents)[0]:
        return 0  # bản Tuyên ngôn Độc lập, bản Hiến pháp: "bản" is a copy, not a village
    known = place_at(s, j, lex)
    person = person_at(s, j, lex)
    if known and known >= person:
        add(s.start(j), s.end(j + known - 1), "unit word and name")
        return n_unit + known
    if unit.kind == "admin" and (person or s.word[j] in given_names):
        return n_unit  # Chủ tịch UBND tỉnh Trần Duy Đông: the name is the chairman's
    n = person or 1
    while j + n < s.n and n < 4 and s.joined[j + n] and s.cap[j + n] and not person_at(s, j + n, lex) \
            and not claims.taken(j + n):
        n += 1
    add(s.start(j), s.end(j + n - 1), "unit word and name")
    return n_unit + n


def _street_after_number(s: Syllables, i: int, lex: Lexicon, claims: Claims) -> int:
    """``số 63 Nguyễn Hoàng``: a capitalised name right after a house number is a street."""
    if not s.cap[i] or claims.taken(i) or not _house_number(lex.alternation("number_word")).search(
            s.text[max(0, s.start(i) - 20) : s.start(i)]):
        return 0
    n = 1
    while i + n < s.n and n < 4 and s.joined[i + n] and s.cap[i + n]:
        n += 1
    return n


@cache
def _house_number(number_words: str) -> re.Pattern[str]:
    """A house number right before a street's name: ``số 63/2`` (the number words of entity_words.tsv)."""
    return re.compile(r"(?:^|\s)(?:" + number_words + r")\s+\d+[A-Za-z]?(?:/\d+[A-Za-z]?)*\s+$")


def _key(s: Syllables, i: int, n: int) -> str:
    """The gazetteer key of syllables ``i`` to ``i + n - 1`` (hyphens written " - ")."""
    key = s.word[i]
    for k in range(i + 1, i + n):
        key += " " + s.word[k] if s.joined[k] else " - " + s.word[k]
    return key


def _honorific_before_name(s: Syllables, i: int, n: int, lex: Lexicon) -> bool:
    """Is the place of ``n`` syllables at ``i`` an honorific spelled like it (Anh, the country, and
    anh, brother) right before a person's name?"""
    n_word, role = s.match(i, lex.person_words)
    return n_word == n and role == "honorific" and i + n < s.n and s.joined[i + n] and person_at(s, i + n, lex) > 0


def _after_person_word(s: Syllables, i: int, lex: Lexicon) -> bool:
    """A name after an honorific is a person (ông Đức)."""
    n, role = s.match_before(i, lex.person_words)
    return bool(n) and role in ("honorific", "person_role")


def _bare_local_place(s: Syllables, i: int, n: int, lex: Lexicon) -> bool:
    """A district or ward name without its unit word counts when it stands alone: the whole
    capitalised run, not a person's name, not right after a body or title word."""
    if s.word[i] in lex.surnames or (i > 0 and s.joined[i] and s.cap[i - 1]):
        return False
    if i + n < s.n and s.joined[i + n] and s.cap[i + n]:
        return False
    before = s.folded[max(0, s.start(i) - 25) : s.start(i)] + " "
    if lex.title_head.search(before[-20:]) or s.match_before(i, lex.org_heads)[0] or _after_person_word(s, i, lex):
        return False
    return True
