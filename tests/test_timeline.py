"""The temporal tagger, events and the timeline, on sentences the tests write."""
from __future__ import annotations

import datetime as dt

import pytest

from vnnews import article_from_text, load_corpus
from vnnews.stats import dated_facts
from vnnews.time import article_timexes, events, political_event, temporal_expressions, timeline

DATELINE = "Tiêu đề\n\nThứ năm, 15/10/2020 - 08:30\n\n"


def tagged(sentence: str, head: str = DATELINE) -> list[tuple[str, str, str, str]]:
    article = article_from_text(head + sentence, doc_id="t")
    out = []
    for t in article_timexes(article):
        if t.rule == "dateline":
            continue
        out.append((article.text[t.start : t.end], t.type, t.date_start.isoformat() if t.date_start else "",
                    t.date_end.isoformat() if t.date_end else ""))
    return out


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ngày 2-10-2020, hội nghị khai mạc.", [("Ngày 2-10-2020", "DATE", "2020-10-02", "2020-10-02")]),
        ("Sáng 1/7, Ban Tổ chức họp.", [("Sáng 1/7", "DATE", "2020-07-01", "2020-07-01")]),
        # a date without a year takes the year nearest the article's date (15/10/2020)
        ("Chiều thứ ba (20/1), đoàn về nước.", [("Chiều thứ ba (20/1)", "DATE", "2021-01-20", "2021-01-20")]),
        ("Từ 24 đến 26-9-2020, đại hội diễn ra.", [("Từ 24 đến 26-9-2020", "DATE", "2020-09-24", "2020-09-26")]),
        ("Kỳ họp diễn ra từ ngày 26/10 đến 29/10.", [("từ ngày 26/10 đến 29/10", "DATE", "2020-10-26", "2020-10-29")]),
        ("Ủy ban họp ngày 2-4/3.", [("ngày 2-4/3", "DATE", "2021-03-02", "2021-03-04")]),
        ("Báo cáo 6 tháng đầu năm 2020 và quý II/2020.",
         [("6 tháng đầu năm 2020", "DATE", "2020-01-01", "2020-06-30"), ("quý II/2020", "DATE", "2020-04-01", "2020-06-30")]),
        ("Triển khai nhiệm vụ 3 tháng cuối năm.", [("3 tháng cuối năm", "DATE", "2020-10-01", "2020-12-31")]),
        ("Đại hội nhiệm kỳ 2020 - 2025, giai đoạn 2021-2025.",
         [("nhiệm kỳ 2020 - 2025", "DATE", "2020-01-01", "2025-12-31"), ("giai đoạn 2021-2025", "DATE", "2021-01-01", "2025-12-31")]),
        ("Chỉ tiêu tháng 1-2021 và tháng 6/2019.",
         [("tháng 1-2021", "DATE", "2021-01-01", "2021-01-31"), ("tháng 6/2019", "DATE", "2019-06-01", "2019-06-30")]),
        ("Nộp hồ sơ trước 9/4, chậm nhất ngày 30/6.",
         [("trước 9/4", "DATE", "2021-04-09", "2021-04-09"), ("chậm nhất ngày 30/6", "DATE", "2020-06-30", "2020-06-30")]),
        ("Hôm nay hội nghị bế mạc; hôm qua đoàn đến, năm ngoái tỉnh đạt 94%.",
         [("Hôm nay", "DATE", "2020-10-15", "2020-10-15"), ("hôm qua", "DATE", "2020-10-14", "2020-10-14"),
          ("năm ngoái", "DATE", "2019-01-01", "2019-12-31")]),
        ("Ngày 12/10, quyết định được trao và có hiệu lực cùng ngày.",
         [("Ngày 12/10", "DATE", "2020-10-12", "2020-10-12"), ("cùng ngày", "DATE", "2020-10-12", "2020-10-12")]),
        ("Tuần trước, đoàn làm việc 3 ngày.",
         [("Tuần trước", "DATE", "2020-10-05", "2020-10-11"), ("3 ngày", "DURATION", "", "")]),
        ("Kiểm điểm hàng năm và báo cáo trước ngày 31/1 hằng năm.",
         [("hàng năm", "SET", "", ""), ("trước ngày 31/1 hằng năm", "SET", "", "")]),
        ("Chuẩn bị Đại hội XIII của Đảng và bầu cử Quốc hội khóa XV.",
         [("Đại hội XIII của Đảng", "DATE", "2021-01-25", "2021-02-01")]),  # a body's term is no time expression
    ],
)
def test_recognition_and_values(sentence: str, expected: list) -> None:
    assert tagged(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Có 14/67 đảng bộ hoàn thành đại hội (đạt 20,89%).",
    "Cụ thể, 576/576 tổ chức đảng và 11/11 đảng bộ cấp huyện tổ chức thành công.",
    "Theo Nghị định 138/2020/NĐ-CP và Quyết định 1737/QĐ-TTg, 2/3 đại biểu tán thành.",
    "Tỷ lệ đạt 12,5% và 1.234 người tham gia.",
])
def test_numbers_that_only_look_like_dates_are_refused(sentence: str) -> None:
    assert tagged(sentence) == []


