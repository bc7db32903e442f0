"""The two shapes every other rule asks about: a gazetteer place and a person's name starting at a
syllable.

A person's name is a family name followed by one to three capitalised syllables of Vietnamese
spelling, in the same case (``Hồ Đức Lâm``, ``Phan Nguyễn Minh Thư``, ``NGUYỄN TẤN``). Place and
word lists cannot break it apart: ``Đức`` is a country and ``Anh Sơn`` a district, but inside a
name that starts with a family name they are the name. A run that is itself a province, district,
country or region, or starts with one (``Lâm Đồng``, ``Hà Nội``, ``Hoàng Sa``, ``Lâm Đồng Trần
Đức Quận``), is a place, except names the gazetteer marks as persons when written bare
(``Hồ Chí Minh``).
"""
from __future__ import annotations

import re

from .lexicon import Vocabulary
from .syllables import Syllables

__all__ = ["PLACE_KINDS_OVER_NAMES", "dated_opener_at", "person_at", "place_at", "pronoun_at", "surname_run"]

#: what follows a part of the day that opens a sentence: its date (28-6, 1/7, 5 tháng 3) or a deixis (nay, qua)
_DATE_AFTER = re.compile(r"\s+(?:\d{1,2}\s*[-/.]\s*\d{1,2}|\d{1,2}\s+th[aá]ng\b|(?:nay|qua|mai|cùng ngày)\b)", re.IGNORECASE)

#: gazetteer kinds that win over a person's name of the same letters (wards do not: phường Nguyễn Du)
PLACE_KINDS_OVER_NAMES = frozenset({"province", "district", "country", "region", "city"})
#: kinds of places whose names of two parts are also written with a hyphen between them (``Thừa Thiên - Huế``); two
#: wards or districts so joined are two places (``Mỹ - Trung``, ``sông Hồng - Thái Bình``)
_HYPHENED_KINDS = frozenset({"province"})


def place_at(s: Syllables, i: int, lex: Vocabulary, kinds: frozenset[str] | set[str] | None = None, longest: int = 8) -> int:
    """Number of syllables of the longest gazetteer place starting at syllable ``i`` (0 if none).

    Every word must be capitalised except those the gazetteer writes in lower case
    (``miền Trung``, ``Duyên hải miền Trung``); a hyphen may join parts (``Bà Rịa - Vũng Tàu``), also of a name
    the gazetteer writes without it (``Thừa Thiên - Huế``).
    """
    if i >= s.n or s.word[i] not in lex.place_first_words:
        return 0
    best = 0
    key = plain = s.word[i]  # plain: the hyphens written as spaces
    unhyphened = False  # a hyphen was read as a space: only a province's name is written both ways
    for k in range(i, min(s.n, i + longest)):
        if k > i:
            if s.joined[k]:
                key, plain = key + " " + s.word[k], plain + " " + s.word[k]
            elif s.gap(k).strip() in ("-", "–") and "\n" not in s.gap(k):
                key, plain = key + " - " + s.word[k], plain + " " + s.word[k]
            else:
                break
            if key not in lex.place_prefixes:
                if plain not in lex.place_prefixes:
                    break
                key, unhyphened = plain, True
        kind = lex.places.get(key)
        if kind is None or (kinds is not None and kind not in kinds) or (unhyphened and kind not in _HYPHENED_KINDS):
            continue
        case = lex.place_case.get(key)
        words = [j for j in range(i, k + 1)]
        if case is None:
            ok = all(s.cap[j] for j in words)
        else:
            ok = len(case) == len(words) and all(s.cap[j] or not c for j, c in zip(words, case))
        if ok:
            best = k - i + 1
    if best == 1 and i + 1 < s.n and not s.cap[i + 1] and (not s.token_ends_here(i) or (
            s.joined[i + 1] and f"{s.word[i]} {s.word[i + 1]}" in lex.words["place_compound"])):
        return 0  # Mỹ thuật, Pháp luật, Viện Pháp | y: a word the place name begins, not the place
    return best


