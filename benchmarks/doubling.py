"""Linear time on any input: each text path timed on an input and on the same input doubled.

A path that is linear takes about twice as long on twice the input (ratio ~2); a quadratic one
about four times (ratio ~4). Each case runs in a process of its own with a time limit, so a
path that never finishes is reported as such instead of hanging the benchmark. The inputs are
the hostile shapes of issue 12: one long paragraph full of abbreviations, a long run of spaces,
many dates in one text, many capitalised names in one sentence, a long chain of titles.

Usage: ``python benchmarks/doubling.py [--limit SECONDS] [--case NAME]``.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable

#: case -> (input size, what is timed)
CASES: dict[str, tuple[int, str]] = {
    "sentence splitting": (60_000, "one paragraph of abbreviations and initials, characters"),
    "whitespace handling": (40_000, "a run of spaces inside a paragraph, loading the article"),
    "numbers": (8_000, "dates and fractions in one text, stats.numbers on annotated tokens"),
    "time expressions": (8_000, "dates in one text, the temporal tagger"),
    "mentions": (4_000, "capitalised names in one sentence, entity mentions and people of the article"),
    "co-occurrence": (8_000, "capitalised names in one sentence, the co-occurrence reduction"),
    "title chains": (3_000, "a chain of titles before one name, the article's people and titles"),
}


def _text(case: str, n: int) -> str:
    if case == "sentence splitting":
        unit = "Ông Nguyễn V. An gặp ThS. Lê B. Cường tại TP. HCM, "
        return (unit * (n // len(unit) + 1))[:n]
    if case == "whitespace handling":
        return "Tiêu đề\n\nHội nghị" + " " * n + "bế mạc."
    if case in ("numbers", "time expressions"):
        return "Tiêu đề\n\n" + "ngày 1/1 có 14/67 đảng bộ, " * n + "hội nghị bế mạc."
    if case in ("mentions", "co-occurrence"):
        syllables = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Khánh", "Lâm", "Minh", "Nam"]
        names = [f"ông Nguyễn {syllables[i % 10]} {syllables[(i // 10) % 10]}{i // 100}" for i in range(n)]
        return "Tiêu đề\n\nHội nghị có " + ", ".join(names) + " dự."
    if case == "title chains":
        titles = ["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh", "Trưởng Ban Tổ chức Tỉnh ủy"]
        return "Tiêu đề\n\n" + ", ".join(titles[i % 3] for i in range(n)) + " Nguyễn Văn An phát biểu."
    raise KeyError(case)


def _timed(case: str, n: int) -> float:
    """Seconds of the timed path on an input of size ``n`` (models loaded and tokens annotated first)."""
    import tempfile

    from vnnews import article_from_text
    from vnnews.annotation.cache import cache_directory

    text = _text(case, n)
    with cache_directory(tempfile.mkdtemp(prefix="vnnews-doubling-")):
        run: Callable[[], object]
        if case == "sentence splitting":
            from vnnews.text.sentences import sentence_spans

            def run() -> object:
                return sentence_spans(text)
        elif case == "whitespace handling":
            def run() -> object:
                return article_from_text(text, doc_id="x")
        else:
            from vnnews.annotation.tokenisation import cached_tables

            article = article_from_text(text, doc_id="x")
            cached_tables(article)  # segmentation is linear and not what is measured here
            if case == "numbers":
                from vnnews.stats import numbers

                def run() -> object:
                    return numbers([article])
            elif case == "time expressions":
                from vnnews.time import article_timexes

                def run() -> object:
                    return article_timexes(article)
            elif case in ("mentions", "title chains"):
                from vnnews.entities import article_people
                from vnnews.entities.mentions import article_mentions_table

                def run() -> object:
                    return article_people(article, article_mentions_table(article))
            else:
                from vnnews.annotation.active import ensure_annotated
                from vnnews.entities import cooccurrence

                ensure_annotated([article])

                def run() -> object:
                    return cooccurrence([article])
        started = time.perf_counter()
        run()
        return time.perf_counter() - started


def _measure(case: str, n: int, limit: float) -> float | None:
    try:
        done = subprocess.run([sys.executable, __file__, "--case", case, "--n", str(n)], capture_output=True, text=True,
                              timeout=limit)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        raise RuntimeError(f"{case} at {n}: {done.stderr[-1500:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])["seconds"]


def main(argv: list[str] | None = None) -> int:
    """Print, for every case, the seconds at n and 2n and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", default=None, help="time one case (internal)")
    parser.add_argument("--n", type=int, default=0, help="input size (internal)")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds before a run counts as not finishing")
    parser.add_argument("--only", nargs="*", default=None, help="cases to run (default all)")
    args = parser.parse_args(argv)
    if args.case:
        print(json.dumps({"seconds": _timed(args.case, args.n)}))
        return 0
    print(f"{'path':22} {'input':>8} {'seconds':>9} {'input x2':>9} {'seconds':>9} {'ratio':>6}  (linear ~2, quadratic ~4)")
    for case, (n, what) in CASES.items():
        if args.only and case not in args.only:
            continue
        one = _measure(case, n, args.limit)
        two = _measure(case, 2 * n, args.limit) if one is not None else None
        show = [f"{x:9.3f}" if x is not None else f"{'>' + str(int(args.limit)):>9}" for x in (one, two)]
        ratio = f"{two / one:6.2f}" if one and two else f"{'-':>6}"
        print(f"{case:22} {n:8} {show[0]} {2 * n:9} {show[1]} {ratio}  {what}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
