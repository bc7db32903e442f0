"""The corpus tables as reductions of the store, and how they are streamed to files.

:data:`REDUCTIONS` says how each table of ``vnnews export`` is built from an annotated corpus
(:class:`vnnews.annotation.reduce.Annotated`): a DuckDB query over the stored layers, plus what
Python does to each batch. :func:`export_annotated` writes them batch by batch, CSV column-wise
with pyarrow (the same text ``pandas.DataFrame.to_csv`` writes after :func:`vnnews.export.write_table`'s
list joining and formula guard), Parquet with lists kept.

A table written once is kept in the cache (``<cache root>/tables/``) under a digest of everything
it is made from: the ``docs`` and ``articles`` tables of the corpus (every article's store key,
which hashes its text, date and lexicon, its id, path, duplicate and load notes), the table's
name, its format, the reduction that builds it and the code of the whole package (with the
versions of DuckDB, pyarrow and pandas). An export whose corpus did not change copies these
files instead of running the reductions again; any change to an article, an option or the code
gives another digest and the table is computed afresh. The files of the last
:data:`EXPORTS_KEPT` exports are kept; a cache that cannot be written is not used.
"""
from __future__ import annotations

import hashlib
import importlib
import json
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .annotation.active import StoreSet
from .annotation.reduce import Annotated, Reduction
from .options import check_option

__all__ = ["EXPORTS_KEPT", "REDUCTIONS", "TABLE_FORMATS", "TableCache", "corpus_digest", "csv_cells", "export_annotated",
           "write_reduction", "write_stream"]

TABLE_FORMATS = ("csv", "parquet")
#: how many exports' tables the cache keeps (the most recent)
EXPORTS_KEPT = 3


def _stored(layer: str, *, drop: Iterable[str] = ()) -> Callable[[Annotated], Reduction]:
    """A table that is one stored layer of every article, in corpus order (streamed a window of articles at a time)."""
    hidden = ", ".join(["key", "row", *drop])
    return lambda view: Reduction(f"SELECT d.doc_id, x.* EXCLUDE ({hidden}) FROM {layer} x JOIN docs d USING (key) "
                                  "ORDER BY d.ord, x.row", per_article=True)


def _of(module: str, name: str):
    """``vnnews.<module>.<name>``, imported when a table needs it (an export whose tables all come
    from the table cache does not pay for importing the statistics)."""
    return getattr(importlib.import_module(f"vnnews.{module}"), name)


#: table name -> the reduction that builds it from the annotated corpus (:mod:`vnnews.annotation.reduce`)
REDUCTIONS: dict[str, Callable[[Annotated], Reduction]] = {
    "articles": lambda view: Reduction.of_frame(view.articles),
    "parts": _stored("parts"),
    "sizes": lambda view: _of("stats.sizes", "size_reduction")(view),
    "word_frequencies": lambda view: _of("stats.frequencies", "frequency_reduction")(view, per="article"),
    "syllable_frequencies": lambda view: _of("stats.frequencies", "frequency_reduction")(view, unit="syllable", per="article"),
    "bigrams": lambda view: _of("stats.frequencies", "ngram_reduction")(view, n=2),
    "collocations": lambda view: _of("stats.collocations", "collocation_reduction")(view),
    "lexical_diversity": lambda view: _of("stats.diversity", "diversity_reduction")(view),
    "numbers": _stored("numbers"),
    "number_checks": _stored("number_checks"),
    "mentions": _stored("mentions", drop=["name", "name_fold", "entity", "entity_fold", "place_kind"]),
    "people": lambda view: Reduction(_of("entities.tables", "PEOPLE_SQL")),
    "person_titles": lambda view: Reduction(_of("entities.tables", "PERSON_TITLES_SQL")),
    "organisations": lambda view: Reduction(_of("entities.tables", "grouped_sql")("ORG")),
    "places": lambda view: Reduction(_of("entities.tables", "grouped_sql")("LOC", kind=True)),
    "cooccurrence": lambda view: Reduction(_of("entities.tables", "cooccurrence_sql")()),
    "timex": _stored("timex"),
    "events": _stored("events"),
    "timeline": lambda view: Reduction(_of("time.timeline", "timeline_sql")(view)),
}


_NEEDS_QUOTES = r'[,"\r\n]'


