"""TimeML ``anchorTimeID`` for every anchor vnnews reports, read back by xml.etree: the document's
creation time (known to the day, the month or the year), the last day the text named, the day a
clock time stands before, and the period a comparison compares with."""
from __future__ import annotations

import datetime as dt
from xml.etree import ElementTree

from vnnews import article_from_text
from vnnews.formats.timeml import article_timeml
from vnnews.time import temporal_expressions


def timex3(text: str, **how) -> tuple[ElementTree.Element, dict[str, tuple[str, str | None, str | None]]]:
    """The DCT element and each TIMEX3 of the TEXT by its text: (tid, temporalFunction, anchor's text)."""
    article = article_from_text(text, doc_id=how.pop("doc_id", "t"), **how)
    root = ElementTree.fromstring(article_timeml(article, temporal_expressions([article])).encode("utf-8"))
    found = list(root.find("TEXT").iter("TIMEX3"))
    by_tid = {t.get("tid"): t.text for t in found}
    by_tid["t0"] = "DCT"
    return root.find("DCT/TIMEX3"), {t.text: (t.get("tid"), t.get("temporalFunction"), by_tid.get(t.get("anchorTimeID")))
                                     for t in found}


def test_values_resolved_against_the_document_date_point_at_the_dct() -> None:
    dct, found = timex3("Tin\n\nTháng 6, doanh thu tăng; năm ngoái giảm. Ngày 2/6/2025, tỉnh họp.",
                        published=dt.datetime(2025, 6, 28, 23, 43))
    assert dct.get("value") == "2025-06-28T23:43"
    assert found["Tháng 6"][1:] == ("true", "DCT")
    assert found["năm ngoái"][1:] == ("true", "DCT")
    assert found["Ngày 2/6/2025"][1:] == ("false", None)  # written whole: no temporal function


def test_an_article_known_to_its_month_or_year_has_a_dct_at_that_precision() -> None:
    dct, found = timex3("Báo cáo\n\nTháng trước xuất khẩu tăng.", doc_id="2022-06_bao-cao", path="2022-06_bao-cao.txt")
    assert (dct.get("value"), found["Tháng trước"][1:]) == ("2022-06", ("true", "DCT"))
    dct, found = timex3("Báo cáo\n\nTháng 6, sản lượng tăng.", doc_id="bc", path="corpus/vnexpress-2020/kinh_te/bc.txt")
    assert (dct.get("value"), found["Tháng 6"][1:]) == ("2020", ("true", "DCT"))


def test_values_resolved_against_the_previous_date_point_at_it() -> None:
    _, found = timex3("Tin\n\nNgày 2/10/2020, đoàn đến Huế. Cùng ngày, đoàn họp; lúc 8h, lễ khai mạc. "
                      "Người này ra viện ngày 16-9, 17-9 dương tính lại.", published=dt.date(2020, 10, 15))
    assert found["Cùng ngày"][1:] == ("true", "Ngày 2/10/2020")
    assert found["8h"][1:] == ("true", "Cùng ngày")  # the last day named, itself anchored
    assert found["17-9"][1:] == ("true", "ngày 16-9")


def test_a_clock_time_before_a_day_points_at_that_day() -> None:
    _, found = timex3("Tin\n\nLễ truy điệu lúc 7h30 và lễ động quan lúc 8h, ngày 2/10.", published=dt.date(2020, 10, 1))
    assert found["7h30"][1:] == ("true", "8h, ngày 2/10")


def test_comparisons_point_at_the_period_they_compare_with() -> None:
    _, found = timex3("Tin\n\nDoanh thu tháng 6 tăng 5% so với tháng trước. Xuất khẩu tăng 12% so với cùng kỳ năm trước "
                      "trong 3 tháng đầu năm.", published=dt.date(2025, 6, 28))
    assert found["tháng trước"][1:] == ("true", "tháng 6")
    assert found["cùng kỳ năm trước"][1:] == ("true", "3 tháng đầu năm")
