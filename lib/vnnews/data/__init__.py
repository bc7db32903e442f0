"""Data tables shipped with vnnews (TSV, ``#`` comment lines, one header row)."""
from __future__ import annotations

from importlib import resources

import pandas as pd

__all__ = ["read_table"]


def read_table(name: str) -> pd.DataFrame:
    """Read a package data table by file name, e.g. ``read_table("abbreviations.tsv")``.

    Returns
    -------
    pandas.DataFrame
        All columns as strings; comment lines (``#``) are skipped.
    """
    with resources.files(__package__).joinpath(name).open(encoding="utf-8") as handle:
        return pd.read_csv(handle, sep="\t", comment="#", dtype=str, keep_default_na=False)
