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

from ..text.dates import WEEKDAY
from .kin_names import PLACES_OF_ORIGIN, kin_before, kin_word_ends_unit
from .lexicon import Phrases, UnitWord, Vocabulary, lexicon
from .place_units import after_unit, name_run, place_key
from .shapes import person_at, place_at, pronoun_at
from .spans import BARE_PLACE_RULE, BARE_WARD_RULE, Claims, Mention
from .syllables import Syllables
from .unit_starts import ends_title, word_starts_here

__all__ = ["places", "zone_words"]

_BARE_KINDS = frozenset({"province", "country", "region", "city"})
_WEEKDAY = re.compile(WEEKDAY)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“(\n]\s*)$")


#: what a name listed mid-sentence follows: a colon, a comma, a semicolon or a bracket
_LISTED = re.compile(r"[:,;(]\s*$")


def _kind_word_in_name(s: Syllables, i: int, unit: object, lex: Vocabulary) -> bool:
    """Is the capitalised kind word at ``i`` (``Rạch``, ``Cầu``, ``Núi``) part of a name of two syllables listed
    mid-sentence (``gồm: Rạch Chiếc, Bình Triệu``)? A place so named keeps the word (``Rạch Chiếc``, ``Cầu Giẽ``);
    the name after a lower-case kind word is the name alone (``rạch Xuyên Tâm``)."""
    if not isinstance(unit, UnitWord) or unit.kind not in ("natural", "facility") or not s.cap[i] or s.upper[i]:
        return False
    j = i + 1
    return j < s.n and s.joined[j] and s.cap[j] and not s.upper[j] and s.viet[j] and not place_at(s, j, lex) \
        and not (j + 1 < s.n and s.joined[j + 1] and s.cap[j + 1]) and not person_at(s, i, lex) \
        and _LISTED.search(s.text[max(0, s.start(i) - 3) : s.start(i)]) is not None


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
        if n_unit == 1 and _kind_word_in_name(s, i, unit, lex):
            add(s.start(i), s.end(i + 1), "name with its kind word")  # đội CSGT gồm: Rạch Chiếc, Bình Triệu
            i += 2
            continue
        if not n_unit:
            n_unit, unit = s.match(i, zone_words())
        if n_unit and isinstance(unit, UnitWord) and _unit_written_as_unit(s, i, n_unit, lex) and word_starts_here(s, i, n_unit) \
                and not ends_title(s, i, n_unit, lex) and not kin_word_ends_unit(s, i, n_unit):  # ông xã: husband
            whole = place_at(s, i, lex)
            if whole and (s.upper[i] or (s.cap[i] and whole > n_unit and len(name_run(s, i, 8)) == whole)):
                # TP HCM, TP.HCM; Cù Lao Chàm, Bến Tre: a place whole (not Cầu Bà of Cầu Bà Dạt)
                add(s.start(i), s.end(i + whole - 1), BARE_PLACE_RULE)
                i += whole
                continue
            step = after_unit(s, i, n_unit, unit, lex, claims, given_names, add)
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
            add(s.start(i), s.end(i + n_ward - 1), BARE_WARD_RULE)
            i += n_ward
            continue
        n_person = person_at(s, i, lex)
        if n_person:
            i += n_person  # a person's name: no place inside it
            continue
        n = place_at(s, i, lex) if s.cap[i] or s.word[i] in lex.place_first_words else 0
        if n and (_honorific_before_name(s, i, n, lex) or s.match_before(i, lex.language_words)[0]):
            n = 0  # Anh Nguyễn Văn Tâm: "anh" (brother), not the country; tiếng Anh: the language
        if n and kin_before(s, i) and lex.places.get(place_key(s, i, n, lex)) not in PLACES_OF_ORIGIN:
            n = 0  # bạn trai Đức Phúc: the relative's name, not the ward
        if n and claims.span_free(i, i + n) and not _after_person_word(s, i, lex, n) and not _WEEKDAY.fullmatch(
                " ".join(s.word[i : i + n])):
            kind = lex.places.get(place_key(s, i, n, lex))
            more = i + n < s.n and s.joined[i + n] and s.cap[i + n] and not person_at(s, i + n, lex) \
                and not _unit_at(s, i + n, lex) and not s.upper[i + n]
            named = n == 1 and s.word[i] in given_names and not (i > 0 and s.word[i - 1] in lex.words["country_cue"])
            if kind in _BARE_KINDS and not more and not named \
                    and not (n == 1 and (pronoun_at(s, i, lex) or _inside_name(s, i, lex))):
                add(s.start(i), s.end(i + n - 1), BARE_PLACE_RULE)
                i += n
                continue
            if kind in ("district", "ward") and n >= 2 and _bare_local_place(s, i, n, lex) \
                    and not s.match_before(i, lex.thing_kinds)[0]:  # tàu Trưng Trắc: a ship's name, no ward
                add(s.start(i), s.end(i + n - 1), BARE_WARD_RULE)
                i += n
                continue
            if kind in ("district", "ward") and n >= 2 and not any(k + place_at(s, k, lex) > i + n for k in range(i + 1, i + n)):
                i += n  # Chủ tịch TP HCM: Thủ Đức ...: a district left unread is still no country Đức inside it (but
                continue  # phía Nam Trung Quốc: a longer place starts inside the ward Nam Trung)
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
    if all(s.upper[k] for k in range(i, i + n)) or lex.places.get(place_key(s, i, n, lex)) == "country" \
            or (n == 1 and s.token_starts_here(i) and not s.token_ends_here(i) and i + 1 < s.n and not s.cap[i + 1]):
        return 0  # gói thầu số 14 XL, phòng giao dịch số 3 RFC, bệnh viện số 3 Việt Nam, tay vợt số 1 Vương quốc Anh:
        # a code, a body's acronym, a country, a common word: no street
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


