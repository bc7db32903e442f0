"""Place names: a unit word and its name, and the gazetteer's places standing alone.

- A unit word written in lower case and a capitalised name: ``huyện Lạc Sơn``, ``xóm Rài``,
  ``đường Hoàng Ngọc Phách`` (a street named after a person is a place), ``khu kinh tế mở Chu Lai``
  (a zone); the mention is the name. A unit word of several syllables may be capitalised
  (``Thành phố Hồ Chí Minh``).
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

from ..text.alternation import words_alternation
from ..text.dates import WEEKDAY, number_context_words, time_words
from .lexicon import Phrases, UnitWord, Vocabulary, lexicon
from .shapes import person_at, place_at, pronoun_at
from .spans import Claims, Mention
from .syllables import Syllables
from .unit_starts import ends_title, word_starts_here

__all__ = ["places", "zone_words"]

_BARE_KINDS = frozenset({"province", "country", "region", "city"})
_NUMBER = re.compile(r"\s+(\d+(?!\d)[A-Za-z]?)(?![\w/.,]\d)")  # not the 1 of "19,5 km"
_WEEKDAY = re.compile(WEEKDAY)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“(\n]\s*)$")


def _unit_written_as_unit(s: Syllables, i: int, n_unit: int, lex: Vocabulary) -> bool:
    """A unit word is lower case (a capitalised "Hồ" or "Đảo" mid-sentence opens a name), an
    abbreviation (TP), a word of several syllables (``Thành phố Hồ Chí Minh``, ``Khu du lịch``), or
    capitalised at the start of a sentence."""
    if not s.cap[i] or s.upper[i]:
        return True
    if person_at(s, i, lex):
        return False
    return n_unit > 1 or _SENTENCE_START.search(s.text[max(0, s.start(i) - 3) : s.start(i)]) is not None


def places(s: Syllables, lex: Vocabulary, claims: Claims, given_names: frozenset[str]) -> list[Mention]:
    """LOC mentions of one paragraph outside the spans already claimed (see module docs)."""
    found: list[Mention] = []

    def add(a: int, b: int, rule: str) -> None:
        m = Mention("LOC", a, b, rule)
        found.append(m)
        claims.add(m)

    openers = _place_openers(lex)
    i = 0
    while i < s.n:
        if claims.taken(i) or not s.cap[i] and s.word[i] not in openers:
            i += 1  # nothing below starts at a lower-case word that opens no unit, zone or place
            continue
        n_unit, unit = s.match(i, lex.units)
        if not n_unit:
            n_unit, unit = s.match(i, zone_words())
        if n_unit and isinstance(unit, UnitWord) and _unit_written_as_unit(s, i, n_unit, lex) and word_starts_here(s, i, n_unit) \
                and not ends_title(s, i, n_unit, lex):
            whole = place_at(s, i, lex)
            if whole and (s.upper[i] or (s.cap[i] and whole > n_unit and len(_run(s, i, 8)) == whole)):
                # TP HCM, TP.HCM; Cù Lao Chàm, Bến Tre: a place whole (not Cầu Bà of Cầu Bà Dạt)
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
        n_ward = _ward_after_preposition(s, i, lex) if s.cap[i] else 0
        if n_ward and claims.span_free(i, i + n_ward):
            add(s.start(i), s.end(i + n_ward - 1), "gazetteer (district or ward)")
            i += n_ward
            continue
        n_person = person_at(s, i, lex)
        if n_person:
            i += n_person  # a person's name: no place inside it
            continue
        n = place_at(s, i, lex) if s.cap[i] or s.word[i] in lex.place_first_words else 0
        if n and (_honorific_before_name(s, i, n, lex) or s.match_before(i, lex.language_words)[0]):
            n = 0  # Anh Nguyễn Văn Tâm: "anh" (brother), not the country; tiếng Anh: the language
        if n and claims.span_free(i, i + n) and not _after_person_word(s, i, lex, n) and not _WEEKDAY.fullmatch(
                " ".join(s.word[i : i + n])):
            kind = lex.places.get(_key(s, i, n, lex))
            more = i + n < s.n and s.joined[i + n] and s.cap[i + n] and not person_at(s, i + n, lex) \
                and not _unit_at(s, i + n, lex) and not s.upper[i + n]
            named = n == 1 and s.word[i] in given_names and not (i > 0 and s.word[i - 1] in lex.words["country_cue"])
            if kind in _BARE_KINDS and not more and not named \
                    and not (n == 1 and (pronoun_at(s, i, lex) or _inside_name(s, i, lex))):
                add(s.start(i), s.end(i + n - 1), "gazetteer")
                i += n
                continue
            if kind in ("district", "ward") and n >= 2 and _bare_local_place(s, i, n, lex) \
                    and not s.match_before(i, lex.thing_kinds)[0]:  # tàu Trưng Trắc: a ship's name, no ward
                add(s.start(i), s.end(i + n - 1), "gazetteer (district or ward)")
                i += n
                continue
        i += 1
    return found


_OPENERS: dict[int, tuple[Vocabulary, frozenset[str]]] = {}


def _place_openers(lex: Vocabulary) -> frozenset[str]:
    """The first words of the unit words, zone words and place names of ``lex`` (found once per vocabulary)."""
    found = _OPENERS.get(id(lex))
    if found is None or found[0] is not lex:
        if len(_OPENERS) > 16:
            _OPENERS.clear()
        found = _OPENERS[id(lex)] = (lex, frozenset(lex.units.first) | frozenset(zone_words().first) | lex.place_first_words)
    return found[1]


def _inside_name(s: Syllables, i: int, lex: Vocabulary) -> bool:
    """A one-syllable place written right after a capitalised Vietnamese syllable that is no place or unit
    itself ends a name (``Công ty nước sạch Ngọc Anh``, ``Minh Đức``), not the place."""
    k = i - 1
    if not (k >= 0 and s.viet[i] and s.joined[i] and s.cap[k] and s.viet[k] and not s.upper[k]):
        return False
    if s.sentence_start[k] and not (s.token[k] == s.token[i] >= 0 and s.word[k] not in lex.words["country_cue"]
                                    and s.word[k] not in lex.words["sentence_opener"]):
        return False  # Ở Canada, Tại Mỹ: a capital that starts the sentence; but a name the segmenter reads as one
        # word is a name there too (a byline: Tuệ Anh; not Nước Anh)
    if s.in_lowercase_word(k) or s.match(k, lex.units)[0] or s.match(k, zone_words())[0]:
        return False
    return not any(j + place_at(s, j, lex) > k for j in range(max(0, k - 3), k + 1))  # Tây Bắc Canada, Thừa Thiên Huế


def _after_unit(s: Syllables, i: int, n_unit: int, unit: UnitWord, lex: Vocabulary, claims: Claims,
                given_names: frozenset[str], add) -> int:
    """Read the name or number after a unit word at ``i``; return the syllables consumed (0: none)."""
    unit_end = s.end(i + n_unit - 1)
    number = _NUMBER.match(s.text, unit_end)
    if number and (unit.level >= 2 or unit.kind == "street") and "\n" not in number.group(0):
        named = _date_in_words().match(s.folded, number.end())
        if named:  # đường 23 Tháng 10: a street named after a date
            add(s.start(i), named.end(), "numbered unit")
            return n_unit
        if _measure().match(s.folded, number.end()):
            return 0  # chặng đường 60 năm: a number of years, not a road
        add(s.start(i), number.end(), "numbered unit")
        if unit.kind == "street":  # quốc lộ 1A, Nguyễn Văn Linh, Huỳnh Tấn Phát
            _listed_after(s, i, s.next_index(number.end()), unit, lex, claims, add)
        return n_unit
    j = i + n_unit
    opener = s.match(j, lex.list_openers)[0] if j < s.n and s.joined[j] and _plural_before(s, i, lex) else 0
    if opener and j + opener < s.n and s.joined[j + opener] and s.cap[j + opener]:
        j += opener  # các tuyến đường như Lê Lợi, Đồng Khởi: the list after "như" names the units
        n_unit += opener
    if j >= s.n or not s.cap[j] or claims.taken(j) or not (s.joined[j] or s.upper[i] and s.gap(j) in ("", ".", ". ")) or s.code[j]:
        return 0  # ... ga C9, nút giao IC7: a code, no name
    capitalised = s.cap[i] and not s.upper[i]
    if (unit.kind == "zone" or capitalised) and not s.token_ends_here(j) and j + 1 < s.n and s.joined[j + 1] \
            and not s.cap[j + 1]:
        return 0  # Khu kinh tế Thương mại đặc biệt, Công viên Lịch sử: a common word written with a capital, not a name
    if unit.kind != "admin" and s.in_lowercase_word(j):
        return 0  # làng Quan họ: a common word the data writes with a capital (a genre of folk song), no place
    if s.upper[j] and not s.viet[j] and s.word[j] not in lex.places:
        return 0  # kênh VTV1, TP HCM handled as a whole
    if s.match(j, lex.documents)[0]:
        return 0  # bản Tuyên ngôn Độc lập, bản Hiến pháp: "bản" is a copy, not a village
    if unit.kind == "natural" and not s.cap[i] and lex.places.get(_key(s, i, n_unit + 1, lex)) == "region" \
            and not (j + 1 < s.n and s.joined[j + 1] and s.cap[j + 1]):
        add(s.start(i), s.end(j), "gazetteer")  # biển Đông, hồ Tây: a region known with its unit word (not sông Mã)
        return n_unit + 1
    known = place_at(s, j, lex)
    person = person_at(s, j, lex)
    if unit.kind in ("route", "landmark") and not (person and not s.upper[j]):
        return 0  # tuyến Metro số 1, tuyến Bắc - Nam: a line; chùa Dâu: a landmark (its own name), read by the other rules
    run = _run(s, j)
    if unit.kind == "facility" and any(_ORDINAL.fullmatch(s.text[s.start(k) : s.end(k)]) for k in run[1:]):
        return 0  # cầu Bắc Luân II: the structure's own name and its ordinal, no place
    if known and known < len(run) and lex.places.get(_key(s, j, known, lex)) == "country":
        known = 0  # sông Nhật Lệ: the whole name after the unit word, not the country Nhật
    if capitalised and not known and len(run) == 1 and not s.viet[j]:
        return 0  # Thành phố St. Louis: a capitalised unit word opens a name (Vietnamese, known, or of several words)
    if unit.kind == "zone":
        n = len(run)  # khu đô thị Mỹ Đình: the whole name, whatever place it starts with
        add(s.start(j), s.end(j + n - 1), "unit word and name")
        return n_unit + n
    if known and known >= person:
        add(s.start(j), s.end(j + known - 1), "unit word and name")
        _listed_after(s, i, j + known, unit, lex, claims, add)
        return n_unit + known
    if unit.kind == "admin" and unit.level == 1 and not known and len(run) == 1 and s.viet[j] and not s.cap[i]:
        return 0  # lay tỉnh Cảnh (to wake Cảnh up): no province has a one-syllable name the gazetteer does not know
    if unit.kind == "admin" and (person or s.word[j] in given_names) and _office_before(s, i, lex):
        return n_unit  # Chủ tịch UBND tỉnh Trần Duy Đông: the name is the chairman's (not thành phố Trịnh Châu)
    n = person or 1
    while j + n < s.n and n < 4 and s.joined[j + n] and s.cap[j + n] and not person_at(s, j + n, lex) \
            and not claims.taken(j + n):
        n += 1
    add(s.start(j), s.end(j + n - 1), "unit word and name")
    _listed_after(s, i, j + n, unit, lex, claims, add)
    return n_unit + n


#: a Roman ordinal after a structure's name (cầu Bắc Luân II, cảng Cái Mép III)
_ORDINAL = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{1,3}|V)")
_COUNT_BEFORE = re.compile(r"(?<!\w)(?:\d{1,3}|" + "|".join(re.escape(w) for w in time_words("number")) + r")\s+$", re.IGNORECASE)


def _office_before(s: Syllables, i: int, lex: Vocabulary) -> bool:
    """Is the unit word at ``i`` the seat of a body or a title written right before it (UBND tỉnh, Chủ tịch
    tỉnh), so that a name after it may be the holder's?"""
    if i > 0 and s.joined[i] and (s.match_before(i, lex.org_heads)[0] or s.upper[i - 1]):
        return True
    return lex.title_head_before.search(s.folded[max(0, s.start(i) - 40) : s.start(i)]) is not None


