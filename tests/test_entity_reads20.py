"""Entity rules after precision read 18, PER and LOC (sentences written for the tests)."""
from __future__ import annotations

from vnnews import article_from_text
from vnnews.entities.extract import article_mentions


def _mentions(body: str) -> list[tuple[str, str]]:
    a = article_from_text("Tiêu đề\n\n" + body, doc_id="x")
    return [(m.label, a.text[m.start : m.end]) for m in article_mentions(a)]


def _places(body: str) -> list[str]:
    return [text for label, text in _mentions(body) if label == "LOC"]


def _people(body: str) -> list[str]:
    return [text for label, text in _mentions(body) if label == "PER"]


def test_a_numbered_bridge_or_park_is_the_structure_with_its_word():
    found = _places("Tỉnh khởi công cầu Phước Long 2 và mở rộng Khu công nghiệp Tân Định 3 trong năm nay.")
    assert found == ["cầu Phước Long 2", "Khu công nghiệp Tân Định 3"]


def test_a_numbered_lane_is_an_address_element_not_a_place():
    assert _places("Gia đình anh thuê nhà số 7, ngõ 85 đường Kim Giang, quận Thanh Xuân.") == ["Kim Giang", "Thanh Xuân"]
    assert _places("Cửa hàng trong hẻm 31 đường Nguyễn Trãi bị cháy.") == ["Nguyễn Trãi"]
