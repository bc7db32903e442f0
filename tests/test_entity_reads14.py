"""Entity rules after precision read 14 (sentences written for the tests)."""
from __future__ import annotations

from vnnews import article_from_text
from vnnews.entities.extract import article_mentions


def _mentions(body: str) -> list[tuple[str, str]]:
    a = article_from_text("Tiêu đề\n\n" + body, doc_id="x")
    return [(m.label, a.text[m.start : m.end]) for m in article_mentions(a)]


def test_a_hyphen_inside_a_place_the_gazetteer_writes_without_it_keeps_the_place_whole():
    found = _mentions("Đoàn làm việc với tỉnh Thừa Thiên - Huế, sau đó về Thừa Thiên-Huế và Bà Rịa - Vũng Tàu.")
    assert ("LOC", "Thừa Thiên - Huế") in found and ("LOC", "Thừa Thiên-Huế") in found
    assert ("LOC", "Huế") not in found and ("LOC", "Bà Rịa - Vũng Tàu") in found
    # two places joined by a hyphen stay two (a route), as the gazetteer knows no such place
    assert [m for m in _mentions("Tuyến Hà Nội - Hải Phòng thông xe.") if m[0] == "LOC"] == [("LOC", "Hà Nội"), ("LOC", "Hải Phòng")]
    # only a province's name is written both ways: two wards or a pair of countries so joined stay apart
    assert not {m for m in _mentions("Quan hệ Mỹ - Trung, sông Hồng - Thái Bình.") if "-" in m[1]}


def test_a_province_written_with_a_hyphen_is_the_same_place_as_written_without(tmp_path):
    from vnnews.annotation.cache import cache_directory
    from vnnews.entities import places

    corpus = [article_from_text("Tiêu đề\n\nĐoàn về tỉnh Thừa Thiên - Huế.", doc_id="a"),
              article_from_text("Tiêu đề\n\nĐoàn về tỉnh Thừa Thiên Huế.", doc_id="b")]
    with cache_directory(tmp_path / "cache"):
        table = places(corpus)
    assert table[["name", "kind", "mentions"]].values.tolist() == [["Thừa Thiên Huế", "province", 2]]
    assert sorted(table["variants"].iloc[0]) == ["Thừa Thiên - Huế", "Thừa Thiên Huế"]
