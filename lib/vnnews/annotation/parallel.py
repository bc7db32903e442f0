"""Precomputing every per-article layer (tokens, POS, mentions, people, time, numbers, partial
counts) for a whole corpus: the map of the pipeline, in parallel.

The corpus is read lazily (:func:`vnnews.corpus.iter_articles`: folders, text files, CSV, JSON
Lines, Parquet...); workers receive batches of articles (local workers the text files
unread, which they read themselves, so the parent only finds them), annotate them
(:func:`vnnews.annotation.layers.annotate_chunk`), write each batch as one chunk of the store
(:mod:`vnnews.annotation.store`) and send back one summary row per article, so memory stays
bounded whatever the corpus size: at most a couple of batches per worker are in flight. By
default all local cores work in parallel; given a Dask scheduler address or a
``dask.distributed.Client``, the same function runs on that cluster (the cache directory must
then be one the workers can all reach). Articles the store holds are not annotated again.
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

from ..corpus import Article, LoadProblem, iter_articles, load_corpus
from ..corpus.reader import CorpusReader, TextSource
from .active import CHUNK_ARTICLES

__all__ = ["annotate_article", "annotate_articles", "annotate_file", "annotate_corpus", "annotate_sources", "SUMMARY_COLUMNS"]

SUMMARY_COLUMNS = ["doc_id", "path", "syllables", "tokens", "mentions", "time_expressions", "computed", "seconds", "error"]


def _where(article: Article) -> str:
    return f"{article.path}, row {article.row}" if getattr(article, "row", None) is not None else article.path


def annotate_articles(articles: list[Article], cache_dir: str | None = None) -> list[dict[str, Any]]:
    """Annotate a batch of articles into the store (one chunk) and describe what was done.

    Returns
    -------
    list of dict
        A row of :data:`SUMMARY_COLUMNS` per article; ``computed`` is False when the article came
        from the store.
    """
    if cache_dir is not None:
        os.environ["VNNEWS_CACHE_DIR"] = str(cache_dir)
    from .active import active_store, ensure_annotated
    from .layers import article_key

    stores = active_store(cache_dir)
    stores.refresh()
    keys = [article_key(a) for a in articles]
    stored = {k for k in keys if stores.locate(k) is not None}
    started = time.perf_counter()
    ensure_annotated(articles, stores=stores)
    share = round((time.perf_counter() - started) / max(1, len(set(keys) - stored)), 4)
    rows = []
    for article, key in zip(articles, keys):
        found = stores.locate(key)
        sizes = (found[0].entry(key) if found else None) or {"syllables": 0, "tokens": 0, "mentions": 0, "time_expressions": 0}
        computed = key not in stored
        rows.append(dict(zip(SUMMARY_COLUMNS, [article.doc_id, _where(article), sizes["syllables"], sizes["tokens"],
                                               sizes["mentions"], sizes["time_expressions"], computed,
                                               share if computed else 0.0, ""])))
    return rows


def annotate_article(article: Article, cache_dir: str | None = None) -> dict[str, Any]:
    """:func:`annotate_articles` for one article: its summary row."""
    return annotate_articles([article], cache_dir)[0]


def annotate_file(path: str, cache_dir: str | None = None) -> dict[str, Any]:
    """Annotate one article file into the store: its summary row (``error`` names the problem when
    the file could not be loaded)."""
    corpus = load_corpus([path])
    if not len(corpus):
        problem = corpus.problems[0]
        return dict(zip(SUMMARY_COLUMNS, [Path(path).stem, path, 0, 0, 0, 0, False, 0.0, problem.message]))
    return annotate_article(corpus[0], cache_dir)


def _problem_row(problem: LoadProblem) -> dict[str, Any]:
    """The summary row of a file or table row that could not be loaded."""
    return dict(zip(SUMMARY_COLUMNS, ["", problem.where, 0, 0, 0, 0, False, 0.0, problem.message]))


def annotate_sources(batch: list[Article | TextSource], cache_dir: str | None, load_options: dict[str, Any]) -> list[dict[str, Any]]:
    """:func:`annotate_articles` for a batch that may hold text files not read yet (a stream's
    :class:`~vnnews.corpus.reader.TextSource`): read here with ``load_options``, so the parent process
    only finds the files; a file that cannot be loaded gives its problem row."""
    if not any(isinstance(item, TextSource) for item in batch):
        return annotate_articles(batch, cache_dir)
    stream = iter_articles([], **load_options)
    reader = CorpusReader(stream)
    articles: list[Article] = []
    for item in batch:
        articles.extend(reader.read_text_source(item) if isinstance(item, TextSource) else [item])
    return annotate_articles(articles, cache_dir) + [_problem_row(p) for p in stream.problems if p.action == "skipped"]


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    queue = iter(articles)
    while batch := list(itertools.islice(queue, size)):
        yield batch


def _local(batches: Iterator[list[Article | TextSource]], cache_dir: str | None, workers: int,
           load_options: dict[str, Any]) -> Iterator[dict[str, Any]]:
    if workers <= 1:
        for batch in batches:
            yield from annotate_articles(batch, cache_dir)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending = set()
        for batch in batches:
            pending.add(pool.submit(annotate_sources, batch, cache_dir, load_options))
            if len(pending) >= 2 * workers:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield from future.result()
        for future in pending:
            yield from future.result()


def _dask(batches: Iterator[list[Article]], cache_dir: str | None, scheduler: Any) -> Iterator[dict[str, Any]]:
    from distributed import Client, as_completed

    client = Client(scheduler) if isinstance(scheduler, str) else scheduler
    try:
        window = max(2 * sum(client.nthreads().values()), 2)
        futures = as_completed([client.submit(annotate_articles, b, cache_dir, pure=False) for b in itertools.islice(batches, window)])
        for future in futures:
            yield from future.result()
            future.release()
            following = next(batches, None)
            if following is not None:
                futures.add(client.submit(annotate_articles, following, cache_dir, pure=False))
    finally:
        if isinstance(scheduler, str):
            client.close()


def annotate_corpus(source: str | Path | Iterable[str | Path], *, cache_dir: str | Path | None = None,
                    workers: int | None = None, scheduler: Any = None, progress: bool = False, batch: int | None = None,
                    **load_options: Any) -> pd.DataFrame:
    """Annotate every article of a corpus into the store, in parallel.

    Parameters
    ----------
    source : folder, file, glob or list of them
        Anything :func:`vnnews.load_corpus` reads; it is read lazily, one batch of articles at a time.
    cache_dir : str or Path, optional
        Cache root; default ``VNNEWS_CACHE_DIR`` or the project's ``.cache/vnnews``.
    workers : int, optional
        Local processes (default: all cores). Ignored with a ``scheduler``.
    scheduler : str or dask.distributed.Client, optional
        Run on this Dask cluster (``"tcp://host:8786"`` or a client).
    progress : bool
        Show a progress bar.
    batch : int, optional
        Articles per task (each task writes one chunk of the store); default
        :data:`~vnnews.annotation.active.CHUNK_ARTICLES` on one process, smaller batches in
        parallel (a quarter of that) so every worker keeps busy.
    **load_options
        Options of :func:`vnnews.load_corpus` (``columns``, ``pattern``, ``recursive``...).

    Returns
    -------
    pandas.DataFrame
        One row per article (:data:`SUMMARY_COLUMNS`), in the order they finished, and one row
        per file or row that could not be loaded (``error`` says why). With several local workers
        the text files are read by the workers: an article's ``doc_id`` is then the one its file
        gives, without the suffix (``-2``) the export adds when an earlier article took the id.

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
    workers = workers or os.cpu_count() or 1
    parallel = 2 if scheduler is not None else workers
    # local workers read the text files themselves (this process only finds them), unless duplicates are to be
    # skipped, which needs every text read in corpus order; a cluster's workers may not reach the files
    stream.defer_text = scheduler is None and workers > 1 and load_options.get("duplicates", "flag") == "flag"
    size = batch or (CHUNK_ARTICLES if parallel <= 1 else max(1, CHUNK_ARTICLES // 4))
    batches = _batches(stream, size)
    rows_iter = _dask(batches, cache, scheduler) if scheduler is not None else _local(batches, cache, workers, load_options)
    if progress:
        from tqdm.auto import tqdm

        rows_iter = tqdm(rows_iter, unit="article")
    rows = list(rows_iter)
    rows += [_problem_row(p) for p in stream.problems if p.action == "skipped"]
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)