def _plural_before(s: Syllables, i: int, lex: Vocabulary) -> bool:
    """Is the unit word at ``i`` made plural by the word before it (các, những, hai, 3)?"""
    return (i > 0 and s.word[i - 1] in lex.plural) or _COUNT_BEFORE.search(s.text[max(0, s.start(i) - 8) : s.start(i)]) is not None


def _listed_after(s: Syllables, i: int, k: int, unit: UnitWord, lex: Vocabulary, claims: Claims, add) -> None:
    """The names listed after a plural unit word and its first name are places of that unit too:
    ``các thành phố Sa Đéc, Cao Lãnh, Hồng Ngự``, ``hai thôn Làng Cát và Pa Tầng``. After a street word the
    list is of streets when it reads as one (``đường Võ Thị Sáu, Chu Văn An, Phạm Ngũ Lão.``): two names or
    more, or one after ``và`` or before the end of the sentence, not a name that opens the next clause
    (``đường Lê Lợi, Nguyễn Văn A cho biết``)."""
    plural = _plural_before(s, i, lex)
    if not plural and unit.kind == "admin":
        _namesake_city_after(s, k, lex, claims, add)
    if not plural and unit.kind not in ("street", "route"):
        return
    items: list[range] = []
    joined_by_and = False
    while k < s.n:
        if s.gap(k).strip() == ",":
            start = k
        elif s.gap(k) == " " and s.word[k] in lex.words["conjunction"] and k + 1 < s.n and s.joined[k + 1]:
            start, joined_by_and = k + 1, True
        else:
            break
        if not s.cap[start] or s.upper[start] or claims.taken(start) or s.match(start, lex.units)[0] \
                or s.match(start, lex.org_heads)[0]:
            break
        items.append(_run(s, start))
        k = items[-1][-1] + 1
        if joined_by_and:
            break
    if items and not plural:
        ends = k >= s.n or not s.joined[k] or s.gap(k).strip()[:1] in (".", ";", ")", "…")
        if not (len(items) >= 2 or joined_by_and or ends):
            return
    for run in items:
        add(s.start(run[0]), s.end(run[-1]), "name in a list after a unit word")


