"""What loading a corpus met besides its articles: the problems of files and rows (skipped or
flagged), the files read and the files deliberately not read."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FileRead", "IgnoredFile", "LoadProblem", "PROBLEM_COLUMNS"]

#: columns of :meth:`vnnews.corpus.Corpus.problems_frame`
PROBLEM_COLUMNS = ["path", "row", "kind", "message", "action"]


@dataclass(frozen=True)
class LoadProblem:
    """Something wrong with one input.

    Attributes
    ----------
    path : str
    kind : str
        See :class:`vnnews.corpus.decoding.ArticleLoadError`, plus ``duplicate``,
        ``doc-id-collision``, ``invalid-bytes`` and ``bad-date``.
    message : str
    action : str
        ``skipped`` (not in the corpus) or ``loaded`` (in the corpus, flagged).
    row : int or None
        The row of a table file (see :class:`vnnews.corpus.tables.TableRow`), None for a whole file.
    """

    path: str
    kind: str
    message: str
    action: str
    row: int | None = None

    @property
    def where(self) -> str:
        """The file, and the row of a table file.

        >>> LoadProblem("bao.csv", "no-text", "không có nội dung", "skipped", 3).where
        'bao.csv, row 3'
        """
        return f"{self.path}, row {self.row}" if self.row is not None else self.path


@dataclass
class FileRead:
    """A file articles (or metadata) were read from.

    Attributes
    ----------
    path : str
    format : str
        ``txt``, ``csv``, ``jsonl``, ``json`` or ``parquet``.
    role : str
        ``articles``, or ``metadata`` for a table of files without text (``file,url``).
    articles : int
        How many articles it gave.
    """

    path: str
    format: str
    role: str = "articles"
    articles: int = 0


@dataclass(frozen=True)
class IgnoredFile:
    """A file or folder met while looking for articles and deliberately not read.

    Attributes
    ----------
    path : str
    reason : str
        ``hidden`` (its name starts with ``.``), ``not an article format (.md)``, ...
    """

    path: str
    reason: str
