"""Finding PER, ORG and LOC mentions in one article, by the grammar of Vietnamese news.

Order matters, and follows how a reader resolves these names, paragraph by paragraph:

1. author lines and photo credits are persons (``Phong Điền`` at the end is the reporter, not the
   district);
2. **organisations** (:mod:`.organisations`): known bodies, and heads with what completes them,
   with the places inside their names;
3. **places** (:mod:`.places`): unit words and names, house numbers and streets, the gazetteer's
   places standing alone;
4. **persons** (:mod:`.names`): family name + given name, names announced by an honorific, a role
   noun or a title;
5. given names standing alone that end a full name of the article (``Mãnh``, ``ông Cảnh`` is 4);
6. the people, organisations and places of the user lexicon, which win where they overlap
   (:mod:`.user_lexicon`).

Every step skips what an earlier one claimed, so a name is never also a place; every step is one
pass over the syllables of the paragraph.
"""
from __future__ import annotations

from ..annotation.columns import table_columns
from ..corpus import Article
from ..text.normalize import fold
from .acronyms import acronym_definitions, acronyms, announced_acronyms, short_names
from .byline_places import bylines_read_as_places
from .companies import corporate_words_after
from .company_names import company_names, company_names_alone
from .lexicon import Vocabulary, lexicon
from .listed_people import wards_among_people
from .name_credits import credits
from .name_ends import names_ended_elsewhere
from .name_tails import places_ending_names
from .names import persons, short_references
from .namesakes import credits_of_bodies, places_named_like_people
from .organisations import organisations
from .places import places
from .pronouns import pronouns_read_as_countries
from .quoted_names import quoted_bodies
from .quoted_titles import names_in_quoted_titles
from .shapes import PLACE_KINDS_OVER_NAMES, person_at, place_at
from .spans import Claims, Mention, inside_any
from .streets import names_among_places, streets_in_lists, streets_in_routes, streets_in_stretches
from .syllables import Syllables, TokenColumns
from .teams import teams_named_like_people
from .user_lexicon import lexicon_given_names, lexicon_mentions, with_lexicon_mentions

__all__ = ["Mention", "article_mentions", "paragraph_syllables"]


def _given_names(paragraphs: list[Syllables], lex: Vocabulary) -> frozenset[str]:
    """Last syllables of the full names (family name first) written anywhere in the article."""
    names = set()
    for s in paragraphs:
        i = 0
        while i < s.n:
            n = person_at(s, i, lex)
            if n:
                names.add(s.word[i + n - 1])
                i += n
            else:
                i += 1
    return frozenset(names)


class _GluedPlaces:
    """The places a dateline may be glued to the lead with (countries, provinces, cities, regions)."""

    def __init__(self, lex: Vocabulary) -> None:
        self._places = lex.places

    def __contains__(self, word: object) -> bool:
        return self._places.get(word) in PLACE_KINDS_OVER_NAMES  # type: ignore[call-overload]


def _in_or_after_place(s: Syllables, i: int, lex: Vocabulary) -> bool:
    """Does the word at ``i`` belong to a place that starts before it (``Ban Nha`` of ``Tây Ban Nha``),
    or follow a place glued to it by a lost space (``ItalyCarol``: a dateline run into the lead)? Then
    no organisation starts there."""
    if i >= s.n:
        return False
    if i + 1 < s.n and s.end(i) == s.start(i + 1) and place_at(s, i, lex, PLACE_KINDS_OVER_NAMES) == 1:
        return True
    j = i - 1
    while j >= 0 and i - j < 4 and (s.joined[j + 1] or s.gap(j + 1).strip() in ("-", "–")):
        if j + place_at(s, j, lex, PLACE_KINDS_OVER_NAMES) > i:
            return True
        j -= 1
    return False