def csv_cells(table: pa.Table) -> pa.Table:
    """Every column of ``table`` as the text ``pandas.DataFrame.to_csv`` writes for it (after
    :func:`_flat`), computed column-wise in pyarrow: lists ``; ``-joined, booleans ``True``/``False``,
    floats as Python writes them, missing values empty, and a cell quoted when it holds a comma,
    a quote or a line break."""
    cells = {}
    for field in table.schema:
        column = table.column(field.name)
        kind = field.type
        if pa.types.is_list(kind) or pa.types.is_large_list(kind):
            text = pc.binary_join(pc.cast(column, pa.list_(pa.string())), "; ")
        elif pa.types.is_boolean(kind):
            text = pc.if_else(column, "True", "False")
        elif pa.types.is_floating(kind):
            text = _float_text(column)
        else:
            text = pc.cast(column, pa.string())
        text = pc.fill_null(text, "")
        if pa.types.is_string(kind) or pa.types.is_large_string(kind) or pa.types.is_list(kind) or pa.types.is_large_list(kind):
            cells[field.name] = _each_distinct(text, lambda values: _quoted(_guard(values)))
        elif pa.types.is_integer(kind) or pa.types.is_floating(kind) or pa.types.is_boolean(kind):
            cells[field.name] = text  # a number's text never holds a comma, a quote or a line break
        else:
            cells[field.name] = _quoted(text)
    return pa.table(cells)


_DISTINCT_FROM = 4096


def _each_distinct(text: pa.ChunkedArray | pa.Array, cells: Callable[[pa.Array], pa.Array]) -> pa.Array:
    """``cells`` of a column of text with no missing values, worked out once per distinct value when the
    column is long (a table's words, ids and names repeat: a per-article frequency table holds each
    word hundreds of times)."""
    if len(text) < _DISTINCT_FROM:
        return cells(text)
    if isinstance(text, pa.ChunkedArray):
        text = text.combine_chunks()
    encoded = pc.dictionary_encode(text)
    return pc.take(cells(encoded.dictionary), encoded.indices)


def _quoted(text: pa.ChunkedArray) -> pa.ChunkedArray:
    """A column of text as CSV cells: quoted (quotes doubled) where a cell holds a comma, a quote or a line break."""
    needs = pc.match_substring_regex(text, _NEEDS_QUOTES)
    if not pc.any(needs).as_py():
        return text
    quoted = pc.binary_join_element_wise('"', pc.replace_substring(text, '"', '""'), '"', "")
    return pc.if_else(needs, quoted, text)


_FORMULA_START = "^[=+\\-@\t\r]"
_PLAIN_NUMBER = r"^[+-]\d[\d.,]*%?$"


def _guard(text: pa.Array) -> pa.Array:
    """:func:`vnnews.export.guard_formula` on a column: a cell a spreadsheet would run as a formula gets a leading ``'``."""
    starts = pc.match_substring_regex(text, _FORMULA_START)
    if not pc.any(starts).as_py():
        return text
    risky = pc.and_(starts, pc.invert(pc.match_substring_regex(text, _PLAIN_NUMBER)))
    return pc.if_else(risky, pc.binary_join_element_wise("'", text, ""), text)


def _float_text(column: pa.ChunkedArray) -> pa.Array:
    """Floats as Python's ``str`` writes them (``1.0``, ``20.89``, ``1e-05``), NaN as missing: pyarrow's
    text, with ``.0`` added to whole numbers, and Python's own for the few that pyarrow writes with an exponent."""
    import numpy as np
    column = pc.if_else(pc.is_nan(column), pa.scalar(None, column.type), column)
    text = pc.cast(column, pa.string())
    text = pc.if_else(pc.match_substring_regex(text, r"[.eEn]"), text, pc.binary_join_element_wise(text, ".0", ""))
    small = pc.and_(pc.less(pc.abs(column), 1e-4), pc.not_equal(column, 0))
    odd = np.flatnonzero(pc.fill_null(pc.or_(pc.match_substring(text, "e"), small), False).to_numpy(zero_copy_only=False))
    if not len(odd):
        return text
    values = text.to_pylist()
    raw = column.to_pylist()
    for i in odd:
        values[i] = str(raw[i])
    return pa.array(values, pa.string())


def _csv_append(table: pa.Table, target: Path, header: bool) -> None:
    cells = csv_cells(table)
    ended = pc.binary_join_element_wise(cells.column(cells.num_columns - 1), "", "\n")  # the last cell ends the line
    lines = pc.binary_join_element_wise(*cells.columns[:-1], ended, ",")
    with open(target, "wb" if header else "ab") as out:
        if header:
            out.write((",".join(table.column_names) + "\n").encode("utf-8"))
        for chunk in (lines.chunks if isinstance(lines, pa.ChunkedArray) else [lines]):
            out.write(_text_bytes(chunk))


