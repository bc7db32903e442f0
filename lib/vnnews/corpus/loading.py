"""Reading a corpus as researchers hold it: folders of ``.txt`` files, CSV/TSV, JSON Lines, JSON
and Parquet tables, with their metadata, into articles, lazily (:func:`iter_articles`) or all at
once (:func:`load_corpus`).

``doc_id`` of an article: the table's id column (or a ``# id = ...`` header line), else the last
segment of its URL without the extension (``https://baomoi.com/abc-c52625163.epi`` ->
``abc-c52625163``), else the file name without extension (plus ``-ROW`` for a table row). An id
already taken gets ``-2``, ``-3``... and the collision is reported.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

from ..options import check_option
from .articles import Article
from .collection import Corpus
from .lexicon import Lexicon, resolve_lexicon
from .metadata import FIELDS, parse_offset
from .problems import FileRead, IgnoredFile, LoadProblem
from .reader import CorpusReader
from .recall import SourceRecord

__all__ = ["ArticleStream", "iter_articles", "load_corpus"]

#: default limits: far above any news article, low enough that one hostile file cannot exhaust memory
MAX_ARTICLE_CHARS = 1_000_000
MAX_LINE_CHARS = 100_000


def _zone(timezone: str | dt.timezone | None) -> dt.timezone | None:
    if timezone is None or isinstance(timezone, dt.timezone):
        return timezone
    zone = parse_offset(timezone)
    if zone is None:
        raise ValueError(f"timezone must be an offset such as '+07:00' or 'UTC', not {timezone!r}")
    return zone


class ArticleStream:
    """The articles of a corpus, read one at a time (see :func:`iter_articles`).

    Iterating reads the corpus afresh each time; while and after it runs, :attr:`problems`,
    :attr:`ignored` and :attr:`files` describe what was met so far.

    Attributes
    ----------
    problems : list of LoadProblem
        Files and rows skipped or flagged, with the reason.
    ignored : list of IgnoredFile
        Entries not read (hidden, other formats), with the reason.
    files : list of FileRead
        One entry per file read: its format, its role (``articles``, or ``metadata`` for a
        ``file,url`` table) and how many articles it gave.
    recall : callable, optional
        Source key -> ``(article key, SourceRecord)`` of a source read before, or None
        (:mod:`vnnews.corpus.recall`); when set, a known source gives a
        :class:`~vnnews.corpus.recall.KnownArticle` instead of an :class:`Article`.
    defer_text : bool
        When set, a text file (one article) is found but not read: the stream gives a
        :class:`~vnnews.corpus.reader.TextSource` for a worker process to read
        (:meth:`~vnnews.corpus.reader.CorpusReader.read_text_source`); table rows are read here.
    """

    recall: Callable[[str], tuple[str, SourceRecord] | None] | None = None
    defer_text: bool = False

    def __init__(self, source: str | Path | Iterable[str | Path], **options: Any) -> None:
        self.source = source if isinstance(source, (str, Path)) else list(source)
        self.options = options
        self.problems: list[LoadProblem] = []
        self.ignored: list[IgnoredFile] = []
        self.files: list[FileRead] = []

    def __iter__(self) -> Iterator[Article]:
        return CorpusReader(self).articles()

    def __repr__(self) -> str:
        return f"<ArticleStream of {self.source!r}: {len(self.problems)} problems so far>"


def iter_articles(
    source: str | Path | Iterable[str | Path],
    *,
    errors: Literal["report", "raise"] = "report",
    encoding: str | None = None,
    pattern: str | None = None,
    recursive: bool = True,
    duplicates: Literal["flag", "skip"] = "flag",
    columns: Mapping[str, str] | None = None,
    category_from_folders: bool = True,
    max_article_chars: int | None = MAX_ARTICLE_CHARS,
    max_line_chars: int | None = MAX_LINE_CHARS,
    timezone: str | dt.timezone | None = "+07:00",
    lexicon: str | Path | Lexicon | None = None,
) -> ArticleStream:
    """The articles of a corpus, read lazily: a file of any size is read in bounded memory and
    articles are made one at a time (see :func:`load_corpus` for the options).

    Returns
    -------
    ArticleStream
        Iterate it for :class:`~vnnews.corpus.articles.Article` objects; its ``problems``,
        ``ignored`` and ``files`` fill as it goes.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "bao.jsonl"
    >>> _ = f.write_text('{"id": "a1", "title": "Tiêu đề", "content": "Sáng 1/7, Bộ Chính trị họp.", "date": "2020-07-01"}\\n'
    ...                  '{"id": "a2", "content": ""}\\n', encoding="utf-8")
    >>> stream = iter_articles(f)
    >>> [(a.doc_id, a.title, str(a.date), a.date_source) for a in stream]
    [('a1', 'Tiêu đề', '2020-07-01', 'metadata')]
    >>> [(p.row, p.kind) for p in stream.problems]
    [(2, 'no-text')]
    """
    check_option("errors", errors, ("report", "raise"))
    check_option("duplicates", duplicates, ("flag", "skip"))
    for name in columns or {}:
        check_option("columns", name, FIELDS)
    for limit_name, limit in (("max_article_chars", max_article_chars), ("max_line_chars", max_line_chars)):
        if limit is not None and (not isinstance(limit, int) or limit <= 0):
            raise ValueError(f"{limit_name} must be a positive integer or None, not {limit!r}")
    return ArticleStream(source, errors=errors, encoding=encoding, pattern=pattern, recursive=recursive, duplicates=duplicates,
                         columns=dict(columns or {}), category_from_folders=category_from_folders,
                         max_article_chars=max_article_chars, max_line_chars=max_line_chars, timezone=_zone(timezone),
                         lexicon=resolve_lexicon(lexicon))


def load_corpus(
    source: str | Path | Iterable[str | Path],
    *,
    errors: Literal["report", "raise"] = "report",
    encoding: str | None = None,
    pattern: str | None = None,
    recursive: bool = True,
    duplicates: Literal["flag", "skip"] = "flag",
    columns: Mapping[str, str] | None = None,
    category_from_folders: bool = True,
    max_article_chars: int | None = MAX_ARTICLE_CHARS,
    max_line_chars: int | None = MAX_LINE_CHARS,
    timezone: str | dt.timezone | None = "+07:00",
    lexicon: str | Path | Lexicon | None = None,
) -> Corpus:
    """Load Vietnamese news articles from files, folders, globs or lists of them.

    Parameters
    ----------
    source : str, Path or iterable of them
        A folder (walked; every ``.txt``, ``.csv``, ``.tsv``, ``.jsonl``, ``.ndjson``,
        ``.json`` and ``.parquet`` file in it), one file (any name: not a table, it is read as
        text), a glob (``"corpus/**/*.jsonl"``), or a list of these. A folder named
        ``*.parquet`` is a dataset of Parquet parts; ``key=value`` folder names fill fields.
    errors : {"report", "raise"}
        ``"report"``: a file or row that cannot be loaded is listed in ``Corpus.problems``
        and the rest load. ``"raise"``: raise :class:`~vnnews.corpus.decoding.ArticleLoadError`.
    encoding : str, optional
        Decode every file with this codec instead of detecting UTF-8/UTF-16/UTF-32.
    pattern : str, optional
        Only files in folders whose name matches (``"*.txt"``).
    recursive : bool
        Walk subfolders (default).
    duplicates : {"flag", "skip"}
        An article whose normalised text equals an earlier one is kept and flagged
        (``duplicate_of``), or skipped; either way it is listed in ``problems``.
    columns : mapping, optional
        Field -> column for tables whose columns have unusual names: ``{"text": "noi_dung",
        "published": "ngay_xb"}``. Fields: ``text, title, lead, published, outlet, category,
        url, author, id, file``.
    category_from_folders : bool
        The subfolder path a file sits in becomes its category (unless the file states one).
    max_article_chars, max_line_chars : int or None
        An article longer than ``max_article_chars`` (a ``.txt`` file over four times as many
        bytes is not even read) or with a paragraph longer than ``max_line_chars`` is skipped
        with the reason; None lifts the limit.
    timezone : str or None
        Where UTC publication times (``Z``, epoch numbers) are shown: Vietnam time by default.
    lexicon : str, Path or Lexicon, optional
        A user lexicon (a TSV file or a :class:`~vnnews.corpus.lexicon.Lexicon`) of people,
        organisations, places, titles and words the segmenter and the entity extractors use (see
        :mod:`vnnews.corpus.lexicon`); every article carries it, and it is part of their cache
        key. Default: the file the ``VNNEWS_LEXICON`` environment variable names, else none. A
        bad file raises :class:`~vnnews.corpus.lexicon.LexiconError` naming it, the line and the problem.

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
    stream = iter_articles(source, errors=errors, encoding=encoding, pattern=pattern, recursive=recursive, duplicates=duplicates,
                           columns=columns, category_from_folders=category_from_folders, max_article_chars=max_article_chars,
                           max_line_chars=max_line_chars, timezone=timezone, lexicon=lexicon)
    articles = list(stream)
    return Corpus(articles, problems=stream.problems, ignored=stream.ignored, files=stream.files)
