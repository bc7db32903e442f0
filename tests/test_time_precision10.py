"""Event precision from the tenth precision read: a date dates no happening when its sentence only supposes it
(``giả sử``, ``nếu``), reports hearsay (``nghe nói``), asks for or proposes it (``xin gia hạn đến``), looks ahead to
a target (``sẽ chiếm 25% vào năm 2025``), gives the date a decision of a past day takes effect (``từ 1/1/2023``),
bounds a clock time of any day (``sau 20 giờ``) or names the period of what a dated ceremony honours; headlines,
subheadings and photo captions give no events of their own. Time expressions: ``Nửa năm nay`` is no year,
``những năm gần đây`` is one span, ``cùng ngày sinh nhật`` is no date. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from vnnews import article_from_text
from vnnews.time import events
from vnnews.time.expressions import article_timexes

#: an article of 15 March 2022
MARCH = "Tiêu đề\n\nThứ ba, 15/3/2022 - 08:30\n\n"


def dated(text: str) -> list[tuple[str, str, str]]:
    """(expression, date_start, date_end) of every event of an article."""
    table = events([article_from_text(text, doc_id="t")])
    return [tuple(r) for r in table[["expression", "date_start", "date_end"]].values.tolist()]


def valued(text: str) -> list[tuple[str, str]]:
    """(text, value) of every expression but the dateline."""
    article = article_from_text(text, doc_id="t")
    return [(article.text[t.start : t.end], t.value) for t in article_timexes(article) if t.rule != "dateline"]


# --------------------------------------------------------------------------- 1. the mood of the sentence
@pytest.mark.parametrize("sentence", [
    # supposed
    "Giả sử ngày 1/3/2022 ông Hùng ký hợp đồng thì công ty phải trả tiền.",
    "Trong trường hợp tháng 4 tới nước sông lên cao, xã sẽ sơ tán dân.",
    "Nếu tháng 6 tới mưa lớn, đê bao của xã có thể bị vỡ.",
    # hearsay
    "Nghe nói năm nay trường không tổ chức kỳ thi riêng.",
    # asked for or proposed
    "Công ty xin gia hạn đến cuối tháng 9 năm nay để hoàn thành hồ sơ.",
    "Sở Xây dựng đề xuất áp dụng mức phí mới từ tháng 7.",
    "Thành phố đề nghị Sở Giao thông bố trí người cấp phép rời bến từ ngày 15/3.",  # the article's own day, asked for
    # a target looked ahead to
    "Theo mục tiêu đề ra, kinh tế số của tỉnh sẽ chiếm 20% vào năm 2025.",
    "Dự án có tổng vốn dự kiến 87.000 tỷ đồng, hoàn thành vào năm 2027.",
    # a clock time of any day
    "Các con học thêm ở trung tâm đến 22h mỗi tối.",
    "Hãng cho biết các chuyến bay sau 20 giờ bị hủy do bão.",
])
def test_a_sentence_that_tells_no_happening_gives_no_event(sentence: str) -> None:
    assert dated(MARCH + sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # a request before a past happening: the happening stays
    ("Ngày 10/3, UBND tỉnh đề nghị công an điều tra vụ việc xảy ra ngày 5/3.",
     [("Ngày 10/3", "2022-03-10", "2022-03-10"), ("ngày 5/3", "2022-03-05", "2022-03-05")]),
    # "nếu như ... thì ..." between two past years contrasts two facts
    ("Nếu như năm 2020 doanh thu đạt 5 tỷ đồng thì năm 2021 đạt 7 tỷ đồng.",
     [("năm 2020", "2020-01-01", "2020-12-31"), ("năm 2021", "2021-01-01", "2021-12-31")]),
    # a session scheduled to a day stays an event
    ("Quốc hội sẽ khai mạc kỳ họp bất thường ngày 23/5.", [("ngày 23/5", "2022-05-23", "2022-05-23")]),
    # a period told as past after a future word of an earlier clause with no stop between
    ("Thành phố sẽ đổi mới cách làm trong giai đoạn 2021 - 2025, HĐND đã tổ chức 20 kỳ họp.",
     [("giai đoạn 2021 - 2025", "2021-01-01", "2025-12-31")]),
])
def test_happenings_next_to_a_mood_word_stay_events(sentence: str, expected: list) -> None:
    # the same article goes on with a proposal: only the happenings are events
    assert dated(MARCH + sentence + " Bộ đề xuất áp dụng quy định mới từ tháng 8.") == expected


def test_a_decision_is_dated_by_its_day_not_by_when_it_takes_effect() -> None:
    text = MARCH + "Ngày 12/3, HĐND tỉnh biểu quyết thông qua mức tăng học phí từ 1/1/2023."
    assert dated(text) == [("Ngày 12/3", "2022-03-12", "2022-03-12")]


def test_a_period_a_figure_is_compared_with_is_no_event() -> None:
    text = MARCH + "Ngày 10/3, lượng khách qua sân bay đã đạt và vượt năm 2019, gấp 3 lần năm ngoái."
    assert dated(text) == [("Ngày 10/3", "2022-03-10", "2022-03-10")]


def test_a_year_naming_what_a_dated_ceremony_honours_is_no_event() -> None:
    text = MARCH + "Sáng 14/3, Bộ Quốc phòng tổ chức lễ tuyên dương gương mặt trẻ tiêu biểu toàn quân năm 2021."
    assert dated(text) == [("Sáng 14/3", "2022-03-14", "2022-03-14")]


# --------------------------------------------------------------------------- 2. headlines and captions
def test_a_headline_gives_no_event_of_its_own() -> None:
    text = ("Cầu Bắc Sơn thông xe từ ngày 1/3\n\nThứ ba, 15/3/2022 - 08:30\n\n"
            "Cây cầu dài 500 m do tỉnh đầu tư, nối hai bờ sông Cầu.")
    assert dated(text) == []


def test_a_photo_caption_gives_no_event_but_the_body_does() -> None:
    text = (MARCH + "Sáng 14/3, trường đại học ký hợp đồng hợp tác đào tạo với tỉnh.\n"
            "Lễ ký hợp đồng hợp tác đào tạo năm 2021. Ảnh: Minh Anh\n"
            "Theo hợp đồng, trường nhận 200 học viên mỗi năm.")
    assert dated(text) == [("Sáng 14/3", "2022-03-14", "2022-03-14")]


# --------------------------------------------------------------------------- 3. spans and values
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Nửa năm nay, giá xăng tăng mạnh.", [("Nửa năm nay", "")]),
    ("Trong những năm gần đây, tỉnh phát triển nhanh.", [("những năm gần đây", "")]),
    ("Ngày 2/3, bé Lan chào đời, cùng ngày sinh nhật với chị gái.", [("Ngày 2/3", "2022-03-02")]),
    ("Ngày 2/3, đoàn đến tỉnh. Tối cùng ngày, sinh viên tập trung ở quảng trường, cùng ngày sinh nhật của trường.",
     [("Ngày 2/3", "2022-03-02"), ("Tối cùng ngày", "2022-03-02")]),
])
def test_durations_and_same_day_nouns(sentence: str, expected: list) -> None:
    assert valued(MARCH + sentence) == expected


def test_the_day_after_counts_from_the_past_day_the_story_went_back_to() -> None:
    text = ("Tiêu đề\n\nThứ hai, 18/4/2022 - 08:30\n\nNgày 16/4, công an bắt nhóm thanh niên gây án. Theo điều tra, từ "
            "tối 13/4, nhóm này tấn công anh Bình. Sáng hôm sau, chúng quay lại hiện trường.")
    assert valued(text) == [("Ngày 16/4", "2022-04-16"), ("từ tối 13/4", "2022-04-13"), ("Sáng hôm sau", "2022-04-14")]


def test_a_caption_run_into_the_text_before_its_credit_gives_no_event() -> None:
    # a crawl that lost its paragraph breaks: the caption and its credit stand inside the body's line
    text = (MARCH + "Sáng 14/3, tòa án tỉnh tổ chức hội nghị tập huấn. Quang cảnh hội nghị tập huấn nghiệp vụ cho "
            "thẩm phán năm 2021. Ảnh: Minh Anh Các bên đã thảo luận nhiều vấn đề.")
    assert dated(text) == [("Sáng 14/3", "2022-03-14", "2022-03-14")]


def test_a_founding_year_between_commas_goes_on_with_va() -> None:
    text = MARCH + "Công ty Hồng Hà, thành lập năm 1994 và ban đầu là doanh nghiệp nhà nước, có trụ sở tại Hà Nội."
    assert dated(text) == []


def test_a_day_and_the_relative_year_after_it_are_one_date_of_that_year() -> None:
    # precision read 11: "ngày 29/5 năm ngoái" was valued in the article's year
    text = MARCH + "Vụ việc được chỉ đạo xử lý tại buổi làm việc ngày 29/5 năm ngoái. Ngày 10/3 năm nay, tỉnh khởi công."
    assert valued(text) == [("ngày 29/5 năm ngoái", "2021-05-29"), ("Ngày 10/3 năm nay", "2022-03-10")]
    # a day with its year written keeps it; the year after it is an expression of its own
    assert valued(MARCH + "Ngày 5/4/2020, năm ngoái nữa, trời mưa.")[0] == ("Ngày 5/4/2020", "2020-04-05")


def test_the_years_of_a_document_s_versions_are_no_events() -> None:
    # precision read 11: the second year of "năm 2001 và 2008" after a law's name was dated
    text = MARCH + "Bối cảnh xây dựng các Luật Giao thông đường bộ năm 2001 và 2008 là khi người dân chủ yếu dùng xe máy."
    assert dated(text) == []
    # years listed after a figure stay the figure's dates
    assert dated(MARCH + "Doanh thu năm 2020 và 2021 đều tăng mạnh.") == [
        ("năm 2020", "2020-01-01", "2020-12-31"), ("2021", "2021-01-01", "2021-12-31")]
