"""What a file (or a table row) gave when it was last read, so a corpus read again costs a hash per file.

Every article the loader makes carries a *source key* (:func:`source_key`): a hash of the raw
bytes of its file (or the cells of its table row) and of everything else the article is made
from: the path, the row, the fields the folder and metadata tables give it, and the loading
options (encoding, time zone, limits, column names, user lexicon). It also carries its *source
record* (:class:`SourceRecord`): what the loader made of it, the article's row of the
``articles`` table, its id before collisions, the problems it flagged and the hash that finds
duplicates. The annotation store keeps both with the article (:mod:`vnnews.annotation.store`).

A reader given a way to recall records (:attr:`vnnews.corpus.ArticleStream.recall`) then
reads a known file's bytes, hashes them and gets a :class:`KnownArticle` without decoding,
structuring or dating the text; any change to the bytes, the path, the row, the metadata or
an option gives another key, and the file is read in full.

>>> a, b = source_key("ctx", b"Bai 1"), source_key("ctx", b"Bai 2")
>>> a == source_key("ctx", b"Bai 1"), a == b, a == source_key("ctx2", b"Bai 1")
(True, False, False)
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

__all__ = ["KnownArticle", "SourceRecord", "load_context", "source_key"]

#: bump when what a record holds changes
RECORD_VERSION = "source-1"


def _plain(value: Any) -> Any:
    """A JSON-able stand-in for a cell or field value (dates as ISO text, the rest as its repr)."""
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    return repr(value)


def load_context(*parts: Any) -> str:
    """The text a source key hashes besides the raw bytes: the given parts as canonical JSON.

    >>> load_context("a.txt", {"category": "thoi_su"}) == load_context("a.txt", {"category": "thoi_su"})
    True
    """
    return json.dumps([RECORD_VERSION, *parts], ensure_ascii=False, sort_keys=True, default=_plain)


def source_key(context: str, raw: bytes) -> str:
    """The key of an article's source: ``context`` (:func:`load_context`) and the raw bytes."""
    digest = hashlib.sha1(context.encode("utf-8", "surrogatepass") + b"\x00")
    digest.update(raw)
    return digest.hexdigest()


@dataclass(frozen=True)
class SourceRecord:
    """What the loader made of one source, enough to give its article again without reading the text.

    Attributes
    ----------
    base_id : str
        The article's id before a collision suffix (``-2``...) is added.
    duplicate_digest : str
        Hash of the normalised text: two articles sharing it are duplicates.
    flags : tuple of (kind, message)
        Problems flagged while reading (not the duplicate and id-collision ones, which depend on
        the other files).
    fields : dict
        The article's row of the ``articles`` table (:func:`vnnews.corpus.collection.article_row`),
        the date as ISO text.
    """

    base_id: str
    duplicate_digest: str
    flags: tuple[tuple[str, str], ...] = ()
    fields: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps({"base_id": self.base_id, "duplicate_digest": self.duplicate_digest, "flags": list(self.flags),
                           "fields": self.fields}, ensure_ascii=False, default=_plain)

    @classmethod
    def from_json(cls, text: str) -> SourceRecord:
        data = json.loads(text)
        return cls(data["base_id"], data["duplicate_digest"], tuple(tuple(f) for f in data["flags"]), data["fields"])


@dataclass
class KnownArticle:
    """An article given again from its :class:`SourceRecord`: ids, where it is from, and its row.

    Attributes
    ----------
    doc_id, path, row, duplicate_of
        As for :class:`~vnnews.corpus.articles.Article`.
    key : str
        The store key of the article (:func:`vnnews.annotation.layers.article_key`) recorded with it.
    fields : dict
        Its row of the ``articles`` table, ``doc_id`` and ``duplicate_of`` as read this time.
    """

    doc_id: str
    path: str
    row: int | None
    key: str
    fields: dict[str, Any]
    duplicate_of: str | None = None

    @property
    def encoding(self) -> str:
        return self.fields["encoding"]

    @property
    def notes(self) -> tuple[str, ...]:
        notes = self.fields["notes"]
        return tuple(notes.split("; ")) if notes else ()
