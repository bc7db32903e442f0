"""Write the article texts that the corpus gold (`tests/gold/corpora.json`) is annotated against.

The gold lives in the project; the texts stay in ``../shared/corpora`` (they are not ours to
redistribute).  Each gold document names its source:

* ``{"file": "vnexpress-2022/thoi_su/Thoi_su_12.txt"}``: the file's text, decoded as UTF-8 and NFC;
* ``{"file": "baomoi-2025/articles.csv", "row": 17}``: data row 17 (1-based, header excluded) of a
  table; the article text is the title, a blank line, then the content, which is how vnnews builds
  the text of a table row.

usage: python scripts/gold_texts.py GOLD.json CORPORA_DIR OUT_DIR
"""
from __future__ import annotations

import csv
import json
import sys
import unicodedata
from pathlib import Path


def table_row_text(row: dict[str, str]) -> str:
    parts = [row.get("title", "").strip(), row.get("content", "").strip()]
    return "\n\n".join(part for part in parts if part)


def source_text(corpora: Path, source: dict) -> str:
    path = corpora / source["file"]
    if "row" not in source:
        return unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="|")
        for number, row in enumerate(rows, start=1):
            if number == source["row"]:
                return unicodedata.normalize("NFC", table_row_text(row))
    raise ValueError(f"{path}: no data row {source['row']}")


def main(argv: list[str]) -> None:
    gold_path, corpora, out = Path(argv[0]), Path(argv[1]), Path(argv[2])
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    out.mkdir(parents=True, exist_ok=True)
    for doc, source in gold["sources"].items():
        (out / f"{doc}.txt").write_text(source_text(corpora, source), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
