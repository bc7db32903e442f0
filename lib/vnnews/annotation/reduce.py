"""The reduce: a corpus as its annotated layers in the store, queried with DuckDB.

An :class:`Annotated` corpus is a DuckDB connection holding ``docs`` (one row per article:
``ord`` its position, ``doc_id``, ``key`` and what the loader knew: ``path``, ``encoding``,
``notes``, ``duplicate_of``) and one view per layer of :data:`vnnews.annotation.layers.LAYERS`
over the Parquet files of the store that hold the corpus's articles. Corpus tables are SQL
over these views: sums, joins and group-bys in a columnar engine that streams and spills to
disk (past :data:`MEMORY_LIMIT`), so memory does not grow with the corpus. A table whose rows are
per article in corpus order (the stored layers, sizes) is run on windows of
:data:`WINDOW_ARTICLES` articles one after another, each reading only the chunks of its
articles, so no sort ever holds the texts of the whole corpus; results come in record batches
of :data:`BATCH_ROWS` rows.

>>> from vnnews import article_from_text
>>> corpus = annotated([article_from_text("Tiêu đề\\n\\nBộ Chính trị họp. Bộ Chính trị ra nghị quyết.", doc_id="x")])
>>> corpus.frame("SELECT doc_id, sum(count)::INT AS words FROM word_counts JOIN docs USING (key) GROUP BY doc_id").values.tolist()
[['x', 6]]
"""
from __future__ import annotations

import ctypes
import os
import re
import shutil
import tempfile
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from ..corpus import Article
from .active import StoreSet, active_store, ensure_annotated
from .layers import LAYERS, empty_layer

__all__ = ["DOCS_SCHEMA", "Annotated", "Reduction", "annotated", "arrow_to_pandas", "docs_table"]

DOCS_SCHEMA = pa.schema([("ord", pa.int64()), ("doc_id", pa.string()), ("key", pa.string()), ("path", pa.string()),
                         ("encoding", pa.string()), ("notes", pa.string()), ("duplicate_of", pa.string())])
#: DuckDB's working memory; beyond it, sorts, joins and aggregates spill to a temporary folder
MEMORY_LIMIT = os.environ.get("VNNEWS_DUCKDB_MEMORY", "128MB")
#: DuckDB's threads: each thread of a query keeps hash tables and sort runs of its own, so one thread
#: fits a table of an archive in :data:`MEMORY_LIMIT` where two need half as much again; an export's
#: tables are reductions of stored counts, and several of them run in parallel processes after
#: ``vnnews annotate --workers``
THREADS = int(os.environ.get("VNNEWS_DUCKDB_THREADS", "1"))
#: rows per record batch a table is streamed in: small enough that a batch of a text-heavy table
#: (paragraphs, sentences) and the copies made while writing it stay a few MB
BATCH_ROWS = int(os.environ.get("VNNEWS_BATCH_ROWS", "8192"))
#: articles per window of a per-article table (:meth:`Annotated.window_batches`)
WINDOW_ARTICLES = 1024


def docs_table(articles: Iterable[Article], keys: Iterable[str]) -> pa.Table:
    """The ``docs`` table of articles in memory (their keys given in the same order)."""
    rows = [{"ord": i, "doc_id": a.doc_id, "key": k, "path": a.path, "encoding": a.encoding, "notes": "; ".join(a.notes),
             "duplicate_of": a.duplicate_of} for i, (a, k) in enumerate(zip(articles, keys))]
    return pa.Table.from_pylist(rows, schema=DOCS_SCHEMA)