def _namesake_city_after(s: Syllables, k: int, lex: Vocabulary, claims: Claims, add) -> None:
    """A city named after a person (the gazetteer's ``bare`` person), joined by ``và`` or a comma to the name after an
    administrative unit word, is the city: ``TP Đà Nẵng và Hồ Chí Minh``."""
    if k >= s.n:
        return
    if s.gap(k).strip() == ",":
        start = k
    elif s.gap(k) == " " and s.word[k] in lex.words["conjunction"] and k + 1 < s.n and s.joined[k + 1]:
        start = k + 1
    else:
        return
    n = person_at(s, start, lex)
    if n and " ".join(s.word[start : start + n]) in lex.person_places and claims.span_free(start, start + n) \
            and not (start + n < s.n and s.joined[start + n] and s.cap[start + n]):
        add(s.start(start), s.end(start + n - 1), "name in a list after a unit word")


def _run(s: Syllables, j: int, longest: int = 4) -> range:
    """The capitalised syllables from ``j`` written as one name (joined by spaces), at most ``longest``."""
    k = j + 1
    while k < s.n and k - j < longest and s.joined[k] and s.cap[k]:
        k += 1
    return range(j, k)


def _street_after_number(s: Syllables, i: int, lex: Vocabulary, claims: Claims) -> int:
    """``số 63 Nguyễn Hoàng``: a capitalised name right after a house number is a street; after a house
    number and a comma, when an administrative unit follows it as in an address (``số 47, Nguyễn Công
    Trứ, quận Lê Chân``)."""
    if not s.cap[i] or claims.taken(i):
        return 0
    before = s.text[max(0, s.start(i) - 20) : s.start(i)]
    number_words = lex.alternation("number_word") + "|" + lex.alternation("lane")
    address = _house_number(number_words, comma=True).search(before)
    if not _house_number(number_words).search(before) and not address:
        return 0
    n = 1
    while i + n < s.n and n < 4 and s.joined[i + n] and s.cap[i + n]:
        n += 1
    if address and not (i + n < s.n and s.gap(i + n).strip() == "," and _admin_unit_at(s, i + n, lex)):
        return 0
    return n


