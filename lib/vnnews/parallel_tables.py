"""The corpus tables of ``vnnews annotate --workers N`` computed in N processes at once.

After the map, ``vnnews annotate`` prepares every table that is a reduction of the store into the
table cache (:class:`vnnews.streaming.TableCache`), so the next ``vnnews export`` copies them. One
process runs them one after another; the tables are independent, so with more workers each process
opens the corpus once (its ``docs`` and ``articles`` tables, sent when the process starts) and takes
the next table not yet taken, the longest first. The parent records the files they kept as one
export of the cache, as a single process would.
"""
from __future__ import annotations

import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd
import pyarrow as pa

__all__ = ["LONGEST_FIRST", "prepare_in_processes"]

#: tables that take longest to reduce, started first so the last one to finish starts early
LONGEST_FIRST = ("word_frequencies", "syllable_frequencies", "bigrams", "sizes", "collocations", "cooccurrence", "people")

_OPEN: dict[str, object] = {}


def _open_corpus(docs: pa.Table, articles: pd.DataFrame | None, cache_dir: str | None) -> None:
    """Start of a worker: the corpus as an annotated view over the store, its table cache and digest."""
    if cache_dir is not None:
        os.environ["VNNEWS_CACHE_DIR"] = cache_dir
    from .annotation.active import active_store
    from .annotation.reduce import Annotated
    from .streaming import TableCache, corpus_digest

    view = Annotated(docs, active_store(cache_dir), articles)
    _OPEN.update(view=view, cache=TableCache.of(view), corpus=corpus_digest(view))


def _prepare(name: str, fmt: str) -> dict[str, int]:
    """One table into the cache; the cache files it used (name -> size)."""
    from .streaming import write_reduction

    cache = _OPEN["cache"]
    before = dict(cache.used)
    with tempfile.TemporaryDirectory(prefix="vnnews-tables-") as folder:
        write_reduction(_OPEN["view"], name, Path(folder), fmt, cache=cache, corpus=_OPEN["corpus"])
    return {file: size for file, size in cache.used.items() if before.get(file) != size}


def prepare_in_processes(docs: pa.Table, articles: pd.DataFrame | None, names: list[str], *, fmt: str, workers: int,
                         cache_dir: str | None = None) -> int:
    """Prepare the tables ``names`` of a corpus into the table cache with ``workers`` processes.

    Parameters
    ----------
    docs, articles
        The corpus as :func:`vnnews.annotation.sources.index_corpus` gives it.
    names : list of str
        Tables of :data:`vnnews.streaming.REDUCTIONS`.
    fmt : {"csv", "parquet"}
    workers : int
        Processes (at least 1).
    cache_dir : str, optional
        The cache root (default: the active one).

    Returns
    -------
    int
        The number of tables prepared (0 when the cache cannot be written).
    """
    from .annotation.active import active_store
    from .streaming import TableCache

    if workers < 1:
        raise ValueError(f"workers must be a positive integer, not {workers!r}")
    stores = active_store(cache_dir)
    cache = TableCache.at(stores)
    if cache is None:
        return 0
    order = sorted(names, key=lambda n: LONGEST_FIRST.index(n) if n in LONGEST_FIRST else len(LONGEST_FIRST))
    with ProcessPoolExecutor(max_workers=min(workers, len(order)), initializer=_open_corpus,
                             initargs=(docs, articles, str(stores.root))) as pool:
        for used in pool.map(_prepare, order, [fmt] * len(order)):
            cache.used.update(used)
    cache.finish()
    return len(order)
