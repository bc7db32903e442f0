"""A copy of the implementation before the store (commit 8d7748a), kept to check the reductions against it."""
from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable

import pandas as pd

from vnnews.corpus import Article
from vnnews.entities.lexicon import lexicon
from vnnews.entities.mentions import MENTION_COLUMNS
from vnnews.entities.tables import article_people, canonical_name, mentions_by_article
from vnnews.options import check_option
from vnnews.text.normalize import fold

from .per_article import mentions

__all__ = ["TITLE_COLUMNS", "article_people", "canonical_name", "cooccurrence", "mentions_by_article", "organisations",
           "people", "person_titles", "places"]

TITLE_COLUMNS = ["doc_id", "person", "name_start", "name_end", "start", "end", "text", "title", "former",
                 "organisation", "place", "place_source"]
_NO_MENTIONS = pd.DataFrame(columns=MENTION_COLUMNS)
_LOCAL_BODY = ("tỉnh ủy", "thành ủy", "huyện ủy", "hội đồng nhân dân", "ủy ban nhân dân", "đoàn đại biểu quốc hội")


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
    by_article = mentions_by_article(mentions(articles))
    frames = [article_people(a, by_article.get(a.doc_id, _NO_MENTIONS))[0] for a in articles]
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
        full, modern spelling), ``organisations`` and ``places`` the titles refer to, ``doc_ids``
        (each a list), ``mentions`` (name mentions), ``references`` (title-only references).
    """
    articles = list(corpus)
    by_article = mentions_by_article(mentions(articles))
    merged: dict[str, dict] = {}
    for article in articles:
        titles, persons = article_people(article, by_article.get(article.doc_id, _NO_MENTIONS))
        for person in persons:
            key = fold(person.name)
            row = merged.setdefault(key, {"variants": Counter(), "titles": {}, "organisations": {}, "places": {},
                                          "doc_ids": [], "mentions": 0, "references": 0})
            row["variants"].update(person.variants)
            row["mentions"] += len(person.spans)
            row["references"] += person.references
            if article.doc_id not in row["doc_ids"]:
                row["doc_ids"].append(article.doc_id)
            mine = titles[titles["person"] == person.name]
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
        rows.append((name, sorted(row["variants"]), list(row["titles"].values()), list(row["organisations"].values()),
                     list(row["places"].values()), row["doc_ids"], row["mentions"], row["references"]))
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
        rows.append((name, sorted(set(group["text"])), len(group), list(dict.fromkeys(group["doc_id"]))))
    out = pd.DataFrame(rows, columns=["name", "variants", "mentions", "doc_ids"])
    return out.sort_values(["mentions", "name"], ascending=[False, True], kind="stable").reset_index(drop=True)


def organisations(corpus: Iterable[Article]) -> pd.DataFrame:
    """One row per organisation: ``name`` (canonical), ``variants`` as written (a list), ``mentions``,
    ``doc_ids`` (a list)."""
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
        share), ``doc_ids`` (a list).
    """
    check_option("within", within, ("sentence", "article"))
    articles = list(corpus)
    table = mentions(articles, labels=list(labels))
    by_article = mentions_by_article(table)
    person_of: dict[tuple[str, int], str] = {}
    for article in articles:
        for person in article_people(article, by_article.get(article.doc_id, _NO_MENTIONS))[1]:
            for start, _ in person.spans:
                person_of[(article.doc_id, start)] = person.name
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
    rows = [(a[0], a[1], b[0], b[1], n, sorted(docs[(a, b)])) for (a, b), n in pairs.items() if n >= min_count]
    out = pd.DataFrame(rows, columns=["source", "source_label", "target", "target_label", "count", "doc_ids"])
    return out.sort_values(["count", "source", "target"], ascending=[False, True, True], kind="stable").reset_index(drop=True)
