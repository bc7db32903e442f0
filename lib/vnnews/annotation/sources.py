"""Streaming a corpus into the store, a chunk of articles at a time, without holding the corpus.

:func:`index_corpus` reads the corpus lazily with :func:`vnnews.corpus.iter_articles` (every
format and option :func:`~vnnews.corpus.load_corpus` takes), annotates the articles the store
lacks a chunk at a time (:func:`vnnews.annotation.active.ensure_annotated`), and keeps of each
article only its row of the ``docs`` table (:data:`vnnews.annotation.reduce.DOCS_SCHEMA`) and
its row of the ``articles`` table; the load problems are the stream's own.
"""
from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from ..corpus import Article, LoadProblem, iter_articles
from ..corpus.articles import ARTICLE_COLUMNS, article_row
from .active import CHUNK_ARTICLES, StoreSet, active_store, ensure_annotated
from .layers import article_key
from .reduce import DOCS_SCHEMA

__all__ = ["CorpusIndex", "articles_frame", "index_corpus"]


@dataclass
class CorpusIndex:
    """The articles of a corpus as the store knows them: ``docs``, the ``articles`` table, the load
    problems, and how many articles were annotated here (not served from the store) in how long."""

    docs: pa.Table
    articles: pd.DataFrame
    problems: list[LoadProblem] = field(default_factory=list)
    annotated: int = 0
    seconds: float = 0.0


def articles_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The ``articles`` table from rows of :func:`vnnews.corpus.articles.article_row`, as :meth:`Corpus.to_frame` builds it."""
    frame = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    frame["date"] = pd.to_datetime(frame["date"])
    frame["row"] = frame["row"].astype("Int64")
    return frame


def index_corpus(source: str | Path | Iterable[str | Path], *, stores: StoreSet | None = None, chunk: int = CHUNK_ARTICLES,
                 **load_options: Any) -> CorpusIndex:
    """Every article of a corpus in the store (annotated in this process where needed), read and
    annotated one chunk at a time; see the module docs."""
    stores = stores or active_store()
    stream = iter_articles(source, **load_options)
    docs: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    pending: list[Article] = []
    annotated, seconds = 0, 0.0

    def flush() -> None:
        nonlocal annotated, seconds
        started = time.perf_counter()
        missing = {article_key(a) for a in pending} - {k for k in (article_key(a) for a in pending) if stores.locate(k)}
        keys = ensure_annotated(pending, stores=stores)
        annotated += len(missing)
        seconds += time.perf_counter() - started
        for article, key in zip(pending, keys):
            docs.append({"ord": len(docs), "doc_id": article.doc_id, "key": key, "path": article.path, "encoding": article.encoding,
                         "notes": "; ".join(article.notes), "duplicate_of": article.duplicate_of})
        pending.clear()

    for article in stream:
        rows.append(article_row(article))
        pending.append(article)
        if len(pending) >= chunk:
            flush()
    flush()
    return CorpusIndex(pa.Table.from_pylist(docs, schema=DOCS_SCHEMA), articles_frame(rows), list(stream.problems), annotated,
                       round(seconds, 3))
