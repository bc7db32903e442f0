"""Entity rules from the ninth precision read of real exports (Báo Mới sport, entertainment and foreign news
weakest): landmarks named after people, teams named like people, the pronoun Anh at a sentence start, codes
glued to digits, names cut at a quote or an abbreviation's dot, and Hồ Chí Minh the city and the person. Every
sentence is written for the test."""
from __future__ import annotations

from test_entity_grammar import found


def test_letters_glued_to_digits_are_a_code_not_a_name_or_a_place() -> None:
    got = found("Cục trưởng K07 Lê Văn Tâm cho biết ga B4 và nút giao IC5 sẽ xong trước chuyến bay VN217.")
    assert got == [("PER", "Lê Văn Tâm")]
    assert found("Gói thầu XL2b chậm tiến độ, virus Sars-CoV-2 lây lan.") == []
    assert found("Cục A08 và Phòng PC03 vào cuộc.", "ORG") == [("ORG", "Cục A08"), ("ORG", "Phòng PC03")]
    # a dateline glued to a number that opens the lead is still the place
    assert found("Quảng Bình25 hộ dân được hỗ trợ.") == [("LOC", "Quảng Bình")]


def test_a_highland_name_written_with_an_apostrophe_is_one_name() -> None:
    got = found("Đoàn đi qua huyện Krông K'Rang, cao nguyên M'Lang và huyện Cư M'gar.", "LOC")
    assert got == [("LOC", "Krông K'Rang"), ("LOC", "M'Lang"), ("LOC", "Cư M'gar")]
