"""Finding the files of a corpus: a folder (walked recursively), one file, a list, a glob.

Every entry met is accounted for: article files are yielded to be read; hidden entries
(names starting with ``.``), files in other formats and folders not walked are yielded as
:class:`~vnnews.corpus.problems.IgnoredFile` with the reason; folders that cannot be listed,
broken links, FIFOs and devices named like articles are yielded as problems.
"""
from __future__ import annotations

import fnmatch
import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .decoding import ArticleLoadError, regular_file
from .problems import IgnoredFile, LoadProblem
from .tables import TABLE_FORMATS

__all__ = ["InputFile", "find_inputs", "ARTICLE_SUFFIXES", "EXPORT_MARKER"]

#: file suffix -> format, for files found in folders
ARTICLE_SUFFIXES = {".txt": "txt", **TABLE_FORMATS}
#: the file that marks a folder of tables written by ``vnnews export`` (never read as a corpus)
EXPORT_MARKER = ".vnnews-export"
_GLOB_CHARS = set("*?[")


@dataclass(frozen=True)
class InputFile:
    """A file to read articles from.

    Attributes
    ----------
    path : Path
    fmt : str
        ``txt``, ``csv``, ``jsonl``, ``json`` or ``parquet``.
    category : str or None
        The subfolder path it sits in below the folder given (``thoi_su``, ``2022/phap_luat``),
        None at the top or when categories from folders are off.
    partition : tuple of (str, str)
        ``key=value`` folder names on its path (Hive-style partitioned datasets).
    """

    path: Path
    fmt: str
    category: str | None = None
    partition: tuple[tuple[str, str], ...] = field(default=())


def _format(path: Path, explicit: bool) -> str | None:
    fmt = ARTICLE_SUFFIXES.get(path.suffix.lower())
    return fmt if fmt is not None or not explicit else "txt"


def _placement(path: Path, root: Path | None, by_folder: bool) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    if root is None:
        return None, ()
    try:
        folders = path.parent.relative_to(root).parts
    except ValueError:
        return None, ()
    partition = tuple(tuple(p.split("=", 1)) for p in folders if "=" in p)
    plain = [p for p in folders if "=" not in p and not p.lower().endswith(".parquet")]
    return ("/".join(plain) if by_folder and plain else None), partition  # type: ignore[return-value]


def _walk(root: Path, top: Path, *, pattern: str | None, recursive: bool, by_folder: bool,
          visited: set[tuple[int, int]]) -> Iterator[InputFile | IgnoredFile | LoadProblem]:
    try:
        status = top.stat()
        if (status.st_dev, status.st_ino) in visited:
            yield IgnoredFile(str(top), "a link back to a folder already read (a loop)")
            return
        visited.add((status.st_dev, status.st_ino))
        with os.scandir(top) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        yield LoadProblem(str(top), "unreadable", f"cannot list this folder: {exc.strerror or exc}", "skipped")
        return
    if any(e.name == EXPORT_MARKER for e in entries):
        yield IgnoredFile(str(top), "tables written by vnnews export, not articles")
        return
    files: list[tuple[int, str, Path, str]] = []
    folders: list[Path] = []
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith("."):
            yield IgnoredFile(str(path), "hidden (the name starts with '.')")
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            if recursive:
                folders.append(path)
            else:
                yield IgnoredFile(str(path), "a subfolder (recursive=False)")
            continue
        fmt = _format(path, explicit=False)
        if pattern is not None:
            fmt = (fmt or "txt") if fnmatch.fnmatch(entry.name, pattern) else None
        if fmt is None:
            yield IgnoredFile(str(path), f"not an article format ({path.suffix or 'no extension'})")
            continue
        # tables first: a metadata table (file,url) must be read before the files it describes
        files.append((fmt == "txt", entry.name, path, fmt))
    for _, _, path, fmt in sorted(files):
        category, partition = _placement(path, root, by_folder)
        yield InputFile(path, fmt, category, partition)
    for folder in folders:
        yield from _walk(root, folder, pattern=pattern, recursive=recursive, by_folder=by_folder, visited=visited)


def _glob_root(pattern: str) -> Path:
    parts = Path(pattern).parts
    fixed = []
    for part in parts:
        if _GLOB_CHARS & set(part):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path(".")


def find_inputs(source: str | Path | Iterable[str | Path], *, pattern: str | None = None, recursive: bool = True,
                category_from_folders: bool = True) -> Iterator[InputFile | IgnoredFile | LoadProblem]:
    """Every file to read for ``source``, plus what was ignored and why, lazily.

    Parameters
    ----------
    source : str, Path or iterable of them
        A folder, a file, a glob (``corpus/**/*.jsonl``) or a list of any of these.
    pattern : str, optional
        Only files whose name matches (``"*.txt"``); by default every file in a format vnnews
        reads (:data:`ARTICLE_SUFFIXES`).
    recursive : bool
        Walk subfolders (default).
    category_from_folders : bool
        Give files below a folder the subfolder path as their category.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> root = pathlib.Path(tempfile.mkdtemp())
    >>> (root / "thoi_su").mkdir(); _ = (root / "thoi_su" / "a.txt").write_text("Tin.", encoding="utf-8")
    >>> _ = (root / ".ghi_chu.txt").write_text("x", encoding="utf-8")
    >>> [(type(f).__name__, pathlib.Path(f.path).name, getattr(f, "category", None)) for f in find_inputs(root)]
    [('IgnoredFile', '.ghi_chu.txt', None), ('InputFile', 'a.txt', 'thoi_su')]
    """
    sources = [source] if isinstance(source, (str, Path)) else list(source)
    if not sources:
        return
    visited: set[tuple[int, int]] = set()
    for item in sources:
        path = Path(item)
        text = str(item)
        if not os.path.lexists(path) and _GLOB_CHARS & set(text):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                yield LoadProblem(text, "unreadable", "no file or folder matches this pattern", "skipped")
            root = _glob_root(text)
            for match in map(Path, matches):
                if match.name.startswith(".") and not Path(text).name.startswith("."):
                    yield IgnoredFile(str(match), "hidden (the name starts with '.')")
                elif match.is_dir():
                    yield from _walk(match, match, pattern=pattern, recursive=recursive, by_folder=category_from_folders,
                                     visited=visited)
                else:
                    category, partition = _placement(match, root, category_from_folders)
                    yield InputFile(match, _format(match, explicit=True) or "txt", category, partition)
            continue
        if path.is_dir():
            found = False
            for entry in _walk(path, path, pattern=pattern, recursive=recursive, by_folder=category_from_folders, visited=visited):
                found = found or isinstance(entry, InputFile)
                yield entry
            if not found:
                kinds = f"matching {pattern}" if pattern else "(.txt, .csv, .tsv, .jsonl, .ndjson, .json, .parquet)"
                yield LoadProblem(str(path), "no-articles", f"no article files {kinds} in this folder", "skipped")
            continue
        try:
            regular_file(path)
        except ArticleLoadError as exc:
            yield LoadProblem(exc.path, exc.kind, "no such file or folder" if exc.reason == "no such file" else exc.reason, "skipped")
            continue
        yield InputFile(path, _format(path, explicit=True) or "txt")
