"""A copy of the implementation before the store (commit 8d7748a), kept to check the reductions against it."""
from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from vnnews.corpus import Article
from vnnews.time.events import EVENT_COLUMNS

from .per_article import events

__all__ = ["timeline"]


def timeline(corpus: Iterable[Article]) -> pd.DataFrame:
    """The events of the whole corpus in date order, the same happening in several articles grouped.

    Two events are one happening when their dates are the same and they share a
    participant, or an organisation and the trigger. Every source keeps its own row
    (with its sentence and offsets); rows of one happening share ``happening``.

    Returns
    -------
    pandas.DataFrame
        ``happening`` (number, in date order), ``sources`` (how many articles report it),
        ``doc_ids`` (a list of all of them), then the columns of :func:`events`.
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
            people_i, people_j = set(table.at[i, "participants"]), set(table.at[j, "participants"])
            orgs_i, orgs_j = set(table.at[i, "organisations"]), set(table.at[j, "organisations"])
            same_trigger = table.at[i, "trigger_kind"] and table.at[i, "trigger_kind"] == table.at[j, "trigger_kind"]
            if people_i & people_j or (orgs_i & orgs_j and same_trigger):
                group[find(j)] = find(i)
    roots = [find(i) for i in range(len(table))]
    numbering = {root: n + 1 for n, root in enumerate(dict.fromkeys(roots))}
    table.insert(0, "happening", [numbering[r] for r in roots])
    members = table.groupby("happening")["doc_id"].agg(lambda ids: list(dict.fromkeys(ids)))
    table.insert(1, "sources", table["happening"].map(members).map(len))
    table.insert(2, "doc_ids", table["happening"].map(members))
    return table
