"""The article's date is not read from a document's date (``trong văn bản ngày 11/3``) nor from a date of another year
than its file name's or folders' recalled inside a sentence (``Được khởi công ngày 3/4/2019``); a date of another year
that opens its sentence still sets the time a story is told at. Every sentence is written for the test."""
from __future__ import annotations

import datetime as dt

from vnnews.corpus.document_date import document_date
from vnnews.corpus.structure import article_structure


def test_a_document_s_date_is_not_the_article_s() -> None:
    text = ("Dừng tuyến tàu\n\nSở Giao thông dừng cấp phép tuyến tàu từ ngày 14/3.\n\n"
            "Theo ông Sơn, trong văn bản ngày 11/3, UBND thành phố cho rằng việc cấp phép thuộc Sở.")
    d = document_date(text, article_structure(text), path="vnexpress-2022/thoi_su/x.txt")
    assert d.date != dt.date(2022, 3, 11)


def test_a_recalled_date_of_another_year_is_not_the_article_s_but_a_story_s_opening_is() -> None:
    recalled = ("Cao tốc sắp xong\n\nĐầu tháng 4, công nhân thi công cao tốc.\n\n"
                "Được khởi công ngày 3/4/2019, tuyến cao tốc dài 80 km, bốn làn xe.")
    d = document_date(recalled, article_structure(recalled), path="vnexpress-2022/thoi_su/x.txt")
    assert (d.date, d.year) == (None, 2022)
    story = "Vụ án cũ\n\nNgày 15/9/2007, cảnh sát nhận tin báo về một vụ mất tích."
    d = document_date(story, article_structure(story), path="vnexpress-2022/phap_luat/y.txt")
    assert d.date == dt.date(2007, 9, 15)
