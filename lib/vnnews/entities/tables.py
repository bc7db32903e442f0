"""Corpus tables built on the mentions: people with their titles, organisations, places,
and who and what is mentioned together."""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from functools import cache

import pandas as pd

from ..annotation.columns import table_columns
from ..annotation.partials import sql_list
from ..annotation.reduce import annotated
from ..corpus import Article
from ..options import check_option
from ..text.abbreviations import expand_abbreviations
from ..text.normalize import fold, normalize
from .former_offices import former_everywhere, former_in_headline, taken_at
from .lexicon import lexicon
from .mentions import MENTION_COLUMNS, column_values
from .narrative import title_chains
from .persons import Person, group_persons
from .spans import Mention
from .titles import TitleReader, TitleSpan
from .user_lexicon import lexicon_title_heads

__all__ = ["TITLE_COLUMNS", "article_people", "article_title_rows", "canonical_name", "canonical_place", "cooccurrence",
           "mentions_by_article", "organisations",
           "people", "person_titles", "places"]

TITLE_COLUMNS = ["doc_id", "person", "name_start", "name_end", "start", "end", "text", "title", "former", "acting",
                 "organisation", "place", "place_source"]
_NO_MENTIONS = pd.DataFrame(columns=MENTION_COLUMNS)


def canonical_name(text: str) -> str:
    """One written form for variants of a name: NFC, modern tone marks, abbreviations written
    out, single spaces, first letter capitalised (``UBND tỉnh`` → ``Ủy ban nhân dân tỉnh``).

    Examples
    --------
    >>> canonical_name("ban Tổ chức Trung ương"), canonical_name("Tỉnh uỷ Hoà Bình")
    ('Ban Tổ chức Trung ương', 'Tỉnh ủy Hòa Bình')
    """
    known = _CANONICAL.get(text)
    if known is not None:
        return known
    written = expand_abbreviations(normalize(text).text).text
    if len(_CANONICAL) >= _CANONICAL_SIZE:
        _CANONICAL.clear()
    known = _CANONICAL[text] = written[:1].upper() + written[1:]
    return known


def canonical_place(name: str) -> str:
    """A province's name written with a hyphen between its parts as the gazetteer writes it, other names as they are.

    Examples
    --------
    >>> canonical_place("Thừa Thiên - Huế"), canonical_place("Thừa Thiên-Huế"), canonical_place("Hà Nội - Hải Phòng")
    ('Thừa Thiên Huế', 'Thừa Thiên Huế', 'Hà Nội - Hải Phòng')
    """
    if "-" not in name and "–" not in name:
        return name
    places = lexicon().places
    spaced = " ".join(_HYPHEN.split(name))
    return spaced if fold(name) not in places and places.get(fold(spaced)) == "province" else name


_HYPHEN = re.compile(r"\s*[-–]\s*")
#: canonical names already made (the same names come back in every article): a bounded memo
_CANONICAL: dict[str, str] = {}
_CANONICAL_SIZE = 50_000


