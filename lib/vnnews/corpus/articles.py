"""Articles and corpora: an :class:`Article` is one text with its parts, date and provenance;
a :class:`Corpus` is the articles that loaded plus every :class:`LoadProblem` met on the way.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import overload

import pandas as pd

from ..text.normalize import normalize, to_nfc
from ..text.offsets import AlignedText, rewrite
from .document_date import DocumentDate, document_date
from .structure import TEXT_ROLES, Paragraph, Part, Structure, article_structure

__all__ = ["Article", "Corpus", "LoadProblem", "article_from_text"]

_NEWLINES = re.compile(r"\r\n?")
PART_COLUMNS = ["doc_id", "kind", "paragraph", "start", "end", "text", "detail"]


def _text_view(raw: str) -> AlignedText:
    """raw file text -> article text: ``\\n`` line breaks, then NFC."""
    view = rewrite(raw, _NEWLINES, lambda m: "\n", step="newlines")
    nfc = to_nfc(view.text)
    return view.then(nfc) if nfc.edits else view


@dataclass(eq=False)
class Article:
    """One news article: its text, where it came from, and its structure.

    Offsets everywhere in vnnews are into :attr:`text`; :meth:`to_raw` maps them to
    :attr:`raw`, the text as decoded from the file.

    Attributes
    ----------
    doc_id : str
        File name without extension.
    path : str
        File it was read from (``""`` for text given directly).
    raw : str
        Decoded file text, untouched (line endings, Unicode form).
    text : str
        ``raw`` with ``\\n`` line breaks, in Unicode NFC.
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
        """The headline, if the article starts with one."""
        part = self.structure.first("title")
        return part.text if part else None

    @property
    def outlet(self) -> str | None:
        """The outlet tag's name (``TCCS``, ``Dân trí``), if the lead opens with one."""
        part = self.structure.first("outlet")
        return part.detail if part else None

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
        rows = [(self.doc_id, p.kind, p.paragraph, p.start, p.end, p.text, p.detail) for p in self.parts]
        return pd.DataFrame(rows, columns=PART_COLUMNS)


def article_from_text(text: str, *, doc_id: str = "text", path: str = "", encoding: str = "str",
                      notes: tuple[str, ...] = (), published: dt.datetime | dt.date | None = None) -> Article:
    """Make an :class:`Article` from text already in memory.

    ``published`` is the publication time from the corpus's metadata, when it has one: it
    becomes the article's date (see :func:`vnnews.corpus.document_date.document_date`).

    Examples
    --------
    >>> a = article_from_text("TCCS - Ngày 2-10-2020, tại Hà Nội, hội nghị khai mạc./.", doc_id="x")
    >>> a.outlet, a.date, a.structure.first("end_mark").text
    ('TCCS', datetime.date(2020, 10, 2), './.')
    """
    view = _text_view(text)
    structure = article_structure(view.text)
    date = document_date(view.text, structure, file_name=doc_id if path else "", path=path,
                         published=published)
    return Article(doc_id, path, text, view.text, encoding, notes, view, structure, date)


@dataclass(frozen=True)
class LoadProblem:
    """Something wrong with one input.

    Attributes
    ----------
    path : str
    kind : str
        See :class:`vnnews.corpus.decoding.ArticleLoadError`, plus ``duplicate``.
    message : str
    action : str
        ``skipped`` (not in the corpus) or ``loaded`` (in the corpus, flagged).
    """

    path: str
    kind: str
    message: str
    action: str


class Corpus(Sequence[Article]):
    """Articles loaded from files, plus what could not be loaded and why.

    Iterate it, take ``len()``, look articles up by position or by ``doc_id``.
    """

    def __init__(self, articles: Iterable[Article], *, problems: Iterable[LoadProblem] = (),
                 ignored: Iterable[str] = ()) -> None:
        self._articles = list(articles)
        self._by_id = {a.doc_id: a for a in self._articles}
        if len(self._by_id) != len(self._articles):
            raise ValueError("doc_id values must be unique")
        self.problems: list[LoadProblem] = list(problems)
        #: files in the folder that were not articles by name (not matching the pattern)
        self.ignored: list[str] = list(ignored)

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
            ``doc_id``; ``title``, ``outlet``, ``dateline`` and ``byline`` as written
            (missing: None); ``date`` (datetime64, NaT when unknown), ``date_source`` and
            ``date_evidence`` (the words it was read from);
            counts ``n_paragraphs`` (all lines), ``n_text_paragraphs`` (lead, body,
            headings), ``n_captions``, ``n_chars`` (of ``text``); ``end_mark`` (bool);
            ``encoding``, ``notes`` (``; ``-joined), ``duplicate_of``, ``path``.
        """
        rows = []
        for a in self._articles:
            rows.append({
                "doc_id": a.doc_id, "title": a.title, "outlet": a.outlet,
                "date": pd.Timestamp(a.date) if a.date else pd.NaT, "date_source": a.date_source,
                "date_evidence": a.date_evidence,
                "dateline": a.dateline, "byline": a.byline,
                "n_paragraphs": len(a.paragraphs), "n_text_paragraphs": len(a.body),
                "n_captions": len(a.captions), "n_chars": len(a.text),
                "end_mark": a.structure.first("end_mark") is not None,
                "encoding": a.encoding, "notes": "; ".join(a.notes), "duplicate_of": a.duplicate_of, "path": a.path,
            })
        columns = ["doc_id", "title", "outlet", "date", "date_source", "date_evidence", "dateline", "byline", "n_paragraphs",
                   "n_text_paragraphs", "n_captions", "n_chars", "end_mark", "encoding", "notes", "duplicate_of", "path"]
        frame = pd.DataFrame(rows, columns=columns)
        frame["date"] = pd.to_datetime(frame["date"])
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
        """The problems as a table: ``path, kind, message, action``."""
        return pd.DataFrame([p.__dict__ for p in self.problems], columns=["path", "kind", "message", "action"])
