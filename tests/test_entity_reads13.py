"""Entity and title rules from precision read 13 of real exports (issue 9): streets at the ends of a stretch and
in a route a street word opens earlier in its clause, a name among places in a list, photo credits that are common
words or common acronyms, and a title an unnamed officer holds before a name that opens a clause of its own. Every
sentence is written for the test."""
from __future__ import annotations

from test_entity_grammar import found
from test_entity_reads import titles_of


def test_the_ends_of_a_stretch_of_a_street_are_streets() -> None:
    assert found("Phố Hàng Bài, đoạn từ Trần Hưng Đạo đến Lý Thường Kiệt, được lát đá.") == [
        ("LOC", "Hàng Bài"), ("LOC", "Trần Hưng Đạo"), ("LOC", "Lý Thường Kiệt")]
    assert ("LOC", "Nguyễn Văn Cừ") in found("Đường được nâng cấp từ nút giao Hòa Bình đến Nguyễn Văn Cừ trong năm nay.")
    assert ("LOC", "Lê Văn Lương") in found("Xe buýt chạy trên đường từ Nguyễn Trãi đến Lê Văn Lương mỗi sáng.")
    # a transfer between two people is no stretch of road, nor is a way home in another clause
    assert found("Số tiền được chuyển từ Nguyễn Văn An đến Trần Thị Bình qua ngân hàng.") == [
        ("PER", "Nguyễn Văn An"), ("PER", "Trần Thị Bình")]
    assert found("Trên đường về, từ Nguyễn Văn An đến Trần Thị Bình đều im lặng.") == [
        ("PER", "Nguyễn Văn An"), ("PER", "Trần Thị Bình")]


def test_a_route_a_street_word_opens_earlier_in_the_clause_is_of_streets() -> None:
    assert found("Tuyến buýt chạy theo hành lang Lê Duẩn - Trần Khát Chân - Minh Khai, khởi công năm sau.") == [
        ("LOC", "Lê Duẩn"), ("LOC", "Trần Khát Chân"), ("LOC", "Minh Khai")]
    # two names joined by a dash, neither a place, with no street word right before: a duo of singers stays
    assert ("PER", "Cẩm Vân") in found("Ca sĩ Cẩm Vân - Khắc Triệu hát trên đường phố.")


def test_a_name_among_places_of_a_list_is_a_place() -> None:
    assert found("Đoàn xe đi qua Gia Lâm, Đông Anh, Lê Văn Hòa và Sóc Sơn trong ngày.") == [
        ("LOC", "Gia Lâm"), ("LOC", "Đông Anh"), ("LOC", "Lê Văn Hòa"), ("LOC", "Sóc Sơn")]
    # a person named after an address, and a list of people, stay people
    assert ("PER", "Nguyễn Văn Hòa") in found("Tại bến xe Ngã Tư Ga, quận 12, Nguyễn Văn Hòa, 51 tuổi, bỏ trốn.")
    assert found("Đội hình có Nguyễn Văn An, Trần Văn Bình và Lê Văn Cường.") == [
        ("PER", "Nguyễn Văn An"), ("PER", "Trần Văn Bình"), ("PER", "Lê Văn Cường")]


def test_a_credit_that_is_a_common_word_or_a_common_acronym_names_no_one() -> None:
    assert found("Nhà cổ được trùng tu năm ngoái. Ảnh: Tư liệu") == []
    assert found("Cầu bị sập sau lũ. Ảnh: Cộng tác viên") == []
    assert found("Các thí sinh trong đêm thi. Ảnh: BTC") == []
    # a reporter's name and initials are persons
    assert found("Các thí sinh trong đêm thi. Ảnh: Hải Yến") == [("PER", "Hải Yến")]
    assert found("Các thí sinh trong đêm thi. Ảnh: HY") == [("PER", "HY")]


def test_an_unnamed_officers_title_before_a_new_clause_is_not_the_next_names() -> None:
    text = "Thấy trong phòng chỉ còn Trưởng phòng Hành chính, Nguyễn Văn Hải đẩy cửa bước vào."
    assert "Nguyễn Văn Hải" not in titles_of(text)
    # a name in apposition, or announced by an honorific, is the title's
    assert titles_of("Chủ tịch nước, Nguyễn Văn Hải, dự lễ.")["Nguyễn Văn Hải"] == {("Chủ tịch nước", False)}
    assert titles_of("Bí thư Tỉnh ủy, đồng chí Nguyễn Văn Hải chủ trì.")["Nguyễn Văn Hải"] == {("Bí thư Tỉnh ủy", False)}
