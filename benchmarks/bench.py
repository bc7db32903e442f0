"""``make bench``: the commands a user runs, timed as whole processes, next to underthesea on the same text.

For each corpus size (articles of ~880 syllables built by :mod:`corpus` from the real crawls in
``../shared/corpora``, else from underthesea's shipped text) it runs, each as a process of its own
with its wall time and peak memory (``/usr/bin/time``):

- ``vnnews export`` cold (empty cache, annotation on one process), then warm (nothing changed);
- ``vnnews annotate --workers 2`` (empty cache), then ``vnnews export`` right after it, then ``vnnews export``
  with the table cache emptied (every table reduced from the store: the export's memory);
- at the scaling size: ``vnnews annotate`` on 1 and 2 processes and on a Dask LocalCluster of 1 and 2 workers;
- underthesea ``word_tokenize`` sentence by sentence over the same articles (a sample of them when there is no cold
  export), and ``ner`` over a sample;
- with ``--replicate N``: ``vnnews export`` of N articles made by copying the stored layers of the
  largest corpus (:mod:`replicate`), computing every table and warm, for the memory of an export at archive scale.

It prints one row per step (seconds, syllables per second, peak RSS), the per-step figures of
each export (seconds per table) and the ratios the targets are stated in. Shared machines are
noisy: compare ratios taken in one run.

Usage: ``python benchmarks/bench.py [--articles 200 2000] [--cold-max 2000] [--scaling 1000] [--replicate 20000]``.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from corpus import build_corpus

HERE = Path(__file__).resolve().parent
#: the export of an annotated corpus whose tables are not cached: every table reduced from the store
EVERY_TABLE = "computing every table"
COMPUTING = f"export {EVERY_TABLE} from the store"


def _run(args: list[str], env: dict[str, str] | None = None) -> dict:
    """Run a command as its own process; its wall seconds, CPU seconds (user + system), peak RSS (MB) and last
    line of output."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as timing:
        done = subprocess.run(["/usr/bin/time", "-f", "%e %M %U %S", "-o", timing.name, *args], capture_output=True, text=True,
                              env=env)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} failed:\n{done.stderr[-2000:]}")
        seconds, kb, user, system = timing.read().split()[-4:]
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    return {"seconds": float(seconds), "cpu_seconds": round(float(user) + float(system), 2), "rss_mb": round(int(kb) / 1024),
            "last": lines[-1] if lines else ""}


def _vnnews(*args: str) -> list[str]:
    return [sys.executable, "-m", "vnnews.cli", *args]


def _export(corpus: Path, cache: Path, out: Path) -> dict:
    result = _run([sys.executable, str(HERE / "run_export.py"), str(corpus), str(out)], env=_env(cache))
    result["steps"] = json.loads(result["last"])
    return result


def _env(cache: Path) -> dict[str, str]:
    import os

    return {**os.environ, "VNNEWS_CACHE_DIR": str(cache)}


