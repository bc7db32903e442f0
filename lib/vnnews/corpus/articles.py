"""Articles and corpora: an :class:`Article` is one text with its parts, date and provenance;
a :class:`Corpus` is the articles that loaded plus every :class:`LoadProblem` met on the way.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import PurePath

import pandas as pd

from ..text.normalize import normalize, remove_invisible, to_nfc
from ..text.offsets import AlignedText, rewrite
from .document_date import DocumentDate, document_date
from .lexicon import Lexicon, read_lexicon
from .metadata import ArticleMetadata
from .problems import FileRead, IgnoredFile, LoadProblem  # noqa: F401 - imported from here before
from .structure import TEXT_ROLES, Paragraph, Part, Structure, article_structure

__all__ = ["Article", "FileRead", "IgnoredFile", "LoadProblem", "PART_COLUMNS", "article_from_text"]

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


#: names this module held before the corpus moved to :mod:`vnnews.corpus.collection`
_MOVED_TO_COLLECTION = frozenset({"ARTICLE_COLUMNS", "Corpus", "article_row"})


def __getattr__(name: str) -> object:
    """``Corpus``, ``ARTICLE_COLUMNS`` and ``article_row``, still importable from here (they import this module,
    so they are looked up when asked for)."""
    if name in _MOVED_TO_COLLECTION:
        from . import collection

        return getattr(collection, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
