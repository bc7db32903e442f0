"""From what a corpus file holds to the text and metadata of one article: a ``.txt`` file with
its optional ``# key = value`` header, or a table row with its columns.

A ``.txt`` file may open with header lines such as::

    # published = 2022-08-09T06:46:00+07:00
    # url = https://vnexpress.net/...
    # category = thoi_su

Keys are the column names of :mod:`vnnews.corpus.metadata` (``id``, ``published``/``date``,
``url``, ``source``/``outlet``, ``category``, ``author``, ``title``, ``lead``...). The header
ends at the first other line; the article text, and every offset, starts after it.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .decoding import ArticleLoadError, replace_undecodable
from .metadata import FIELDS, ArticleMetadata, ColumnMap, doc_id_from_url, find_columns, parse_published

__all__ = ["Record", "MetadataIndex", "table_row_text", "cell_text", "header_columns", "metadata_entry", "partition_fields", "record_from_fields",
           "split_header"]

_HEADER_LINE = re.compile(r"#[ \t]*([A-Za-z_][A-Za-z0-9_\-. ]{0,40}?)[ \t]*=([^\r\n]*)(?:\r?\n|\Z)")


_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")


def table_row_text(title: str | None, lead: str | None, content: str | None) -> str:
    """The article text of a table row: title, blank line, lead, blank line, content.

    Only the parts present are joined (with ``"\\n\\n"``), each stripped of surrounding
    whitespace; a line break inside a title or lead becomes a space, so each stays one
    paragraph. Offsets of every table row (and of gold annotations made on such rows) are
    into this text.

    Examples
    --------
    >>> table_row_text(" Tiêu đề ", None, "Nội dung bài.\\nĐoạn hai.")
    'Tiêu đề\\n\\nNội dung bài.\\nĐoạn hai.'
    """
    parts = [_LINE_BREAKS.sub(" ", (title or "").strip()), _LINE_BREAKS.sub(" ", (lead or "").strip()), (content or "").strip()]
    return "\n\n".join(part for part in parts if part)


@dataclass(frozen=True)
class Record:
    """One article as its file holds it.

    Attributes
    ----------
    text : str
        The article text (for a table row, built by :func:`~vnnews.corpus.articles.table_row_text`).
    leading : tuple of str
        The parts the text opens with (``("title", "lead")``) when built from columns.
    given_id : str or None
        The id the file states (an ``id`` column or header line).
    fallback_id : str
        The id to use otherwise: from the URL, else the file stem (and row).
    flags : tuple of (kind, message)
        Problems met that did not stop the article (bytes replaced, an unreadable date).
    """

    text: str
    leading: tuple[str, ...]
    metadata: ArticleMetadata
    given_id: str | None
    fallback_id: str
    flags: tuple[tuple[str, str], ...] = field(default=())


def split_header(raw: str) -> tuple[list[tuple[str, str]], str]:
    """``# key = value`` lines at the start of a ``.txt`` file, and the text after them.

    Examples
    --------
    >>> split_header("# url = https://vnexpress.net/a-1.html\\n# published = 2022-08-09\\nTiêu đề\\n\\nNội dung.")
    ([('url', 'https://vnexpress.net/a-1.html'), ('published', '2022-08-09')], 'Tiêu đề\\n\\nNội dung.')
    >>> split_header("#Hà Nội hôm nay\\nNội dung")[0]
    []
    """
    fields: list[tuple[str, str]] = []
    pos = 0
    while pos < len(raw) and raw[pos] == "#":
        m = _HEADER_LINE.match(raw, pos)
        if m is None:
            break
        fields.append((m[1].strip(), m[2].strip()))
        pos = m.end()
    return fields, raw[pos:]


def cell_text(value: Any) -> tuple[str | None, int]:
    """A table cell as text (None when empty) and how many undecodable bytes it held.

    Lists are joined with ``; ``, objects written as JSON, integral floats as integers.

    Examples
    --------
    >>> cell_text(["Thời sự", "Chính trị"]), cell_text(12.0), cell_text(float("nan")), cell_text("  ")
    (('Thời sự; Chính trị', 0), ('12', 0), (None, 0), (None, 0))
    """
    if value is None:
        return None, 0
    if isinstance(value, float):
        if math.isnan(value):
            return None, 0
        text = str(int(value)) if value.is_integer() else str(value)
    elif isinstance(value, (bytes, bytearray)):
        text = bytes(value).decode("utf-8", "surrogateescape")
    elif isinstance(value, (list, tuple)):
        text = "; ".join(t for t in (cell_text(v)[0] for v in value) if t)
    elif isinstance(value, dict):
        text = json.dumps(value, ensure_ascii=False, default=str)
    elif isinstance(value, (dt.datetime, dt.date)):
        text = value.isoformat()
    else:
        text = str(value)
    text, where = replace_undecodable(text)
    return (text if text.strip() else None), len(where)


def _values(values: Mapping[str, Any], columns: ColumnMap, flags: list[tuple[str, str]]) -> dict[str, Any]:
    """Field -> value for one row: text fields cleaned, the publication time as given."""
    out: dict[str, Any] = {}
    for name, column in columns.fields.items():
        value = values.get(column)
        if name == "published" and not isinstance(value, (str, bytes)):
            out[name] = value
            continue
        text, bad = cell_text(value)
        if bad:
            flags.append(("invalid-bytes", f"column {column!r}: {bad} bytes that are not UTF-8 replaced with U+FFFD"))
        out[name] = text
    return out


def record_from_fields(values: Mapping[str, Any], columns: ColumnMap, *, path: Path, row: int | None,
                       defaults: Mapping[str, Any] | None = None, build_text: bool = True,
                       timezone: dt.timezone | None = None) -> Record:
    """The :class:`Record` of one row (or of a ``.txt`` file's text and header).

    Parameters
    ----------
    values : mapping
        Column -> cell.
    columns : ColumnMap
        Which column holds which field.
    defaults : mapping, optional
        Field -> value for fields the row leaves empty (a metadata table's entry, the folder's
        category, a partition ``key=value``).
    build_text : bool
        Build the text from title, lead and text columns (tables); else the ``text`` value is
        the whole article text (``.txt`` files, whose header title is metadata only).

    Raises
    ------
    ArticleLoadError
        ``no-text`` when the text field is missing or empty.
    """
    flags: list[tuple[str, str]] = []
    got = _values(values, columns, flags)
    for name, value in (defaults or {}).items():
        if got.get(name) in (None, ""):
            got[name] = value
    content = got.get("text")
    if not content or not str(content).strip():
        where = f"column {columns.fields['text']!r} is empty" if "text" in columns.fields else "no text column"
        raise ArticleLoadError(path, "no-text", f"no article text ({where})", row)
    published = None
    when = got.get("published")
    if when not in (None, ""):
        published = parse_published(when, timezone=timezone)
        if published is None:
            flags.append(("bad-date", f"publication time {str(when)[:60]!r} ({columns.fields.get('published', 'published')}) "
                                      "is not a date vnnews reads; the date is left to the text"))
    extra = tuple((str(k), t) for k in columns.other for t in [cell_text(values.get(k))[0]] if t is not None)
    metadata = ArticleMetadata(published=published, outlet=got.get("outlet"), category=got.get("category"), url=got.get("url"),
                               author=got.get("author"), title=got.get("title"), lead=got.get("lead"), extra=extra)
    if build_text:
        text = table_row_text(metadata.title, metadata.lead, content)
        leading = tuple(name for name in ("title", "lead") if got.get(name) and str(got[name]).strip())
    else:
        text, leading = content, ()
    if row is None:  # a file: its name
        fallback = path.stem
    else:  # a table row: from its URL, else the file name and row
        fallback = (doc_id_from_url(metadata.url) if metadata.url else None) or f"{path.stem}-{row}"
    given = got.get("id")
    return Record(text, leading, metadata, given.strip() if isinstance(given, str) else None, fallback, tuple(flags))


def header_columns(fields: list[tuple[str, str]]) -> tuple[dict[str, str], ColumnMap]:
    """A ``.txt`` header as a row and its column map (the text goes in column ``text``)."""
    row = {key: value for key, value in fields}
    names = [k for k, _ in fields]
    columns = find_columns(names)
    mapping = dict(columns.fields)
    mapping.pop("text", None)  # the text is the body of the file, never a header line
    mapping["text"] = "\x00text"
    return row, ColumnMap(mapping, tuple(n for n in names if n not in mapping.values()))


class MetadataIndex:
    """Metadata tables (``file,url,...`` without article text) found beside ``.txt`` files,
    looked up by a file's path relative to the table's folder, or by its name."""

    def __init__(self) -> None:
        self._tables: list[tuple[Path, dict[str, dict[str, Any]]]] = []

    def add(self, folder: Path, entries: dict[str, dict[str, Any]]) -> None:
        self._tables.append((folder, entries))

    def __bool__(self) -> bool:
        return bool(self._tables)

    def lookup(self, path: Path) -> dict[str, Any]:
        """The fields metadata tables give for ``path`` (nearest table first)."""
        found: dict[str, Any] = {}
        for folder, entries in reversed(self._tables):
            try:
                relative = path.relative_to(folder).as_posix()
            except ValueError:
                continue
            entry = entries.get(relative) or entries.get(path.name)
            if entry:
                for k, v in entry.items():
                    found.setdefault(k, v)
        return found


def metadata_entry(values: Mapping[str, Any], columns: ColumnMap) -> tuple[str | None, dict[str, Any]]:
    """The file a metadata-table row describes and the fields it gives."""
    file_name, _ = cell_text(values.get(columns.fields["file"]))
    entry = {}
    for name in FIELDS:
        if name in ("file", "text") or name not in columns.fields:
            continue
        value = values.get(columns.fields[name])
        entry[name] = value if name == "published" and not isinstance(value, str) else cell_text(value)[0]
    return (file_name.strip().replace("\\", "/").lstrip("./") if file_name else None), entry


def partition_fields(partition: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """Fields from ``key=value`` folder names (``category=thoi_su``)."""
    columns = find_columns([k for k, _ in partition])
    by_column = {k: v for k, v in partition}
    return {name: by_column[column] for name, column in columns.fields.items() if name not in ("text", "file")}

