"""Organisation mentions of a paragraph: the outermost names the grammar reads (:mod:`.org_names`),
bodies named in one word (:mod:`.acronyms`), and the places inside their names.

A name opens at a capitalised word, a known body, or a head the data allows in lower case
(``tỉnh ủy Long An``, ``ban Kinh tế Trung ương``), never after a document word (``Luật ...``,
``Nghị quyết ...``); a plural or a title is not a body (``các bộ``, ``Bộ trưởng Tư pháp``).
"""
from __future__ import annotations

from functools import cache

from .acronyms import brands, in_document_number, products
from .companies import only_legal_forms
from .lexicon import Phrases, Vocabulary, lexicon
from .org_conjuncts import alias_after_dash
from .org_heads import lower_heads
from .org_names import OrgNameParser
from .org_platforms import platform_here
from .org_sites import designation_here, event_committee, venue_here
from .org_topics import subject_after
from .shapes import person_at, place_at
from .spans import Claims, Mention, inside_any
from .syllables import Syllables

__all__ = ["organisations"]

#: kinds of unit words whose name after them is a place, not a body (unit_words.tsv)
_PLACE_KINDS = frozenset({"street", "route", "facility", "landmark"})


def organisations(s: Syllables, lex: Vocabulary, given_names: frozenset[str]) -> list[Mention]:
    """ORG mentions of one paragraph (the outermost of nested names), the LOC mentions inside them and the person a
    name honours (Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh).

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.entities.extract import paragraph_syllables
    >>> from vnnews.entities.lexicon import lexicon
    >>> a = article_from_text("Tiêu đề\\n\\nSở TN&MT tỉnh Bình Phước và Đại học Quốc gia Hà Nội ký kết.", doc_id="x")
    >>> s = paragraph_syllables(a)[-1]
    >>> [(m.label, a.text[m.start:m.end]) for m in organisations(s, lexicon(), frozenset())]
    [('ORG', 'Sở TN&MT tỉnh Bình Phước'), ('ORG', 'Đại học Quốc gia Hà Nội'), ('LOC', 'Bình Phước'), ('LOC', 'Hà Nội')]
    """
    parser = OrgNameParser(s, lex, given_names)
    known = parser.heads.known
    lower = lower_heads()
    found: list[Mention] = []
    i = 0
    while i < s.n:
        opens = s.cap[i] or i in known or (s.word[i] in lower and s.token_starts_here(i)) or parser.heads.after_title(i)
        if opens and not s.upper[i] and i not in known and i not in parser.heads.fields and _after_place_word(s, lex, i):
            i += 1  # cầu Sở Thượng, đường Trường Sa: the name of a bridge or a street, no body (but điểm cầu | Đại sứ quán)
            continue
        if opens and i not in known and _programme_before(s, lex, i):
            i += 1  # Dự án Đại học Nhà tù: a programme's name, no body inside it
            continue
        if opens and s.upper[i] and parser.heads.plural_before(i):
            i += 1  # các CLB châu Âu, những UBND: a kind of body after a plural, no one body
            continue
        if opens and parser.heads.levels_before(i):
            i = s.next_index(parser.parse(i) or s.end(i))  # các cấp Hội Phụ nữ: the bodies of every level, no one body
            continue
        end = parser.parse(i) if opens and not s.match_before(i, lex.documents)[0] else None
        one_word = end is not None and end == s.end(i) and known.get(i) == end and s.cap[i] and not s.code[i] \
            and not in_document_number(s.text, s.start(i), end) \
            and not s.match_before(i, products())[0]  # WHO; not the CP of 69/2018/NĐ-CP, the QH of QH1621, vaccine Pfizer
        if end is not None and (end > s.end(i) or one_word):
            rule = "known organisation" if known.get(i) == end else "organisation name"
            if not _levels(s, lex, i, end) and not _no_body_here(s, lex, i, end, one_word, set(known)) and \
                    not _place_unnamed(s, lex, parser, i, end, _titled(s, lex, i)) and \
                    (rule == "known organisation" or not _generic(s, lex, i, end, parser.heads.head_at(i)[0])):
                end = subject_after(s, lex, i, end)  # Ban Chỉ đạo quốc gia | về phòng chống thiên tai
                found.append(Mention("ORG", s.start(i), end, rule))
                alias = alias_after_dash(s, end)
                if alias is not None:  # Ngân hàng Đông Á- | DongA Bank
                    found.append(Mention("ORG", *alias, "alias after a dash"))
                    end = alias[1]
            i = s.next_index(end)
            continue
        i += 1
    found.extend(b for b in brands(s, lex, found) if not platform_here(s, lex, s.next_index(b.start), b.end))
    places = [p for p in inside_any(parser.where.places, found) if not _no_country_here(s, lex, p, found)]
    return found + _unique(places + _places_inside(s, lex, found, places + parser.name_words)) + inside_any(parser.honoured, found)