@cache
def _house_number(number_words: str, *, comma: bool = False) -> re.Pattern[str]:
    """A house number right before a street's name: ``số 63/2`` (the number words of entity_words.tsv);
    ``comma``: a house number and a comma, as an address writes it (``số 47, ``)."""
    number = r"(?:" + number_words + r")\s+\d+[A-Za-z]?(?:/\d+[A-Za-z]?)*"
    return re.compile(r"(?:^|[\s(])" + number + r"\s*,\s*$" if comma else r"(?:^|\s)" + number + r"\s+$")


def _unit_at(s: Syllables, i: int, lex: Vocabulary) -> bool:
    """Does a unit word start at ``i`` that may follow a place without ending it (not a landmark's: Mỹ Đình)?"""
    _, unit = s.match(i, lex.units)
    return isinstance(unit, UnitWord) and unit.kind != "landmark"


def _admin_unit_at(s: Syllables, i: int, lex: Vocabulary) -> bool:
    _, unit = s.match(i, lex.units)
    return isinstance(unit, UnitWord) and unit.kind == "admin"


@cache
def zone_words() -> Phrases[UnitWord]:
    """Nouns naming a zone before its name (``zone`` of entity_words.tsv), read as unit words."""
    return Phrases.of((w, UnitWord(w, "zone", 0)) for w in lexicon().words["zone"])


