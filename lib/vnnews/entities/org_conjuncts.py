"""Five reaches of an organisation's name past where its words seem to stop:

- a field qualified by an adjective before the next field joined by "và" or a comma
  (``Cục Kỹ thuật an toàn và Môi trường công nghiệp``): the adjective is a word of the name;
- an adjective right before the place the body is of (``Hội Doanh nhân trẻ tỉnh Bình Dương``): a word of the name;
- a body named after one country goes on with "tại" and the other country it sits in
  (``Viện Pháp tại Việt Nam``, ``Hội đồng Anh tại Việt Nam``), as a mission's name does, and so does a body named
  after an international one (``Ủy ban quốc gia UNESCO tại Việt Nam``, ``Văn phòng WHO tại Việt Nam``);
- a province or city attached after a dash, as headings write a body's place (``Phòng THADS Khu vực 9 - TP.HCM``);
- the numbered region of a body's regional unit after its name (``KTNN khu vực VII``, ``Kiểm toán Nhà nước khu vực IV``).

Past the end, an English alias after a dash spaced on one side is a second name of the body (``Ngân hàng Đông Á-
DongA Bank``).
"""
from __future__ import annotations

import re

from .lexicon import Vocabulary
from .org_heads import HeadReader
from .shapes import person_at, place_at
from .syllables import Syllables

__all__ = ["alias_after_dash", "area_number_after", "conjunct_after", "place_after", "place_after_dash", "seat_abroad"]

_DASHES = ("-", "–")
#: the number of a regional unit after an area word (khu vực VII, vùng 3), no date or code
_AREA_NUMBER = re.compile(r" (?:\d{1,2}|[IVX]{1,5})(?![\w/.,-]\w)")
#: gazetteer kinds of a place attached to a body's name after a dash
_DASH_PLACES = frozenset({"province", "city"})


def conjunct_after(s: Syllables, lex: Vocabulary, heads: HeadReader, k: int) -> bool:
    """After the word at syllable ``k`` (an adjective), do "và" or a comma and a capitalised field that is no body
    and no person go on with the name?

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.entities.extract import paragraph_syllables
    >>> from vnnews.entities.lexicon import lexicon
    >>> a = article_from_text("Tiêu đề\\n\\nCục Kỹ thuật an toàn và Môi trường công nghiệp họp.", doc_id="x")
    >>> s = paragraph_syllables(a)[-1]
    >>> conjunct_after(s, lexicon(), HeadReader(s, lexicon()), 3)  # an toàn | và Môi trường
    True
    """
    e = k + 1
    while e < s.n and s.joined[e] and s.token[e] == s.token[k]:
        e += 1
    if e >= s.n:
        return False
    if not s.joined[e]:  # Đổi mới sáng tạo, Chuyển đổi xanh ...
        return s.gap(e).strip() == "," and s.cap[e] and heads.head_at(e)[1] is None and not person_at(s, e, lex)
    return s.word[e] in lex.words["conjunction"] and e + 1 < s.n and s.joined[e + 1] and s.cap[e + 1] \
        and heads.head_at(e + 1)[1] is None and not person_at(s, e + 1, lex)


def place_after(s: Syllables, lex: Vocabulary, k: int) -> bool:
    """Does the place a body is of follow the word at syllable ``k`` (an adjective): a unit word and a capitalised name
    (``trẻ | tỉnh Bình Dương``), or a province or country (``trẻ | Việt Nam``)?

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.entities.extract import paragraph_syllables
    >>> from vnnews.entities.lexicon import lexicon
    >>> a = article_from_text("Tiêu đề\\n\\nHội Doanh nhân trẻ tỉnh Bình Dương họp.", doc_id="x")
    >>> s = paragraph_syllables(a)[-1]
    >>> place_after(s, lexicon(), 3)  # trẻ | tỉnh Bình Dương
    True
    """
    e = k + 1
    while e < s.n and s.joined[e] and s.token[e] == s.token[k] and s.token[k] >= 0:
        e += 1
    if e >= s.n or not s.joined[e]:
        return False
    n_unit, unit = s.match(e, lex.units)
    if n_unit and unit is not None and unit.kind == "admin" and not s.cap[e]:
        return e + n_unit < s.n and s.joined[e + n_unit] and s.cap[e + n_unit]
    n = place_at(s, e, lex)
    return bool(n) and lex.places.get(" ".join(s.word[e : e + n])) in ("country", "province")


