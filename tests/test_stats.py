"""Statistics with values computed by hand on texts the tests write."""
from __future__ import annotations

import math
import re
import warnings

import matplotlib
import pytest

from vnnews import article_from_text, load_corpus, stats

matplotlib.use("Agg")

# pairs inside sentences: (quốc hội, họp) x3, (chính phủ, họp), (bộ chính trị, họp), (quốc hội, bàn)
COLLOCATION_TEXT = ("Tiêu đề\n\nQuốc hội họp. Quốc hội họp. Quốc hội họp. Chính phủ họp. Bộ Chính trị họp. "
                    "Quốc hội bàn.")


def test_collocations_match_hand_computed_scores() -> None:
    article = article_from_text(COLLOCATION_TEXT, doc_id="x")
    table = stats.collocations([article], min_count=1, stopwords=False).set_index(["w1", "w2"])
    # N = 6 pairs; quốc hội starts 4, họp ends 5, bàn ends 1
    pair = table.loc[("Quốc hội", "bàn")]
    assert (pair["count"], pair["w1_count"], pair["w2_count"]) == (1, 4, 1)
    assert pair["expected"] == pytest.approx(4 / 6, abs=1e-4)
    assert pair["pmi"] == pytest.approx(math.log2(1.5), abs=1e-3)  # 0.585
    # G2 = 2 (1 ln 1.5 + 3 ln(3 / (20/6)) + 0 + 2 ln(2 / (10/6))) = 0.908
    assert pair["log_likelihood"] == pytest.approx(0.908, abs=1e-3)
    assert pair["t_score"] == pytest.approx(1 / 3, abs=1e-3)
    often = table.loc[("Quốc hội", "họp")]
    assert often["pmi"] == pytest.approx(math.log2(3 / (20 / 6)), abs=1e-3)  # -0.152: less than chance


def test_collocation_min_count_and_stopwords() -> None:
    article = article_from_text(COLLOCATION_TEXT, doc_id="x")
    assert stats.collocations([article], min_count=3, stopwords=False)[["w1", "w2"]].values.tolist() == [["Quốc hội", "họp"]]
    assert stats.collocations([article], min_count=1, stopwords=["họp"])[["w1", "w2"]].values.tolist() == [["Quốc hội", "bàn"]]


def test_keyness_against_hand_computed_log_likelihood() -> None:
    a = article_from_text("Tiêu đề\n\nChính phủ họp. Chính phủ họp.", doc_id="a")
    b = article_from_text("Tiêu đề\n\nQuốc hội họp. Quốc hội họp. Quốc hội họp.", doc_id="b")
    table = stats.keyness([a, b], target="a", min_count=1).set_index("norm")
    row = table.loc["chính phủ"]
    # a=2, b=0, c=4, d=6: E1 = 0.8, G2 = 2 * 2 ln(2 / 0.8) = 3.665; log ratio = log2((2/4) / (0.5/6)) = 2.585
    assert row["log_likelihood"] == pytest.approx(4 * math.log(2.5), abs=1e-3)
    assert row["log_ratio"] == pytest.approx(math.log2(6), abs=1e-3)
    assert row["direction"] == "target"
    assert table.loc["quốc hội", "direction"] == "reference"
    assert table.loc["họp", "log_likelihood"] == pytest.approx(0.0, abs=1e-9)
    with pytest.raises(KeyError):
        stats.keyness([a, b], target="zz")


def test_frequencies_count_words_not_syllables(seeds_dir) -> None:
    corpus = load_corpus(seeds_dir)
    words = stats.frequencies(corpus).set_index("norm")
    assert words.loc["bộ chính trị", "count"] >= 4
    assert words.loc["tổ chức", "item"] == "tổ chức"
    assert "chính" not in words.index or words.loc["chính", "count"] < words.loc["bộ chính trị", "count"]
    syllables = stats.frequencies(corpus, unit="syllable").set_index("norm")
    assert "bộ chính trị" not in syllables.index and syllables.loc["chính", "count"] > words.loc["bộ chính trị", "count"]


def test_frequencies_options() -> None:
    a = article_from_text("Tiêu đề\n\nQuốc hội và Chính phủ họp. Quốc hội và các bộ họp.", doc_id="a")
    b = article_from_text("Tiêu đề\n\nQUỐC HỘI họp.", doc_id="b")
    freq = stats.frequencies([a, b]).set_index("norm")
    assert freq.loc["quốc hội", ["item", "count", "articles"]].tolist() == ["Quốc hội", 3, 2]
    assert freq.loc["quốc hội", "per_10k"] == pytest.approx(3 / 11 * 10_000, abs=0.01)  # 9 + 2 words in all
    without = stats.frequencies([a, b], stopwords=True).set_index("norm")
    assert "và" not in without.index and "các" not in without.index
    assert without.loc["quốc hội", "per_10k"] == freq.loc["quốc hội", "per_10k"]  # same denominator
    nouns = stats.frequencies([a, b], pos=["Np", "N"])
    assert "họp" not in set(nouns["norm"])
    per_article = stats.frequencies([a, b], per="article")
    assert per_article[per_article["norm"] == "quốc hội"][["doc_id", "count"]].values.tolist() == [["a", 2], ["b", 1]]
    assert "pos" in stats.frequencies([a], by_pos=True).columns


def test_ngrams_stay_inside_sentences_and_punctuation() -> None:
    a = article_from_text("Tiêu đề\n\nQuốc hội họp, Chính phủ họp. Quốc hội họp.", doc_id="a")
    table = stats.ngrams([a], n=2, min_count=1)
    assert table[["norm", "count"]].values.tolist() == [["quốc hội | họp", 2], ["chính phủ | họp", 1]]


