"""The ``vnnews`` command: ``vnnews export`` writes tables, ``vnnews report`` runs the notebooks."""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from .corpus import load_corpus
from .export import EXPORT_FORMATS, export

__all__ = ["main"]

def _use_cache_dir(args: argparse.Namespace) -> None:
    """``--cache-dir`` wins over ``VNNEWS_CACHE_DIR``; notebook kernels and workers inherit it."""
    if getattr(args, "cache_dir", None):
        os.environ["VNNEWS_CACHE_DIR"] = str(Path(args.cache_dir).resolve())


def _cmd_annotate(args: argparse.Namespace) -> int:
    from .annotation.parallel import annotate_corpus

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


def _formats(value: str) -> list[str]:
    """``--format`` value: one format or a comma list, each checked."""
    names = [v.strip() for v in value.split(",") if v.strip()]
    bad = [v for v in names if v not in EXPORT_FORMATS]
    if bad or not names:
        raise argparse.ArgumentTypeError(f"{', '.join(bad) or repr(value)}: not a format; choose from {', '.join(EXPORT_FORMATS)}")
    return names


def _written(paths: list[Path], out: Path) -> str:
    """The files written, by name; a folder of files per article as ``brat/ (N files)``."""
    names: dict[str, int] = {}
    for path in paths:
        parts = path.relative_to(out).parts if path.is_relative_to(out) else (path.name,)
        key = parts[0] + "/" if len(parts) > 1 else parts[0]
        names[key] = names.get(key, 0) + 1
    return ", ".join(f"{k} ({n} files)" if k.endswith("/") else k for k, n in names.items())


def _cmd_export(args: argparse.Namespace) -> int:
    _use_cache_dir(args)
    corpus = load_corpus(args.corpus, encoding=args.encoding)
    for problem in corpus.problems:
        print(f"vnnews: {problem.path}: {problem.message} ({problem.action})", file=sys.stderr)
    written = export(corpus, args.out, formats=args.format, excel=args.excel)
    print(f"{len(corpus)} articles; wrote " + _written(written, Path(args.out)))
    return 0 if len(corpus) else 1


def _cmd_report(args: argparse.Namespace) -> int:
    from .report import run_notebooks

    _use_cache_dir(args)
    parameters = dict(_parameter(text) for text in args.param)
    runs = run_notebooks(args.corpus, out=args.out, notebooks=args.notebooks, progress=not args.quiet,
                         parameters=parameters, show_code=args.show_code)
    failed = [run for run in runs if run.error]
    print(f"{len(runs) - len(failed)} of {len(runs)} reports written: {Path(args.out) / 'index.html'}")
    return 1 if failed else 0


def _parameter(text: str) -> tuple[str, object]:
    """``key=value`` of ``--param``: the value as JSON when it parses (``["a", "b"]``, ``3``), else as text."""
    import json

    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise SystemExit(f"vnnews: --param takes key=value, not {text!r}")
    try:
        return key.strip(), json.loads(value)
    except ValueError:
        return key.strip(), value


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``vnnews`` console script."""
    parser = argparse.ArgumentParser(prog="vnnews", description="Vietnamese news corpus tools")
    sub = parser.add_subparsers(dest="command", required=True)

    export = sub.add_parser("export", help="write the corpus tables (CSV, Parquet, JSON Lines) and exchange formats")
    export.add_argument("corpus", help="folder of .txt articles, or one file")
    export.add_argument("--out", required=True, help="output folder")
    export.add_argument("--format", action="append", type=_formats, metavar="FORMAT[,FORMAT...]",
                        help=f"one or more of {', '.join(EXPORT_FORMATS)}; repeat the option or give a comma list (default: csv)")
    export.add_argument("--excel", action="store_true", help="CSV with a UTF-8 byte-order mark, so Excel reads it right")
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
    report.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                        help="a notebook parameter, e.g. query=\"tỉnh ủy\" or terms='[\"đại hội\", \"nhiệm kỳ\"]' (repeatable)")
    report.add_argument("--show-code", action="store_true", help="keep the code cells in the HTML pages")
    report.set_defaults(func=_cmd_report)

    args = parser.parse_args(argv)
    if args.command == "export":
        args.format = [f for group in args.format or [["csv"]] for f in group]
        if args.excel and "csv" not in args.format:
            parser.error("--excel applies to CSV files: add --format csv")
    logging.basicConfig(level=logging.ERROR, format="vnnews: %(message)s")
    return args.func(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