def _no_body_here(s: Syllables, lex: Vocabulary, i: int, end: int, one_word: bool, known: set[int]) -> bool:
    """Is the name from syllable ``i`` to ``end`` something else than a body here: a platform (``trên Facebook``), a
    venue (``tại Trung tâm Hội nghị X``), the title a body grants a site (``Công viên địa chất toàn cầu UNESCO``) or
    the committee organising an event (``Ban Tổ chức Giải``)? ``known`` holds where known bodies begin."""
    return platform_here(s, lex, i, end) or venue_here(s, lex, i) or (one_word and designation_here(s, lex, i)) \
        or event_committee(s, lex, i, end, known)


@cache
def _programmes() -> Phrases[str]:
    """Words of programmes and projects (``programme`` of entity_words.tsv)."""
    return Phrases.of((w, "programme") for w in lexicon().words["programme"])


def _programme_before(s: Syllables, lex: Vocabulary, i: int) -> bool:
    """Is syllable ``i`` right after a capitalised word of a programme or project (``Dự án``, ``Chương trình``): the
    words after it are the programme's name."""
    n, _ = s.match_before(i, _programmes())
    return bool(n) and s.cap[i - n] and s.token_starts_here(i - n)


def _after_place_word(s: Syllables, lex: Vocabulary, i: int) -> bool:
    """Is syllable ``i`` right after a lower-case word of a street, a route, a facility or a landmark (``cầu``,
    ``đường``, ``chợ``): the capitalised words after it name that place."""
    n, unit = s.match_before(i, lex.units)
    if n and unit is not None and unit.kind == "settlement" and not s.cap[i] and not s.cap[i - n]:
        return True  # Khu đô thị làng | đại học quốc tế X: a lower-case head in a place's name, no body
    return bool(n) and unit is not None and unit.kind in _PLACE_KINDS and not s.cap[i - n] \
        and s.token_starts_here(i - n) and s.token_ends_here(i - 1)  # not yêu cầu, toàn cầu, gia đình: words of their own


