"""Entity rules after precision read 17, PER and LOC (sentences written for the tests)."""
from __future__ import annotations

from vnnews import article_from_text
from vnnews.entities.extract import article_mentions


def _mentions(body: str) -> list[tuple[str, str]]:
    a = article_from_text("Tiêu đề\n\n" + body, doc_id="x")
    return [(m.label, a.text[m.start : m.end]) for m in article_mentions(a)]


def _places(body: str) -> list[str]:
    return [text for label, text in _mentions(body) if label == "LOC"]


def test_a_numbered_structure_zone_or_village_keeps_its_number():
    assert "Tân Phong 2" in _places("Chiều qua, xe tải chở hàng qua cửa khẩu Tân Phong 2 ở huyện biên giới.")
    assert "Hòa Khánh 1" in _places("Công nhân khu công nghiệp Hòa Khánh 1 tan ca lúc 17h.")
    assert "Đông Yên 3" in _places("Bà trú thôn Đông Yên 3, xã Quảng Phú, cho biết như vậy.")
    assert "Sông Lam 2" in _places("Cầu Sông Lam 2 sẽ thông xe vào cuối năm.")


def test_a_count_a_measure_a_figure_or_a_range_after_a_place_is_not_its_number():
    assert "Hà Nội" in _places("Đoàn khách ở lại Hà Nội 3 ngày rồi về quê.")
    assert "Hòa Khánh" in _places("Cầu Hòa Khánh 4 năm nay chưa được sửa.")
    assert "Phú Mỹ" in _places("Người dân bơi qua sông Phú Mỹ 2-3 lần mỗi ngày; thôn Phú Mỹ 2,5 km.")
    assert "Cần Thơ" in _places("Tuổi thọ cao nhất là TP Cần Thơ 7; tỉnh Long An 6.")


def test_a_numbered_structure_named_bare_later_is_the_structure_with_its_number():
    found = _mentions("Cầu Lê Văn Tám 2 nằm phía Đông tỉnh.\n\nLê Văn Tám 2 khi thông xe giúp nối hai huyện.")
    assert found == [("LOC", "Lê Văn Tám 2"), ("LOC", "Lê Văn Tám 2")]

