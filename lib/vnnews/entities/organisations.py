"""Organisation mentions of a paragraph: the outermost names the grammar reads (:mod:`.org_names`),
bodies named in one word (:mod:`.acronyms`), and the places inside their names.

A name opens at a capitalised word, a known body, or a head the data allows in lower case
(``tỉnh ủy Long An``, ``ban Kinh tế Trung ương``), never after a document word (``Luật ...``,
``Nghị quyết ...``); a plural or a title is not a body (``các bộ``, ``Bộ trưởng Tư pháp``).
"""
from __future__ import annotations

from .acronyms import brands
from .lexicon import Vocabulary
from .org_heads import lower_heads
from .org_names import OrgNameParser
from .shapes import person_at, place_at
from .spans import Claims, Mention, inside_any
from .syllables import Syllables

__all__ = ["organisations"]


def organisations(s: Syllables, lex: Vocabulary, given_names: frozenset[str]) -> list[Mention]:
    """ORG mentions of one paragraph (the outermost of nested names) and the LOC mentions inside them.

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
        opens = s.cap[i] or i in known or s.word[i] in lower
        end = parser.parse(i) if opens and not s.match_before(i, lex.documents)[0] else None
        if end is not None and end > s.end(i):
            rule = "known organisation" if known.get(i) == end else "organisation name"
            found.append(Mention("ORG", s.start(i), end, rule))
            i = s.next_index(end)
            continue
        i += 1
    found.extend(brands(s, lex, found))
    places = inside_any(parser.where.places, found)
    return found + _unique(places + _places_inside(s, lex, found, places))


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
            n = place_at(s, i, lex) if not covered.taken(i) and i > s.next_index(org.start) else 0
            if n and not covered.span_free(i, i + n):
                n = 0
            key = " ".join(s.word[i : i + n])
            if n and s.end(i + n - 1) <= org.end and key not in lex.person_places and \
                    (n >= 2 or lex.places.get(key) in ("country", "province")):
                out.append(Mention("LOC", s.start(i), s.end(i + n - 1), "place in an organisation name"))
                i += n
            else:
                i += 1
    return out


def _unique(mentions: list[Mention]) -> list[Mention]:
    return list({(m.start, m.end): m for m in mentions}.values())
