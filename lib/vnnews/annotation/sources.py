"""Streaming a corpus into the store, a chunk of articles at a time, without holding the corpus.

:func:`index_corpus` reads the corpus lazily with :func:`vnnews.corpus.iter_articles` (every
format and option :func:`~vnnews.corpus.load_corpus` takes), annotates the articles the store
lacks a chunk at a time (:func:`vnnews.annotation.active.ensure_annotated`), and keeps of each
article only its row of the ``docs`` table (:data:`vnnews.annotation.reduce.DOCS_SCHEMA`) and
its row of the ``articles`` table; the load problems are the stream's own.

A file (or table row) read before whose article the store holds is not decoded again: the
loader hashes its bytes and gets what it made of it from the store (:mod:`vnnews.corpus.recall`),
so reading an unchanged corpus costs a read and a hash per file. The sources of articles read in
full are recorded in the store as they go.
"""
from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from ..corpus import Article, LoadProblem, iter_articles
from ..corpus.collection import ARTICLE_COLUMNS, article_row
from ..corpus.recall import KnownArticle
from .active import CHUNK_ARTICLES, StoreSet, active_store, ensure_annotated
from .layers import article_key
from .reduce import DOCS_SCHEMA

__all__ = ["SOURCES_PER_CHUNK", "CorpusIndex", "articles_frame", "index_corpus"]

#: sources of already stored articles recorded together in one chunk of file entries
SOURCES_PER_CHUNK = 4096
#: rows of the ``docs`` and ``articles`` tables gathered as Python dicts before they are made columnar
#: (a record batch, a DataFrame of Arrow-backed columns): the index of a large corpus holds columns, not dicts
ROWS_PER_BLOCK = 4096


@dataclass
class CorpusIndex:
    """The articles of a corpus as the store knows them: ``docs``, the ``articles`` table, the load
    problems, and how many articles were annotated here (not served from the store) in how long."""

    docs: pa.Table
    articles: pd.DataFrame
    problems: list[LoadProblem] = field(default_factory=list)
    annotated: int = 0
    seconds: float = 0.0


def articles_frame(rows: list[dict[str, Any]] | list[pd.DataFrame]) -> pd.DataFrame:
    """The ``articles`` table from rows of :func:`vnnews.corpus.collection.article_row` (or from blocks of it
    already made by this function), as :meth:`Corpus.to_frame` builds it."""
    if rows and isinstance(rows[0], pd.DataFrame):
        # a column all missing in one block is left object there: inferred again as one frame infers it
        frame = pd.concat(rows, ignore_index=True).infer_objects() if len(rows) > 1 else rows[0]
    else:
        frame = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    frame["date"] = pd.to_datetime(frame["date"])
    frame["row"] = frame["row"].astype("Int64")
    return frame


def _known_row(fields: dict[str, Any]) -> dict[str, Any]:
    """A recorded row of the ``articles`` table as :func:`article_row` gives it (the date a Timestamp)."""
    return {**fields, "date": pd.Timestamp(dt.date.fromisoformat(fields["date"])) if fields["date"] else pd.NaT}


def index_corpus(source: str | Path | Iterable[str | Path], *, stores: StoreSet | None = None, chunk: int = CHUNK_ARTICLES,
                 **load_options: Any) -> CorpusIndex:
    """Every article of a corpus in the store (annotated in this process where needed), read and
    annotated one chunk at a time; see the module docs."""
    stores = stores or active_store()
    stream = iter_articles(source, **load_options)
    stream.recall = stores.recall
    docs: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    docs_blocks: list[pa.RecordBatch] = []
    rows_blocks: list[pd.DataFrame] = []
    done = 0
    pending: list[Article | KnownArticle] = []
    unrecorded: list[dict[str, Any]] = []
    annotated, seconds = 0, 0.0

    def flush() -> None:
        nonlocal annotated, seconds, done
        started = time.perf_counter()
        read = [a for a in pending if isinstance(a, Article)]
        if read:
            read_keys = [article_key(a) for a in read]
            annotated += len(set(read_keys) - {k for k in read_keys if stores.locate(k)})
            ensure_annotated(read, stores=stores)
            unrecorded.extend(stores.unrecorded_sources(read, read_keys))
            if len(unrecorded) >= SOURCES_PER_CHUNK:
                stores.write_sources(unrecorded)
                unrecorded.clear()
            keys = iter(read_keys)
        seconds += time.perf_counter() - started
        for article in pending:
            key = article.key if isinstance(article, KnownArticle) else next(keys)
            docs.append({"ord": done, "doc_id": article.doc_id, "key": key, "path": article.path,
                         "encoding": article.fields["encoding"] if isinstance(article, KnownArticle) else article.encoding,
                         "notes": article.fields["notes"] if isinstance(article, KnownArticle) else "; ".join(article.notes),
                         "duplicate_of": article.duplicate_of})
            done += 1
        pending.clear()
        if len(docs) >= ROWS_PER_BLOCK:
            block()

    def block() -> None:
        """The rows gathered so far made columnar."""
        if docs:
            docs_blocks.append(pa.RecordBatch.from_pylist(docs, schema=DOCS_SCHEMA))
            rows_blocks.append(articles_frame(rows))  # the rows of the same articles as docs
            rows.clear()
            docs.clear()

    for article in stream:
        rows.append(_known_row(article.fields) if isinstance(article, KnownArticle) else article_row(article))
        pending.append(article)
        if len(pending) >= chunk:
            flush()
    flush()
    block()
    stores.write_sources(unrecorded)
    return CorpusIndex(pa.Table.from_batches(docs_blocks, schema=DOCS_SCHEMA), articles_frame(rows_blocks or rows),
                       list(stream.problems), annotated, round(seconds, 3))