def _generic(s: Syllables, lex: Vocabulary, i: int, end: int, head: int) -> bool:
    """Is the name from syllable ``i`` to ``end`` (its head ``head`` syllables long) a kind of body
    rather than one body: bodies at every level or of many places (``Hội LHPN các cấp``,
    ``Ủy ban nhân dân các tỉnh``), a head completed by one lower-case word (``Ban tổ chức``), or a head that needs
    a body after it standing alone (``Ban chấp hành``, ``Ban Thường vụ``)?"""
    n_whole, whole = s.match(i, lex.org_heads)
    if whole is not None and not whole.named and not whole.place and s.end(i + n_whole - 1) == end:
        return True  # Ban Chấp hành, Ban Biên tập alone: the board of a body the text names elsewhere, no name of its own
    last = s.next_index(end) - 1
    words = s.word[i : last + 1]
    if any(w in lex.plural and v in lex.generic_scopes for w, v in zip(words, words[1:])):
        return True
    after = last + 1
    if after + 1 < s.n and s.joined[after] and s.word[after] in lex.plural and s.joined[after + 1] and \
            (s.token_word(after + 1) in lex.generic_scopes or s.match(after + 1, lex.units)[0]):
        return True  # Ủy ban nhân dân các tỉnh, thành phố; not Đảng ủy X các nhiệm kỳ ...
    rest = range(i + max(head, 1), last + 1)
    if rest and " ".join(s.word[k] for k in rest) in lex.words["leadership_noun"]:
        return True  # Ban Lãnh đạo: the leaders of a body named before, no body of its own
    relation = [k for k in rest if s.word[k] in lex.words["company_relation"]]
    if head and rest and " ".join(s.word[i : i + head]) in lex.words["company_head"] \
            and only_legal_forms(s, lex, rest[0], relation[0] if relation else last + 1) \
            and all(k in relation for k in range(relation[0] if relation else last + 1, last + 1)):
        return True  # công ty TNHH MTV, Công ty Mẹ: a kind of company, no name
    one_word = len({s.token[k] for k in rest}) == 1 and s.token[rest[0]] >= 0 if rest else False
    return head <= 2 and one_word and len(rest) <= 2 and not any(s.cap[k] or not s.viet[k] for k in range(i + 1, last + 1)) and \
        not any(c.isdigit() for c in s.text[s.start(i) : end])  # not Ban Chỉ đạo quốc gia (a capitalised head names
    # one body), nor Ban quản lý dự án (a head of its own and its object)


def _titled(s: Syllables, lex: Vocabulary, i: int) -> bool:
    """Is syllable ``i`` right after a title head (``Giám đốc | Sở Y tế tỉnh``): the body is where the title is held, and
    the title reads its name to its end?"""
    return lex.title_head_before.search(s.folded, max(0, s.start(i) - 40), s.start(i)) is not None


def _place_unnamed(s: Syllables, lex: Vocabulary, parser: OrgNameParser, i: int, end: int, titled: bool = False) -> bool:
    """Does the name from syllable ``i`` to ``end`` end with a party committee that needs a place after it
    (``Ban Thường vụ Tỉnh ủy``, ``Ủy ban Kiểm tra Thành ủy``; ``party_committee`` of entity_words.tsv), with no place
    named: the body of a province the text does not name here, an unnamed body (``Tỉnh ủy`` with no place, optional
    to the guide)? A bare unit word ending the name (``Sở Tài chính thành phố``, ``Văn phòng UBND tỉnh``) leaves the
    body unnamed too: the gold marks such bodies optional and readers call them doubtful; but not after a title
    (``titled``: ``Giám đốc Sở Y tế tỉnh``), whose chain is read to the body's end."""
    last = s.next_index(end) - 1
    if not titled and s.end(last) == end and _bare_unit_after(s, lex, last + 1):
        return True  # Trung tâm Kiểm soát bệnh tật | thành phố - ..., CDC | tỉnh: the body of a place not named here
    if last <= i or s.end(last) != end:
        return False
    n_head, head = parser.heads.head_at(i)
    n_unit, unit = s.match(i + n_head, lex.units) if head is not None and i + n_head <= last else (0, None)
    if head is not None and head.place and not head.named and unit is not None and unit.kind == "admin" \
            and i + n_head + n_unit - 1 == last and not s.cap[i + n_head]:
        return True  # Hội đồng nhân dân tỉnh, like HĐND tỉnh: the council of a province the text does not name here
    if not titled and _bare_unit_last(s, lex, i, last):
        return True  # Văn phòng UBND tỉnh, Ban Trị sự tỉnh: the body of a province the text does not name here
    if any(b <= last and e >= end for b, e in parser.heads.known.items()):
        return False  # Cục CSGT Bộ Công an: a known body ends the name
    for k in range(i + 1, last + 1):
        n, head = parser.heads.head_at(k)
        if head is not None and k + n - 1 == last and s.cap[k] and s.joined[k] \
                and " ".join(s.word[k : last + 1]) in lex.words["party_committee"]:
            return True  # Ban Thường vụ | Tỉnh ủy; not Quỹ Bảo hiểm xã hội, Cơ quan Công an
    return False


