"""Turning an article file's bytes into text, or saying clearly why not.

Accepted: UTF-8 with or without BOM, UTF-16 and UTF-32 with BOM (or without, when their byte
pattern is unmistakable), any line endings, decomposed (NFD) text. A few bytes that are not
UTF-8 inside otherwise valid UTF-8 are replaced with U+FFFD and reported, not a reason to drop
the article. Refused with a reason: files that are not regular files (FIFOs, devices), files
over the size limit, empty files, PDF and other binary files, legacy 8-bit encodings
(Windows-1258, TCVN3, VNI), HTML pages, VIQR and mojibake (see :mod:`.text_checks`).
"""
from __future__ import annotations

import codecs
import os
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .text_checks import legacy_guess, text_problem

__all__ = ["ArticleLoadError", "DecodedFile", "decode_bytes", "read_article_file", "read_file_bytes", "regular_file", "replace_undecodable"]


class ArticleLoadError(Exception):
    """An article file (or one row of a table) could not be loaded.

    Attributes
    ----------
    path : str
        The file.
    kind : str
        ``unreadable``, ``not-regular``, ``too-large``, ``line-too-long``, ``empty``, ``binary``,
        ``pdf``, ``html``, ``viqr``, ``legacy-encoding``, ``mojibake``, ``decode-error``,
        ``no-text``, ``bad-row``, ``not-a-table``, ``no-articles``.
    reason : str
        What is wrong, in words, with what to do about it where there is something.
    row : int or None
        The row of a table file (1-based, header excluded; the line of a JSON Lines file).
    """

    def __init__(self, path: str | Path, kind: str, reason: str, row: int | None = None) -> None:
        self.path = str(path)
        self.kind = kind
        self.reason = reason
        self.row = row
        where = f"{self.path}, row {row}" if row is not None else self.path
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True)
class DecodedFile:
    """Decoded text of a file.

    Attributes
    ----------
    raw : str
        The decoded text as in the file (line endings and Unicode form untouched; a
        byte-order mark is not text and is not kept).
    encoding : str
        Codec used (``utf-8``, ``utf-8-sig``, ``utf-16``, ``utf-32``, or the one asked for).
    notes : tuple of str
        What was unusual but handled (``BOM``, ``CRLF line endings``, ``NFD text``).
    replaced : tuple of int
        Character offsets in :attr:`raw` of bytes that were not UTF-8, now U+FFFD.
    """

    raw: str
    encoding: str
    notes: tuple[str, ...] = field(default=())
    replaced: tuple[int, ...] = field(default=())


_MAGIC = (
    (b"%PDF-", "pdf", "a PDF document, not text: extract its text first (e.g. pdftotext -enc UTF-8)"),
    (b"PK\x03\x04", "binary", "a ZIP archive (a Word .docx, Excel .xlsx or .zip file?), not text: save it as UTF-8 text"),
    (b"\xd0\xcf\x11\xe0", "binary", "an old Microsoft Office file (.doc, .xls), not text: save it as UTF-8 text"),
    (b"{\\rtf", "binary", "an RTF document, not plain text: save it as UTF-8 text"),
)


