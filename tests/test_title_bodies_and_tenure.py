"""Title rules from the fifth development gold and the eighth precision read: a title head inside a body's name
(``Hội đồng thành viên``), a common noun pointing back to a body (``công ty này``), two titles joined by a
dash before a name, the time an office was held after it, and the words that make an office a former one
(dismissal, death, ``lúc này là``). Every sentence is written for the test."""
from __future__ import annotations

from test_entity_reads import titles_of


def test_a_title_head_inside_the_name_of_a_body_is_part_of_the_body() -> None:
    text = "Ông Trần Văn Bình, Chủ tịch Hội đồng thành viên Tổng công ty Sông Hồng, cho biết."
    assert titles_of(text) == {"Trần Văn Bình": {("Chủ tịch Hội đồng thành viên Tổng công ty Sông Hồng", False)}}
    text = "Ông Lương Văn Điền, nguyên thành viên chuyên trách Hội đồng thành viên, nguyên kiểm soát viên."
    assert titles_of(text) == {"Lương Văn Điền": {("Thành viên chuyên trách Hội đồng thành viên", True),
                                                  ("Kiểm soát viên", True)}}


def test_a_noun_pointing_back_to_a_body_is_not_written_in_the_title() -> None:
    text = "Bà Huỳnh Thị Nhung, nguyên Chủ tịch Hội đồng thành viên công ty này, bị kỷ luật."
    assert titles_of(text) == {"Huỳnh Thị Nhung": {("Chủ tịch Hội đồng thành viên", True)}}
    assert titles_of("Ông Lê Văn Bảo, giám đốc Sở này, nói.") == {"Lê Văn Bảo": {("Giám đốc Sở", False)}}
    assert titles_of("Ông Lê Văn Cảnh, Chủ tịch xã đó, nói.") == {"Lê Văn Cảnh": {("Chủ tịch xã", False)}}


def test_two_titles_joined_by_a_dash_before_a_name_are_two() -> None:
    text = "Chủ tịch Hội Cựu chiến binh tỉnh Nghệ An - Thiếu tướng Trần Văn Minh phát biểu."
    assert titles_of(text) == {"Trần Văn Minh": {("Chủ tịch Hội Cựu chiến binh tỉnh Nghệ An", False), ("Thiếu tướng", False)}}
    # a dash inside a ministry's name joins no two titles
    text = "Bộ trưởng Lao động - Thương binh và Xã hội Đào Ngọc Dung phát biểu."
    assert titles_of(text) == {"Đào Ngọc Dung": {("Bộ trưởng Lao động - Thương binh và Xã hội", False)}}


def test_the_time_an_office_was_held_is_not_in_the_title() -> None:
    text = "Ông Trương Quốc Cường, Cục trưởng Quản lý dược từ 2004 đến năm 2007, bị bắt."
    assert titles_of(text) == {"Trương Quốc Cường": {("Cục trưởng Quản lý dược", False)}}


def test_a_dismissal_after_the_title_makes_it_former_a_death_does_not() -> None:
    assert titles_of("Ông Nguyễn Văn Hòa, Phó chủ tịch UBND phường 5, bị cách chức vì vi phạm.") == {
        "Nguyễn Văn Hòa": {("Phó Chủ tịch Ủy ban nhân dân phường 5", True)}}
    # a post held at death was not left: it is not former unless the text says so
    assert titles_of("Ông Trần Văn Sơn, Bí thư Huyện ủy Đông Anh, đã qua đời.") == {
        "Trần Văn Sơn": {("Bí thư Huyện ủy Đông Anh", False)}}
    assert titles_of("Ông Trần Văn Sơn, nguyên Bí thư Huyện ủy Đông Anh, đã từ trần.") == {
        "Trần Văn Sơn": {("Bí thư Huyện ủy Đông Anh", True)}}
    assert titles_of("Ông Trần Văn Sơn, Bí thư Huyện ủy Đông Anh, đã ký quyết định.") == {
        "Trần Văn Sơn": {("Bí thư Huyện ủy Đông Anh", False)}}


def test_an_office_held_at_the_time_a_story_tells_of_is_former() -> None:
    text = "Năm 2011, ông Lê Đức Vinh lúc này là Phó chủ tịch UBND tỉnh đã ký văn bản."
    assert titles_of(text) == {"Lê Đức Vinh": {("Phó Chủ tịch Ủy ban nhân dân tỉnh", True)}}


def test_an_office_named_with_cuong_vi_is_the_persons_and_a_numbered_unit_is_no_name() -> None:
    text = "Ban Bí thư kỷ luật ông Phạm Kim Thanh. Ông Thanh trên cương vị Tư lệnh Vùng 3 đã ký các văn bản."
    assert titles_of(text) == {"Phạm Kim Thanh": {("Tư lệnh Vùng 3", False)}}
    assert titles_of("Ông Nguyễn Văn Bình với cương vị Chủ tịch UBND tỉnh đã ký.") == {
        "Nguyễn Văn Bình": {("Chủ tịch Ủy ban nhân dân tỉnh", False)}}


def test_a_title_of_a_group_further_left_is_not_the_named_persons() -> None:
    text = "Dù nhiều đại biểu đồng tình, Bộ trưởng Tư pháp Lê Thành Long cho biết quan điểm khác."
    assert titles_of(text) == {"Lê Thành Long": {("Bộ trưởng Tư pháp", False)}}
    # right before the names, a plural title is theirs
    assert titles_of("Các Phó Thủ tướng Lê Văn Thành, Phạm Bình Minh dự.") == {
        "Lê Văn Thành": {("Phó Thủ tướng", False)}, "Phạm Bình Minh": {("Phó Thủ tướng", False)}}
