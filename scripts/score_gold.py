"""Score vnnews on the project's gold for real corpus articles (developer script, not library API).

Writes the gold articles as a researcher holds them, each under the same relative path as in
``../shared/corpora``: the VnExpress files as ``vnexpress-2022/<category>/<file>.txt`` (so the year
of the folder name and the category reach vnnews as they do from the real corpus folder), the Báo
Mới rows (sources with a ``"row"``) as the gold rows of ``baomoi-2025/articles.csv`` with all the
columns of the original table (so their document date comes from the metadata and their ``doc_id``
from the URL). Runs one ``vnnews export`` on that folder as a user would, maps each gold document to
the ``doc_id`` vnnews gave the file or row it was written to, checks that every gold span still slices
the article texts vnnews builds (a table row's text is title, blank line, content:
``vnnews.corpus.table_row_text``, the rule ``scripts/gold_texts.py`` follows), and scores the export
with the development scorer ``../shared/dev/score.py``. Prints the scorer's JSON plus ``dct`` (how
many article dates equal the gold document date) and ``events_precision`` (of the distinct
``(doc_id, date_start, date_end)`` of the timeline, the share that is a gold event's dates).

A gold file without ``sources`` (``../shared/dev/gold.json``) is scored on the ``articles`` folder
next to it, exported as it is.

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


def table_rows(corpora: Path, file: str, wanted: set[int]) -> tuple[list[str], dict[int, dict[str, str]]]:
    """The header and the data rows ``wanted`` (1-based, header excluded) of a pipe-separated table."""
    path = corpora / file
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="|")
        rows = {number: row for number, row in enumerate(reader, start=1) if number in wanted}
        header = list(reader.fieldnames or [])
    missing = wanted - set(rows)
    if missing:
        raise ValueError(f"{path}: no data rows {sorted(missing)}")
    return header, rows


def write_articles(gold: dict, corpora: Path, folder: Path) -> dict[tuple[str, int | None], str]:
    """The gold articles in ``folder`` under their paths in ``corpora``; returns, for each written
    (relative path, data row or None), the gold document it holds."""
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[tuple[str, int | None], str] = {}
    tables: dict[str, dict[int, str]] = {}
    for doc, source in gold["sources"].items():
        if "row" in source:
            tables.setdefault(source["file"], {})[source["row"]] = doc
            continue
        path = folder / source["file"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source_text(corpora, source), encoding="utf-8")
        written[(Path(source["file"]).as_posix(), None)] = doc
    for file, docs in tables.items():
        header, rows = table_rows(corpora, file, set(docs))
        path = folder / file
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=header, delimiter="|")
            writer.writeheader()
            for number, row in enumerate(sorted(docs), start=1):
                writer.writerow({c: unicodedata.normalize("NFC", rows[row].get(c) or "") for c in header})
                written[(Path(file).as_posix(), number)] = docs[row]
    return written


def doc_ids(written: dict[tuple[str, int | None], str], folder: Path) -> dict[str, str]:
    """Gold document -> the ``doc_id`` vnnews gives the file or row it was written to."""
    from vnnews import load_corpus

    corpus = load_corpus(folder)
    loaded = {(Path(a.path).resolve().relative_to(folder.resolve()).as_posix(), a.row): a.doc_id for a in corpus}
    mapping = {doc: loaded[key] for key, doc in written.items() if key in loaded}
    missing = sorted(set(written.values()) - set(mapping))
    if missing:
        raise SystemExit(f"gold articles not loaded: {missing}; problems: {corpus.problems}")
    if len(set(mapping.values())) != len(mapping):
        raise SystemExit(f"two gold articles share a doc_id: {mapping}")
    return mapping


def renamed(gold: dict, mapping: dict[str, str]) -> dict:
    """The gold with every document named by the ``doc_id`` vnnews gives it."""
    out = dict(gold)
    for key in ("entities", "timex", "people", "events"):
        out[key] = [{**item, "doc": mapping[item["doc"]]} for item in gold.get(key, [])]
    out["dct"] = {mapping[doc]: date for doc, date in gold.get("dct", {}).items()}
    out["sources"] = {mapping[doc]: source for doc, source in gold["sources"].items()}
    return out


def check_offsets(gold: dict, folder: Path) -> int:
    """Every gold entity and time expression slices the article text vnnews builds; returns how many were checked."""
    from vnnews import load_corpus

    corpus = load_corpus(folder)
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


def events_precision(gold: dict, export: Path) -> dict[str, float | int]:
    """Of the distinct (doc_id, date_start, date_end) of the timeline, how many are a gold event's dates."""
    import pandas as pd

    table = pd.read_csv(export / "timeline.csv", keep_default_na=False)
    docs = {e["doc"] for e in gold["events"]} | {t["doc"] for t in gold["timex"]}
    predicted = {(d, s[:10], e[:10]) for d, s, e in zip(table["doc_id"], table["date_start"], table["date_end"])
                 if d in docs}
    wanted = {(e["doc"], e["start"], e["end"]) for e in gold["events"]}
    right = len(predicted & wanted)
    return {"p": round(right / len(predicted), 3) if predicted else 0.0, "right": right, "predicted": len(predicted)}


def export_and_score(gold_path: Path, gold: dict, texts: Path, shared: Path, work: Path) -> dict:
    out = work / "export"
    subprocess.run([sys.executable, "-m", "vnnews.cli", "export", str(texts), "--out", str(out),
                    "--cache-dir", str(work / "cache")], check=True, stdout=subprocess.DEVNULL)
    result = subprocess.run([sys.executable, str(shared / "dev" / "score.py"), str(gold_path), str(out)],
                            check=True, capture_output=True, text=True)
    figures = json.loads(result.stdout)
    if gold.get("dct"):
        figures["dct"] = dct_right(gold, out)
    figures["events_precision"] = events_precision(gold, out)
    return figures


def score(gold_path: Path, shared: Path, work: Path) -> dict:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    if "sources" not in gold:
        return export_and_score(gold_path, gold, gold_path.parent / "articles", shared, work)
    texts = work / "articles"
    written = write_articles(gold, shared / "corpora", texts)
    gold = renamed(gold, doc_ids(written, texts))
    checked = check_offsets(gold, texts)
    work.mkdir(parents=True, exist_ok=True)
    renamed_path = work / "gold.json"
    renamed_path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    figures = export_and_score(renamed_path, gold, texts, shared, work)
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