def paragraph_syllables(article: Article) -> list[Syllables]:
    """The syllables of each paragraph of ``article`` that has any, with their words and POS tags.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nSở Y tế họp.", doc_id="x")
    >>> [a.text[s.start(i):s.end(i)] for s in paragraph_syllables(a)[-1:] for i in range(s.n)]
    ['Sở', 'Y', 'tế', 'họp']
    """
    lex = lexicon()
    text = article.text
    folded = fold(text)
    tokens = table_columns(article, "tokens")
    columns: TokenColumns = (tokens["start"], tokens["end"], tokens["pos"], tokens["norm"])
    paragraphs = [Syllables(text, folded, p.start, p.end, columns, lex.common_capitalised, _GluedPlaces(lex))
                  for p in article.paragraphs]
    return [s for s in paragraphs if s.n]


def article_mentions(article: Article) -> list[Mention]:
    """PER, ORG and LOC mentions of one article, sorted by position (may overlap: a LOC inside an ORG).

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nBí thư Tỉnh ủy Hòa Bình Nguyễn Phi Long thăm xã Tuân Đạo.", doc_id="x")
    >>> [(m.label, a.text[m.start:m.end]) for m in article_mentions(a)]
    [('ORG', 'Tỉnh ủy Hòa Bình'), ('LOC', 'Hòa Bình'), ('PER', 'Nguyễn Phi Long'), ('LOC', 'Tuân Đạo')]
    """
    lex = lexicon()
    paragraphs = paragraph_syllables(article)
    user = lexicon_mentions(article)
    given = _given_names(paragraphs, lex) | lexicon_given_names(article.text, user)
    bylines = [span for part in article.parts if part.kind == "byline" for span in part.names]
    found: list[Mention] = []
    claimed: list[Claims] = []
    defined: set[str] = set()
    companies: set[tuple[str, ...]] = set()
    for s in paragraphs:
        claims = Claims(s)
        local: list[Mention] = []
        for a, b in bylines:
            if s.start(0) <= a < s.end(s.n - 1) + 1:
                m = Mention("PER", a, b, "byline")
                local.append(m)
                claims.add(m)
        local += credits(s, lex, claims)
        orgs = organisations(s, lex, given)
        kept = [m for m in orgs if m.label == "ORG" and claims.span_free(s.next_index(m.start), s.next_index(m.end))
                and not _in_or_after_place(s, s.next_index(m.start), lex)]
        inside = inside_any([m for m in orgs if m.label in ("LOC", "PER")], kept)
        for m in kept + inside:
            local.append(m)
            claims.add(m)
        defined |= acronym_definitions(s, kept)
        local += short_names(s, claims, defined)
        companies |= company_names(s, lex, kept)
        local += places(s, lex, claims, given)
        local += persons(s, lex, claims, given)
        found.extend(local)
        claimed.append(claims)
    defined |= {word for s in paragraphs for word in announced_acronyms(s, lex)}
    for s, claims in zip(paragraphs, claimed):
        found.extend(acronyms(s, lex, claims, defined))
        found.extend(short_references(s, lex, claims, given))
    taken = sorted((m.start, m.end, m.label) for m in found)
    for s in paragraphs:
        found.extend(company_names_alone(s, companies, taken))
    unique = {(m.label, m.start, m.end): m for m in reversed(found)}  # one row per span and label: the first rule
    ordered = sorted(unique.values(), key=lambda m: (m.start, -m.end, m.label))
    ordered = corporate_words_after(article.text, ordered, lex)  # VTC | Online
    ordered = streets_in_stretches(article.text, streets_in_lists(article.text, streets_in_routes(article.text, ordered)))
    ordered = wards_among_people(article.text, ordered)
    ordered = names_among_places(article.text, ordered)
    ordered = pronouns_read_as_countries(article.text, paragraphs, ordered, lex)
    ordered = quoted_bodies(article.text, paragraphs, ordered, lex)
    ordered = names_in_quoted_titles(article.text, ordered)
    ordered = teams_named_like_people(article.text, paragraphs, ordered, lex)
    ordered = places_named_like_people(article.text, paragraphs, ordered, lex)
    ordered = names_ended_elsewhere(article.text, paragraphs, ordered, lex)
    ordered = places_ending_names(article.text, paragraphs, ordered, lex)
    last = article.paragraphs[-1] if article.paragraphs else None
    ordered = bylines_read_as_places(article.text, (last.start, last.end) if last and last.index > 0 else None, ordered)
    ordered = credits_of_bodies(article.text, ordered)
    return with_lexicon_mentions(ordered, user)

