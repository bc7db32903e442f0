"""The name or number after a unit word (``huyện Lạc Sơn``, ``quận 7``, ``cầu Thủ Thiêm 2``), and the names listed
after it (``các thành phố Sa Đéc, Cao Lãnh``): the unit-word half of :mod:`.places`.
"""
from __future__ import annotations

import re
from functools import cache

from ..text.alternation import words_alternation
from ..text.dates import number_context_words, time_words
from .lexicon import UnitWord, Vocabulary, lexicon
from .shapes import person_at, place_at
from .spans import BARE_PLACE_RULE, Claims
from .syllables import Syllables

__all__ = ["after_unit", "name_run", "numbered_end", "place_key"]

_NUMBER = re.compile(r"\s+(\d+(?!\d)[A-Za-z]?)(?![\w/.,]\d)")  # not the 1 of "19,5 km"
#: the number of a numbered name (cầu Thủ Thiêm 2): one digit, not part of a decimal, a range, a date or a code
_NAME_NUMBER = re.compile(r"[ \t]+[1-9](?![\w/%]|[.,:]\d|\s*[-–]\s*\d)")


def after_unit(s: Syllables, i: int, n_unit: int, unit: UnitWord, lex: Vocabulary, claims: Claims,
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
        if s.word[i] in lex.words["lane"]:
            return 0  # ngõ 60, hẻm 12: a part of an address, no place's name (the street after it is read as one)
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
    if not s.token_ends_here(j) and j + 1 < s.n and s.joined[j + 1] and not s.cap[j + 1] \
            and (unit.kind == "zone" or capitalised or unit.kind in ("facility", "street") and s.token_starts_here(j)):
        return 0  # Khu kinh tế Thương mại đặc biệt, Công viên Lịch sử, ga Nhà hát, đường Vành đai, cầu Hy vọng: a common
        # word written with a capital, not a name (not after a river's or a village's word: the tagger glues a verb to
        # a name of one syllable, sông Mã chơi)
    if unit.kind != "admin" and s.in_lowercase_word(j):
        return 0  # làng Quan họ: a common word the data writes with a capital (a genre of folk song), no place
    if s.upper[j] and not s.viet[j] and s.word[j] not in lex.places:
        return 0  # kênh VTV1, TP HCM handled as a whole
    if s.match(j, lex.documents)[0]:
        return 0  # bản Tuyên ngôn Độc lập, bản Hiến pháp: "bản" is a copy, not a village
    if unit.kind == "natural" and not s.cap[i] and lex.places.get(place_key(s, i, n_unit + 1, lex)) == "region" \
            and not (j + 1 < s.n and s.joined[j + 1] and s.cap[j + 1]):
        add(s.start(i), s.end(j), BARE_PLACE_RULE)  # biển Đông, hồ Tây: a region known with its unit word (not sông Mã)
        return n_unit + 1
    compass = lex.words["compass"]
    if s.word[j] in compass and j + 1 < s.n and s.gap(j + 1).strip() in ("-", "–") and s.word[j + 1] in compass:
        return 0  # cao tốc Bắc - Nam, đại lộ Đông - Tây: a route between two directions, no place
    known = place_at(s, j, lex)
    person = person_at(s, j, lex)
    if unit.kind in ("route", "landmark") and not (person and not s.upper[j]):
        return 0  # tuyến Metro số 1, tuyến Bắc - Nam: a line; chùa Dâu: a landmark (its own name), read by the other rules
    run = name_run(s, j)
    if unit.kind == "facility" and any(_ORDINAL.fullmatch(s.text[s.start(k) : s.end(k)]) for k in run[1:]):
        return 0  # cầu Bắc Luân II: the structure's own name and its ordinal, no place
    if known and known < len(run) and lex.places.get(place_key(s, j, known, lex)) == "country":
        known = 0  # sông Nhật Lệ: the whole name after the unit word, not the country Nhật
    if capitalised and not known and len(run) == 1 and not s.viet[j]:
        return 0  # Thành phố St. Louis: a capitalised unit word opens a name (Vietnamese, known, or of several words)
    if unit.kind == "zone":
        n = len(run)  # khu đô thị Mỹ Đình: the whole name, whatever place it starts with
        _add_name(s, i, j, j + n - 1, unit, add)
        return n_unit + n
    if known and known >= person:
        end = _add_name(s, i, j, j + known - 1, unit, add)
        _listed_after(s, i, s.next_index(end), unit, lex, claims, add)
        return n_unit + known
    if unit.kind == "admin" and unit.level == 1 and not known and len(run) == 1 and s.viet[j] and not s.cap[i]:
        return 0  # lay tỉnh Cảnh (to wake Cảnh up): no province has a one-syllable name the gazetteer does not know
    if unit.kind == "admin" and (person or s.word[j] in given_names) and _office_before(s, i, lex):
        return n_unit  # Chủ tịch UBND tỉnh Trần Duy Đông: the name is the chairman's (not thành phố Trịnh Châu)
    n = person or 1
    while j + n < s.n and n < 4 and s.joined[j + n] and s.cap[j + n] and not person_at(s, j + n, lex) \
            and not claims.taken(j + n):
        n += 1
    end = _add_name(s, i, j, j + n - 1, unit, add)
    _listed_after(s, i, s.next_index(end), unit, lex, claims, add)
    return n_unit + n


#: kinds of places whose numbered names are structures (cầu Mỹ Thuận 2, khu công nghiệp Hòa Khánh 1)
_STRUCTURES = frozenset({"facility", "zone"})


def _add_name(s: Syllables, i: int, j: int, last: int, unit: UnitWord, add) -> int:
    """Add the name at ``j`` to ``last`` read after the unit word at ``i``; return where the mention ends.

    A structure numbered with its name is the structure as a whole, its word included (``cầu Mỹ Thuận 2``,
    ``Khu công nghiệp Vân Trung 2``): the number names the structure, not the place (``Mỹ Thuận 2`` is neither
    the place nor the structure), and a named structure is a mention by the guide. A numbered village or
    commune (``thôn Phú Đa 1``, ``xã Sơn Kim 1``) is the place itself, numbered."""
    end = _name_end(s, last, unit)
    if end > s.end(last) and unit.kind in _STRUCTURES:
        add(s.start(i), end, "numbered structure")
    else:
        add(s.start(j), end, "unit word and name")
    return end


def _name_end(s: Syllables, last: int, unit: UnitWord) -> int:
    """Where the name after a unit word ends: after its last syllable ``last``, or after the number written with
    it when the name is numbered (``cửa khẩu Bắc Luân 2``, ``khu công nghiệp Biên Hòa 1``, ``thôn Phú Đa 1``).

    Only a structure, a zone, a street, a village or a commune is so numbered (not a province or a district:
    ``Cần Thơ 76`` is a figure), and only by one digit standing alone: not a count or a measure
    (``Hà Nội 3 ngày``, ``Núi Kẽm 100 ha``), a year, a decimal, a range or a date (``sông La 6-7 tiếng``).
    """
    end = s.end(last)
    if unit.kind == "admin" and unit.level < 3 or unit.kind in ("natural", "route", "landmark"):
        return end
    return numbered_end(s.text, s.folded, end)


def numbered_end(text: str, folded: str, end: int) -> int:
    """The end of the number that numbers the name ending at ``end`` (``Thủ Thiêm 2``), or ``end`` when there is
    none (see :func:`_name_end`); ``folded``: ``text`` folded, offsets kept."""
    number = _NAME_NUMBER.match(text, end)
    if number is None or _measure().match(folded, number.end()):
        return end
    return number.end()


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
        items.append(name_run(s, start))
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


def name_run(s: Syllables, j: int, longest: int = 4) -> range:
    """The capitalised syllables from ``j`` written as one name (joined by spaces), at most ``longest``."""
    k = j + 1
    while k < s.n and k - j < longest and s.joined[k] and s.cap[k]:
        k += 1
    return range(j, k)


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


def place_key(s: Syllables, i: int, n: int, lex: Vocabulary) -> str:
    """The gazetteer key of syllables ``i`` to ``i + n - 1``: hyphens written " - ", or as spaces where only
    that is known (``Thừa Thiên - Huế``, see :func:`place_at`)."""
    key = s.word[i]
    for k in range(i + 1, i + n):
        key += " " + s.word[k] if s.joined[k] else " - " + s.word[k]
    plain = key.replace(" - ", " ")
    return plain if key not in lex.places and lex.places.get(plain) == "province" else key
