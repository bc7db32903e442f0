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
    assert found("Sở Y tế, Sở Công an và Sở Nội vụ đã họp.", "ORG") == [
        ("ORG", "Sở Y tế"), ("ORG", "Sở Công an"), ("ORG", "Sở Nội vụ")]
