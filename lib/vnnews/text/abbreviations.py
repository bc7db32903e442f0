"""Political and administrative abbreviations (``UV BCT``, ``CT HĐND``, ``ĐBQH``, ``TP.HCM``).

The table is the package data file ``data/abbreviations.tsv``; this module reads it and
expands abbreviations in text on request, keeping an offset map back to the text.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

import pandas as pd

from ..data import read_table
from .offsets import AlignedText, rewrite

__all__ = ["abbreviation_table", "expand_abbreviations"]


@cache
def abbreviation_table() -> pd.DataFrame:
    """The abbreviation table.

    Returns
    -------
    pandas.DataFrame
        Columns ``abbreviation, expansion, kind, ambiguous`` (``ambiguous`` is bool).

    Examples
    --------
    >>> t = abbreviation_table()
    >>> t.set_index("abbreviation").loc["ĐBQH", "expansion"]
    'đại biểu Quốc hội'
    """
    table = read_table("abbreviations.tsv")
    table["ambiguous"] = table["ambiguous"].str.strip().eq("yes")
    if table["abbreviation"].duplicated().any():
        dups = sorted(table.loc[table["abbreviation"].duplicated(), "abbreviation"])
        raise ValueError(f"abbreviations.tsv lists these more than once: {dups}")
    return table


@cache
def _pattern(include_ambiguous: bool, kinds: frozenset[str] | None) -> tuple[re.Pattern[str], dict[str, str]]:
    table = abbreviation_table()
    if not include_ambiguous:
        table = table[~table["ambiguous"]]
    if kinds is not None:
        table = table[table["kind"].isin(kinds)]
    expansions: dict[str, str] = {}
    alternatives = []
    # longest first, so "UV BCT" wins over "BCT" and "TP.HCM" over "TP."
    for abbr, expansion in sorted(zip(table["abbreviation"], table["expansion"]), key=lambda p: -len(p[0])):
        expansions[re.sub(r"\s+", " ", abbr)] = expansion
        alternatives.append(r"\s+".join(re.escape(part) for part in abbr.split()))
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(alternatives) + r")(?!\w)")
    return pattern, expansions


def expand_abbreviations(
    text: str,
    *,
    include_ambiguous: bool = False,
    kinds: Collection[str] | None = None,
) -> AlignedText:
    """Write abbreviations out in full, keeping an offset map back to ``text``.

    Matching is case-sensitive and on word boundaries, longest abbreviation first.

    Parameters
    ----------
    text : str
        Text to expand (NFC).
    include_ambiguous : bool
        Also expand strings with other common readings (``CT``, ``BT``, ``TP``-like
        single titles marked ``ambiguous`` in the table).
    kinds : collection of str, optional
        Only these kinds (``title``, ``body``, ``place``, ``term``, ``document``, ``field``).

    Returns
    -------
    AlignedText
        The expanded text; ``to_source`` maps each expansion back to its abbreviation.

    Examples
    --------
    >>> v = expand_abbreviations("Đồng chí Phạm Minh Chính, UV BCT, Trưởng Đoàn ĐBQH tỉnh")
    >>> v.text
    'Đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Trưởng Đoàn đại biểu Quốc hội tỉnh'
    >>> v.to_source(26, 46)
    (26, 32)
    """
    pattern, expansions = _pattern(include_ambiguous, frozenset(kinds) if kinds is not None else None)
    return rewrite(text, pattern, lambda m: expansions[re.sub(r"\s+", " ", m.group(0))], step="abbreviations")
