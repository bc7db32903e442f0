"""The ``vnnews`` command: ``vnnews export`` writes tables, ``vnnews annotate`` fills the cache,
``vnnews report`` runs the notebooks.

Every command takes a corpus as researchers hold it: a folder (walked recursively), one file,
several files, or a glob (quoted: ``"corpus/*.jsonl"``), in ``.txt``, CSV/TSV, JSON Lines, JSON
or Parquet. A bad path is a one-line error naming it, never a traceback.
"""
from __future__ import annotations

import argparse
import glob
import logging
import os
import sys
from pathlib import Path
from typing import Any

from .corpus import iter_articles
from .corpus.lexicon import ENVIRONMENT as LEXICON_ENVIRONMENT
from .corpus.lexicon import Lexicon, LexiconError, read_lexicon, resolve_lexicon
from .corpus.loading import MAX_ARTICLE_CHARS, MAX_LINE_CHARS
from .corpus.metadata import FIELDS
from .export import EXPORT_FORMATS, ExportError, export_corpus

__all__ = ["main"]


class UsageError(Exception):
    """A bad path or option, reported on one line."""


def _use_cache_dir(args: argparse.Namespace) -> None:
    """``--cache-dir`` wins over ``VNNEWS_CACHE_DIR``; notebook kernels and workers inherit it."""
    if getattr(args, "cache_dir", None):
        os.environ["VNNEWS_CACHE_DIR"] = str(Path(args.cache_dir).resolve())


def _source(args: argparse.Namespace) -> str | list[str]:
    """The corpus argument(s), checked: each a path that exists or a glob that matches."""
    for item in args.corpus:
        if not os.path.lexists(item) and not (set("*?[") & set(item) and glob.glob(item, recursive=True)):
            raise UsageError(f"corpus not found: {item}")
    return args.corpus[0] if len(args.corpus) == 1 else list(args.corpus)


def _check_folder(path: str | None, option: str) -> None:
    if path is not None and os.path.exists(path) and not os.path.isdir(path):
        raise UsageError(f"{option} {path} is a file, not a folder")


def _columns(values: list[str] | None) -> dict[str, str]:
    columns = {}
    for value in values or ():
        field, sep, column = value.partition("=")
        if not sep or not column or field not in FIELDS:
            raise UsageError(f"--column {value!r}: write FIELD=COLUMN, FIELD one of {', '.join(FIELDS)}")
        columns[field] = column
    return columns


def _limit(value: int) -> int | None:
    return None if value == 0 else value


def _lexicon(path: str | None) -> Lexicon | None:
    """``--lexicon``: the user lexicon, read once (a bad file is a one-line error naming its line)."""
    try:
        return read_lexicon(path) if path is not None else resolve_lexicon(None)  # else VNNEWS_LEXICON, when set
    except LexiconError as exc:
        raise UsageError(f"{'--lexicon' if path is not None else LEXICON_ENVIRONMENT}: {exc}") from None


def load_options(args: argparse.Namespace) -> dict[str, Any]:
    """The keyword options of :func:`vnnews.load_corpus` given on the command line, checked."""
    options = {"encoding": args.encoding, "pattern": args.pattern, "recursive": not args.no_recursive,
               "columns": _columns(args.column), "category_from_folders": not args.no_folder_category,
               "duplicates": args.duplicates, "max_article_chars": _limit(args.max_article_chars),
               "max_line_chars": _limit(args.max_line_chars), "timezone": args.timezone, "lexicon": _lexicon(args.lexicon)}
    try:
        iter_articles([], **options)  # checks the options, reads nothing
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    return options


