"""Precomputing the heavy annotation (sentences, words, POS, mentions) for a whole corpus.

The corpus is read lazily (:func:`vnnews.corpus.iter_articles`: folders, text files, CSV, JSON
Lines, Parquet...); workers receive one article each, annotate it, write the results to the
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

from ..corpus import Article, iter_articles, load_corpus
from .cache import misses

__all__ = ["annotate_article", "annotate_file", "annotate_corpus", "SUMMARY_COLUMNS"]

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
    corpus = load_corpus([path])
    if not len(corpus):
        problem = corpus.problems[0]
        return dict(zip(SUMMARY_COLUMNS, [Path(path).stem, path, 0, 0, 0, 0, False, 0.0, problem.message]))
    return annotate_article(corpus[0], cache_dir)


def annotate_article(article: Article, cache_dir: str | None = None) -> dict[str, Any]:
    """Annotate one article into the cache and describe what was done (a row of :data:`SUMMARY_COLUMNS`)."""
    if cache_dir is not None:
        os.environ["VNNEWS_CACHE_DIR"] = str(cache_dir)
    from ..entities import mentions
    from ..time.expressions import article_timexes
    from .tokenisation import annotate

    started = time.perf_counter()
    misses_before = misses()
    toks = annotate(article).tokens
    found = mentions([article])
    timexes = article_timexes(article)
    computed = misses() > misses_before
    path = f"{article.path}, row {article.row}" if article.row is not None else article.path
    return dict(zip(SUMMARY_COLUMNS, [article.doc_id, path, int(toks["syllables"].sum()), len(toks), len(found),
                                      len(timexes), computed, round(time.perf_counter() - started, 4), ""]))


def _local(articles: Iterable[Article], cache_dir: str | None, workers: int) -> Iterator[dict[str, Any]]:
    if workers <= 1:
        for article in articles:
            yield annotate_article(article, cache_dir)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending = set()
        for article in articles:
            pending.add(pool.submit(annotate_article, article, cache_dir))
            if len(pending) >= 2 * workers:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield future.result()
        for future in pending:
            yield future.result()


def _dask(articles: Iterable[Article], cache_dir: str | None, scheduler: Any) -> Iterator[dict[str, Any]]:
    from distributed import Client, as_completed

    client = Client(scheduler) if isinstance(scheduler, str) else scheduler
    try:
        window = max(2 * sum(client.nthreads().values()), 2)
        queue = iter(articles)
        futures = as_completed([client.submit(annotate_article, a, cache_dir, pure=False) for a in itertools.islice(queue, window)])
        for future in futures:
            yield future.result()
            future.release()
            following = next(queue, None)
            if following is not None:
                futures.add(client.submit(annotate_article, following, cache_dir, pure=False))
    finally:
        if isinstance(scheduler, str):
            client.close()


def annotate_corpus(source: str | Path | Iterable[str | Path], *, cache_dir: str | Path | None = None,
                    workers: int | None = None, scheduler: Any = None, progress: bool = False,
                    **load_options: Any) -> pd.DataFrame:
    """Annotate every article of a corpus into the cache, in parallel.

    Parameters
    ----------
    source : folder, file, glob or list of them
        Anything :func:`vnnews.load_corpus` reads; it is read lazily, one article at a time.
    cache_dir : str or Path, optional
        Cache root; default ``VNNEWS_CACHE_DIR`` or the project's ``.cache/vnnews``.
    workers : int, optional
        Local processes (default: all cores). Ignored with a ``scheduler``.
    scheduler : str or dask.distributed.Client, optional
        Run on this Dask cluster (``"tcp://host:8786"`` or a client).
    progress : bool
        Show a progress bar.
    **load_options
        Options of :func:`vnnews.load_corpus` (``columns``, ``pattern``, ``recursive``...).

    Returns
    -------
    pandas.DataFrame
        One row per article (:data:`SUMMARY_COLUMNS`), in the order they finished, then one row
        per file or row that could not be loaded (``error`` says why).

    Examples
    --------
    >>> import pathlib, tempfile
    >>> folder, cache = pathlib.Path(tempfile.mkdtemp()), pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Tiêu đề\\n\\nSáng 1/7/2020, Bộ Chính trị họp.", encoding="utf-8")
    >>> first = annotate_corpus(folder, cache_dir=cache, workers=1)
    >>> again = annotate_corpus(folder, cache_dir=cache, workers=1)
    >>> first["computed"].tolist(), again["computed"].tolist(), first["mentions"].tolist()
    ([True], [False], [1])
    """
    stream = iter_articles(source, **load_options)
    cache = str(cache_dir) if cache_dir is not None else None
    rows_iter = _dask(stream, cache, scheduler) if scheduler is not None else _local(stream, cache, workers or os.cpu_count() or 1)
    if progress:
        from tqdm.auto import tqdm

        rows_iter = tqdm(rows_iter, unit="article")
    rows = list(rows_iter)
    rows += [dict(zip(SUMMARY_COLUMNS, ["", f"{p.path}, row {p.row}" if p.row is not None else p.path, 0, 0, 0, 0, False, 0.0,
                                        p.message]))
             for p in stream.problems if p.action == "skipped"]
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)