class Annotated:
    """A corpus whose articles are all in the store, as DuckDB views (see module docs).

    Parameters
    ----------
    docs : pyarrow.Table or str or Path
        The ``docs`` table (:data:`DOCS_SCHEMA`), or Parquet files holding it.
    stores : StoreSet, optional
        Where the layers are (default: :func:`~vnnews.annotation.active.active_store`).
    articles : pandas.DataFrame, optional
        The ``articles`` table (:meth:`vnnews.Corpus.to_frame`), kept as given.
    """

    def __init__(self, docs: pa.Table | str | Path, stores: StoreSet | None = None, articles: pd.DataFrame | None = None) -> None:
        self.stores = stores or active_store()
        self.articles = articles
        self._tmp = tempfile.mkdtemp(prefix="vnnews-duckdb-")
        self.con = duckdb.connect(":memory:", config={"memory_limit": MEMORY_LIMIT, "threads": THREADS, "temp_directory": self._tmp,
                                                      "preserve_insertion_order": False})
        if isinstance(docs, pa.Table):
            self.con.register("docs_input", docs)
            self.con.execute("CREATE TABLE docs AS SELECT * FROM docs_input")
            self.con.unregister("docs_input")
        else:
            self.con.execute(f"CREATE TABLE docs AS SELECT * FROM read_parquet({_paths([docs])})")
        self._views()

    def _views(self) -> None:
        keys = [k for (k,) in self.con.execute("SELECT DISTINCT key FROM docs").fetchall()]
        located: dict[tuple[int, str], list[str]] = {}
        missing = []
        by_id = {id(s): s for s in self.stores.stores}
        for key in keys:
            found = self.stores.locate(key)
            if found is None:
                missing.append(key)
                continue
            store, chunk = found
            located.setdefault((id(store), chunk), []).append(key)
        if missing:
            raise KeyError(f"{len(missing)} articles are not in the annotation store (first: {missing[0]})")
        self._chunk_of = {key: (by_id[sid], chunk) for (sid, chunk), held in located.items() for key in held}
        chunks = [(by_id[sid], chunk) for sid, chunk in located]
        # a chunk may also hold an article whose layers are read from another chunk (two runs wrote it)
        wanted = set(keys)
        self._overlap = any(len(located[(id(s), c)]) != len([k for k in s.stored_keys(c) if k in wanted]) for s, c in chunks)
        self.con.execute("CREATE TABLE keys AS SELECT DISTINCT key FROM docs")
        self._layer_views(self.con, "", keys)

    def _layer_views(self, con: duckdb.DuckDBPyConnection, kind: str, keys: list[str], layers: Iterable[str] = LAYERS) -> None:
        """One view per layer of ``layers`` over the chunks holding ``keys`` (``kind`` "" for the tables of the
        database, "TEMP " for a cursor's own, which hide them: a window of the corpus)."""
        chunks = list(dict.fromkeys(self._chunk_of[k] for k in keys))
        keys_table = "temp.keys" if kind else "keys"
        for layer in layers:
            files = [str(store.path(chunk, layer)) for store, chunk in chunks]
            if not files:
                self.register(f"{layer}_empty", empty_layer(layer))
                con.execute(f"CREATE {kind}VIEW {layer} AS SELECT * FROM {layer}_empty")
                continue
            source = f"read_parquet({_paths(files)}, filename = true)"
            if self._overlap:
                allowed = pa.table({"key": keys, "file": [str(self._chunk_of[k][0].path(self._chunk_of[k][1], layer)) for k in keys]})
                name = f"{layer}_allowed"
                if kind:
                    con.register("_incoming", allowed)
                    con.execute(f"CREATE TEMP TABLE {name} AS SELECT * FROM _incoming")
                    con.unregister("_incoming")
                else:
                    self.register(name, allowed)
                where = f"(key, filename) IN (SELECT key, file FROM {'temp.' if kind else ''}{name})"
            else:
                where = f"key IN (SELECT key FROM {keys_table})"
            con.execute(f"CREATE {kind}VIEW {layer} AS SELECT * EXCLUDE (filename) FROM {source} WHERE {where}")

    def window_batches(self, sql: str, *, articles: int | None = None, rows: int | None = None,
                       order: str = "ord") -> Iterator[pa.RecordBatch]:
        """``sql`` run on windows of ``articles`` articles in corpus order (or in the order of the ``docs``
        column ``order``), one after another, each as if the corpus held only those articles (``docs`` and
        every layer hold the window alone, read from the chunks of its articles): for a query whose rows are
        per article in that order, so its sort and memory are those of a window, not of the corpus
        (``articles`` default :data:`WINDOW_ARTICLES`, ``rows`` per batch :data:`BATCH_ROWS`)."""
        articles, rows = articles or WINDOW_ARTICLES, rows or BATCH_ROWS
        if order not in ("ord", "doc_id"):
            raise ValueError(f"order must be one of ord, doc_id, not {order!r}")
        ords = [o for (o,) in self.con.execute(f"SELECT ord FROM docs ORDER BY {order}, ord").fetchall()]
        for start in range(0, len(ords), articles):
            window = ", ".join(map(str, ords[start : start + articles]))
            cursor = self.con.cursor()
            try:
                cursor.execute(f"CREATE TEMP TABLE docs AS SELECT * FROM main.docs WHERE ord IN ({window})")
                cursor.execute("CREATE TEMP TABLE keys AS SELECT DISTINCT key FROM temp.docs")
                keys = [k for (k,) in cursor.execute("SELECT key FROM temp.keys").fetchall()]
                if not keys:
                    continue
                self._layer_views(cursor, "TEMP ", keys, [name for name in LAYERS if re.search(rf"\b{name}\b", sql)])
                yield from cursor.sql(sql).to_arrow_reader(rows)
            finally:
                cursor.close()

    def frame(self, sql: str) -> pd.DataFrame:
        """The result of ``sql`` as a DataFrame (list cells as Python lists)."""
        return arrow_to_pandas(self.table(sql))

    def table(self, sql: str) -> pa.Table:
        """The result of ``sql`` as a pyarrow Table."""
        return self.con.sql(sql).to_arrow_table()

    def batches(self, sql: str, *, rows: int | None = None) -> pa.RecordBatchReader:
        """The result of ``sql`` as a stream of record batches of ``rows`` rows (default :data:`BATCH_ROWS`)."""
        return self.con.cursor().sql(sql).to_arrow_reader(rows or BATCH_ROWS)

    def register(self, name: str, table: Any) -> None:
        """Make a pyarrow table or DataFrame queryable as ``name`` (a table of the database, so every
        cursor sees it)."""
        self.con.register("_incoming", table)
        try:
            self.con.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM _incoming")
        finally:
            self.con.unregister("_incoming")

    def release_memory(self) -> None:
        """Give back to the system the memory freed by the tables built so far: pyarrow's pool and the
        C heap keep freed pages for reuse, so without this every later table of an export would start
        from the high-water mark of the largest one before it."""
        pa.default_memory_pool().release_unused()
        _trim_c_heap()

    @property
    def n_docs(self) -> int:
        return self.con.execute("SELECT count(*) FROM docs").fetchall()[0][0]

    def close(self) -> None:
        self.con.close()
        shutil.rmtree(self._tmp, ignore_errors=True)

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:
            pass

    def __repr__(self) -> str:
        return f"<Annotated corpus: {self.n_docs} articles>"


