"""The CSV a streamed table is written as (``vnnews.streaming``) is the CSV pandas writes for the same
rows (``write_table``): quoting, formula guards, lists, booleans, floats and missing values."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa

from vnnews.annotation.reduce import arrow_to_pandas
from vnnews.export import write_table
from vnnews.streaming import write_stream


def _both(tmp_path: Path, table: pa.Table) -> tuple[str, str]:
    streamed = write_stream(table.to_batches(max_chunksize=2), tmp_path / "streamed", "csv").read_text(encoding="utf-8")
    whole = write_table(arrow_to_pandas(table), tmp_path / "whole", "csv").read_text(encoding="utf-8")
    return streamed, whole


def test_streamed_csv_quotes_guards_and_writes_like_pandas(tmp_path: Path) -> None:
    table = pa.table({
        "doc_id": ["a", "b", "c", "d", "e"],
        "count": pa.array([1, -2, 3, None, 5], pa.int64()),
        "share": pa.array([0.5, 2.0, None, 1e-05, 20.89], pa.float64()),
        "kept": pa.array([True, False, None, True, False]),
        "text": ["Hà Nội, ngày 1", 'ông "Ba"', "dòng\nmới", "=SUM(A1)", "-12,5%"],
        "forms": pa.array([["Bộ", "Tài chính"], [], None, ["+x"], ["a,b"]], pa.list_(pa.string())),
    })
    streamed, whole = _both(tmp_path, table)
    assert streamed == whole
    rows = pd.read_csv(tmp_path / "streamed.csv", keep_default_na=False)
    assert rows["text"].tolist() == ["Hà Nội, ngày 1", 'ông "Ba"', "dòng\nmới", "'=SUM(A1)", "-12,5%"]
    assert rows["forms"].tolist()[0] == "Bộ; Tài chính" and rows["count"].tolist()[3] == ""


def test_streamed_csv_of_numbers_only_is_unquoted(tmp_path: Path) -> None:
    table = pa.table({"count": pa.array([10, 20], pa.int64()), "ratio": pa.array([1.5, 3.0])})
    streamed, whole = _both(tmp_path, table)
    assert streamed == whole == "count,ratio\n10,1.5\n20,3.0\n"


def test_long_columns_are_written_like_pandas_from_their_distinct_values(tmp_path: Path) -> None:
    """A long column (a per-article frequency table) is quoted and guarded once per distinct value; the
    rows of a batch that is a slice of a larger one are written from the slice alone."""
    words = ["chính phủ", "Hà Nội, ngày", 'gọi "Ba"', "=A1", "-3,5%", "xuống\ndòng", "+x", "Bộ"]
    rows = 9000
    table = pa.table({
        "doc_id": [f"bài {i // 300}" for i in range(rows)],
        "item": [words[(i * 7) % len(words)] for i in range(rows)],
        "count": pa.array(range(rows), pa.int64()),
        "forms": pa.array([[words[i % len(words)], "a,b"] if i % 5 else None for i in range(rows)], pa.list_(pa.string())),
    })
    streamed = write_stream(table.slice(1).to_batches(max_chunksize=4500), tmp_path / "streamed", "csv")
    whole = write_table(arrow_to_pandas(table.slice(1)), tmp_path / "whole", "csv")
    assert streamed.read_bytes() == whole.read_bytes()
    back = pd.read_csv(streamed, keep_default_na=False)
    assert len(back) == rows - 1 and back["item"].tolist()[:3] == ["Bộ", "'+x", "xuống\ndòng"]