def _cmd_annotate(args: argparse.Namespace) -> int:
    from .annotation.parallel import annotate_corpus

    source = _source(args)
    _check_folder(args.cache_dir, "--cache-dir")
    _use_cache_dir(args)
    options = load_options(args)
    summary = annotate_corpus(source, cache_dir=os.environ.get("VNNEWS_CACHE_DIR"), workers=args.workers,
                              scheduler=args.scheduler, progress=not args.quiet, **options)
    failed = summary[summary["error"] != ""]
    for row in failed.itertuples():
        print(f"vnnews: {row.path}: {row.error} (skipped)", file=sys.stderr)
    ok = summary[summary["error"] == ""]
    print(f"{len(ok)} articles annotated ({int(ok['computed'].sum())} computed, {int((~ok['computed']).sum())} from the cache), "
          f"{int(ok['syllables'].sum())} syllables, {len(failed)} problems")
    if len(ok) and not args.no_tables:  # the reduce too, so `vnnews export` of this corpus copies its tables
        from .export import prepare_tables

        prepare_tables(source, workers=1 if args.scheduler else args.workers or os.cpu_count() or 1, **options)
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
    source = _source(args)
    _check_folder(args.out, "--out")
    _check_folder(args.cache_dir, "--cache-dir")
    _use_cache_dir(args)
    written, index = export_corpus(source, args.out, formats=args.format, excel=args.excel, **load_options(args))
    for problem in index.problems:
        print(f"vnnews: {problem.where}: {problem.message} ({problem.action})", file=sys.stderr)
    if not index.docs.num_rows:
        print(f"vnnews: no articles loaded from {' '.join(args.corpus)}; nothing written", file=sys.stderr)
        return 1
    print(f"{index.docs.num_rows} articles; wrote " + _written(written, Path(args.out).absolute()))
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from .report import run_notebooks

    source = _source(args)
    _lexicon(args.lexicon)
    _check_folder(args.out, "--out")
    _check_folder(args.cache_dir, "--cache-dir")
    if not os.path.isdir(args.notebooks):
        raise UsageError(f"--notebooks {args.notebooks} is not a folder")
    _use_cache_dir(args)
    if args.lexicon:  # the notebooks' load_corpus reads it from the environment their kernels inherit
        os.environ[LEXICON_ENVIRONMENT] = str(Path(args.lexicon).resolve())
    parameters = dict(_parameter(text) for text in args.param)
    runs = run_notebooks(source, out=args.out, notebooks=args.notebooks, progress=not args.quiet,
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


def _corpus_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("corpus", nargs="+", help="folder, file(s) or glob: .txt, .csv/.tsv, .jsonl/.ndjson, .json, .parquet")
    group = parser.add_argument_group("reading the corpus")
    group.add_argument("--column", action="append", metavar="FIELD=COLUMN",
                       help=f"the column holding FIELD ({', '.join(FIELDS)}), e.g. --column text=noi_dung; repeatable")
    group.add_argument("--encoding", default=None, help="decode every file with this codec (default: detect UTF-8/16/32)")
    group.add_argument("--pattern", default=None, help="only files whose name matches, e.g. '*.txt' (default: every format read)")
    group.add_argument("--no-recursive", action="store_true", help="do not walk subfolders")
    group.add_argument("--no-folder-category", action="store_true", help="do not use subfolder names as the category")
    group.add_argument("--duplicates", choices=("flag", "skip"), default="flag", help="articles with the same text (default: flag)")
    group.add_argument("--max-article-chars", type=int, default=MAX_ARTICLE_CHARS, metavar="N",
                       help=f"skip longer articles (default {MAX_ARTICLE_CHARS:,}; 0: no limit)")
    group.add_argument("--max-line-chars", type=int, default=MAX_LINE_CHARS, metavar="N",
                       help=f"skip articles with a longer paragraph (default {MAX_LINE_CHARS:,}; 0: no limit)")
    group.add_argument("--timezone", default="+07:00", help="show UTC publication times in this zone (default +07:00)")
    _lexicon_argument(group)


def _lexicon_argument(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    parser.add_argument("--lexicon", default=None, metavar="FILE.tsv",
                        help="user lexicon: a TSV of kind (person, organisation, place, title, word), form, canonical, "
                             "notes, used by the segmenter and the entity extractors (default: VNNEWS_LEXICON)")


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``vnnews`` console script."""
    parser = argparse.ArgumentParser(prog="vnnews", description="Vietnamese news corpus tools")
    sub = parser.add_subparsers(dest="command", required=True)
    cache_help = "annotation cache (default: VNNEWS_CACHE_DIR or .cache/vnnews)"

    export = sub.add_parser("export", help="write the corpus tables (CSV, Parquet, JSON Lines) and exchange formats")
    _corpus_arguments(export)
    export.add_argument("--out", required=True, help="output folder (written whole, or not at all)")
    export.add_argument("--format", action="append", type=_formats, metavar="FORMAT[,FORMAT...]",
                        help=f"one or more of {', '.join(EXPORT_FORMATS)}; repeat the option or give a comma list (default: csv)")
    export.add_argument("--excel", action="store_true", help="CSV with a UTF-8 byte-order mark, so Excel reads it right")
    export.add_argument("--cache-dir", default=None, help=cache_help)
    export.set_defaults(func=_cmd_export)

    annotate = sub.add_parser("annotate", help="precompute the annotation cache for a corpus, in parallel")
    _corpus_arguments(annotate)
    annotate.add_argument("--cache-dir", default=None, help=cache_help)
    annotate.add_argument("--workers", type=int, default=None, help="local processes (default: all cores)")
    annotate.add_argument("--scheduler", default=None, help="Dask scheduler address, e.g. tcp://host:8786")
    annotate.add_argument("--quiet", action="store_true", help="no progress bar")
    annotate.add_argument("--no-tables", action="store_true",
                          help="only the map: do not also compute the corpus tables (CSV) into the cache for the next export")
    annotate.set_defaults(func=_cmd_annotate)

    report = sub.add_parser("report", help="run every notebook on a corpus and write HTML reports")
    report.add_argument("corpus", nargs="+", help="folder, file(s) or glob of articles")
    report.add_argument("--out", default="reports", help="output folder (default: reports)")
    report.add_argument("--notebooks", default="notebooks", help="folder of notebooks (default: notebooks)")
    report.add_argument("--quiet", action="store_true", help="no progress bar")
    report.add_argument("--cache-dir", default=None, help=cache_help)
    report.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                        help="a notebook parameter, e.g. query=\"tỉnh ủy\" or terms='[\"đại hội\", \"nhiệm kỳ\"]' (repeatable)")
    report.add_argument("--show-code", action="store_true", help="keep the code cells in the HTML pages")
    _lexicon_argument(report)
    report.set_defaults(func=_cmd_report)

    args = parser.parse_args(argv)
    if args.command == "export":
        args.format = [f for group in args.format or [["csv"]] for f in group]
        if args.excel and "csv" not in args.format:
            parser.error("--excel applies to CSV files: add --format csv")
    logging.basicConfig(level=logging.ERROR, format="vnnews: %(message)s")
    try:
        return args.func(args)
    except (UsageError, ExportError) as exc:
        print(f"vnnews: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        print(f"vnnews: error: {exc.strerror or exc}{where}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
