"""Finding article files and loading them into a :class:`~vnnews.corpus.Corpus`."""
from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from ..options import check_option
from ..text.normalize import normalize
from .articles import Article, Corpus, LoadProblem, article_from_text
from .decoding import ArticleLoadError, read_article_file

__all__ = ["candidate_files", "load_corpus"]

log = logging.getLogger("vnnews")


def candidate_files(source: str | Path | Iterable[str | Path], pattern: str,
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
        the rest load. ``"raise"``: raise :class:`~vnnews.corpus.decoding.ArticleLoadError`
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
    check_option("errors", errors, ("report", "raise"))
    check_option("duplicates", duplicates, ("flag", "skip"))
    files, ignored, problems = candidate_files(source, pattern, recursive)
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
