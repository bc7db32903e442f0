"""The article's date is not read from a document's date (``trong văn bản ngày 11/3``). Every sentence is written for
the test."""
from __future__ import annotations

import datetime as dt

from vnnews.corpus.document_date import document_date
from vnnews.corpus.structure import article_structure


def test_a_document_s_date_is_not_the_article_s() -> None:
    text = ("Dừng tuyến tàu\n\nSở Giao thông dừng cấp phép tuyến tàu từ ngày 14/3.\n\n"
            "Theo ông Sơn, trong văn bản ngày 11/3, UBND thành phố cho rằng việc cấp phép thuộc Sở.")
    d = document_date(text, article_structure(text), path="vnexpress-2022/thoi_su/x.txt")
    assert d.date != dt.date(2022, 3, 11)

