"""A cache of per-article tables, in memory and on disk as Parquet.

Entries are keyed by a hash of the article text and the version of the pipeline that
made them, so an unchanged article is served from the cache, and a changed article or a
new pipeline version is computed afresh. The disk location is, in order: the
``directory`` given, the ``VNNEWS_CACHE_DIR`` environment variable, ``.cache/vnnews`` in
the project checkout vnnews is installed from, else ``~/.cache/vnnews``.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = ["FrameCache", "cache_directory", "cache_layers", "clear_memory", "code_fingerprint", "corpus_key", "default_cache_dir", "misses",
           "text_key"]

_MEMORY_ENTRIES = 4096


def default_cache_dir() -> Path:
    """Where cached annotations go when no directory is given (see module docs)."""
    env = os.environ.get("VNNEWS_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "pyproject.toml").is_file() and (checkout / "lib" / "vnnews").is_dir() and os.access(checkout, os.W_OK):
        return checkout / ".cache" / "vnnews"
    return Path.home() / ".cache" / "vnnews"


#: what each cached layer is computed from: the subpackages (and data) whose code its key hashes
DEPENDS_TOKENS = ("text", "corpus", "annotation", "data")
DEPENDS_MENTIONS = (*DEPENDS_TOKENS, "entities")
DEPENDS_TIME = (*DEPENDS_TOKENS, "time")


@cache
def code_fingerprint(depends: tuple[str, ...] | None = None) -> str:
    """A hash of the modules and data files of the installed vnnews package that a layer depends on.

    Part of every cache key, so a changed rule or data table (``data/titles.tsv``) is never
    served results computed before the change, while an edit elsewhere (a plot) keeps the cache.

    Parameters
    ----------
    depends : tuple of str, optional
        Subpackages (``"text"``, ``"entities"``, ``"data"``...) whose files count; all when None.
    """
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha1()
    for path in sorted(package.rglob("*")):
        inside = path.relative_to(package).parts
        if depends is not None and (len(inside) < 2 or inside[0] not in depends):
            continue
        if path.suffix in (".py", ".tsv", ".csv", ".json") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\x00")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def text_key(text: str, version: str, *, depends: tuple[str, ...] | None = None) -> str:
    """Cache key of ``text`` under pipeline ``version`` and the code it ``depends`` on (:func:`code_fingerprint`)."""
    return hashlib.sha1(f"{code_fingerprint(depends)}\x00{version}\x00{text}".encode()).hexdigest()


def corpus_key(articles: Iterable[Any], version: str, *, depends: tuple[str, ...] | None = None) -> str:
    """Cache key of a whole corpus: its articles' ids, texts and dates, in order, under ``version``."""
    digest = hashlib.sha1(f"{code_fingerprint(depends)}\x00{version}".encode())
    for a in articles:
        digest.update(f"{a.doc_id}\x00{a.date}\x00".encode())
        digest.update(hashlib.sha1(a.text.encode("utf-8")).digest())
    return digest.hexdigest()


class FrameCache:
    """Named tables per key, in a bounded in-memory LRU and as Parquet files on disk.

    Parameters
    ----------
    layer : str
        Name of what is cached (``"tokens"``); a sub-folder of the cache directory.
    directory : str or Path, optional
        Cache root; default :func:`default_cache_dir`.
    disk : bool
        Also read and write Parquet files (memory only when False).
    memory_entries : int
        How many keys the in-memory layer keeps (least recently used go first).
    """

    def __init__(self, layer: str, *, directory: str | Path | None = None, disk: bool = True,
                 memory_entries: int = _MEMORY_ENTRIES) -> None:
        self.layer = layer
        self.memory_entries = memory_entries
        self.directory = Path(directory) if directory is not None else None
        self.disk = disk
        # keyed by (cache root, key): a different cache directory is filled, not skipped
        self._memory: OrderedDict[tuple[str, str], dict[str, pd.DataFrame]] = OrderedDict()
        self.hits = {"memory": 0, "disk": 0, "miss": 0}
        _LAYERS.append(self)

    @property
    def root(self) -> Path:
        """The folder holding this layer's files."""
        return (self.directory or default_cache_dir()) / self.layer

    def _paths(self, key: str, names: list[str] | None = None) -> dict[str, Path]:
        folder = self.root / key[:2]
        if names is None:
            return {p.name.split(".")[1]: p for p in folder.glob(f"{key}.*.parquet")}
        return {name: folder / f"{key}.{name}.parquet" for name in names}

    def get(self, key: str) -> dict[str, pd.DataFrame] | None:
        """The tables stored under ``key``, or None."""
        slot = (str(self.root), key)
        if slot in self._memory:
            self._memory.move_to_end(slot)
            self.hits["memory"] += 1
            return self._memory[slot]
        if self.disk:
            paths = self._paths(key)
            if paths:
                try:
                    tables = {name: pd.read_parquet(path) for name, path in paths.items()}
                except (OSError, ValueError):
                    tables = None  # a damaged file is recomputed
                if tables is not None:
                    self._remember(key, tables)
                    self.hits["disk"] += 1
                    return tables
        self.hits["miss"] += 1
        return None

    def put(self, key: str, tables: dict[str, pd.DataFrame]) -> None:
        """Store ``tables`` under ``key`` (atomically on disk, so parallel workers never see half a file)."""
        self._remember(key, tables)
        if not self.disk:
            return
        for name, path in self._paths(key, list(tables)).items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            os.close(fd)
            try:
                tables[name].to_parquet(tmp, index=False)
                os.replace(tmp, path)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)

    def _remember(self, key: str, tables: dict[str, pd.DataFrame]) -> None:
        slot = (str(self.root), key)
        self._memory[slot] = tables
        self._memory.move_to_end(slot)
        while len(self._memory) > self.memory_entries:
            self._memory.popitem(last=False)

    def clear_memory(self) -> None:
        """Forget the in-memory entries (disk files stay)."""
        self._memory.clear()


#: every cache layer made in this process, in the order they were made
_LAYERS: list[FrameCache] = []


def cache_layers() -> dict[str, FrameCache]:
    """The cache layers of this process by name (``tokens``, ``mentions``, ``corpus-timex``...)."""
    return {layer.layer: layer for layer in _LAYERS}


def misses() -> int:
    """How many lookups, over all layers, found nothing and had to compute."""
    return sum(layer.hits["miss"] for layer in _LAYERS)


def clear_memory() -> None:
    """Forget the in-memory entries of every layer (disk files stay)."""
    for layer in _LAYERS:
        layer.clear_memory()


@contextmanager
def cache_directory(directory: str | Path) -> Iterator[Path]:
    """Point every cache layer at ``directory`` for the duration of a ``with`` block.

    Examples
    --------
    >>> import tempfile
    >>> with cache_directory(tempfile.mkdtemp()) as root:
    ...     cache_layers()["tokens"].root.parent == root
    True
    """
    saved = [(layer, layer.directory) for layer in _LAYERS]
    root = Path(directory)
    for layer, _ in saved:
        layer.directory = root
        layer.clear_memory()
    try:
        yield root
    finally:
        for layer, old in saved:
            layer.directory = old
            layer.clear_memory()
