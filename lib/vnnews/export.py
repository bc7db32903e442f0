"""The corpus tables and how they are written: the one registry of what ``vnnews export`` writes.

Tables keep typed values (lists of names, dates) until here; CSV writes a list as its items
joined with ``; `` and Parquet keeps it a list. The exchange formats (:data:`EXCHANGE_FORMATS`:
JSON Lines, CoNLL-U, brat, TimeML, GEXF, GraphML) are written by :mod:`vnnews.formats`.

An export is written whole or not at all: the tables go to a temporary folder beside ``out``,
which then takes the place of ``out`` (a previous export there is replaced; a folder holding
other files is never touched). A hidden file ``.vnnews-export`` marks the folder, so an export
saved inside a corpus folder is never read back as articles.

CSV cells are guarded against formula injection: a text cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return, and is not a plain signed number (``-5``, ``+84``),
is written with a leading ``'``, so spreadsheets show it as text instead of running it. Strip
that one ``'`` when reading such a cell back as a span of the article text (Parquet is never
changed).
"""
from __future__ import annotations

import codecs
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from .annotation.reduce import annotated
from .corpus import Corpus
from .corpus.inputs import EXPORT_MARKER
from .options import check_option
from .streaming import REDUCTIONS, export_annotated

if TYPE_CHECKING:
    from .annotation.sources import CorpusIndex

__all__ = ["export_corpus", "prepare_tables",
           "TABLES", "FORMATS", "EXCHANGE_FORMATS", "EXPORT_FORMATS", "ExportError", "add_bom", "export", "export_tables",
           "guard_formula", "write_table"]

FORMATS = ("csv", "parquet")

def _table(name: str) -> Callable[[Corpus], pd.DataFrame]:
    def build(corpus: Corpus) -> pd.DataFrame:
        view = annotated(corpus)
        return REDUCTIONS[name](view).frame(view)

    build.__name__ = name
    build.__doc__ = f"The ``{name}`` table of a corpus (see :data:`vnnews.streaming.REDUCTIONS`)."
    build.reduction = name  # type: ignore[attr-defined]
    return build


def _custom(corpus: Callable[[], Corpus]) -> dict[str, Callable[[], pd.DataFrame]]:
    """The tables of :data:`TABLES` that are not reductions of the store (added or replaced by a user),
    each a function giving its DataFrame, given a function giving the corpus."""
    return {name: (lambda build=build: build(corpus())) for name, build in TABLES.items()
            if getattr(build, "reduction", None) != name}


#: table name -> function of the corpus; each analysis adds its tables here, as a reduction of the
#: annotation store (:data:`vnnews.streaming.REDUCTIONS`)
TABLES: dict[str, Callable[[Corpus], pd.DataFrame]] = {name: _table(name) for name in REDUCTIONS}


class ExportError(Exception):
    """The export cannot be written where asked (the reason names the folder)."""


