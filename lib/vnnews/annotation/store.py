"""The annotation store: every layer of every article, as a Parquet dataset written in chunks.

One *chunk* is one folder holding, for a batch of articles, one Parquet file per layer
(``tokens.parquet``, ``mentions.parquet``, ``word_counts.parquet``...) and ``manifest.parquet``,
the entry of each article: its key (a hash of the text, the document date and the pipeline
fingerprint, see :func:`article_key`), the key of the file it was read from with what the loader
made of it (:mod:`vnnews.corpus.recall`), and its sizes. A chunk may hold only such file entries
(``stored`` false, every layer empty): files read again whose articles were already stored.
Every row of every layer carries ``key``, so DuckDB, pyarrow or Dask read the store directly
and a row can never be served for another article.

A chunk is written in a temporary folder and renamed into place: it is there whole or not at
all, so a killed run, a full disk or two runs on one store never leave half an article.
Chunks are validated when the store is opened (manifest, every layer present with its schema,
each file naming its chunk and the chunk's keys); a damaged chunk is reported once, set aside
in ``bad/`` and its articles recomputed. A chunk found whole (or just written) gets a record,
``.validated``, of its files as the file system sees them (inode, size, modification and change
times) and of the schemas expected; while its files still match that record it is not read
again, so opening a store of thousands of chunks costs a ``stat`` per file. A file replaced or
rewritten since no longer matches, and its chunk is validated in full again. Temporary folders of runs that died are removed.
A store the process cannot write is used read-only: new articles then go to a temporary
overlay store that lives as long as the process.

Layout::

    <cache root>/store/<fingerprint>/chunks/<chunk id>/{manifest,<layer>}.parquet
                                   /tmp/<chunk id>.<host>.<pid>/      (being written)
                                   /bad/<chunk id>/                   (damaged, set aside)
"""
from __future__ import annotations

import hashlib
import logging
import os
import shutil
import socket
import tempfile
import time
import uuid
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .cache import DEPENDS_STORE, code_fingerprint, default_cache_dir

__all__ = ["MANIFEST_SCHEMA", "STORE_VERSION", "Store", "StoreProblem", "keys_digest"]

log = logging.getLogger("vnnews")

#: bump when the layout of the store changes
STORE_VERSION = "store-2"
#: a temporary folder older than this belongs to a run that died (whatever its host)
STALE_SECONDS = 3600

MANIFEST_SCHEMA = pa.schema([
    ("key", pa.string()),            # the article: text, document date and pipeline fingerprint
    ("file_key", pa.string()),       # the file it was read from (raw bytes, doc_id), null for text in memory
    ("stored", pa.bool_()),          # this chunk holds the article's layers (else only the file record)
    ("encoding", pa.string()),
    ("notes", pa.string()),
    ("duplicate_key", pa.string()),  # hash of the normalised text, to flag duplicate articles
    ("syllables", pa.int64()),
    ("tokens", pa.int64()),
    ("mentions", pa.int64()),
    ("time_expressions", pa.int64()),
    ("source", pa.string()),         # what the loader made of the file (vnnews.corpus.recall.SourceRecord), JSON
])
_META_CHUNK = b"vnnews.chunk"
_META_KEYS = b"vnnews.keys"
#: the record of a chunk found whole (see the module docs)
VALIDATED = ".validated"


def keys_digest(keys: Iterable[str]) -> str:
    """A digest of a chunk's article keys, written into each of its files."""
    return hashlib.sha1("\n".join(sorted(set(keys))).encode()).hexdigest()


@dataclass(frozen=True)
class StoreProblem:
    """A chunk of the store that could not be used, and why."""

    chunk: str
    reason: str


_REPORTED: set[tuple[str, str]] = set()


def _report(problem: StoreProblem) -> None:
    if (problem.chunk, problem.reason) not in _REPORTED:
        _REPORTED.add((problem.chunk, problem.reason))
        log.warning("cache entry %s is damaged (%s): its articles are recomputed", problem.chunk, problem.reason)


def _writable(path: Path) -> bool:
    probe = path
    while not probe.exists():
        probe = probe.parent
    if not os.access(probe, os.W_OK | os.X_OK):
        return False
    try:
        path.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=path, prefix=".probe-")
        os.close(fd)
        os.unlink(name)
        return True
    except OSError:
        return False