def measure(n: int, work: Path, *, cold: bool, scaling: bool, sample: int = 100, replicate: int = 0) -> dict:
    """Every step for a corpus of ``n`` articles; a dict of step -> result."""
    corpus = work / f"corpus-{n}"
    info = build_corpus(corpus, n)
    files = sorted(str(p) for p in corpus.glob("*.txt"))
    steps: dict[str, dict] = {"corpus": info}
    # word_tokenize on the very text of the cold export (a sample when there is none): its whole process compares too
    ref = json.loads(_run([sys.executable, str(HERE / "reference.py"), "word_tokenize", *(files if cold else files[:sample])])["last"])
    ref["whole_corpus"] = cold
    steps["underthesea word_tokenize per sentence"] = ref
    ref = json.loads(_run([sys.executable, str(HERE / "reference.py"), "ner", *files[: max(1, sample // 5)]])["last"])
    steps["underthesea ner per sentence"] = ref
    if cold:
        cache = work / f"cache-cold-{n}"
        steps["export cold (annotates, 1 process)"] = _export(corpus, cache, work / "out")
        warm = [_export(corpus, cache, work / "out") for _ in range(2)]
        steps["export warm (nothing changed)"] = min(warm, key=lambda r: r["seconds"])
        shutil.rmtree(cache, ignore_errors=True)
    cache = work / f"cache-annotate-{n}"
    steps["annotate --workers 2 (cold)"] = _run(_vnnews("annotate", str(corpus), "--workers", "2", "--quiet"), env=_env(cache))
    steps["export right after annotate"] = _export(corpus, cache, work / "out")
    shutil.rmtree(cache / "tables", ignore_errors=True)
    steps[COMPUTING] = _export(corpus, cache, work / "out")
    if not cold:
        warm = [_export(corpus, cache, work / "out") for _ in range(2)]
        steps["export warm (nothing changed)"] = min(warm, key=lambda r: r["seconds"])
    if replicate > n:
        copies = work / f"corpus-{replicate}"
        _run([sys.executable, str(HERE / "replicate.py"), str(corpus), str(cache), str(replicate // n), str(copies)],
             env=_env(cache))
        _export(copies, cache, work / "out")  # reads the new files once (their sources go into the store)
        shutil.rmtree(cache / "tables", ignore_errors=True)
        steps[f"export of {replicate} (layers replicated), {EVERY_TABLE}"] = _export(copies, cache, work / "out")
        steps[f"export of {replicate} (layers replicated), warm"] = _export(copies, cache, work / "out")
        shutil.rmtree(copies, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    if scaling:
        for workers in (1, 2):
            cache = work / f"cache-w{workers}"
            steps[f"annotate --workers {workers} (cold)"] = _run(_vnnews("annotate", str(corpus), "--workers", str(workers), "--quiet"),
                                                                env=_env(cache))
            shutil.rmtree(cache, ignore_errors=True)
            result = _run([sys.executable, str(HERE / "dask_annotate.py"), str(corpus), str(cache), str(workers)])
            result["seconds_inside"] = json.loads(result["last"])["seconds"]
            steps[f"Dask LocalCluster {workers} worker(s), annotate (cold)"] = result
            shutil.rmtree(cache, ignore_errors=True)
    shutil.rmtree(corpus, ignore_errors=True)
    return steps


def report(n: int, steps: dict) -> list[str]:
    """Lines describing one size: each step and the ratios of the targets."""
    syllables = steps["corpus"]["syllables"]
    wt, ner = steps["underthesea word_tokenize per sentence"], steps["underthesea ner per sentence"]
    wt_rate, ner_rate = wt["syllables"] / wt["tool_seconds"], ner["syllables"] / ner["tool_seconds"]
    lines = [f"\n== {n} articles, {syllables:,} syllables ({steps['corpus']['source']})",
             f"{'step':55} {'seconds':>9} {'syll/s':>9} {'peak RSS':>9}",
             f"{'underthesea word_tokenize per sentence (model time)':55} {'':>9} {wt_rate:9,.0f}",
             f"{'underthesea ner per sentence (model time)':55} {'':>9} {ner_rate:9,.0f}"]
    for name, r in steps.items():
        if "rss_mb" in r:
            seconds = r.get("seconds_inside", r["seconds"])
            rate = f"{syllables / seconds:9,.0f}" if "replicated" not in name else f"{'':>9}"
            lines.append(f"{name:55} {seconds:9.1f} {rate} {r['rss_mb']:7} MB")
    for name, r in steps.items():
        if "steps" in r:
            lines.append(f"  {name}: " + ", ".join(f"{k} {v}" for k, v in r["steps"].items()))
    get = steps.get
    ratios = {}
    if get("export cold (annotates, 1 process)"):
        cold = steps["export cold (annotates, 1 process)"]["seconds"]
        ratios["cold annotate+export (1 process) / word_tokenize model time (target >= 0.5, stretch 1)"] = syllables / cold / wt_rate
        if "tool_cpu_seconds" in wt:  # the same in CPU seconds, which other work on a shared machine moves less
            cpu = steps["export cold (annotates, 1 process)"]["cpu_seconds"]
            ratios["  the same in CPU time"] = syllables / cpu / (wt["syllables"] / wt["tool_cpu_seconds"])
        if wt.get("whole_corpus"):  # both whole commands on the same articles: imports and model loading on each side
            ratios["  cold export / word_tokenize, both whole processes on the same text"] = wt["process_seconds"] / cold
        ratios["cold annotate+export (1 process) / ner per sentence (target >= 5)"] = syllables / cold / ner_rate
        ratios["warm export speed-up over cold (target >= 30)"] = cold / steps["export warm (nothing changed)"]["seconds"]
    ratios["warm export seconds (target <= 10 at 2,000)"] = steps["export warm (nothing changed)"]["seconds"]
    ratios["export after annotate / warm (target <= 2)"] = (steps["export right after annotate"]["seconds"]
                                                           / steps["export warm (nothing changed)"]["seconds"])
    if get("annotate --workers 1 (cold)"):
        ratios["annotate: 2 processes / 1 (target >= 1.7)"] = (steps["annotate --workers 1 (cold)"]["seconds"]
                                                               / steps["annotate --workers 2 (cold)"]["seconds"])
        # on a machine shared with other sessions each session gets a fair share of the cores, whatever its
        # number of processes (Linux autogroup): the CPU seconds say what running in parallel costs
        ratios["  annotate: CPU seconds of 2 processes / 1 (parallel overhead, ideal 1)"] = (
            steps["annotate --workers 2 (cold)"]["cpu_seconds"] / steps["annotate --workers 1 (cold)"]["cpu_seconds"])
        one, two = (steps[f"Dask LocalCluster {w} worker(s), annotate (cold)"]["seconds_inside"] for w in (1, 2))
        ratios["annotate: Dask 2 workers / 1 (target >= 1.7)"] = one / two
    big = {name.rsplit(", ", 1)[1]: r for name, r in steps.items() if "replicated" in name}
    if big:
        ratios[f"peak RSS of the {COMPUTING}, replicated size / this size (target <= 1.5)"] = (
            big[EVERY_TABLE]["rss_mb"] / steps[COMPUTING]["rss_mb"])
        ratios[f"peak RSS of the {COMPUTING}, replicated size, GB (target <= 1.5)"] = big[EVERY_TABLE]["rss_mb"] / 1024
        ratios["peak RSS of the warm export, replicated size / this size"] = (
            big["warm"]["rss_mb"] / steps["export warm (nothing changed)"]["rss_mb"])
    lines += [f"{k}: {v:.2f}" for k, v in ratios.items()]
    return lines


def main(argv: list[str] | None = None) -> int:
    """Run the sizes asked for and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[200, 2000], help="corpus sizes (default 200 2000)")
    parser.add_argument("--cold-max", type=int, default=2000, help="largest size with a cold one-process export")
    parser.add_argument("--scaling", type=int, default=1000,
                        help="size at which 1 vs 2 workers are compared, added to the sizes when missing (0: none; at 200 articles"
                             " the ~7 s each run pays to start and load models outweighs the split work)")
    parser.add_argument("--replicate", type=int, default=0,
                        help="after the largest size, export this many articles made by copying its stored layers (see replicate.py)")
    parser.add_argument("--json", type=Path, default=None, help="also write every figure to this file")
    args = parser.parse_args(argv)
    everything = {}
    with tempfile.TemporaryDirectory(prefix="vnnews-bench-") as folder:
        for n in sorted(set(args.articles) | ({args.scaling} if args.scaling else set())):
            steps = measure(n, Path(folder), cold=n <= args.cold_max, scaling=n == args.scaling,
                            replicate=args.replicate if n == max(args.articles) else 0)
            everything[n] = steps
            print("\n".join(report(n, steps)), flush=True)
    if args.json:
        args.json.write_text(json.dumps(everything, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