def _bare_unit_last(s: Syllables, lex: Vocabulary, i: int, last: int) -> bool:
    """Is the last word of the name from syllable ``i`` to ``last`` a lower-case administrative unit word with no name
    or number after it (``Văn phòng UBND tỉnh``, ``Hội LHPN phường``), a word of its own (not ``Hợp tác xã``)?"""
    for k in range(max(i + 1, last - 1), last + 1):
        n, unit = s.match(k, lex.units)
        if k + n - 1 == last and unit is not None and unit.kind == "admin" and not s.cap[k] \
                and s.token_starts_here(k) and len(s.token_word(k).split()) <= n:
            return True
    return False


def _bare_unit_after(s: Syllables, lex: Vocabulary, k: int) -> bool:
    """Is syllable ``k``, right after a name, a lower-case administrative unit word of its own with no name or number
    after it (``Phòng Tài nguyên và Môi trường | huyện để ...``)?"""
    if k >= s.n or not s.joined[k] or s.cap[k] or not s.token_starts_here(k):
        return False
    n, unit = s.match(k, lex.units)
    if unit is None or unit.kind != "admin" or len(s.token_word(k).split()) > n:
        return False
    after = k + n
    return after >= s.n or not s.joined[after] or not (s.cap[after] or s.text[s.start(after)].isdigit())


def _levels(s: Syllables, lex: Vocabulary, i: int, end: int) -> bool:
    """Does the name from syllable ``i`` to ``last`` stand for bodies of a level or of several levels rather than one
    body: a level written with "cấp" inside or after it (``Ủy ban nhân dân cấp tỉnh``, ``Ban Trị sự cấp huyện``), "địa
    phương" after it, a bare unit word followed by more units (``Mặt trận Tổ quốc xã, phường``), or a bare area word
    with no name or number (``Phòng THADS khu vực``)?"""
    last = s.next_index(end) - 1
    if s.end(last) != end:
        return False  # Phòng THADS khu vực 3: a number ends the name
    after = last + 1
    for k in range(i + 1, min(after + 1, s.n - 1)):
        if s.word[k] in lex.words["level_word"] and not s.cap[k] and s.joined[k] and s.joined[k + 1] \
                and s.match(k + 1, lex.units)[0] and not s.cap[k + 1]:
            return True
    if after + 1 < s.n and s.joined[after] and s.token_word(after) in lex.words["generic_tail"]:
        return True
    n_unit = 0
    for k in range(max(i + 1, last - 1), last + 1):
        n, unit = s.match(k, lex.units)
        if k + n - 1 == last and unit is not None and not s.cap[k]:
            n_unit = n
    if n_unit and after < s.n and s.gap(after).strip() == "," and not s.cap[after] \
            and s.match(after, lex.units)[0] >= len(s.token_word(after).split()):
        return True  # xã, phường: the bodies of every commune and ward (not tỉnh, hồ sơ: a dossier, no lake)
    if after < s.n and s.word[after] == "và" and after + 1 < s.n and not s.cap[after + 1] and s.match(after + 1, lex.units)[0] \
            and n_unit:
        return True
    n_area = 0
    for k in range(max(i + 1, last - 1), last + 1):
        n, _ = s.match(k, lex.areas)
        if k + n - 1 == last and n:
            n_area = n
    return bool(n_area) and not s.cap[last]


