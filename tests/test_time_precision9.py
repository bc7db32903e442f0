"""Time rules from the ninth precision read of real exports: months written as words (``tháng Năm`` is May, the
lunar ``tháng Giêng``, ``tháng Chạp``), a clause that looks ahead puts a year-less date after the article's, a part of
the day with ``nay``/``qua``/``mai`` and its clock time, clock times of any day, ranges of durations, the term of a
body is no date; and what dates no event: the date of a report's or a contest's name, a forecast, a plan's horizon.
Every sentence is written for the test."""
from __future__ import annotations

import datetime as dt

import pytest

from test_time_shapes import DATELINE, spans_and_values, tagged
from vnnews import article_from_text
from vnnews.time import events
from vnnews.time.expressions import article_timexes

#: an article of 15 March 2022
MARCH = "Tiêu đề\n\nThứ ba, 15/3/2022 - 08:30\n\n"


def in_march(sentence: str) -> list[tuple[str, str, str]]:
    return [(text, a, b) for text, a, b, _ in tagged(MARCH + sentence)]


def rows(text: str, **how) -> list[tuple[str, str, str, str]]:
    """(text, type, value, date_start) of every expression but the dateline."""
    article = article_from_text(text, doc_id="t", **how)
    return [(article.text[t.start : t.end], t.type, t.value, t.date_start.isoformat() if t.date_start else "")
            for t in article_timexes(article) if t.rule != "dateline"]


# --------------------------------------------------------------------------- 1. months written as words
@pytest.mark.parametrize(("sentence", "expected"), [
    # "tháng Năm" is May, not "Năm sau" (next year)
    ("Hồi đầu tháng Năm sau đợt lũ, ông A trở về quê.", [("đầu tháng Năm", "2020-05-01", "2020-05-31")]),
    ("Tháng Năm, ông A nghỉ hưu.", [("Tháng Năm", "2020-05-01", "2020-05-31")]),
    ("Ngày 5 tháng năm năm 2019, ông A đến.", [("Ngày 5 tháng năm năm 2019", "2019-05-05", "2019-05-05")]),
    ("Ngày 5 tháng năm, ông A đến.", [("Ngày 5 tháng năm", "2020-05-05", "2020-05-05")]),
    ("Cuối tháng Mười Một, đoàn đến tỉnh.", [("Cuối tháng Mười Một", "2020-11-01", "2020-11-30")]),
    # lunar months: dates with no value, never a year
    ("Tháng Chạp năm 2018, người dân báo tin cho công an.", [("Tháng Chạp năm 2018", "", "")]),
    ("Lễ hội mở vào ngày mùng 1 tháng Giêng.", [("ngày mùng 1 tháng Giêng", "", "")]),
    ("Lễ hội mở vào mồng 1 tháng hai âm lịch.", [("mồng 1 tháng hai âm lịch", "", "")]),
    # no month: date of birth, a count of times, a street's name
    ("Phiếu ghi họ tên, ngày tháng năm sinh của người khai.", []),
    ("Cứ ba tháng một lần, hai người đến dỡ lưới.", [("ba tháng", "", "")]),
    ("Tuyến đi qua đường Cách Mạng Tháng Tám - Ba Tháng Hai.", []),
    ("Tháng ba lần đầu tiên tỉnh tổ chức lễ hội.", [("Tháng ba", "2021-03-01", "2021-03-31")]),
])
def test_months_written_as_words(sentence: str, expected: list) -> None:
    assert spans_and_values(sentence) == expected


