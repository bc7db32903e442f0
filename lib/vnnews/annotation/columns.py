"""The columns of an article's sentences and tokens as Python lists, made once per article (the entity, time and
number rules all read the same few columns; a pandas column read costs more than the list)."""
from __future__ import annotations

from collections.abc import Iterator, Mapping

import pandas as pd
import pyarrow as pa

from ..corpus import Article
from ..options import check_option
from .tokenisation import COLUMN_LISTS, LAYER_TABLES, cached_tables

__all__ = ["ColumnLists", "table_columns"]


class ColumnLists(Mapping):
    """The columns of an article's sentences or tokens as Python lists, each made once, when first read
    (the entity, time and number rules all read the same few columns)."""

    def __init__(self, frame: pd.DataFrame, table: pa.Table | None) -> None:
        self._frame, self._table = frame, table
        self._lists: dict[str, list] = {}

    def __getitem__(self, name: str) -> list:
        found = self._lists.get(name)
        if found is None:
            if self._table is None:
                found = self._frame[name].tolist()
            else:
                column = self._table[name]
                found = column.to_pylist() if column.type == pa.string() else column.to_numpy().tolist()
            self._lists[name] = found
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._frame.columns)

    def __len__(self) -> int:
        return len(self._frame.columns)


def table_columns(article: Article, layer: str) -> ColumnLists:
    """The columns of the ``sentences`` or ``tokens`` table of ``article`` (:func:`cached_tables`) as lists.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> table_columns(article_from_text("Bộ Chính trị họp.", doc_id="x"), "tokens")["pos"]
    ['N', 'V', 'CH']
    """
    check_option("layer", layer, ("sentences", "tokens"))
    tables = cached_tables(article)
    key = COLUMN_LISTS[layer]
    if key not in tables:
        tables[key] = ColumnLists(tables[layer], tables.get(LAYER_TABLES[layer]))
    return tables[key]
