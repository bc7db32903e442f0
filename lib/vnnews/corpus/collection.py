"""The corpus: the articles loaded, looked up by position or ``doc_id``, with what the loading met,
and its tables (one row per article, parts, problems, files read and not read)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import overload

import pandas as pd

from .articles import PART_COLUMNS, Article
from .problems import PROBLEM_COLUMNS, FileRead, IgnoredFile, LoadProblem

__all__ = ["ARTICLE_COLUMNS", "Corpus", "article_row"]


class Corpus(Sequence[Article]):
    """Articles loaded from files, plus what could not be loaded and why.

    Iterate it, take ``len()``, look articles up by position or by ``doc_id``.
    """

    def __init__(self, articles: Iterable[Article], *, problems: Iterable[LoadProblem] = (),
                 ignored: Iterable[IgnoredFile] = (), files: Iterable[FileRead] = ()) -> None:
        self._articles = list(articles)
        self._by_id = {a.doc_id: a for a in self._articles}
        if len(self._by_id) != len(self._articles):
            raise ValueError("doc_id values must be unique")
        self.problems: list[LoadProblem] = list(problems)
        #: files and folders met but not read, with the reason (hidden, not an article format...)
        self.ignored: list[IgnoredFile] = list(ignored)
        #: the files read: path, format, role (articles, or metadata for a file,url table) and articles loaded
        self.files: list[FileRead] = list(files)

    def __len__(self) -> int:
        return len(self._articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self._articles)

    @overload
    def __getitem__(self, key: int | str) -> Article: ...
    @overload
    def __getitem__(self, key: slice) -> list[Article]: ...
    def __getitem__(self, key):  # type: ignore[override]
        if isinstance(key, str):
            try:
                return self._by_id[key]
            except KeyError:
                raise KeyError(f"no article with doc_id {key!r}") from None
        return self._articles[key]

    def __contains__(self, item: object) -> bool:
        return item in self._by_id if isinstance(item, str) else item in self._articles

    def __repr__(self) -> str:
        return f"<Corpus: {len(self)} articles, {len(self.skipped)} skipped>"

    @property
    def doc_ids(self) -> list[str]:
        """Document ids in load order."""
        return [a.doc_id for a in self._articles]

    @property
    def skipped(self) -> list[LoadProblem]:
        """Inputs that are not in the corpus, with the reason."""
        return [p for p in self.problems if p.action == "skipped"]

    def to_frame(self) -> pd.DataFrame:
        """One row per article.

        Returns
        -------
        pandas.DataFrame
            ``doc_id``; ``title``, ``outlet`` (see :attr:`Article.outlet`), ``category``;
            ``date`` (datetime64, NaT when unknown), ``date_source`` and ``date_evidence``
            (the words it was read from); ``published`` (the publication time the corpus states,
            ISO 8601 with its UTC offset), ``url``, ``author`` (as the corpus states them);
            ``dateline`` and ``byline`` as written in the text (missing: None);
            counts ``n_paragraphs`` (all lines), ``n_text_paragraphs`` (lead, body,
            headings), ``n_captions``, ``n_chars`` (of ``text``); ``end_mark`` (bool);
            ``encoding``, ``notes`` (``; ``-joined), ``duplicate_of``, ``path`` and ``row``
            (of a table file; missing for ``.txt``).
        """
        frame = pd.DataFrame([article_row(a) for a in self._articles], columns=ARTICLE_COLUMNS)
        frame["date"] = pd.to_datetime(frame["date"])
        frame["row"] = frame["row"].astype("Int64")
        return frame

    def parts_frame(self) -> pd.DataFrame:
        """Every structural part of every article (columns of :meth:`Article.parts_frame`)."""
        frames = [a.parts_frame() for a in self._articles]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=PART_COLUMNS)

    def normalization_changes(self, **options) -> pd.DataFrame:
        """What :func:`vnnews.text.normalize.normalize` changes in each article.

        Parameters
        ----------
        **options
            Options of :func:`~vnnews.text.normalize.normalize` (e.g. ``abbreviations=True``).

        Returns
        -------
        pandas.DataFrame
            Columns ``doc_id, step, start, end, before, after``; ``start``/``end`` are
            offsets into the article text, so ``text[start:end] == before``.
        """
        frames = []
        for a in self._articles:
            edits = a.normalized(**options).edits_frame()
            edits.insert(0, "doc_id", a.doc_id)
            frames.append(edits.rename(columns={"source_start": "start", "source_end": "end"}))
        columns = ["doc_id", "step", "start", "end", "before", "after"]
        return pd.concat(frames, ignore_index=True)[columns] if frames else pd.DataFrame(columns=columns)

    def problems_frame(self) -> pd.DataFrame:
        """The problems as a table: ``path, row, kind, message, action`` (``row`` of a table file)."""
        frame = pd.DataFrame([p.__dict__ for p in self.problems], columns=PROBLEM_COLUMNS)
        frame["row"] = frame["row"].astype("Int64")
        return frame

    def files_frame(self) -> pd.DataFrame:
        """The files read: ``path, format, role, articles``."""
        return pd.DataFrame([f.__dict__ for f in self.files], columns=["path", "format", "role", "articles"])

    def ignored_frame(self) -> pd.DataFrame:
        """Files and folders not read, with the reason: ``path, reason``."""
        return pd.DataFrame([i.__dict__ for i in self.ignored], columns=["path", "reason"])


ARTICLE_COLUMNS = ["doc_id", "title", "outlet", "category", "date", "date_source", "date_evidence", "published", "url", "author",
                   "dateline", "byline", "n_paragraphs", "n_text_paragraphs", "n_captions", "n_chars", "end_mark", "encoding",
                   "notes", "duplicate_of", "path", "row"]


def article_row(a: Article) -> dict:
    """One row of :meth:`Corpus.to_frame` (columns :data:`ARTICLE_COLUMNS`)."""
    return {
        "doc_id": a.doc_id, "title": a.title, "outlet": a.outlet, "category": a.category,
        "date": pd.Timestamp(a.date) if a.date else pd.NaT, "date_source": a.date_source, "date_evidence": a.date_evidence,
        "published": a.metadata.published_iso, "url": a.url, "author": a.metadata.author,
        "dateline": a.dateline, "byline": a.byline,
        "n_paragraphs": len(a.paragraphs), "n_text_paragraphs": len(a.body),
        "n_captions": len(a.captions), "n_chars": len(a.text),
        "end_mark": a.structure.first("end_mark") is not None,
        "encoding": a.encoding, "notes": "; ".join(a.notes), "duplicate_of": a.duplicate_of, "path": a.path, "row": a.row,
    }
