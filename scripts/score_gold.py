"""Score vnnews on the project's gold for real corpus articles (developer script, not library API).

Rebuilds the gold articles' texts from ``../shared/corpora`` (scripts/gold_texts.py), runs
``vnnews export`` on them as a user would, and scores the export with the development scorer
``../shared/dev/score.py``. Prints the scorer's JSON.

usage: python scripts/score_gold.py [tests/gold/corpora.json] [--shared ../shared] [--keep DIR]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from gold_texts import source_text  # noqa: E402


def score(gold: Path, shared: Path, work: Path) -> dict:
    texts = work / "articles"
    texts.mkdir(parents=True, exist_ok=True)
    sources = json.loads(gold.read_text(encoding="utf-8"))["sources"]
    for doc, source in sources.items():
        (texts / f"{doc}.txt").write_text(source_text(shared / "corpora", source), encoding="utf-8")
    out = work / "export"
    subprocess.run([sys.executable, "-m", "vnnews.cli", "export", str(texts), "--out", str(out),
                    "--cache-dir", str(work / "cache")], check=True, stdout=subprocess.DEVNULL)
    result = subprocess.run([sys.executable, str(shared / "dev" / "score.py"), str(gold), str(out)],
                            check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", default=str(ROOT / "tests" / "gold" / "corpora.json"))
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--keep", default=None, help="keep the texts and the export in this folder")
    args = parser.parse_args(argv)
    if args.keep:
        figures = score(Path(args.gold), Path(args.shared), Path(args.keep))
    else:
        with tempfile.TemporaryDirectory() as work:
            figures = score(Path(args.gold), Path(args.shared), Path(work))
    print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
