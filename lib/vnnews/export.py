"""The corpus tables and how they are written: the one registry of what ``vnnews export`` writes.

Tables keep typed values (lists of names, dates) until here; CSV writes a list as its items
joined with ``; `` and Parquet keeps it a list.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from . import entities, stats, time
from .corpus import Corpus
from .options import check_option

__all__ = ["TABLES", "FORMATS", "export_tables", "write_table"]

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
