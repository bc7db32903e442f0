"""Spans and values of time expressions on sentences the tests write: a preposition before a date is
no part of it (``vào ngày 31/3`` is ``ngày 31/3``), a clock time and the day it is on are one expression
(``Khoảng 18h cùng ngày``, ``9h ngày 1/7``), and a count of years, months, weeks or days before
``trước``/``sau``/after ``cách đây`` is a date (``hơn 10 năm trước``, ``Ba năm sau``)."""
from __future__ import annotations

import datetime as dt

from vnnews import article_from_text
from vnnews.time import article_timexes

#: published on Tuesday 5 April 2022, 09:00 (a crawl's metadata)
PUBLISHED = dt.datetime(2022, 4, 5, 9, 0)


def tagged(sentence: str) -> list[tuple[str, str, str, str]]:
    """(text, type, date_start, date_end) of every time expression of an article published on 5 April 2022."""
    article = article_from_text("Tin\n\n" + sentence, doc_id="t", published=PUBLISHED)
    return [(article.text[t.start : t.end], t.type, t.date_start.isoformat() if t.date_start else "",
             t.date_end.isoformat() if t.date_end else "") for t in article_timexes(article)]


# --------------------------------------------------------------------------- prepositions
def test_a_preposition_before_a_date_is_not_part_of_it() -> None:
    assert tagged("Hội nghị diễn ra vào ngày 31/3 tại Hà Nội.") == [("ngày 31/3", "DATE", "2022-03-31", "2022-03-31")]
    assert tagged("Dự án sẽ hoàn thành vào năm 2024.") == [("năm 2024", "DATE", "2024-01-01", "2024-12-31")]
    assert tagged("Tàu sẽ cập cảng vào cuối tháng 5.") == [("cuối tháng 5", "DATE", "2022-05-01", "2022-05-31")]


def test_a_preposition_before_a_duration_or_a_clock_time_is_not_part_of_it() -> None:
    assert tagged("Kết quả xét nghiệm có trong 24 giờ.") == [("24 giờ", "DURATION", "", "")]
    assert tagged("Ngày 2/4, đoàn xuất phát vào lúc 9h.") == [
        ("Ngày 2/4", "DATE", "2022-04-02", "2022-04-02"), ("9h", "TIME", "2022-04-02", "2022-04-02")]
    assert tagged("Doanh thu trong 3 tháng đầu năm tăng 5%.")[0][0] == "3 tháng đầu năm"


def test_ranges_and_deadlines_keep_their_words() -> None:
    assert [t[0] for t in tagged("Hội chợ diễn ra từ ngày 26/10 đến 29/10, hồ sơ nộp trước 9/4.")] == [
        "từ ngày 26/10 đến 29/10", "trước 9/4"]


# --------------------------------------------------------------------------- a clock time on its day
def test_a_clock_time_and_the_day_after_it_are_one_expression_valued_as_that_day() -> None:
    assert tagged("Ngày 2/4, xe gặp nạn. Khoảng 18h cùng ngày, đoàn cứu hộ đến.") == [
        ("Ngày 2/4", "DATE", "2022-04-02", "2022-04-02"), ("Khoảng 18h cùng ngày", "TIME", "2022-04-02", "2022-04-02")]
    assert tagged("Khoảng 22h hôm qua, một đám cháy xảy ra.") == [
        ("Khoảng 22h hôm qua", "TIME", "2022-04-04", "2022-04-04")]
    assert tagged("Hội nghị khai mạc 9h ngày 1/7.") == [("9h ngày 1/7", "TIME", "2022-07-01", "2022-07-01")]


def test_a_day_and_the_clock_time_after_it_are_one_expression() -> None:
    assert tagged("Ngày 1/7 lúc 9h, các đại biểu có mặt.") == [("Ngày 1/7 lúc 9h", "TIME", "2022-07-01", "2022-07-01")]
    assert tagged("Sáng 3/4, vào lúc 9h30, đoàn đến.") == [("Sáng 3/4, vào lúc 9h30", "TIME", "2022-04-03", "2022-04-03")]


def test_a_clock_time_apart_from_a_day_stays_apart() -> None:
    assert [t[0] for t in tagged("Lúc 8h, đoàn xuất phát và đến nơi ngày 2/4.")] == ["8h", "ngày 2/4"]


# --------------------------------------------------------------------------- a count before trước / sau
def test_a_count_ago_is_a_date_before_the_articles_date() -> None:
    assert tagged("Ông cho biết hơn 10 năm trước, xã còn nghèo.") == [("hơn 10 năm trước", "DATE", "2012-01-01", "2012-12-31")]
    assert tagged("Cách đây 3 tháng, dự án khởi công.") == [("Cách đây 3 tháng", "DATE", "2022-01-01", "2022-01-31")]
    assert tagged("Hai ngày trước, ông đến xã.") == [("Hai ngày trước", "DATE", "2022-04-03", "2022-04-03")]


def test_a_count_later_is_a_date_after_the_date_named_before_it() -> None:
    assert tagged("Năm 2005, ông vào Đảng. Ba năm sau, ông làm giám đốc.") == [
        ("Năm 2005", "DATE", "2005-01-01", "2005-12-31"), ("Ba năm sau", "DATE", "2008-01-01", "2008-12-31")]
    assert tagged("Tháng 11/2021, vụ án được khởi tố; 2 tháng sau, bị can ra đầu thú.")[1] == (
        "2 tháng sau", "DATE", "2022-01-01", "2022-01-31")


def test_a_count_in_a_duration_stays_a_duration() -> None:
    assert tagged("Năm 2005, ông vào Đảng. Sau 3 năm học tập, ông về quê.")[1] == ("Sau 3 năm", "DURATION", "", "")
    assert tagged("Trong 10 năm trước, xã còn nghèo.") == [("10 năm trước", "DURATION", "", "")]
    assert tagged("Ông nghỉ hưu 2 năm trước khi dự án khởi công.")[0][1] == "DURATION"
    assert tagged("Ông giữ chức suốt 20 năm sau khi tốt nghiệp.") == [("suốt 20 năm", "DURATION", "", "")]
