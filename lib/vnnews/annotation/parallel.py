"""Precomputing the heavy annotation (sentences, words, POS, mentions) for a whole corpus.

Workers receive file paths, load and annotate one article each, write the results to the
Parquet cache (:mod:`vnnews.annotation.cache`) and send back one summary row, so memory stays bounded
whatever the corpus size: at most a few articles per worker are in flight. By default all
local cores work in parallel; given a Dask scheduler address or a
``dask.distributed.Client``, the same function runs on that cluster (the cache directory must
then be one the workers can all reach).
"""
from __future__ import annotations

import itertools
import os
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from pathlib import Path
from typing import Any

import pandas as pd

from ..corpus import candidate_files, load_corpus
from .cache import misses

__all__ = ["annotate_file", "annotate_corpus", "SUMMARY_COLUMNS"]

SUMMARY_COLUMNS = ["doc_id", "path", "syllables", "tokens", "mentions", "time_expressions", "computed", "seconds", "error"]


def annotate_file(path: str, cache_dir: str | None = None) -> dict[str, Any]:
    """Annotate one article file into the cache and describe what was done.

    Parameters
    ----------
    path : str
        Article file.
    cache_dir : str, optional
        Cache root (default: :func:`vnnews.annotation.cache.default_cache_dir` in the worker).

    Returns
    -------
    dict
        A row of :data:`SUMMARY_COLUMNS`; ``computed`` is False when everything came from
        the cache; ``error`` names the problem when the file could not be loaded.
    """
    if cache_dir is not None:
        os.environ["VNNEWS_CACHE_DIR"] = str(cache_dir)
    from ..entities import mentions
    from ..time.expressions import article_timexes
    from .tokenisation import annotate

    started = time.perf_counter()
    corpus = load_corpus([path])
    if not len(corpus):
        problem = corpus.problems[0]
        return dict(zip(SUMMARY_COLUMNS, [Path(path).stem, path, 0, 0, 0, 0, False, 0.0, problem.message]))
    article = corpus[0]
    misses_before = misses()
    toks = annotate(article).tokens
    found = mentions([article])
    timexes = article_timexes(article)
    computed = misses() > misses_before
    return dict(zip(SUMMARY_COLUMNS, [article.doc_id, path, int(toks["syllables"].sum()), len(toks), len(found),
                                      len(timexes), computed, round(time.perf_counter() - started, 4), ""]))


def _local(paths: list[str], cache_dir: str | None, workers: int) -> Iterator[dict[str, Any]]:
    if workers <= 1:
        for path in paths:
            yield annotate_file(path, cache_dir)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending = set()
        queue = iter(paths)
        for path in queue:
            pending.add(pool.submit(annotate_file, path, cache_dir))
            if len(pending) >= 2 * workers:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield future.result()
        for future in pending:
            yield future.result()


def _dask(paths: list[str], cache_dir: str | None, scheduler: Any) -> Iterator[dict[str, Any]]:
    from distributed import Client, as_completed

    client = Client(scheduler) if isinstance(scheduler, str) else scheduler
    try:
        window = max(2 * sum(client.nthreads().values()), 2)
        queue = iter(paths)
        futures = as_completed([client.submit(annotate_file, p, cache_dir, pure=False) for p in itertools.islice(queue, window)])
        for future in futures:
            yield future.result()
            future.release()
            following = next(queue, None)
            if following is not None:
                futures.add(client.submit(annotate_file, following, cache_dir, pure=False))
    finally:
        if isinstance(scheduler, str):
            client.close()


def annotate_corpus(source: str | Path | Iterable[str | Path], *, cache_dir: str | Path | None = None,
                    workers: int | None = None, scheduler: Any = None, progress: bool = False,
                    pattern: str = "*.txt", recursive: bool = False) -> pd.DataFrame:
    """Annotate every article of a corpus into the cache, in parallel.

    Parameters
    ----------
    source : folder, file or list of files
    cache_dir : str or Path, optional
        Cache root; default ``VNNEWS_CACHE_DIR`` or the project's ``.cache/vnnews``.
    workers : int, optional
        Local processes (default: all cores). Ignored with a ``scheduler``.
    scheduler : str or dask.distributed.Client, optional
        Run on this Dask cluster (``"tcp://host:8786"`` or a client).
    progress : bool
        Show a progress bar.

    Returns
    -------
    pandas.DataFrame
        One row per file (:data:`SUMMARY_COLUMNS`), in the order they finished.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Tiêu đề\\n\\nSáng 1/7/2020, Bộ Chính trị họp.", encoding="utf-8")
    >>> first = annotate_corpus(folder, cache_dir=folder / "cache", workers=1)
    >>> again = annotate_corpus(folder, cache_dir=folder / "cache", workers=1)
    >>> first["computed"].tolist(), again["computed"].tolist(), first["mentions"].tolist()
    ([True], [False], [1])
    """
    files, _, problems = candidate_files(source, pattern, recursive)
    paths = [str(p) for p in files]
    cache = str(cache_dir) if cache_dir is not None else None
    rows_iter = _dask(paths, cache, scheduler) if scheduler is not None else _local(paths, cache, workers or os.cpu_count() or 1)
    if progress:
        from tqdm.auto import tqdm

        rows_iter = tqdm(rows_iter, total=len(paths), unit="article")
    rows = list(rows_iter)
    rows += [dict(zip(SUMMARY_COLUMNS, ["", p.path, 0, 0, 0, 0, False, 0.0, p.message])) for p in problems]
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)