def seat_abroad(s: Syllables, lex: Vocabulary, i: int, end: int) -> int | None:
    """The end of "tại" and the country a body named after another country, or after a known body's acronym, sits in
    (Viện Pháp tại Việt Nam, Hội đồng Anh tại Việt Nam, Văn phòng WHO tại Việt Nam), or None: a body of the country it
    is in is no branch abroad, and "tại" after it says where something happens (Công ty Samsung Việt Nam | tại Bắc
    Ninh), as after a known body alone (đại diện WHO | tại Việt Nam).

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.entities.extract import paragraph_syllables
    >>> from vnnews.entities.lexicon import lexicon
    >>> a = article_from_text("Tiêu đề\\n\\nViện Pháp tại Việt Nam và Công ty Samsung Việt Nam tại Bắc Ninh.", doc_id="x")
    >>> s = paragraph_syllables(a)[-1]
    >>> [a.text[s.start(i) : seat_abroad(s, lexicon(), i, s.end(i + 1))] for i in (0, 6) if seat_abroad(s, lexicon(), i, s.end(i + 1))]
    ['Viện Pháp tại Việt Nam']
    """
    last = s.next_index(end) - 1
    own = next((" ".join(s.word[k : last + 1]) for k in range(max(i + 1, last - 3), last + 1)
                if k + place_at(s, k, lex) - 1 == last and lex.places.get(" ".join(s.word[k : last + 1])) == "country"), None)
    k = last + 1
    known = lex.known_org.match(s.folded, s.start(last)) if last > i and s.upper[last] else None
    international = known is not None and known.end() == s.end(last)  # Ủy ban quốc gia UNESCO
    if (own is None and not international) or k + 1 >= s.n or s.word[k] != "tại" or not s.joined[k] or not s.joined[k + 1]:
        return None
    n = place_at(s, k + 1, lex)
    seat = " ".join(s.word[k + 1 : k + 1 + n])
    return s.end(k + n) if n and lex.places.get(seat) == "country" and seat != own else None


def place_after_dash(s: Syllables, lex: Vocabulary, end: int) -> int:
    """The end of a province or city attached after a dash to the name ending at offset ``end`` (``Phòng THADS Khu vực 9
    - TP.HCM``), or ``end``: not one stop of a route (``Hà Nội - Hải Phòng - Quảng Ninh``), nor after a name that ends
    with its place already (``CLB Hà Nội - TP.HCM``: two teams).

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.entities.extract import paragraph_syllables
    >>> from vnnews.entities.lexicon import lexicon
    >>> a = article_from_text("Tiêu đề\\n\\nPhòng THADS Khu vực 9 - TP.HCM có trụ sở mới.", doc_id="x")
    >>> s = paragraph_syllables(a)[-1]
    >>> a.text[s.start(0) : place_after_dash(s, lexicon(), s.end(4))]
    'Phòng THADS Khu vực 9 - TP.HCM'
    """
    k = s.next_index(end)
    dash = s.text[end : s.start(k)] if k < s.n else ""
    if k >= s.n or dash.strip() not in _DASHES or not dash.startswith(" ") or not s.cap[k]:
        return end
    n = place_at(s, k, lex)
    if not n or lex.places.get(" ".join(s.word[k : k + n])) not in _DASH_PLACES:
        return end
    last = k - 1
    if any(place_at(s, b, lex) == last - b + 1 for b in range(max(0, last - 3), last + 1)):
        return end  # the name has its place already: CLB Hà Nội - TP.HCM is a match of two teams
    after = k + n
    if after < s.n and s.gap(after).strip() in _DASHES:
        return end  # a route: Hà Nội - TP.HCM - Cần Thơ
    return s.end(after - 1)


def area_number_after(s: Syllables, lex: Vocabulary, end: int) -> int | None:
    """End of the area word and the number of a regional unit right after a body's name ending at ``end`` (``KTNN |
    khu vực VII``); None if none.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.entities.extract import paragraph_syllables
    >>> from vnnews.entities.lexicon import lexicon
    >>> a = article_from_text("Tiêu đề\\n\\nÔng là Phó Kiểm toán trưởng KTNN khu vực VII, năm 2020.", doc_id="x")
    >>> s = paragraph_syllables(a)[-1]
    >>> end = area_number_after(s, lexicon(), a.text.index("KTNN") + 4)
    >>> a.text[a.text.index("KTNN") : end]
    'KTNN khu vực VII'
    """
    j = s.next_index(end)
    if j >= s.n or s.text[end : s.start(j)] != " ":
        return None
    n_area, _ = s.match(j, lex.areas)
    number = _AREA_NUMBER.match(s.text, s.end(j + n_area - 1)) if n_area and not s.cap[j] else None
    return number.end() if number else None


def alias_after_dash(s: Syllables, end: int) -> tuple[int, int] | None:
    """The span of an English alias written after a dash spaced on one side only right after the name ending at offset
    ``end`` (``Ngân hàng Đông Á- | DongA Bank``): capitalised words, the first no Vietnamese syllable nor an acronym.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.entities.extract import paragraph_syllables
    >>> a = article_from_text("Tiêu đề\\n\\nKhách của Ngân hàng Đông Á- DongA Bank phản ánh.", doc_id="x")
    >>> s = paragraph_syllables(a)[-1]
    >>> start, stop = alias_after_dash(s, a.text.index("Á-") + 1)
    >>> a.text[start:stop]
    'DongA Bank'
    """
    k = s.next_index(end)
    gap = s.text[end : s.start(k)] if k < s.n else ""
    if k >= s.n or gap.strip() not in _DASHES or gap[:1].isspace() == gap[-1:].isspace() \
            or not s.cap[k] or s.viet[k] or s.upper[k]:
        return None
    m = k + 1
    while m < s.n and s.joined[m] and s.cap[m] and m - k < 5:
        m += 1
    return s.start(k), s.end(m - 1)