def mentions_by_article(table: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The rows of a mentions table split by ``doc_id`` (one pass, not one filter per article)."""
    return {doc_id: rows for doc_id, rows in table.groupby("doc_id", sort=False)}


def _title_place(text: str, title: TitleSpan, locs: list[Mention], loc_starts: list[int], persons_near: Counter[str],
                 overall: Counter[str]) -> tuple[str, str]:
    """The place a title refers to and where it was read: ``title`` when written in it; ``article``
    when a local title (``Bí thư Tỉnh ủy``) takes a province the article names near its holder."""
    k = bisect.bisect_left(loc_starts, title.start)
    loc = text[locs[k].start : locs[k].end] if k < len(locs) and locs[k].start < title.end else ""
    if loc:
        return loc, "title"
    if any(body in fold(title.title) for body in _local_bodies()):
        pool = persons_near or overall
        if pool:
            return max(pool, key=lambda n: (pool[n], -text.find(n))), "article"
    return "", ""


@cache
def _local_bodies() -> tuple[str, ...]:
    """Folded names of the bodies held in a place (Tỉnh ủy, Ủy ban nhân dân): organisation heads
    completed by a place (organisation_heads.tsv)."""
    return tuple(" ".join(k) for k, h in lexicon().org_heads.entries.items() if h.place and not h.named and len(" ".join(k)) > 5)


def article_people(article: Article, rows: pd.DataFrame | Mapping[str, list]) -> tuple[pd.DataFrame, list[Person]]:
    """Titles of each person in one article (:data:`TITLE_COLUMNS`), and the persons.

    Parameters
    ----------
    article : Article
    rows : pandas.DataFrame or mapping of str to list
        This article's rows of :func:`vnnews.entities.mentions`, or their columns
        (:func:`vnnews.entities.mentions.article_mention_columns`).
    """
    title_rows, persons = article_title_rows(article, rows)
    return pd.DataFrame(title_rows, columns=TITLE_COLUMNS), persons


def article_title_rows(article: Article, rows: pd.DataFrame | Mapping[str, list]) -> tuple[list[tuple], list[Person]]:
    """:func:`article_people` with the titles as rows (tuples of :data:`TITLE_COLUMNS`)."""
    as_mentions = [Mention(label, start, end, rule) for label, start, end, rule
                   in zip(*(column_values(rows, name) for name in ("label", "start", "end", "rule")))]
    per = [m for m in as_mentions if m.label == "PER"]
    orgs = [m for m in as_mentions if m.label == "ORG"]
    text = article.text
    persons = group_persons(text, per)
    owner = {span: person for person in persons for span in person.spans}
    sents = table_columns(article, "sentences")
    bounds = list(zip(sents["start"], sents["end"]))
    sentence_starts = [a for a, _ in bounds]
    tokens = table_columns(article, "tokens")
    words = zip(tokens["start"], tokens["end"], tokens["pos"])
    reader = TitleReader(text, per, orgs, lexicon_title_heads(article), [m for m in as_mentions if m.label == "LOC"], words)
    chains = title_chains(article, per, orgs, bounds, reader)
    # places named in a body's own name ("Học viện ... Hồ Chí Minh", "Viện ... Việt Nam") are not where a title is held
    known_bodies = sorted((o.start, o.end) for o in orgs if o.rule == "known organisation")
    body_starts = [a for a, _ in known_bodies]

    def in_known_body(offset: int) -> bool:
        k = bisect.bisect_right(body_starts, offset) - 1
        return k >= 0 and known_bodies[k][0] <= offset < known_bodies[k][1]

    locs = [m for m in as_mentions if m.label == "LOC" and not in_known_body(m.start)]
    loc_starts = [m.start for m in locs]
    org_sorted = sorted(orgs, key=lambda o: o.start)
    org_starts = [o.start for o in org_sorted]

    def sentence_of(offset: int) -> int:
        return max(bisect.bisect_right(sentence_starts, offset) - 1, 0)

    kinds = lexicon().places
    province = {m.start: text[m.start : m.end] for m in locs if kinds.get(fold(text[m.start : m.end])) == "province"}
    provinces_in: dict[int, Counter[str]] = defaultdict(Counter)
    for start, name in province.items():
        provinces_in[sentence_of(start)][name] += 1

    def provinces_near(spans: Iterable[tuple[int, int]]) -> Counter[str]:
        out: Counter[str] = Counter()
        for sentence in {sentence_of(start) for start, _ in spans}:
            out.update(provinces_in.get(sentence, Counter()))
        return out

    people_in: dict[int, set[int]] = defaultdict(set)
    for p in per:
        people_in[sentence_of(p.start)].add(id(owner[(p.start, p.end)]))
    by_id = {id(person): person for person in persons}
    overall = Counter(province.values())
    title_rows = []
    used = []
    for k, spans in chains.items():
        holder = owner[(per[k].start, per[k].end)]
        # a local title without its province: the province named with this person (e.g. in a caption),
        # else with the people in the same sentence, else the one the article names most
        near = provinces_near(holder.spans) or provinces_near(
            s for pid in people_in[sentence_of(per[k].start)] for s in by_id[pid].spans)
        for t in spans:
            used.append((t.start, t.end))
            i = bisect.bisect_left(org_starts, t.start)
            org = text[org_sorted[i].start : org_sorted[i].end] if i < len(org_sorted) and org_sorted[i].start < t.end else ""
            loc, source = _title_place(text, t, locs, loc_starts, near, overall)
            title_rows.append((article.doc_id, holder.name, per[k].start, per[k].end, t.start, t.end,
                               text[t.start : t.end], t.title, t.former, t.acting, canonical_name(org) if org else "",
                               canonical_name(loc) if loc else "", source))
    # an office the article calls former anywhere is former wherever and however it is written (cựu thứ trưởng)
    former = former_everywhere((row[1], row[7], row[8], row[2]) for row in title_rows)
    former = former_in_headline(reader, next(((p.start, p.end) for p in article.parts if p.kind == "title"), None), title_rows, former)
    folded = fold(text)  # but not to a post taken there (giữ chức Giám đốc Công an tỉnh X after a merger)
    tops = [(p.start, _first_sentence_end(bounds, sentence_starts, p.start, p.end) if p.kind == "lead" else p.end, p.kind)
            for p in article.parts if p.kind in ("title", "lead")]  # a lead's first sentence: some leads hold a whole article
    title_rows = [(*row[:8], row[8] if taken_at(folded, row[4], next((k for a, b, k in tops if a <= row[4] < b), "body"))
                   else flag, *row[9:]) for row, flag in zip(title_rows, former)]
    count_title_references(article, persons, title_rows, used, reader)
    return title_rows, persons


def _first_sentence_end(bounds: list[tuple[int, int]], starts: list[int], start: int, end: int) -> int:
    """End of the first of the article's sentences (``bounds``, their ``starts``) in ``[start, end)``."""
    k = bisect.bisect_left(starts, start)
    return min(bounds[k][1], end) if k < len(bounds) and bounds[k][0] < end else end


def count_title_references(article: Article, persons: list[Person], titles: list[tuple],
                           used: list[tuple[int, int]], reader: TitleReader) -> None:
    """A title standing for a person (``đồng chí Trưởng Ban Tổ chức Trung ương``) refers to its holder
    in this article: add one to that person's ``references`` (``titles``: rows of :data:`TITLE_COLUMNS`)."""
    person, title = TITLE_COLUMNS.index("person"), TITLE_COLUMNS.index("title")
    held = {fold(row[title]): row[person] for row in titles}
    by_name = {person.name: person for person in persons}
    used_sorted = sorted(used)
    used_starts = [a for a, _ in used_sorted]
    for a, b in reader.heads:
        k = bisect.bisect_right(used_starts, a) - 1
        if k >= 0 and used_sorted[k][0] <= a < used_sorted[k][1]:
            continue
        end = reader.phrase_end(b, len(article.text))
        holder = held.get(fold(reader.normalize(a, end)[0]))
        if holder in by_name:
            by_name[holder].references += 1


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
    return annotated(corpus).frame(PERSON_TITLES_SQL)


#: the person_titles table: the titles layer of every article, in corpus order
PERSON_TITLES_SQL = """
    SELECT d.doc_id, t.* EXCLUDE (key, row, person_fold, title_fold, organisation_fold, place_fold)
    FROM titles t JOIN docs d USING (key) ORDER BY d.ord, t.row"""


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
    return annotated(corpus).frame(PEOPLE_SQL)


def _held(column: str) -> str:
    """Per person, the distinct values of a column of their titles (ignoring case and tone
    spelling), each as first written, in the order first met."""
    return f"""
        SELECT name_fold, list({column} ORDER BY seen) AS {column}s FROM (
            SELECT p.name_fold, first(t.{column} ORDER BY [p.ord, p.person, t.row]) AS {column},
                   min([p.ord, p.person, t.row]) AS seen
            FROM titles t JOIN p ON t.key = p.key AND t.person = p.name
            WHERE t.{column} <> '' GROUP BY p.name_fold, t.{column}_fold)
        GROUP BY name_fold"""


#: the people table: persons of every article merged by their folded name
PEOPLE_SQL = f"""
    WITH p AS (SELECT d.ord, d.doc_id, s.* FROM persons s JOIN docs d USING (key)),
    variants AS (
        SELECT p.name_fold, v.variant, sum(v.count) AS n, min([p.ord, p.person, v."order"]) AS seen
        FROM person_variants v JOIN p ON v.key = p.key AND v.person = p.person GROUP BY ALL),
    named AS (
        SELECT name_fold, first(variant ORDER BY contains(variant, ' ') DESC, n DESC, length(variant) DESC, seen) AS name,
               list_sort(list(variant)) AS variants
        FROM variants GROUP BY name_fold),
    totals AS (
        SELECT name_fold, sum(mentions)::BIGINT AS mentions, sum("references")::BIGINT AS "references", min(ord) AS seen
        FROM p GROUP BY name_fold),
    docs_of AS (
        SELECT name_fold, list(doc_id ORDER BY ord) AS doc_ids FROM (SELECT DISTINCT name_fold, doc_id, ord FROM p)
        GROUP BY name_fold),
    titles_of AS ({_held("title")}),
    organisations_of AS ({_held("organisation")}),
    places_of AS ({_held("place")})
    SELECT named.name, named.variants, coalesce(titles_of.titles, []) AS titles,
           coalesce(organisations_of.organisations, []) AS organisations, coalesce(places_of.places, []) AS places,
           docs_of.doc_ids, totals.mentions, totals."references"
    FROM totals JOIN named USING (name_fold) JOIN docs_of USING (name_fold)
    LEFT JOIN titles_of USING (name_fold) LEFT JOIN organisations_of USING (name_fold) LEFT JOIN places_of USING (name_fold)
    ORDER BY totals.mentions DESC, named.name, totals.seen"""


def grouped_sql(label: str, *, kind: bool = False) -> str:
    """Mentions of one label grouped by canonical name (ignoring case and tone spelling)."""
    return f"""
    WITH m AS (SELECT d.ord, d.doc_id, x.* FROM mentions x JOIN docs d USING (key) WHERE x.label = '{label}'),
    names AS (SELECT name_fold, name, count(*) AS n, min([ord, "row"]) AS seen FROM m GROUP BY ALL),
    groups AS (SELECT name_fold, first(name ORDER BY n DESC, seen) AS name, sum(n)::BIGINT AS mentions, min(seen) AS seen
               FROM names GROUP BY name_fold),
    docs_of AS (SELECT name_fold, list(doc_id ORDER BY ord) AS doc_ids FROM (SELECT DISTINCT name_fold, doc_id, ord FROM m)
                GROUP BY name_fold),
    variants AS (SELECT name_fold, list_sort(list(DISTINCT text)) AS variants, any_value(place_kind) AS kind FROM m
                 GROUP BY name_fold)
    SELECT groups.name, {"variants.kind, " if kind else ""}variants.variants, groups.mentions, docs_of.doc_ids
    FROM groups JOIN variants USING (name_fold) JOIN docs_of USING (name_fold)
    ORDER BY groups.mentions DESC, groups.name, groups.seen"""


def organisations(corpus: Iterable[Article]) -> pd.DataFrame:
    """One row per organisation: ``name`` (canonical), ``variants`` as written (a list), ``mentions``,
    ``doc_ids`` (a list)."""
    return annotated(corpus).frame(grouped_sql("ORG"))


def places(corpus: Iterable[Article]) -> pd.DataFrame:
    """One row per place: ``name``, ``kind`` (province, district, ward, country, region, city or
    ``""`` when not in the gazetteer), ``variants``, ``mentions``, ``doc_ids``."""
    return annotated(corpus).frame(grouped_sql("LOC", kind=True))


def cooccurrence_sql(*, within: str = "sentence", labels: Iterable[str] = ("PER", "ORG", "LOC"), min_count: int = 1,
                     window: int | None = 100) -> str:
    """The co-occurrence table as SQL over the store (options of :func:`cooccurrence`)."""
    check_option("within", within, ("sentence", "article"))
    if window is not None and (isinstance(window, bool) or not isinstance(window, int) or window < 1):
        raise ValueError(f"window must be a positive integer or None, not {window!r}")
    unit = "x.sentence" if within == "sentence" else "0"
    reach = f"AND b.r <= a.r + {int(window)}" if window is not None else ""
    return f"""
    WITH named AS (SELECT d.ord, d.doc_id, {unit} AS unit, x.entity, x.label, x.entity_fold, min(x.start) AS first
                   FROM mentions x JOIN docs d USING (key) WHERE x.label IN {sql_list(labels)} GROUP BY ALL),
    m AS (SELECT *, row_number() OVER (PARTITION BY ord, unit ORDER BY first, entity, label) AS r FROM named),
    pairs AS (
        SELECT CASE WHEN (a.entity, a.label) <= (b.entity, b.label) THEN a.entity ELSE b.entity END AS source,
               CASE WHEN (a.entity, a.label) <= (b.entity, b.label) THEN a.label ELSE b.label END AS source_label,
               CASE WHEN (a.entity, a.label) <= (b.entity, b.label) THEN b.entity ELSE a.entity END AS target,
               CASE WHEN (a.entity, a.label) <= (b.entity, b.label) THEN b.label ELSE a.label END AS target_label,
               a.doc_id, [a.ord, a.unit] AS seen
        FROM m a JOIN m b ON a.ord = b.ord AND a.unit = b.unit AND b.r > a.r {reach}
        WHERE a.entity_fold <> b.entity_fold)
    SELECT source, source_label, target, target_label, count(*)::BIGINT AS count, list_sort(list(DISTINCT doc_id)) AS doc_ids
    FROM pairs GROUP BY source, source_label, target, target_label
    HAVING count(*) >= {int(min_count)}
    ORDER BY count DESC, source, target, min(seen), source_label, target_label"""


def cooccurrence(corpus: Iterable[Article], *, within: str = "sentence", labels: Iterable[str] = ("PER", "ORG", "LOC"),
                 min_count: int = 1, window: int | None = 100) -> pd.DataFrame:
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
    window : int or None
        Pair each entity with the next ``window`` distinct entities of its sentence (article), in
        the order they are first named; ``None`` pairs all of them. News sentences and articles
        name far fewer than 100 entities, so the default changes nothing for them, and it keeps
        the table linear in the corpus for text that names thousands (a list run into one sentence).

    Returns
    -------
    pandas.DataFrame
        ``source, source_label, target, target_label, count`` (sentences or articles they
        share), ``doc_ids`` (a list).
    """
    sql = cooccurrence_sql(within=within, labels=labels, min_count=min_count, window=window)
    return annotated(corpus).frame(sql)