def test_dateline_is_a_time_expression() -> None:
    article = article_from_text(DATELINE + "Hội nghị khai mạc.", doc_id="t")
    table = temporal_expressions([article])
    row = table.iloc[0]
    assert (row["text"], row["type"], row["value"], row["date_start"]) == (
        "Thứ năm, 15/10/2020 - 08:30", "TIME", "2020-10-15T08:30", "2020-10-15")
    assert all(article.text[a:b] == t for a, b, t in zip(table["start"], table["end"], table["text"]))


def test_without_an_article_date_year_less_dates_stay_unresolved() -> None:
    assert tagged("Chiều 16/3, phiên chất vấn diễn ra.", head="Tiêu đề\n\n") == [("Chiều 16/3", "DATE", "", "")]


def test_political_events_table() -> None:
    assert political_event("party_congress", "XIV") == (dt.date(2026, 1, 19), dt.date(2026, 1, 23))
    assert political_event("plenum", "12/XII") == (dt.date(2020, 5, 11), dt.date(2020, 5, 11))
    assert political_event("party_congress", "XX") is None


def test_events_keep_the_most_precise_date_and_name_who_and_what() -> None:
    article = article_from_text(
        DATELINE + "Từ 24 đến 26-9-2020, Đại hội Đảng bộ tỉnh Bắc Ninh nhiệm kỳ 2020 - 2025 được tổ chức. "
        "Ngày 31/12/2021, ông Phan Văn A bị khởi tố. Mục tiêu đến năm 2030, tỉnh đạt chuẩn.", doc_id="t")
    table = events([article])
    assert table[["date_start", "date_end", "precision", "trigger_kind"]].values.tolist() == [
        ["2020-09-24", "2020-09-26", "days", "meeting"],
        ["2021-12-31", "2021-12-31", "day", "legal"],
    ]  # the target (Mục tiêu đến năm 2030) dates no happening
    assert table.loc[1, "participants"] == ["Phan Văn A"]
    assert table.loc[0, "places"] == ["Bắc Ninh"]
    for row in table.itertuples():
        assert article.text[row.start : row.end] == row.text
        assert article.text[row.expression_start : row.expression_end] == row.expression


def test_timeline_groups_one_happening_reported_twice() -> None:
    a = article_from_text("Tiêu đề\n\nNgày 15/3/2022, Ban Bí thư khai trừ ông Phan Mạnh Cường khỏi Đảng.", doc_id="a")
    b = article_from_text("Tiêu đề\n\nÔng Phan Mạnh Cường bị khai trừ Đảng, ngày 15/3/2022.\n\n"
                          "Ngày 20/8/2021, Ủy ban Kiểm tra họp.", doc_id="b")
    line = timeline([a, b])
    assert line["date_start"].tolist() == ["2021-08-20", "2022-03-15", "2022-03-15"]
    assert line["happening"].tolist() == [1, 2, 2]
    assert line.loc[1, "doc_ids"] == ["a", "b"] and line.loc[1, "sources"] == 2


def test_dated_facts_on_the_seeds(seeds_dir) -> None:
    facts = dated_facts(load_corpus(seeds_dir))
    row = facts[facts["figure"] == "14/67"].iloc[0]
    assert (row["date_start"], row["kind"]) == ("2020-09-30", "fraction")
    assert "20,89%" in set(facts["figure"])


def test_timeline_figure_renders_days_as_points_and_intervals_as_bars(seeds_dir) -> None:
    import warnings

    import matplotlib

    matplotlib.use("Agg")
    from vnnews import plots

    line = timeline(load_corpus(seeds_dir))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ax = plots.plot_timeline(line, lane="doc_id")
        ax.figure.canvas.draw()
    # one lane per article, the article with the most events first
    counts = line["doc_id"].value_counts()
    assert [t.get_text() for t in ax.get_yticklabels()] == sorted(counts.index, key=lambda d: (-counts[d], d))
    days = (line["date_start"] == line["date_end"]).sum()
    assert sum(len(c.get_offsets()) for c in ax.collections) == days
    assert len(ax.patches) > 0
