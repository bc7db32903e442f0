"""Time expressions of economic reports and narratives on sentences the tests write: comparisons with the
period a sentence names after them, lists of quarters, years and months, tail words that say which side
of the article's date a year-less date lies on, spans of years and dates in brackets, and numbers that
only look like dates."""
from __future__ import annotations

import datetime as dt

import pytest

from vnnews import article_from_text
from vnnews.stats import dated_facts
from vnnews.time import article_timexes

#: published on Tuesday 5 April 2022, 09:00 (a crawl's metadata)
PUBLISHED = dt.datetime(2022, 4, 5, 9, 0)


def tagged(sentence: str, **how) -> list[tuple[str, str, str, str]]:
    """(text, date_start, date_end, anchor) of every time expression of an article published on 5 April 2022."""
    how.setdefault("published", PUBLISHED)
    article = article_from_text("Tin\n\n" + sentence, doc_id=how.pop("doc_id", "t"), **how)
    return [(article.text[t.start : t.end], t.date_start.isoformat() if t.date_start else "",
             t.date_end.isoformat() if t.date_end else "", t.anchor) for t in article_timexes(article)]


def values(sentence: str, **how) -> list[tuple[str, str, str]]:
    return [(text, a, b) for text, a, b, _ in tagged(sentence, **how)]


# --------------------------------------------------------------------------- comparisons
def test_same_period_takes_the_period_its_sentence_names_after_it() -> None:
    assert tagged("Xuất khẩu tăng 12% so với cùng kỳ năm trước trong 3 tháng đầu năm.") == [
        ("cùng kỳ năm trước", "2021-01-01", "2021-03-31", "compared period"),
        ("3 tháng đầu năm", "2022-01-01", "2022-03-31", "document date")]
    assert tagged("So với cùng kỳ năm ngoái, lượng khách 3 tháng đầu năm tăng gấp đôi.")[0] == (
        "cùng kỳ năm ngoái", "2021-01-01", "2021-03-31", "compared period")


def test_a_period_of_the_same_sentence_beats_one_of_an_earlier_sentence() -> None:
    assert values("Doanh thu tháng 2 giảm. Xuất khẩu tăng 5% so với cùng kỳ trong tháng 3.") == [
        ("tháng 2", "2022-02-01", "2022-02-28"), ("cùng kỳ", "2021-03-01", "2021-03-31"), ("tháng 3", "2022-03-01", "2022-03-31")]
    assert values("Doanh thu quý I đạt 10 tỷ đồng. So với quý trước, doanh thu quý II tăng.") == [
        ("quý I", "2022-01-01", "2022-03-31"), ("quý trước", "2022-01-01", "2022-03-31"), ("quý II", "2022-04-01", "2022-06-30")]


def test_a_day_after_a_comparison_is_when_it_was_said_not_what_it_compares() -> None:
    assert values("Xuất khẩu tăng so với cùng kỳ, theo báo cáo ngày 4/4.") == [
        ("cùng kỳ", "2021-04-05", "2021-04-05"), ("ngày 4/4", "2022-04-04", "2022-04-04")]


# --------------------------------------------------------------------------- lists
def test_a_list_of_quarters_is_one_expression_from_the_first_to_the_last() -> None:
    assert values("Quý I và II, giá giảm; quý III, IV/2021 tăng; quý III và quý IV năm 2020 giảm.") == [
        ("Quý I và II", "2022-01-01", "2022-06-30"), ("quý III, IV/2021", "2021-07-01", "2021-12-31"),
        ("quý III và quý IV năm 2020", "2020-07-01", "2020-12-31")]


def test_a_list_of_years_is_one_expression_per_year_but_amounts_are_no_years() -> None:
    assert values("Luật được sửa vào năm 2009 và 2019; các năm 2019, 2020 và 2021 tăng trưởng.") == [
        ("năm 2009", "2009-01-01", "2009-12-31"), ("2019", "2019-01-01", "2019-12-31"),
        ("năm 2019", "2019-01-01", "2019-12-31"), ("2020", "2020-01-01", "2020-12-31"), ("2021", "2021-01-01", "2021-12-31")]
    assert values("Năm 2020, 2021 tỷ đồng được chi; năm 2021, 2022 người tham gia.") == [
        ("Năm 2020", "2020-01-01", "2020-12-31"), ("năm 2021", "2021-01-01", "2021-12-31")]


def test_a_list_of_months_without_a_year_takes_the_year_nearest_the_article_date() -> None:
    assert values("Tháng 3 và 4, trời khô; tháng 1, tháng 2 mưa; tháng 11 hoặc 12 sẽ họp.") == [
        ("Tháng 3 và 4", "2022-03-01", "2022-04-30"), ("tháng 1, tháng 2", "2022-01-01", "2022-02-28"),
        ("tháng 11 hoặc 12", "2021-11-01", "2021-12-31")]
    # a count after the comma ends the month: "in March, 4 people"
    assert values("Trong tháng 3, 4 người tử vong.") == [("tháng 3", "2022-03-01", "2022-03-31")]