@cache
def _date_in_words() -> re.Pattern[str]:
    """The month of a date written out after a day number (`` tháng 8``)."""
    months = [w for w, unit in time_words("unit").items() if unit == "M"]
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, months)) + r")\s+\d{1,2}(?![\w/.,]\d)")


@cache
def _measure() -> re.Pattern[str]:
    """A unit of time, a measure or a counted noun after a number (``60 năm``, ``2 km``, ``7 người``): the number
    counts it."""
    units = set(time_words("unit")) | {w for kind in ("counted", "measure") for w in number_context_words(kind)
                                       if (w,) not in lexicon().units.entries}
    return re.compile(r"\s+(?:" + words_alternation(units) + r")(?!\w)")


def _key(s: Syllables, i: int, n: int, lex: Vocabulary) -> str:
    """The gazetteer key of syllables ``i`` to ``i + n - 1``: hyphens written " - ", or as spaces where only
    that is known (``Thừa Thiên - Huế``, see :func:`place_at`)."""
    key = s.word[i]
    for k in range(i + 1, i + n):
        key += " " + s.word[k] if s.joined[k] else " - " + s.word[k]
    plain = key.replace(" - ", " ")
    return plain if key not in lex.places and lex.places.get(plain) == "province" else key


def _honorific_before_name(s: Syllables, i: int, n: int, lex: Vocabulary) -> bool:
    """Is the place of ``n`` syllables at ``i`` an honorific spelled like it (Anh, the country, and
    anh, brother) right before a person's name?"""
    n_word, role = s.match(i, lex.person_words)
    return n_word == n and role == "honorific" and i + n < s.n and s.joined[i + n] and person_at(s, i + n, lex) > 0


def _after_person_word(s: Syllables, i: int, lex: Vocabulary, n_place: int = 0) -> bool:
    """A name after an honorific is a person (ông Đức); after a role noun, a country of two syllables or more standing
    whole is the country its people are of (cầu thủ Việt Nam); a province is not (given names like Thái Bình)."""
    n, role = s.match_before(i, lex.person_words)
    if role == "person_role" and n_place >= 2 and lex.places.get(_key(s, i, n_place, lex)) == "country" \
            and not (i + n_place < s.n and s.joined[i + n_place] and s.cap[i + n_place]):
        return False
    return bool(n) and role in ("honorific", "person_role")


def _ward_after_preposition(s: Syllables, i: int, lex: Vocabulary) -> int:
    """Syllables of a district's or ward's name of two syllables right after a preposition of place, even when
    shaped like a person's (ở Hoàng Mai, về Kim Sơn); wards named after a person by the full name (Nguyễn Văn
    Cừ) stay the person's. 0 when there is none."""
    if not (i > 0 and s.joined[i] and s.word[i - 1] in lex.words["place_preposition"]):
        return 0
    n = place_at(s, i, lex)
    if n != 2 or lex.places.get(_key(s, i, n, lex)) not in ("district", "ward") or (i + n < s.n and s.joined[i + n] and s.cap[i + n]):
        return 0
    return n


def _bare_local_place(s: Syllables, i: int, n: int, lex: Vocabulary) -> bool:
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
