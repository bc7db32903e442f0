"""Articles and corpora: an :class:`Article` is one text with its parts, date and provenance;
a :class:`Corpus` is the articles that loaded plus every :class:`LoadProblem` met on the way.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import overload

import pandas as pd

from ..text.normalize import normalize, remove_invisible, to_nfc
from ..text.offsets import AlignedText, rewrite
from .document_date import DocumentDate, document_date
from .lexicon import Lexicon, read_lexicon
from .metadata import ArticleMetadata
from .structure import TEXT_ROLES, Paragraph, Part, Structure, article_structure

__all__ = ["Article", "Corpus", "FileRead", "IgnoredFile", "LoadProblem", "article_from_text"]

_NEWLINES = re.compile(r"\r\n?")
PART_COLUMNS = ["doc_id", "kind", "paragraph", "start", "end", "text", "detail"]


def _text_view(raw: str) -> AlignedText:
    """raw file text -> article text: ``\\n`` line breaks, NFC, invisible format characters removed."""
    view = rewrite(raw, _NEWLINES, lambda m: "\n", step="newlines")
    for step in (to_nfc, remove_invisible):
        later = step(view.text)
        if later.edits:
            view = view.then(later)
    return view


@dataclass(eq=False)
class Article:
    """One news article: its text, where it came from, and its structure.

    Offsets everywhere in vnnews are into :attr:`text`; :meth:`to_raw` maps them to
    :attr:`raw`, the text as decoded from the file.

    Attributes
    ----------
    doc_id : str
        The id the corpus gives it, else the file name without extension (see
        :func:`vnnews.corpus.loading.iter_articles`).
    path : str
        File it was read from (``""`` for text given directly).
    raw : str
        Decoded file text, untouched (line endings, Unicode form); for a ``.txt`` file with a
        ``# key = value`` header, the text after it; for a table row, the text built by
        :func:`vnnews.corpus.records.table_row_text`.
    text : str
        ``raw`` with ``\\n`` line breaks, in Unicode NFC, invisible format characters removed.
    encoding : str
        Codec the file was decoded with.
    notes : tuple of str
        What was unusual about the file but handled (BOM, CRLF, NFD, UTF-16).
    structure : Structure
        Paragraphs with roles and parts with spans.
    document_date : DocumentDate
        The article's date and its evidence.
    duplicate_of : str or None
        ``doc_id`` of an earlier article with the same normalised text.
    metadata : ArticleMetadata
        What the corpus file states about the article (publication time, outlet, URL...).
    row : int or None
        The row of the table file it was read from (1-based), None for a ``.txt`` file.
    lexicon : Lexicon or None
        The user lexicon the article is annotated with (:mod:`vnnews.corpus.lexicon`); its
        digest is part of the article's cache key.
    source_key, source : str or None
        Set by the loader: the key of the file or row it was read from and what the loader made
        of it, kept by the annotation store so the file is not read again (:mod:`vnnews.corpus.recall`).
    """

    doc_id: str
    path: str
    raw: str
    text: str
    encoding: str
    notes: tuple[str, ...]
    alignment: AlignedText = field(repr=False)
    structure: Structure = field(repr=False)
    document_date: DocumentDate
    duplicate_of: str | None = None
    metadata: ArticleMetadata = field(default_factory=ArticleMetadata)
    row: int | None = None
    lexicon: Lexicon | None = field(default=None, repr=False)
    source_key: str | None = field(default=None, repr=False)
    source: str | None = field(default=None, repr=False)

    # ---------------------------------------------------------------- structure
    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """All non-empty lines, each with its span and role."""
        return self.structure.paragraphs

    @property
    def parts(self) -> tuple[Part, ...]:
        """Every structural part with its span, in text order."""
        return self.structure.parts

    @property
    def title(self) -> str | None:
        """The headline: the title part of the text, else the title the metadata states."""
        part = self.structure.first("title")
        return part.text if part else self.metadata.title

    @property
    def outlet(self) -> str | None:
        """The outlet: as the metadata states it, else the outlet tag the lead opens with
        (``TCCS``, ``Dân trí``)."""
        if self.metadata.outlet:
            return self.metadata.outlet
        part = self.structure.first("outlet")
        return part.detail if part else None

    @property
    def category(self) -> str | None:
        """The category (a table's column, a header line, else the subfolder the file is in)."""
        return self.metadata.category

    @property
    def url(self) -> str | None:
        """The article's URL, when the corpus gives it."""
        return self.metadata.url

    @property
    def dateline(self) -> str | None:
        """The dateline as written (``Thứ ba, 09/08/2022 - 06:46``)."""
        part = self.structure.first("dateline")
        return part.text if part else None

    @property
    def date(self) -> dt.date | None:
        """The article's own date (see :mod:`vnnews.corpus.document_date`)."""
        return self.document_date.date

    @property
    def date_source(self) -> str:
        """How :attr:`date` was found."""
        return self.document_date.source

    @property
    def date_evidence(self) -> str | None:
        """The words :attr:`date` was read from (``Sáng 1/7``), or None."""
        d = self.document_date
        return self.text[d.start : d.end] if d.start is not None and d.end is not None else None

    @property
    def captions(self) -> list[Part]:
        """Photo captions."""
        return self.structure.all("caption")

    @property
    def credits(self) -> list[Part]:
        """Photo and source credits (standalone lines and inside captions)."""
        return self.structure.all("credit")

    @property
    def byline(self) -> str | None:
        """The author line(s), joined with ``; `` when there are several."""
        lines = [p.text for p in self.structure.all("byline")]
        return "; ".join(lines) if lines else None

    @property
    def lead(self) -> str | None:
        """The first text paragraph."""
        part = self.structure.first("lead")
        return part.text if part else None

    @property
    def body(self) -> list[Paragraph]:
        """The running text: lead, body paragraphs and subheadings."""
        return [p for p in self.paragraphs if p.role in TEXT_ROLES]

    # ---------------------------------------------------------------- views
    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of :attr:`text` to :attr:`raw`."""
        return self.alignment.to_source(start, end)

    def normalized(self, **options) -> AlignedText:
        """A normalised view of :attr:`text` (options of :func:`vnnews.text.normalize.normalize`)."""
        return normalize(self.text, **options)

    def parts_frame(self) -> pd.DataFrame:
        """The parts as a table.

        Returns
        -------
        pandas.DataFrame
            Columns ``doc_id, kind, paragraph, start, end, text, detail``.
        """
        return pd.DataFrame(self.part_rows(), columns=PART_COLUMNS)

    def part_rows(self) -> list[tuple]:
        """The rows of :meth:`parts_frame` (columns :data:`PART_COLUMNS`), as tuples."""
        return [(self.doc_id, p.kind, p.paragraph, p.start, p.end, p.text, p.detail) for p in self.parts]


def article_from_text(text: str, *, doc_id: str = "text", path: str = "", encoding: str = "str",
                      notes: tuple[str, ...] = (), published: dt.datetime | dt.date | None = None,
                      metadata: ArticleMetadata | None = None, row: int | None = None,
                      leading: tuple[str, ...] = (), lexicon: Lexicon | str | None = None) -> Article:
    """Make an :class:`Article` from text already in memory.

    ``published`` (or ``metadata.published``) is the publication time from the corpus's
    metadata, when it has one: it becomes the article's date (see
    :func:`vnnews.corpus.document_date.document_date`). ``leading`` names the parts the text
    opens with when it was built from a table's columns (``("title", "lead")``, see
    :func:`vnnews.corpus.records.table_row_text`). ``lexicon`` is the user lexicon the article is
    annotated with (:mod:`vnnews.corpus.lexicon`; a :class:`~vnnews.corpus.lexicon.Lexicon` or a file).

    Examples
    --------
    >>> a = article_from_text("TCCS - Ngày 2-10-2020, tại Hà Nội, hội nghị khai mạc./.", doc_id="x")
    >>> a.outlet, a.date, a.structure.first("end_mark").text
    ('TCCS', datetime.date(2020, 10, 2), './.')
    """
    metadata = metadata or ArticleMetadata()
    if isinstance(lexicon, (str, PurePath)):
        lexicon = read_lexicon(lexicon)
    if published is None:
        published = metadata.published
    view = _text_view(text)
    structure = article_structure(view.text, leading=leading)
    date = document_date(view.text, structure, file_name=doc_id if path else "", path=path, published=published)
    return Article(doc_id, path, text, view.text, encoding, notes, view, structure, date, metadata=metadata, row=row,
                   lexicon=lexicon if lexicon else None)


@dataclass(frozen=True)
class LoadProblem:
    """Something wrong with one input.

    Attributes
    ----------
    path : str
    kind : str
        See :class:`vnnews.corpus.decoding.ArticleLoadError`, plus ``duplicate``,
        ``doc-id-collision``, ``invalid-bytes`` and ``bad-date``.
    message : str
    action : str
        ``skipped`` (not in the corpus) or ``loaded`` (in the corpus, flagged).
    row : int or None
        The row of a table file (see :class:`vnnews.corpus.tables.TableRow`), None for a whole file.
    """

    path: str
    kind: str
    message: str
    action: str
    row: int | None = None


@dataclass
class FileRead:
    """A file articles (or metadata) were read from.

    Attributes
    ----------
    path : str
    format : str
        ``txt``, ``csv``, ``jsonl``, ``json`` or ``parquet``.
    role : str
        ``articles``, or ``metadata`` for a table of files without text (``file,url``).
    articles : int
        How many articles it gave.
    """

    path: str
    format: str
    role: str = "articles"
    articles: int = 0


@dataclass(frozen=True)
class IgnoredFile:
    """A file or folder met while looking for articles and deliberately not read.

    Attributes
    ----------
    path : str
    reason : str
        ``hidden`` (its name starts with ``.``), ``not an article format (.md)``, ...
    """

    path: str
    reason: str


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


PROBLEM_COLUMNS = ["path", "row", "kind", "message", "action"]
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
