"""Dates of Party congresses, Central Committee plenums and National Assembly terms, from
``data/political_events.tsv`` (sources in the file).
"""
from __future__ import annotations

import datetime as dt
from functools import cache

import pandas as pd

from ..data import read_table

__all__ = ["political_event", "roman_number"]


def roman_number(text: str) -> int | None:
    """``XIII`` or ``13`` -> 13; None when it is neither."""
    values = {"i": 1, "v": 5, "x": 10, "l": 50}
    text = text.lower()
    if text.isdigit():
        return int(text)
    if not text or any(c not in values for c in text):
        return None
    total = 0
    for a, b in zip(text, text[1:] + " "):
        total += -values[a] if b != " " and values[b] > values[a] else values[a]
    return total


@cache
def _events_table() -> pd.DataFrame:
    return read_table("political_events.tsv")


def political_event(kind: str, ordinal: str) -> tuple[dt.date, dt.date] | None:
    """Dates of a congress, term or plenum from ``data/political_events.tsv``.

    Parameters
    ----------
    kind : str
        ``party_congress``, ``party_term``, ``assembly_term`` or ``plenum``.
    ordinal : str
        Roman or Arabic (``XIII``, ``13``); for plenums ``N/T`` (``12/XII``).

    Examples
    --------
    >>> political_event("party_congress", "13")
    (datetime.date(2021, 1, 25), datetime.date(2021, 2, 1))
    >>> political_event("assembly_term", "XIV")
    (datetime.date(2016, 5, 22), datetime.date(2021, 5, 23))
    """
    table = _events_table()
    if kind == "plenum":
        n, _, term = ordinal.partition("/")
        wanted = f"{roman_number(n)}/{roman_number(term)}"
        keys = [f"{roman_number(a)}/{roman_number(b)}" for a, _, b in (o.partition("/") for o in table["ordinal"])]
    else:
        wanted = str(roman_number(ordinal))
        keys = [str(roman_number(o)) if "/" not in o else o for o in table["ordinal"]]
    for key, k, a, b in zip(keys, table["kind"], table["start"], table["end"]):
        if k == kind and key == wanted:
            return dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return None
