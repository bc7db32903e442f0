"""Bodies named in one word: acronyms (``VTV``, ``TTXVN``), camel-case and dotted names
(``VnExpress``, ``Saigon Co.op``)."""
from __future__ import annotations

import re
from functools import cache

from ..text.normalize import fold
from .lexicon import Phrases, Vocabulary, lexicon
from .org_conjuncts import area_number_after
from .org_sites import designation_here
from .shapes import place_at
from .spans import Claims, Mention
from .spelling import has_vietnamese_letter
from .syllables import Syllables, is_vietnamese_syllable

__all__ = ["acronym_definitions", "acronyms", "announced_acronyms", "brands", "in_document_number", "products", "short_names", "sponsor_of_event"]

_DEFINITION = re.compile(r"\s*(?:\(\s*([A-ZĐ][A-ZĐ0-9&-]{1,9}|[A-Z][a-z]{2,14})\s*\)|[-–]\s*([A-ZĐ][A-ZĐ0-9&]{1,9})(?![\w-]))")
#: a Roman numeral as the news writes them (khóa XV, quý III), up to C: not CDC, DC
_ROMAN = re.compile(r"C|(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_CAMEL_CASE = re.compile(r"(?<![\w.])(?<!\w-)[A-Z][a-z]+(?:[A-Z][a-z]*)+(?![\w.]|-\d)")  # not the CoV of Sars-CoV-2
#: gazetteer kinds of a dateline that a lost line break glues to the lead (AnhRachel Beale, 53 tuổi, ...)
_DATELINE_PLACES = frozenset({"country", "province", "city"})
#: gazetteer kinds of the place of an acronym's branch (CDC Bình Phước); not a country (TTXVN | Israel ...)
_BRANCH_PLACES = frozenset({"province", "city", "district"})
#: a written word holding a number and a slash: a document number (69/2018/NĐ-CP, 37/KH-UBND)
_IN_DOCUMENT_NUMBER = re.compile(r"\d.*/|/.*\d")
_BRAND = re.compile(r"(?<![\w.])(?:[A-Z][a-z]+\s+)*[A-Z][a-z]*\.[a-z]{2,}(?![\w.])")
#: a bank named in Latin letters: one word ending in "bank" (Vietinbank, VPBank) or up to two capitalised
#: words before "Bank" (Ocean Bank, Nam A Bank, World Bank)
_BANK = re.compile(r"(?<![\w.])(?:(?:[A-Z][a-z]*\s+){1,2}Bank|[A-Z][A-Za-z]*[a-zA-Z](?:bank|Bank))(?!\w|\.\w)")


def brands(s: Syllables, lex: Vocabulary, found: list[Mention]) -> list[Mention]:
    """Camel-case and dotted names (VnExpress, Saigon Co.op) outside the mentions ``found``, not two
    Vietnamese words glued (GiangXe) nor a dateline's country glued to the next word (AnhRachel).

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.entities.extract import paragraph_syllables
    >>> from vnnews.entities.lexicon import lexicon
    >>> a = article_from_text("Tiêu đề\\n\\nItalyMaria nói với VnExpress, Saigon Co.op và Ocean Bank.", doc_id="x")
    >>> [a.text[m.start:m.end] for m in brands(paragraph_syllables(a)[-1], lexicon(), [])]
    ['Ocean Bank', 'VnExpress', 'Saigon Co.op']
    """
    claims = Claims(s)
    for m in found:
        claims.add(m)
    out = []
    lo, hi = s.start(0), s.end(s.n - 1)
    for pattern, rule in ((_BANK, "bank name"), (_CAMEL_CASE, "camel-case name"), (_BRAND, "brand name")):
        for m in pattern.finditer(s.text, lo, hi):
            parts = re.findall(r"[A-Z][a-z]*", m.group(0))
            start = m.start()
            if rule == "bank name" and len(m.group(0).split()) > 2 and fold(parts[0]) in lex.words["sentence_opener"]:
                start = m.start() + len(parts[0]) + 1  # "Theo Ocean Bank": the bank without the word opening the sentence
            if rule == "camel-case name" and (len(parts) == 2 and all(is_vietnamese_syllable(p) for p in parts)
                                              or lex.places.get(fold(parts[0])) in _DATELINE_PLACES
                                              or _family_name_after_given(s, lex, m.start(), parts[0])):
                continue
            end = _branch_end(s, lex, m.end()) if rule == "bank name" else m.end()
            if sponsor_of_event(s, lex, s.next_index(start), s.next_index(end)):
                continue  # VnExpress Marathon, Giải futsal HDBank ...: an event's name
            if claims.span_free(s.next_index(start), s.next_index(end)):
                mention = Mention("ORG", start, end, rule)
                out.append(mention)
                claims.add(mention)
    return out


def _family_name_after_given(s: Syllables, lex: Vocabulary, start: int, prefix: str) -> bool:
    """Is the camel-case word at ``start`` a foreign family name (its prefix Mac, Mc, De, Di...) right after a capitalised
    foreign given name (Eunice MacIntyre, Ron DeSantis), so a person's, not a brand?"""
    before = re.search(r"([A-Z][a-z]+)\s+$", s.text[max(0, start - 30) : start])
    return before is not None and fold(prefix) in lex.words["surname_prefix"] and fold(before.group(1)) not in lex.words["sentence_opener"]


def _branch_end(s: Syllables, lex: Vocabulary, end: int, kinds: frozenset[str] | None = None) -> int:
    """End of a body's name in one word with its branch and place after it (``Ocean Bank chi nhánh Hải Phòng``,
    ``Ocean Bank Hải Phòng``, ``CDC Bình Phước``): the place must be one the gazetteer knows (of ``kinds``, when given)."""
    regional = area_number_after(s, lex, end)
    if regional is not None:
        return regional  # BHXH khu vực 3: the regional unit's number ends its name
    j = s.next_index(end)
    if j >= s.n or not s.joined[j]:
        return end
    n_area, _ = s.match(j, lex.areas)
    k = j + n_area
    n_place = place_at(s, k, lex) if k < s.n and s.joined[k] else 0
    if n_place and kinds is not None and lex.places.get(" ".join(s.word[k : k + n_place])) not in kinds:
        return end
    return s.end(k + n_place - 1) if n_place else end


def in_document_number(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a part of a document number (the issuer's code of ``69/2018/NĐ-CP``).

    Examples
    --------
    >>> t = "Theo Nghị định 69/2018/NĐ-CP, Chính phủ (CP) quy định"
    >>> in_document_number(t, t.index("CP"), t.index("CP") + 2), in_document_number(t, t.rindex("CP"), t.rindex("CP") + 2)
    (True, False)
    """
    return _IN_DOCUMENT_NUMBER.search(_written_word(text, start, end)) is not None


def _written_word(text: str, start: int, end: int) -> str:
    """The whole written word (between spaces) around ``text[start:end]``."""
    a, b = start, end
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while b < len(text) and not text[b].isspace() and text[b] not in ",;)":
        b += 1
    return text[a:b]


def _after_title(s: Syllables, i: int, lex: Vocabulary) -> bool:
    """Does a title head stand shortly before syllable ``i`` (Tổng giám đốc VEC)?"""
    return bool(lex.title_head_before.search(s.folded[max(0, s.start(i) - 40) : s.start(i)]))


def acronym_definitions(s: Syllables, orgs: list[Mention]) -> set[str]:
    """Acronyms an article defines in brackets or after a dash after a body's name: Tổng công ty Đường sắt Việt
    Nam (VNR), Ngân hàng Thế giới - WB."""
    out = set()
    for m in orgs:
        d = _DEFINITION.match(s.text, m.end)
        if d:
            out.add((d.group(1) or d.group(2)).lower())
    return out


def short_names(s: Syllables, claims: Claims, defined: set[str]) -> list[Mention]:
    """A body's short name in one word that is no Vietnamese syllable, as the article defines it in brackets after the
    name (Công ty Dịch vụ cơ quan nước ngoài (Fosco)), wherever paragraph ``s`` writes it capitalised (Tổng giám đốc
    Fosco: the company, not a person)."""
    out = []
    for i in range(s.n):
        if s.cap[i] and not s.upper[i] and not s.viet[i] and s.word[i] in defined and not claims.taken(i) \
                and not (i + 1 < s.n and s.joined[i + 1] and s.cap[i + 1]):
            m = Mention("ORG", s.start(i), s.end(i), "short name")
            out.append(m)
            claims.add(m)
    return out


def _announced(s: Syllables, lex: Vocabulary, i: int) -> bool:
    """Is the acronym at ``i``, one vnnews does not know, named as a body by a title or a body's head before it
    (Tổng giám đốc VEC, CLB ABC)?"""
    word = s.word[i]
    unknown = len(word) >= 3 and word not in lex.acronyms and word not in lex.places and not _spelled_out_as_no_body(s, lex, i)
    return unknown and (_after_title(s, i, lex) or bool(s.match_before(i, lex.org_heads)[0]))


#: the year of an event's edition right after its acronym (ABC 2025), not a number or a document's code (2010/75/EC)
_EDITION_YEAR = re.compile(r" (?:19|20)\d\d(?![\d/.,-]\d|[\w/-])")

#: a foreign acronym spelled out in brackets after it: PSPO (Public Space Protection Orders)
_SPELLED_OUT = re.compile(r"\s*\(\s*((?:[A-Z][a-z]+\s+){1,8}[A-Z][a-z]+)\s*\)")


def _spelled_out_as_no_body(s: Syllables, lex: Vocabulary, i: int) -> bool:
    """Is the acronym at ``i`` spelled out in brackets in foreign words that name no body (a law, an order, a
    programme: ``PSPO (Public Space Protection Orders)``), so it is no organisation?"""
    m = _SPELLED_OUT.match(s.text, s.end(i))
    return m is not None and not any(w.lower() in lex.words["foreign_body_word"] for w in m.group(1).split())


def announced_acronyms(s: Syllables, lex: Vocabulary) -> set[str]:
    """Acronyms a title or a body's head names as a body somewhere in paragraph ``s`` (Giám đốc CDC): bodies
    wherever the article writes them again (CDC Bình Phước, Những khuyết điểm của CDC)."""
    return {s.word[i] for i in range(s.n) if s.upper[i] and not s.viet[i] and _announced(s, lex, i)}


def acronyms(s: Syllables, lex: Vocabulary, claims: Claims, defined: set[str]) -> list[Mention]:
    """Acronyms standing alone that name a body: those the lexicon knows (TTXVN, BCA), those the
    article defines (VTV after Đài Truyền hình Việt Nam (VTV)) or names as a body elsewhere (``defined`` holds both),
    and unknown ones after a title or a body's head (Tổng giám đốc VTV, CLB ABC), with the place of their branch
    (CDC Bình Phước); never Roman numerals or the acronyms of acronyms.tsv."""
    out = []
    for i in range(s.n):
        word = s.word[i]
        written = s.text[s.start(i) : s.end(i)]
        if not s.upper[i] or "." in word or claims.taken(i) or _ROMAN.fullmatch(written) or s.code[i]:
            continue  # ... or the letters of a code: chuyến bay QH1621, gói thầu CP1a
        if s.viet[i] and (has_vietnamese_letter(written) or not (word in defined or word in lex.known_acronyms or _after_title(s, i, lex))):
            continue  # a Vietnamese word in capitals (HÀ NỘI), unless a title names its body: Tổng giám đốc VEC
        if (i > 0 and s.joined[i] and s.upper[i - 1]) or (i + 1 < s.n and s.joined[i + 1] and s.upper[i + 1]):
            continue
        if in_document_number(s.text, s.start(i), s.end(i)):
            continue  # the issuer's code of a document number: 69/2018/NĐ-CP, 37/KH-UBND
        if s.match_before(i, products())[0] or sponsor_of_event(s, lex, i, i + 1) or _of_every_place(s, lex, i + 1):
            continue  # vàng miếng SJC, VTV Cup: the brand of the goods or of an event; CDC các tỉnh: every such body
        if word not in lex.known_acronyms and _EDITION_YEAR.match(s.text, s.end(i)):
            continue  # chung kết ABC 2025: an unknown acronym with the year of its edition names an event, no body
        if designation_here(s, lex, i):
            continue  # Công viên địa chất toàn cầu UNESCO X: the title the body grants a site
        if word in lex.known_acronyms or (word in defined and not _spelled_out_as_no_body(s, lex, i)) or _announced(s, lex, i):
            end = _branch_end(s, lex, s.end(i), _BRANCH_PLACES)
            m = Mention("ORG", s.start(i), end, "acronym")
            out.append(m)
            claims.add(m)
    return out


def _of_every_place(s: Syllables, lex: Vocabulary, k: int) -> bool:
    """Do a plural word and a unit or a word of scope at syllable ``k`` make the body named before them every such body
    (``giám đốc CDC các tỉnh``, as ``Ủy ban nhân dân các tỉnh``)?"""
    return k + 1 < s.n and s.joined[k] and s.word[k] in lex.plural and s.joined[k + 1] \
        and (s.token_word(k + 1) in lex.generic_scopes or bool(s.match(k + 1, lex.units)[0]))


@cache
def products() -> Phrases[str]:
    """Nouns of goods before the brand they are sold under (``product_kind`` of entity_words.tsv)."""
    return Phrases.of((w, "product") for w in lexicon().words["product_kind"])


def sponsor_of_event(s: Syllables, lex: Vocabulary, i: int, e: int) -> bool:
    """Is the one-word name of syllables ``i`` to ``e`` the brand in an event's name: a word of events right after it
    or after a second sponsor's foreign brand (``VnExpress Marathon``, ``VTV Cup``, ``VTV Ferroli Cup``), or a word of
    competitions and the lower-case words of a sport right before it (``Giải futsal HDBank``, ``Giải bóng chuyền X``)?
    See ``event_name_word`` and ``competition`` of entity_words.tsv.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.entities.extract import paragraph_syllables
    >>> from vnnews.entities.lexicon import lexicon
    >>> a = article_from_text("Tiêu đề\\n\\nGiải futsal HDBank và VnExpress Marathon của VnExpress.", doc_id="x")
    >>> s = paragraph_syllables(a)[-1]
    >>> [sponsor_of_event(s, lexicon(), i, i + 1) for i in (2, 4, 7)]
    [True, True, False]
    """
    words = lex.words["event_name_word"]
    k = e
    while k < s.n and k - e < 2 and s.joined[k] and s.cap[k] and not s.viet[k] and s.word[k] not in words:
        k += 1  # VTV | Ferroli Cup: a second sponsor's brand before the word of events
    if k < s.n and s.joined[k] and s.cap[k] and s.word[k] in words:
        return True
    for back in (1, 2, 3):
        p = i - back
        if p < 0 or not all(s.joined[m] for m in range(p + 1, i + 1)):
            return False
        if s.word[p] in lex.words["competition"]:
            return not any(s.cap[m] for m in range(p + 1, i))
    return False
