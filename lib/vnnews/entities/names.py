"""Person names in one paragraph, by the name model of :mod:`vnnews.entities.shapes` and the words
that announce a name.

- a family name and its given name, capitalised (``Nguyễn Phi Long``, ``NGUYỄN TẤN``,
  ``Hồ Ngọc Hoàng Dũng``), unless a word before it names a thing (``bão``, ``tàu``, ``giải``);
- what follows an honorific or a role noun (``ông Cường``, ``bà Merkel``, ``bị cáo Dũng``), or a
  title or rank (``Bộ trưởng Lâm``, ``thượng tá Sơn``): one to three capitalised syllables that are
  not a body, a place or a common word;
- a given name standing alone that ends a full name of the same article (``Mãnh`` after
  ``Trần Trí Mãnh``): see :func:`short_references`;
- a name after a kinship noun (``ông xã Nhật Minh``, see :mod:`.kin_names`), a given name before a full name
  after a word of address (``bà Hương Trần Kiều Dung``), a family name joined by hyphens (``anh Hơ-yai Tuấn``).

Photo and video credits inside the text are read by :mod:`.name_credits`.
"""
from __future__ import annotations

import re
from functools import cache

from ..text.dates import time_words
from .kin_names import PLACES_OF_ORIGIN, kin_before
from .lexicon import Vocabulary, lexicon
from .place_units import place_key
from .places import zone_words
from .shapes import dated_opener_at, person_at, place_at, pronoun_at
from .spans import SHAPE_RULE, Claims, Mention
from .syllables import Syllables

__all__ = ["SENTENCE_START", "announcer", "persons", "short_references"]

#: what a sentence starts after (a dash too: a credit line's second name)
SENTENCE_START = re.compile(r"(?:^|[.!?;\"“”(\n]\s*|[-–]\s+)$")
#: after a role noun, a country is its people's (cầu thủ Việt Nam), never a name
_COUNTRY = frozenset({"country"})
#: a number right after a capitalised word: a numbered unit (Vùng 3, Quân khu 7), not a name
_NUMBER_AFTER = re.compile(r"\s+\d")


def _free(s: Syllables, claims: Claims, i: int, n: int) -> bool:
    return claims.span_free(i, i + n)


def announcer(s: Syllables, i: int, lex: Vocabulary) -> str:
    """What announces a name at syllable ``i``: ``honorific``, ``person_role``, ``whole title`` (a rank, degree or honour
    right before it), ``title`` or ``""``."""
    n, role = s.match_before(i, lex.person_words)
    if n and role in ("honorific", "person_role", "academic") and s.token_starts_here(i - n):
        k = i - n
        if s.cap[k] and not s.upper[k] and not SENTENCE_START.search(s.text[max(0, s.start(k) - 3) : s.start(k)]):
            return ""  # a capitalised "Anh" mid-sentence is the country
        return str(role)
    lo = max(0, s.start(i) - 40)
    before = s.folded[lo : s.start(i)]
    m = lex.title_head_before.search(before)
    if m and "\n" not in before[m.start() :]:
        whole = lex.title_head.match(s.folded, lo + m.start())
        if whole and whole.end() > s.start(i):
            return ""  # the word is the head's own (Phó Trưởng Ban Thường trực)
        if whole and whole.end() == s.start(i) - 1 and whole.group(0) in lex.whole_titles:
            return "whole title"  # NSƯT Hồng Vân: a rank or honour takes no body, the words after it are a name
        return "title"
    return ""


def _title_in_apposition(s: Syllables, i: int, lex: Vocabulary, found: list[Mention]) -> bool:
    """Is the title before syllable ``i`` written after a person just named (``Ông A, Phó tổng giám đốc | Vinaconex``)?
    Then the title is that person's and the word after it names its body, not another person."""
    lo = max(0, s.start(i) - 40)
    m = lex.title_head_before.search(s.folded, lo, s.start(i))
    if not found or m is None:
        return False
    before = s.folded[max(0, found[-1].end - 1) : m.start()]
    sep = re.match(r".\s*[,(\-–]\s*", before)  # the name's last letter, then the apposition's separator
    return sep is not None and (sep.end() == len(before) or lex.title_prefix.fullmatch(before[sep.end() :]) is not None)


def _thing_before(s: Syllables, i: int, lex: Vocabulary) -> bool:
    return bool(s.match_before(i, lex.thing_kinds)[0])