def test_kwic_offsets_and_matching_across_spelling(seeds_dir) -> None:
    corpus = load_corpus(seeds_dir)
    hits = stats.kwic(corpus, "TỈNH ỦY")
    assert len(hits) == 6  # five "Tỉnh ủy" in the first seed, one "Tỉnh uỷ" in the second
    for row in hits.itertuples():
        assert corpus[row.doc_id].text[row.start : row.end] == row.match
    assert "Tỉnh uỷ" in set(hits["match"])
    assert stats.kwic(corpus, "Tỉnh ủy", parts=["caption"])["part"].tolist() == ["caption"]
    phrase = stats.kwic(corpus, "bộ   chính trị", width=20)
    assert len(phrase) >= 4 and set(phrase["match"]) == {"Bộ Chính trị"}
    assert stats.kwic(corpus, "chính tr").empty  # whole syllables only


def test_lexical_diversity_table() -> None:
    a = article_from_text("Tiêu đề\n\nQuốc hội họp. Quốc hội họp. Chính phủ họp.", doc_id="a")
    row = stats.lexical_diversity([a], window=2).iloc[0]
    assert (row["words"], row["types"], row["ttr"]) == (6, 3, 0.5)
    assert row["mattr"] == pytest.approx(1.0)  # every two-word window holds two different words


def test_dispersion_table(seeds_dir) -> None:
    table = stats.dispersion(load_corpus(seeds_dir), ["Quảng Nam", "tổ chức"]).set_index("term")
    assert table.loc["Quảng Nam", ["articles", "range", "dp_norm", "juilland_d"]].tolist() == [1, 0.5, 1.0, 0.0]
    assert table.loc["tổ chức", "dp"] < 0.1


def test_numbers_are_told_from_dates_years_and_codes() -> None:
    text = ("Tiêu đề\n\nSáng 1/7, có 11/11 đảng bộ và 2/3 số đại biểu; từ 24 đến 26-9-2020 đạt 94% và 20,5 phần trăm. "
            "Theo Nghị định 138/2020/NĐ-CP, năm 2020 có 1.234.567 người, nhiệm kỳ 2020 - 2025, lúc 18:40.")
    table = stats.numbers([article_from_text(text, doc_id="a")])
    assert table[["text", "kind", "value"]].values.tolist() == [
        ["11/11", "fraction", 1.0], ["2/3", "fraction", 0.666667], ["94%", "percentage", 94.0],
        ["20,5 phần trăm", "percentage", 20.5], ["1.234.567", "number", 1234567.0],
    ]


def test_number_consistency_flags_only_mismatches() -> None:
    text = ("Tiêu đề\n\nCó 14/67 đảng bộ hoàn thành đại hội (đạt 20,89%). Có 1/4 xã đạt chuẩn, tức 25%. "
            "Có 2/3 đại biểu tán thành (66,67%). Có 3/8 đơn vị (40%).")
    table = stats.number_consistency([article_from_text(text, doc_id="a")])
    assert table[["fraction", "percentage", "consistent"]].values.tolist() == [
        ["14/67", "20,89%", False], ["1/4", "25%", True], ["2/3", "66,67%", True], ["3/8", "40%", False]]
    assert table["note"].tolist()[0] == "truncated, not rounded (20.8955%)"
    assert table["note"].tolist()[3] == "37.5000%"


def test_sizes_per_article_and_corpus(seeds_dir) -> None:
    corpus = load_corpus(seeds_dir)
    per_article = stats.sizes(corpus)
    total = stats.sizes(corpus, per="corpus").iloc[0]
    assert total["words"] == per_article["words"].sum()
    assert total["word_types"] <= per_article["word_types"].sum()
    assert (per_article["syllables"] > per_article["words"]).all()  # words span several syllables
    empty = stats.sizes([])
    assert list(empty.columns)[:3] == ["doc_id", "paragraphs", "sentences"] and empty.empty


def test_plots_render_vietnamese_labels(seeds_dir) -> None:
    from vnnews import plots

    corpus = load_corpus(seeds_dir)
    assert plots.missing_glyphs("ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸĐđơưăâêô") == []
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph ... missing from font(s)"
        ax = plots.plot_top_words(stats.frequencies(corpus, stopwords=True), n=10)
        ax.figure.canvas.draw()
        assert "Trung ương" in [t.get_text() for t in ax.get_yticklabels()]
        assert ax.get_yticklabels()[0].get_fontfamily() == [plots.FONT]
        ax2 = plots.plot_sizes(stats.sizes(corpus))
        ax2.figure.canvas.draw()
        ax3 = plots.plot_dispersion(corpus, ["tổ chức", "Đại hội"])
        ax3.figure.canvas.draw()
        assert len(ax3.collections) == 2


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda a: stats.frequencies(a, unit="syllables"), "unit must be one of 'word', 'syllable', not 'syllables'"),
        (lambda a: stats.frequencies(a, per="articles"), "per must be one of 'corpus', 'article', not 'articles'"),
        (lambda a: stats.sizes(a, per="doc"), "per must be one of 'article', 'corpus', not 'doc'"),
        (lambda a: stats.lexical_diversity(a, per="doc"), "per must be one of 'article', 'corpus', not 'doc'"),
        (lambda a: stats.collocations(a, sort_by="g2"), "sort_by must be one of"),
    ],
)
def test_a_wrong_option_names_the_allowed_values(call, message) -> None:
    article = article_from_text(COLLOCATION_TEXT, doc_id="x")
    with pytest.raises(ValueError, match=re.escape(message)):
        call([article])
