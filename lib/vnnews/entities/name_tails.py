"""Places that are the middle and given names of a person the article names in full.

News about artists, athletes and ordinary people names a person in full once (``Hoa hậu Bùi Lý Thiên Hương``)
and then by the last two syllables of the name (``Thiên Hương cho biết ...``). Those two syllables are often the
name of a ward or a commune too; written bare, with no unit word before them, in an article that names a person
ending so, they are that person, unless the article also writes them after a unit word (``phường Tân Phú``) or
after the noun of a thing or a facility (``Nhà sách Minh Thuận``). A province, a district, a city or a country keeps its name, unless a word of
address, a role or a title announces it (``luật sư Đan Mạch`` of ``Võ Đan Mạch``): ``Hải Phòng`` stays the city
where the article also names ``Đoàn Chèo Hải Phòng``.
"""
from __future__ import annotations

import bisect

from .lexicon import Vocabulary
from .names import _facility_before, _thing_before, announcer
from .shapes import PLACE_KINDS_OVER_NAMES, place_at
from .spans import BARE_PLACE_RULE, BARE_WARD_RULE, Mention
from .syllables import Syllables

__all__ = ["places_ending_names"]

#: the rules that read a place bare, by the gazetteer alone
_BARE_RULES = frozenset({BARE_PLACE_RULE, BARE_WARD_RULE})
#: the rule of the mentions made persons
RULE = "middle and given names of a person named in full"


def places_ending_names(text: str, paragraphs: list[Syllables], mentions: list[Mention],
                        lex: Vocabulary) -> list[Mention]:
    """``mentions`` with the bare places that end a person's full name of the article made persons (see module
    docs); ``mentions`` sorted by position.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.entities.extract import article_mentions
    >>> a = article_from_text("Tiêu đề\\n\\nCa sĩ Hồ Ngọc Hà biểu diễn. Ngọc Hà mặc váy trắng.", doc_id="x")
    >>> [(m.label, a.text[m.start:m.end]) for m in article_mentions(a)]
    [('PER', 'Hồ Ngọc Hà'), ('PER', 'Ngọc Hà')]
    """
    starts = [s.start(0) for s in paragraphs]
    tails: set[str] = set()
    units = {text[m.start : m.end] for m in mentions if m.label == "LOC" and m.rule not in _BARE_RULES}
    for m in mentions:
        if m.label != "PER":
            continue
        s, i, n = _syllables(paragraphs, starts, m)
        if s is None or n < 3 or s.word[i] not in lex.surnames:
            continue
        tails.update(" ".join(s.word[k : i + n]) for k in range(i + 1, i + n - 1))
    if not tails:
        return mentions
    out: list[Mention] = []
    changed = False
    for m in mentions:
        if m.label == "LOC" and m.rule in _BARE_RULES:
            s, i, n = _syllables(paragraphs, starts, m)
            if s is not None and n >= 2 and " ".join(s.word[i : i + n]) in tails and _bare_name(s, i, n, lex) \
                    and text[m.start : m.end] not in units:  # phường Tân Phú ... Tân Phú: the ward
                m, changed = Mention("PER", m.start, m.end, RULE), True
        out.append(m)
    if not changed:
        return mentions
    unique = {(m.label, m.start, m.end): m for m in reversed(out)}
    return sorted(unique.values(), key=lambda m: (m.start, -m.end, m.label))


def _syllables(paragraphs: list[Syllables], starts: list[int], m: Mention) -> tuple[Syllables | None, int, int]:
    """The paragraph of ``m``, its first syllable and its number of syllables (``None`` when it starts none)."""
    p = bisect.bisect_right(starts, m.start) - 1
    if p < 0:
        return None, 0, 0
    s = paragraphs[p]
    i = s.index_at(m.start)
    if i is None:
        return None, 0, 0
    k = i
    while k < s.n and s.end(k) <= m.end:
        k += 1
    return s, i, k - i


def _bare_name(s: Syllables, i: int, n: int, lex: Vocabulary) -> bool:
    """Is the place at ``i`` written as a person's short name: not part of a longer capitalised name
    (``Nhà sách Minh Thuận``), and a ward or a commune, or a larger place a word of address or a title announces?"""
    if i + n < s.n and s.joined[i + n] and s.cap[i + n]:
        return False
    announced = bool(announcer(s, i, lex)) if i > 0 and s.joined[i] else False
    if i > 0 and s.joined[i] and s.cap[i - 1] and not announced or _thing_before(s, i, lex) or _facility_before(s, i, lex):
        return False
    return announced or place_at(s, i, lex, PLACE_KINDS_OVER_NAMES) != n