def _flat(frame: pd.DataFrame) -> pd.DataFrame:
    """List cells as ``; ``-joined text, for formats without lists."""
    listy = [c for c in frame.columns if frame[c].dtype == object and any(isinstance(v, (list, tuple)) for v in frame[c])]
    if not listy:
        return frame
    return frame.assign(**{c: frame[c].map(lambda v: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
                           for c in listy})


_FORMULA_START = tuple("=+-@\t\r")
_PLAIN_NUMBER = re.compile(r"[+-]\d[\d.,]*%?")


def guard_formula(value: object) -> object:
    """A CSV cell a spreadsheet will not run as a formula (see the module docs).

    Examples
    --------
    >>> guard_formula("=HYPERLINK('http://x')"), guard_formula("-5"), guard_formula("- Ngày 2/9"), guard_formula("Hà Nội")
    ("'=HYPERLINK('http://x')", '-5', "'- Ngày 2/9", 'Hà Nội')
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def _guarded(frame: pd.DataFrame) -> pd.DataFrame:
    texty = [c for c in frame.columns if frame[c].dtype == object or pd.api.types.is_string_dtype(frame[c].dtype)]
    risky = [c for c in texty if frame[c].map(lambda v: isinstance(v, str) and v.startswith(_FORMULA_START)).any()]
    return frame.assign(**{c: frame[c].map(guard_formula) for c in risky}) if risky else frame


def write_table(frame: pd.DataFrame, path: Path, fmt: str) -> Path:
    """Write one table as ``path`` + ``.csv`` (formula-guarded) or ``.parquet``; returns the file written."""
    target = path.with_suffix("." + fmt)
    if fmt == "csv":
        _guarded(_flat(frame)).to_csv(target, index=False)
    else:
        frame.to_parquet(target, index=False)
    return target


#: exchange formats: name -> (writer of the corpus into a folder, returning the files; the subfolder
#: of the export folder it writes into, "" for the export folder itself)
def _writer(name: str) -> Callable[[Corpus, Path], list[Path]]:
    """``vnnews.formats.<name>``, imported when first called (a table export does not pay for the
    exchange formats' imports)."""
    def write(corpus: Corpus, folder: Path) -> list[Path]:
        from . import formats

        return getattr(formats, name)(corpus, folder)

    write.__name__ = name
    return write


EXCHANGE_FORMATS: dict[str, tuple[Callable[[Corpus, Path], list[Path]], str]] = {
    "jsonl": (_writer("write_jsonl"), ""),
    "conllu": (_writer("write_conllu"), ""),
    "brat": (_writer("write_brat"), "brat"),
    "timeml": (_writer("write_timeml"), "timeml"),
    "gexf": (_writer("write_gexf"), ""),
    "graphml": (_writer("write_graphml"), ""),
}
#: every format ``vnnews export --format`` takes
EXPORT_FORMATS = FORMATS + tuple(EXCHANGE_FORMATS)


def _export_names() -> set[str]:
    tables = {f"{name}.{fmt}" for name in [*TABLES, "problems"] for fmt in (*FORMATS, "jsonl")}
    return tables | {EXPORT_MARKER, "corpus.conllu", "cooccurrence.gexf", "cooccurrence.graphml", "brat", "timeml"}


def add_bom(path: Path) -> Path:
    """Put the UTF-8 byte-order mark before a UTF-8 file (once), so Excel reads it as UTF-8."""
    data = path.read_bytes()
    if not data.startswith(codecs.BOM_UTF8):
        path.write_bytes(codecs.BOM_UTF8 + data)
    return path


def _check_target(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise ExportError(f"--out {out_dir} is a file, not a folder")
    if out_dir.is_dir():
        foreign = sorted(p.name for p in out_dir.iterdir() if p.name not in _export_names())
        if foreign:
            raise ExportError(f"{out_dir} holds files vnnews did not write ({', '.join(foreign[:3])}"
                              f"{', ...' if len(foreign) > 3 else ''}): give a new or empty folder, or a previous export")


def _move_into_place(built: Path, out_dir: Path) -> None:
    """``built`` (marked as an export) becomes ``out_dir``; a previous export there is removed only once
    the new one is in place."""
    (built / EXPORT_MARKER).write_text("tables written by vnnews export; vnnews does not read this folder as a corpus\n",
                                       encoding="utf-8")
    if not out_dir.exists():
        os.replace(built, out_dir)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=out_dir.parent))
    os.replace(out_dir, old / out_dir.name)
    try:
        os.replace(built, out_dir)
    except OSError:
        os.replace(old / out_dir.name, out_dir)
        raise
    finally:
        shutil.rmtree(old, ignore_errors=True)


def _write_tables(corpus: Corpus, folder: Path, fmt: str) -> list[Path]:
    return export_annotated(annotated(corpus), folder, fmt=fmt, problems=corpus.problems_frame(), tables=list(TABLES),
                            custom=_custom(lambda: corpus))


def _checked_options(formats: Iterable[str], excel: bool, out: str | Path) -> tuple[list[str], Path]:
    """The formats asked for (each checked, in order, once) and the output folder (checked to be one vnnews may write)."""
    chosen = list(dict.fromkeys(check_option("format", f, EXPORT_FORMATS) for f in formats))
    if not chosen:
        raise ValueError(f"formats is empty: give one or more of {', '.join(EXPORT_FORMATS)}")
    if excel and "csv" not in chosen:
        raise ValueError("excel applies to CSV files: add 'csv' to the formats")
    out_dir = Path(out).absolute()
    _check_target(out_dir)
    return chosen, out_dir


def export(corpus: Corpus, out: str | Path, *, formats: Iterable[str] = ("csv",), excel: bool = False) -> list[Path]:
    """Write ``corpus`` into ``out`` in each of ``formats`` (:data:`EXPORT_FORMATS`), whole or not at all.

    Tables (csv, parquet, jsonl) are ``out/name.ext``; CoNLL-U is ``out/corpus.conllu``; the network
    is ``out/cooccurrence.gexf`` / ``.graphml``; brat and TimeML write one folder each (``out/brat``,
    ``out/timeml``) with files per article. Everything is written to a temporary folder beside
    ``out`` that then takes its place.

    Parameters
    ----------
    formats : iterable of str
        Formats to write, in order; repeats are written once.
    excel : bool
        Write the CSV files with a UTF-8 byte-order mark, so Excel opens them as UTF-8 (needs ``csv``).

    Returns
    -------
    list of Path
        The files written (in ``out``).

    Raises
    ------
    ExportError
        ``out`` is a file, or a folder holding files other than a vnnews export.
    """
    chosen, out_dir = _checked_options(formats, excel, out)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    built = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".partial", dir=out_dir.parent))
    try:
        built.chmod(0o755)
        written: list[Path] = []
        for fmt in chosen:
            if fmt in FORMATS:
                files = _write_tables(corpus, built, fmt)
                written += [add_bom(p) for p in files] if excel and fmt == "csv" else files
            else:
                write, folder = EXCHANGE_FORMATS[fmt]
                written += write(corpus, built / folder if folder else built)
        _move_into_place(built, out_dir)
    except BaseException:
        shutil.rmtree(built, ignore_errors=True)
        raise
    return [out_dir / p.relative_to(built) for p in written]


