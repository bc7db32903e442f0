"""The vnnews command line: export tables, run notebooks into reports."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
from nbformat.v4 import new_code_cell, new_notebook

from vnnews.cli import main

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = "Tiêu đề bài báo\n\nQĐND - Sáng 1/7/2024, Bộ Quốc phòng tổ chức hội nghị.\n\nHội nghị kết thúc./."


def test_export_writes_tables_and_reports_problems(tmp_path: Path, capsys) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "broken.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["export", str(corpus), "--out", str(out)]) == 0
    assert "broken.txt: empty file (skipped)" in capsys.readouterr().err
    articles = pd.read_csv(out / "articles.csv")
    assert articles.loc[0, ["doc_id", "outlet", "date"]].tolist() == ["a", "QĐND", "2024-07-01"]
    parts = pd.read_csv(out / "parts.csv", keep_default_na=False)
    text = (corpus / "a.txt").read_text(encoding="utf-8")
    assert all(text[s:e] == t for s, e, t in zip(parts["start"], parts["end"], parts["text"]))
    problems = pd.read_csv(out / "problems.csv")
    assert problems[["kind", "action"]].values.tolist() == [["empty", "skipped"]]


def test_export_parquet_and_exit_status_without_articles(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["export", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"), "--format", "parquet"]) == 0
    assert pd.read_parquet(tmp_path / "o" / "articles.parquet")["doc_id"].tolist() == ["a"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["export", str(empty), "--out", str(tmp_path / "o2")]) == 1


def test_console_script_is_installed(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("vnnews")
    result = subprocess.run([str(exe), "export", str(ROOT / "seeds"), "--out", str(tmp_path)],
                            capture_output=True, text=True, check=True)
    assert result.stdout.startswith("2 articles")


def test_report_runs_notebooks_and_survives_a_failing_one(tmp_path: Path) -> None:
    notebooks = tmp_path / "nb"
    notebooks.mkdir()
    good = new_notebook(cells=[new_code_cell('corpus = "x"', metadata={"tags": ["parameters"]}),
                               new_code_cell("import vnnews\nprint(len(vnnews.load_corpus(corpus)))")])
    bad = new_notebook(cells=[new_code_cell('corpus = "x"', metadata={"tags": ["parameters"]}),
                              new_code_cell("raise ValueError('boom')")])
    for nb in (good, bad):
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(good, notebooks / "a-good.ipynb")
    nbformat.write(bad, notebooks / "b-bad.ipynb")
    out = tmp_path / "reports"
    status = main(["report", str(ROOT / "seeds"), "--out", str(out), "--notebooks", str(notebooks), "--quiet"])
    assert status == 1
    assert (out / "a-good.html").exists() and (out / "b-bad.html").exists()
    executed = nbformat.read(out / "a-good.ipynb", as_version=4)
    printed = [o["text"] for c in executed.cells for o in c.get("outputs", []) if o.get("name") == "stdout"]
    assert printed == ["2\n"]
    assert "ValueError" in json.dumps(nbformat.read(out / "b-bad.ipynb", as_version=4))
