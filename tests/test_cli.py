"""The vnnews command line: export tables, run notebooks into reports."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest
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


# ------------------------------------------------------------------ corpora as tables (issue 11)
def test_export_reads_a_pipe_separated_crawl_with_no_options(tmp_path: Path) -> None:
    crawl = tmp_path / "articles.csv"
    crawl.write_text("crawled_time|published_time|title|content|author|url\n"
                     "2025-06-29T01:07:52+07:00|2025-06-28T23:43:45+07:00|Hưng Yên: cháy xưởng|Chiều 28/6, cháy xưởng tái chế."
                     "|(Nguồn: TTXVN)|https://baomoi.com/hung-yen-chay-xuong-c52625163.epi\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["export", str(crawl), "--out", str(out)]) == 0
    row = pd.read_csv(out / "articles.csv").iloc[0]
    assert (row["doc_id"], row["title"], row["date"], row["date_source"], row["published"]) == (
        "hung-yen-chay-xuong-c52625163", "Hưng Yên: cháy xưởng", "2025-06-28", "metadata", "2025-06-28T23:43:45+07:00")
    parts = pd.read_csv(out / "parts.csv")
    assert parts[["kind", "start", "end"]].values.tolist()[:2] == [["title", 0, 20], ["lead", 22, 53]]


def test_column_option_names_an_unusual_column(tmp_path: Path, capsys) -> None:
    table = tmp_path / "bao.tsv"
    table.write_text("ma\tnoi_dung_bai\nA1\tSáng 1/7/2024, Bộ Quốc phòng họp.\n", encoding="utf-8")
    assert main(["export", str(table), "--out", str(tmp_path / "o"), "--column", "text=noi_dung_bai", "--column", "id=ma"]) == 0
    assert pd.read_csv(tmp_path / "o" / "articles.csv")["doc_id"].tolist() == ["A1"]
    assert main(["export", str(table), "--out", str(tmp_path / "o2"), "--column", "body=noi_dung_bai"]) == 2
    assert "--column 'body=noi_dung_bai': write FIELD=COLUMN" in capsys.readouterr().err


# ------------------------------------------------------------------ bad paths and atomic exports (issue 12, item 5)
def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") == 1, err
    return err


def test_bad_paths_are_one_line_errors_and_write_nothing(tmp_path: Path, capsys) -> None:
    """A missing corpus wrote 20 empty tables; --out or --cache-dir being a file gave a traceback."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    a_file = tmp_path / "file.txt"
    a_file.write_text("x", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["export", str(tmp_path / "missing"), "--out", str(out)]) == 2
    assert _one_line_error(capsys) == f"vnnews: error: corpus not found: {tmp_path / 'missing'}\n" and not out.exists()
    assert main(["export", str(tmp_path / "a.txt"), "--out", str(a_file)]) == 2
    assert _one_line_error(capsys) == f"vnnews: error: --out {a_file} is a file, not a folder\n"
    assert main(["export", str(tmp_path / "a.txt"), "--out", str(out), "--cache-dir", str(a_file)]) == 2
    assert _one_line_error(capsys) == f"vnnews: error: --cache-dir {a_file} is a file, not a folder\n" and not out.exists()
    assert main(["annotate", str(tmp_path / "missing"), "--quiet"]) == 2
    assert "corpus not found" in _one_line_error(capsys)
    assert main(["report", str(tmp_path / "missing"), "--out", str(tmp_path / "r")]) == 2
    assert _one_line_error(capsys) == f"vnnews: error: corpus not found: {tmp_path / 'missing'}\n"


def test_a_corpus_that_fails_to_load_writes_no_output(tmp_path: Path, capsys) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["export", str(tmp_path / "c"), "--out", str(out)]) == 1
    assert "nothing written" in capsys.readouterr().err and not out.exists()


def test_an_export_is_written_whole_or_not_at_all(tmp_path: Path, monkeypatch) -> None:
    """A failed export left new articles, parts and sizes beside the previous corpus's other tables."""
    from vnnews import export, load_corpus

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    first = export.export_tables(load_corpus(tmp_path / "a.txt"), out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    assert sorted(before) == sorted([p.name for p in first] + [".vnnews-export"]) and len(first) == len(export.TABLES) + 1
    (tmp_path / "b.txt").write_text(ARTICLE.replace("Bộ Quốc phòng", "Bộ Công an"), encoding="utf-8")

    def broken(corpus):
        raise RuntimeError("disk full")

    monkeypatch.setitem(export.TABLES, "sizes", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        export.export_tables(load_corpus(tmp_path), out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # the previous export, untouched
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no partial folder left
    monkeypatch.undo()
    export.export_tables(load_corpus(tmp_path), out)  # a later export replaces the previous one whole
    assert pd.read_csv(out / "articles.csv")["doc_id"].tolist() == ["a", "b"]  # the export inside the corpus is not read
    (out / "notes.txt").write_text("của tôi", encoding="utf-8")
    with pytest.raises(export.ExportError, match="holds files vnnews did not write"):
        export.export_tables(load_corpus(tmp_path), out)
    assert (out / "notes.txt").exists()


def test_a_corpus_without_word_tokens_exports(tmp_path: Path) -> None:
    """stats.frequencies crashed (TypeError) on a corpus with no word tokens."""
    (tmp_path / "so.txt").write_text("123 456\n\n789.", encoding="utf-8")
    assert main(["export", str(tmp_path / "so.txt"), "--out", str(tmp_path / "out")]) == 0
    assert pd.read_csv(tmp_path / "out" / "word_frequencies.csv").empty
    from vnnews import load_corpus, stats

    for corpus in (load_corpus(tmp_path / "so.txt"), []):  # no words, no articles: typed empty tables
        table = stats.frequencies(corpus, per="article")
        assert table.empty and str(table["count"].dtype) == "int64" and table.nlargest(5, "count").empty


def test_csv_cells_are_guarded_against_formulas(tmp_path: Path) -> None:
    """Issue 12, item 8: CSV cells starting with =, +, @ ran as formulas in spreadsheets."""
    table = tmp_path / "bao.csv"
    table.write_text('title,content,author\n"=HYPERLINK(""http://x"",""bấm"")",Sáng 1/7/2024 họp.,@ban_bien_tap\n', encoding="utf-8")
    assert main(["export", str(table), "--out", str(tmp_path / "csv")]) == 0
    row = pd.read_csv(tmp_path / "csv" / "articles.csv").iloc[0]
    assert (row["title"], row["author"]) == ("'=HYPERLINK(\"http://x\",\"bấm\")", "'@ban_bien_tap")
    assert main(["export", str(table), "--out", str(tmp_path / "pq"), "--format", "parquet"]) == 0
    assert pd.read_parquet(tmp_path / "pq" / "articles.parquet")["title"].tolist() == ['=HYPERLINK("http://x","bấm")']