# --------------------------------------------------------------------------- which side of the article's date
def test_tail_words_say_which_side_of_the_article_date_a_year_less_date_lies_on() -> None:
    assert values("Tháng 3 vừa qua, tỉnh họp; tháng 3 tới sẽ thi; tháng 4 này khô; ngày 2/4 tới khai mạc; "
                  "hôm 6/4 vừa qua ông đến; từ 5/4 tới nay mưa.") == [
        ("Tháng 3 vừa qua", "2022-03-01", "2022-03-31"), ("tháng 3 tới", "2023-03-01", "2023-03-31"),
        ("tháng 4 này", "2022-04-01", "2022-04-30"), ("ngày 2/4 tới", "2023-04-02", "2023-04-02"),
        ("hôm 6/4 vừa qua", "2021-04-06", "2021-04-06"), ("từ 5/4 tới nay", "2022-04-05", "2022-04-05")]


def test_tails_in_an_article_known_to_its_month() -> None:
    got = tagged("Tháng 12 vừa qua, xuất khẩu tăng; tháng 7 tới dự kiến giảm.", published=None, doc_id="2022-06_bao-cao",
                 path="2022-06_bao-cao.txt")
    assert got == [("Tháng 12 vừa qua", "2021-12-01", "2021-12-31", "document month"),
                   ("tháng 7 tới", "2022-07-01", "2022-07-31", "document month")]


def test_the_ten_day_thirds_of_a_month_are_in_the_month() -> None:
    assert values("Trung tuần tháng 3, tỉnh họp; hạ tuần tháng 4 thi; thượng tuần tháng 5 mưa.") == [
        ("Trung tuần tháng 3", "2022-03-01", "2022-03-31"), ("hạ tuần tháng 4", "2022-04-01", "2022-04-30"),
        ("thượng tuần tháng 5", "2022-05-01", "2022-05-31")]


# --------------------------------------------------------------------------- brackets and ranges
def test_spans_of_years_in_brackets_are_found_whatever_their_length() -> None:
    assert values("Lễ kỷ niệm 50 năm chiến thắng (1972-2022) và 75 năm ngày thành lập (1945 - 2020); ông A (1950-2021) "
                  "là đại biểu.") == [
        ("50 năm", "", ""), ("1972-2022", "1972-01-01", "2022-12-31"), ("75 năm", "", ""),
        ("1945 - 2020", "1945-01-01", "2020-12-31"), ("1950-2021", "1950-01-01", "2021-12-31")]


def test_a_range_of_whole_dates_needs_no_opening_word() -> None:
    assert values("Kỷ niệm 92 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2022); hồ sơ nộp 1/1-31/3/2022.") == [
        ("92 năm", "", ""), ("3/2/1930 - 3/2/2022", "1930-02-03", "2022-02-03"),
        ("1/1-31/3/2022", "2022-01-01", "2022-03-31")]


def test_a_named_revolution_is_no_month() -> None:
    assert values("Cách mạng Tháng Tám thành công; tháng Tám năm nay, tỉnh họp.") == [
        ("tháng Tám năm nay", "2022-08-01", "2022-08-31")]


# --------------------------------------------------------------------------- never dates
@pytest.mark.parametrize("sentence", [
    "Sau 2-1 ở hiệp một, đội nhà gỡ hòa 2-2.",  # a score after "sau"
    "Từ 1/2 đến 2/3 số hộ đã có điện.",  # a fraction to a fraction
    "Sau 1/2 nhiệm kỳ, trước 1/3 thời hạn, đến 3/4 khối lượng công trình đã xong.",  # fractions of a measure
])
def test_scores_and_fractions_after_date_words_are_no_dates(sentence: str) -> None:
    assert values(sentence) == []


def test_the_year_of_a_document_number_is_no_duration() -> None:
    assert values("Theo Nghị định số 15/2022 ngày 1/2, giá điện tăng.") == [("ngày 1/2", "2022-02-01", "2022-02-01")]


def test_fractions_after_date_words_are_no_dated_facts() -> None:
    article = article_from_text("Tin\n\nNgày 4/4, từ 1/2 đến 2/3 số hộ đã có điện; đến 3/4 khối lượng đã xong.",
                                doc_id="t", published=PUBLISHED)
    facts = dated_facts([article])
    assert facts[["date_start", "figure"]].values.tolist() == [
        ["2022-04-04", "1/2"], ["2022-04-04", "2/3"], ["2022-04-04", "3/4"]]