def _text_bytes(text: pa.Array) -> memoryview:
    """The UTF-8 bytes of a column of text with no missing values, one value after another, straight
    from its Arrow buffers (no Python string per value)."""
    import numpy as np

    if not len(text):
        return memoryview(b"")
    wide = pa.types.is_large_string(text.type)
    offsets = np.frombuffer(text.buffers()[1], dtype=np.int64 if wide else np.int32)
    return memoryview(text.buffers()[2])[int(offsets[text.offset]):int(offsets[text.offset + len(text)])]


def write_stream(batches: Iterable[pd.DataFrame | pa.RecordBatch], path: Path, fmt: str) -> Path:
    """Write a table that comes in batches as ``path`` + ``.csv`` or ``.parquet``, one batch at a time
    (lists stay lists in Parquet and are ``; ``-joined in CSV, as :func:`write_table` does)."""
    target = path.with_suffix("." + fmt)
    writer = None
    header = True
    try:
        for batch in batches:
            if fmt == "csv":
                if isinstance(batch, pd.DataFrame):  # small tables finished in Python: written as write_table writes them
                    from .export import _flat, _guarded

                    _guarded(_flat(batch)).to_csv(target, index=False, mode="w" if header else "a", header=header)
                else:
                    _csv_append(pa.Table.from_batches([batch]), target, header)
                header = False
                continue
            table = pa.Table.from_pandas(batch, preserve_index=False) if isinstance(batch, pd.DataFrame) \
                else pa.Table.from_batches([batch])
            if writer is None:
                writer = pq.ParquetWriter(target, table.schema)
            writer.write_table(table.cast(writer.schema) if table.schema != writer.schema else table)
    finally:
        if writer is not None:
            writer.close()
    if not target.exists():
        raise RuntimeError(f"no rows and no columns for {target.name}")
    return target


def export_annotated(view: Annotated, out: str | Path, *, fmt: str = "csv", problems: pd.DataFrame | None = None,
                     timings: dict[str, float] | None = None, tables: Iterable[str] | None = None,
                     custom: dict[str, Callable[[], pd.DataFrame]] | None = None) -> list[Path]:
    """Write the tables of an annotated corpus (plus ``problems``) into ``out``, each streamed from the
    store to its file.

    Parameters
    ----------
    tables : iterable of str, optional
        Table names, in order (default: every table of :data:`REDUCTIONS`).
    custom : dict, optional
        Tables built another way (a function giving the DataFrame), written whole.
    timings : dict, optional
        Receives the seconds each table took.
    """
    from .export import write_table

    check_option("format", fmt, TABLE_FORMATS)
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    custom = custom or {}
    written = []
    cache = TableCache.of(view)
    corpus = corpus_digest(view) if cache is not None else None
    for name in tables if tables is not None else REDUCTIONS:
        started = time.perf_counter()
        if name in custom:
            written.append(write_table(custom[name](), out_dir / name, fmt))
        else:
            written.append(write_reduction(view, name, out_dir, fmt, cache=cache, corpus=corpus))
        if timings is not None:
            timings[name] = round(time.perf_counter() - started, 3)
    if cache is not None:
        cache.finish()
    if problems is not None:
        written.append(write_table(problems, out_dir / "problems", fmt))
    return written


def _nonempty(reduction: Reduction, view: Annotated) -> Iterable[pd.DataFrame | pa.RecordBatch]:
    """The batches of a table, or one empty DataFrame with its columns when it has no rows."""
    rows = False
    for batch in reduction.stream(view):
        if len(batch):
            rows = True
            yield batch
    if not rows:
        yield reduction.frame(view)


def write_reduction(view: Annotated, name: str, out_dir: Path, fmt: str, *, cache: TableCache | None = None,
                    corpus: str | None = None) -> Path:
    """Write the table ``name`` of :data:`REDUCTIONS` into ``out_dir``: copied from ``cache`` when it holds it
    for the digest ``corpus`` of the corpus (:func:`corpus_digest`), else streamed from the store and kept there."""
    target = out_dir / f"{name}.{fmt}"
    digest = _table_digest(corpus, name, fmt) if cache is not None and corpus is not None else None
    if digest is None or not cache.fetch(digest, target):
        written = write_stream(_nonempty(REDUCTIONS[name](view), view), out_dir / name, fmt)
        view.release_memory()
        if digest is not None:
            cache.keep(digest, written)
    return target