def _utf32_without_bom(data: bytes) -> str | None:
    if len(data) < 8 or len(data) % 4:
        return None
    for codec, zero_lanes in (("utf-32-le", (2, 3)), ("utf-32-be", (0, 1))):
        if all(data[k::4].count(0) > 0.9 * (len(data) // 4) for k in zero_lanes):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for zeros, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) > 0.3 * len(zeros):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def replace_undecodable(text: str) -> tuple[str, tuple[int, ...]]:
    """Replace lone surrogates (bytes that were not UTF-8, kept by ``surrogateescape``, or
    ``\\udXXX`` escapes of JSON) with U+FFFD; return the text and where they were.

    Examples
    --------
    >>> replace_undecodable(b"H\\xe0 N\\xe1\\xbb\\x99i".decode("utf-8", "surrogateescape"))
    ('H� Nội', (1,))
    """
    where = tuple(i for i, c in enumerate(text) if "\ud800" <= c <= "\udfff") if _has_surrogate(text) else ()
    if not where:
        return text, ()
    return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text), where


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _utf8_with_few_bad_bytes(data: bytes) -> tuple[str, tuple[int, ...]] | None:
    """Valid UTF-8 but for a few bytes: the text with those bytes as U+FFFD; None when the
    bad bytes are too many to be damage (then the file is in another encoding)."""
    text = data.decode("utf-8", "surrogateescape")
    fixed, where = replace_undecodable(text)
    multibyte = sum(1 for c in text if c > "\x7f") - len(where)
    if where and multibyte >= 10 * len(where):
        return fixed, where
    return None


def decode_bytes(data: bytes, *, path: str | Path = "<bytes>", encoding: str | None = None) -> DecodedFile:
    """Decode an article file's bytes, or raise :class:`ArticleLoadError` saying why not.

    Parameters
    ----------
    data : bytes
        File contents.
    path : str or Path
        Named in errors.
    encoding : str, optional
        Decode with this codec instead of detecting (e.g. ``"cp1258"`` for a file known
        to be Windows-1258).

    Examples
    --------
    >>> decode_bytes("Hà Nội\\r\\n".encode("utf-8-sig")).notes
    ('BOM', 'CRLF line endings')
    >>> data = "Sáng 1/7, Bộ Chính trị họp tại Hà Nội, Việt Nam. ".encode() + b"\\xff" + "Hội nghị bế mạc.".encode()
    >>> decoded = decode_bytes(data)
    >>> decoded.replaced, decoded.raw[48:51]
    ((49,), ' �H')
    >>> decode_bytes(b"H\\xe0 N\\xf4\\xf2i", path="a.txt")   # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    vnnews.corpus.decoding.ArticleLoadError: a.txt: not UTF-8: the bytes look like Windows-1258 (Vietnamese); ...
    """
    notes: list[str] = []
    replaced: tuple[int, ...] = ()
    if not data.strip():
        raise ArticleLoadError(path, "empty", "empty file" if not data else "file holds only whitespace")
    for magic, kind, reason in _MAGIC:
        if data.lstrip()[: len(magic)] == magic:
            raise ArticleLoadError(path, kind, reason)
    if encoding is not None:
        try:
            raw, used = data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise ArticleLoadError(path, "decode-error", f"cannot decode as {encoding}: {exc}") from None
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        try:
            raw, used = data.decode("utf-32"), "utf-32"
        except UnicodeDecodeError as exc:
            raise ArticleLoadError(path, "decode-error", f"starts with a UTF-32 byte-order mark but is not UTF-32: {exc}") from None
        notes.append("UTF-32")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            raw, used = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ArticleLoadError(path, "decode-error", f"starts with a UTF-16 byte-order mark but is not UTF-16: {exc}") from None
        notes.append("UTF-16")
    else:
        body, used = (data[len(codecs.BOM_UTF8):], "utf-8-sig") if data.startswith(codecs.BOM_UTF8) else (data, "utf-8")
        if used == "utf-8-sig":
            notes.append("BOM")
        utf32 = None if used == "utf-8-sig" else _utf32_without_bom(body)
        utf16 = None if used == "utf-8-sig" or utf32 is not None else _utf16_without_bom(body)
        if utf32 is not None and "\x00" not in utf32:
            raw, used = utf32, "utf-32"
            notes.append("UTF-32 without BOM")
        elif utf16 is not None and "\x00" not in utf16 and text_problem(utf16[:8192]) is None:
            raw, used = utf16, "utf-16"
            notes.append("UTF-16 without BOM")
        elif b"\x00" in body[:8192]:
            raise ArticleLoadError(path, "binary", "binary file, not text (an image, PDF, Word or archive file?)")
        else:
            try:
                raw = body.decode("utf-8")
            except UnicodeDecodeError:
                damaged = _utf8_with_few_bad_bytes(body)
                if damaged is None:
                    guess = legacy_guess(body)
                    hint = (
                        "convert the file to UTF-8 (e.g. iconv -f CP1258 -t UTF-8) or load it with encoding='cp1258'"
                        if guess.startswith("Windows-1258")
                        else "convert it to Unicode UTF-8 with a Vietnamese converter (e.g. UniKey's toolkit)"
                    )
                    raise ArticleLoadError(path, "legacy-encoding", f"not UTF-8: the bytes look like {guess}; {hint}") from None
                raw, replaced = damaged
    if not raw.strip():
        raise ArticleLoadError(path, "empty", "file holds only whitespace")
    problem = text_problem(raw)
    if problem is not None:
        raise ArticleLoadError(path, *problem)
    if "\r\n" in raw:
        notes.append("CRLF line endings")
    elif "\r" in raw:
        notes.append("CR line endings")
    if not unicodedata.is_normalized("NFC", raw):
        notes.append("not NFC (decomposed characters)")
    return DecodedFile(raw, used, tuple(notes), replaced)


_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a directory"))


def regular_file(path: str | Path) -> os.stat_result:
    """The file's status when it is a regular file (symbolic links followed), else
    :class:`ArticleLoadError` saying what it is: FIFOs and devices are never opened, so they
    cannot hang a load."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        kind = "a broken symbolic link" if os.path.islink(path) else "no such file"
        raise ArticleLoadError(path, "unreadable", kind) from None
    except OSError as exc:
        raise ArticleLoadError(path, "unreadable", f"cannot read: {exc.strerror or exc}") from None
    if stat.S_ISREG(status.st_mode):
        return status
    what = next((name for test, name in _KINDS if test(status.st_mode)), "not a regular file")
    if what == "a directory":
        raise ArticleLoadError(path, "unreadable", "is a directory, not a file")
    target = f" ({os.path.realpath(path)})" if os.path.islink(path) else ""
    raise ArticleLoadError(path, "not-regular", f"{what}{target}, not a regular file: only regular files are read")


def read_article_file(path: str | Path, *, encoding: str | None = None, max_bytes: int | None = None) -> DecodedFile:
    """Read and decode one article file, or raise :class:`ArticleLoadError` naming it.

    Parameters
    ----------
    max_bytes : int, optional
        Refuse files larger than this (they are not read at all).
    """
    return decode_bytes(read_file_bytes(path, max_bytes=max_bytes), path=Path(path), encoding=encoding)


def read_file_bytes(path: str | Path, *, max_bytes: int | None = None) -> bytes:
    """The raw bytes of one article file (checked as :func:`read_article_file` checks it), or raise
    :class:`ArticleLoadError` naming it."""
    p = Path(path)
    size = regular_file(p).st_size
    if max_bytes is not None and size > max_bytes:
        raise ArticleLoadError(p, "too-large", f"{size:,} bytes, more than one article can hold (limit {max_bytes:,} bytes: "
                                               "raise max_article_chars / --max-article-chars to read it)")
    try:
        with open(p, "rb") as handle:
            data = handle.read(max_bytes + 1) if max_bytes is not None else handle.read()
    except OSError as exc:
        raise ArticleLoadError(p, "unreadable", f"cannot read: {exc.strerror or exc}") from None
    if max_bytes is not None and len(data) > max_bytes:
        raise ArticleLoadError(p, "too-large", f"more than one article can hold (limit {max_bytes:,} bytes)")
    return data
