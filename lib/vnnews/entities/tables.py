"""Corpus tables built on the mentions: people with their titles, organisations, places,
and who and what is mentioned together."""
from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable

import pandas as pd

from ..abbreviations import expand_abbreviations
from ..corpus import Article
from ..normalize import fold, normalize
from ..tokens import cached_tables
from .extract import Mention
from .lexicon import lexicon
from .mentions import mentions
from .titles import title_chains, title_only_references

__all__ = ["person_titles", "people", "organisations", "places", "cooccurrence", "canonical_name"]

TITLE_COLUMNS = ["doc_id", "person", "name_start", "name_end", "start", "end", "text", "title", "former",
                 "organisation", "place", "place_source"]
_LOCAL_BODY = ("tỉnh ủy", "thành ủy", "huyện ủy", "hội đồng nhân dân", "ủy ban nhân dân", "đoàn đại biểu quốc hội")


def canonical_name(text: str) -> str:
    """One written form for variants of a name: NFC, modern tone marks, abbreviations written
    out, single spaces, first letter capitalised (``UBND tỉnh`` → ``Ủy ban nhân dân tỉnh``).

    Examples
    --------
    >>> canonical_name("ban Tổ chức Trung ương"), canonical_name("Tỉnh uỷ Hoà Bình")
    ('Ban Tổ chức Trung ương', 'Tỉnh ủy Hòa Bình')
    """
    text = expand_abbreviations(normalize(text).text).text
    return text[:1].upper() + text[1:]


def _title_case_name(text: str) -> str:
    """``NGUYỄN TẤN`` → ``Nguyễn Tấn``; other names as written."""
    words = text.split()
    if text.isupper() and "." not in text:
        words = [w.capitalize() for w in words]
    return " ".join(words)


