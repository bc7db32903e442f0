"""Entity rules from the tenth precision read of real exports: credits run into the next sentence, common words written
with a capital, bodies of a level rather than one body, a foreign body's branch, acronyms spelled out as no body, a
structure's ordinal, a country that ends a two-syllable name inside a body's name, and a field qualified by an
adjective. Every sentence is written for the test."""
from __future__ import annotations

from test_entity_grammar import found


def test_a_dated_part_of_the_day_opens_the_next_sentence_not_a_name() -> None:
    # a caption's credit run into the lead by a lost line break: the time word is no given name
    text = "Khách tham quan Công viên địa chất Cao Bằng. Ảnh: Hải Đăng Sáng 3-7, UBND tỉnh Cao Bằng tổ chức lễ đón nhận."
    assert found(text, "PER") == [("PER", "Hải Đăng")]
    text = "Khách tham quan Công viên địa chất Cao Bằng. Ảnh: Minh Vĩ Chiều 28-6, UBND tỉnh Cao Bằng tổ chức lễ đón nhận."
    assert found(text, "PER") == [("PER", "Minh Vĩ")]
    # a given name of the same letters stays a name when no date follows it
    assert found("Bà Lê Thị Sáng và ông Phạm Văn Chiều dự lễ.", "PER") == [("PER", "Lê Thị Sáng"), ("PER", "Phạm Văn Chiều")]


def test_a_common_word_with_a_capital_after_a_role_noun_is_no_name() -> None:
    assert found("Đội tuyển gọi thêm hai cầu thủ Việt kiều cho đợt tập trung.") == []
    # a country after a role noun is the country its people are of
    assert found("Các cầu thủ Việt Nam tập luyện cùng doanh nhân Hàn Quốc.") == [("LOC", "Việt Nam"), ("LOC", "Hàn Quốc")]
    # a province is also a pair of given names: after a role noun it stays the person
    assert found("Bị cáo Thái Bình khai nhận hành vi.") == [("PER", "Thái Bình")]
    assert found("Theo chủ đề Báo chí Việt Nam vững vàng, hội báo khai mạc.") == [("LOC", "Việt Nam")]


def test_the_leadership_and_bodies_of_a_level_are_no_named_body() -> None:
    assert found("Vai trò của Ban Lãnh đạo được cổ đông ghi nhận.", "ORG") == []
    assert found("Ủy ban nhân dân cấp huyện lập danh sách hộ nghèo.", "ORG") == []
    assert found("Công an địa phương và Hội Nông dân xã, phường phối hợp.", "ORG") == []
    assert found("Tỉnh có 12 Phòng Thi hành án dân sự khu vực mới.", "ORG") == []
    # a named body keeps its level and its number
    assert found("TAND cấp cao tại Đà Nẵng và Phòng Thi hành án dân sự khu vực 2 làm việc.", "ORG") == [
        ("ORG", "TAND cấp cao tại Đà Nẵng"), ("ORG", "Phòng Thi hành án dân sự khu vực 2")]


def test_a_foreign_body_goes_on_with_the_seat_of_its_branch() -> None:
    assert found("Hội đồng Anh tại Việt Nam trao học bổng.") == [
        ("ORG", "Hội đồng Anh tại Việt Nam"), ("LOC", "Anh"), ("LOC", "Việt Nam")]
    # a body of the country it is in: "tại" says where something happens
    assert found("Công ty Daewoo Việt Nam tại Bắc Ninh tuyển thêm lao động.", "ORG") == [("ORG", "Công ty Daewoo Việt Nam")]


def test_an_acronym_spelled_out_as_an_order_is_no_body() -> None:
    text = "Khu vực có biển báo CPNO (Community Protection Notice Orders) thì phạt ngay."
    assert found(text, "ORG") == []
    # spelled out as a body, or named by a title, it is one
    assert found("Giám đốc Quỹ WFF (World Forest Fund) phát biểu.", "ORG") == [("ORG", "Quỹ WFF")]


def test_a_structure_with_its_ordinal_is_no_place() -> None:
    assert found("Xe qua cầu Ka Long II rồi về Móng Cái.", "LOC") == [("LOC", "Móng Cái")]


def test_a_country_ending_a_two_syllable_name_inside_a_body_is_no_place() -> None:
    assert found("Câu lạc bộ tiếng Anh Minh Pháp mở lớp miễn phí.") == [("ORG", "Câu lạc bộ tiếng Anh Minh Pháp")]
    # a pair of countries stays two places
    got = found("Bệnh viện Việt Đức tiếp nhận ca bệnh.")
    assert ("LOC", "Đức") in got


def test_an_adjective_qualifying_a_field_stays_in_the_name_before_the_next_field() -> None:
    assert found("Cục trưởng Cục Kiểm định an toàn và Môi trường lao động phát biểu.", "ORG") == [
        ("ORG", "Cục Kiểm định an toàn và Môi trường lao động")]


def test_a_capitalised_common_word_after_a_village_is_no_place() -> None:
    assert found("Nhiều làng Ca trù cổ được trùng tu.", "LOC") == []


def test_a_foreign_family_name_in_camel_case_after_a_given_name_is_no_brand() -> None:
    assert found("Năm 1931, ông gặp Maggie McPherson, một cô gái Canada.", "ORG") == []
    # a camel-case name after a company's name is still a body
    assert ("ORG", "DeepMind") in found("Báo VnExpress và Google DeepMind hợp tác.", "ORG")


def test_an_agency_credit_before_the_national_agency_is_no_person() -> None:
    assert found("Khói bốc lên tại thủ đô. Ảnh: THX/TTXVN Người dân sơ tán khỏi khu vực.", "PER") == []


def test_a_ship_or_a_verb_before_a_name_is_no_place() -> None:
    assert found("Cảng đồng ý cho tàu Quang Trung neo đậu.", "LOC") == []
    assert found("Người nhà cố lay tỉnh Lượm nhưng không được.", "LOC") == []