def export_tables(corpus: Corpus, out: str | Path, *, fmt: str = "csv") -> list[Path]:
    """Write every table of :data:`TABLES` plus ``problems`` for ``corpus`` into ``out``, whole or not at all
    (:func:`export` with one table format).

    Returns
    -------
    list of Path
        The files written (in ``out``).
    """
    check_option("format", fmt, FORMATS)
    return export(corpus, out, formats=[fmt])


def export_corpus(source: str | Path | Iterable[str | Path], out: str | Path, *, formats: Iterable[str] = ("csv",),
                  excel: bool = False, timings: dict[str, float] | None = None,
                  **load_options: Any) -> tuple[list[Path], CorpusIndex]:
    """``vnnews export``: stream the corpus into the annotation store (annotating what it lacks, a chunk of
    articles at a time), then write every table as a reduction of the store, each streamed to its file,
    so memory does not grow with the corpus; exchange formats, which walk the articles themselves, load
    the corpus for their writers. Whole or not at all, as :func:`export`; nothing is written when no
    article loaded.

    Parameters
    ----------
    formats, excel
        As for :func:`export`.
    timings : dict, optional
        Receives the seconds of each step (loading and annotating, then each table).
    **load_options
        Options of :func:`vnnews.load_corpus`.

    Returns
    -------
    tuple
        The files written (in ``out``) and the :class:`~vnnews.annotation.sources.CorpusIndex`
        (``docs``, ``articles``, ``problems``).
    """
    import time as clock

    from .annotation.active import active_store
    from .annotation.reduce import Annotated
    from .annotation.sources import index_corpus

    chosen, out_dir = _checked_options(formats, excel, out)
    started = clock.perf_counter()
    index = index_corpus(source, **load_options)
    if timings is not None:
        timings["load and annotate"] = round(clock.perf_counter() - started, 3)
    if not index.docs.num_rows:
        return [], index
    problems = Corpus([], problems=index.problems).problems_frame()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    built = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".partial", dir=out_dir.parent))
    view = Annotated(index.docs, active_store(), index.articles)
    loaded: list[Corpus] = []

    def corpus() -> Corpus:  # only for exchange formats and tables that are not reductions of the store
        if not loaded:
            from .corpus import load_corpus

            loaded.append(load_corpus(source, **load_options))
        return loaded[0]

    try:
        built.chmod(0o755)
        written: list[Path] = []
        for fmt in chosen:
            if fmt in FORMATS:
                files = export_annotated(view, built, fmt=fmt, problems=problems, timings=timings, tables=list(TABLES),
                                         custom=_custom(corpus))
                written += [add_bom(p) for p in files] if excel and fmt == "csv" else files
            else:
                write, folder = EXCHANGE_FORMATS[fmt]
                written += write(corpus(), built / folder if folder else built)
        _move_into_place(built, out_dir)
    except BaseException:
        shutil.rmtree(built, ignore_errors=True)
        raise
    finally:
        view.close()
    return [out_dir / p.relative_to(built) for p in written], index


def prepare_tables(source: str | Path | Iterable[str | Path], *, fmt: str = "csv", workers: int = 1, **load_options: Any) -> int:
    """Compute every table of :data:`TABLES` that is a reduction of the store into the table cache
    (:class:`vnnews.streaming.TableCache`), as ``vnnews annotate`` does after the map: the next
    ``vnnews export`` of the unchanged corpus in ``fmt`` then copies them. Articles the store lacks
    are annotated first. Returns the number of tables prepared (0 when the cache is read-only or
    no article loaded).

    Parameters
    ----------
    fmt : {"csv", "parquet"}
        The format to prepare (the one ``vnnews export`` will be asked for).
    workers : int
        Processes computing tables at once (:mod:`vnnews.parallel_tables`); 1 computes them here.
    **load_options
        Options of :func:`vnnews.load_corpus`, the same the export will be given.
    """
    from .annotation.active import active_store
    from .annotation.reduce import Annotated
    from .annotation.sources import index_corpus
    from .streaming import TableCache

    check_option("format", fmt, FORMATS)
    if not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be a positive integer, not {workers!r}")
    index = index_corpus(source, **load_options)
    if not index.docs.num_rows:
        return 0
    names = [name for name, build in TABLES.items() if getattr(build, "reduction", None) == name]
    if workers > 1:
        from .parallel_tables import prepare_in_processes

        return prepare_in_processes(index.docs, index.articles, names, fmt=fmt, workers=workers)
    view = Annotated(index.docs, active_store(), index.articles)
    try:
        if TableCache.of(view) is None:
            return 0
        with tempfile.TemporaryDirectory(prefix="vnnews-tables-") as folder:
            export_annotated(view, folder, fmt=fmt, tables=names)
        return len(names)
    finally:
        view.close()
