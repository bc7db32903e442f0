"""Names that run on past where the article elsewhere ends them.

A crawl loses a full stop, or a title runs a place and a person's name together, and a name reads on into the
capitalised words after it. The article's other mentions of the same name show where it ends:

- a person's name of three syllables or more whose last syllable starts the next sentence: the name without it
  is a person elsewhere in the article, and a lower-case syllable follows (``... đối tượng Trần Văn Bình Tương tự
  thủ đoạn ...`` when the article names ``Trần Văn Bình`` elsewhere); the mention ends before that syllable;
- a place read after a unit word with two capitalised syllables or more after the place the article elsewhere
  names alone (``Thị trưởng thành phố Kassel Anna Berger`` when the article writes ``thành phố Kassel``), when
  they are a person's name (a Vietnamese full name, or foreign words: the person the title names) or a place
  of the gazetteer (``đèo Mimosa Đà Lạt``); the place ends there. Other words after it belong to the name
  (``núi Dài Năm Giếng``, though the article writes ``núi Dài``).
"""
from __future__ import annotations

import bisect
import re

from .lexicon import Vocabulary
from .shapes import person_at, place_at
from .spans import BARE_PLACE_RULE, Mention
from .syllables import Syllables

__all__ = ["names_ended_elsewhere"]

_SYLLABLE = re.compile(r"\S+")
#: the rules that read a place after its unit word
_UNIT_RULES = frozenset({"unit word and name"})


def names_ended_elsewhere(text: str, paragraphs: list[Syllables], mentions: list[Mention],
                          lex: Vocabulary) -> list[Mention]:
    """``mentions`` with the names that run on cut where the article elsewhere ends them (see module docs);
    ``mentions`` sorted by position.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.entities.extract import article_mentions
    >>> a = article_from_text("Tiêu đề\\n\\nÔng Lê Văn Bình bị bắt. Đối tượng Lê Văn Bình Tương tự thủ đoạn trên.", doc_id="x")
    >>> [a.text[m.start:m.end] for m in article_mentions(a) if m.label == "PER"]
    ['Lê Văn Bình', 'Lê Văn Bình']
    """
    names: dict[str, dict[str, int]] = {"PER": {}, "LOC": {}}
    for m in mentions:
        if m.label in names:
            key = text[m.start : m.end]
            names[m.label][key] = names[m.label].get(key, 0) + 1
    if not names["PER"] and not names["LOC"]:
        return mentions
    starts = [s.start(0) for s in paragraphs]
    out: list[Mention] = []
    changed = False
    for m in mentions:
        cut = _person_cut(text, paragraphs, starts, m, names["PER"]) if m.label == "PER" else \
            _place_cut(text, paragraphs, starts, m, names["LOC"], lex) if m.label == "LOC" and m.rule in _UNIT_RULES else None
        if cut is None:
            out.append(m)
            continue
        out.extend(cut)
        changed = True
    if not changed:
        return mentions
    unique = {(m.label, m.start, m.end): m for m in reversed(out)}
    return sorted(unique.values(), key=lambda m: (m.start, -m.end, m.label))


def _syllables(text: str, m: Mention) -> list[tuple[int, int]]:
    return [(w.start(), w.end()) for w in _SYLLABLE.finditer(text, m.start, m.end)]


def _person_cut(text: str, paragraphs: list[Syllables], starts: list[int], m: Mention,
                persons: dict[str, int]) -> list[Mention] | None:
    """The person's name without a last syllable that opens the next sentence, or None: the tagger reads that
    syllable and the lower-case one after it as one word (``Tương tự``)."""
    words = _syllables(text, m)
    if len(words) < 3 or not persons.get(text[m.start : words[-2][1]]):
        return None
    s, i = _syllable_at(paragraphs, starts, words[-1][0])
    if s is None or i is None or i + 1 >= s.n or not s.joined[i + 1] or s.cap[i + 1] \
            or not s.token_starts_here(i) or s.token_ends_here(i):
        return None
    return [Mention("PER", m.start, words[-2][1], m.rule)]


def _syllable_at(paragraphs: list[Syllables], starts: list[int], offset: int) -> tuple[Syllables | None, int | None]:
    """The paragraph holding ``offset`` and the index of the syllable starting there."""
    p = bisect.bisect_right(starts, offset) - 1
    if p < 0:
        return None, None
    return paragraphs[p], paragraphs[p].index_at(offset)


def _place_cut(text: str, paragraphs: list[Syllables], starts: list[int], m: Mention, places: dict[str, int],
               lex: Vocabulary) -> list[Mention] | None:
    """The place the article names alone, and the person's name after it, or None."""
    words = _syllables(text, m)
    for k in range(len(words) - 2, 0, -1):
        end = words[k - 1][1]
        if not places.get(text[m.start : end]) or not all(text[a].isupper() for a, _ in words[k:]):
            continue
        s, i = _syllable_at(paragraphs, starts, words[k][0])
        rest = len(words) - k
        if s is None or i is None:
            return None
        if person_at(s, i, lex) == rest or not any(s.viet[j] for j in range(i, min(s.n, i + rest))):
            return [Mention("LOC", m.start, end, m.rule), Mention("PER", words[k][0], m.end, "after a place the article names alone")]
        if place_at(s, i, lex) == rest:
            return [Mention("LOC", m.start, end, m.rule), Mention("LOC", words[k][0], m.end, BARE_PLACE_RULE)]
        return None  # núi Dài Năm Giếng: the whole name, though the article writes núi Dài
    return None
