"""Time rules from the fifth development gold and the seventh precision read: the two ends of a range of
different shapes are one range, a month written as a word after a day, a number before a date word
is no street number, habitual words not inside the words that hold them; and what dates no event: a
clock time of any day, a speaker's "hôm nay", the period a figure is compared with. Every sentence is
written for the test."""
from __future__ import annotations

import pytest

from test_time_shapes import DATELINE, spans_and_values
from vnnews import article_from_text
from vnnews.time import events


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Theo cáo trạng, từ năm 2012 đến 8/2017, các bị cáo chiếm đoạt tiền.",
     [("từ năm 2012 đến 8/2017", "2012-01-01", "2017-08-31")]),
    ("Tiến cho biết từ năm 2014 đến cuối năm 2019 ở nước ngoài.",
     [("từ năm 2014 đến cuối năm 2019", "2014-01-01", "2019-12-31")]),
    ("Từ năm 2016 đến tháng 9/2019, có 13.000 người vi phạm.",
     [("Từ năm 2016 đến tháng 9/2019", "2016-01-01", "2019-09-30")]),
    ("Từ ngày 1/3/2020 đến tháng 5/2021, ông A làm giám đốc.",
     [("Từ ngày 1/3/2020 đến tháng 5/2021", "2020-03-01", "2021-05-31")]),
    # no range across a comma, nor from a date that no "từ" opens
    ("Kể từ ngày 1/7/2020, đến ngày 5/7/2020 ông A mới về.",
     [("Kể từ ngày 1/7/2020", "2020-07-01", "2020-07-01"), ("đến ngày 5/7/2020", "2020-07-05", "2020-07-05")]),
    ("Năm 2015 ông A làm giám đốc đến năm 2019.",
     [("Năm 2015", "2015-01-01", "2015-12-31"), ("đến năm 2019", "2019-01-01", "2019-12-31")]),
    ("Ngày 5 tháng Mười năm 2020, ông A đến.", [("Ngày 5 tháng Mười năm 2020", "2020-10-05", "2020-10-05")]),
    # "Thường vụ" and "bất thường" say nothing of how often: the month is this year's
    ("Dự án được trình Thường vụ Quốc hội tại phiên họp tháng 11.", [("tháng 11", "2020-11-01", "2020-11-30")]),
    ("Đợt mưa lũ bất thường cuối tháng 10 gây thiệt hại.", [("cuối tháng 10", "2020-10-01", "2020-10-31")]),
    ("Mùa lũ thường kéo dài từ tháng 9 đến tháng 11.", [("từ tháng 9 đến tháng 11", "", "")]),
])
def test_ranges_month_words_and_habits(sentence: str, expected: list) -> None:
    assert spans_and_values(sentence) == expected


def dated(text: str) -> list[list[str]]:
    return events([article_from_text(DATELINE + text, doc_id="t")])[["date_start", "expression"]].values.tolist()


def test_a_clock_time_of_any_day_dates_no_event() -> None:
    assert dated("Nồng độ bụi thường cao nhất lúc 9h, người dân cần tránh ra đường.") == []
    assert dated("Tour diễn ra vào các ngày thứ 4, thứ 7, chủ nhật hằng tuần, từ 18 giờ 30 đến 21 giờ.") == []
    assert dated("Lúc 9h, Thường trực Tỉnh ủy họp.") == [["2020-10-15", "9h"]]


def test_a_speakers_today_dates_no_event_but_the_writers_does() -> None:
    text = "Ông A nói: “Hôm nay, đất nước đã mở ra rất nhiều cánh cửa”. Sáng nay, ông B khai mạc hội nghị."
    assert dated(text) == [["2020-10-15", "Sáng nay"]]


def test_the_period_a_figure_is_compared_with_a_few_words_after_so_voi_dates_no_event() -> None:
    assert dated("Giá gạo ở mức 383 USD/tấn, giảm so với mức 387 USD/tấn của tuần trước.") == []
    assert dated("Tuần trước, giá gạo tăng mạnh.") == [["2020-10-05", "Tuần trước"]]


def test_an_expected_month_or_year_dates_no_event_but_a_scheduled_day_does() -> None:
    assert dated("Công trình dự kiến khởi công năm 2021 và hoàn thành năm 2023.") == []
    assert dated("Quốc hội khai mạc ngày 20/10, dự kiến bế mạc ngày 18/11.") == [
        ["2020-10-20", "ngày 20/10"], ["2020-11-18", "ngày 18/11"]]
    assert dated("Năm 2019, tỉnh dự kiến thu 5 tỷ đồng.") == [["2019-01-01", "Năm 2019"]]  # a past year stays


def test_the_year_in_a_white_papers_name_dates_no_event() -> None:
    assert dated("Việt Nam tiếp tục nguyên tắc bốn không theo Sách trắng Quốc phòng Việt Nam năm 2019.") == []
