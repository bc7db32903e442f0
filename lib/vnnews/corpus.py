"""Loading a folder of Vietnamese news articles into a :class:`Corpus` of :class:`Article`.

Every file either loads or is listed in :attr:`Corpus.problems` with the reason; one
broken file never stops the others (unless ``errors="raise"`` is asked for).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, overload

import pandas as pd

from .decoding import ArticleLoadError, read_article_file
from .document_date import DocumentDate, document_date
from .normalize import normalize, to_nfc
from .offsets import AlignedText, rewrite
from .structure import TEXT_ROLES, Paragraph, Part, Structure, article_structure

__all__ = ["Article", "Corpus", "LoadProblem", "article_from_text", "load_corpus"]

log = logging.getLogger("vnnews")

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
        """The article's own date (see :mod:`vnnews.document_date`)."""
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
        """A normalised view of :attr:`text` (options of :func:`vnnews.normalize.normalize`)."""
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
                      notes: tuple[str, ...] = ()) -> Article:
    """Make an :class:`Article` from text already in memory.

    Examples
    --------
    >>> a = article_from_text("TCCS - Ngày 2-10-2020, tại Hà Nội, hội nghị khai mạc./.", doc_id="x")
    >>> a.outlet, a.date, a.structure.first("end_mark").text
    ('TCCS', datetime.date(2020, 10, 2), './.')
    """
    view = _text_view(text)
    structure = article_structure(view.text)
    date = document_date(view.text, structure, file_name=doc_id if path else "")
    return Article(doc_id, path, text, view.text, encoding, notes, view, structure, date)


@dataclass(frozen=True)
class LoadProblem:
    """Something wrong with one input.

    Attributes
    ----------
    path : str
    kind : str
        See :class:`vnnews.decoding.ArticleLoadError`, plus ``duplicate``.
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
        """What :func:`vnnews.normalize.normalize` changes in each article.

        Parameters
        ----------
        **options
            Options of :func:`~vnnews.normalize.normalize` (e.g. ``abbreviations=True``).

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


def _candidate_files(source: str | Path | Iterable[str | Path], pattern: str,
                     recursive: bool) -> tuple[list[Path], list[str], list[LoadProblem]]:
    if isinstance(source, (str, Path)):
        root = Path(source)
        if root.is_dir():
            everything = sorted(p for p in (root.rglob("*") if recursive else root.iterdir()) if p.is_file())
            chosen = sorted(root.rglob(pattern) if recursive else root.glob(pattern))
            chosen_set = set(chosen)
            ignored = [str(p) for p in everything if p not in chosen_set and not p.name.startswith(".")]
            problems = []
            if not chosen:
                problems.append(LoadProblem(str(root), "no-articles",
                                            f"no article files ({pattern}) in this folder", "skipped"))
            return chosen, ignored, problems
        return [root], [], []
    return [Path(p) for p in source], [], []


def load_corpus(
    source: str | Path | Iterable[str | Path],
    *,
    errors: Literal["report", "raise"] = "report",
    encoding: str | None = None,
    pattern: str = "*.txt",
    recursive: bool = False,
    duplicates: Literal["flag", "skip"] = "flag",
) -> Corpus:
    """Load Vietnamese news articles.

    Parameters
    ----------
    source : str, Path or iterable of them
        A folder (its files matching ``pattern``), one file, or a list of files.
    errors : {"report", "raise"}
        ``"report"``: a file that cannot be loaded is listed in ``Corpus.problems`` and
        the rest load. ``"raise"``: raise :class:`~vnnews.decoding.ArticleLoadError`
        naming the file instead.
    encoding : str, optional
        Decode every file with this codec instead of detecting UTF-8/UTF-16.
    pattern : str
        File-name pattern inside a folder.
    recursive : bool
        Also look in sub-folders.
    duplicates : {"flag", "skip"}
        An article whose normalised text equals an earlier one is kept and flagged
        (``duplicate_of``), or skipped; either way it is listed in ``problems``.

    Returns
    -------
    Corpus

    Examples
    --------
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "bai1.txt").write_text("TCCS - Ngày 2-10-2020, hội nghị khai mạc.", encoding="utf-8")
    >>> _ = (folder / "hong.txt").write_bytes(b"")
    >>> corpus = load_corpus(folder)
    >>> corpus.to_frame()[["doc_id", "outlet", "date"]].values.tolist()
    [['bai1', 'TCCS', Timestamp('2020-10-02 00:00:00')]]
    >>> [(p.kind, p.action) for p in corpus.problems]
    [('empty', 'skipped')]
    """
    if errors not in ("report", "raise"):
        raise ValueError(f"errors must be 'report' or 'raise', not {errors!r}")
    if duplicates not in ("flag", "skip"):
        raise ValueError(f"duplicates must be 'flag' or 'skip', not {duplicates!r}")
    files, ignored, problems = _candidate_files(source, pattern, recursive)
    if errors == "raise" and problems:
        raise ArticleLoadError(problems[0].path, problems[0].kind, problems[0].message)
    articles: list[Article] = []
    seen_ids: dict[str, str] = {}
    seen_texts: dict[str, str] = {}
    for path in files:
        try:
            decoded = read_article_file(path, encoding=encoding)
            doc_id = path.stem
            if doc_id in seen_ids:
                raise ArticleLoadError(path, "doc-id-collision",
                                       f"doc_id {doc_id!r} is already taken by {seen_ids[doc_id]}; rename one of the files")
        except ArticleLoadError as exc:
            if errors == "raise":
                raise
            log.warning("%s", exc)
            problems.append(LoadProblem(exc.path, exc.kind, exc.reason, "skipped"))
            continue
        article = article_from_text(decoded.raw, doc_id=doc_id, path=str(path), encoding=decoded.encoding,
                                    notes=decoded.notes)
        key = hashlib.sha1(normalize(article.text).text.casefold().encode("utf-8")).hexdigest()
        if key in seen_texts:
            first = seen_texts[key]
            message = f"same text as {first}"
            if duplicates == "skip":
                problems.append(LoadProblem(str(path), "duplicate", message, "skipped"))
                continue
            article.duplicate_of = first
            problems.append(LoadProblem(str(path), "duplicate", message, "loaded"))
        else:
            seen_texts[key] = doc_id
        seen_ids[doc_id] = str(path)
        articles.append(article)
    return Corpus(articles, problems=problems, ignored=ignored)
