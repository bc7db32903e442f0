"""``vnnews export`` as the benchmark runs it: the same function as the command, in a process of its
own, printing the seconds each step took as JSON on its last line (the per-step figures).

Usage: ``python benchmarks/run_export.py CORPUS OUT [--format parquet]``.
"""
from __future__ import annotations

import argparse
import json
import time

started = time.perf_counter()

from vnnews.export import export_corpus  # noqa: E402  (import time is part of the command's time)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("out")
    parser.add_argument("--format", default="csv")
    args = parser.parse_args()
    timings: dict[str, float] = {"import": round(time.perf_counter() - started, 3)}
    _, index = export_corpus(args.corpus, args.out, formats=[args.format], timings=timings)
    timings["articles"] = index.docs.num_rows
    timings["annotated here"] = index.annotated
    print(json.dumps(timings))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
