"""The annotation store: chunks written whole or not at all, validated on read, repaired, shared by
concurrent runs, used read-only (issue 12: a crash-safe cache)."""
from __future__ import annotations

import logging
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from vnnews import article_from_text
from vnnews.annotation import layers, store
from vnnews.annotation.active import active_store, ensure_annotated, reset_stores
from vnnews.annotation.cache import clear_memory
from vnnews.entities import mentions

TEXTS = {
    "a": "Tiêu đề\n\nSáng 1/7/2020, Bộ Chính trị họp tại Hà Nội.",
    "b": "Tiêu đề\n\nNgày 2-10-2020, Ban Tổ chức Trung ương tổ chức hội nghị.",
}


@pytest.fixture
def counted(monkeypatch) -> list[str]:
    """The doc_ids of the articles annotated (not served from the store)."""
    calls: list[str] = []
    real = layers.article_layers
    monkeypatch.setattr(layers, "article_layers", lambda a: calls.append(a.doc_id) or real(a))
    return calls


def _articles() -> list:
    return [article_from_text(text, doc_id=name) for name, text in TEXTS.items()]


def _chunks(root: Path) -> list[Path]:
    return sorted(p.parent for p in (root / "store").rglob("manifest.parquet") if p.parent.parent.name == "chunks")


def test_a_chunk_is_one_folder_renamed_into_place(cache: Path, counted: list[str]) -> None:
    ensure_annotated(_articles())
    (chunk,) = _chunks(cache)
    assert {"manifest.parquet", "tokens.parquet", "mentions.parquet", "events.parquet"} <= {p.name for p in chunk.iterdir()}
    assert not list((chunk.parent.parent / "tmp").iterdir())
    keys = set(pq.read_table(chunk / "tokens.parquet")["key"].to_pylist())
    assert keys == {layers.article_key(a) for a in _articles()}  # every row names its article
    clear_memory()
    ensure_annotated(_articles())
    assert counted == ["a", "b"]  # served from the store the second time


@pytest.mark.parametrize("damage", ["missing layer", "garbage", "column dropped", "file of another chunk"])
def test_a_damaged_chunk_is_reported_once_set_aside_and_recomputed(cache: Path, counted: list[str], caplog, damage: str) -> None:
    first = mentions(_articles())
    ensure_annotated([article_from_text("Tiêu đề\n\nQuốc hội họp.", doc_id="other")])
    chunk, other = _chunks(cache)
    target = chunk / "mentions.parquet"
    if damage == "missing layer":
        target.unlink()
    elif damage == "garbage":
        target.write_bytes(b"PAR1 not a parquet file")
    elif damage == "column dropped":
        pq.write_table(pq.read_table(target).drop_columns(["label"]), target)
    else:
        shutil.copy(other / "mentions.parquet", target)
    clear_memory()
    store._REPORTED.clear()
    with caplog.at_level(logging.WARNING, logger="vnnews"):
        again = mentions(_articles())
        clear_memory()
        mentions(_articles())  # the chunk was set aside: not reported again
    assert again.equals(first)
    assert counted == ["a", "b", "other", "a", "b"]
    warnings = [r.getMessage() for r in caplog.records if "damaged" in r.getMessage()]
    assert len(warnings) == 1 and chunk.name in warnings[0]
    assert list((chunk.parent.parent / "bad").iterdir())


def test_an_unchanged_chunk_is_not_validated_again_a_changed_one_is(cache: Path, counted: list[str], caplog,
                                                                     monkeypatch) -> None:
    first = mentions(_articles())
    ensure_annotated([article_from_text("Tiêu đề\n\nQuốc hội họp.", doc_id="other")])
    chunk, other = _chunks(cache)
    read: list[str] = []  # the chunks whose layer files were opened to check them
    real = store.pq.read_schema
    monkeypatch.setattr(store.pq, "read_schema", lambda path, *a, **k: read.append(Path(path).parent.name) or real(path, *a, **k))
    clear_memory()
    assert mentions(_articles()).equals(first)
    assert read == []  # recorded whole when written: opening the store reads the manifests alone
    for record in cache.rglob(store.VALIDATED):  # chunks written before the record existed
        record.unlink()
    clear_memory()
    mentions(_articles())
    assert set(read) == {chunk.name, other.name}  # validated once...
    read.clear()
    clear_memory()
    mentions(_articles())
    assert read == []  # ...and recorded
    shutil.copy(other / "mentions.parquet", chunk / "mentions.parquet")  # a well-formed file, of another chunk
    clear_memory()
    store._REPORTED.clear()
    with caplog.at_level(logging.WARNING, logger="vnnews"):
        again = mentions(_articles())
    assert set(read) == {chunk.name}  # the changed chunk alone is validated again, found damaged and recomputed
    assert again.equals(first)
    assert counted == ["a", "b", "other", "a", "b"]
    assert any(chunk.name in r.getMessage() and "another entry" in r.getMessage() for r in caplog.records)


def test_temporary_folders_of_dead_runs_are_cleaned(cache: Path) -> None:
    ensure_annotated(_articles()[:1])
    tmp = next((cache / "store").rglob("chunks")).parent / "tmp"
    dead = tmp / f"0001-dead.{socket.gethostname()}.999999999"
    live = tmp / f"0002-live.{socket.gethostname()}.{os.getpid()}"
    for folder in (dead, live):
        folder.mkdir(parents=True)
        (folder / "tokens.parquet").write_bytes(b"half written")
    reset_stores()
    active_store()
    assert not dead.exists() and live.exists()


