"""Precomputing the cache for a corpus: locally, in a process pool and on a Dask LocalCluster."""
from __future__ import annotations

from pathlib import Path

import pytest

from vnnews.annotation.parallel import annotate_corpus
from vnnews.cli import main

ARTICLES = {
    "a": "Tiêu đề\n\nSáng 1/7/2020, Bộ Chính trị họp tại Hà Nội.",
    "b": "Tiêu đề\n\nNgày 2-10-2020, Ban Tổ chức Trung ương tổ chức hội nghị.",
    "c": "Tiêu đề\n\nChiều 15/3/2022, Bí thư Tỉnh ủy Hòa Bình Nguyễn Phi Long thăm xã Tuân Đạo.",
}


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"")
    return folder


def test_cache_is_filled_then_served_and_invalidated_per_article(corpus_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = annotate_corpus(corpus_dir, cache_dir=cache, workers=1).set_index("path")
    ok = first[first["error"] == ""]
    assert sorted(ok["doc_id"]) == ["a", "b", "c"] and ok["computed"].all()
    assert first.loc[str(corpus_dir / "broken.txt"), "error"] == "empty file"
    assert (ok.set_index("doc_id").loc["c", ["mentions", "time_expressions"]].tolist()) == [4, 1]
    chunks = list((cache / "store").rglob("manifest.parquet"))
    assert len(chunks) == 1  # one chunk of the store holds every layer of the batch
    assert {p.name for p in chunks[0].parent.iterdir()} >= {"tokens.parquet", "mentions.parquet", "word_counts.parquet"}
    again = annotate_corpus(corpus_dir, cache_dir=cache, workers=1)
    assert not again["computed"].any()
    (corpus_dir / "b.txt").write_text(ARTICLES["b"] + " Hội nghị bế mạc.", encoding="utf-8")
    changed = annotate_corpus(corpus_dir, cache_dir=cache, workers=1).set_index("doc_id")
    assert changed.loc["b", "computed"] and not changed.loc["a", "computed"] and not changed.loc["c", "computed"]


def test_process_pool_gives_the_same_summary(corpus_dir: Path, tmp_path: Path) -> None:
    serial = annotate_corpus(corpus_dir, cache_dir=tmp_path / "one", workers=1)
    pooled = annotate_corpus(corpus_dir, cache_dir=tmp_path / "two", workers=2)
    columns = ["doc_id", "syllables", "tokens", "mentions", "time_expressions", "computed", "error"]
    assert serial[columns].sort_values("doc_id").values.tolist() == pooled[columns].sort_values("doc_id").values.tolist()


def test_dask_local_cluster_runs_the_same_pipeline(corpus_dir: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    serial = annotate_corpus(corpus_dir, cache_dir=tmp_path / "one", workers=1)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        on_cluster = annotate_corpus(corpus_dir, cache_dir=tmp_path / "dask", scheduler=client)
    columns = ["doc_id", "syllables", "tokens", "mentions", "time_expressions", "error"]
    assert serial[columns].sort_values("doc_id").values.tolist() == on_cluster[columns].sort_values("doc_id").values.tolist()
    assert len(list((tmp_path / "dask" / "store").rglob("mentions.parquet"))) >= 1
    # the reduce reads what the cluster's workers stored: nothing is annotated again
    from vnnews.annotation.cache import cache_directory
    from vnnews.export import export_corpus

    with cache_directory(tmp_path / "dask"):
        written, index = export_corpus(corpus_dir, tmp_path / "out", formats=["parquet"])
    assert index.docs.num_rows == 3 and index.annotated == 0
    import pandas as pd

    assert len(pd.read_parquet(tmp_path / "out" / "mentions.parquet")) == on_cluster["mentions"].sum()


def test_annotate_command_and_cache_dir_option(corpus_dir: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("VNNEWS_CACHE_DIR", raising=False)
    cache = tmp_path / "cli-cache"
    assert main(["annotate", str(corpus_dir), "--cache-dir", str(cache), "--workers", "1", "--quiet"]) == 0
    captured = capsys.readouterr()
    assert "3 articles annotated (3 computed, 0 from the cache)" in captured.out
    assert "broken.txt: empty file" in captured.err
    assert (cache / "store").is_dir()


def test_corpus_tables_follow_a_changed_article(tmp_path: Path, monkeypatch) -> None:
    from vnnews import article_from_text
    from vnnews.annotation import layers
    from vnnews.entities import mentions

    monkeypatch.setenv("VNNEWS_CACHE_DIR", str(tmp_path))
    calls = []
    real = layers.article_layers
    monkeypatch.setattr(layers, "article_layers", lambda a: calls.append(a.doc_id) or real(a))
    a = article_from_text(ARTICLES["a"], doc_id="a")
    b = article_from_text(ARTICLES["b"], doc_id="b")
    first = mentions([a, b])
    assert sorted(calls) == ["a", "b"]
    changed = article_from_text(ARTICLES["b"] + " Đoàn công tác của tỉnh Nghệ An dự.", doc_id="b")
    after = mentions([a, changed])
    assert sorted(calls) == ["a", "b", "b"]  # only the changed article is annotated again
    assert "Nghệ An" in set(after["text"]) and "Nghệ An" not in set(first["text"])
    assert after[after["doc_id"] == "a"].reset_index(drop=True).equals(first[first["doc_id"] == "a"].reset_index(drop=True))


def test_local_workers_read_the_text_files_the_parent_only_finds_them(corpus_dir: Path, tmp_path: Path, monkeypatch) -> None:
    import os

    from vnnews.annotation.cache import cache_directory
    from vnnews.corpus import reader
    from vnnews.export import export_corpus

    dated = corpus_dir / "thoi_su"
    dated.mkdir()
    (dated / "hop.txt").write_text("Bộ Chính trị họp\n\nSáng nay, Bộ Chính trị họp tại Hà Nội.", encoding="utf-8")
    (dated / "urls.csv").write_text("file,url,published_time\nhop.txt,https://vnexpress.net/hop-1.html,2022-07-01T09:00:00+07:00\n",
                                    encoding="utf-8")
    parent, read_here = os.getpid(), []
    real = reader.read_file_bytes
    monkeypatch.setattr(reader, "read_file_bytes",
                        lambda path, **kw: (os.getpid() == parent and read_here.append(Path(path).name)) or real(path, **kw))
    cache = tmp_path / "pooled"
    pooled = annotate_corpus(corpus_dir, cache_dir=cache, workers=2)
    assert not [name for name in read_here if name.endswith(".txt")]
    serial = annotate_corpus(corpus_dir, cache_dir=tmp_path / "serial", workers=1)
    assert sorted(read_here) == ["a.txt", "b.txt", "broken.txt", "c.txt", "hop.txt"]
    columns = ["doc_id", "path", "syllables", "tokens", "mentions", "time_expressions", "error"]
    assert sorted(pooled[columns].values.tolist()) == sorted(serial[columns].values.tolist())
    # what the workers stored is what the export looks for (the metadata table's date included): nothing annotated again
    with cache_directory(cache):
        _, index = export_corpus(corpus_dir, tmp_path / "out")
    assert index.docs.num_rows == 4 and index.annotated == 0
    assert index.articles.set_index("doc_id").loc["hop", "date"].isoformat()[:10] == "2022-07-01"
