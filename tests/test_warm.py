"""A warm export (nothing changed) reads each file's bytes and the store, not the text, and gives
the same tables as a cold one; any change to a file, a table row, its metadata or a load option is
read again and its rows updated, never served stale (issue 15)."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from vnnews import streaming
from vnnews.annotation.cache import clear_memory
from vnnews.corpus import reader
from vnnews.export import TABLES, export_corpus

TEXTS = {
    "thoi_su/hop.txt": "Bộ Chính trị họp\n\nSáng 1/7/2020, Bộ Chính trị họp tại Hà Nội dưới sự chủ trì của Tổng Bí thư Nguyễn Phú Trọng.",
    "thoi_su/hoi_nghi.txt": "Hội nghị Trung ương\n\nNgày 2-10-2020, Ban Tổ chức Trung ương tổ chức hội nghị tại Đà Nẵng.",
    "phap_luat/hop.txt": "Xét xử\n\nChiều 5/3/2021, Tòa án nhân dân TP Hồ Chí Minh mở phiên tòa.",  # doc_id "hop" is taken: hop-2
    "phap_luat/ban_sao.txt": "Hội nghị Trung ương\n\nNgày 2-10-2020, Ban Tổ chức Trung ương tổ chức hội nghị tại Đà Nẵng.",  # duplicate
}
ROWS = ("id,title,content,published\n"
        "r1,Quốc hội họp,\"Sáng 20/5/2022, Quốc hội khai mạc kỳ họp thứ ba tại Hà Nội.\",2022-05-20\n"
        "r2,Chính phủ họp,\"Ngày 3/6/2022, Chính phủ họp phiên thường kỳ tháng 5.\",2022-06-03\n")
META = "file,url,published_time\nhop.txt,https://vnexpress.net/hop-4456738.html,2022-07-01T09:00:00+07:00\n"


@pytest.fixture
def read_in_full(monkeypatch) -> list[str]:
    """The doc_ids of the articles the loader built from their text (not given again from the store)."""
    calls: list[str] = []
    real = reader.article_from_text
    monkeypatch.setattr(reader, "article_from_text", lambda text, **kw: calls.append(kw["doc_id"]) or real(text, **kw))
    return calls


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    for name, text in TEXTS.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "thoi_su" / "urls.csv").write_text(META, encoding="utf-8")
    (folder / "bao.csv").write_text(ROWS, encoding="utf-8")
    return folder


def _export(corpus: Path, out: Path, **options) -> dict[str, bytes]:
    """Export as a new process would (nothing kept in memory), the bytes of every file written."""
    clear_memory()
    files, _ = export_corpus(corpus, out, **options)
    return {p.name: p.read_bytes() for p in files}


def _table(files: dict[str, bytes], name: str, out: Path) -> pd.DataFrame:
    path = out / f"{name}.csv"
    path.write_bytes(files[f"{name}.csv"])
    return pd.read_csv(path, keep_default_na=False)


def test_a_warm_export_reads_no_text_and_writes_the_same_files(corpus: Path, cache: Path, tmp_path: Path,
                                                                read_in_full: list[str], monkeypatch) -> None:
    cold = _export(corpus, tmp_path / "cold")
    assert len(read_in_full) == 6
    read_in_full.clear()
    warm = _export(corpus, tmp_path / "warm")
    assert read_in_full == []  # every file and row given again from the store
    assert warm == cold
    articles = _table(warm, "articles", tmp_path)
    assert articles["doc_id"].tolist() == ["r1", "r2", "ban_sao", "hop", "hoi_nghi", "hop-2"]
    assert articles.set_index("doc_id").loc["hop-2", "duplicate_of"] == "" and \
        articles.set_index("doc_id").loc["ban_sao", "duplicate_of"] == ""
    problems = _table(warm, "problems", tmp_path)
    assert sorted(problems["kind"]) == ["doc-id-collision", "duplicate"]
    # the tables themselves from the store (not from the table cache): still the same files
    monkeypatch.setattr(streaming.TableCache, "of", classmethod(lambda cls, view: None))
    assert _export(corpus, tmp_path / "reduced") == cold
    assert read_in_full == []


def test_a_warm_export_copies_the_tables_instead_of_reducing_again(corpus: Path, cache: Path, tmp_path: Path,
                                                                   monkeypatch) -> None:
    _export(corpus, tmp_path / "cold")
    reduced: list[str] = []
    real = streaming.write_stream
    monkeypatch.setattr(streaming, "write_stream", lambda batches, path, fmt: reduced.append(path.name) or real(batches, path, fmt))
    _export(corpus, tmp_path / "warm")
    assert reduced == []
    _export(corpus, tmp_path / "parquet", formats=["parquet"])  # another format: other files
    assert "word_frequencies" in reduced


def _edit_text(corpus: Path) -> None:
    path = corpus / "thoi_su" / "hoi_nghi.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("Đà Nẵng", "Cần Thơ"), encoding="utf-8")


def _rename(corpus: Path) -> None:
    (corpus / "thoi_su" / "hoi_nghi.txt").rename(corpus / "thoi_su" / "hoi_nghi_moi.txt")


def _edit_row(corpus: Path) -> None:
    (corpus / "bao.csv").write_text(ROWS.replace("Chính phủ họp phiên thường kỳ tháng 5", "Chính phủ họp tại Cần Thơ"),
                                    encoding="utf-8")


def _edit_metadata(corpus: Path) -> None:
    (corpus / "thoi_su" / "urls.csv").write_text(META.replace("2022-07-01", "2022-08-15"), encoding="utf-8")


@pytest.mark.parametrize("change, again, check", [
    (_edit_text, ["hoi_nghi"], lambda a, places: "Cần Thơ" in places and a.loc["ban_sao", "duplicate_of"] == ""),
    (_rename, ["hoi_nghi_moi"], lambda a, places: "hoi_nghi_moi" in a.index and "hoi_nghi" not in a.index),
    (_edit_row, ["r2"], lambda a, places: "Cần Thơ" in places),
    (_edit_metadata, ["hop-2"], lambda a, places: a.loc["hop-2", "date"] == "2022-08-15"),
], ids=["edited text", "renamed file", "edited table row", "edited metadata row"])
def test_a_changed_source_is_read_again_and_its_rows_updated(corpus: Path, cache: Path, tmp_path: Path, read_in_full: list[str],
                                                            monkeypatch, change, again, check) -> None:
    before = _export(corpus, tmp_path / "before")
    change(corpus)
    read_in_full.clear()
    after = _export(corpus, tmp_path / "after")
    assert read_in_full == again  # only the changed source is read in full
    articles = _table(after, "articles", tmp_path).set_index("doc_id")
    places = set(_table(after, "places", tmp_path).iloc[:, 0])
    assert check(articles, places)
    assert after["articles.csv"] != before["articles.csv"] or after["places.csv"] != before["places.csv"]
    read_in_full.clear()
    assert _export(corpus, tmp_path / "again") == after and read_in_full == []  # and known from then on
    monkeypatch.setenv("VNNEWS_CACHE_DIR", str(tmp_path / "fresh-cache"))
    assert _export(corpus, tmp_path / "cold") == after  # what a cold export of the changed corpus gives


def test_a_changed_load_option_reads_every_file_again(corpus: Path, cache: Path, tmp_path: Path, read_in_full: list[str]) -> None:
    before = _export(corpus, tmp_path / "before")
    read_in_full.clear()
    after = _export(corpus, tmp_path / "after", category_from_folders=False)
    assert sorted(read_in_full) == ["ban_sao", "hoi_nghi", "hop", "hop-2"]  # the rows of bao.csv have no folder: unchanged
    assert set(_table(before, "articles", tmp_path)["category"]) == {"", "thoi_su", "phap_luat"}
    assert set(_table(after, "articles", tmp_path)["category"]) == {""}
    read_in_full.clear()
    assert _export(corpus, tmp_path / "tz", timezone="UTC") and len(read_in_full) == 6


def test_the_table_cache_keeps_the_last_exports_only(corpus: Path, cache: Path, tmp_path: Path) -> None:
    for i in range(streaming.EXPORTS_KEPT + 2):
        (corpus / "thoi_su" / "hoi_nghi.txt").write_text(f"Hội nghị\n\nNgày {i + 1}/10/2020, hội nghị khai mạc.", encoding="utf-8")
        _export(corpus, tmp_path / "out")
    kept = list((cache / "tables" / "exports").glob("*.json"))
    assert len(kept) == streaming.EXPORTS_KEPT
    tables = [p for p in (cache / "tables").iterdir() if p.is_file()]
    assert len(tables) <= streaming.EXPORTS_KEPT * len(streaming.REDUCTIONS)


@pytest.mark.parametrize("workers", ["1", "2"])  # with 2, two processes prepare the tables (vnnews.parallel_tables)
def test_export_right_after_annotate_copies_the_tables_annotate_prepared(corpus: Path, cache: Path, tmp_path: Path,
                                                                          read_in_full: list[str], monkeypatch, workers: str) -> None:
    from vnnews.cli import main

    assert main(["annotate", str(corpus), "--workers", workers, "--quiet"]) == 0
    records = list((cache / "tables" / "exports").glob("*.json"))
    assert len(records) == 1  # the tables prepared, recorded as one export whatever the processes
    prepared = sorted(p.name for p in (cache / "tables").iterdir() if p.is_file())
    assert prepared == sorted(json.loads(records[0].read_text(encoding="utf-8")))
    assert len(prepared) == len([name for name, build in TABLES.items() if getattr(build, "reduction", None) == name])
    reduced: list[str] = []
    real = streaming.write_stream
    monkeypatch.setattr(streaming, "write_stream", lambda batches, path, fmt: reduced.append(path.name) or real(batches, path, fmt))
    read_in_full.clear()
    after = _export(corpus, tmp_path / "after")
    assert reduced == [] and read_in_full == []  # annotate recorded the sources and prepared the tables
    monkeypatch.setenv("VNNEWS_CACHE_DIR", str(tmp_path / "fresh-cache"))
    assert _export(corpus, tmp_path / "cold") == after
