"""Score vnnews on the project's gold for real corpus articles (developer script, not library API).

Writes the gold articles as a researcher holds them, in one folder: the Báo Mới rows (sources
with a ``"row"``) as a pipe-separated ``baomoi.csv`` with the columns ``id|published_time|title|content``
taken from the original row (so their document date comes from the metadata), the VnExpress
articles as ``.txt`` files. Runs one ``vnnews export`` on that folder as a user would, checks that
every gold span still slices the article texts vnnews builds (a table row's text is title, blank
line, content: ``vnnews.corpus.table_row_text``, the rule ``scripts/gold_texts.py`` follows), and
scores the export with the development scorer ``../shared/dev/score.py``. Prints the scorer's JSON
plus ``dct``: how many article dates equal the gold document date.

usage: python scripts/score_gold.py [tests/gold/corpora.json] [--shared ../shared] [--keep DIR]
"""
from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from gold_texts import source_text  # noqa: E402

COLUMNS = ["id", "published_time", "title", "content"]


def source_row(corpora: Path, source: dict) -> dict[str, str]:
    """Data row ``source["row"]`` (1-based, header excluded) of the pipe-separated table it names."""
    path = corpora / source["file"]
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle, delimiter="|"), start=1):
            if number == source["row"]:
                return row
    raise ValueError(f"{path}: no data row {source['row']}")


def write_articles(gold: dict, corpora: Path, folder: Path) -> None:
    """The gold articles in ``folder``: table rows in ``baomoi.csv``, files as ``DOC.txt``."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for doc, source in gold["sources"].items():
        if "row" in source:
            row = source_row(corpora, source)
            rows.append({"id": doc, **{c: unicodedata.normalize("NFC", row.get(c, "")) for c in COLUMNS[1:]}})
        else:
            (folder / f"{doc}.txt").write_text(source_text(corpora, source), encoding="utf-8")
    if rows:
        with (folder / "baomoi.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS, delimiter="|")
            writer.writeheader()
            writer.writerows(rows)


def check_offsets(gold: dict, folder: Path) -> int:
    """Every gold entity and time expression slices the article text vnnews builds; returns how many were checked."""
    from vnnews import load_corpus

    corpus = load_corpus(folder)
    missing = set(gold["sources"]) - set(corpus.doc_ids)
    if missing:
        raise SystemExit(f"gold articles not loaded: {sorted(missing)}; problems: {corpus.problems}")
    wrong = [(g["doc"], g["start"], g["end"], g["text"]) for g in gold["entities"] + gold["timex"]
             if corpus[g["doc"]].text[g["start"]:g["end"]] != g["text"]]
    if wrong:
        raise SystemExit(f"{len(wrong)} gold spans do not slice the article texts, e.g. {wrong[:3]}")
    return len(gold["entities"]) + len(gold["timex"])


def dct_right(gold: dict, export: Path) -> dict[str, int]:
    import pandas as pd

    articles = pd.read_csv(export / "articles.csv", keep_default_na=False).set_index("doc_id")
    right = sum(str(articles.loc[doc, "date"])[:10] == (dct or "") for doc, dct in gold["dct"].items())
    return {"right": right, "total": len(gold["dct"])}


def score(gold_path: Path, shared: Path, work: Path) -> dict:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    texts = work / "articles"
    write_articles(gold, shared / "corpora", texts)
    checked = check_offsets(gold, texts)
    out = work / "export"
    subprocess.run([sys.executable, "-m", "vnnews.cli", "export", str(texts), "--out", str(out),
                    "--cache-dir", str(work / "cache")], check=True, stdout=subprocess.DEVNULL)
    result = subprocess.run([sys.executable, str(shared / "dev" / "score.py"), str(gold_path), str(out)],
                            check=True, capture_output=True, text=True)
    figures = json.loads(result.stdout)
    figures["dct"] = dct_right(gold, out)
    figures["gold_spans_checked"] = checked
    return figures


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
