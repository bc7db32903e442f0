"""Organisation names written in sentence case, from a precision read of ORG rows of real exports: two fields joined by
"và" where only the first is capitalised (``Viện Chiến lược và phát triển ...``). Every sentence is written for the test."""
from __future__ import annotations

from test_entity_grammar import found


def test_a_second_field_after_va_in_lower_case_is_part_of_the_name() -> None:
    assert found("Viện Nghiên cứu và phát triển du lịch đề xuất phương án mới.", "ORG") == [
        ("ORG", "Viện Nghiên cứu và phát triển du lịch")]
    assert found("Ông Lâm làm việc tại Trung tâm Đào tạo và phát triển nguồn nhân lực.", "ORG") == [
        ("ORG", "Trung tâm Đào tạo và phát triển nguồn nhân lực")]
    assert found("Phòng Cảnh sát kinh tế và phòng chống buôn lậu đã vào cuộc.", "ORG") == [
        ("ORG", "Phòng Cảnh sát kinh tế và phòng chống buôn lậu")]


def test_va_before_other_words_still_ends_the_name() -> None:
    # a plural, a capitalised second body, or lower-case words that are no field of a name
    assert found("Bộ Y tế và các bệnh viện họp trực tuyến.", "ORG") == [("ORG", "Bộ Y tế")]
    assert found("Sở Tài chính và người dân cùng kiểm tra.", "ORG") == [("ORG", "Sở Tài chính")]
    assert found("Sở Tài chính và Sở Xây dựng cùng kiểm tra.", "ORG") == [("ORG", "Sở Tài chính"), ("ORG", "Sở Xây dựng")]
    # the capitalised second field of an official name, as before
    assert found("Ông Hải, Giám đốc Sở Kế hoạch và Đầu tư, cho biết.", "ORG") == [("ORG", "Sở Kế hoạch và Đầu tư")]