def _honorific_before_name(s: Syllables, i: int, n: int, lex: Vocabulary) -> bool:
    """Is the place of ``n`` syllables at ``i`` an honorific spelled like it (Anh, the country, and
    anh, brother) right before a person's name?"""
    n_word, role = s.match(i, lex.person_words)
    return n_word == n and role == "honorific" and i + n < s.n and s.joined[i + n] and person_at(s, i + n, lex) > 0


def _after_person_word(s: Syllables, i: int, lex: Vocabulary, n_place: int = 0) -> bool:
    """A name after an honorific is a person (ông Đức); after a role noun, a country of two syllables or more standing
    whole is the country its people are of (cầu thủ Việt Nam); a province is not (given names like Thái Bình)."""
    n, role = s.match_before(i, lex.person_words)
    if role == "person_role" and n_place >= 2 and lex.places.get(place_key(s, i, n_place, lex)) == "country" \
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
    if n != 2 or lex.places.get(place_key(s, i, n, lex)) not in ("district", "ward") or (i + n < s.n and s.joined[i + n] and s.cap[i + n]):
        return 0
    return n


def _bare_local_place(s: Syllables, i: int, n: int, lex: Vocabulary) -> bool:
    """A district or ward name without its unit word counts when it stands alone: the whole
    capitalised run, not a person's name, not right after a body or title word."""
    if s.word[i] in lex.surnames or (i > 0 and s.joined[i] and s.cap[i - 1]):
        return False
    if i + n < s.n and s.joined[i + n] and s.cap[i + n]:
        return False
    before = re.split(r"[:;.!?]\s", s.folded[max(0, s.start(i) - 25) : s.start(i)] + " ")[-1]  # a title before a colon holds no office here
    if lex.title_head.search(before[-20:]) or s.match_before(i, lex.org_heads)[0] or _after_person_word(s, i, lex):
        return False
    return not _listed_with_acronym(s, i, n, lex)


def _listed_with_acronym(s: Syllables, i: int, n: int, lex: Vocabulary) -> bool:
    """Is the name of ``n`` syllables at ``i`` an item of a comma list of brands or companies, two of its items or more
    acronyms that are no place and open no body (``SJC, DOJI, Bảo Tín, Phú Quý, PNJ``: not the ward)?"""
    if not ((i > 0 and s.gap(i).strip() == ",") or (i + n < s.n and s.gap(i + n).strip() == ",")):
        return False

    def item_acronym(k: int) -> bool:  # the item starting at syllable k is an acronym (SJC, DOji)
        return sum(c.isupper() for c in s.text[s.start(k) : s.end(k)]) > 1 and not place_at(s, k, lex) \
            and not s.match(k, lex.org_heads)[0] and not (k + 1 < s.n and s.joined[k + 1] and s.cap[k + 1])
    found = 0
    k = i
    while k > 0 and s.gap(k).strip().endswith(","):  # the items before: each starts after a comma
        k = _item_start(s, k - 1)
        found += item_acronym(k)
    k = i + n
    while k < s.n and s.gap(k).strip().startswith(","):
        found += item_acronym(k)
        k = _item_end(s, k) + 1
    return found >= 2


def _item_start(s: Syllables, k: int) -> int:
    """The first syllable of the capitalised list item that ends at syllable ``k``."""
    while k > 0 and s.joined[k] and s.cap[k - 1]:
        k -= 1
    return k


def _item_end(s: Syllables, k: int) -> int:
    """The last syllable of the capitalised list item that starts at syllable ``k``."""
    while k + 1 < s.n and s.joined[k + 1] and s.cap[k + 1]:
        k += 1
    return k