def _trim_c_heap() -> None:
    """Return the free pages at the top and inside the C heap to the system (glibc's ``malloc_trim``;
    nothing where the C library has no such call)."""
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):
        pass


def arrow_to_pandas(table: pa.Table) -> pd.DataFrame:
    """A pyarrow table as a DataFrame whose list cells are Python lists (not numpy arrays) and whose
    integer columns with missing values are nullable integers (``Int64``), not floats."""
    frame = table.to_pandas()
    for f in table.schema:
        if pa.types.is_list(f.type) or pa.types.is_large_list(f.type):
            frame[f.name] = [list(v) if v is not None else [] for v in frame[f.name]]
        elif pa.types.is_integer(f.type) and table.column(f.name).null_count:
            frame[f.name] = pd.array(table.column(f.name).to_pylist(), dtype="Int64")
    return frame


@dataclass(frozen=True)
class Reduction:
    """A corpus table as a query over an :class:`Annotated` corpus, and what Python does to each batch.

    Attributes
    ----------
    sql : str
        The query (its rows in the table's order).
    finish : callable, optional
        DataFrame -> DataFrame applied to the result (or each batch of it): rounding, column order.
    whole : bool
        ``finish`` needs the whole result at once (a sort on computed scores), so it is not streamed.
    per_article : bool
        Each row comes from one article and the rows are in corpus order (``ORDER BY d.ord, ...``), or in the
        order of ``window_order``, so the query is run on windows of articles one after another
        (:meth:`Annotated.window_batches`).
    window_order : str
        The column of ``docs`` the rows of a per-article table are first sorted by (``ord``, ``doc_id``).
    """

    sql: str
    finish: Callable[[pd.DataFrame], pd.DataFrame] | None = None
    whole: bool = False
    per_article: bool = False
    window_order: str = "ord"
    value: pd.DataFrame | None = field(default=None, repr=False)

    @classmethod
    def of_frame(cls, frame: pd.DataFrame) -> Reduction:
        """A table already at hand (the ``articles`` table, read while the corpus streamed in)."""
        return cls("", whole=True, value=frame)

    def frame(self, view: Annotated) -> pd.DataFrame:
        """The whole table."""
        if self.value is not None:
            return self.value.copy()
        frame = view.frame(self.sql)
        return self.finish(frame) if self.finish else frame

    def stream(self, view: Annotated, *, rows: int | None = None) -> Iterator[pd.DataFrame | pa.RecordBatch]:
        """The table in batches: pyarrow record batches when nothing is done in Python, else DataFrames."""
        if self.whole:
            yield self.frame(view)
            return
        batches = view.window_batches(self.sql, rows=rows, order=self.window_order) if self.per_article \
            else view.batches(self.sql, rows=rows)
        for batch in batches:
            yield self.finish(arrow_to_pandas(pa.Table.from_batches([batch]))) if self.finish else batch


def _paths(paths: Iterable[str | Path]) -> str:
    return "[" + ", ".join("'" + str(p).replace("'", "''") + "'" for p in paths) + "]"


_RECENT: OrderedDict[tuple, Annotated] = OrderedDict()


def forget_recent() -> None:
    """Close the corpora :func:`annotated` keeps open."""
    while _RECENT:
        _RECENT.popitem()[1].close()


def annotated(corpus: Iterable[Article] | Annotated) -> Annotated:
    """The corpus as an :class:`Annotated` one: articles the store lacks are annotated first.

    The last few corpora are kept open, so a notebook asking for one table after another
    opens the store once.
    """
    if isinstance(corpus, Annotated):
        return corpus
    articles = list(corpus)
    stores = active_store()
    keys = ensure_annotated(articles, stores=stores)
    docs = docs_table(articles, keys)
    slot = (id(stores), tuple(docs["doc_id"].to_pylist()), tuple(keys), tuple(docs["path"].to_pylist()),
            tuple(docs["duplicate_of"].to_pylist()), tuple(map(id, articles)))
    if slot in _RECENT:
        _RECENT.move_to_end(slot)
        return _RECENT[slot]
    from ..corpus.collection import article_row
    from .sources import articles_frame

    view = Annotated(docs, stores, articles_frame([article_row(a) for a in articles]))
    _RECENT[slot] = view
    while len(_RECENT) > 4:
        _RECENT.popitem(last=False)[1].close()
    return view