#: lower-case syllables of a facility's kind between its noun and its name, at most (Cảng vụ hàng không | Chu Lai)
_MOST_KIND = 3


def _facility_before(s: Syllables, i: int, lex: Vocabulary, *, joined: bool = True) -> bool:
    """Is the name at ``i`` written after a facility's noun and the lower-case words of its kind (``Chợ hóa chất |
    Kim Biên``, ``Cảng vụ hàng không | Chu Lai``), or joined by ``và`` to a name so written (``hai cửa khẩu quốc tế
    Lao Bảo và | La Lay``)? Then it names the facility's place, not a person. The words between are nouns or
    adjectives of no person (not ``cầu thủ``, ``chợ gặp``)."""
    if joined and i > 1 and s.joined[i] and s.word[i - 1] in lex.words["conjunction"] and s.joined[i - 1]:
        j = i - 1
        while j > 0 and s.joined[j] and s.cap[j - 1]:
            j -= 1
        if j < i - 1 and _facility_before(s, j, lex, joined=False):
            return True
    k = i
    while k > 0 and s.joined[k] and i - k < _MOST_KIND and not s.cap[k - 1] \
            and lex.pos_class.get(s.pos(k - 1)) == "nominal" and not s.match_before(k, lex.person_words)[0]:
        k -= 1
        n, unit = s.match_before(k, lex.units)
        if n and getattr(unit, "kind", "") in ("facility", "landmark") and s.token_starts_here(k - n) \
                and (s.token_ends_here(k - 1) or s.cap[k - n]) \
                and not s.match(k - n, lex.person_words)[0]:  # a name's head word (Cảng vụ), not đình chỉ, cầu thủ
            return joined or _counted().search(s.folded, max(0, s.start(k - n) - 12), s.start(k - n)) is not None
    return False