def test_a_full_disk_leaves_no_half_chunk_and_the_run_goes_on(cache: Path, counted: list[str], monkeypatch, caplog) -> None:
    real = pq.write_table
    calls = []

    def full_disk(table, where, *args, **kwargs):
        calls.append(where)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(table, where, *args, **kwargs)

    monkeypatch.setattr(store.pq, "write_table", full_disk)
    with caplog.at_level(logging.WARNING, logger="vnnews"):
        found = mentions(_articles())
    assert "Bộ Chính trị" in set(found["text"])  # served from a temporary store for this run
    assert not _chunks(cache) and not list((cache / "store").rglob("*.parquet"))
    assert any("cannot write the annotation cache" in r.getMessage() for r in caplog.records)
    monkeypatch.setattr(store.pq, "write_table", real)
    reset_stores()
    clear_memory()
    mentions(_articles())
    assert counted == ["a", "b", "a", "b"] and len(_chunks(cache)) == 1  # the next run fills the cache


def test_a_read_only_cache_is_read_and_never_written(cache: Path, counted: list[str], monkeypatch) -> None:
    first = mentions(_articles())
    before = {p: p.stat().st_mtime_ns for p in cache.rglob("*")}
    writable = store._writable
    monkeypatch.setattr(store, "_writable", lambda path: not str(path).startswith(str(cache)) and writable(path))
    reset_stores()
    clear_memory()
    again = mentions(_articles() + [article_from_text("Tiêu đề\n\nQuốc hội họp.", doc_id="new")])
    assert again[again["doc_id"] != "new"].reset_index(drop=True).equals(first)
    assert counted == ["a", "b", "new"]  # only the article the cache lacks is annotated, into a temporary overlay
    assert {p: p.stat().st_mtime_ns for p in cache.rglob("*")} == before


def test_export_works_on_a_read_only_cache_filled_by_annotate(tmp_path: Path, monkeypatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in TEXTS.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    cache = tmp_path / "cache"
    env = {**os.environ, "VNNEWS_CACHE_DIR": str(cache)}
    subprocess.run([sys.executable, "-m", "vnnews.cli", "annotate", str(corpus), "--workers", "1", "--quiet"], check=True,
                   env=env, capture_output=True)
    before = sorted(str(p) for p in cache.rglob("*"))
    # read-only for this process: root ignores file modes, so the store is told what a read-only mount tells it
    code = ("import sys, vnnews.annotation.store as s; w = s._writable; "
            f"s._writable = lambda path: not str(path).startswith({str(cache)!r}) and w(path); "
            "from vnnews.cli import main; sys.exit(main(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", code, "export", str(corpus), "--out", str(tmp_path / "out")], env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "2 articles" in done.stdout and (tmp_path / "out" / "mentions.csv").is_file()
    assert sorted(str(p) for p in cache.rglob("*")) == before


def test_two_concurrent_annotate_runs_share_one_cache(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in TEXTS.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    cache = tmp_path / "cache"
    env = {**os.environ, "VNNEWS_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "vnnews.cli", "annotate", str(corpus), "--workers", "1", "--quiet"]
    runs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    assert [run.wait(timeout=600) for run in runs] == [0, 0]
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "vnnews.cli", "export", str(corpus), "--out", str(out), "--format", "parquet"],
                          env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    table = pq.read_table(out / "mentions.parquet").to_pandas()
    assert not table.duplicated(["doc_id", "start", "end", "label"]).any()  # two runs wrote a or b: each row once
    assert set(table["doc_id"]) == {"a", "b"}
    again = subprocess.run(command, env=env, capture_output=True, text=True)
    assert "(0 computed, 2 from the cache)" in again.stdout


def test_the_store_reads_with_pyarrow_and_duckdb_directly(cache: Path) -> None:
    import duckdb

    ensure_annotated(_articles())
    import pyarrow.dataset as ds

    folder = next((cache / "store").rglob("chunks"))
    dataset = ds.dataset([str(p) for p in folder.rglob("tokens.parquet")], format="parquet")
    assert dataset.count_rows() > 10
    pattern = str(folder / "*" / "mentions.parquet")
    labels = duckdb.sql(f"SELECT label, count(*) AS n FROM read_parquet('{pattern}') GROUP BY label ORDER BY label").fetchall()
    assert ("ORG", 2) in labels


def test_duplicate_key_of_a_loaded_article_is_the_loaders_hash(tmp_path: Path, monkeypatch) -> None:
    """The store's duplicate key of an article the loader read is the hash the loader flags duplicates by,
    taken from what the loader kept (the text is not normalised a second time); a text made in Python,
    which no loader read, is hashed here, to the same value."""
    import hashlib

    from vnnews.corpus import iter_articles
    from vnnews.text.normalize import normalize

    def digest(text: str) -> str:
        return hashlib.sha1(normalize(text).text.casefold().encode("utf-8")).hexdigest()

    (tmp_path / "hoa_binh.txt").write_text("Hoà bình\n\nUBND tỉnh Hoà Bình họp ngày 2/10/2020.", encoding="utf-8")
    (loaded,) = list(iter_articles(tmp_path))
    made = article_from_text(loaded.text, doc_id="made")
    expected = digest(loaded.text)
    with monkeypatch.context() as patched:
        patched.setattr(layers, "normalize", lambda *a, **k: pytest.fail("the loaded text was normalised again"))
        assert layers.duplicate_key(loaded) == expected
    assert made.source is None and layers.duplicate_key(made) == expected