# --------------------------------------------------------------------------- 2. a clause that looks ahead
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Cao tốc dự kiến khởi công cuối tháng 11.", [("cuối tháng 11", "2022-11-01", "2022-11-30")]),
    ("Theo lộ trình, dự án khởi công ngày 10/12.", [("ngày 10/12", "2022-12-10", "2022-12-10")]),
    ("Quốc hội sẽ khai mạc kỳ họp bất thường từ ngày 5 đến 8/1.", [("từ ngày 5 đến 8/1", "2023-01-05", "2023-01-08")]),
    ("Tỉnh phấn đấu hoàn thành dự án trong tháng 10 và tháng 11.",
     [("tháng 10 và tháng 11", "2022-10-01", "2022-11-30")]),
    # a date just past, a past marker between, a future word after the date: as near the article's date as it is
    ("Dự án dự kiến khởi công cuối tháng 2 nhưng chậm.", [("cuối tháng 2", "2022-02-01", "2022-02-28")]),
    ("Ông A sẽ báo cáo vụ việc đã xảy ra ngày 10/1.", [("ngày 10/1", "2022-01-10", "2022-01-10")]),
    ("Ngày 10/1, ông A cho biết dự án sẽ hoàn thành.", [("Ngày 10/1", "2022-01-10", "2022-01-10")]),
    ("Tháng 11, cao tốc thông xe.", [("Tháng 11", "2021-11-01", "2021-11-30")]),
])
def test_a_clause_that_looks_ahead_puts_a_year_less_date_after_the_article(sentence: str, expected: list) -> None:
    assert in_march(sentence) == expected


# --------------------------------------------------------------------------- 3. parts of the day with nay / qua / mai
def test_parts_of_the_day_with_nay_qua_mai_take_the_articles_day() -> None:
    assert in_march("Sáng nay mưa; trưa nay nắng; chiều nay họp; tối nay chiếu phim.") == [
        ("Sáng nay", "2022-03-15", "2022-03-15"), ("trưa nay", "2022-03-15", "2022-03-15"),
        ("chiều nay", "2022-03-15", "2022-03-15"), ("tối nay", "2022-03-15", "2022-03-15")]
    assert in_march("Sáng qua mưa, tối qua có gió, đêm qua lạnh.") == [
        ("Sáng qua", "2022-03-14", "2022-03-14"), ("tối qua", "2022-03-14", "2022-03-14"),
        ("đêm qua", "2022-03-14", "2022-03-14")]


def test_a_clock_time_before_a_part_of_the_day_with_nay_qua_mai_is_one_expression() -> None:
    assert rows(MARCH + "Vào 8h sáng mai, hội nghị khai mạc.") == [("8h sáng mai", "TIME", "2022-03-16T08:00", "2022-03-16")]
    # an article whose date is not known: one expression all the same, with its clock time and no day
    assert rows("Tiêu đề\n\nĐò bị lật lúc 21h30 đêm qua, hai người mất tích.") == [("21h30 đêm qua", "TIME", "T21:30", "")]


# --------------------------------------------------------------------------- 4. clock times of any day
def test_a_habitual_clock_time_has_no_day() -> None:
    assert rows(DATELINE + "Nồng độ bụi thường cao nhất lúc 9h.") == [("9h", "TIME", "T09:00", "")]
    assert rows(DATELINE + "Đội thường đi tuần từ 5h30 tới 7h.") == [("từ 5h30 tới 7h", "TIME", "T05:30/T07:00", "")]
    assert rows(DATELINE + "Hằng ngày, anh dậy lúc 6h để cho gà ăn.") == [("Hằng ngày", "SET", "P1D", ""), ("6h", "TIME", "T06:00", "")]
    # a day's clock time stays that day's
    assert rows(DATELINE + "Lúc 9h, Thường trực Tỉnh ủy họp.") == [("9h", "TIME", "2020-10-15T09:00", "2020-10-15")]


# --------------------------------------------------------------------------- 5. ranges of durations
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Mỗi chuyến bay mất thêm từ 60 đến 120 phút.", [("từ 60 đến 120 phút", "DURATION", "PT120M", "")]),
    ("Bị cáo đối mặt mức án từ 2 đến 7 năm tù.", [("từ 2 đến 7 năm", "DURATION", "P7Y", "")]),
    ("Người lao động làm thêm từ 201 đến 250 giờ.", [("từ 201 đến 250 giờ", "DURATION", "PT250H", "")]),
    ("Chuyến đi kéo dài 2 đến 5 ngày.", [("2 đến 5 ngày", "DURATION", "P5D", "")]),
    # a range of days written in words is a range of dates
    ("Từ ngày 23 đến 27 tháng 6 năm 2019, đoàn thăm tỉnh.",
     [("Từ ngày 23 đến 27 tháng 6 năm 2019", "DATE", "2019-06-23/2019-06-27", "2019-06-23")]),
])
def test_a_range_of_durations_is_one_expression(sentence: str, expected: list) -> None:
    assert rows(DATELINE + sentence) == expected


