"""Who held which office when: the titles of each person dated by the articles that give them.

Every title a person is given (:func:`vnnews.entities.person_titles`) is a report that the
person held that office on the article's date (or, for ``nguyên``/``cựu`` titles, before it).
One row per person and office gathers those reports: the first and last date the office is
reported, the articles and the exact spans, and where the office sits in the person's career
as the corpus tells it: the offices reported at the same time, the last one reported before it
and the first one reported after it (a change of office).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from ..corpus import Article
from ..text.normalize import fold
from .tables import person_titles

__all__ = ["POSITION_COLUMNS", "office_holders", "positions"]

# "quyền" (acting) as the word right before a title, not the "quyền" of "chính quyền" (government)
_ACTING_BEFORE = re.compile(r"(?<!\w)(?<!chính )quyền\s+$")

POSITION_COLUMNS = ["person", "office", "organisation", "place", "first_date", "last_date", "reports", "doc_ids",
                    "spans", "former", "acting", "concurrent", "previous_office", "next_office"]


def _office(title: str, place: str) -> str:
    """The office a title names: the title, with the place it refers to when the title omits it
    (``Bí thư Tỉnh ủy`` of Hòa Bình is ``Bí thư Tỉnh ủy Hòa Bình``)."""
    if place and fold(place) not in fold(title):
        return f"{title} {place}"
    return title


def positions(corpus: Iterable[Article]) -> pd.DataFrame:
    """One row per person × office, with when the corpus reports it.

    Returns
    -------
    pandas.DataFrame
        ``person``, ``office`` (the title in full, with its place; a short form such as ``Giám đốc`` counts
        as the one fuller office of the same person it begins), ``organisation``, ``place``,
        ``first_date`` and ``last_date`` (article dates of the first and last report; NaT when the
        articles have no date), ``reports`` (titles given), ``doc_ids`` (list), ``spans`` (list of
        ``(doc_id, start, end)`` of the title as written), ``former`` (every report says
        ``nguyên``/``cựu``: the office was held before those dates), ``acting`` (a report says
        ``quyền``), ``concurrent`` (the person's other offices reported over overlapping dates, a
        list), ``previous_office`` (the offices whose last report comes before this one's first,
        the latest of them, a list) and ``next_office`` (the offices first reported after this
        one's last report, the earliest of them, a list). Sorted by person, then first date.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nNgày 12/7/2020, Trưởng Ban Tổ chức Trung ương Phạm Minh Chính dự họp.",
    ...                       doc_id="a")
    >>> b = article_from_text("Tiêu đề\\n\\nNgày 5/4/2021, Thủ tướng Phạm Minh Chính tiếp đoàn.", doc_id="b")
    >>> table = positions([a, b])
    >>> table[["office", "first_date", "previous_office", "next_office"]].astype(str).values.tolist()
    [['Trưởng Ban Tổ chức Trung ương', '2020-07-12', '[]', "['Thủ tướng']"], ['Thủ tướng', '2021-04-05', "['Trưởng Ban Tổ chức Trung ương']", '[]']]
    """
    articles = list(corpus)
    titles = person_titles(articles)
    if titles.empty:
        return pd.DataFrame(columns=POSITION_COLUMNS)
    dates = {a.doc_id: a.date for a in articles}
    titles = titles.assign(
        date=pd.to_datetime(titles["doc_id"].map(dates)),
        office=[_office(t, p) for t, p in zip(titles["title"], titles["place"])],
        person_key=titles["person"].map(fold),
        acting=titles["acting"] if "acting" in titles else _acting(titles, {a.doc_id: a.text for a in articles}),
        span=list(zip(titles["doc_id"], titles["start"], titles["end"])),
    )
    titles["office_key"] = titles["office"].map(fold)
    titles["office_key"] = _fuller_offices(titles)
    grouped = titles.sort_values(["date", "doc_id", "start"], kind="stable").groupby(
        ["person_key", "office_key"], sort=False)
    table = grouped.agg(
        person=("person", "first"), office=("office", lambda offices: max(offices, key=len)), organisation=("organisation", "first"),
        place=("place", "first"), first_date=("date", "min"), last_date=("date", "max"), reports=("span", "size"),
        doc_ids=("doc_id", lambda ids: list(dict.fromkeys(ids))), spans=("span", list),
        former=("former", "all"), acting=("acting", "any"),
    ).reset_index()
    table = table.sort_values(["person_key", "first_date", "office"], kind="stable", na_position="last").reset_index(drop=True)
    table = table.join(_career_links(table))
    return table[POSITION_COLUMNS]


def _fuller_offices(titles: pd.DataFrame) -> pd.Series:
    """Each report's office key, a short form (``Giám đốc``) replaced by the one fuller office of the same
    person that it begins (``Giám đốc Công ty Cổ phần Đại Nam``); left alone when it begins several."""
    fuller: dict[tuple[str, str], str] = {}
    for person, keys in titles.groupby("person_key")["office_key"]:
        distinct = set(keys)
        for key in distinct:
            longer = [other for other in distinct if other.startswith(key + " ")]
            if len(longer) == 1:
                fuller[(person, key)] = longer[0]
    return pd.Series([fuller.get((p, k), k) for p, k in zip(titles["person_key"], titles["office_key"])],
                     index=titles.index)


def _acting(titles: pd.DataFrame, texts: dict[str, str]) -> list[bool]:
    """A title written with ``quyền`` (acting), inside its span or just before it."""
    return [fold(t).startswith("quyền ") or _ACTING_BEFORE.search(fold(texts[d][max(0, s - 20) : s])) is not None
            for d, s, t in zip(titles["doc_id"], titles["start"], titles["text"])]


def _career_links(table: pd.DataFrame) -> pd.DataFrame:
    """For each row, the same person's offices reported alongside it, just before it and just after it."""
    rows = table[["person_key", "office", "first_date", "last_date"]].reset_index(names="row")
    pairs = rows.merge(rows, on="person_key", suffixes=("", "_other"))
    pairs = pairs[(pairs["row"] != pairs["row_other"]) & pairs["first_date"].notna() & pairs["first_date_other"].notna()]
    before = pairs[pairs["last_date_other"] < pairs["first_date"]]
    after = pairs[pairs["first_date_other"] > pairs["last_date"]]
    overlapping = pairs[~pairs.index.isin(before.index) & ~pairs.index.isin(after.index)]
    latest = before[before["last_date_other"] == before.groupby("row")["last_date_other"].transform("max")]
    earliest = after[after["first_date_other"] == after.groupby("row")["first_date_other"].transform("min")]
    links = pd.DataFrame(index=table.index)
    for column, chosen in (("concurrent", overlapping), ("previous_office", latest), ("next_office", earliest)):
        offices = chosen.groupby("row")["office_other"].agg(list)
        links[column] = [offices.get(i, []) for i in table.index]
    return links


def office_holders(corpus: Iterable[Article] | None = None, office: str = "", *,
                   table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Who held ``office`` over time, in order of first report (matching ignores case and tone
    spelling; ``office`` may be part of the name: ``Bí thư Tỉnh ủy`` finds every province's).

    Pass the corpus, or a :func:`positions` table already computed as ``table``.
    """
    if table is None:
        if corpus is None:
            raise ValueError("office_holders needs a corpus or a positions table")
        table = positions(corpus)
    wanted = fold(office)
    mine = table[[wanted in fold(o) for o in table["office"]]]
    return mine.sort_values(["first_date", "person"], kind="stable", na_position="last").reset_index(drop=True)
