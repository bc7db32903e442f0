"""The seed articles load with the structure and dates a reader sees in them."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from vnnews import load_corpus


def test_seed_corpus_table(seeds_dir) -> None:
    corpus = load_corpus(seeds_dir)
    assert len(corpus) == 2 and corpus.problems == []
    assert [(i.path.endswith("README.md"), i.reason) for i in corpus.ignored] == [(True, "not an article format (.md)")]
    frame = corpus.to_frame().set_index("doc_id")
    tccs = frame.loc["000_af2db3ee9faf262d"]
    assert tccs["outlet"] == "TCCS"
    assert tccs["date"] == pd.Timestamp("2020-10-02") and tccs["date_source"] == "lead"
    assert tccs["n_captions"] == 1 and bool(tccs["end_mark"])
    assert pd.isna(tccs["title"])
    second = frame.loc["002_7fb7a55761241d66"]
    assert second["title"] == "Ban Tổ chức Trung ương hội nghị trực tuyến toàn quốc sơ kết công tác 6 tháng đầu năm"
    assert second["date"] == pd.Timestamp("2020-07-01")
    assert second["n_captions"] == 1
    assert second["byline"] == "Dương Oanh-Trần Chiến"


def test_seed_parts_slice_back_to_the_text(seeds_dir) -> None:
    corpus = load_corpus(seeds_dir)
    a = corpus["000_af2db3ee9faf262d"]
    caption = a.captions[0]
    assert caption.text.startswith("Ủy viên dự khuyết Trung ương Đảng") and caption.text.endswith("bacninh.gov.vn")
    assert [c.text for c in a.credits] == ["Nguồn: bacninh.gov.vn"]
    assert a.date == dt.date(2020, 10, 2) and a.date_evidence == "Ngày 2-10-2020"
    for article in corpus:
        for p in article.parts:
            assert article.text[p.start : p.end] == p.text
    b = corpus["002_7fb7a55761241d66"]
    assert [c.text for c in b.captions] == ["Quang cảnh hội nghị tại điểm cầu Quảng Nam."]
    assert b.date_evidence == "Sáng 1/7"


def test_seed_files_are_never_rewritten(seeds_dir, tmp_path) -> None:
    before = {p.name: p.read_bytes() for p in seeds_dir.glob("*")}
    from vnnews.cli import main

    assert main(["export", str(seeds_dir), "--out", str(tmp_path)]) == 0
    assert {p.name: p.read_bytes() for p in seeds_dir.glob("*")} == before