@cache
def _counted() -> re.Pattern[str]:
    """A number or a plural word before a noun: the nouns joined after it are several (``hai cửa khẩu A và B``)."""
    numbers = "|".join(sorted(map(re.escape, time_words("number")), key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:\d+|" + numbers + "|" + lexicon().alternation("plural") + r")\s+$")


def _country_before_foreign_name(s: Syllables, i: int, lex: Vocabulary) -> int:
    """Syllables of a country's name at ``i`` written between a title and a foreign name (``Phó Đô đốc Mỹ | Bradley
    Cooper``, ``Ngoại trưởng Nga | Sergei Lavrov``): the country is the title's; 0 when there is none."""
    n = place_at(s, i, lex, _COUNTRY) or (1 if s.word[i] in lex.words["country_short"] else 0)
    k = i + n
    return n if n and k < s.n and s.joined[k] and s.cap[k] and not s.viet[k] else 0


def _short_name(s: Syllables, i: int, lex: Vocabulary, limit: int = 3) -> int:
    """Capitalised syllables from ``i`` that can be a name after an honorific or a title."""
    n = 0
    while i + n < s.n and n < limit and (n == 0 or s.joined[i + n]) and s.cap[i + n] and not s.in_lowercase_word(i + n) \
            and not s.code[i + n]:  # Cục trưởng C50: a code, no name
        k = i + n
        if s.match(k, lex.org_heads)[0] or lex.title_head.match(s.folded, s.start(k)) or s.match(k, lex.units)[0] > 1 \
                or s.match(k, zone_words())[0] or (n and dated_opener_at(s, k, lex)):
            break  # a body, a title, a kind of place (Khu du lịch Phú Hữu): no name
        n += 1
    return n


def persons(s: Syllables, lex: Vocabulary, claims: Claims, given_names: frozenset[str]) -> list[Mention]:
    """PER mentions of one paragraph outside the spans already claimed (see module docs)."""
    found: list[Mention] = []

    def add(i: int, n: int, rule: str) -> None:
        m = Mention("PER", s.start(i), s.end(i + n - 1), rule)
        found.append(m)
        claims.add(m)

    i = 0
    while i < s.n:
        if claims.taken(i) or not s.cap[i]:
            i += 1
            continue
        n = person_at(s, i, lex)
        if n and _free(s, claims, i, n) and not _thing_before(s, i, lex) and not _facility_before(s, i, lex):
            add(i, n, SHAPE_RULE)
            i += n
            continue
        n = _after_kin(s, i, lex)
        if n and _free(s, claims, i, n):
            add(i, n, "after a kinship noun")  # ông xã Nhật Minh, bạn trai Đức Phúc
            i += n
            continue
        announced = announcer(s, i, lex) if s.joined[i] else ""
        if "title" in announced:
            country = _country_before_foreign_name(s, i, lex)
            if country and not claims.taken(i + country):
                i += country  # Phó Đô đốc Mỹ | Bradley Cooper: the country is the office's, the name comes after it
        n = _given_before_full_name(s, i, lex) if announced == "honorific" else 0
        if n and _free(s, claims, i, n):
            add(i, n, "after an honorific")  # bà Hương Trần Kiều Dung: a given name, then the full name
            i += n
            continue
        if announced:
            marked = i + 1 < s.n and s.joined[i + 1] and s.word[i + 1] in lex.words["middle_marker"]
            n = _short_name(s, i, lex, 4 if s.word[i] in lex.surnames or marked else 3)
            if n and _free(s, claims, i, n) and (announced != "title" or not place_at(s, i, lex)) \
                    and not (announced == "person_role" and place_at(s, i, lex, _COUNTRY) == n) \
                    and not (announced == "title" and _NUMBER_AFTER.match(s.text, s.end(i + n - 1))) \
                    and not (announced == "title" and n == 1 and s.word[i] in lex.words["short_body"]) \
                    and _name_like(s, i, n, lex, announced, given_names) \
                    and not (announced == "title" and _title_in_apposition(s, i, lex, found)):  # Tư lệnh Vùng 3: a numbered unit
                n = _foreign_tail(s, i, n, lex)  # bà Ursula von der Leyen, ông Majed al-Ansari: the whole name
                if n == 1 and announced == "honorific":
                    n = _hyphened_name(s, i, lex)  # anh Hơ-yai Tuấn, ông Tà-yêng Ngọc Quảng: a Cơ Tu family name
                if announced == "honorific" and _second_of_credit_line(s, i, n, lex):
                    i, n = i - 1, n + 1  # Phạm Dự - Anh Tú: the second reporter's name, its first syllable a word of address
                add(i, n, "after a title" if "title" in announced else "after an honorific")
                i += n
                continue
        i += 1
    return found


def _given_before_full_name(s: Syllables, i: int, lex: Vocabulary) -> int:
    """Length of a name written as a given name, then a full name, after a word of address (``bà Hương | Trần Kiều
    Dung``: four syllables, the first the name she goes by), or 0."""
    if s.word[i] in lex.surnames or s.upper[i] or not s.viet[i] or i + 1 >= s.n or not s.joined[i + 1] \
            or place_at(s, i, lex) or s.in_lowercase_word(i):
        return 0
    full = person_at(s, i + 1, lex)
    return 1 + full if full >= 2 else 0


def _after_kin(s: Syllables, i: int, lex: Vocabulary) -> int:
    """Length of a name of two or three syllables after a kinship noun (see :mod:`.kin_names`), or 0."""
    if not kin_before(s, i) or s.upper[i] or not s.viet[i]:
        return 0
    n = _short_name(s, i, lex, 3)
    if n < 2 or not all(s.viet[k] for k in range(i, i + n)) or (i + n < s.n and s.joined[i + n] and s.cap[i + n]):
        return 0
    return 0 if lex.places.get(place_key(s, i, n, lex)) in PLACES_OF_ORIGIN or place_at(s, i, lex) > n else n


def _hyphened_name(s: Syllables, i: int, lex: Vocabulary) -> int:
    """Length of a name whose first part is a capitalised syllable joined by hyphens to lower-case ones, then the
    capitalised rest (``Hơ-yai Tuấn``, ``Tà-yêng Ngọc Quảng``); 1 when the name is not so written."""
    k = i
    while k + 1 < s.n and s.gap(k + 1) == "-" and not s.cap[k + 1] and s.viet[k + 1]:
        k += 1
    if k == i:
        return 1
    rest = _short_name(s, k + 1, lex, 3) if k + 1 < s.n and s.joined[k + 1] else 0
    return k + 1 - i + rest


def _second_of_credit_line(s: Syllables, i: int, n: int, lex: Vocabulary) -> bool:
    """Is the word of address before the name at ``i`` the first syllable of the second name of a line of credits
    (``Phạm Dự - Anh Tú``: a full name, a dash, then the name ending the paragraph)?"""
    k = i - 1
    return k >= 2 and i + n == s.n and s.cap[k] and not s.upper[k] and s.joined[i] and s.gap(k).strip() in ("-", "–") \
        and person_at(s, 0, lex) == k


def _name_like(s: Syllables, i: int, n: int, lex: Vocabulary, announced: str, given_names: frozenset[str]) -> bool:
    """After a title, only a short Vietnamese name or a foreign one-word name (Bộ trưởng Lâm,
    Tổng thống Putin); after an honorific, any capitalised run but an acronym."""
    if any(s.upper[k] and (not s.viet[k] or s.word[k] in lex.acronyms or announced == "title") for k in range(i, i + n)):
        return False  # Tổng giám đốc VEC: a body's acronym, however Vietnamese its letters look
    if announced == "person_role" and n == 1 and s.upper[i] and "." not in s.word[i]:
        return False  # cựu cầu thủ MU: a club's acronym after a role noun, no one's initials (bị cáo N.V.A)
    if announced == "title":
        k = i + n  # the word after: a name ends a noun phrase (Bộ trưởng Lâm cho biết), a body goes on (Giám đốc Vườn quốc gia)
        glued = not s.token_ends_here(i) and k < s.n and not s.cap[k] and s.pos(i) != "Np"  # Phó phòng Bảo hộ công dân
        return n == 1 and not glued and (k >= s.n or not s.joined[k] or (not s.cap[k] and lex.pos_class.get(s.pos(k)) != "nominal")
                           or s.word[i] in given_names) and not (k < s.n and s.joined[k] and s.cap[k]) \
            and not lex.field.match(s.folded, s.start(i))
    return True


def short_references(s: Syllables, lex: Vocabulary, claims: Claims, given_names: frozenset[str]) -> list[Mention]:
    """A given name standing alone that ends a full name named in the same article (``Mãnh``,
    ``Cảnh, Trọng và Tâm``): one capitalised syllable, a word of its own, not next to other
    capitalised words."""
    found = []
    for i in range(s.n):
        if not s.cap[i] or s.upper[i] or s.word[i] not in given_names or claims.taken(i):
            continue
        if s.in_lowercase_word(i) and s.pos(i) != "Np":
            continue  # Bình thường, Trung ương; but "Mãnh thỏa thuận" read as one proper noun is the name
        if (i > 0 and s.joined[i] and s.cap[i - 1]) or (i + 1 < s.n and s.joined[i + 1] and s.cap[i + 1]):
            continue
        if i > 0 and s.gap(i).strip() in ("-", "–") and s.word[i - 1] in lex.words["compass"] \
                and s.word[i] in lex.words["compass"]:
            continue  # tuyến Bắc - Nam: a route, not the person Nam
        if _thing_before(s, i, lex) or s.match(i, lex.org_heads)[0] or s.match(i, lex.units)[0] or pronoun_at(s, i, lex) \
                or s.match(i, lex.documents)[0] > 1:
            continue  # ... Anh ta: a pronoun, not the given name Anh; Thông tư 25: a document, not the given name Thông
        m = Mention("PER", s.start(i), s.end(i), "given name of a person named before")
        found.append(m)
        claims.add(m)
    return found


#: syllables a foreign name's particles and hyphenated parts may add to it, at most
_MOST_TAIL = 4


def _foreign_tail(s: Syllables, i: int, n: int, lex: Vocabulary) -> int:
    """The length of the name of ``n`` syllables at ``i`` with the rest of a foreign name after it: lower-case particles
    and the capitalised part after them (``Ursula | von der Leyen``, ``Majed | al-Ansari``), a part after a hyphen
    (``Amir | -Saeid Iravani``, ``Jansson | -Boyd``) when the name has a part that is no Vietnamese syllable."""
    foreign = any(not s.viet[k] for k in range(i, i + n))
    particles = lex.words["name_particle"]
    k = i + n
    while k < s.n and k - (i + n) < _MOST_TAIL:
        j = k
        while j < s.n and s.joined[j] and not s.cap[j] and s.word[j] in particles:
            j += 1  # von der, bin, al (then al-Ansari)
        spelled_foreign = foreign or any(not s.viet[x] for x in range(k, min(j + 1, s.n)))  # not "ông Tâm la | Lớn"
        if j < s.n and s.cap[j] and (j > k and spelled_foreign and (s.joined[j] or s.gap(j) == "-")
                                     or j == k and foreign and s.gap(j) == "-"):
            k, foreign = j + 1, foreign or not s.viet[j]
            while k < s.n and k - (i + n) < _MOST_TAIL and s.joined[k] and s.cap[k] and not s.viet[k]:
                k += 1  # Amir-Saeid Iravani
            continue
        break
    return k - i