def _name_goes_on(s: Syllables, lex: Vocabulary, k: int, end: int) -> bool:
    """Does the name go on at syllable ``k`` (before ``end``) with a capitalised syllable that is no place and no unit,
    right after a ward's or district's name (``Liên Hợp | Quốc``; not ``Hoàn Kiếm | Hà Nội``)?"""
    return k < s.n and s.end(k) <= end and s.joined[k] and s.cap[k] and not place_at(s, k, lex) and not s.match(k, lex.units)[0]


def _places_inside(s: Syllables, lex: Vocabulary, orgs: list[Mention], places: list[Mention]) -> list[Mention]:
    """Gazetteer places inside known bodies' names (Viện Hàn lâm Khoa học xã hội Việt Nam), which
    the grammar did not read as places: countries and provinces, or two syllables or more; never
    inside a person's name the body is named after (trường THPT Nguyễn Du, Bảo tàng Hồ Chí Minh)."""
    out = []
    covered = Claims(s)
    for p in places:
        covered.add(p)
    for org in orgs:
        i = s.next_index(org.start)
        while i < s.n and s.end(i) <= org.end:
            n_person = person_at(s, i, lex) if s.cap[i] else 0
            if n_person:
                i += n_person
                continue
            first = s.next_index(org.start)
            n = place_at(s, i, lex) if not covered.taken(i) and i > first else 0
            if n and not covered.span_free(i, i + n):
                n = 0
            if n and any(place_at(s, b, lex) > i - b for b in range(max(first, i - 2), i)):
                n = 0  # the end of a longer place the grammar kept as words of the name: Duy Tân, not Tân
            key = " ".join(s.word[i : i + n])
            if n and lex.places.get(key) in ("district", "ward") and _name_goes_on(s, lex, i + n, org.end):
                n = 0  # Liên Hợp | Quốc: the first words of a longer name, not the ward
            if n == 1 and lex.places.get(key) == "country" and (s.match_before(i, lex.language_words)[0]
                                                                 or _given_name_pair(s, lex, i, first)):
                n = 0  # CLB tiếng Anh Tâm Đức: a language, and a name of two syllables, no country
            if n and s.end(i + n - 1) <= org.end and key not in lex.person_places and \
                    (n >= 2 or lex.places.get(key) in ("country", "province")):
                out.append(Mention("LOC", s.start(i), s.end(i + n - 1), "place in an organisation name"))
                i += n
            else:
                i += 1
    return out


def _no_country_here(s: Syllables, lex: Vocabulary, place: Mention, orgs: list[Mention]) -> bool:
    """Is the one-syllable place ``place`` inside a body's name a language or the end of a two-syllable name (below)?"""
    i = s.next_index(place.start)
    if s.end(i) != place.end:
        return False
    first = next((s.next_index(o.start) for o in orgs if o.start <= place.start and place.end <= o.end), i)
    country = lex.places.get(s.word[i]) == "country"
    return country and (bool(s.match_before(i, lex.language_words)[0]) or _given_name_pair(s, lex, i, first))


def _given_name_pair(s: Syllables, lex: Vocabulary, i: int, first: int) -> bool:
    """Is the one-syllable place at ``i`` (a country: Đức, Pháp) the second syllable of a two-syllable name inside a body's
    name (Câu lạc bộ Tâm Đức): after a capitalised syllable of the name that is neither a head, a place nor a country's
    short form (Việt Đức: Vietnam and Germany)?"""
    p = i - 1
    return p > first and s.joined[i] and s.gap(i) == " " and s.cap[p] and not s.upper[p] and s.viet[p] \
        and not place_at(s, p, lex) and s.word[p] not in lex.words["country_short"] and not s.match(p, lex.org_heads)[0] \
        and not (i + 1 < s.n and s.joined[i + 1] and s.cap[i + 1])


def _unique(mentions: list[Mention]) -> list[Mention]:
    return list({(m.start, m.end): m for m in mentions}.values())
