"""Statistics by metadata: one outlet or period against the rest, words and names over time."""
from __future__ import annotations

import pytest

from vnnews import article_from_text, plots, stats


def corpus() -> list:
    texts = {
        "a": "Tiêu đề\n\nTTXVN - Ngày 2/3/2022, Quốc hội họp về ngân sách. Quốc hội thông qua nghị quyết ngân sách.",
        "b": "Tiêu đề\n\nTTXVN - Ngày 9/3/2022, Quốc hội họp về ngân sách và đầu tư công.",
        "c": "Tiêu đề\n\nVNA - Ngày 5/4/2022, Chính phủ họp về phòng chống dịch. Chính phủ chỉ đạo các tỉnh.",
        "d": "Tiêu đề\n\nVNA - Ngày 6/4/2022, Chính phủ họp với tỉnh Quảng Nam về dịch bệnh.",
        "e": "Tiêu đề\n\nHội nghị không ghi ngày, Chính phủ họp.",
    }
    return [article_from_text(text, doc_id=doc_id) for doc_id, text in texts.items()]


def test_articles_are_grouped_by_outlet_and_by_month() -> None:
    articles = corpus()
    assert stats.article_groups(articles, by="outlet").to_dict() == {"a": "TTXVN", "b": "TTXVN", "c": "VNA", "d": "VNA",
                                                                     "e": None}
    assert stats.article_groups(articles, by="month").to_dict() == {"a": "2022-03", "b": "2022-03", "c": "2022-04",
                                                                    "d": "2022-04", "e": None}
    with pytest.raises(ValueError, match="by must be one of 'outlet', 'category', 'year', 'month', not 'week'"):
        stats.article_groups(articles, by="week")


def test_keyness_of_one_outlet_against_the_rest() -> None:
    table = stats.group_keyness(corpus(), by="outlet", group="TTXVN", min_count=2)
    top = table[table["direction"] == "target"]["norm"].tolist()
    assert top[:2] == ["quốc hội", "ngân sách"] or top[:2] == ["ngân sách", "quốc hội"]
    assert (table.attrs["target_articles"], table.attrs["reference_articles"]) == (2, 3)
    with pytest.raises(ValueError, match="no article has outlet 'Dân trí'"):
        stats.group_keyness(corpus(), by="outlet", group="Dân trí")


def test_words_per_month_with_zero_counts_and_undated_articles_counted() -> None:
    table = stats.frequencies_over_time(corpus(), terms=["Quốc hội", "chính phủ"])
    counts = table.set_index(["period", "norm"])["count"].to_dict()
    assert counts == {("2022-03", "quốc hội"): 3, ("2022-03", "chính phủ"): 0,
                      ("2022-04", "quốc hội"): 0, ("2022-04", "chính phủ"): 3}
    assert table.attrs["undated_articles"] == 1
    march = table[(table["period"] == "2022-03") & (table["norm"] == "quốc hội")].iloc[0]
    assert march["per_10k"] == round(3 * 10_000 / march["period_words"], 2)
    ax = plots.plot_over_time(table)
    assert [line.get_label() for line in ax.get_lines()] == ["Quốc hội", "Chính phủ"]


def test_names_per_month() -> None:
    table = stats.mentions_over_time(corpus(), labels=["ORG"])
    rows = table[["period", "name", "mentions", "articles"]].values.tolist()
    assert ["2022-03", "Quốc hội", 3, 2] in rows and ["2022-04", "Chính phủ", 3, 2] in rows