def _article_people(article: Article, table: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    """Titles of each person in one article, and the persons (full name, variants, mention spans)."""
    rows = table[table["doc_id"] == article.doc_id]
    as_mentions = [Mention(r.label, r.start, r.end, r.rule) for r in rows.itertuples()]
    per = [m for m in as_mentions if m.label == "PER"]
    orgs = [m for m in as_mentions if m.label == "ORG"]
    locs = [m for m in as_mentions if m.label == "LOC"]
    sents = cached_tables(article)["sentences"]
    bounds = list(zip(sents["start"], sents["end"]))
    chains = title_chains(article, per, orgs, bounds)
    # group mentions into persons: full names by folded form, short references to the full name they end
    persons: dict[str, dict] = {}
    owner: dict[int, str] = {}
    text = article.text
    for k, m in enumerate(per):
        name = _title_case_name(text[m.start : m.end])
        if len(name.split()) >= 2:
            key = fold(name)
            entry = persons.setdefault(key, {"name": name, "variants": Counter(), "mentions": []})
            entry["variants"][name] += 1
            entry["mentions"].append(k)
            owner[k] = key
    for k, m in enumerate(per):
        if k in owner:
            continue
        short = fold(text[m.start : m.end])
        candidates = [key for key in persons if key.split()[-1] == short or key.endswith(" " + short)]
        if candidates:
            before = [key for key in candidates if any(per[j].start < m.start for j in persons[key]["mentions"])]
            key = (before or candidates)[-1]
        else:
            key = short
            persons.setdefault(key, {"name": _title_case_name(text[m.start : m.end]), "variants": Counter(), "mentions": []})
        persons[key]["variants"][_title_case_name(text[m.start : m.end])] += 1
        persons[key]["mentions"].append(k)
        owner[k] = key
    # places named in a body's own name ("Học viện ... Hồ Chí Minh", "Viện ... Việt Nam") are not where a title is held
    known_bodies = [o for o in orgs if o.rule == "known organisation"]
    locs = [l for l in locs if not any(o.start <= l.start < o.end for o in known_bodies)]
    sentence_of = {m.start: next((i for i, (a, b) in enumerate(bounds) if a <= m.start < b), -1) for m in per + locs}
    province = {l.start: text[l.start : l.end] for l in locs if lexicon().places.get(fold(text[l.start : l.end])) == "province"}

    def provinces_near(keys: list[int]) -> Counter[str]:
        sentences = {sentence_of[per[k].start] for k in keys}
        return Counter(name for start, name in province.items() if sentence_of[start] in sentences)

    overall = Counter(province.values())
    title_rows = []
    used = []
    for k, spans in chains.items():
        for t in spans:
            used.append((t.start, t.end))
            org = next((text[o.start : o.end] for o in orgs if t.start <= o.start < t.end), "")
            loc = next((text[l.start : l.end] for l in locs if t.start <= l.start < t.end), "")
            source = "title" if loc else ""
            if not loc and any(body in fold(t.title) for body in _LOCAL_BODY):
                # a local title without its province: the province named with this person (e.g. in a caption),
                # else with the people in the same sentence, else the one the article names most
                mine = provinces_near(persons[owner[k]]["mentions"])
                same_sentence = [j for j, p in enumerate(per) if sentence_of[p.start] == sentence_of[per[k].start]]
                nearby = mine or provinces_near([j for key in {owner[j] for j in same_sentence}
                                                 for j in persons[key]["mentions"]])
                pool = nearby or overall
                if pool:
                    loc, source = max(pool, key=lambda n: (pool[n], -text.find(n))), "article"
            title_rows.append((article.doc_id, persons[owner[k]]["name"], per[k].start, per[k].end, t.start, t.end,
                               text[t.start : t.end], t.title, t.former, canonical_name(org) if org else "",
                               canonical_name(loc) if loc else "", source))
    titles = pd.DataFrame(title_rows, columns=TITLE_COLUMNS)
    # a title standing for a person ("đồng chí Trưởng Ban Tổ chức Trung ương") refers to its holder here
    held = {fold(t): name for name, t in zip(titles["person"], titles["title"])}
    for entry in persons.values():
        entry["references"] = 0
    by_name = {entry["name"]: entry for entry in persons.values()}
    for a, b, title in title_only_references(article, used, orgs):
        holder = held.get(fold(title))
        if holder in by_name:
            by_name[holder]["references"] += 1
    return titles, list(persons.values())


def person_titles(corpus: Iterable[Article]) -> pd.DataFrame:
    """Every title given to a person, with its span.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, person, name_start, name_end`` (the name mention the title belongs to),
        ``start, end, text`` (the title as written), ``title`` (in full, modern spelling),
        ``former`` (``nguyên``/``cựu``), ``organisation`` and ``place`` the title refers to,
        ``place_source`` (``title`` when written in it; ``article`` when a local title such as
        ``Bí thư Tỉnh ủy`` takes the province the article names with that person, e.g. in a
        caption, or else with the people beside them, or else most often).

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nBí thư Tỉnh uỷ, CT HĐND tỉnh Quảng Nam Phan Việt Cường dự họp.", doc_id="x")
    >>> person_titles([a])[["person", "title", "place"]].values.tolist()
    [['Phan Việt Cường', 'Bí thư Tỉnh ủy', 'Quảng Nam'], ['Phan Việt Cường', 'Chủ tịch Hội đồng nhân dân tỉnh Quảng Nam', 'Quảng Nam']]
    """
    articles = list(corpus)
    table = mentions(articles)
    frames = [_article_people(a, table)[0] for a in articles]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=TITLE_COLUMNS)


def people(corpus: Iterable[Article]) -> pd.DataFrame:
    """One row per person across the corpus.

    Name variants are grouped: the same full name ignoring case and tone spelling, and
    short references (``ông Cường``) to the full name they end with in the same article.
    A title used without a name (``đồng chí Trưởng Ban Tổ chức Trung ương``) is counted as a
    reference to the person holding that title in that article.

    Returns
    -------
    pandas.DataFrame
        ``name`` (canonical: the most frequent full form), ``variants``, ``titles`` (in
        full, modern spelling), ``organisations`` and ``places`` the titles refer to (each
        ``; ``-joined), ``doc_ids``, ``mentions`` (name mentions), ``references`` (title-only
        references).
    """
    articles = list(corpus)
    table = mentions(articles)
    merged: dict[str, dict] = {}
    for article in articles:
        titles, persons = _article_people(article, table)
        for entry in persons:
            key = fold(entry["name"])
            row = merged.setdefault(key, {"variants": Counter(), "titles": {}, "organisations": {}, "places": {},
                                          "doc_ids": [], "mentions": 0, "references": 0})
            row["variants"].update(entry["variants"])
            row["mentions"] += len(entry["mentions"])
            row["references"] += entry["references"]
            if article.doc_id not in row["doc_ids"]:
                row["doc_ids"].append(article.doc_id)
            mine = titles[titles["person"] == entry["name"]]
            for title, org, place in zip(mine["title"], mine["organisation"], mine["place"]):
                row["titles"].setdefault(fold(title), title)
                if org:
                    row["organisations"].setdefault(fold(org), org)
                if place:
                    row["places"].setdefault(fold(place), place)
    rows = []
    for row in merged.values():
        full = [v for v in row["variants"] if len(v.split()) >= 2] or list(row["variants"])
        name = max(full, key=lambda v: (row["variants"][v], len(v)))
        rows.append((name, "; ".join(sorted(row["variants"])), "; ".join(row["titles"].values()),
                     "; ".join(row["organisations"].values()), "; ".join(row["places"].values()),
                     "; ".join(row["doc_ids"]), row["mentions"], row["references"]))
    columns = ["name", "variants", "titles", "organisations", "places", "doc_ids", "mentions", "references"]
    out = pd.DataFrame(rows, columns=columns)
    return out.sort_values(["mentions", "name"], ascending=[False, True], kind="stable").reset_index(drop=True)


