"""The ``vnnews`` command: ``vnnews export`` writes tables, ``vnnews report`` runs the notebooks."""
from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from . import entities, stats, timeline, timex
from .corpus import Corpus, load_corpus

__all__ = ["main", "export_tables"]

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
    "timex": timex.temporal_expressions,
    "events": timeline.events,
    "timeline": timeline.timeline,
}


def _write(frame: pd.DataFrame, path: Path, fmt: str) -> Path:
    target = path.with_suffix("." + fmt)
    if fmt == "csv":
        frame.to_csv(target, index=False)
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
    if fmt not in ("csv", "parquet"):
        raise ValueError(f"format must be csv or parquet, not {fmt!r}")
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = [_write(build(corpus), out_dir / name, fmt) for name, build in TABLES.items()]
    written.append(_write(corpus.problems_frame(), out_dir / "problems", fmt))
    return written


def _use_cache_dir(args: argparse.Namespace) -> None:
    """``--cache-dir`` wins over ``VNNEWS_CACHE_DIR``; notebook kernels and workers inherit it."""
    if getattr(args, "cache_dir", None):
        os.environ["VNNEWS_CACHE_DIR"] = str(Path(args.cache_dir).resolve())


def _cmd_annotate(args: argparse.Namespace) -> int:
    from .annotate import annotate_corpus

    _use_cache_dir(args)
    summary = annotate_corpus(args.corpus, cache_dir=os.environ.get("VNNEWS_CACHE_DIR"), workers=args.workers,
                              scheduler=args.scheduler, progress=not args.quiet)
    failed = summary[summary["error"] != ""]
    for row in failed.itertuples():
        print(f"vnnews: {row.path}: {row.error} (skipped)", file=sys.stderr)
    ok = summary[summary["error"] == ""]
    print(f"{len(ok)} articles annotated ({int(ok['computed'].sum())} computed, {int((~ok['computed']).sum())} from the cache), "
          f"{int(ok['syllables'].sum())} syllables, {len(failed)} problems")
    return 0 if len(ok) else 1


def _cmd_export(args: argparse.Namespace) -> int:
    _use_cache_dir(args)
    corpus = load_corpus(args.corpus, encoding=args.encoding)
    for problem in corpus.problems:
        print(f"vnnews: {problem.path}: {problem.message} ({problem.action})", file=sys.stderr)
    written = export_tables(corpus, args.out, fmt=args.format)
    print(f"{len(corpus)} articles; wrote " + ", ".join(p.name for p in written))
    return 0 if len(corpus) else 1


def _cmd_report(args: argparse.Namespace) -> int:
    from .report import run_notebooks

    _use_cache_dir(args)
    runs = run_notebooks(args.corpus, out=args.out, notebooks=args.notebooks, progress=not args.quiet)
    for run in runs:
        status = f"FAILED at {run.error}" if run.error else "ok"
        print(f"{Path(run.notebook).name}: {status} -> {run.html or run.executed}")
    return 1 if any(run.error for run in runs) else 0


def _cmd_bench(args: argparse.Namespace) -> int:
    from .bench import run_benchmark

    frame = run_benchmark(args.articles, syllables=args.syllables)
    print(f"{frame.attrs['articles']} articles, {frame.attrs['syllables']} syllables of VLSP 2013 text")
    with pd.option_context("display.width", 200, "display.max_colwidth", 80):
        print(frame.to_string(index=False))
    print(f"peak memory: {frame.attrs['peak_memory_mb']} MB (largest process)")
    for name, value in frame.attrs["targets"].items():
        print(f"{name}: {value:.2f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``vnnews`` console script."""
    parser = argparse.ArgumentParser(prog="vnnews", description="Vietnamese news corpus tools")
    sub = parser.add_subparsers(dest="command", required=True)

    export = sub.add_parser("export", help="write the corpus tables (CSV or Parquet)")
    export.add_argument("corpus", help="folder of .txt articles, or one file")
    export.add_argument("--out", required=True, help="output folder")
    export.add_argument("--format", choices=("csv", "parquet"), default="csv")
    export.add_argument("--encoding", default=None, help="decode every file with this codec (default: detect)")
    export.add_argument("--cache-dir", default=None, help="annotation cache (default: VNNEWS_CACHE_DIR or .cache/vnnews)")
    export.set_defaults(func=_cmd_export)

    annotate = sub.add_parser("annotate", help="precompute the annotation cache for a corpus, in parallel")
    annotate.add_argument("corpus", help="folder of .txt articles, or one file")
    annotate.add_argument("--cache-dir", default=None, help="annotation cache (default: VNNEWS_CACHE_DIR or .cache/vnnews)")
    annotate.add_argument("--workers", type=int, default=None, help="local processes (default: all cores)")
    annotate.add_argument("--scheduler", default=None, help="Dask scheduler address, e.g. tcp://host:8786")
    annotate.add_argument("--quiet", action="store_true", help="no progress bar")
    annotate.set_defaults(func=_cmd_annotate)

    report = sub.add_parser("report", help="run every notebook on a corpus and write HTML reports")
    report.add_argument("corpus", help="folder of .txt articles")
    report.add_argument("--out", default="reports", help="output folder (default: reports)")
    report.add_argument("--notebooks", default="notebooks", help="folder of notebooks (default: notebooks)")
    report.add_argument("--quiet", action="store_true", help="no progress bar")
    report.add_argument("--cache-dir", default=None, help="annotation cache (default: VNNEWS_CACHE_DIR or .cache/vnnews)")
    report.set_defaults(func=_cmd_report)

    bench = sub.add_parser("bench", help="measure throughput on real text shipped with underthesea")
    bench.add_argument("--articles", type=int, default=20, help="number of articles (default 20)")
    bench.add_argument("--syllables", type=int, default=800, help="syllables per article (default 800)")
    bench.set_defaults(func=_cmd_bench)

    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR, format="vnnews: %(message)s")
    return args.func(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
