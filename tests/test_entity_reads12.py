"""Entity rules from precision read 12 of real exports: a walking street named after a person is a place. Every
sentence is written for the test."""
from __future__ import annotations

from test_entity_grammar import found


def test_a_walking_street_named_after_a_person_is_a_place() -> None:
    assert found("Người dân dạo trên đường đi bộ Nguyễn Huệ tối qua.") == [("LOC", "Nguyễn Huệ")]
    assert found("Phố đi bộ Trịnh Công Sơn đông khách dịp lễ.") == [("LOC", "Trịnh Công Sơn")]
    # the person walking is still a person
    assert found("Ông Nguyễn Huệ đi bộ trên phố.") == [("PER", "Nguyễn Huệ")]


def test_a_holder_named_after_a_brand_company_is_no_part_of_its_name() -> None:
    # a company named in Latin letters, then its chairman's name: two mentions (a Vietnamese name after the head alone
    # still names the company, as companies and schools are named after people)
    assert found("Chủ tịch Tập đoàn Bcons Lê Như Thạch phát biểu tại buổi lễ.") == [
        ("ORG", "Tập đoàn Bcons"), ("PER", "Lê Như Thạch")]
    assert found("Tập đoàn Nguyễn Kim mở thêm cửa hàng.") == [("ORG", "Tập đoàn Nguyễn Kim")]



def test_a_unit_word_before_a_comma_lists_no_units_when_a_word_of_its_own_follows() -> None:
    # "tỉnh, hồ sơ ...": the body of the article's province, then a dossier (hồ sơ), no lake (hồ) of a list of units
    # (with the unit alone the body is unnamed, no mention: issue 9, read 20; after a title it is kept whole)
    assert found("Theo Chi cục Thuế tỉnh, hồ sơ đã được giải quyết.", "ORG") == []
    assert found("Theo Cục trưởng Chi cục Thuế tỉnh, hồ sơ đã được giải quyết.", "ORG") == [("ORG", "Chi cục Thuế tỉnh")]
    # a list of units after it still makes the body a kind of body
    assert found("Mặt trận Tổ quốc xã, phường tham gia vận động.", "ORG") == []
