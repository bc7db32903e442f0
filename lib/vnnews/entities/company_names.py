"""A company's own name written alone, once the article has named the company in full.

News names a company once with its head and legal form (``Công ty cổ phần công nghệ Việt Á``,
``Công ty Apatit Việt Nam``) and then by its own name (``quà của Việt Á``, ``cựu chủ tịch Apatit
Việt Nam``), also in the headline above the full name. The own name is the capitalised run at the
end of the full name, after the head, the legal form and a line of business in lower case; a name
that is only a place or only a person's name is not taken (``Công ty Hà Nội``, ``Công ty Nguyễn
Kim``: those words alone name the place or the person as often as the company).

>>> from vnnews import article_from_text
>>> from vnnews.entities.extract import article_mentions
>>> a = article_from_text("Tiêu đề\\n\\nCDC mua kit của Công ty cổ phần công nghệ Việt Á. "
...                       "Ông Sáu nhận quà của Việt Á.", doc_id="x")
>>> [(m.label, a.text[m.start:m.end], m.rule) for m in article_mentions(a) if m.label == "ORG"][-1]
('ORG', 'Việt Á', "a company's own name")
"""
from __future__ import annotations

import bisect
import re
from functools import cache

from .lexicon import Phrases, Vocabulary, lexicon
from .places import zone_words
from .shapes import person_at, place_at
from .spans import Mention
from .syllables import Syllables

__all__ = ["company_names", "company_names_alone"]

_LONGEST_HEAD = 3  # syllables of the longest company head (hợp tác xã)
_LONGEST_NAME = 6  # syllables of a company's own name, at most
_NUMBER_AFTER = re.compile(r"[ ]\d")


def company_names(s: Syllables, lex: Vocabulary, orgs: list[Mention]) -> set[tuple[str, ...]]:
    """The own names (folded syllables) of the companies among the ORG mentions ``orgs`` of paragraph ``s``."""
    out = set()
    for m in orgs:
        i = s.next_index(m.start)
        k = i
        while k < s.n and s.start(k) < m.end:
            k += 1
        n = next((n for n in range(_LONGEST_HEAD, 0, -1)
                  if i + n <= k and " ".join(s.word[i : i + n]) in lex.words["company_head"]), 0)
        if not n:
            continue
        j = i + n
        while j < k:
            legal, _ = s.match(j, lex.legal_forms)
            if not legal and s.cap[j]:
                break
            j += legal or 1  # the legal form and a line of business in lower case
        name = range(j, k)
        if not name or len(name) > _LONGEST_NAME or not all(s.cap[x] and (x == j or s.joined[x]) for x in name):
            continue
        if len(name) == 1 and s.viet[j]:
            continue  # Công ty Hòa: one Vietnamese syllable alone names too much else
        if place_at(s, j, lex) == len(name) or person_at(s, j, lex) == len(name):
            continue
        out.add(tuple(s.word[j:k]))
    return out


def company_names_alone(s: Syllables, names: set[tuple[str, ...]], taken: list[tuple[int, int, str]]) -> list[Mention]:
    """ORG mentions of the company names ``names`` written alone in paragraph ``s``: a capitalised run of
    exactly those syllables that overlaps no mention in ``taken`` (``(start, end, label)`` sorted, of the whole
    article) but the places inside it (``Việt Nam`` of ``Apatit Việt Nam``)."""
    if not names:
        return []
    lengths = sorted({len(n) for n in names}, reverse=True)
    starts = [a for a, _, _ in taken]
    out = []
    i = 0
    while i < s.n:
        for n in lengths:
            end = i + n
            if end > s.n or tuple(s.word[i:end]) not in names or not all(s.cap[x] for x in range(i, end)) \
                    or not all(s.joined[x] for x in range(i + 1, end)):
                continue
            a, b = s.start(i), s.end(end - 1)
            if any(s.match_before(i, kinds)[0] for kinds in _sites()):
                continue  # mỏ vàng Bồng Miêu, khu dân cư Nam Rạch Chiếc: the company's site, not the company
            if (i > 0 and s.joined[i] and s.cap[i - 1]) or (end < s.n and s.joined[end] and s.cap[end]) \
                    or _NUMBER_AFTER.match(s.text, b):
                continue  # part of a longer name (Sông Đà 5)
            k = bisect.bisect_left(starts, b)
            if any(x < b and y > a and not (label == "LOC" and a <= x and y <= b) for x, y, label in taken[max(0, k - 8) : k]):
                continue
            out.append(Mention("ORG", a, b, "a company's own name"))
            i = end - 1
            break
        i += 1
    return out


@cache
def _sites() -> tuple[Phrases, ...]:
    """Nouns before a company's own name that make it name a site, a project or a product of the company:
    ``site_kind`` and ``product_kind`` of entity_words.tsv (vàng miếng SJC), the unit words of places and the zones."""
    lex = lexicon()
    return Phrases.of((w, "site") for w in [*lex.words["site_kind"], *lex.words["product_kind"]]), lex.units, zone_words()
