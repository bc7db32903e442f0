"""Dated events and the cross-article timeline.

Each sentence with a resolved date becomes an event: the most precise dates of the
sentence (a day beats the term it falls in), what happened (the trigger word), who took
part, which bodies and places. The timeline orders the events of the whole corpus and
groups the same happening reported by several articles (same dates, and shared
participants or trigger) while keeping every source.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import pandas as pd

from .corpus import Article
from .data import read_table
from .entities import canonical_name, mentions
from .entities.tables import _article_people
from .normalize import fold
from .timex import article_timexes
from .tokens import annotate

__all__ = ["events", "timeline", "dated_facts", "EVENT_COLUMNS"]

EVENT_COLUMNS = ["doc_id", "sentence", "start", "end", "date_start", "date_end", "precision", "expression",
                 "expression_start", "expression_end", "trigger", "trigger_kind", "participants", "organisations",
                 "places", "text"]
_PRECISION_RANK = {"time": 0, "day": 0, "days": 1, "week": 2, "month": 3, "months": 4, "half": 4, "quarter": 4,
                   "year": 5, "years": 6, "term": 7}


@cache
def _triggers() -> tuple[re.Pattern[str], dict[str, str]]:
    table = read_table("event_triggers.tsv")
    kinds = {fold(t): k for t, k in zip(table["trigger"], table["kind"])}
    words = sorted(kinds, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?!\w)"), kinds


def _trigger(folded_sentence: str, anchor: int) -> tuple[str, str]:
    """The trigger nearest the date expression (``anchor``: its offset in the sentence)."""
    pattern, kinds = _triggers()
    found = [(abs(m.start() - anchor), m.group(0)) for m in pattern.finditer(folded_sentence)]
    if not found:
        return "", ""
    word = " ".join(min(found)[1].split())
    return word, kinds.get(word, "")


def _article_events(article: Article, table: pd.DataFrame) -> list[tuple]:
    timexes = [t for t in article_timexes(article) if t.date_start is not None and t.rule != "dateline"]
    if not timexes:
        return []
    sents = annotate(article).sentences
    rows = table[table["doc_id"] == article.doc_id]
    _, persons = _article_people(article, table)
    pers = rows[rows["label"] == "PER"]
    person_at = {}
    starts = pers["start"].tolist()
    for entry in persons:
        for k in entry["mentions"]:
            person_at[starts[k]] = entry["name"]
    folded = fold(article.text)
    out = []
    for sentence, s, e in zip(sents["sentence"], sents["start"], sents["end"]):
        inside = [t for t in timexes if s <= t.start < e]
        if not inside:
            continue
        best = min(_PRECISION_RANK.get(t.precision, 9) for t in inside)
        chosen = {}
        for t in inside:
            if _PRECISION_RANK.get(t.precision, 9) == best:
                chosen.setdefault((t.date_start, t.date_end), t)
        here = rows[(rows["start"] >= s) & (rows["start"] < e)]
        participants = list(dict.fromkeys(person_at.get(a, canonical_name(x))
                                          for a, x in zip(here.loc[here["label"] == "PER", "start"],
                                                          here.loc[here["label"] == "PER", "text"])))
        orgs = list(dict.fromkeys(canonical_name(x) for x in here.loc[here["label"] == "ORG", "text"]))
        places = list(dict.fromkeys(canonical_name(x) for x in here.loc[here["label"] == "LOC", "text"]))
        for t in chosen.values():
            trigger, kind = _trigger(folded[s:e], t.start - s)
            out.append((article.doc_id, int(sentence), int(s), int(e), t.date_start.isoformat(), t.date_end.isoformat(),
                        t.precision, article.text[t.start : t.end], t.start, t.end, trigger, kind,
                        "; ".join(participants), "; ".join(orgs), "; ".join(places), article.text[s:e]))
    return out


def events(corpus: Iterable[Article]) -> pd.DataFrame:
    """Dated events: one row per sentence and distinct date it names.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, sentence, start, end`` (the sentence's span), ``date_start, date_end``
        (inclusive ISO dates), ``precision``, ``expression`` and its span
        (``expression_start``, ``expression_end``), ``trigger`` and ``trigger_kind``
        (meeting, election, decision, appointment, discipline, legal, visit, founding,
        ceremony, result, incident), ``participants``, ``organisations``, ``places``
        (``; ``-joined canonical names), ``text`` (the sentence).

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nNgày 31/12/2021, ông Phan Văn A bị khởi tố.", doc_id="x")
    >>> events([a])[["date_start", "trigger", "participants"]].values.tolist()
    [['2021-12-31', 'khởi tố', 'Phan Văn A']]
    """
    articles = list(corpus)
    table = mentions(articles)
    rows = [row for article in articles for row in _article_events(article, table)]
    return pd.DataFrame(rows, columns=EVENT_COLUMNS)


def timeline(corpus: Iterable[Article]) -> pd.DataFrame:
    """The events of the whole corpus in date order, the same happening in several articles grouped.

    Two events are one happening when their dates are the same and they share a
    participant, or an organisation and the trigger. Every source keeps its own row
    (with its sentence and offsets); rows of one happening share ``happening``.

    Returns
    -------
    pandas.DataFrame
        ``happening`` (number, in date order), ``sources`` (how many articles report it),
        ``doc_ids`` (all of them), then the columns of :func:`events`.
    """
    table = events(corpus)
    if table.empty:
        return pd.DataFrame(columns=["happening", "sources", "doc_ids"] + EVENT_COLUMNS)
    table = table.sort_values(["date_start", "date_end", "doc_id", "start"], kind="stable").reset_index(drop=True)
    group = list(range(len(table)))

    def find(i: int) -> int:
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    keys = list(zip(table["date_start"], table["date_end"]))
    for i in range(len(table)):
        for j in range(i + 1, len(table)):
            if keys[j] != keys[i]:
                break
            if table.at[i, "doc_id"] == table.at[j, "doc_id"]:
                continue
            people_i = set(filter(None, table.at[i, "participants"].split("; ")))
            people_j = set(filter(None, table.at[j, "participants"].split("; ")))
            orgs_i = set(filter(None, table.at[i, "organisations"].split("; ")))
            orgs_j = set(filter(None, table.at[j, "organisations"].split("; ")))
            same_trigger = table.at[i, "trigger_kind"] and table.at[i, "trigger_kind"] == table.at[j, "trigger_kind"]
            if people_i & people_j or (orgs_i & orgs_j and same_trigger):
                group[find(j)] = find(i)
    roots = [find(i) for i in range(len(table))]
    numbering = {root: n + 1 for n, root in enumerate(dict.fromkeys(roots))}
    table.insert(0, "happening", [numbering[r] for r in roots])
    members = table.groupby("happening")["doc_id"].agg(lambda ids: "; ".join(dict.fromkeys(ids)))
    table.insert(1, "sources", table["happening"].map(members).str.count(";") + 1)
    table.insert(2, "doc_ids", table["happening"].map(members))
    return table


def dated_facts(corpus: Iterable[Article]) -> pd.DataFrame:
    """Figures the articles state for a date: each fraction, percentage or count in a dated sentence.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, sentence, date_start, date_end, expression, figure, kind, value, text``
        (``figure`` as written: ``14/67``, ``20,89%``), one row per figure.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nTính đến ngày 30-9-2020, có 14/67 đảng bộ hoàn thành đại hội.", doc_id="x")
    >>> dated_facts([a])[["date_start", "figure", "kind"]].values.tolist()
    [['2020-09-30', '14/67', 'fraction']]
    """
    from .stats import numbers

    articles = list(corpus)
    dated = events(articles)
    figures = numbers(articles)
    figures = figures[figures["kind"] != "number"] if not figures.empty else figures
    merged = dated.merge(figures, on=["doc_id", "sentence"], suffixes=("", "_figure"))
    merged = merged[~((merged["start_figure"] >= merged["expression_start"]) & (merged["start_figure"] < merged["expression_end"]))]
    out = merged.rename(columns={"text_figure": "figure"})[
        ["doc_id", "sentence", "date_start", "date_end", "expression", "figure", "kind", "value", "text"]]
    return out.reset_index(drop=True)