# --------------------------------------------------------------------------- linear time
def test_long_runs_of_list_like_words_are_read_in_linear_time() -> None:
    """10,000 month lists in one paragraph: the unbounded "hàng năm" pattern rescanned the run from every month,
    and a clause without punctuation within reach ran back to the start of the text (minutes; now seconds)."""
    article = article_from_text("Tin\n\n" + "tháng 3 và 4 mưa, " * 10000, doc_id="many", published=PUBLISHED)
    found = article_timexes(article)
    assert len(found) == 10000 and {(t.date_start, t.date_end) for t in found} == {(dt.date(2022, 3, 1), dt.date(2022, 4, 30))}


# ----------------------------------------------------------------------------- precision read 2
def test_nam_ngoai_is_the_writers_last_year_even_in_a_comparison() -> None:
    assert values("Năm 2021, doanh thu tăng 10% so với năm ngoái.") == [
        ("Năm 2021", "2021-01-01", "2021-12-31"), ("năm ngoái", "2021-01-01", "2021-12-31")]
    # năm trước after "so với" is the year before the period the sentence names
    assert values("Tháng 2, giá tăng 3% so với tháng trước.")[1] == ("tháng trước", "2022-01-01", "2022-01-31")


def test_a_duration_of_two_units_is_one_expression() -> None:
    article = article_from_text("Tin\n\nBị cáo lĩnh 4 năm 6 tháng tù; đám cháy được dập sau 2 giờ 30 phút.", doc_id="t",
                                published=PUBLISHED)
    assert [(article.text[t.start : t.end], t.value) for t in article_timexes(article)] == [
        ("4 năm 6 tháng", "P4Y6M"), ("sau 2 giờ 30 phút", "PT2H30M")]


def test_a_range_of_clock_times_is_one_expression_on_its_day() -> None:
    assert values("Khoảng 23h đến 23h30 ngày 2/4, lực lượng chức năng có mặt. Từ 8h - 11h ngày 3/4, đoàn làm việc.") == [
        ("Khoảng 23h đến 23h30 ngày 2/4", "2022-04-02", "2022-04-02"), ("Từ 8h - 11h ngày 3/4", "2022-04-03", "2022-04-03")]


def test_a_part_of_the_day_that_ends_a_word_is_no_time() -> None:
    assert values("Hàng nghìn ngọn nến được thắp sáng qua các tuyến phố. Sáng qua, đoàn đến thăm.") == [
        ("Sáng qua", "2022-04-04", "2022-04-04")]


def test_days_later_count_from_the_last_day_unless_the_story_moved_to_another_month() -> None:
    assert values("Ngày 20/3, ông A bị bắt. Đầu tháng 9/2019, ông đến Hà Nội. Ba ngày sau, ông bị phát hiện. Ngày 1/4, tòa xử. "
                  "Hai ngày sau, ông kháng cáo.") == [
        ("Ngày 20/3", "2022-03-20", "2022-03-20"), ("Đầu tháng 9/2019", "2019-09-01", "2019-09-30"), ("Ba ngày sau", "", ""),
        ("Ngày 1/4", "2022-04-01", "2022-04-01"), ("Hai ngày sau", "2022-04-03", "2022-04-03")]


def test_a_range_up_to_now_ends_on_the_articles_date() -> None:
    assert values("Từ đầu tháng 3 đến nay, giá tăng mạnh. Kể từ năm 2020 tới nay, tỉnh đã xây 5 cầu.") == [
        ("Từ đầu tháng 3 đến nay", "2022-03-01", "2022-04-05"), ("Kể từ năm 2020 tới nay", "2020-01-01", "2022-04-05")]
    # known only to the year, the article's date ends no range
    assert values("Từ tháng 3 đến nay, giá tăng.", published=None, doc_id="t")[0][0] == "Từ tháng 3"


def test_a_clock_time_before_a_relative_part_of_the_day_is_on_that_day() -> None:
    assert values("Ngày 2/4, mưa lớn. Tính đến 9h sáng nay, nước đã rút. Lúc 10h sáng qua, đoàn đến.") == [
        ("Ngày 2/4", "2022-04-02", "2022-04-02"), ("đến 9h sáng nay", "2022-04-05", "2022-04-05"),
        ("10h sáng qua", "2022-04-04", "2022-04-04")]


def test_a_vague_count_before_a_relative_word_is_no_last_month() -> None:
    assert values("Mấy tháng trước, ông đến. Vài năm trước, họ gặp nhau. Tháng trước, bà về.") == [
        ("Tháng trước", "2022-03-01", "2022-03-31")]


def test_two_durations_joined_by_va_stay_two() -> None:
    article = article_from_text("Tin\n\nTòa phạt bị cáo A 18 tháng và bị cáo B 12 tháng tù; C lĩnh 18 tháng và 12 tháng.",
                                doc_id="t", published=PUBLISHED)
    assert [(article.text[t.start : t.end], t.value) for t in article_timexes(article)] == [
        ("18 tháng", "P18M"), ("12 tháng", "P12M"), ("18 tháng", "P18M"), ("12 tháng", "P12M")]
