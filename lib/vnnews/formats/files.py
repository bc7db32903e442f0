"""Where the exchange formats write: the output folder, one file per article named by its ``doc_id``,
text written byte for byte (UTF-8, ``\\n`` line breaks whatever the platform)."""
from __future__ import annotations

import re
from pathlib import Path

__all__ = ["XML_INVALID", "article_path", "output_folder", "write_text"]

#: characters XML 1.0 cannot carry, not even as character references
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def output_folder(out: str | Path) -> Path:
    """``out`` as a Path, created with its parents when missing."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def article_path(folder: Path, doc_id: str, suffix: str) -> Path:
    """``folder/doc_id + suffix``; a ``doc_id`` that is not a plain file name is a ValueError.

    Examples
    --------
    >>> article_path(Path("brat"), "002_7fb7a55761241d66", ".ann").as_posix()
    'brat/002_7fb7a55761241d66.ann'
    >>> article_path(Path("brat"), "../bài", ".ann")
    Traceback (most recent call last):
    ...
    ValueError: doc_id '../bài' cannot name a file (empty, '.', '..', or has a path separator)
    """
    if doc_id in ("", ".", "..") or "/" in doc_id or "\\" in doc_id or "\x00" in doc_id:
        raise ValueError(f"doc_id {doc_id!r} cannot name a file (empty, '.', '..', or has a path separator)")
    return folder / (doc_id + suffix)


def write_text(path: Path, text: str) -> Path:
    """Write ``text`` as UTF-8 exactly as given (no newline translation); returns ``path``."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(text)
    return path
