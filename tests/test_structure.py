"""Article parts and the article date, on articles the tests write in the shape of several outlets."""
from __future__ import annotations

import datetime as dt

import pytest

from vnnews import article_from_text

LEAD = "Ngày 2-10-2020, tại Hà Nội, Ban Tổ chức Trung ương tổ chức hội nghị giao ban trực tuyến với các điểm cầu."
BODY = ("Phát biểu tại hội nghị, đồng chí Trưởng Ban yêu cầu các địa phương chuẩn bị tốt đại hội đảng bộ các cấp, "
        "bảo đảm tiến độ và chất lượng. Các đại biểu thống nhất cao với các nhiệm vụ đề ra.")


def parts_of(article, kind):
    return [(p.text, p.detail) for p in article.parts if p.kind == kind]


def check_spans(article):
    for part in article.parts:
        assert article.text[part.start : part.end] == part.text


@pytest.mark.parametrize(
    ("opening", "outlet", "tag"),
    [
        ("TCCS - ", "TCCS", "TCCS -"),
        ("QĐND - ", "QĐND", "QĐND -"),
        ("(Chinhphu.vn) - ", "Chinhphu.vn", "(Chinhphu.vn) -"),
        ("(Dân trí) - ", "Dân trí", "(Dân trí) -"),
        ("Hà Nội (TTXVN) - ", "TTXVN", "Hà Nội (TTXVN) -"),
        ("VOV.VN - ", "VOV.VN", "VOV.VN -"),
        ("Baotintuc.vn - ", "Baotintuc.vn", "Baotintuc.vn -"),
    ],
)
def test_outlet_tag_opening_the_lead(opening: str, outlet: str, tag: str) -> None:
    article = article_from_text(f"Hội nghị giao ban công tác tổ chức\n\n{opening}{LEAD}\n\n{BODY}")
    assert article.outlet == outlet
    assert parts_of(article, "outlet") == [(tag, outlet)]
    assert article.title == "Hội nghị giao ban công tác tổ chức"
    check_spans(article)


def test_no_outlet_tag_in_a_plain_lead() -> None:
    article = article_from_text(f"Tiêu đề bài viết về hội nghị\n\n{LEAD}\n\n{BODY}")
    assert article.outlet is None
    assert article.lead == LEAD


def test_lead_with_outlet_is_not_a_title() -> None:
    article = article_from_text(f"TCCS - {LEAD}\n\n{BODY}")
    assert article.title is None
    assert article.outlet == "TCCS"


@pytest.mark.parametrize(
    ("line", "date", "time"),
    [
        ("Thứ ba, 09/08/2022 - 06:46", dt.date(2022, 8, 9), "06:46"),
        ("04/01/2022  18:40", dt.date(2022, 1, 4), "18:40"),
        ("Thứ tư, 24/1/2024, 17:22 (GMT+7)", dt.date(2024, 1, 24), "17:22"),
        ("Chủ nhật, ngày 5 tháng 5 năm 2024 | 08:15", dt.date(2024, 5, 5), "08:15"),
        ("Cập nhật: 10:05 ngày 12/03/2023", dt.date(2023, 3, 12), "10:05"),
        ("15-3-2022", dt.date(2022, 3, 15), ""),
    ],
)
def test_dateline_is_the_article_date(line: str, date: dt.date, time: str) -> None:
    # the lead's own date (2-10-2020) must lose to the dateline
    article = article_from_text(f"Tiêu đề bài viết\n\nNGUYỄN VĂN AN\n\n{line}\n\n{LEAD}\n\n{BODY}")
    assert article.dateline == line
    assert article.date == date
    assert article.date_source == "dateline"
    assert article.document_date.time == time
    assert article.byline == "NGUYỄN VĂN AN"
    check_spans(article)


def test_sentence_with_a_date_is_not_a_dateline() -> None:
    article = article_from_text(f"Tiêu đề\n\nNgày 09/08/2022 Bộ Nội vụ công bố dự thảo nghị định.\n\n{BODY}")
    assert article.dateline is None
    assert article.date_source == "lead"


