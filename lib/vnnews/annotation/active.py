"""The store this process uses, and filling it for articles in memory.

:func:`active_store` is the store under the current cache directory (``VNNEWS_CACHE_DIR``, see
:mod:`vnnews.annotation.cache`). When that store cannot be written (a read-only cache filled by
``vnnews annotate``), articles it lacks are annotated into a temporary overlay store that lives
as long as the process, and the cache itself is only read.
"""
from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import pyarrow as pa

from ..corpus import Article
from ..corpus.recall import SourceRecord
from .cache import default_cache_dir
from .store import Store

__all__ = ["CHUNK_ARTICLES", "StoreSet", "active_store", "ensure_annotated", "reset_stores"]

log = logging.getLogger("vnnews")

#: articles annotated and written together as one chunk of the store
CHUNK_ARTICLES = 64


class StoreSet:
    """The store of a cache root, plus a temporary overlay when that store is read-only."""

    def __init__(self, root: Path) -> None:
        from .layers import LAYERS

        self.root = root
        self.primary = Store(LAYERS, root=root)
        self._overlay: Store | None = None

    @property
    def stores(self) -> list[Store]:
        return [self.primary] + ([self._overlay] if self._overlay is not None else [])

    @property
    def writable_store(self) -> Store:
        """Where new chunks go: the cache, or the temporary overlay when the cache is read-only."""
        if self.primary.writable:
            return self.primary
        if self._overlay is None:
            from .layers import LAYERS

            folder = tempfile.mkdtemp(prefix="vnnews-overlay-")
            atexit.register(shutil.rmtree, folder, True)
            self._overlay = Store(LAYERS, root=folder, fingerprint=self.primary.fingerprint)
        return self._overlay

    def locate(self, key: str) -> tuple[Store, str] | None:
        """The store and chunk holding ``key``, or None."""
        for store in self.stores:
            chunk = store.chunk_of(key)
            if chunk is not None:
                return store, chunk
        return None

    def file_record(self, file_key: str) -> dict | None:
        for store in self.stores:
            record = store.file_record(file_key)
            if record is not None:
                return record
        return None

    def recall(self, source_key: str) -> tuple[str, SourceRecord] | None:
        """The article key and source record of a file or row read before whose article is stored, or
        None (the loader then reads it in full; see :mod:`vnnews.corpus.recall`)."""
        row = self.file_record(source_key)
        if row is None or not row.get("source") or self.locate(row["key"]) is None:
            return None
        return row["key"], SourceRecord.from_json(row["source"])

    def unrecorded_sources(self, articles: Sequence[Article], keys: Sequence[str]) -> list[dict]:
        """Manifest rows for the sources of stored articles whose file the store does not know yet
        (read before the store kept sources, or the same text as another file), for :meth:`write_sources`."""
        return [{"key": key, "file_key": a.source_key, "stored": False, "encoding": a.encoding, "notes": "; ".join(a.notes),
                 "duplicate_key": None, "syllables": 0, "tokens": 0, "mentions": 0, "time_expressions": 0, "source": a.source}
                for a, key in zip(articles, keys)
                if a.source_key and a.source and not (self.file_record(a.source_key) or {}).get("source")]

    def write_sources(self, rows: Sequence[dict]) -> None:
        """Write rows of :meth:`unrecorded_sources` as one chunk of file entries only (every layer empty),
        so the next read of these files is a hash and a lookup."""
        from .layers import empty_layer
        from .store import MANIFEST_SCHEMA

        if rows:
            self.write(pa.Table.from_pylist(list({r["file_key"]: r for r in rows}.values()), schema=MANIFEST_SCHEMA),
                       {name: empty_layer(name) for name in self.primary.schemas})

    def rows(self, key: str, layer: str) -> pa.Table | None:
        found = self.locate(key)
        return None if found is None else found[0].rows(key, layer)

    def write(self, manifest: pa.Table, layers: dict[str, pa.Table]) -> tuple[Store, str]:
        """Write a chunk to the cache; if the cache cannot take it (full disk, read-only), to the overlay."""
        store = self.writable_store
        try:
            return store, store.write_chunk(manifest, layers)
        except OSError as exc:
            if store is not self.primary:
                raise
            log.warning("cannot write the annotation cache %s (%s): using a temporary one for this run", store.folder, exc)
            self.primary.writable = False
            store = self.writable_store
            return store, store.write_chunk(manifest, layers)

    def refresh(self) -> None:
        for store in self.stores:
            store.refresh()


_STORES: dict[str, StoreSet] = {}


def active_store(root: str | Path | None = None) -> StoreSet:
    """The store set for ``root`` (default: the current cache directory), opened once per process."""
    folder = Path(root) if root is not None else default_cache_dir()
    slot = str(folder.resolve()) if folder.exists() else str(folder)
    if slot not in _STORES:
        _STORES[slot] = StoreSet(folder)
    return _STORES[slot]


def reset_stores() -> None:
    """Forget the stores opened by this process (they are read again on next use)."""
    _STORES.clear()


def ensure_annotated(articles: Iterable[Article], *, stores: StoreSet | None = None,
                     file_keys: Sequence[str | None] | None = None) -> list[str]:
    """Annotate into the store the articles it does not hold yet (in chunks), with the source each was
    read from (:attr:`Article.source_key`, :attr:`Article.source`); returns every article's key."""
    from .layers import annotate_chunk, article_key

    stores = stores or active_store()
    articles = list(articles)
    keys = [article_key(a) for a in articles]
    fkeys = list(file_keys) if file_keys is not None else [getattr(a, "source_key", None) for a in articles]
    missing, seen = [], set()
    for article, key, fkey in zip(articles, keys, fkeys):
        if key not in seen and stores.locate(key) is None:
            missing.append((article, fkey))
        seen.add(key)
    for i in range(0, len(missing), CHUNK_ARTICLES):
        batch = missing[i : i + CHUNK_ARTICLES]
        manifest, layers = annotate_chunk([a for a, _ in batch], file_keys=[f for _, f in batch])
        sources = pa.array([a.source if f and f == getattr(a, "source_key", None) else None for a, f in batch], pa.string())
        stores.write(manifest.set_column(manifest.schema.get_field_index("source"), "source", sources), layers)
    return keys
