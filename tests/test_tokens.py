"""Sentence splitting, word segmentation with spans, and the annotation cache."""
from __future__ import annotations

import pandas as pd
import pytest

from vnnews import article_from_text, load_corpus
from vnnews.annotation import tokenisation as tokens_module
from vnnews.annotation.tokenisation import annotate
from vnnews.text.sentences import sentence_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tại TP.HCM, hội nghị khai mạc. Ngày 2-10-2020, hội nghị bế mạc.",
         ["Tại TP.HCM, hội nghị khai mạc.", "Ngày 2-10-2020, hội nghị bế mạc."]),
        ("Có 14/67 đảng bộ, đạt 20,89%. Tỷ lệ 1.250 người đạt 3,5 điểm.",
         ["Có 14/67 đảng bộ, đạt 20,89%.", "Tỷ lệ 1.250 người đạt 3,5 điểm."]),
        ("Đồng chí Phạm Minh Chính, UV BCT, phát biểu. ThS. Lê Văn A và PGS. TS. Nguyễn B dự.",
         ["Đồng chí Phạm Minh Chính, UV BCT, phát biểu.", "ThS. Lê Văn A và PGS. TS. Nguyễn B dự."]),
        ("Hoàn thành tốt công việc được giao...từ đó, góp phần vào thắng lợi chung./.",
         ["Hoàn thành tốt công việc được giao...từ đó, góp phần vào thắng lợi chung./."]),
        ("Ông nói: \"Phải làm ngay.\" Sau đó, hội nghị bế mạc! Tiếp theo là gì? 5 đại biểu phát biểu.",
         ["Ông nói: \"Phải làm ngay.\"", "Sau đó, hội nghị bế mạc!", "Tiếp theo là gì?", "5 đại biểu phát biểu."]),
        ("Ông Nguyễn V. An và bà Trần T. Bình dự họp.", ["Ông Nguyễn V. An và bà Trần T. Bình dự họp."]),
        ("Kết quả như sau. đây không phải câu mới.", ["Kết quả như sau. đây không phải câu mới."]),
    ],
)
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in sentence_spans(text)] == expected


def test_tokens_are_words_with_exact_spans_and_tags(seeds_dir) -> None:
    corpus = load_corpus(seeds_dir)
    for article in corpus:
        annotation = annotate(article, use_cache=False)
        toks, sents = annotation.tokens, annotation.sentences
        assert all(article.text[a:b] == t for a, b, t in zip(toks["start"], toks["end"], toks["text"]))
        assert all(article.text[a:b] == t for a, b, t in zip(sents["start"], sents["end"], sents["text"]))
        assert toks["pos"].notna().all() and toks["pos"].ne("").all()
        covered = set()
        for a, b in zip(toks["start"], toks["end"]):
            covered.update(range(a, b))
        assert all(i in covered for i, c in enumerate(article.text) if not c.isspace())
    words = set(annotate(corpus["000_af2db3ee9faf262d"]).tokens["text"])
    assert {"Bộ Chính trị", "Phạm Minh Chính", "Hà Nội", "tổ chức"} <= words


def test_token_parts_and_kinds(seeds_dir) -> None:
    toks = annotate(load_corpus(seeds_dir)["000_af2db3ee9faf262d"]).tokens
    first = toks.iloc[0]
    assert (first["text"], first["part"]) == ("TCCS", "outlet")
    assert toks.loc[toks["text"] == "bacninh.gov.vn", "part"].tolist() == ["credit"]
    assert toks.loc[toks["text"] == "2-10-2020", "kind"].tolist() == ["number"]
    assert set(toks.loc[toks["text"].isin([",", "."]), "kind"]) == {"punct"}
    row = toks[toks["text"] == "Phạm Minh Chính"].iloc[0]
    assert (row["norm"], row["syllables"]) == ("phạm minh chính", 3)


def test_store_serves_unchanged_text_and_recomputes_changed(tmp_path, monkeypatch) -> None:
    from vnnews.annotation import layers
    from vnnews.annotation.active import active_store, ensure_annotated

    monkeypatch.setenv("VNNEWS_CACHE_DIR", str(tmp_path))
    calls = []
    real = layers.article_layers
    monkeypatch.setattr(layers, "article_layers", lambda a: calls.append(a.doc_id) or real(a))
    article = article_from_text("Tiêu đề\n\nQuốc hội họp tại Hà Nội.", doc_id="a")
    ensure_annotated([article])
    first = annotate(article)
    assert calls == ["a"] and len(list((tmp_path / "store").rglob("manifest.parquet"))) == 1
    tokens_module.clear_memory()
    renamed = article_from_text("Tiêu đề\n\nQuốc hội họp tại Hà Nội.", doc_id="renamed")
    ensure_annotated([renamed])
    again = annotate(renamed)
    assert calls == ["a"]  # same text and date under another name: served from the store
    pd.testing.assert_frame_equal(first.tokens.drop(columns="doc_id"), again.tokens.drop(columns="doc_id"))
    assert again.tokens["doc_id"].eq("renamed").all()
    ensure_annotated([article_from_text("Tiêu đề\n\nChính phủ họp tại Hà Nội.", doc_id="a")])
    assert calls == ["a", "a"]
    assert len(list((tmp_path / "store").rglob("manifest.parquet"))) == 2
    assert active_store().primary.chunk_of(layers.article_key(article)) is not None


def test_cache_dir_from_environment(tmp_path, monkeypatch) -> None:
    from vnnews.annotation.cache import default_cache_dir

    monkeypatch.setenv("VNNEWS_CACHE_DIR", str(tmp_path / "c"))
    assert default_cache_dir() == tmp_path / "c"