def test_a_range_of_hours_of_the_day_is_no_duration() -> None:
    assert all(t != "DURATION" for _, t, _, _ in rows(DATELINE + "Lớp học mở từ 7 đến 9 giờ tối."))


# --------------------------------------------------------------------------- 6. the term of a body is no date
@pytest.mark.parametrize("sentence", [
    "Quốc hội khóa 15 họp kỳ họp thứ 5.",
    "Đại biểu Quốc hội khóa XIV tiếp xúc cử tri.",
    "Đại hội lần thứ 13 của Hội Nông dân tỉnh thành công.",  # any body's congress, not the Party's
    "Đại hội XX của đảng bạn được tổ chức.",  # a congress the table does not know
])
def test_ordinals_of_bodies_and_congresses_are_no_dates(sentence: str) -> None:
    assert spans_and_values(sentence) == []


def test_the_partys_congress_keeps_its_dates() -> None:
    assert spans_and_values("Đại hội XIII của Đảng thành công tốt đẹp.") == [
        ("Đại hội XIII của Đảng", "2021-01-25", "2021-02-01")]


# --------------------------------------------------------------------------- 7-8. what dates no event
PUBLISHED = dt.datetime(2025, 6, 28, 20, 0)


def dated(text: str) -> list[list[str]]:
    article = article_from_text("Tiêu đề\n\n" + text, doc_id="t", published=PUBLISHED)
    return events([article])[["date_start", "expression"]].values.tolist()


def test_the_date_of_a_reports_or_a_contests_name_dates_no_event() -> None:
    assert dated("Giá vàng hôm nay 30/6/2025: giá tiếp tục giảm.") == []
    assert dated("Mời bạn đọc theo dõi Bản tin cuối ngày 27-6 của báo tỉnh.") == []
    assert dated("Ban giám khảo trao vương miện cho Hoa hậu Biển Đảo Việt Nam năm 2025.") == []
    # a happening of the same words: a verb between the noun and its date, or no capital
    assert dated("Giá vàng tăng mạnh ngày 27/6.") == [["2025-06-27", "ngày 27/6"]]
    assert dated("Ngân hàng giảm lãi suất ngày 27/6.") == [["2025-06-27", "ngày 27/6"]]
    assert dated("Tối 27/6, chung kết Hoa hậu Biển Đảo Việt Nam 2025 diễn ra tại Hạ Long.") == [["2025-06-27", "Tối 27/6"]]


def test_a_forecast_dates_no_event() -> None:
    assert dated("Ngày 30/6, Bắc Bộ có khả năng xảy ra mưa lớn.") == []
    assert dated("Đợt nắng nóng có thể kéo dài đến ngày 3/7.") == []
    assert dated("Ngày 27/6, Bắc Bộ có mưa lớn.") == [["2025-06-27", "Ngày 27/6"]]
    # a possibility in a clause of its own says nothing of the day
    assert dated("Ngày 28/6, ông A mãn hạn tù nhưng bị bác đơn do có khả năng tái phạm.") == [["2025-06-28", "Ngày 28/6"]]


def test_a_plans_horizon_dates_no_event_past_or_not() -> None:
    assert dated("Theo quy hoạch sử dụng đất đến năm 2020, khu này là đất rừng.") == []
    assert dated("Chiến lược phát triển ngành đến năm 2020 được thực hiện tốt.") == []
    assert dated("Đến năm 2020, tỉnh đã hoàn thành 10 dự án.") == [["2020-01-01", "Đến năm 2020"]]