def _grouped(corpus: Iterable[Article], label: str) -> pd.DataFrame:
    table = mentions(corpus, labels=[label])
    if table.empty:
        return pd.DataFrame(columns=["name", "variants", "mentions", "doc_ids"])
    table = table.assign(name=table["text"].map(canonical_name))
    table["key"] = table["name"].map(fold)
    rows = []
    for _, group in table.groupby("key", sort=False):
        name = group["name"].value_counts().index[0]
        rows.append((name, "; ".join(sorted(set(group["text"]))), len(group), "; ".join(dict.fromkeys(group["doc_id"]))))
    out = pd.DataFrame(rows, columns=["name", "variants", "mentions", "doc_ids"])
    return out.sort_values(["mentions", "name"], ascending=[False, True], kind="stable").reset_index(drop=True)


def organisations(corpus: Iterable[Article]) -> pd.DataFrame:
    """One row per organisation: ``name`` (canonical), ``variants`` as written, ``mentions``, ``doc_ids``."""
    return _grouped(corpus, "ORG")


def places(corpus: Iterable[Article]) -> pd.DataFrame:
    """One row per place: ``name``, ``kind`` (province, district, ward, country, region, city or
    ``""`` when not in the gazetteer), ``variants``, ``mentions``, ``doc_ids``."""
    out = _grouped(corpus, "LOC")
    out.insert(1, "kind", [lexicon().places.get(fold(n), "") for n in out["name"]])
    return out


def cooccurrence(corpus: Iterable[Article], *, within: str = "sentence", labels: Iterable[str] = ("PER", "ORG", "LOC"),
                 min_count: int = 1) -> pd.DataFrame:
    """Pairs of entities mentioned together in one sentence (or one article).

    Persons are identified by their canonical name (short references included), other
    entities by their canonical name.

    Parameters
    ----------
    within : {"sentence", "article"}
    labels : iterable of str
        Entity labels to pair.
    min_count : int
        Drop pairs seen together fewer times.

    Returns
    -------
    pandas.DataFrame
        ``source, source_label, target, target_label, count`` (sentences or articles they
        share), ``doc_ids``.
    """
    if within not in ("sentence", "article"):
        raise ValueError("within must be 'sentence' or 'article'")
    articles = list(corpus)
    table = mentions(articles, labels=list(labels))
    person_of: dict[tuple[str, int], str] = {}
    for article in articles:
        _, persons = _article_people(article, table)
        rows = table[(table["doc_id"] == article.doc_id) & (table["label"] == "PER")]
        starts = rows["start"].tolist()
        for entry in persons:
            for k in entry["mentions"]:
                person_of[(article.doc_id, starts[k])] = entry["name"]
    names = [person_of.get((d, s), canonical_name(t)) if label == "PER" else canonical_name(t)
             for d, s, t, label in zip(table["doc_id"], table["start"], table["text"], table["label"])]
    table = table.assign(entity=names)
    unit = ["doc_id", "sentence"] if within == "sentence" else ["doc_id"]
    pairs: Counter[tuple[tuple[str, str], tuple[str, str]]] = Counter()
    docs: dict[tuple, set[str]] = defaultdict(set)
    for key, group in table.groupby(unit, sort=False):
        present = sorted(set(zip(group["entity"], group["label"])))
        for a, b in itertools.combinations(present, 2):
            if fold(a[0]) == fold(b[0]):
                continue
            pairs[(a, b)] += 1
            docs[(a, b)].add(key[0] if isinstance(key, tuple) else key)
    rows = [(a[0], a[1], b[0], b[1], n, "; ".join(sorted(docs[(a, b)]))) for (a, b), n in pairs.items() if n >= min_count]
    out = pd.DataFrame(rows, columns=["source", "source_label", "target", "target_label", "count", "doc_ids"])
    return out.sort_values(["count", "source", "target"], ascending=[False, True, True], kind="stable").reset_index(drop=True)
