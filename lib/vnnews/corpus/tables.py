"""Reading corpus tables row by row: CSV/TSV (delimiter sniffed), JSON Lines, JSON and Parquet.

Every reader is a generator: a table is read in pieces of bounded size (lines for CSV and JSON
Lines, record batches for Parquet, one element at a time for a JSON list), so a file of any
size is read in bounded memory. A row that cannot be read is yielded as a :class:`TableRow`
with its reason, and the next row is read as usual.
"""
from __future__ import annotations

import codecs
import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .decoding import ArticleLoadError, regular_file, replace_undecodable
from .metadata import find_columns
from .text_checks import legacy_guess

__all__ = ["TableRow", "TABLE_FORMATS", "table_rows", "sniff_delimiter"]

#: file suffix -> table format
TABLE_FORMATS = {".csv": "csv", ".tsv": "csv", ".tab": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
                 ".parquet": "parquet", ".pq": "parquet"}
_DELIMITERS = (",", "\t", "|", ";")
_CHUNK = 1 << 20


@dataclass(frozen=True)
class TableRow:
    """One row of a table: its values by column name, or why it could not be read.

    Attributes
    ----------
    row : int
        1-based: the data row of a CSV or Parquet file (header excluded), the line of a JSON
        Lines file, the element of a JSON list.
    values : dict or None
    problem : str
        ``""`` when the row was read.
    """

    row: int
    values: dict[str, Any] | None
    problem: str = ""


