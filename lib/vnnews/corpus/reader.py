"""One pass over a corpus: its files found, decoded and read (text files, table rows, metadata tables),
each article built, given its ``doc_id``, checked for duplicates and problems, and keyed for the store
(:class:`CorpusReader`, the state of :meth:`vnnews.corpus.loading.ArticleStream.__iter__`)."""
from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..text.normalize import normalize
from .articles import Article, article_from_text
from .collection import article_row
from .decoding import ArticleLoadError, decode_bytes, read_file_bytes
from .inputs import InputFile, find_inputs
from .metadata import ColumnMap, find_columns
from .problems import FileRead, IgnoredFile, LoadProblem
from .recall import KnownArticle, SourceRecord, load_context, source_key
from .records import MetadataIndex, Record, header_columns, metadata_entry, partition_fields, record_from_fields, split_header
from .tables import TableRow, table_rows
from .text_checks import text_problem

if TYPE_CHECKING:
    from .loading import ArticleStream

__all__ = ["CorpusReader", "TextSource"]

log = logging.getLogger("vnnews")


@dataclass(frozen=True)
class TextSource:
    """A text file of the corpus found but not read (:attr:`ArticleStream.defer_text`): the file and what the
    corpus says of it (``defaults``: its metadata row, partition fields, folder category), for a worker to
    read with :meth:`CorpusReader.read_text_source`."""

    item: InputFile
    defaults: dict[str, Any]


