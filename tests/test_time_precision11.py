"""Event precision from the eleventh precision read: the year that says which edition of an exam, contest or programme
is meant (``kỳ thi tốt nghiệp THPT năm 2022``, ``cuộc thi năm nay``) dates no happening; nor do the periods of the two
figures of a change (``giảm từ 0,2% tháng trước xuống còn 0,05% tháng này``), nor a relative day in a turn of a
dialogue written with dashes, a part of the day its paragraph does not date, a report's period, a futures contract's
month, a date a schedule is moved from, a sentence opening with a condition, or a relative expression counted from an
article's date that is a recalled one. ``tháng 6 cùng năm`` is in the year of the date the article named last.
Every sentence is written for the test."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from vnnews import article_from_text
from vnnews.time import events
from vnnews.time.anchors import counts_from_a_recalled_date
from vnnews.time.expressions import article_timexes

#: an article of 15 March 2022
MARCH = "Tiêu đề\n\nThứ ba, 15/3/2022 - 08:30\n\n"


def dated(text: str, **kwargs) -> list[tuple[str, str, str]]:
    """(expression, date_start, date_end) of every event of an article."""
    table = events([article_from_text(text, doc_id="t", **kwargs)])
    return [tuple(r) for r in table[["expression", "date_start", "date_end"]].values.tolist()]


# --------------------------------------------------------------------------- 1. editions
@pytest.mark.parametrize("sentence", [
    "Kỳ thi tốt nghiệp THPT năm 2022 có hơn một triệu thí sinh đăng ký dự thi.",
    "Cuộc thi năm nay thu hút gần 500 bài dự thi của học sinh trong tỉnh.",
    'Chương trình "Mùa hè xanh" năm 2022 huy động hơn 3.000 sinh viên.',
])
def test_the_year_of_an_edition_s_name_is_no_event(sentence: str) -> None:
    assert dated(MARCH + sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Cuộc thi được tổ chức lần đầu vào năm 2019 tại Huế.", [("năm 2019", "2019-01-01", "2019-12-31")]),
    ("Hội thi năm 2021 diễn ra ngày 5/12 tại nhà văn hóa huyện.", [("ngày 5/12", "2021-12-05", "2021-12-05")]),
])
def test_a_year_after_a_verb_or_a_preposition_still_dates_the_edition(sentence: str, expected: list) -> None:
    assert dated(MARCH + sentence) == expected


# --------------------------------------------------------------------------- 2. figures of a change
def test_the_periods_of_the_figures_of_a_change_are_no_events() -> None:
    text = MARCH + "Tỷ lệ hộ nghèo giảm từ 0,2% tháng trước xuống còn 0,05% tháng này.\n\nTháng trước, giá xăng giảm còn 20.000 đồng."
    assert dated(text) == [("Tháng trước", "2022-02-01", "2022-02-28")]


# --------------------------------------------------------------------------- 3. dialogue
def test_a_relative_day_in_a_turn_of_a_dialogue_is_no_event() -> None:
    text = ("Truyện ngắn\n\nAnh về muộn. - Con ngủ chưa em? - Chiều nay tụi nhỏ chạy chơi nhiều nên mệt.\n\n"
            "Chiều nay, Ủy ban nhân dân huyện họp bàn về phòng chống lũ.")
    assert dated(text, published=dt.date(2025, 6, 28)) == [("Chiều nay", "2025-06-28", "2025-06-28")]


# --------------------------------------------------------------------------- 4. the same year
def test_a_month_of_the_same_year_takes_the_year_last_named() -> None:
    text = MARCH + "Tháng 3/2021, ông Hải bị bắt.\n\nMở rộng điều tra, tháng 6 cùng năm, công an bắt thêm hai người."
    assert dated(text)[-1][1:] == ("2021-06-01", "2021-06-30")


# --------------------------------------------------------------------------- 6. names and changed schedules
@pytest.mark.parametrize("sentence", [
    "Trên sàn London, giá cà phê robusta giao tháng 7/2022 giảm 20 USD/tấn.",
    "Bộ điều chỉnh thời gian thực hiện dự án từ năm 2021 sang năm 2024.",
])
def test_a_contract_s_month_and_a_date_moved_from_are_no_events(sentence: str) -> None:
    assert all(expression.startswith("năm 2024") or expression == "sang năm 2024"
               for expression, _, _ in dated(MARCH + sentence))


def test_a_month_handed_over_in_stays_an_event() -> None:
    assert dated(MARCH + "Nhà thầu bàn giao tháng 1/2022 toàn bộ mặt bằng cho dự án.") == [
        ("tháng 1/2022", "2022-01-01", "2022-01-31")]


# --------------------------------------------------------------------------- 7. a condition opening the sentence
def test_a_sentence_opening_with_a_condition_gives_no_event() -> None:
    text = MARCH + ("Trường hợp cơ quan đã nhận hồ sơ trước ngày 1/7/2022 nhưng chưa giải quyết thì tiếp tục giải quyết.\n\n"
                    "Trường hợp này xảy ra ngày 10/3 tại xã Tân Hiệp.")
    assert dated(text) == [("ngày 10/3", "2022-03-10", "2022-03-10")]


# --------------------------------------------------------------------------- 8. a bare part of the day, a report's period
def test_a_part_of_the_day_the_paragraph_does_not_date_is_no_event() -> None:
    text = MARCH + ("Ngày 10/3, đoàn kiểm tra đến xã Bình Thành.\n\n"
                    "Anh Hậu kể sự cố sụt lún xảy ra vào buổi trưa, lúc thanh niên đi làm.")
    assert dated(text) == [("Ngày 10/3", "2022-03-10", "2022-03-10")]


def test_the_period_a_report_is_about_is_no_event() -> None:
    text = MARCH + "Tại kỳ họp, các đại biểu thảo luận báo cáo về kết quả thực hiện nhiệm vụ phát triển kinh tế, xã hội của tỉnh năm 2021."
    assert dated(text) == []


# --------------------------------------------------------------------------- 9. counted from a recalled date
def test_nothing_is_counted_from_an_article_date_that_is_a_recalled_one() -> None:
    text = ("Đòi bồi thường\n\nNgày 18/10/1981, ông Phái bị bắn chết trên đường về nhà.\n\n"
            "Không đồng ý với mức bồi thường, hồi tuần trước, ông Hoạch đã làm đơn kháng cáo.")
    assert dated(text, path="news-2022/phap_luat/x.txt") == [("Ngày 18/10/1981", "1981-10-18", "1981-10-18")]


def test_the_day_after_counts_from_the_story_not_from_today() -> None:
    folded = "hôm sau, ông bê bị bắt. tuần trước, ông hoạch kháng cáo."
    counted = lambda word: SimpleNamespace(start=folded.index(word), end=folded.index(word) + len(word), rule="relative",
                                           anchor="document date")
    assert not counts_from_a_recalled_date(counted("hôm sau"), True, folded)
    assert counts_from_a_recalled_date(counted("tuần trước"), True, folded)


def test_tens_of_years_later_is_no_next_year() -> None:
    text = "Vụ án\n\nHàng chục năm sau, anh ta vẫn gặp khó khăn khi xin hộ chiếu."
    assert dated(text, path="news-2022/phap_luat/x.txt") == []


def test_the_year_of_an_honour_list_s_name_is_no_event() -> None:
    text = MARCH + "Ba đề cử lọt vào vòng bình chọn 10 gương mặt trẻ Việt Nam triển vọng năm 2021."
    assert dated(text) == []


# --------------------------------------------------------------------------- 10. targets ahead
def test_a_period_ahead_with_no_happening_in_its_sentence_is_no_event() -> None:
    text = MARCH + ("Tây Ban Nha chỉ cam kết mức chi 2,1% GDP cho quốc phòng vào năm 2030.\n\n"
                    "Các chuyên gia cho rằng triển vọng lợi nhuận ngành ngân hàng nửa cuối năm vẫn khả quan.\n\n"
                    "Năm 2023, tỉnh sẽ khởi công cầu Rạch Miễu 2.")
    assert dated(text) == [("Năm 2023", "2023-01-01", "2023-12-31")]


def test_a_day_something_happens_after_is_no_event() -> None:
    assert dated(MARCH + "Sau ngày 20/3, tổ đại biểu sẽ tiếp xúc cử tri theo đơn vị hành chính mới.") == []


@pytest.mark.parametrize("sentence", [
    "Biên độ lũ trên các sông từ 2 - 3 m, có nơi trên 4 m.",
    "Mực nước dâng thêm từ 2-3 m so với hôm qua.",
    "Lượng mưa phổ biến từ 10-12 mm.",
])
def test_a_range_of_a_size_after_tu_is_no_date(sentence: str) -> None:
    article = article_from_text(MARCH + sentence, doc_id="t")
    assert [article.text[t.start : t.end] for t in article_timexes(article) if t.rule not in ("dateline", "relative")] == []