def _same_case(s: Syllables, i: int, k: int) -> bool:
    return s.end(k) - s.start(k) == 1 or s.upper[k] == s.upper[i]


def dated_opener_at(s: Syllables, k: int, lex: Vocabulary) -> bool:
    """Does a capitalised part of the day with its date open a sentence at syllable ``k`` (``Chiều 28-6``, ``Sáng nay``)?
    Then it ends the name before it, even where a lost full stop or line break glues the two (``Ảnh: Hùng Vĩ Chiều 28-6``).

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.entities.extract import paragraph_syllables
    >>> from vnnews.entities.lexicon import lexicon
    >>> s = paragraph_syllables(article_from_text("Tiêu đề\\n\\nẢnh: Hùng Vĩ Chiều 28-6, đoàn đến.", doc_id="x"))[-1]
    >>> [s.word[k] for k in range(s.n) if dated_opener_at(s, k, lexicon())]
    ['chiều']
    """
    if k >= s.n or not s.cap[k] or s.upper[k]:
        return False
    words = lex.words["dated_opener"]
    last = k + 1 if k + 1 < s.n and s.joined[k + 1] and f"{s.word[k]} {s.word[k + 1]}" in words else k
    return (last > k or s.word[k] in words) and _DATE_AFTER.match(s.text, s.end(last)) is not None


def surname_run(s: Syllables, i: int, lex: Vocabulary, longest: int = 4) -> int:
    """Length of a family name and the capitalised syllables after it (2 to ``longest``), else 0."""
    if i >= s.n or not (s.cap[i] and s.viet[i] and s.word[i] in lex.surnames) or s.in_lowercase_word(i) or s.code[i]:
        return 0
    k = i + 1
    while (k < s.n and k - i < longest and s.joined[k] and s.cap[k] and (s.viet[k] or s.end(k) - s.start(k) == 1)
           and _same_case(s, i, k) and not s.code[k]
           and not s.in_lowercase_word(k)
           and not (k - i >= 2 and s.word[k] in lex.words["sentence_opener"])
           and not dated_opener_at(s, k, lex)
           and not lex.title_head.match(s.folded, s.start(k))):
        k += 1  # a title starts no given name: Lăng Chủ tịch Hồ Chí Minh
    return k - i if k - i >= 2 else 0


def person_at(s: Syllables, i: int, lex: Vocabulary) -> int:
    """Length in syllables of a person's name starting at syllable ``i`` (0 if none); see module docs."""
    key = ("person", i)
    if key not in s.memo:
        s.memo[key] = _person_at(s, i, lex)
    return s.memo[key]


def _person_at(s: Syllables, i: int, lex: Vocabulary) -> int:
    n = surname_run(s, i, lex)
    if n and " ".join(s.word[i : i + n]) in lex.respect_nouns:
        return 0  # chư Tăng Ni: the monks and nuns
    if n > 2 and s.word[i] in lex.words["surname_word"] and lex.places.get(" ".join(s.word[i + 1 : i + n])) in ("country", "province"):
        return 0  # Đoàn Việt Nam (the delegation), Từ Ấn Độ (from India): the word, then the place
    for m in range(n, 1, -1):
        key = " ".join(s.word[i : i + m])
        if key in lex.person_places:
            return m  # Hồ Chí Minh, whatever capitalised word follows
        if lex.places.get(key) in PLACE_KINDS_OVER_NAMES:
            return 0  # Lâm Đồng (Trần Đức Quận): the place first
    return n


def pronoun_at(s: Syllables, i: int, lex: Vocabulary) -> bool:
    """Is syllable ``i`` a word of address that a demonstrative makes a pronoun (``Anh ta``, ``Anh ấy``,
    ``Bà này``)? Then it is neither the country Anh nor a given name."""
    n, role = s.match(i, lex.person_words)
    return n == 1 and role == "honorific" and i + 1 < s.n and s.joined[i + 1] and s.word[i + 1] in lex.words["demonstrative"]