def _codec(head: bytes, encoding: str | None, path: Path) -> tuple[str, int]:
    """The codec of a text table and the length of its byte-order mark."""
    if encoding is not None:
        return encoding, 0
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
                       (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return codec, len(bom)
    if head.startswith(b"%PDF-"):
        raise ArticleLoadError(path, "pdf", "a PDF document, not a table")
    if b"\x00" in head[:8192]:
        raise ArticleLoadError(path, "binary", "binary file, not a text table")
    text, where = replace_undecodable(head.decode("utf-8", "surrogateescape"))
    bad = [i for i in where if i < len(text) - 3]  # the sample may end inside a character
    multibyte = sum(1 for c in text if c > "\x7f") - len(where)
    if bad and multibyte < 10 * len(bad):
        raise ArticleLoadError(path, "legacy-encoding", f"not UTF-8: the bytes look like {legacy_guess(head)}; "
                                                        "convert the file to UTF-8 or give its encoding")
    return "utf-8", 0


def _lines(handle: IO[bytes], codec: str, max_line: int | None, oversized: list[int]) -> Iterator[str]:
    """Decoded lines (with their ``\\n``) read in chunks. A line longer than ``max_line``
    characters is not kept: an empty line stands in its place and its number goes to ``oversized``."""
    decoder = codecs.getincrementaldecoder(codec)("surrogateescape" if codec.startswith("utf-8") else "replace")
    pending: list[str] = []
    pending_len = 0
    skipping = False
    number = 0
    while True:
        chunk = handle.read(_CHUNK)
        text = decoder.decode(chunk, final=not chunk)
        start = 0
        while True:
            newline = text.find("\n", start)
            piece = text[start:] if newline < 0 else text[start : newline + 1]
            if not skipping:
                pending.append(piece)
                pending_len += len(piece)
                if max_line is not None and pending_len > max_line:
                    pending, pending_len, skipping = [], 0, True
            if newline < 0:
                break
            number += 1
            if skipping:
                oversized.append(number)
                yield "\n"
            else:
                yield "".join(pending)
            pending, pending_len, skipping = [], 0, False
            start = newline + 1
        if not chunk:
            break
    if skipping:
        oversized.append(number + 1)
        yield "\n"
    elif pending_len:
        yield "".join(pending)


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter of a CSV sample: the one of ``, \\t | ;`` under which the header names
    known columns and the rows keep the header's width.

    Examples
    --------
    >>> sniff_delimiter(["crawled_time|published_time|title|content\\n", "a|b|c, d; e|f\\n"])
    '|'
    >>> sniff_delimiter(["id;noi_dung;ngay\\n", "1;Hà Nội, ngày 2;2022-01-02\\n"])
    ';'
    """
    best, best_score = ",", (-1, -1, -1)
    for delimiter in _DELIMITERS:
        try:
            rows = list(csv.reader(lines, delimiter=delimiter))
        except csv.Error:
            continue
        rows = [r for r in rows if r]
        if not rows or len(rows[0]) < 2:
            continue
        header = rows[0]
        known = len(find_columns(header).fields)
        complete = rows[1:-1] if len(rows) > 2 else rows[1:]  # the last sampled row may be cut
        steady = sum(len(r) == len(header) for r in complete)
        score = (known, steady, len(header))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _csv_rows(path: Path, encoding: str | None, max_record: int | None) -> Iterator[TableRow | list[str]]:
    with open(path, "rb") as handle:
        head = handle.read(1 << 16)
        codec, bom = _codec(head, encoding, path)
        handle.seek(bom)
        oversized: list[int] = []
        lines = _lines(handle, codec, max_record, oversized)
        sample = []
        for line in lines:
            sample.append(line)
            if len(sample) >= 20 or sum(map(len, sample)) > (1 << 16):
                break
        tabbed = path.suffix.lower() in (".tsv", ".tab") and "\t" in (sample[0] if sample else "")
        delimiter = "\t" if tabbed else sniff_delimiter(sample)
        reader = csv.reader(_chain(sample, lines), delimiter=delimiter)
        header: list[str] | None = None
        number = 0
        lines_read = 0
        reported = 0  # oversized lines already accounted for
        limit = max_record if max_record is not None else (1 << 31) - 1
        while True:
            previous = csv.field_size_limit(limit)
            try:
                fields = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                number += 1
                yield TableRow(number, None, f"cannot be read as CSV: {exc}")
                continue
            finally:
                csv.field_size_limit(previous)
            first_line, lines_read = lines_read + 1, reader.line_num
            hit = False
            while reported < len(oversized) and oversized[reported] <= lines_read:
                hit = hit or oversized[reported] >= first_line
                reported += 1
            if hit:
                if header is None:
                    raise ArticleLoadError(path, "line-too-long", f"line {oversized[0]} is longer than {max_record:,} characters")
                number += 1
                yield TableRow(number, None, f"a line longer than {max_record:,} characters (max_article_chars) was not read")
                continue
            if not fields:
                continue
            if header is None:
                header = [h.strip() for h in fields]
                yield header
                continue
            number += 1
            if len(fields) > len(header):
                yield TableRow(number, None, f"has {len(fields)} fields, the header has {len(header)} "
                                             f"(an unquoted '{delimiter}' inside a field?)")
                continue
            yield TableRow(number, dict(zip(header, fields)))


def _chain(first: list[str], rest: Iterator[str]) -> Iterator[str]:
    yield from first
    yield from rest


def _jsonl_rows(path: Path, encoding: str | None, max_record: int | None) -> Iterator[TableRow]:
    with open(path, "rb") as handle:
        codec, bom = _codec(handle.read(1 << 16), encoding, path)
        handle.seek(bom)
        oversized: list[int] = []
        for number, line in enumerate(_lines(handle, codec, max_record, oversized), start=1):
            if oversized and oversized[-1] == number:
                yield TableRow(number, None, f"line longer than {max_record:,} characters (max_article_chars) was not read")
                continue
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except ValueError as exc:
                yield TableRow(number, None, f"not valid JSON: {exc}")
                continue
            if not isinstance(value, dict):
                yield TableRow(number, None, f"a JSON {type(value).__name__}, not an object with fields")
                continue
            yield TableRow(number, value)


class _JsonReader:
    """JSON text read piece by piece: one value at a time, never more than one value (plus a
    chunk) in memory."""

    def __init__(self, handle: IO[bytes], codec: str, max_value: int | None) -> None:
        self.handle = handle
        self.decoder = json.JSONDecoder()
        self.incremental = codecs.getincrementaldecoder(codec)("surrogateescape" if codec.startswith("utf-8") else "replace")
        self.max_value = max_value
        self.buffer, self.pos, self.done = "", 0, False

    def more(self) -> bool:
        if self.done:
            return False
        chunk = self.handle.read(_CHUNK)
        self.done = not chunk
        self.buffer = self.buffer[self.pos:] + self.incremental.decode(chunk, final=self.done)
        self.pos = 0
        return True

    def peek(self) -> str:
        """The next character that is not white space ("" at the end), not consumed."""
        while True:
            while self.pos < len(self.buffer) and self.buffer[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos < len(self.buffer) or not self.more():
                return self.buffer[self.pos] if self.pos < len(self.buffer) else ""

    def value(self) -> Any:
        """The next JSON value; ValueError when it is not valid or over the size limit."""
        self.peek()
        while True:
            try:
                value, self.pos = self.decoder.raw_decode(self.buffer, self.pos)
                return value
            except ValueError as exc:
                too_big = self.max_value is not None and len(self.buffer) - self.pos > self.max_value
                if too_big:
                    raise ValueError(f"a JSON value over {self.max_value:,} characters (max_article_chars)") from None
                if not self.more():
                    raise ValueError(f"not valid JSON: {exc}") from None

    def elements(self, collect: list | None = None) -> Iterator[TableRow]:
        """The objects of the list that starts here, as rows; other elements go to ``collect``
        (or are bad rows when there is nowhere to put them)."""
        self.pos += 1  # the "["
        number = 0
        while True:
            c = self.peek()
            if c == "]":
                self.pos += 1
                return
            if c == ",":
                self.pos += 1
                continue
            if not c:
                yield TableRow(number + 1, None, "the JSON list ends before its closing ']'")
                return
            number += 1
            try:
                value = self.value()
            except ValueError as exc:
                yield TableRow(number, None, str(exc))
                return
            if isinstance(value, dict):
                yield TableRow(number, value)
            elif collect is not None:
                collect.append(value)
            else:
                yield TableRow(number, None, f"a JSON {type(value).__name__}, not an object with fields")


def _json_values(handle: IO[bytes], codec: str, max_value: int | None) -> Iterator[TableRow]:
    """The objects of a JSON file, one at a time: the elements of a top-level list; the elements of
    a list of objects inside a top-level object (``{"articles": [...]}``); else the object itself."""
    reader = _JsonReader(handle, codec, max_value)
    first = reader.peek()
    if first == "[":
        yield from reader.elements()
        return
    if first != "{":
        yield TableRow(1, None, "not a JSON object or list of objects")
        return
    reader.pos += 1
    fields: dict[str, Any] = {}
    streamed = 0
    try:
        while True:
            c = reader.peek()
            if c == "}":
                break
            if c == ",":
                reader.pos += 1
                continue
            key = reader.value()
            if reader.peek() != ":":
                raise ValueError(f"not valid JSON: no ':' after the key {str(key)[:40]!r}")
            reader.pos += 1
            if reader.peek() == "[" and not streamed:
                collected: list = []
                for row in reader.elements(collected):
                    streamed += 1
                    yield row
                if not streamed:
                    fields[str(key)] = collected
            else:
                fields[str(key)] = reader.value()
    except ValueError as exc:
        yield TableRow(streamed + 1, None, str(exc))
        return
    if not streamed:
        yield TableRow(1, fields)


def _json_rows(path: Path, encoding: str | None, max_value: int | None) -> Iterator[TableRow]:
    with open(path, "rb") as handle:
        codec, bom = _codec(handle.read(1 << 16), encoding, path)
        handle.seek(bom)
        yield from _json_values(handle, codec, max_value)


def _parquet_rows(path: Path, batch_rows: int = 256) -> Iterator[TableRow | list[str]]:
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises ArrowInvalid, OSError... for a broken file
        raise ArticleLoadError(path, "not-a-table", f"cannot be read as Parquet: {exc}") from None
    header = list(parquet.schema_arrow.names)
    yield header
    number = 0
    try:
        for batch in parquet.iter_batches(batch_size=batch_rows):
            for values in batch.to_pylist():
                number += 1
                yield TableRow(number, values)
    except Exception as exc:
        yield TableRow(number + 1, None, f"the rest of the file cannot be read as Parquet: {exc}")


def table_rows(path: str | Path, fmt: str, *, encoding: str | None = None,
               max_record_chars: int | None = None) -> Iterator[TableRow | list[str]]:
    """Rows of a table file, read lazily.

    CSV and Parquet yield their header (a list of column names) first.

    Parameters
    ----------
    path : str or Path
    fmt : {"csv", "jsonl", "json", "parquet"}
    encoding : str, optional
        Codec of a text table (default: UTF-8, or the one its byte-order mark names).
    max_record_chars : int, optional
        A longer line (CSV, JSON Lines), CSV field or JSON element is a row problem and is not
        read into memory.

    Raises
    ------
    ArticleLoadError
        When the file as a whole cannot be read (not a regular file, binary, legacy encoding).

    Examples
    --------
    >>> import pathlib, tempfile
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "bao.csv"
    >>> _ = f.write_text("title|content\\nTiêu đề|Nội dung\\nmột|hai|ba\\n", encoding="utf-8")
    >>> [r if isinstance(r, list) else (r.row, r.values, r.problem[:9]) for r in table_rows(f, "csv")]
    [['title', 'content'], (1, {'title': 'Tiêu đề', 'content': 'Nội dung'}, ''), (2, None, 'has 3 fie')]
    """
    p = Path(path)
    regular_file(p)
    if fmt == "csv":
        return _csv_rows(p, encoding, max_record_chars)
    if fmt == "jsonl":
        return _jsonl_rows(p, encoding, max_record_chars)
    if fmt == "json":
        return _json_rows(p, encoding, max_record_chars)
    if fmt == "parquet":
        return _parquet_rows(p)
    raise ValueError(f"fmt must be one of 'csv', 'jsonl', 'json', 'parquet', not {fmt!r}")
