"""What the writer counts from the day of writing (``N năm trước``, ``năm ngoái``, ``hôm qua``) in the headline or the lead
of an article whose date is one its story recalls (read from the text with a year other than its file's) is counted
from the year the file's name or folders give, or left without a value when its unit is finer than a year; in the
body, which tells the story, it counts from the story's date, and what counts from the story's day (``hai ngày sau``)
still does. Every sentence is written for the test."""
from __future__ import annotations

from vnnews import article_from_text
from vnnews.time import events
from vnnews.time.expressions import article_timexes

STORY = ("Vụ cướp cũ\n\n"
         "Gia đình nạn nhân vụ cướp 28 năm trước đã gửi đơn đề nghị điều tra lại từ năm ngoái. Hôm qua, công an mời họ "
         "lên làm việc.\n\n"
         "Ngày 5/3/1995, một thương lái bị cướp ở chợ huyện. Hai ngày sau, nghi phạm bỏ trốn. Ba năm trước, hắn từng "
         "ngồi tù vì trộm cắp.")


def _values(path: str | None) -> dict[str, tuple[str, str]]:
    article = article_from_text(STORY, doc_id="t", path=path)
    return {article.text[t.start:t.end]: (t.value, t.anchor) for t in article_timexes(article)}


def test_the_lead_counts_from_the_year_of_the_file_the_body_from_the_story() -> None:
    values = _values("tin-2023/phap-luat/vu-cuop.txt")
    assert values["Ngày 5/3/1995"] == ("1995-03-05", "explicit")
    assert values["28 năm trước"] == ("1995", "file year")
    assert values["từ năm ngoái"] == ("2022", "file year")
    assert values["Hôm qua"] == ("", "")  # the day of writing is not known, only its year
    assert values["Hai ngày sau"] == ("1995-03-07", "previous date")
    assert values["Ba năm trước"] == ("1992", "document date")


def test_without_a_year_in_its_path_the_article_s_date_is_the_anchor() -> None:
    values = _values(None)
    assert values["28 năm trước"] == ("1967", "document date")
    assert values["Ba năm trước"] == ("1992", "document date")


def test_what_counts_from_today_dates_no_event_of_the_story() -> None:
    table = events([article_from_text(STORY, doc_id="t", path="tin-2023/phap-luat/vu-cuop.txt")])
    assert "28 năm trước" not in table["expression"].tolist() and "Hôm qua" not in table["expression"].tolist()
    assert ["Ngày 5/3/1995", "Hai ngày sau"] == [e for e in table["expression"] if e in ("Ngày 5/3/1995", "Hai ngày sau")]
