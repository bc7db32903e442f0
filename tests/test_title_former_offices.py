"""Former offices from precision read 10: an office the article calls former once is former in each of its
written forms; titles shared by names after ``cùng là``/``đều là``; a dismissal after a bracket of titles; a title
a person styles themselves with is no title. Every sentence is written for the test."""
from __future__ import annotations

from test_entity_reads import titles_of

from vnnews.entities.former_offices import same_office


def test_an_office_called_former_once_is_former_in_its_shorter_and_longer_forms() -> None:
    text = ("Ông Lý Văn Hùng, nguyên Chủ tịch HĐQT Tổng công ty Thương mại Hà Nội (Hapro) bị khởi tố. "
            "Ông Hùng làm Chủ tịch HĐQT Hapro từ năm 2015.")
    assert titles_of(text) == {"Lý Văn Hùng": {
        ("Chủ tịch Hội đồng quản trị Tổng công ty Thương mại Hà Nội Hapro", True),
        ("Chủ tịch Hội đồng quản trị Hapro", True)}}
    text = ("Bị cáo Hà Văn Tâm, 60 tuổi, giữ chức Chủ tịch tỉnh từ năm 2010. "
            "Tòa tuyên phạt cựu chủ tịch Hà Văn Tâm 5 năm tù.")
    assert titles_of(text) == {"Hà Văn Tâm": {("Chủ tịch tỉnh", True), ("Chủ tịch", True)}}


def test_another_office_of_the_same_person_stays_current() -> None:
    text = ("Ông Đinh Văn Lợi, nguyên Giám đốc Sở Xây dựng, nay là Giám đốc Sở Tài chính, phát biểu. "
            "Giám đốc Sở Tài chính Đinh Văn Lợi cho biết thêm.")
    assert titles_of(text) == {"Đinh Văn Lợi": {("Giám đốc Sở Xây dựng", True), ("Giám đốc Sở Tài chính", False)}}
    assert same_office("Phó Chủ tịch", "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh")
    assert not same_office("Phó Chủ tịch Ủy ban nhân dân tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh")


def test_titles_after_cung_la_are_each_listed_name_s() -> None:
    text = ("Các bị cáo Trương Văn Kha, Lưu Minh Đức, cùng là cựu giám đốc Sở Tài nguyên và Môi trường; "
            "Tô Văn Bảy, cựu giám đốc Sở Xây dựng, bị truy tố.")
    assert titles_of(text) == {
        "Trương Văn Kha": {("Giám đốc Sở Tài nguyên và Môi trường", True)},
        "Lưu Minh Đức": {("Giám đốc Sở Tài nguyên và Môi trường", True)},
        "Tô Văn Bảy": {("Giám đốc Sở Xây dựng", True)}}
    # "cùng" without "là" joins a companion, it shares nothing
    text = "Ông Trần Văn Nam, cùng Phó chủ tịch tỉnh Lê Văn Hà, đến thăm."
    assert titles_of(text) == {"Lê Văn Hà": {("Phó Chủ tịch tỉnh", False)}}


def test_a_dismissal_after_a_bracket_of_titles_makes_them_former() -> None:
    text = "Sau vụ việc, ông Kiều Văn Sáng (Giám đốc Trung tâm Y tế huyện) bị cách chức."
    assert titles_of(text) == {"Kiều Văn Sáng": {("Giám đốc Trung tâm Y tế huyện", True)}}
    text = "Ông Kiều Văn Sáng (Giám đốc Trung tâm Y tế huyện) cho biết đã nhận được văn bản."
    assert titles_of(text) == {"Kiều Văn Sáng": {("Giám đốc Trung tâm Y tế huyện", False)}}


def test_a_title_a_person_styles_themselves_with_is_no_title() -> None:
    text = ("Nhóm của Hồ Văn Quý (người tự xưng là Thiếu tướng, Bộ trưởng Quốc phòng của một tổ chức phản động) "
            "bị bắt. Thiếu tướng Trần Đức Long, Phó tư lệnh Quân khu 9, cho biết.")
    assert titles_of(text) == {"Trần Đức Long": {("Thiếu tướng", False), ("Phó Tư lệnh Quân khu 9", False)}}
