"""Venues named like bodies (a conference centre, a theatre, a seat of power written as a place) and a body's name
inside the title it grants a site (``Công viên địa chất toàn cầu UNESCO``), and the committee that organises an event.

``Trung tâm Hội nghị X`` is the building where a meeting is held or that a city borrows as offices: a named building
(ANNOTATION.md: LOC, optional), no body, unless a title names it as the body that runs it (``Giám đốc Trung tâm Hội
nghị X``). A body called by its building (``Nhà Trắng``) is the body when it acts (``Nhà Trắng cho biết``,
``quan chức Nhà Trắng``) and the building after a word of place (``tại Nhà Trắng``, ``trở lại Nhà Trắng``).
"""
from __future__ import annotations

from functools import cache

from .lexicon import Phrases, Vocabulary, lexicon
from .syllables import Syllables

__all__ = ["designation_here", "event_committee", "venue_here"]


@cache
def _venues() -> Phrases[str]:
    """Heads of venues (``venue``) and bodies named by their building (``seat_body``) of entity_words.tsv."""
    words = lexicon().words
    return Phrases.of([(w, "venue") for w in words["venue"]] + [(w, "seat_body") for w in words["seat_body"]])


@cache
def _place_words() -> Phrases[str]:
    """Words of place and of going to or leaving a place (``place_preposition`` and ``place_motion``)."""
    words = lexicon().words
    return Phrases.of((w, "place") for w in [*words["place_preposition"], *words["place_motion"]])


def venue_here(s: Syllables, lex: Vocabulary, i: int) -> bool:
    """Is the name read from syllable ``i`` a venue here: the head of a venue with no title before it, or a body named
    by its building right after a word of place?

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.entities.extract import paragraph_syllables
    >>> from vnnews.entities.lexicon import lexicon
    >>> a = article_from_text("Tiêu đề\\n\\nÔng phát biểu tại Nhà Trắng; Nhà Trắng cho biết.", doc_id="x")
    >>> s = paragraph_syllables(a)[-1]
    >>> [venue_here(s, lexicon(), i) for i in range(s.n) if s.word[i] == "nhà"]
    [True, False]
    """
    n, kind = s.match(i, _venues())
    if not n or kind is None:
        return False
    if lex.title_head_before.search(s.folded[max(0, s.start(i) - 40) : s.start(i)]):
        return False  # Giám đốc Trung tâm Hội nghị X: the body that runs it
    if kind == "venue":
        return True
    return bool(s.match_before(i, _place_words())[0])


def designation_here(s: Syllables, lex: Vocabulary, i: int) -> bool:
    """Is the body named at syllable ``i`` the last word of a title it grants a site or a heritage (``Công viên địa
    chất toàn cầu UNESCO``, ``Di sản thế giới UNESCO``): right after a lower-case word of such titles (``designation``
    of entity_words.tsv), with no mark between? The site's title then names no acting body.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.entities.extract import paragraph_syllables
    >>> from vnnews.entities.lexicon import lexicon
    >>> a = article_from_text("Tiêu đề\\n\\nVịnh là Di sản thế giới UNESCO, UNESCO công nhận.", doc_id="x")
    >>> s = paragraph_syllables(a)[-1]
    >>> [designation_here(s, lexicon(), i) for i in range(s.n) if s.word[i] == "unesco"]
    [True, False]
    """
    n, _ = s.match_before(i, _designations())
    return bool(n) and not any(s.cap[k] for k in range(i - n, i))


@cache
def _designations() -> Phrases[str]:
    """Lower-case last words of the titles a body grants a site (``designation`` of entity_words.tsv)."""
    return Phrases.of((w, "designation") for w in lexicon().words["designation"])


def event_committee(s: Syllables, lex: Vocabulary, i: int, end: int, bodies: set[int]) -> bool:
    """Is the name from syllable ``i`` to ``end`` the committee organising an event (``Ban Tổ chức``, ``ban Tổ chức
    Giải``, ``ban Tổ chức lễ tang``): a head of ``event_committee`` of entity_words.tsv with no body after it (not
    ``Ban Tổ chức Tỉnh ủy X``, ``Ban Tổ chức Trung ương``), a generic body (ANNOTATION.md: optional)? ``bodies`` holds
    the syllables where known bodies or heads begin.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.entities.extract import paragraph_syllables
    >>> from vnnews.entities.lexicon import lexicon
    >>> a = article_from_text("Tiêu đề\\n\\nBan Tổ chức trao giải.", doc_id="x")
    >>> s = paragraph_syllables(a)[-1]
    >>> event_committee(s, lexicon(), 0, s.end(2), set())
    True
    """
    n, _ = s.match(i, _committees())
    last = s.next_index(end) - 1
    if not n or lex.known_org.fullmatch(s.folded, s.start(i), end):
        return False
    return not any(k in bodies or s.match(k, lex.org_heads)[0] or s.match(k, lex.units)[0] for k in range(i + n, last + 1))


@cache
def _committees() -> Phrases[str]:
    """Heads of the committees that organise an event (``event_committee`` of entity_words.tsv)."""
    return Phrases.of((w, "committee") for w in lexicon().words["event_committee"])
