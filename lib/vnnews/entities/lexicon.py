"""The vocabulary of the entity grammar, read from the package data files and compiled once.

Every word list lives in ``lib/vnnews/data`` (see each file's header); this module only
compiles them. Fixed phrases are :class:`Phrases` matched syllable by syllable on
:func:`vnnews.text.normalize.fold` forms; organisation names and title heads are regexes on
folded text, whose offsets are those of the original text (capitalisation is checked on the
original). An abbreviation of ``abbreviations.tsv`` may stand for the words it abbreviates
inside any name (``BCH Trung ương`` is ``Ban Chấp hành Trung ương``, ``TAND`` opens a name as
``Tòa án nhân dân`` does).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Generic, TypeVar

from ..data import read_table
from ..text.abbreviations import abbreviation_table
from ..text.alternation import first_letter_dispatch, words_alternation
from ..text.normalize import fold
from .gazetteer import place_kinds
from .spelling import is_vietnamese_syllable

__all__ = ["Vocabulary", "OrgHead", "Phrases", "SYLLABLE", "UnitWord", "lexicon"]

#: one written word: letters with inner dots (``TP.HCM``, ``Co.op``, ``H.T.P``) or apostrophes (the names of the
#: Central Highlands: ``K'Bang``, ``M’Nông``, ``Cư M'gar``, as the gazetteer writes them)
SYLLABLE = re.compile(r"[^\W\d_]+(?:[.'’][^\W\d_]+)*")

V = TypeVar("V")


@dataclass(frozen=True)
class Phrases(Generic[V]):
    """Fixed phrases (tuples of folded words) with a value each, for longest-first matching."""

    entries: dict[tuple[str, ...], V]
    longest: int
    first: frozenset[str]
    last: frozenset[str]

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, V]]) -> Phrases[V]:
        entries: dict[tuple[str, ...], V] = {}
        for phrase, value in pairs:
            entries.setdefault(tuple(fold(phrase).split()), value)
        return cls(entries, max((len(k) for k in entries), default=0), frozenset(k[0] for k in entries),
                   frozenset(k[-1] for k in entries))

    def __contains__(self, words: object) -> bool:
        return words in self.entries


@dataclass(frozen=True)
class OrgHead:
    """A word that opens an organisation name, and what may complete it (organisation_heads.tsv)."""

    head: str
    place: bool
    named: bool
    lower: str
    nests: bool
    namesake: bool


@dataclass(frozen=True)
class UnitWord:
    """A word naming a kind of place before its name (unit_words.tsv)."""

    word: str
    kind: str
    level: int


@dataclass(frozen=True)
class Vocabulary:
    """Compiled vocabulary (see the module docs and the data files)."""

    surnames: frozenset[str]
    person_words: Phrases[str]
    name_stops: Phrases[str]
    org_inner: frozenset[str]
    org_inner_phrases: Phrases[str]
    legal_forms: Phrases[str]
    list_openers: Phrases[str]
    common_capitalised: frozenset[str]
    org_against: frozenset[str]
    documents: Phrases[str]
    plural: frozenset[str]
    respect_nouns: frozenset[str]
    language_words: Phrases[str]
    missions: Phrases[str]
    generic_scopes: frozenset[str]
    thing_kinds: Phrases[str]
    body_links: Phrases[str]
    body_levels: Phrases[str]
    areas: Phrases[str]
    name_ends: Phrases[str]
    event_objects: frozenset[str]
    units: Phrases[UnitWord]
    org_heads: Phrases[OrgHead]
    known_org: re.Pattern[str]
    field_org: re.Pattern[str]
    field: re.Pattern[str]
    title_head: re.Pattern[str]
    title_head_before: re.Pattern[str]
    title_spelling: dict[str, str]
    ambiguous_titles: frozenset[str]
    ranks: frozenset[str]  # folded title heads that are titles of their own before another: ranks, clergy, degrees
    titles_needing_body: frozenset[str]
    whole_titles: frozenset[str]  # folded heads that are whole titles: no words after them are their body (ranks, degrees)
    party_titles: frozenset[str]  # folded heads of Party offices (kind party in titles.tsv), kept when a state post changes
    cues: dict[str, re.Pattern[str]]
    places: dict[str, str]
    place_case: dict[str, tuple[bool, ...]]
    place_first_words: frozenset[str]
    place_prefixes: frozenset[str]
    person_places: frozenset[str]
    acronyms: frozenset[str]
    known_acronyms: frozenset[str]
    #: the acronyms of acronyms.tsv (common things, not bodies: BTC, AI): in a credit, no one's initials
    common_acronyms: frozenset[str]
    pos_class: dict[str, str]
    words: dict[str, frozenset[str]]
    appositive: re.Pattern[str]
    pronoun_before: re.Pattern[str]
    title_prefix: re.Pattern[str]
    cue_compound: re.Pattern[str]
    province_unit: re.Pattern[str]

    def alternation(self, role: str) -> str:
        """A regex alternation of the words of ``role`` (entity_words.tsv), longest first."""
        return _set_pattern(frozenset(self.words.get(role, ())))


def _abbreviations(kinds: tuple[str, ...], *, inside_names: bool = False,
                   conjunctions: frozenset[str] = frozenset()) -> dict[tuple[str, ...], list[str]]:
    """Folded expansion words -> folded abbreviations of those words; ambiguous ones (BCH) only
    ``inside_names``, where the rest of a known name settles what they stand for. The words leave
    out commas, hyphens and ``conjunctions``, as :func:`_name_pattern` reads a name's words
    (``TN&MT`` stands for the words ``tài nguyên môi trường``)."""
    table = abbreviation_table()
    out: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for abbr, expansion, kind, ambiguous in zip(table["abbreviation"], table["expansion"], table["kind"], table["ambiguous"]):
        # an abbreviation spelled like a Vietnamese word (TƯ = tư) would match that word in folded text
        if kind in kinds and (inside_names or not ambiguous) and not all(is_vietnamese_syllable(w) for w in abbr.split()):
            words = fold(expansion).replace(",", " ").replace("-", " ").replace("–", " ").split()
            out[tuple(w for w in words if w not in conjunctions)].append(fold(abbr))
    return out


def _gaps(conjunctions: frozenset[str]) -> dict[str, str]:
    """Patterns for what may stand between two words of a name: spaces, a separator, a conjunction."""
    conjunction = _words_pattern(conjunctions)
    return {"plain": r"\s+", "sep": r"(?:\s*[-–—,]\s*|\s+)",
            "and": r"(?:\s*[-–—,]?\s*(?:" + conjunction + r")\s+|\s*[-–—,]\s*|\s+)"}


def _name_pattern(name: str, abbreviations: dict[tuple[str, ...], list[str]], conjunctions: frozenset[str]) -> str:
    """A pattern for a name on folded text. "và", commas and hyphens between its words are
    interchangeable or optional, as writers drop or swap them (``Bộ Tài nguyên Môi trường``,
    ``Ủy ban Tài chính - Ngân sách``); any run of its words may be written as its abbreviation
    (``BCH Trung ương Đảng``)."""
    gaps_ = _gaps(conjunctions)
    tokens = fold(name).replace(",", " , ").replace("-", " - ").replace("–", " - ").split()
    words: list[str] = []
    gaps: list[str] = []  # gaps[k] sits before words[k + 1]
    gap = "plain"
    for token in tokens:
        if token in (",", "-"):
            gap = "and" if gap == "and" else "sep"
        elif token in conjunctions:
            gap = "and"
        else:
            if words:
                gaps.append(gap)
            words.append(token)
            gap = "plain"
    longest = max((len(k) for k in abbreviations), default=0)
    return _run_pattern(words, gaps, 0, len(words), longest, abbreviations, gaps_)


def _run_pattern(words: list[str], gaps: list[str], lo: int, hi: int, longest: int,
                 abbreviations: dict[tuple[str, ...], list[str]], gap_patterns: dict[str, str]) -> str:
    """The pattern of ``words[lo:hi]``: a run of up to ``longest`` words may be written as its
    abbreviation, and the run spelled out may abbreviate shorter runs inside it
    (``UBKT Trung ương`` for ``Ủy ban Kiểm tra Trung ương``, whose abbreviation is ``UBKT TW``)."""
    out = ""
    i = lo
    while i < hi:
        if i > lo:
            out += gap_patterns[gaps[i - 1]]
        for n in range(min(longest, hi - i), 0, -1):
            abbrs = abbreviations.get(tuple(words[i : i + n]))
            if abbrs:
                spelled = _run_pattern(words, gaps, i, i + n, n - 1, abbreviations, gap_patterns)
                short = "|".join(r"\s+".join(map(re.escape, a.split())) for a in sorted(abbrs, key=len, reverse=True))
                out += f"(?:{spelled}|{short})"
                i += n
                break
        else:
            out += re.escape(words[i])
            i += 1
    return out


def _alternation(names: Iterable[str], abbreviations: dict[tuple[str, ...], list[str]], conjunctions: frozenset[str]) -> str:
    return first_letter_dispatch([_name_pattern(n, abbreviations, conjunctions) for n in sorted(set(names), key=lambda n: (-len(n), n))])


def _heads(abbreviations: dict[tuple[str, ...], list[str]]) -> Phrases[OrgHead]:
    table = read_table("organisation_heads.tsv")
    pairs: list[tuple[str, OrgHead]] = []
    for row in table.itertuples(index=False):
        head = OrgHead(row.head, row.place == "yes", row.named == "yes", row.lower, row.nests == "yes", row.namesake == "yes")
        pairs.append((row.head, head))
        words = fold(row.head).split()
        # the head written with abbreviations for some of its words (UBND, Đoàn ĐBQH, BCH)
        for n in range(len(words), 0, -1):
            for i in range(len(words) - n + 1):
                for abbr in abbreviations.get(tuple(words[i : i + n]), []):
                    pairs.append((" ".join(words[:i] + [abbr] + words[i + n :]), head))
    return Phrases.of(pairs)


def _cues() -> dict[str, re.Pattern[str]]:
    table = read_table("title_cues.tsv")
    by_kind: dict[str, list[str]] = defaultdict(list)
    for cue, kind in zip(table["cue"], table["kind"]):
        by_kind[kind].append(fold(cue))
    return {kind: re.compile(r"(?<!\w)(?:" + "|".join(r"\s+".join(re.escape(w) for w in c.replace(",", " , ").split()).replace(r"\s+,", r"\s*,")
                                                      for c in sorted(cues, key=len, reverse=True)) + r")(?!\w)")
            for kind, cues in by_kind.items()}


def _title_heads() -> tuple[str, dict[str, str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    titles = read_table("titles.tsv")
    ranks = read_table("ranks.tsv")
    table = abbreviation_table()
    spelling = {fold(h): h for h in list(titles["head"]) + list(ranks["rank"])}
    needing_body = frozenset(fold(h) for h, b in zip(titles["head"], titles["body"]) if b == "required")
    forms = set(spelling)
    ambiguous = set()
    for abbr, expansion, kind, amb in zip(table["abbreviation"], table["expansion"], table["kind"], table["ambiguous"]):
        if kind == "title":
            forms.add(fold(abbr))
            spelling.setdefault(fold(abbr), expansion)
            if amb:
                ambiguous.add(fold(abbr))
    alternatives = words_alternation(forms)
    standalone = [fold(r) for r in ranks["rank"]] + [fold(h) for h, k in zip(titles["head"], titles["kind"])
                                                     if k in ("religious", "academic", "honorary")]
    whole = {fold(r) for r in ranks["rank"]} | {fold(h) for h, b in zip(titles["head"], titles["body"]) if b == "none"}
    whole |= {form for form in forms if fold(spelling[form]) in whole}  # NSƯT, TS: abbreviations of whole titles
    return alternatives, spelling, frozenset(ambiguous), frozenset(standalone), needing_body, frozenset(whole)


def _party_titles() -> frozenset[str]:
    titles = read_table("titles.tsv")
    return frozenset(fold(h) for h, k in zip(titles["head"], titles["kind"]) if k == "party")


def _words_pattern(words: Iterable[str]) -> str:
    return words_alternation(words)


@cache
def _set_pattern(words: frozenset[str]) -> str:
    """:func:`_words_pattern` of a set of words, made once (the grammar asks for the same roles per syllable)."""
    return _words_pattern(words)


def _common_capitalised(names: Iterable[str]) -> frozenset[str]:
    """Words written with a capital first syllable and lower-case ones after it inside the names
    of the data files (Trung ương, Chủ tịch, Chấp hành): common words, not names, wherever they are."""
    out = set()
    for name in names:
        words = name.split()
        for i, word in enumerate(words):
            if word[:1].isupper():
                k = i + 1
                while k < len(words) and words[k][:1].islower() and k - i < 3:
                    k += 1
                    out.add(fold(" ".join(words[i:k])))
    return frozenset(out)


@cache
def lexicon() -> Vocabulary:
    """The compiled vocabulary (built on first use)."""
    words = read_table("entity_words.tsv")
    role_words: dict[str, list[str]] = defaultdict(list)
    for word, role in zip(words["word"], words["role"]):
        role_words[role].append(word)
    by_role = defaultdict(frozenset, {role: frozenset(fold(w) for w in ws) for role, ws in role_words.items()})
    cue_table = read_table("title_cues.tsv")
    orgs = read_table("organisations.tsv")
    org_abbreviations = _abbreviations(("body", "place", "title", "field"), inside_names=True,
                                       conjunctions=by_role["conjunction"])
    heads = _heads(org_abbreviations)
    known = [fold(n) for n in orgs["name"]]
    # the field of a known body, for the other bodies named after it (Bộ Tài chính -> Sở Tài chính)
    fields = set()
    for name in known:
        words_ = name.split()
        for n in range(min(heads.longest, len(words_) - 1), 0, -1):
            head = heads.entries.get(tuple(words_[:n]))
            if head is not None and head.named:
                field = " ".join(words_[n:])
                fields.add(re.sub(r"\s+(?:" + _words_pattern(by_role["central"]) + r")$", "", field))
                break
    named_heads = sorted({" ".join(k) for k, h in heads.entries.items() if h.named}, key=len, reverse=True)
    title_head, spelling, ambiguous, ranks, needing_body, whole_titles = _title_heads()
    places = read_table("places.tsv")
    kinds = place_kinds()
    units = read_table("unit_words.tsv")
    acronyms = read_table("acronyms.tsv")
    table = abbreviation_table()
    known_set = set(known)
    pos = read_table("pos_classes.tsv")
    return Vocabulary(
        surnames=frozenset(fold(s) for s in read_table("surnames.tsv")["surname"]),
        person_words=Phrases.of((w, r) for r in ("honorific", "person_role", "academic", "credit") for w in role_words[r]),
        name_stops=Phrases.of((w, "stop") for w in role_words["name_stop"]),
        org_inner=frozenset(fold(w) for w in role_words["org_inner"]),
        org_inner_phrases=Phrases.of((w, "inner") for w in role_words["org_inner"]),
        legal_forms=Phrases.of((w, "legal") for w in role_words["legal_form"]),
        list_openers=Phrases.of((w, "list") for w in role_words["list_opener"]),
        common_capitalised=_common_capitalised(list(orgs["name"]) + list(read_table("titles.tsv")["head"])
                                               + list(read_table("organisation_heads.tsv")["head"])
                                               + role_words["capitalised_common"]),
        org_against=frozenset(fold(w) for w in role_words["org_against"]),
        documents=Phrases.of((w, "document") for w in role_words["document"]),
        plural=frozenset(fold(w) for w in role_words["plural"]),
        respect_nouns=frozenset(fold(w) for w in role_words["respect_noun"]),
        language_words=Phrases.of((w, "language") for w in role_words["language_word"]),
        missions=Phrases.of((w, "mission") for w in role_words["mission"]),
        generic_scopes=frozenset(fold(w) for w in role_words["generic_scope"]),
        thing_kinds=Phrases.of((w, "thing") for w in role_words["thing_kind"]),
        body_links=Phrases.of((w, "link") for w in role_words["body_link"]),
        body_levels=Phrases.of((w, "level") for w in role_words["body_level"]),
        areas=Phrases.of((w, "area") for w in role_words["area"]),
        name_ends=Phrases.of((w, "end") for w in role_words["central"]),
        event_objects=frozenset(fold(w) for w in role_words["event_object"]),
        units=Phrases.of((w, UnitWord(w, k, int(lv) if lv else 0)) for w, k, lv in zip(units["word"], units["kind"], units["level"])),
        org_heads=heads,
        known_org=re.compile(r"(?<![\w.])(?:" + _alternation(known, org_abbreviations, by_role["conjunction"]) + r")(?![\w])"),
        field_org=re.compile(r"(?<![\w.])(?:" + words_alternation(named_heads)
                             + r")\s+(?:" + _alternation(fields, org_abbreviations, by_role["conjunction"]) + r")(?![\w])"),
        field=re.compile(r"(?<![\w.])(?:" + _alternation(fields, org_abbreviations, by_role["conjunction"]) + r")(?![\w])"),
        title_head=re.compile(r"(?<![\w.])(?:" + title_head + r")(?![\w])"),
        title_head_before=re.compile(r"(?<![\w.])(?:" + title_head + r")\s+$"),
        title_spelling=spelling,
        ambiguous_titles=ambiguous,
        ranks=ranks,
        titles_needing_body=needing_body,
        whole_titles=whole_titles,
        party_titles=_party_titles(),
        cues=_cues(),
        places=kinds,
        place_case={fold(n): tuple(w[0].isupper() for w in n.split()) for n in places["name"]},
        place_first_words=frozenset(name.split()[0] for name in kinds if name),
        place_prefixes=frozenset(" ".join(name.split()[:k]) for name in kinds for k in range(1, len(name.split()) + 1)),
        person_places=frozenset(fold(n) for n, b in zip(places["name"], places["bare"]) if b == "person"),
        acronyms=frozenset(fold(a) for a in acronyms["acronym"]) | frozenset(fold(a) for a in table["abbreviation"]),
        common_acronyms=frozenset(fold(a) for a in acronyms["acronym"]),
        known_acronyms=frozenset(fold(a) for a, e, k in zip(table["abbreviation"], table["expansion"], table["kind"])
                                 if k == "body" and fold(e) in known_set),
        pos_class=dict(zip(pos["tag"], pos["class"])),
        words=by_role,
        appositive=re.compile(r"\s*,\s*(?:\d{1,3}\s+(?:" + _words_pattern(by_role["age_word"]) + r")|(?:"
                              + _words_pattern(by_role["birth_word"]) + r")\s+\d{4})\s*(?=[,(;)])"),
        pronoun_before=re.compile(r"(?:^|[,:]\s*)(" + _words_pattern(by_role["pronoun"]) + r")(?:\s+(?:"
                                  + _words_pattern(by_role["demonstrative"]) + r"))?\s+$"),
        cue_compound=re.compile(r"(?<!\w)(?:" + _words_pattern(fold(c) for c in cue_table["cue"][cue_table["kind"] == "compound"])
                                + r")\s+$"),
        title_prefix=re.compile(r"(?<!\w)(?:(?:"
                                + _words_pattern(fold(c) for c in cue_table["cue"][cue_table["kind"].isin(["former", "late", "acting"])])
                                + r")\s+)+"),
        province_unit=re.compile(r"(?:" + _words_pattern(fold(w) for w, lv in zip(units["word"], units["level"]) if lv == "1")
                                 + r")(?=[\s.])"),
    )


@cache
def segmenter_dictionary() -> frozenset[str]:
    """The words of underthesea's segmenter dictionary folded as the syllables of the text are (lower case, modern tone
    marks: its ``hoà bình`` is ``hòa bình``), so a folded word of the text is looked up in it."""
    from ..annotation.models import segmenter_words

    return frozenset(fold(w) for w in segmenter_words())
