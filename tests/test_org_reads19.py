"""Organisation mentions the precision read 18 found cut short (issue 9), on sentences written for the test."""
from __future__ import annotations

from test_entity_grammar import found


def test_the_pair_prevention_and_control_written_with_a_comma_stays_inside_the_name() -> None:
    assert found("Theo Ban Chỉ đạo phòng, chống thiên tai tỉnh Nghệ An, mưa lớn kéo dài.", "ORG") == [
        ("ORG", "Ban Chỉ đạo phòng, chống thiên tai tỉnh Nghệ An")]
    assert found("Sáng nay, Ban Chỉ đạo phòng, chống dịch họp.", "ORG") == [("ORG", "Ban Chỉ đạo phòng, chống dịch")]
    # a comma between a name and a lower-case word of the sentence still ends the name
    assert found("Ban Chỉ đạo phòng chống lụt bão, các sở cùng tham gia.", "ORG") == [
        ("ORG", "Ban Chỉ đạo phòng chống lụt bão")]


def test_a_part_of_the_day_that_begins_a_word_of_the_name_does_not_end_it() -> None:
    assert found("Ông Hải, Cục trưởng Cục Đổi mới sáng tạo, phát biểu tại hội nghị.", "ORG") == [
        ("ORG", "Cục Đổi mới sáng tạo")]
    # a part of the day with its date ends the name
    assert found("Sở Y tế sáng nay cho biết đã có kết quả.", "ORG") == [("ORG", "Sở Y tế")]


def test_fields_with_lower_case_words_joined_by_commas_and_and() -> None:
    assert found("Cục trưởng Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công phát biểu tại hội nghị.", "ORG") == [
        ("ORG", "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công")]
    # a list of bodies is still a list
    assert found("Sở Y tế, Sở Tài chính và Sở Nội vụ đã họp.", "ORG") == [
        ("ORG", "Sở Y tế"), ("ORG", "Sở Tài chính"), ("ORG", "Sở Nội vụ")]


def test_a_body_of_a_unit_or_party_committee_with_no_place_named_is_no_name() -> None:
    # the guide: a body with no place ("Tỉnh ủy" with no place) is unnamed, optional; readers call it doubtful
    assert found("Ông Bình là Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Sở Xây dựng.", "ORG") == [("ORG", "Sở Xây dựng")]
    assert found("Ủy ban Kiểm tra Huyện ủy đã kết luận vụ việc.", "ORG") == []
    # with the place named, the body is named
    assert found("Ban Thường vụ Tỉnh ủy Hà Tĩnh đã họp.", "ORG") == [("ORG", "Ban Thường vụ Tỉnh ủy Hà Tĩnh")]
    assert found("Hội Nông dân huyện Can Lộc trao quà.", "ORG") == [("ORG", "Hội Nông dân huyện Can Lộc")]
    # a capitalised city word after a name stands for the city: the body is named (read 17)
    assert found("Hội Cựu chiến binh Thành phố trao quà cho các gia đình.", "ORG") == [
        ("ORG", "Hội Cựu chiến binh Thành phố")]
    # a known body ending the name is named
    assert found("Cục Cảnh sát giao thông Bộ Công an cho biết.", "ORG") == [("ORG", "Cục Cảnh sát giao thông Bộ Công an")]
    # a body that needs a place but is no party committee keeps its name
    assert found("Quỹ Bảo hiểm xã hội chưa bền vững.", "ORG") == [("ORG", "Quỹ Bảo hiểm xã hội")]


def test_a_verb_after_a_field_begun_with_a_capital_ends_the_name() -> None:
    assert found("Thành phố giao Sở Kế hoạch và Đầu tư cân đối nguồn vốn.", "ORG") == [("ORG", "Sở Kế hoạch và Đầu tư")]


def test_a_council_or_committee_of_a_bare_unit_is_unnamed_as_its_abbreviation_is() -> None:
    # HĐND tỉnh, UBND tỉnh are no mentions; their full forms neither (optional in the gold, doubtful to readers)
    assert found("Các đại biểu Hội đồng nhân dân tỉnh thảo luận tờ trình của Ủy ban nhân dân tỉnh.", "ORG") == []
    assert found("Ủy ban nhân dân huyện Can Lộc đề nghị.", "ORG") == [("ORG", "Ủy ban nhân dân huyện Can Lộc")]
    assert found("Công an phường 6 cho biết.", "ORG") == [("ORG", "Công an phường 6")]