def corpus_digest(view: Annotated) -> str | None:
    """A digest of what a corpus's tables are made from besides the code: its ``docs`` table (store
    keys, ids, paths, duplicates, notes) and its ``articles`` table; None when it cannot be made."""
    from .annotation.cache import code_fingerprint

    digest = hashlib.sha1(f"{code_fingerprint()}\x00{duckdb_version()}\x00{pa.__version__}\x00{pd.__version__}\x00".encode())
    docs = view.table("SELECT * FROM docs ORDER BY ord")
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, docs.schema) as writer:
        writer.write_table(docs.combine_chunks())
    digest.update(sink.getvalue())
    if view.articles is not None:
        try:
            digest.update(json.dumps([list(map(str, view.articles.columns)), list(map(str, view.articles.dtypes))]).encode())
            digest.update(pd.util.hash_pandas_object(view.articles, index=False).to_numpy().tobytes())
        except (TypeError, ValueError):
            return None
    return digest.hexdigest()


def duckdb_version() -> str:
    import duckdb

    return duckdb.__version__


def _table_digest(corpus: str, name: str, fmt: str) -> str | None:
    """The digest of one table of a corpus; None for a reduction defined outside vnnews (its code is not fingerprinted)."""
    build = REDUCTIONS.get(name)
    module = getattr(build, "__module__", "") or ""
    code = getattr(build, "__code__", None)
    if build is None or not module.startswith("vnnews.") or code is None:
        return None
    return hashlib.sha1(f"{corpus}\x00{name}\x00{fmt}\x00{module}.{build.__qualname__}:{code.co_firstlineno}".encode()).hexdigest()


class TableCache:
    """Table files of earlier exports, by digest (see the module docs): ``<root>/tables/<digest>.<ext>``,
    and ``<root>/tables/exports/<export>.json`` listing the files each recent export used."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: dict[str, int] = {}  # file name -> size, for this export

    @classmethod
    def of(cls, view: Annotated) -> TableCache | None:
        """The cache beside the store of ``view``, or None when that store is read-only."""
        return cls.at(view.stores)

    @classmethod
    def at(cls, stores: StoreSet) -> TableCache | None:
        """The cache beside ``stores``, or None when the store is read-only."""
        if not stores.primary.writable:
            return None
        folder = Path(stores.root) / "tables"
        try:
            (folder / "exports").mkdir(parents=True, exist_ok=True)
        except OSError:
            return None
        return cls(folder)

    def fetch(self, digest: str, target: Path) -> bool:
        """Copy the cached table ``digest`` to ``target`` (its extension); False when it is not cached whole."""
        name = f"{digest}{target.suffix}"
        source = self.folder / name
        try:
            size = source.stat().st_size
            shutil.copyfile(source, target)
            if target.stat().st_size != size:
                return False
        except OSError:
            return False
        self.used[name] = size
        return True

    def keep(self, digest: str, written: Path) -> None:
        """Keep a copy of a table just written, under ``digest`` (atomically; silently not when the disk refuses)."""
        name = f"{digest}{written.suffix}"
        tmp = self.folder / f".{name}.{uuid.uuid4().hex[:8]}"
        try:
            shutil.copyfile(written, tmp)
            os.replace(tmp, self.folder / name)
            self.used[name] = written.stat().st_size
        except OSError:
            tmp.unlink(missing_ok=True)

    def finish(self) -> None:
        """Record the files this export used, and remove those no recent export uses."""
        if not self.used:
            return
        record = hashlib.sha1("\n".join(sorted(self.used)).encode()).hexdigest()
        exports = self.folder / "exports"
        try:
            (exports / f"{record}.json").write_text(json.dumps(self.used), encoding="utf-8")
            recent = sorted(exports.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
            kept: set[str] = set()
            for i, path in enumerate(recent):
                if i < EXPORTS_KEPT:
                    kept.update(json.loads(path.read_text(encoding="utf-8")))
                else:
                    path.unlink(missing_ok=True)
            now = time.time()
            for path in self.folder.iterdir():
                if path.is_file() and path.name not in kept and (not path.name.startswith(".") or now - path.stat().st_mtime > 3600):
                    path.unlink(missing_ok=True)
        except (OSError, ValueError):
            pass  # another export is cleaning the same cache
