"""Dated events on sentences the tests write: which dates of a sentence date a happening (not a plan's
scope, a document's horizon, a term of office beside the day something happened, or what a bracket says
of a noun), and which word names what happened."""
from __future__ import annotations

import datetime as dt

from vnnews import article_from_text
from vnnews.time import events

#: published on Saturday 28 June 2025, 20:00 (a crawl's metadata)
PUBLISHED = dt.datetime(2025, 6, 28, 20, 0)


def dated(text: str) -> list[list[str]]:
    """date_start, date_end and expression of each event of an article published on 28 June 2025."""
    article = article_from_text("Tin\n\n" + text, doc_id="t", published=PUBLISHED)
    return events([article])[["date_start", "date_end", "expression"]].values.tolist()


def triggers(text: str) -> list[list[str]]:
    article = article_from_text("Tin\n\n" + text, doc_id="t", published=PUBLISHED)
    return events([article])[["expression", "trigger", "trigger_kind"]].values.tolist()


def test_the_period_tasks_are_planned_for_dates_no_event() -> None:
    assert dated("Ban Nội chính hôm nay tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng "
                 "cuối năm. Về nhiệm vụ trọng tâm 6 tháng cuối năm, ông A lưu ý ba việc. Về phương hướng, nhiệm vụ trong "
                 "nhiệm kỳ 2025-2030, ông B cho biết mục tiêu. Ông C đưa ra các giải pháp phát triển trong giai đoạn "
                 "2025-2030.") == [["2025-06-28", "2025-06-28", "hôm nay"]]


def test_the_tasks_of_a_year_already_past_and_a_term_a_sentence_is_within_date_what_was_done() -> None:
    assert dated("Trong nhiệm kỳ 2020-2025, Đảng bộ đã hoàn thành nhiệm vụ năm 2024.") == [
        ["2020-01-01", "2025-12-31", "nhiệm kỳ 2020-2025"], ["2024-01-01", "2024-12-31", "năm 2024"]]


def test_a_span_of_years_beside_a_day_is_what_was_examined_not_when() -> None:
    assert dated("Ngày 20/8/2024, Ủy ban kiểm tra thông qua kết quả kiểm tra ông Phan Văn A, cựu Giám đốc Ban quản lý, "
                 "giai đoạn 2010-2020.") == [["2024-08-20", "2024-08-20", "Ngày 20/8/2024"]]


def test_what_a_bracket_says_of_the_noun_before_it_dates_no_event() -> None:
    assert dated("Chiều 28/6, Hội đồng nhân dân tỉnh tổ chức Kỳ họp thứ 30 (Kỳ họp thường lệ giữa năm 2025). Trong thời "
                 "gian giữ chức Giám đốc Ban quản lý (giai đoạn 2013-2019), ông A vi phạm quy chế.") == [
        ["2025-06-28", "2025-06-28", "Chiều 28/6"]]


def test_anniversaries_and_life_spans_in_brackets_date_no_event() -> None:
    assert dated("Sáng 28/6, tỉnh tổ chức lễ kỷ niệm 50 năm chiến thắng (1975-2025). Ông Nguyễn Văn A (1950-2021) là "
                 "đại biểu Quốc hội khóa X.") == [["2025-06-28", "2025-06-28", "Sáng 28/6"]]


def test_a_document_s_horizon_dates_no_event_nor_does_a_target_sentence() -> None:
    # a target (Mục tiêu đến năm 2030) is what is aimed at, not a happening (precision read 10)
    assert dated("Sáng 22/6, Bộ Chính trị tổ chức hội nghị toàn quốc triển khai Nghị quyết 13 về phát triển kinh tế, xã "
                 "hội, bảo đảm quốc phòng, an ninh vùng đồng bằng sông Cửu Long đến năm 2030, tầm nhìn đến năm 2045. "
                 "Mục tiêu đến năm 2030, vùng đạt trình độ phát triển khá.") == [
        ["2025-06-22", "2025-06-22", "Sáng 22/6"]]


def test_lunar_dates_with_a_clock_time_are_not_solar_events() -> None:
    assert dated("Việc cấm lên đền Thượng từ 20h ngày 9/3 âm lịch đến 9h ngày 10/3 âm lịch đã được thông báo.") == []


def test_resignations_sentences_and_openings_have_their_trigger() -> None:
    assert triggers("Cuối tháng 5, ông A xin từ chức. Ngày 20/6, TAND tỉnh tuyên bị cáo B 5 năm tù. Từ ngày 1/7, TAND "
                    "khu vực chính thức hoạt động.") == [
        ["Cuối tháng 5", "từ chức", "appointment"], ["Ngày 20/6", "tuyên", "legal"],
        ["Từ ngày 1/7", "chính thức hoạt động", "founding"]]


def test_memories_are_no_ceremony() -> None:
    assert triggers("Các đội tuyển từng thi đấu năm 2012 sẽ gợi nhớ những kỷ niệm đẹp.") == [["năm 2012", "", ""]]


def test_a_forecast_dates_no_event() -> None:
    assert dated("Dự báo, từ đêm 28/6 đến đêm 29/6, khu vực Bắc Bộ có mưa to. Ngày 27/6, mưa lớn gây ngập nhiều tuyến phố.") == [
        ["2025-06-27", "2025-06-27", "Ngày 27/6"]]


def test_the_period_a_figure_is_compared_with_dates_no_event() -> None:
    assert dated("Ngày 27/6, giá cà phê giảm 2% so với mức giá tuần trước.") == [["2025-06-27", "2025-06-27", "Ngày 27/6"]]


def test_a_date_in_an_appositive_of_what_a_name_is_dates_no_event() -> None:
    assert dated("Ngày 20/6, Tesco, thành lập năm 1919, công bố kết quả kinh doanh. Công ty được thành lập năm 2010. "
                 "Ngôi chùa (xây dựng năm 1850) được trùng tu ngày 5/6.") == [
        ["2025-06-20", "2025-06-20", "Ngày 20/6"], ["2010-01-01", "2010-12-31", "năm 2010"], ["2025-06-05", "2025-06-05", "ngày 5/6"]]


def test_words_that_hold_a_trigger_but_name_no_happening() -> None:
    assert triggers("Ngày 27/6, nhiều người dân nghỉ lễ tại Đà Nẵng.") == [["Ngày 27/6", "", ""]]
    assert triggers("Ngày 27/6, tác giả ký tặng sách cho độc giả.") == [["Ngày 27/6", "", ""]]
