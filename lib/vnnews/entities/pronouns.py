"""A word of address spelled like a country: ``Anh`` is England (or the United Kingdom) and the pronoun "he"
(``anh``, elder brother). Mid-sentence a capital tells them apart (``tại Anh``, ``anh nói``), but not at the start
of a sentence, where both are capitalised: ``Anh cho biết ...`` is a man the article spoke of, ``Anh là đối tác lớn
...`` the country.

The article decides: the nearest reference before the sentence (else after it) is either the country (the place
written mid-sentence, ``nước Anh``, ``bảng Anh``, ``Chính phủ Anh``) or a man (the pronoun written in lower case,
``anh nói``, ``anh Nhàn``); with neither, the capital at a sentence start that a lower-case word follows is the
pronoun, as in feature stories about one man, with no place context.
"""
from __future__ import annotations

import bisect
from functools import cache

from ..text.normalize import fold
from .lexicon import Vocabulary, lexicon
from .spans import Mention
from .syllables import Syllables

__all__ = ["pronouns_read_as_countries"]


@cache
def _address_countries() -> frozenset[str]:
    """Words of address that are also the name of a country (``anh``)."""
    lex = lexicon()
    return frozenset(key[0] for key, role in lex.person_words.entries.items()
                     if role == "honorific" and len(key) == 1 and lex.places.get(key[0]) == "country")


def _opens_clause(s: Syllables, i: int, lex: Vocabulary) -> bool:
    """Is the capitalised word at ``i`` the subject opening a sentence: first of its sentence, a lower-case word
    right after it that does not join it to another name (``Anh và Pháp``, ``Anh, Pháp``)?"""
    if not (s.cap[i] and not s.upper[i] and s.sentence_start[i] and s.token_ends_here(i)):
        return False
    if i > 0 and s.gap(i).strip() in ("-", "–") and s.cap[i - 1]:
        return False  # Việt Nam - Anh: a pair of names a dash joins, not a line of dialogue
    k = i + 1
    if k >= s.n or not s.joined[k] or s.cap[k]:
        return False
    return not (s.word[k] in lex.words["conjunction"] and k + 1 < s.n and s.joined[k + 1] and s.cap[k + 1])


def pronouns_read_as_countries(text: str, paragraphs: list[Syllables], mentions: list[Mention], lex: Vocabulary) -> list[Mention]:
    """``mentions`` without the countries that are the pronoun at a sentence start (see module docs).

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.entities.extract import article_mentions
    >>> a = article_from_text("Tiêu đề\\n\\nAnh Tâm làm ở xưởng. Anh cho biết đơn hàng tăng.", doc_id="x")
    >>> [(m.label, a.text[m.start:m.end]) for m in article_mentions(a)]
    [('PER', 'Tâm')]
    """
    words = _address_countries()
    if not words:
        return mentions
    openers: dict[int, str] = {}  # start offset of a capitalised word of address opening a clause: its word
    pronouns: list[int] = []  # the words of address written in lower case, which are never the country
    for s in paragraphs:
        for i in range(s.n):
            if s.word[i] not in words:
                continue
            if not s.cap[i] and s.token_word(i) == s.word[i]:
                pronouns.append(s.start(i))
            elif _opens_clause(s, i, lex):
                openers[s.start(i)] = s.word[i]
    candidates = [m for m in mentions if m.label == "LOC" and m.start in openers]
    if not candidates:
        return mentions
    countries = sorted(m.start for m in mentions if m.label == "LOC" and m.start not in openers
                       and fold(text[m.start : m.end]).rsplit(" ", 1)[-1] in words)
    pronouns.sort()
    dropped = {(m.start, m.end) for m in candidates if _nearest_is_pronoun(m.start, pronouns, countries)}
    return [m for m in mentions if not (m.label == "LOC" and (m.start, m.end) in dropped)]


def _nearest_is_pronoun(at: int, pronouns: list[int], countries: list[int]) -> bool:
    """Is the reference nearest before ``at`` (else after it) a pronoun? With no reference at all: yes."""
    p = bisect.bisect_left(pronouns, at)
    c = bisect.bisect_left(countries, at)
    before_p = pronouns[p - 1] if p else None
    before_c = countries[c - 1] if c else None
    if before_p is not None or before_c is not None:
        return before_c is None or (before_p is not None and before_p > before_c)
    after_p = pronouns[p] if p < len(pronouns) else None
    after_c = countries[c] if c < len(countries) else None
    return after_c is None or (after_p is not None and after_p < after_c)