class CorpusReader:
    """One pass over a corpus (the state of :meth:`ArticleStream.__iter__`)."""

    def __init__(self, stream: ArticleStream) -> None:
        self.stream = stream
        stream.problems.clear()
        stream.ignored.clear()
        stream.files.clear()
        o = stream.options
        self.errors = o["errors"]
        self.encoding = o["encoding"]
        self.duplicates = o["duplicates"]
        self.columns: Mapping[str, str] = o["columns"] or {}
        self.max_chars = o["max_article_chars"]
        self.max_line = o["max_line_chars"]
        self.timezone = o["timezone"]
        self.lexicon = o["lexicon"]
        self.index = MetadataIndex()
        self.ids: dict[str, str] = {}
        self.next_suffix: dict[str, int] = {}
        self.texts: dict[str, str] = {}
        self.recall = stream.recall
        lexicon = self.lexicon.digest if self.lexicon else ""
        self.settings = [self.encoding, self.max_chars, self.max_line, str(self.timezone), lexicon, sorted(self.columns.items())]

    # ------------------------------------------------------------------ reporting
    def problem(self, path: str | Path, kind: str, message: str, action: str = "skipped", row: int | None = None) -> None:
        if action == "skipped" and self.errors == "raise" and kind != "duplicate":
            raise ArticleLoadError(path, kind, message, row)
        problem = LoadProblem(str(path), kind, message, action, row)
        log.log(logging.WARNING if action == "skipped" else logging.INFO, "%s: %s (%s)", problem.where, message, action)
        self.stream.problems.append(problem)

    # ------------------------------------------------------------------ the pass
    def articles(self) -> Iterator[Article]:
        o = self.stream.options
        found_any = False
        for item in find_inputs(self.stream.source, pattern=o["pattern"], recursive=o["recursive"],
                                category_from_folders=o["category_from_folders"]):
            if isinstance(item, IgnoredFile):
                self.stream.ignored.append(item)
            elif isinstance(item, LoadProblem):
                self.problem(item.path, item.kind, item.message)
            else:
                found_any = True
                summary = FileRead(str(item.path), item.fmt)
                self.stream.files.append(summary)
                reader = self._text_file(item) if item.fmt == "txt" else self._table(item, summary)
                for article in reader:
                    summary.articles += 1
                    yield article
        if not found_any and not self.stream.problems:
            self.problem(str(self.stream.source), "no-articles",
                         "no article files (.txt, .csv, .tsv, .jsonl, .ndjson, .json, .parquet) found")

    def _defaults(self, item: InputFile) -> dict[str, Any]:
        defaults = partition_fields(item.partition) if item.partition else {}
        if item.category is not None:
            defaults.setdefault("category", item.category)
        return defaults

    def _text_defaults(self, item: InputFile) -> dict[str, Any]:
        """What the corpus says of a text file besides its text: its metadata row, partition and folder category."""
        return {**self.index.lookup(item.path), **self._defaults(item)} if self.index else self._defaults(item)

    def _text_file(self, item: InputFile, defaults: dict[str, Any] | None = None) -> Iterator[Article | KnownArticle | TextSource]:
        if defaults is None and self.stream.defer_text:
            yield TextSource(item, self._text_defaults(item))
            return
        try:
            data = read_file_bytes(item.path, max_bytes=4 * self.max_chars if self.max_chars else None)
            defaults = defaults if defaults is not None else self._text_defaults(item)
            key = source_key(load_context("txt", str(item.path), defaults, self.settings), data)
            known = self.recall(key) if self.recall is not None else None
            if known is not None:
                again = self._known(known, item.path, None)
                if again is not None:
                    yield again
                return
            decoded = decode_bytes(data, path=item.path, encoding=self.encoding)
            header, body = split_header(decoded.raw)
            row, columns = header_columns(header)
            row[columns.fields["text"]] = body
            try:
                record = record_from_fields(row, columns, path=item.path, row=None, defaults=defaults, build_text=False,
                                            timezone=self.timezone)
            except ArticleLoadError as exc:
                raise ArticleLoadError(item.path, "no-text" if header else "empty",
                                       "no article text after the header lines" if header else exc.reason) from None
        except ArticleLoadError as exc:
            self.problem(exc.path, exc.kind, exc.reason)
            return
        flags = list(record.flags)
        if decoded.replaced:
            flags.append(("invalid-bytes", f"{len(decoded.replaced)} bytes that are not UTF-8 replaced with U+FFFD "
                                           f"(the first at character {decoded.replaced[0]} of the file)"))
        notes = decoded.notes + ((f"header of {len(header)} lines",) if header else ())
        article = self._article(record, item.path, None, decoded.encoding, notes, flags, key)
        if article is not None:
            yield article

    def _columns(self, names: Iterable[str]) -> ColumnMap:
        names = list(names)
        present = {f: c for f, c in self.columns.items() if c in names}
        return find_columns(names, present)

    def _table(self, item: InputFile, summary: FileRead) -> Iterator[Article]:
        columns: ColumnMap | None = None  # one map for a CSV or Parquet header; JSON objects each have their keys
        by_keys: dict[tuple[str, ...], ColumnMap] = {}
        role: str | None = None  # "articles", or "metadata" for a table of files without text (file,url)
        entries: dict[str, dict[str, Any]] = {}
        defaults = self._defaults(item)
        try:
            for entry in table_rows(item.path, item.fmt, encoding=self.encoding, max_record_chars=self.max_chars):
                if isinstance(entry, list):
                    missing = [f"{f}={c}" for f, c in self.columns.items() if c not in entry]
                    if missing:
                        raise ArticleLoadError(item.path, "not-a-table", f"no column named by columns= ({', '.join(missing)}); "
                                               f"the columns are {', '.join(map(str, entry))}")
                    columns = self._columns(entry)
                    role = self._role(item, columns, entry)
                    continue
                if entry.problem:
                    self.problem(item.path, "bad-row", entry.problem, row=entry.row)
                    continue
                values = entry.values or {}
                row_columns = columns
                if row_columns is None:
                    keys = tuple(values)
                    row_columns = by_keys.get(keys) or by_keys.setdefault(keys, self._columns(keys))
                    role = role or self._role(item, row_columns, keys)
                if role == "metadata":
                    name, fields = metadata_entry(values, row_columns)
                    if name:
                        entries[name] = fields
                    continue
                article = self._row(item, entry, row_columns, defaults)
                if article is not None:
                    yield article
        except ArticleLoadError as exc:
            self.problem(exc.path, exc.kind, exc.reason, row=exc.row)
        if role == "metadata":
            summary.role = "metadata"
            self.index.add(item.path.parent, entries)

    def _role(self, item: InputFile, columns: ColumnMap, names: Iterable[str]) -> str:
        if "text" in columns.fields:
            return "articles"
        if "file" in columns.fields:
            return "metadata"
        raise ArticleLoadError(item.path, "not-a-table", self._no_text(names))

    @staticmethod
    def _no_text(names: Iterable[str]) -> str:
        return (f"no column of article text among {', '.join(map(str, names))}: name it with "
                "columns={'text': NAME} (vnnews --column text=NAME)")

    def _row(self, item: InputFile, entry: TableRow, columns: ColumnMap, defaults: dict[str, Any]) -> Article | KnownArticle | None:
        key = source_key(load_context("row", str(item.path), item.fmt, entry.row, defaults, dict(columns.fields), self.settings,
                                      list((entry.values or {}).items())), b"")
        known = self.recall(key) if self.recall is not None else None
        if known is not None:
            return self._known(known, item.path, entry.row)
        try:
            record = record_from_fields(entry.values or {}, columns, path=item.path, row=entry.row, defaults=defaults,
                                        timezone=self.timezone)
            trouble = text_problem(record.text)
            if trouble is not None:
                raise ArticleLoadError(item.path, trouble[0], trouble[1], entry.row)
        except ArticleLoadError as exc:
            self.problem(exc.path, exc.kind, exc.reason, row=exc.row)
            return None
        encoding = "utf-8" if item.fmt != "parquet" else "parquet"
        return self._article(record, item.path, entry.row, self.encoding or encoding, (), list(record.flags), key)

    def read_text_source(self, source: TextSource) -> Iterator[Article | KnownArticle]:
        """The article of a text file a stream with ``defer_text`` passed on unread, read here as the stream
        would have read it (its problems in this reader's stream; ids and duplicates among what this reader read)."""
        return self._text_file(source.item, source.defaults)

    # ------------------------------------------------------------------ one article
    def _article(self, record: Record, path: Path, row: int | None, encoding: str, notes: tuple[str, ...],
                 flags: list[tuple[str, str]], key: str) -> Article | None:
        text = record.text
        if self.max_chars and len(text) > self.max_chars:
            self.problem(path, "too-large", f"{len(text):,} characters, over the limit of {self.max_chars:,} for one article "
                                            "(max_article_chars / --max-article-chars)", row=row)
            return None
        if self.max_line:
            longest = max(map(len, text.split("\n")))
            if longest > self.max_line:
                self.problem(path, "line-too-long", f"a paragraph of {longest:,} characters, over the limit of {self.max_line:,} "
                                                    "(max_line_chars / --max-line-chars)", row=row)
                return None
        base = record.given_id or record.fallback_id
        own_flags = tuple(flags)
        doc_id = self._doc_id(base, flags)
        article = article_from_text(text, doc_id=doc_id, path=str(path), encoding=encoding, notes=notes,
                                    metadata=record.metadata, row=row, leading=record.leading, lexicon=self.lexicon)
        digest = hashlib.sha1(normalize(article.text).text.casefold().encode("utf-8", "surrogatepass")).hexdigest()
        if not self._admit(article, digest, flags, path, row):
            return None
        fields = article_row(article)
        fields["date"] = article.date.isoformat() if article.date else None
        article.source_key = key
        article.source = SourceRecord(base, digest, own_flags, fields).to_json()
        return article

    def _known(self, known: tuple[str, SourceRecord], path: Path, row: int | None) -> KnownArticle | None:
        """The article of a source read before, from its record: ids, duplicates and problems as for a new one."""
        key, record = known
        flags = list(record.flags)
        doc_id = self._doc_id(record.base_id, flags)
        article = KnownArticle(doc_id, str(path), row, key, {**record.fields, "doc_id": doc_id, "path": str(path), "row": row})
        if not self._admit(article, record.duplicate_digest, flags, path, row):
            return None
        article.fields["duplicate_of"] = article.duplicate_of
        return article

    def _doc_id(self, base: str, flags: list[tuple[str, str]]) -> str:
        """``base``, or ``base-2``, ``base-3``... when it is taken (flagged)."""
        if base not in self.ids:
            return base
        k = self.next_suffix.get(base, 2)
        while f"{base}-{k}" in self.ids:
            k += 1
        self.next_suffix[base] = k + 1
        doc_id = f"{base}-{k}"
        flags.append(("doc-id-collision", f"doc_id {base!r} is already taken by {self.ids[base]}; this article is {doc_id!r}"))
        return doc_id

    def _admit(self, article: Article | KnownArticle, digest: str, flags: list[tuple[str, str]], path: Path,
               row: int | None) -> bool:
        """Flag (or skip) a duplicate, report the article's problems and take its id; False when it is skipped."""
        first = self.texts.get(digest)
        if first is not None:
            if self.duplicates == "skip":
                self.problem(path, "duplicate", f"same text as {first}", "skipped", row)
                return False
            article.duplicate_of = first
            flags.append(("duplicate", f"same text as {first}"))
        else:
            self.texts[digest] = article.doc_id
        for kind, message in flags:
            self.problem(path, kind, message, "loaded", row)
        self.ids[article.doc_id] = f"{path}, row {row}" if row is not None else str(path)
        return True
