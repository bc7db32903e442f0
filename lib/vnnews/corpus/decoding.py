"""Turning an article file's bytes into text, or saying clearly why not.

Accepted: UTF-8 with or without BOM, UTF-16 with BOM (or without, when its byte pattern
is unmistakable), any line endings, decomposed (NFD) text. Refused with a reason:
empty files, binary files, legacy 8-bit encodings (Windows-1258, TCVN3, VNI), and text
that decodes but is mojibake (TCVN3/VNI bytes read as Windows-1252, or UTF-8 decoded twice).
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["ArticleLoadError", "DecodedFile", "decode_bytes", "read_article_file"]


class ArticleLoadError(Exception):
    """An article file could not be loaded.

    Attributes
    ----------
    path : str
        The file.
    kind : str
        ``unreadable``, ``empty``, ``binary``, ``legacy-encoding``, ``mojibake``,
        ``decode-error``, ``no-articles``, ``doc-id-collision``.
    reason : str
        What is wrong, in words, with what to do about it where there is something.
    """

    def __init__(self, path: str | Path, kind: str, reason: str) -> None:
        self.path = str(path)
        self.kind = kind
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


@dataclass(frozen=True)
class DecodedFile:
    """Decoded text of a file.

    Attributes
    ----------
    raw : str
        The decoded text as in the file (line endings and Unicode form untouched; a
        byte-order mark is not text and is not kept).
    encoding : str
        Codec used (``utf-8``, ``utf-8-sig``, ``utf-16``, or the one asked for).
    notes : tuple of str
        What was unusual but handled (``BOM``, ``CRLF line endings``, ``NFD text``).
    """

    raw: str
    encoding: str
    notes: tuple[str, ...] = field(default=())


# Letters only Vietnamese uses (with breve, circumflex, horn, dot below, hook above, đ)
_VIETNAMESE = set(
    "ăắằẳẵặâấầẩẫậđêếềểễệôốồổỗộơớờởỡợưứừửữựạảẹẻẽỉịọỏụủỳỵỷỹĩũ"
    "ĂẮẰẲẴẶÂẤẦẨẪẬĐÊẾỀỂỄỆÔỐỒỔỖỘƠỚỜỞỠỢƯỨỪỬỮỰẠẢẸẺẼỈỊỌỎỤỦỲỴỶỸĨŨ"
)
# Latin-1 symbols and letters Vietnamese never uses: what TCVN3/VNI bytes look like as Windows-1252
_FOREIGN = set("¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÄÅÆÇËÎÏÑÖ×ØÛÜÞßäåæçëîïñöøûüþÿ")
_TCVN3_MARKERS = set("§®¸µ¶·¹¨©ª«¬")
# a UTF-8 lead byte (C3-C6, or E1 BA/BB for the Vietnamese block) then a continuation byte, as Windows-1252 shows them
_DOUBLE_UTF8 = re.compile("(?:[ÃÄÅÆ]|á[º»])[\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")


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


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > 0.02 * len(sample)


def _mojibake(text: str) -> str | None:
    """Why ``text`` reads as mojibake, or None when it reads as Vietnamese (or not as Vietnamese at all)."""
    letters = sum(c.isalpha() for c in text)
    if letters < 20:
        return None
    viet = sum(c in _VIETNAMESE for c in text)
    foreign = sum(c in _FOREIGN for c in text)
    double = len(_DOUBLE_UTF8.findall(text))
    if double >= 3 and double > viet:
        return "UTF-8 text that was decoded twice (as Windows-1252) and saved again"
    if foreign >= 3 and foreign > 0.02 * letters and foreign > viet:
        tcvn = sum(c in _TCVN3_MARKERS for c in text)
        guess = "TCVN3 (ABC)" if tcvn >= foreign / 3 else "VNI"
        return f"text in a legacy Vietnamese font encoding ({guess}, most likely) read as Windows-1252"
    return None


def _legacy_guess(data: bytes) -> str:
    try:
        as_1258 = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        as_1258 = ""
    letters = sum(c.isalpha() for c in as_1258) or 1
    if as_1258 and sum(c in _VIETNAMESE for c in as_1258) > 0.03 * letters and _mojibake(as_1258) is None:
        return "Windows-1258 (Vietnamese)"
    return "an 8-bit legacy encoding such as TCVN3 (ABC) or VNI"


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
    >>> decode_bytes(b"H\\xe0 N\\xf4\\xf2i", path="a.txt")   # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    vnnews.corpus.decoding.ArticleLoadError: a.txt: not UTF-8: the bytes look like Windows-1258 (Vietnamese); ...
    """
    notes: list[str] = []
    if not data.strip():
        raise ArticleLoadError(path, "empty", "empty file" if not data else "file holds only whitespace")
    if encoding is not None:
        try:
            raw = data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise ArticleLoadError(path, "decode-error", f"cannot decode as {encoding}: {exc}") from None
        used = encoding
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not data.startswith(codecs.BOM_UTF32_LE):
        try:
            raw, used = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ArticleLoadError(path, "decode-error", f"starts with a UTF-16 byte-order mark but is not UTF-16: {exc}") from None
        notes.append("UTF-16")
    elif data.startswith(codecs.BOM_UTF8):
        try:
            raw, used = data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise ArticleLoadError(path, "decode-error", f"starts with a UTF-8 byte-order mark but is not UTF-8: {exc}") from None
        notes.append("BOM")
    else:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None and not _looks_binary(utf16.encode("utf-8")):
            raw, used = utf16, "utf-16"
            notes.append("UTF-16 without BOM")
        elif _looks_binary(data):
            raise ArticleLoadError(path, "binary", "binary file, not text (an image, PDF, Word or archive file?)")
        else:
            try:
                raw, used = data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                guess = _legacy_guess(data)
                hint = (
                    "convert the file to UTF-8 (e.g. iconv -f CP1258 -t UTF-8) or load it with encoding='cp1258'"
                    if guess.startswith("Windows-1258")
                    else "convert it to Unicode UTF-8 with a Vietnamese converter (e.g. UniKey's toolkit)"
                )
                raise ArticleLoadError(path, "legacy-encoding", f"not UTF-8: the bytes look like {guess}; {hint}") from None
    if not raw.strip():
        raise ArticleLoadError(path, "empty", "file holds only whitespace")
    if _looks_binary(raw.encode("utf-8", "surrogatepass")):
        raise ArticleLoadError(path, "binary", "decodes as text but is full of control characters (binary data?)")
    why = _mojibake(unicodedata.normalize("NFC", raw))
    if why is not None:
        raise ArticleLoadError(path, "mojibake", f"decodes but reads as mojibake: {why}; convert the original to UTF-8")
    if "\r\n" in raw:
        notes.append("CRLF line endings")
    elif "\r" in raw:
        notes.append("CR line endings")
    if not unicodedata.is_normalized("NFC", raw):
        notes.append("not NFC (decomposed characters)")
    return DecodedFile(raw, used, tuple(notes))


def read_article_file(path: str | Path, *, encoding: str | None = None) -> DecodedFile:
    """Read and decode one article file, or raise :class:`ArticleLoadError` naming it."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except IsADirectoryError:
        raise ArticleLoadError(p, "unreadable", "is a directory, not a file") from None
    except FileNotFoundError:
        raise ArticleLoadError(p, "unreadable", "no such file") from None
    except OSError as exc:
        raise ArticleLoadError(p, "unreadable", f"cannot read: {exc.strerror or exc}") from None
    return decode_bytes(data, path=p, encoding=encoding)
