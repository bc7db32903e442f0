"""JSON Lines: every corpus table as ``name.jsonl``, one JSON object per row.

Lists stay JSON arrays (``people.titles``, ``doc_ids``), numbers stay numbers, a missing value is
``null``, a date is ``"2020-07-01"`` (with ``T08:30:00`` when it has a time of day); text is written
as UTF-8, not ``\\u`` escapes.
"""
from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..corpus import Article, Corpus
from .files import output_folder

__all__ = ["write_jsonl", "write_jsonl_table"]


def _plain(value: Any) -> Any:
    """A cell as a JSON value."""
    kind = type(value)
    if kind is str or kind is int or kind is bool:
        return value
    if kind is list or kind is tuple or kind is np.ndarray:
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if value is None or value is pd.NaT or value is pd.NA:
        return None
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() and value.tzinfo is None else value.isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return value


def _column(series: pd.Series) -> list[Any]:
    """A column as JSON values: numbers and strings as they are (checked once per column), anything
    else (lists, dates, missing values, numpy scalars) cell by cell."""
    if pd.api.types.is_integer_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype):
        if not series.hasnans:
            return series.tolist()
    if pd.api.types.is_float_dtype(series.dtype) and series.dtype.kind == "f":
        return [v if math.isfinite(v) else None for v in series.tolist()]
    values = series.tolist()
    if all(type(v) is str for v in values):
        return values
    return [_plain(v) for v in values]


def write_jsonl_table(frame: pd.DataFrame, path: str | Path) -> Path:
    """Write ``frame`` to ``path`` as JSON Lines, one object per row, keys in column order.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> frame = pd.DataFrame({"name": ["Phạm Minh Chính"], "titles": [["Ủy viên Bộ Chính trị"]],
    ...                       "date": [pd.Timestamp("2020-07-01")], "score": [float("nan")]})
    >>> path = write_jsonl_table(frame, Path(tempfile.mkdtemp()) / "people.jsonl")
    >>> print(path.read_text(encoding="utf-8"), end="")
    {"name": "Phạm Minh Chính", "titles": ["Ủy viên Bộ Chính trị"], "date": "2020-07-01", "score": null}
    """
    path = Path(path)
    names = [str(c) for c in frame.columns]
    columns = [_column(frame[c]) for c in frame.columns]
    encode = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.writelines(encode(dict(zip(names, row))) + "\n" for row in zip(*columns))
    return path


def write_jsonl(corpus: Iterable[Article], out: str | Path, *,
                tables: dict[str, Callable[[Corpus], pd.DataFrame]] | None = None) -> list[Path]:
    """Write every table of :data:`vnnews.export.TABLES` (or ``tables``) and ``problems`` (what did not
    load, and why) as ``out/name.jsonl``.

    Returns
    -------
    list of Path
        The files written.

    Examples
    --------
    >>> import json, tempfile
    >>> from vnnews import Corpus, article_from_text
    >>> from vnnews.entities import people
    >>> corpus = Corpus([article_from_text("Tiêu đề\\n\\nĐồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, phát biểu.", doc_id="x")])
    >>> path = write_jsonl(corpus, tempfile.mkdtemp(), tables={"people": people})[0]
    >>> row = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    >>> row["name"], row["titles"], row["doc_ids"]
    ('Phạm Minh Chính', ['Ủy viên Bộ Chính trị'], ['x'])
    """
    if tables is None:
        from ..export import TABLES as tables  # the registry imports this module: import it when called
    articles = corpus if isinstance(corpus, Corpus) else Corpus(corpus)
    folder = output_folder(out)
    written = [write_jsonl_table(build(articles), folder / f"{name}.jsonl") for name, build in tables.items()]
    written.append(write_jsonl_table(articles.problems_frame(), folder / "problems.jsonl"))
    return written