def test_captions_and_credits() -> None:
    text = (
        f"Tiêu đề bài viết\n\n{LEAD}\n\n"
        "Đồng chí Nguyễn Văn A phát biểu tại điểm cầu tỉnh_Nguồn: tinhuy.gov.vn\n\n"
        f"{BODY}\n\n"
        "Quang cảnh hội nghị tại điểm cầu Quảng Nam.\n\n"
        f"{BODY}\n\n"
        "Trụ sở Bộ Nội vụ (Ảnh: T.K).\n\n"
        f"{BODY}\n\n"
        "Ảnh: TTXVN\n\n"
        f"{BODY}"
    )
    article = article_from_text(text)
    captions = [c.text for c in article.captions]
    assert captions == [
        "Đồng chí Nguyễn Văn A phát biểu tại điểm cầu tỉnh_Nguồn: tinhuy.gov.vn",
        "Quang cảnh hội nghị tại điểm cầu Quảng Nam.",
        "Trụ sở Bộ Nội vụ (Ảnh: T.K).",
    ]
    assert [c.text for c in article.credits] == ["Nguồn: tinhuy.gov.vn", "Ảnh: T.K", "Ảnh: TTXVN"]
    check_spans(article)


def test_long_one_sentence_paragraph_is_body_not_caption() -> None:
    sentence = ("Quyết định bổ nhiệm được lãnh đạo Ban Tổ chức Trung ương trao chiều 12/7, có hiệu lực cùng ngày "
                "và có thời hạn 5 năm.")
    article = article_from_text(f"Tiêu đề\n\n{LEAD}\n\n{sentence}\n\n{BODY}")
    assert article.captions == []


def test_byline_end_mark_source_and_headings() -> None:
    text = (
        f"Tiêu đề bài viết\n\n{LEAD}\n\nNội dung kiểm định\n\n{BODY} Hội nghị kết thúc tốt đẹp./.\n\n"
        "Dương Oanh-Trần Chiến\n\nTheo TTXVN"
    )
    article = article_from_text(text)
    assert article.byline == "Dương Oanh-Trần Chiến"
    assert parts_of(article, "byline") == [("Dương Oanh-Trần Chiến", "Dương Oanh; Trần Chiến")]
    assert parts_of(article, "end_mark") == [("./.", "")]
    assert parts_of(article, "source") == [("Theo TTXVN", "Theo TTXVN")]
    assert parts_of(article, "heading") == [("Nội dung kiểm định", "")]
    check_spans(article)


@pytest.mark.parametrize("line", ["Ban Tổ Chức", "Quang cảnh hội nghị", "Hà Nội, ngày 5"])
def test_closing_lines_that_are_not_bylines(line: str) -> None:
    article = article_from_text(f"Tiêu đề\n\n{LEAD}\n\n{BODY}\n\n{line}")
    assert article.byline is None


def test_lead_date_without_year_takes_it_from_other_dates() -> None:
    text = (f"Sơ kết công tác 6 tháng\n\nSáng 1/7, Ban Tổ chức Trung ương họp trực tuyến.\n\n"
            f"Tính đến ngày 20/6/2020 đã có 94% tổ chức cơ sở đảng tổ chức đại hội. {BODY}")
    article = article_from_text(text)
    assert article.date == dt.date(2020, 7, 1)
    assert article.date_source == "lead (year inferred)"
    assert article.date_evidence == "Sáng 1/7"


def test_year_moves_on_past_the_latest_recalled_date_and_ignores_deadlines() -> None:
    text = (
        "Tiêu đề\n\nÔng A bị khai trừ khỏi Đảng, ngày 15/3.\n\n"
        "Trước đó ngày 20/8/2021, Ủy ban Kiểm tra Tỉnh ủy họp. Ngày 31/12/2021, ông A bị khởi tố. "
        "Các địa phương phải báo cáo trước ngày 30/6/2030."
    )
    article = article_from_text(text)
    assert article.date == dt.date(2022, 3, 15)
    assert article.date_evidence == "ngày 15/3"


def test_fractions_are_not_article_dates() -> None:
    article = article_from_text(f"Tiêu đề\n\nCó 14/67 đảng bộ hoàn thành đại hội, đạt 20,89%.\n\n{BODY}")
    assert article.date is None
    assert article.date_source == "none"


def test_lead_date_without_any_year_in_the_article() -> None:
    article = article_from_text(f"Tiêu đề\n\nChiều 16/3, Ủy ban Thường vụ Quốc hội họp phiên chất vấn.\n\n{BODY}")
    assert article.date is None
    assert article.date_source == "lead (no year)"
    assert article.date_evidence == "Chiều 16/3"
