"""Time expressions in the shapes news and public-health bulletins write them, anchors known only to
the month or the year, numbers that are never dates, and events, on sentences the tests write."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from vnnews import article_from_text
from vnnews.stats import dated_facts, numbers
from vnnews.time import article_timexes, bulk_date_range, events, temporal_expressions, timeline

DATELINE = "Tiêu đề\n\nThứ năm, 15/10/2020 - 08:30\n\n"


def tagged(text: str, **how) -> list[tuple[str, str, str, str]]:
    """(text, date_start, date_end, anchor) of every expression but the dateline."""
    article = article_from_text(text, doc_id=how.pop("doc_id", "t"), **how)
    return [(article.text[t.start : t.end], t.date_start.isoformat() if t.date_start else "",
             t.date_end.isoformat() if t.date_end else "", t.anchor) for t in article_timexes(article) if t.rule != "dateline"]


def spans_and_values(sentence: str) -> list[tuple[str, str, str]]:
    return [(text, a, b) for text, a, b, _ in tagged(DATELINE + sentence)]


# --------------------------------------------------------------------------- shapes of bare d/m
@pytest.mark.parametrize(("sentence", "expected"), [
    # after hôm, vào, từ, đến, sau, trước
    ("Bệnh nhân nhập viện hôm 4/3 và được xuất viện vào 3/4.",
     [("hôm 4/3", "2021-03-04", "2021-03-04"), ("3/4", "2021-04-03", "2021-04-03")]),
    ("Hôm nay 28-8, Sở Y tế thông báo thêm hai ca.", [("Hôm nay 28-8", "2020-08-28", "2020-08-28")]),
    ("Từ 3/10 đến nay, tỉnh đã tiêm hai triệu liều; sau 20/10 trường học mở cửa.",
     [("Từ 3/10 đến nay", "2020-10-03", "2020-10-15"), ("sau 20/10", "2020-10-20", "2020-10-20")]),
    # a list that goes on from a date, with words between its items
    ("Người này ra viện ngày 16-9, 17-9 dương tính lại, 18-9 âm tính.",
     [("ngày 16-9", "2020-09-16", "2020-09-16"), ("17-9", "2020-09-17", "2020-09-17"), ("18-9", "2020-09-18", "2020-09-18")]),
    ("Đoàn kiểm tra làm việc ngày 5/10/2019, 7/10 và 9/10.",
     [("ngày 5/10/2019", "2019-10-05", "2019-10-05"), ("7/10", "2019-10-07", "2019-10-07"), ("9/10", "2019-10-09", "2019-10-09")]),
    # a range whose first part is a bare day, and a list of days that writes the month once
    ("Lễ hội diễn ra từ ngày 9 đến 14-7-2020 tại Huế.", [("từ ngày 9 đến 14-7-2020", "2020-07-09", "2020-07-14")]),
    ("Các ngày 22, 23, 24/9, đoàn công tác làm việc tại tỉnh.", [("Các ngày 22, 23, 24/9", "2020-09-22", "2020-09-24")]),
    ("Kỳ họp diễn ra trong hai ngày 20 và 21/10.", [("ngày 20 và 21/10", "2020-10-20", "2020-10-21")]),
    # years in brackets, a list of terms
    ("Chiến lược phát triển (2015 - 2025) được thông qua.", [("2015 - 2025", "2015-01-01", "2025-12-31")]),
    ("Ông bị cách chức nhiệm kỳ 2015-2020 và 2020-2025.",
     [("nhiệm kỳ 2015-2020", "2015-01-01", "2020-12-31"), ("2020-2025", "2020-01-01", "2025-12-31")]),
    # month ranges, a clock time after a date, the end of the article's year
    ("Từ tháng 4/2020 đến 2/2021, nhóm này đăng 79 bài.", [("Từ tháng 4/2020 đến 2/2021", "2020-04-01", "2021-02-28")]),
    ("Lễ truy điệu lúc 7h30 ngày 2/10, di quan lúc 8h.",
     [("7h30 ngày 2/10", "2020-10-02", "2020-10-02"), ("8h", "2020-10-02", "2020-10-02")]),
    ("Dự án sẽ xong đến cuối năm.", [("đến cuối năm", "2020-01-01", "2020-12-31")]),
    ("Nhận hồ sơ từ 12h ngày 8/10 đến 17h ngày 9/10.", [("từ 12h ngày 8/10 đến 17h ngày 9/10", "2020-10-08", "2020-10-09")]),
    ("Đợt lao động hồi hương tháng 7, 10/2021 gây thiếu hụt.", [("tháng 7, 10/2021", "2021-07-01", "2021-10-31")]),
    ("Lễ truy điệu lúc 7h30 và lễ động quan lúc 8h, ngày 2/10.",
     [("7h30", "2020-10-02", "2020-10-02"), ("8h, ngày 2/10", "2020-10-02", "2020-10-02")]),
    ("Cuộc thi nhận tác phẩm từ ngày 23/3 cho đến hết 30/10.", [("từ ngày 23/3 cho đến hết 30/10", "2021-03-23", "2021-10-30")]),
    ("Bình thường phải đến tháng 10 hay 11 hàng năm miền Trung mới mưa to.", [("đến tháng 10 hay 11 hàng năm", "", "")]),
    ("Mùa sinh sản kéo dài từ tháng 4 đến tháng 10 hàng năm.", [("từ tháng 4 đến tháng 10 hàng năm", "", "")]),
    # a range of counts is one duration; "gần đây", "vừa qua", "trở lại đây" end it like "qua"
    ("Thường sau 4-5 ngày sẽ có kết quả; mấy năm nay khó khăn.", [("sau 4-5 ngày", "", ""), ("mấy năm nay", "", "")]),
    ("Trong 3 năm gần đây, số vụ tăng; 2-3 năm vừa qua giá giảm, 5 năm trở lại đây ổn định.",
     [("3 năm gần đây", "", ""), ("2-3 năm vừa qua", "", ""), ("5 năm trở lại đây", "", "")]),
    # working days are a unit; "làm việc" after hours is the work, not the unit
    ("Trong 5 ngày làm việc phải trả lời; sau hơn hai tiếng làm việc, đoàn rời đi.",
     [("5 ngày làm việc", "", ""), ("hơn hai tiếng", "", "")]),
    ("Sau 81 ngày đêm chiến đấu, quân ta thắng.", [("Sau 81 ngày đêm", "", "")]),
    ("Trung tâm bỏ hoang 3 năm nay; ni sư trụ trì từ những năm 1980.",
     [("3 năm nay", "", ""), ("từ những năm 1980", "1980-01-01", "1989-12-31")]),
    # a month (or a list of months) without a year in a habitual clause is any year's
    ("Việc xả lũ khiến dòng chảy mùa lũ (tháng 7, 8, 9) yếu đi. Tháng 7, đoàn đến.",
     [("tháng 7, 8, 9", "", ""), ("Tháng 7", "2020-07-01", "2020-07-31")]),
    # lunar dates are found but not converted; generic plurals carry no value
    ("Lễ hội diễn ra vào ngày 9-10/3 âm lịch; những năm sau vẫn tổ chức.",
     [("ngày 9-10/3 âm lịch", "", ""), ("những năm sau", "", "")]),
    ("Ngày 9/10, đoàn đến; 8h sáng, lễ khai mạc.", [("Ngày 9/10", "2020-10-09", "2020-10-09"), ("8h sáng", "2020-10-09", "2020-10-09")]),
])
def test_bulletin_shapes_are_found_with_their_values(sentence: str, expected: list) -> None:
    assert spans_and_values(sentence) == expected


# --------------------------------------------------------------------------- numbers that are never dates
NOT_DATES = [
    "Có 2/3 đại biểu tán thành, chiếm đến 2/3 số phiếu; từ 1/2 số xã trở lên đạt chuẩn.",  # fractions
    "Vào 3/4 số xã, người dân đã được tiêm.",  # a fraction after a date word
    "Với 480/484 đại biểu có mặt tán thành, 11/11 đảng bộ đạt; 12/12 ủy viên nhất trí.",  # vote counts
    "Đội tuyển dẫn trước 2-1 rồi thắng 3-1 trước Thái Lan.",  # scores
    "Tỷ số 3-0 (25-20, 25-12, 25-22) nghiêng về đội chủ nhà.",  # set scores
    "Theo Nghị định số 138/2020, Nghị định 138/2020/NĐ-CP, Quyết định 1737/QĐ-TTg và Kết luận 21-KL/TW.",  # documents
    "Thông tư 12/2020 hướng dẫn; lãi suất tăng 12,5% và 1.234 người tham gia.",  # a document, a percentage
    "Nút giao tại đường 23 Tháng 10 gần công viên 23/9 và cầu 2/9.",  # names of streets, parks, bridges
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_fractions_scores_votes_and_document_numbers_are_never_dates(sentence: str) -> None:
    assert spans_and_values(sentence) == []


def test_a_set_score_after_a_dated_sentence_start_is_no_date_list() -> None:
    assert spans_and_values("Tối 28-9, đội A thắng 3-0 (25-20, 25-12, 25-22).") == [("Tối 28-9", "2020-09-28", "2020-09-28")]


def test_document_numbers_are_neither_numbers_nor_dated_facts() -> None:
    article = article_from_text(DATELINE + "Ngày 30/9/2020, theo Nghị định số 138/2020 và Quyết định 1737/QĐ-TTg, "
                                "có 14/67 đảng bộ đạt 20,89%.", doc_id="t")
    found = numbers([article])
    assert found[["text", "kind"]].values.tolist() == [["14/67", "fraction"], ["20,89%", "percentage"]]
    facts = dated_facts([article])
    assert facts[["date_start", "figure"]].values.tolist() == [["2020-09-30", "14/67"], ["2020-09-30", "20,89%"]]


def test_one_dated_fact_per_figure_with_the_date_it_is_stated_for() -> None:
    article = article_from_text(DATELINE + "Đến ngày 30/6, có 14/67 đảng bộ xong; đến ngày 30/9, có 60/67 đảng bộ xong.",
                                doc_id="t")
    facts = dated_facts([article])
    assert facts[["date_start", "figure"]].values.tolist() == [["2020-06-30", "14/67"], ["2020-09-30", "60/67"]]


# --------------------------------------------------------------------------- anchors known to the year or month
def test_an_article_known_only_to_its_year_still_anchors_months_and_halves() -> None:
    text = "Báo cáo kinh tế\n\nTháng 6, sản lượng tăng; 6 tháng đầu năm đạt 50%, năm ngoái đạt 40%, tháng trước giảm."
    got = tagged(text, doc_id="bao-cao", path="corpus/vnexpress-2020/kinh_te/bao-cao.txt")
    assert got == [("Tháng 6", "2020-06-01", "2020-06-30", "document year"),
                   ("6 tháng đầu năm", "2020-01-01", "2020-06-30", "document year"),
                   ("năm ngoái", "2019-01-01", "2019-12-31", "document year"),
                   ("tháng trước", "", "", "")]  # the month is not known
    article = article_from_text(text, doc_id="bao-cao", path="corpus/vnexpress-2020/kinh_te/bao-cao.txt")
    assert (article.document_date.precision, article.date_source, article.date) == ("year", "folder name (year)", None)


def test_a_comparison_takes_the_period_named_in_an_earlier_paragraph() -> None:
    got = tagged(DATELINE + "Thu nhập bình quân quý I đạt 6,4 triệu đồng.\n\nSo với quý trước, số người thất nghiệp giảm.")
    assert got == [("quý I", "2020-01-01", "2020-03-31", "document date"),
                   ("quý trước", "2019-10-01", "2019-12-31", "compared period")]


def test_an_article_known_to_its_month_resolves_last_month_and_last_quarter() -> None:
    text = "Báo cáo\n\nCùng kỳ năm trước, xuất khẩu tăng. Tháng trước xuất khẩu tăng, quý trước giảm."
    assert tagged(text, doc_id="2020-06_bao-cao", path="2020-06_bao-cao.txt") == [
        ("Cùng kỳ năm trước", "2019-06-01", "2019-06-30", "document month"),
        ("Tháng trước", "2020-05-01", "2020-05-31", "document month"),
        ("quý trước", "2020-01-01", "2020-03-31", "document month")]


def test_metadata_dates_anchor_months_and_the_period_a_comparison_names() -> None:
    text = ("Kinh tế\n\nDoanh thu tháng 6 tăng 5% so với tháng trước và 12% so với cùng kỳ năm trước. "
            "Quý II tăng so với quý trước. 6 tháng đầu năm, thu ngân sách tăng 10% so với cùng kỳ.")
    got = tagged(text, published=dt.datetime(2025, 6, 28, 23, 43))
    assert got == [("tháng 6", "2025-06-01", "2025-06-30", "document date"),
                   ("tháng trước", "2025-05-01", "2025-05-31", "compared period"),
                   ("cùng kỳ năm trước", "2024-06-01", "2024-06-30", "compared period"),
                   ("Quý II", "2025-04-01", "2025-06-30", "document date"),
                   ("quý trước", "2025-01-01", "2025-03-31", "compared period"),
                   ("6 tháng đầu năm", "2025-01-01", "2025-06-30", "document date"),
                   ("cùng kỳ", "2024-01-01", "2024-06-30", "compared period")]


def test_relative_words_against_the_metadata_date() -> None:
    got = tagged("Tin\n\nHôm qua tỉnh họp; năm ngoái đạt 80%, tuần trước đạt 85%.", published=dt.date(2025, 6, 28))
    assert got == [("Hôm qua", "2025-06-27", "2025-06-27", "document date"),
                   ("năm ngoái", "2024-01-01", "2024-12-31", "document date"),
                   ("tuần trước", "2025-06-16", "2025-06-22", "document date")]


# --------------------------------------------------------------------------- events
def test_to_organise_is_a_trigger_only_as_a_verb_with_an_event() -> None:
    article = article_from_text(DATELINE + "Ngày 2/10, có 576 tổ chức đảng báo cáo. Ngày 3/10, Ban Tổ chức Trung ương họp. "
                                "Ngày 5/10, tỉnh tổ chức hội nghị. Ngày 6/10, Đại hội được tổ chức.", doc_id="t")
    table = events([article])
    assert table[["date_start", "trigger", "trigger_kind"]].values.tolist() == [
        ["2020-10-02", "", ""], ["2020-10-03", "họp", "meeting"], ["2020-10-05", "tổ chức", "meeting"],
        ["2020-10-06", "đại hội", "meeting"]]


def test_terms_of_office_and_birth_years_date_no_event_but_a_session_and_its_communique_do() -> None:
    article = article_from_text(
        DATELINE + "Theo thông cáo tối 8/10, tại kỳ họp (ngày 5-8/10), Ủy ban cảnh cáo Ban Thường vụ nhiệm kỳ 2015-2020, "
        "2020-2025. Ông A, sinh năm 1970, bị kỷ luật. Trong nhiệm kỳ 2016-2021, Hội đồng tổ chức 20 kỳ họp.", doc_id="t")
    table = events([article])
    assert table[["date_start", "date_end", "expression"]].values.tolist() == [
        ["2020-10-08", "2020-10-08", "tối 8/10"], ["2020-10-05", "2020-10-08", "ngày 5-8/10"],
        ["2016-01-01", "2021-12-31", "nhiệm kỳ 2016-2021"]]


def test_baselines_ages_and_schedules_date_no_event() -> None:
    article = article_from_text(
        DATELINE + "So với quý trước, số người thất nghiệp giảm. Họa sĩ năm nay 79 tuổi. Hai vụ va chạm xảy ra trong "
        "cùng một buổi chiều. Tàu xuất phát lúc 21h40 chủ nhật. Phố đi bộ mở từ 19h thứ sáu hàng tuần.", doc_id="t")
    assert events([article]).empty


def test_days_later_count_from_the_last_day_of_a_happening_not_from_a_target_date() -> None:
    got = spans_and_values("Tại phiên họp hôm 12/10, hội đồng thống nhất tăng lương từ ngày 1/11. "
                           "Hai hôm sau, các hiệp hội kiến nghị lùi thời điểm.")
    assert got == [("hôm 12/10", "2020-10-12", "2020-10-12"), ("từ ngày 1/11", "2020-11-01", "2020-11-01"),
                   ("Hai hôm sau", "2020-10-14", "2020-10-14")]


def test_a_document_date_in_the_lead_is_not_the_article_date() -> None:
    text = "Tiêu đề\n\nQua 10 năm thực hiện Kết luận số 72 ngày 17/5/2010, Bộ Chính trị đánh giá cao."
    article = article_from_text(text, doc_id="x", path="vnexpress-2022/thoi_su/x.txt")
    assert (article.date, article.date_source) == (None, "folder name (year)")


def test_past_bounds_and_plan_horizons_date_no_event_but_a_vision_clause_does() -> None:
    article = article_from_text(
        DATELINE + "Nghĩa trang xây trước năm 1975. Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 đã được "
        "phê duyệt ngày 29/12/2019. Tầm nhìn đến năm 2050, tỉnh trở thành tỉnh công nghiệp. Dự án hoàn thành trước "
        "năm 2025.", doc_id="t")
    assert events([article])[["date_start", "expression"]].values.tolist() == [
        ["2019-12-29", "ngày 29/12/2019"], ["2050-01-01", "Tầm nhìn đến năm 2050"], ["2025-01-01", "trước năm 2025"]]


def test_the_year_in_a_law_s_name_dates_no_event() -> None:
    article = article_from_text(DATELINE + "Luật Đất đai năm 2013 có hiệu lực từ ngày 1/7/2014. Năm 2019, tỉnh sáp nhập.",
                                doc_id="t")
    assert events([article])[["date_start", "expression"]].values.tolist() == [
        ["2014-07-01", "từ ngày 1/7/2014"], ["2019-01-01", "Năm 2019"]]


def test_a_year_gives_way_to_a_day_that_falls_in_it() -> None:
    article = article_from_text(DATELINE + "Năm 2020, ngày 9/10, tỉnh khánh thành cầu.", doc_id="t")
    assert events([article])[["date_start", "expression"]].values.tolist() == [["2020-10-09", "ngày 9/10"]]


def test_bulk_date_range_leaves_a_distant_date_out() -> None:
    text = DATELINE + " ".join(f"Ngày {d}/10, tỉnh họp." for d in range(1, 15)) + " Năm 1975, tỉnh được giải phóng."
    line = timeline([article_from_text(text, doc_id="t")])
    bulk = bulk_date_range(line)
    assert (bulk.start, bulk.end) == (dt.date(2020, 10, 1), dt.date(2020, 10, 14))
    assert bulk.outliers["expression"].tolist() == ["Năm 1975"]
    with pytest.raises(ValueError, match="quantiles"):
        bulk_date_range(line, lower=0.9, upper=0.1)


# --------------------------------------------------------------------------- linear time
def test_many_dates_in_one_text_are_read_in_linear_time() -> None:
    """20,000 dates in one paragraph: the quadratic selection and number checks took minutes."""
    article = article_from_text(DATELINE + "ngày 1/10 " * 20000, doc_id="many")
    table = temporal_expressions([article])
    assert len(table) == 20001
    assert (table["date_start"].iloc[1:] == "2020-10-01").all()
    assert numbers([article]).empty  # every 1/10 is a date, none a fraction
    assert len(events([article])) == 1


def test_timex_table_offsets_hold_for_every_shape() -> None:
    text = DATELINE + "\n\n".join(s for s in NOT_DATES) + "\n\nNgười này ra viện ngày 16-9, 17-9, 18-9 âm tính."
    article = article_from_text(text, doc_id="t")
    table = temporal_expressions([article])
    assert isinstance(table, pd.DataFrame)
    assert all(article.text[a:b] == t for a, b, t in zip(table["start"], table["end"], table["text"]))
    assert table["text"].tolist()[1:] == ["ngày 16-9", "17-9", "18-9"]


# --------------------------------------------------------------------------- read 6: weeks, hours, titles of works
def test_the_past_week_is_the_seven_days_up_to_the_article_date() -> None:
    # 15/10/2020 is a Thursday: "tuần qua" is 9-15/10, "tuần trước" the calendar week before (5-11/10)
    assert spans_and_values("Tuần qua, giá vàng tăng; tuần trước giá giảm.") == [
        ("Tuần qua", "2020-10-09", "2020-10-15"), ("tuần trước", "2020-10-05", "2020-10-11")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # "trước N giờ" is a clock time; "sau N giờ" is one only for an afternoon or evening hour
    ("Cửa hàng đóng cửa trước 22 giờ.", [("trước 22 giờ", "2020-10-15", "2020-10-15")]),
    ("Hãng hủy các chuyến bay sau 20 giờ.", [("sau 20 giờ", "2020-10-15", "2020-10-15")]),
    ("Sau 2 giờ, xe cứu hộ đến.", [("Sau 2 giờ", "", "")]),
    ("Sau 24 giờ, bệnh nhân tỉnh lại.", [("Sau 24 giờ", "", "")]),
])
def test_hours_after_before_and_after_are_clock_times_or_durations(sentence: str, expected: list) -> None:
    assert spans_and_values(sentence) == expected


def test_a_month_inside_a_capitalised_title_is_no_date() -> None:
    found = spans_and_values("Rạp chiếu lại phim Bao Giờ Cho Đến Tháng Mười. Trong Tháng Mười, rạp đông khách.")
    assert found == [("Tháng Mười", "2020-10-01", "2020-10-31")]
