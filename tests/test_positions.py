"""Who held which office when, from titles dated by their articles."""
from __future__ import annotations

import pandas as pd

from vnnews import article_from_text, entities

ARTICLES = {
    "a2019": "Tiêu đề\n\nNgày 3/5/2019, Bí thư Tỉnh ủy Hòa Bình Nguyễn Văn Quang làm việc với Ủy ban Kiểm tra Trung ương.",
    "a2020": "Tiêu đề\n\nNgày 12/7/2020, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Hòa Bình Nguyễn Văn Quang dự hội nghị.",
    "a2021": "Tiêu đề\n\nNgày 8/4/2021, Bộ trưởng Bộ Nội vụ Nguyễn Văn Quang tiếp đoàn. "
             "Bí thư Tỉnh ủy Hòa Bình Bùi Văn Khánh cũng dự.",
    "a2022": "Tiêu đề\n\nNgày 2/3/2022, nguyên Bí thư Tỉnh ủy Hòa Bình Nguyễn Văn Quang phát biểu. "
             "Quyền Giám đốc Sở Tài chính tỉnh Hòa Bình Lê Thị Mai báo cáo.",
}


def corpus() -> list:
    return [article_from_text(text, doc_id=doc_id) for doc_id, text in ARTICLES.items()]


def test_each_office_is_dated_by_its_first_and_last_report_with_its_spans() -> None:
    articles = corpus()
    table = entities.positions(articles).set_index(["person", "office"])
    row = table.loc[("Nguyễn Văn Quang", "Bí thư Tỉnh ủy Hòa Bình")]
    assert (row["first_date"], row["last_date"]) == (pd.Timestamp("2019-05-03"), pd.Timestamp("2022-03-02"))
    assert row["doc_ids"] == ["a2019", "a2020", "a2022"] and row["reports"] == 3
    texts = {a.doc_id: a.text for a in articles}
    assert [texts[d][s:e] for d, s, e in row["spans"]] == ["Bí thư Tỉnh ủy Hòa Bình", "Bí thư Tỉnh ủy",
                                                          "nguyên Bí thư Tỉnh ủy Hòa Bình"]
    # one of three reports says "nguyên": the office is not flagged former as a whole
    assert not row["former"]


def test_a_change_of_office_links_the_offices_before_and_after() -> None:
    table = entities.positions(corpus()).set_index(["person", "office"])
    minister = table.loc[("Nguyễn Văn Quang", "Bộ trưởng Bộ Nội vụ")]
    assert minister["previous_office"] == ["Chủ tịch Hội đồng nhân dân tỉnh Hòa Bình"]
    assert minister["concurrent"] == ["Bí thư Tỉnh ủy Hòa Bình"]  # reported over 2019-2022, overlapping 2021
    council = table.loc[("Nguyễn Văn Quang", "Chủ tịch Hội đồng nhân dân tỉnh Hòa Bình")]
    assert council["next_office"] == ["Bộ trưởng Bộ Nội vụ"]


def test_acting_and_former_flags() -> None:
    table = entities.positions(corpus()).set_index(["person", "office"])
    assert table.loc[("Lê Thị Mai", "Giám đốc Sở Tài chính tỉnh Hòa Bình"), "acting"]
    government = article_from_text("Tiêu đề\n\nNgày 2/3/2022, đại diện chính quyền Giám đốc Sở Y tế Lê Văn Tâm dự.",
                                   doc_id="x")
    assert not entities.positions([government])["acting"].any()  # "chính quyền" is the government, not "acting"
    only_former = entities.positions([corpus()[3]]).set_index(["person", "office"])
    assert only_former.loc[("Nguyễn Văn Quang", "Bí thư Tỉnh ủy Hòa Bình"), "former"]


def test_holders_of_an_office_in_order_of_first_report() -> None:
    holders = entities.office_holders(corpus(), "bí thư tỉnh ủy hoà bình")
    assert holders["person"].tolist() == ["Nguyễn Văn Quang", "Bùi Văn Khánh"]
    assert holders["first_date"].dt.year.tolist() == [2019, 2021]


def test_a_short_form_of_an_office_counts_as_the_fuller_one_it_begins() -> None:
    a = article_from_text("Tiêu đề\n\nNgày 3/5/2021, Giám đốc Công ty Cổ phần Đại Nam Nguyễn Phương Hằng phát biểu. "
                          "Ngày 4/5/2021, Giám đốc Nguyễn Phương Hằng trả lời.", doc_id="a")
    table = entities.positions([a])
    assert table[["office", "reports"]].values.tolist() == [["Giám đốc Công ty Cổ phần Đại Nam", 2]]
