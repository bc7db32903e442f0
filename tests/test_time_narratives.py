"""Time rules from the eighth precision read and the studied gold: a day or month written without a year in
a paragraph that tells of an earlier year is that year's, an amount is no month, the period a figure is
higher or lower than and a term with no happening in its sentence date no event. Every sentence is written
for the test (the article's date is 15/10/2020)."""
from __future__ import annotations

import pytest

from test_time_ranges_and_habits import dated
from test_time_shapes import DATELINE, tagged


def values(text: str) -> list[tuple[str, str, str]]:
    return [(span, start, anchor) for span, start, _, anchor in tagged(DATELINE + text)]


def test_a_day_without_a_year_in_a_story_of_an_earlier_year_is_that_years() -> None:
    text = "Đầu năm 1967, không quân Mỹ ném bom miền Bắc. Ngày 19/5, đơn vị bắn rơi 6 máy bay."
    assert values(text) == [("Đầu năm 1967", "1967-01-01", "explicit"), ("Ngày 19/5", "1967-05-19", "narrative date")]
    # the end of a year: the next 17/1 is the next year's, and the story goes on from there
    text = "Cuối năm 2018, A nhờ B tìm người. Ngày 17/1, B bay vào Cần Thơ. Tháng 5, A bị bắt."
    assert values(text)[1:] == [("Ngày 17/1", "2019-01-17", "narrative date"), ("Tháng 5", "2019-05-01", "narrative date")]


@pytest.mark.parametrize("text", [
    "Năm 2017, ông A bị kỷ luật. Ngày 2/10, ông A được thả.",        # a day near the article's date is of its time
    "Năm 2017, ông A bị kỷ luật.\nNgày 17/1, ông A được thả.",       # a new paragraph leaves the story
    "Luật được thông qua năm 2013, sẽ được sửa tại kỳ họp khai mạc ngày 17/1.",  # the year does not open the sentence
])
def test_a_day_stays_with_the_articles_date_outside_such_a_story(text: str) -> None:
    assert values(text)[-1][1:] in (("2020-10-02", "document date"), ("2021-01-17", "document date"))


def test_a_number_of_money_after_a_month_word_is_an_amount() -> None:
    assert values("Anh làm giám sát kinh doanh, lương tháng 12 triệu đồng, thưởng tháng 3 triệu.") == []
    assert values("Tháng 12 năm ngoái, anh nghỉ việc.") == [("Tháng 12 năm ngoái", "2019-12-01", "document date")]


def test_the_period_a_figure_is_higher_or_lower_than_dates_no_event() -> None:
    assert dated("Tuổi thọ trung bình năm 2019 cao hơn năm 2016 là 0,6 tuổi.") == [["2019-01-01", "năm 2019"]]


def test_a_term_dates_a_happening_only_with_a_trigger_word() -> None:
    assert dated("Giai đoạn 2016-2020, quan hệ hợp tác giữa hai nước tiếp tục được củng cố.") == []
    assert dated("Giai đoạn 2016-2020, tỉnh tổ chức 12 hội nghị xúc tiến đầu tư.")[0][0] == "2016-01-01"


def test_a_clause_that_looks_ahead_is_of_the_articles_time() -> None:
    text = "Năm 2017, hãng mua 10 máy bay. Dự kiến trong tháng 7, hãng sẽ nhận thêm hai chiếc."
    # and, looking ahead from an article of October 2020, the July to come (not the July already past)
    assert values(text)[-1] == ("tháng 7", "2021-07-01", "document date")
    # "đồng" after a date opens "đồng loạt", "đồng thời": no amount
    assert values("Buổi chiều 30-9 đồng loạt 9 phường tổ chức lễ.") == [("Buổi chiều 30-9", "2020-09-30", "document date")]
