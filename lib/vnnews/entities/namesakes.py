"""Names read as people that the article names elsewhere as something else.

A bare name that the article also writes as a place after the place's unit word is that place.

Streets, wards and landmarks are named after people, and a report names them in full once and bare after
(``đường Tôn Đức Thắng`` ... ``băng qua trục Tôn Đức Thắng``; ``phường Kim Liên`` ... ``dãy nhà B9 Kim Liên``;
``sân bay Chu Lai`` ... ``đáp xuống Chu Lai``). A name read as a person only by its shape (no word of address,
role or title before it, in no place of the article) is the place when the article writes it after a unit word
at least as often as it writes it bare. A name the article also gives a person's title or word of address
(``Chủ tịch Hồ Chí Minh``, ``ông Lê Lợi``) stays a person.

A photo credit in capitals that the article also reads as an organisation's acronym (``Ảnh: ACV`` after ``Tổng
công ty Cảng hàng không Việt Nam (ACV)``) is that organisation, not a person's initials.
"""
from __future__ import annotations

import bisect
from collections import Counter

from ..text.normalize import fold
from .lexicon import Vocabulary
from .names import announcer
from .place_units import numbered_end
from .places import zone_words
from .spans import SHAPE_RULE, Mention
from .syllables import Syllables

__all__ = ["credits_of_bodies", "places_named_like_people"]

#: the rules that read a place after its unit word or house number
_UNIT_RULES = frozenset({"unit word and name", "house number and street"})


def places_named_like_people(text: str, paragraphs: list[Syllables], mentions: list[Mention],
                             lex: Vocabulary) -> list[Mention]:
    """``mentions`` with the bare names of places the article names after a unit word made LOC (see module
    docs). ``mentions`` sorted by position.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.entities.extract import article_mentions
    >>> a = article_from_text("Tiêu đề\\n\\nĐường Lê Văn Hưu được mở rộng. Xe qua Lê Văn Hưu chậm.", doc_id="x")
    >>> [(m.label, a.text[m.start:m.end]) for m in article_mentions(a)]
    [('LOC', 'Lê Văn Hưu'), ('LOC', 'Lê Văn Hưu')]
    """
    starts = [s.start(0) for s in paragraphs]
    places = Counter(text[m.start : m.end] for m in mentions if m.label == "LOC" and m.rule in _UNIT_RULES)
    places.update(_structure_name(text, paragraphs, starts, m, lex) for m in mentions if m.rule == "numbered structure")
    if not places:
        return mentions
    bare: Counter[str] = Counter()
    personal: set[str] = set()
    shaped: set[int] = set()
    folded = ""
    numbered: dict[int, int] = {}  # Bạch Đằng 2 read as a person Bạch Đằng and a number: the end of the number
    for k, m in enumerate(mentions):
        name = text[m.start : m.end]
        if m.label != "PER":
            continue
        if name not in places and m.end < len(text) and text[m.end] in " \t":
            folded = folded or fold(text)
            end = numbered_end(text, folded, m.end)
            if end > m.end and text[m.start : end] in places:
                name, numbered[k] = text[m.start : end], end
        if name not in places:
            continue
        if m.rule == SHAPE_RULE and not _announced_at(paragraphs, starts, m.start, lex):
            bare[name] += 1
            shaped.add(k)
        else:
            personal.add(name)  # ông Lê Lợi, Chủ tịch Hồ Chí Minh: the article names the person
    flip = {name for name, n in bare.items() if name not in personal and places[name] >= n}
    if not flip:
        return mentions
    out = [Mention("LOC", m.start, numbered.get(k, m.end), "named as a place in the article")
           if k in shaped and text[m.start : numbered.get(k, m.end)] in flip else m for k, m in enumerate(mentions)]
    unique = {(m.label, m.start, m.end): m for m in reversed(out)}
    return sorted(unique.values(), key=lambda m: (m.start, -m.end, m.label))


def _structure_name(text: str, paragraphs: list[Syllables], starts: list[int], m: Mention, lex: Vocabulary) -> str:
    """The name of a numbered structure without its word (``Bạch Đằng 2`` of ``cầu Bạch Đằng 2``)."""
    s = paragraphs[bisect.bisect_right(starts, m.start) - 1]
    i = s.index_at(m.start)
    if i is None:
        return text[m.start : m.end]
    n = s.match(i, lex.units)[0] or s.match(i, zone_words())[0]
    return text[s.start(i + n) : m.end] if n and i + n < s.n else text[m.start : m.end]


def _announced_at(paragraphs: list[Syllables], starts: list[int], offset: int, lex: Vocabulary) -> bool:
    """Is the name at ``offset`` written after a word of address, a role or a title?"""
    k = bisect.bisect_right(starts, offset) - 1
    if k < 0:
        return False
    s = paragraphs[k]
    i = s.index_at(offset)
    return i is not None and i > 0 and s.joined[i] and bool(announcer(s, i, lex))


def credits_of_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the credits in capitals that the article also names as an organisation made ORG (see module
    docs). ``mentions`` sorted by position.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.entities.extract import article_mentions
    >>> a = article_from_text("Tiêu đề\\n\\nTổng công ty Cảng hàng không (ACV) khởi công nhà ga. Ảnh: ACV", doc_id="x")
    >>> [(m.label, a.text[m.start:m.end]) for m in article_mentions(a) if a.text[m.start:m.end] == "ACV"]
    [('ORG', 'ACV'), ('ORG', 'ACV')]
    """
    bodies = {text[m.start : m.end] for m in mentions if m.label == "ORG"}
    if not bodies:
        return mentions
    out = [Mention("ORG", m.start, m.end, "credit of a body the article names")
           if m.label == "PER" and m.rule == "credit" and text[m.start : m.end].isupper() and text[m.start : m.end] in bodies
           else m for m in mentions]
    unique = {(m.label, m.start, m.end): m for m in reversed(out)}
    return sorted(unique.values(), key=lambda m: (m.start, -m.end, m.label))
