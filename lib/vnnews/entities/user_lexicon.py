"""What the user lexicon (:mod:`vnnews.corpus.lexicon`) adds to the entity grammar.

- its people, organisations and places are mentions (PER, ORG, LOC; rule ``lexicon``), and where
  one overlaps a mention of the grammar, the lexicon's is kept (:func:`with_lexicon_mentions`),
  except a place inside an organisation name, a nesting the grammar makes itself
  (``Quảng Trị`` in ``UBND tỉnh Quảng Trị``);
- the last word of its people's names is a given name, so ``ông Tuân`` after ``Rơ Mah Tuân`` is a
  short reference, as for the names the grammar finds (:func:`lexicon_given_names`);
- its titles are title heads (:func:`lexicon_title_heads`, read by :class:`.titles.TitleReader`).
"""
from __future__ import annotations

import bisect

from ..corpus import Article
from ..corpus.lexicon import LABELS, NAME_KINDS
from ..text.normalize import fold
from .spans import Mention

__all__ = ["LEXICON_RULE", "lexicon_given_names", "lexicon_mentions", "lexicon_title_heads", "with_lexicon_mentions"]

#: the ``rule`` of a mention found by the user lexicon
LEXICON_RULE = "lexicon"


def lexicon_mentions(article: Article) -> list[Mention]:
    """The people, organisations and places of the article's lexicon written in it, in text order.

    Examples
    --------
    >>> from vnnews import Lexicon, article_from_text
    >>> lex = Lexicon.from_rows([("person", "Kpă Y Lươm"), ("place", "Pắc Ngòi"), ("word", "nghề dệt")])
    >>> a = article_from_text("Tiêu đề\\n\\nNghệ nhân Kpă Y Lươm giữ nghề dệt ở Pắc Ngòi.", doc_id="x", lexicon=lex)
    >>> [(m.label, a.text[m.start:m.end], m.rule) for m in lexicon_mentions(a)]
    [('PER', 'Kpă Y Lươm', 'lexicon'), ('LOC', 'Pắc Ngòi', 'lexicon')]
    """
    if not article.lexicon:
        return []
    return [Mention(LABELS[m.entry.kind], m.start, m.end, LEXICON_RULE)
            for m in article.lexicon.find(article.text, kinds=NAME_KINDS)]


def _nested(inner: Mention, outer: Mention) -> bool:
    """A place inside an organisation name (both ways round: the lexicon's or the grammar's)."""
    return inner.label == "LOC" and outer.label == "ORG" and outer.start <= inner.start and inner.end <= outer.end


def with_lexicon_mentions(found: list[Mention], lexicon: list[Mention]) -> list[Mention]:
    """The grammar's mentions with the lexicon's (not overlapping each other, in text order) put in:
    a grammar mention that overlaps one of them is dropped, unless one is a place inside the other,
    an organisation. Sorted as :func:`.extract.article_mentions` sorts.

    Examples
    --------
    >>> grammar = [Mention("ORG", 0, 7, "organisation name"), Mention("PER", 8, 18, "family name and given name"),
    ...            Mention("LOC", 30, 38, "unit word and name")]
    >>> user = [Mention("ORG", 0, 18, "lexicon")]
    >>> [(m.label, m.start, m.end, m.rule) for m in with_lexicon_mentions(grammar, user)]
    [('ORG', 0, 18, 'lexicon'), ('LOC', 30, 38, 'unit word and name')]
    """
    if not lexicon:
        return found
    ends = [m.end for m in lexicon]
    kept = list(lexicon)
    for m in found:
        k = bisect.bisect_right(ends, m.start)
        clash = False
        while k < len(lexicon) and lexicon[k].start < m.end:
            user = lexicon[k]
            if not (_nested(m, user) or _nested(user, m)):
                clash = True
                break
            k += 1
        if not clash:
            kept.append(m)
    return sorted(kept, key=lambda m: (m.start, -m.end, m.label))


def lexicon_given_names(text: str, mentions: list[Mention]) -> frozenset[str]:
    """Last words (folded) of the names of the PER ``mentions`` of ``text`` (:func:`lexicon_mentions`)."""
    return frozenset(fold(text[m.start : m.end].split()[-1]) for m in mentions if m.label == "PER")


def lexicon_title_heads(article: Article) -> list[tuple[int, int, str]]:
    """Titles of the article's lexicon written in it: ``(start, end, canonical)`` (``""``: as written)."""
    if not article.lexicon:
        return []
    return [(m.start, m.end, m.entry.canonical) for m in article.lexicon.find(article.text, kinds=("title",))]
