"""The corpus tables and how they are written: the one registry of what ``vnnews export`` writes.

Tables keep typed values (lists of names, dates) until here; CSV writes a list as its items
joined with ``; `` and Parquet keeps it a list. The exchange formats (:data:`EXCHANGE_FORMATS`:
JSON Lines, CoNLL-U, brat, TimeML, GEXF, GraphML) are written by :mod:`vnnews.formats`.
"""
from __future__ import annotations

import codecs
from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd

from . import entities, stats, time
from .corpus import Corpus
from .formats import write_brat, write_conllu, write_gexf, write_graphml, write_jsonl, write_timeml
from .options import check_option

__all__ = ["TABLES", "FORMATS", "EXCHANGE_FORMATS", "EXPORT_FORMATS", "add_bom", "export", "export_tables", "write_table"]

FORMATS = ("csv", "parquet")

#: table name -> function of the corpus; each analysis adds its tables here
TABLES: dict[str, Callable[[Corpus], pd.DataFrame]] = {
    "articles": Corpus.to_frame,
    "parts": Corpus.parts_frame,
    "sizes": stats.sizes,
    "word_frequencies": lambda corpus: stats.frequencies(corpus, per="article"),
    "syllable_frequencies": lambda corpus: stats.frequencies(corpus, unit="syllable", per="article"),
    "bigrams": lambda corpus: stats.ngrams(corpus, n=2),
    "collocations": stats.collocations,
    "lexical_diversity": stats.lexical_diversity,
    "numbers": stats.numbers,
    "number_checks": stats.number_consistency,
    "mentions": entities.mentions,
    "people": entities.people,
    "person_titles": entities.person_titles,
    "organisations": entities.organisations,
    "places": entities.places,
    "cooccurrence": entities.cooccurrence,
    "timex": time.temporal_expressions,
    "events": time.events,
    "timeline": time.timeline,
}


def _flat(frame: pd.DataFrame) -> pd.DataFrame:
    """List cells as ``; ``-joined text, for formats without lists."""
    listy = [c for c in frame.columns if frame[c].dtype == object and any(isinstance(v, (list, tuple)) for v in frame[c])]
    if not listy:
        return frame
    return frame.assign(**{c: frame[c].map(lambda v: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
                           for c in listy})


def write_table(frame: pd.DataFrame, path: Path, fmt: str) -> Path:
    """Write one table as ``path`` + ``.csv`` or ``.parquet``; returns the file written."""
    target = path.with_suffix("." + fmt)
    if fmt == "csv":
        _flat(frame).to_csv(target, index=False)
    else:
        frame.to_parquet(target, index=False)
    return target


def export_tables(corpus: Corpus, out: str | Path, *, fmt: str = "csv") -> list[Path]:
    """Write every table of :data:`TABLES` plus ``problems`` for ``corpus`` into ``out``.

    Returns
    -------
    list of Path
        The files written.
    """
    check_option("format", fmt, FORMATS)
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = [write_table(build(corpus), out_dir / name, fmt) for name, build in TABLES.items()]
    written.append(write_table(corpus.problems_frame(), out_dir / "problems", fmt))
    return written


# ---------------------------------------------------------------------------- every format

#: exchange formats: name -> (writer of the corpus into a folder, returning the files; the subfolder
#: of the export folder it writes into, "" for the export folder itself)
EXCHANGE_FORMATS: dict[str, tuple[Callable[[Corpus, Path], list[Path]], str]] = {
    "jsonl": (write_jsonl, ""),
    "conllu": (write_conllu, ""),
    "brat": (write_brat, "brat"),
    "timeml": (write_timeml, "timeml"),
    "gexf": (write_gexf, ""),
    "graphml": (write_graphml, ""),
}
#: every format ``vnnews export --format`` takes
EXPORT_FORMATS = FORMATS + tuple(EXCHANGE_FORMATS)


def add_bom(path: Path) -> Path:
    """Put the UTF-8 byte-order mark before a UTF-8 file (once), so Excel reads it as UTF-8."""
    data = path.read_bytes()
    if not data.startswith(codecs.BOM_UTF8):
        path.write_bytes(codecs.BOM_UTF8 + data)
    return path


def export(corpus: Corpus, out: str | Path, *, formats: Iterable[str] = ("csv",), excel: bool = False) -> list[Path]:
    """Write ``corpus`` into ``out`` in each of ``formats`` (:data:`EXPORT_FORMATS`).

    Tables (csv, parquet, jsonl) are ``out/name.ext``; CoNLL-U is ``out/corpus.conllu``; the network
    is ``out/cooccurrence.gexf`` / ``.graphml``; brat and TimeML write one folder each (``out/brat``,
    ``out/timeml``) with files per article.

    Parameters
    ----------
    formats : iterable of str
        Formats to write, in order; repeats are written once.
    excel : bool
        Write the CSV files with a UTF-8 byte-order mark, so Excel opens them as UTF-8 (needs ``csv``).

    Returns
    -------
    list of Path
        The files written.
    """
    chosen = list(dict.fromkeys(check_option("format", f, EXPORT_FORMATS) for f in formats))
    if not chosen:
        raise ValueError(f"formats is empty: give one or more of {', '.join(EXPORT_FORMATS)}")
    if excel and "csv" not in chosen:
        raise ValueError("excel applies to CSV files: add 'csv' to the formats")
    out_dir = Path(out)
    written: list[Path] = []
    for fmt in chosen:
        if fmt in FORMATS:
            files = export_tables(corpus, out_dir, fmt=fmt)
            written += [add_bom(p) for p in files] if excel and fmt == "csv" else files
        else:
            write, folder = EXCHANGE_FORMATS[fmt]
            written += write(corpus, out_dir / folder if folder else out_dir)
    return written