class Store:
    """Chunks of annotated articles under one cache root, for the current pipeline fingerprint.

    Parameters
    ----------
    schemas : mapping of str to pyarrow.Schema
        The layers every chunk holds and their schemas (without the ``key`` column, which is added).
    root : str or Path, optional
        Cache root (default :func:`vnnews.annotation.cache.default_cache_dir`).
    fingerprint : str, optional
        Version of the pipeline (default: the code fingerprint and :data:`STORE_VERSION`).
    """

    def __init__(self, schemas: Mapping[str, pa.Schema], *, root: str | Path | None = None,
                 fingerprint: str | None = None) -> None:
        self.schemas = {name: _with_key(schema) for name, schema in schemas.items()}
        self._schemas_digest = hashlib.sha1(f"{MANIFEST_SCHEMA}\n{sorted((n, str(s)) for n, s in self.schemas.items())}"
                                            .encode()).hexdigest()
        self.cache_root = Path(root) if root is not None else default_cache_dir()
        self.fingerprint = fingerprint or f"{STORE_VERSION}-{code_fingerprint(DEPENDS_STORE)}"
        self.folder = self.cache_root / "store" / self.fingerprint
        self.writable = _writable(self.folder)
        self.problems: list[StoreProblem] = []
        self._chunks: dict[str, pa.Table] = {}      # chunk id -> its manifest
        self._index: dict[str, str] = {}            # article key -> chunk holding its layers
        self._files: dict[str, tuple[str, int, bool]] = {}  # file key -> chunk, row of its manifest, has a source record
        self._tables: OrderedDict[tuple[str, str], pa.Table] = OrderedDict()
        if self.writable:
            self._clean_temporary()
        self.refresh()

    # ------------------------------------------------------------------ reading
    @property
    def chunk_folder(self) -> Path:
        return self.folder / "chunks"

    def refresh(self) -> None:
        """Read the manifests of chunks written since the store was opened (by this or another run)."""
        if not self.chunk_folder.is_dir():
            return
        for path in sorted(self.chunk_folder.iterdir()):
            if path.name in self._chunks or not path.is_dir():
                continue
            manifest = self._validate(path)
            if manifest is None:
                continue
            self._add_chunk(path.name, manifest)

    def _signature(self, path: Path) -> str | None:
        """What the file system says of a chunk's files (inode, size, modification and change times), and the
        schemas expected; None when a file is missing."""
        digest = hashlib.sha1(self._schemas_digest.encode())
        try:
            for name in ["manifest", *self.schemas]:
                stat = (path / f"{name}.parquet").stat()
                digest.update(f"{name}:{stat.st_ino}:{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ctime_ns}\n".encode())
        except OSError:
            return None
        return digest.hexdigest()

    def _known_whole(self, path: Path) -> bool:
        """The chunk was found whole before and none of its files changed since."""
        signature = self._signature(path)
        try:
            return signature is not None and (path / VALIDATED).read_text(encoding="ascii") == signature
        except (OSError, ValueError):
            return False

    def _record_whole(self, path: Path) -> None:
        """Write the chunk's :data:`VALIDATED` record (atomically; silently not when the disk refuses)."""
        signature = self._signature(path)
        if signature is None or not self.writable:
            return
        tmp = path / f"{VALIDATED}.{uuid.uuid4().hex[:8]}"
        try:
            tmp.write_text(signature, encoding="ascii")
            os.replace(tmp, path / VALIDATED)
        except OSError:
            tmp.unlink(missing_ok=True)

    def _validate(self, path: Path) -> pa.Table | None:
        reason = ""
        known = self._known_whole(path)
        try:
            manifest = pq.ParquetFile(path / "manifest.parquet").read(use_threads=False)
            if known and manifest.schema.equals(MANIFEST_SCHEMA):
                return manifest
            if not manifest.schema.equals(MANIFEST_SCHEMA):
                reason = "manifest has the wrong columns"
            else:
                stored = [k for k, s in zip(manifest["key"].to_pylist(), manifest["stored"].to_pylist()) if s]
                digest = keys_digest(stored).encode()
                for layer, schema in self.schemas.items():
                    file_schema = pq.read_schema(path / f"{layer}.parquet")
                    meta = file_schema.metadata or {}
                    if not file_schema.remove_metadata().equals(schema):
                        reason = f"{layer}: columns differ from the expected schema"
                    elif meta.get(_META_CHUNK) != path.name.encode() or meta.get(_META_KEYS) != digest:
                        reason = f"{layer}: the file belongs to another entry"
                    if reason:
                        break
        except (OSError, pa.ArrowException) as exc:
            reason = f"unreadable: {type(exc).__name__}: {str(exc)[:120]}"
        if not reason:
            self._record_whole(path)
            return manifest
        problem = StoreProblem(path.name, reason)
        self.problems.append(problem)
        _report(problem)
        if self.writable:
            bad = self.folder / "bad"
            bad.mkdir(parents=True, exist_ok=True)
            try:
                os.replace(path, bad / f"{path.name}.{uuid.uuid4().hex[:6]}")
            except OSError:
                pass  # another run moved it first
        return None

    def _add_chunk(self, chunk: str, manifest: pa.Table) -> None:
        """Index a chunk's articles (the oldest chunk wins: every run sees the same) and file entries (the
        oldest wins, but one with the loader's record over one without); rows are read from the manifest
        when asked for, so the index holds no per-article text."""
        self._chunks[chunk] = manifest
        columns = (manifest[name].to_pylist() for name in ("key", "file_key", "stored"))
        sourced = pc.is_valid(manifest["source"]).to_pylist()
        for i, (key, file_key, stored) in enumerate(zip(*columns)):
            if stored:
                self._index.setdefault(key, chunk)
            if file_key and (file_key not in self._files or (sourced[i] and not self._files[file_key][2])):
                self._files[file_key] = (chunk, i, sourced[i])

    def chunk_of(self, key: str) -> str | None:
        """The chunk holding the layers of the article with ``key``, or None."""
        return self._index.get(key)

    def file_record(self, file_key: str) -> dict | None:
        """What an earlier run read from the file with ``file_key`` (its article key, encoding, notes...)."""
        found = self._files.get(file_key)
        if found is None:
            return None
        chunk, row, _ = found
        return self._chunks[chunk].slice(row, 1).to_pylist()[0]

    def stored_keys(self, chunk: str) -> list[str]:
        """The articles whose layers a chunk holds."""
        manifest = self._chunks[chunk]
        return [k for k, s in zip(manifest["key"].to_pylist(), manifest["stored"].to_pylist()) if s]

    def entry(self, key: str) -> dict | None:
        """The manifest row (sizes) of a stored article."""
        chunk = self._index.get(key)
        if chunk is None:
            return None
        manifest = self._chunks[chunk]
        rows = manifest.filter(pc.and_(pc.equal(manifest["key"], key), manifest["stored"])).to_pylist()
        return rows[0] if rows else None

    def path(self, chunk: str, layer: str) -> Path:
        return self.chunk_folder / chunk / f"{layer}.parquet"

    def layer(self, chunk: str, layer: str) -> pa.Table:
        """One layer of one chunk (a few recent ones are kept in memory)."""
        slot = (chunk, layer)
        if slot in self._tables:
            self._tables.move_to_end(slot)
            return self._tables[slot]
        table = pq.read_table(self.path(chunk, layer))
        self._tables[slot] = table
        while len(self._tables) > 8:
            self._tables.popitem(last=False)
        return table

    def rows(self, key: str, layer: str) -> pa.Table | None:
        """The rows of ``layer`` for the article with ``key``, or None when it is not stored."""
        chunk = self._index.get(key)
        if chunk is None:
            return None
        table = self.layer(chunk, layer)
        return table.filter(pc.equal(table["key"], key))

    # ------------------------------------------------------------------ writing
    def write_chunk(self, manifest: pa.Table, layers: Mapping[str, pa.Table]) -> str:
        """Write one chunk atomically and add it to the index; returns its id.

        ``manifest`` follows :data:`MANIFEST_SCHEMA`; ``layers`` has a table for every layer of
        the store, each with a ``key`` column naming articles of the manifest.
        """
        if not self.writable:
            raise PermissionError(f"the annotation store {self.folder} is read-only")
        chunk = f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}"
        manifest = manifest.cast(MANIFEST_SCHEMA)
        stored = [k for k, s in zip(manifest["key"].to_pylist(), manifest["stored"].to_pylist()) if s]
        meta = {_META_CHUNK: chunk.encode(), _META_KEYS: keys_digest(stored).encode()}
        tmp = self.folder / "tmp" / f"{chunk}.{socket.gethostname()}.{os.getpid()}"
        tmp.mkdir(parents=True)
        try:
            for name, schema in self.schemas.items():
                table = layers[name].select(schema.names).cast(schema)
                pq.write_table(table.replace_schema_metadata(meta), tmp / f"{name}.parquet")
            pq.write_table(manifest, tmp / "manifest.parquet")
            self._record_whole(tmp)  # renaming the folder keeps its files' inodes and times
            self.chunk_folder.mkdir(parents=True, exist_ok=True)
            os.rename(tmp, self.chunk_folder / chunk)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        self._add_chunk(chunk, manifest)
        return chunk

    def _clean_temporary(self) -> None:
        """Remove the temporary folders of runs that died (same host and the process gone, or old)."""
        tmp = self.folder / "tmp"
        if not tmp.is_dir():
            return
        host = socket.gethostname()
        now = time.time()
        for path in tmp.iterdir():
            parts = path.name.split(".")
            try:
                same_host_dead = len(parts) >= 3 and parts[-2] == host and not _alive(int(parts[-1]))
                if same_host_dead or now - path.stat().st_mtime > STALE_SECONDS:
                    shutil.rmtree(path, ignore_errors=True)
            except (OSError, ValueError):
                continue

    def __repr__(self) -> str:
        mode = "" if self.writable else ", read-only"
        return f"<Store {self.folder}: {len(self._index)} articles in {len(self._chunks)} chunks{mode}>"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _with_key(schema: pa.Schema) -> pa.Schema:
    return schema if "key" in schema.names else pa.schema([pa.field("key", pa.string())] + list(schema))
