"""Title rules from the eleventh precision read (issue 9): the whole body of a title whose department's name
runs over several dashes, whose body's acronym in brackets comes before ``tại`` and the place, whose ministry
field goes on in lower case; and a plural group's noun (``các cán bộ ...``) given to no single member. Every
sentence is written for the test."""
from __future__ import annotations

from test_entity_reads import titles_of


def test_a_department_name_running_over_two_dashes_is_read_whole() -> None:
    text = "Bác sĩ Lê Thị Mai, Trưởng khoa Tim mạch - Lão khoa - Nội tiết, cho biết bệnh nhân đã ổn định."
    assert titles_of(text)["Lê Thị Mai"] == {("Trưởng khoa Tim mạch - Lão khoa - Nội tiết", False)}


def test_a_post_held_at_a_place_after_the_bodys_acronym_keeps_the_place() -> None:
    text = "Ông Trần Văn Khang, Giám đốc Chi nhánh Công ty Vận tải Biển Đông (VTBĐ) tại Đà Nẵng, phát biểu."
    assert titles_of(text)["Trần Văn Khang"] == {
        ("Giám đốc Chi nhánh Công ty Vận tải Biển Đông (VTBĐ) tại Đà Nẵng", False)}


def test_a_field_that_goes_on_in_lower_case_is_read_whole() -> None:
    text = "Bà Hoàng Thị Lan (nguyên Giám đốc Tài chính kế toán Công ty Sao Mai) bị khởi tố."
    assert titles_of(text)["Hoàng Thị Lan"] == {("Giám đốc Tài chính kế toán Công ty Sao Mai", True)}
    # the field alone still ends before the predicate
    text = "Bộ trưởng Tài chính Nguyễn Văn Hậu nhấn mạnh yêu cầu tiết kiệm."
    assert titles_of(text)["Nguyễn Văn Hậu"] == {("Bộ trưởng Tài chính", False)}


def test_a_plural_groups_generic_noun_is_no_members_title() -> None:
    text = "Các cán bộ tỉnh gồm ông Đào Văn Tư, Lê Văn Sáu (cùng là cựu phó giám đốc Sở Xây dựng) bị truy tố."
    found = titles_of(text)
    assert not any(title.startswith("Cán bộ") for title, _ in found.get("Đào Văn Tư", set()))
    assert ("Phó Giám đốc Sở Xây dựng", True) in found["Lê Văn Sáu"]
    text = "Nhiều đại biểu như bà Trần Thị Lụa cho rằng cần sửa luật."
    assert "Trần Thị Lụa" not in titles_of(text)
    # a numbered group of an office gives the office to each name
    text = "Ba phó giám đốc gồm ông Đào Văn Tư, Lê Văn Sáu, Trần Văn Bảy đều bị khiển trách."
    found = titles_of(text)
    assert found["Đào Văn Tư"] == {("Phó Giám đốc", False)}
    # a plural group of a named body's members keeps the title
    text = "Các đại biểu Quốc hội gồm ông Đào Văn Tư, bà Lê Thị Sáu phát biểu."
    assert ("Đại biểu Quốc hội", False) in titles_of(text)["Đào Văn Tư"]


def test_a_department_name_going_on_after_a_comma_is_read_whole() -> None:
    text = "Bị can thứ ba là Đỗ Thị Hoa, Trưởng khoa Xét nghiệm, Vi sinh lâm sàng."
    assert titles_of(text)["Đỗ Thị Hoa"] == {("Trưởng khoa Xét nghiệm, Vi sinh lâm sàng", False)}
    # a place, a head or a clause after the comma is no part of the department
    text = "Ông Vũ Văn Tâm, Trưởng phòng Kế hoạch, Hà Nội, cho biết."
    assert titles_of(text)["Vũ Văn Tâm"] == {("Trưởng phòng Kế hoạch", False)}
    text = "Ông Vũ Văn Tâm, Trưởng phòng Kế hoạch, Bí thư Chi bộ, cho biết."
    assert titles_of(text)["Vũ Văn Tâm"] == {("Trưởng phòng Kế hoạch", False), ("Bí thư Chi bộ", False)}


def test_a_dash_separated_field_ending_in_lower_case_is_read_whole() -> None:
    text = "Bác sĩ Lê Thị Mai, Phó trưởng khoa Nội tiết - Thận - Lọc máu, cho biết."
    assert titles_of(text)["Lê Thị Mai"] == {("Phó Trưởng khoa Nội tiết - Thận - Lọc máu", False)}
    text = "Ông Vũ Văn Tâm, Trưởng phòng Kế hoạch - Tài chính cho biết số liệu đã được rà soát."
    assert titles_of(text)["Vũ Văn Tâm"] == {("Trưởng phòng Kế hoạch - Tài chính", False)}


def test_a_field_read_word_by_word_goes_on_after_va_with_capitalised_words() -> None:
    text = "Ông Lê Văn Hải, Phó cục trưởng Thủy văn và Khí tượng biển (Bộ Tài nguyên), cho biết."
    assert titles_of(text)["Lê Văn Hải"] == {("Phó Cục trưởng Thủy văn và Khí tượng biển Bộ Tài nguyên", False)}
    # a head or a name after "và" is another title or person
    text = "Ông Lê Văn Hải, Phó cục trưởng Thủy văn và Phó Chủ tịch Hội Khí tượng, cho biết."
    assert ("Phó Cục trưởng Thủy văn", False) in titles_of(text)["Lê Văn Hải"]
    text = "Ông Lê Văn Hải, Phó cục trưởng Thủy văn và ông Trần Văn Nam cùng dự."
    assert titles_of(text)["Lê Văn Hải"] == {("Phó Cục trưởng Thủy văn", False)}


def test_a_un_agency_named_with_commas_is_the_whole_body_of_a_title() -> None:
    text = "Bà Lê Thị Hoa, Trưởng đại diện Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc tại Việt Nam, phát biểu."
    assert titles_of(text)["Lê Thị Hoa"] == {
        ("Trưởng đại diện Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc tại Việt Nam", False)}


def test_a_post_left_on_a_transfer_by_a_named_body_is_former() -> None:
    text = "Thiếu tướng Trần Văn Lộc – Giám đốc Công an tỉnh Hà Giang được Bộ Công an điều động, bổ nhiệm làm Cục trưởng."
    found = titles_of(text)["Trần Văn Lộc"]
    assert ("Giám đốc Công an tỉnh Hà Giang", True) in found and ("Thiếu tướng", False) in found
    text = "Thiếu tướng Trần Văn Lộc – Giám đốc Công an tỉnh Hà Giang được Bộ Công an khen thưởng."
    assert ("Giám đốc Công an tỉnh Hà Giang", False) in titles_of(text)["Trần Văn Lộc"]


def test_a_wards_name_opening_a_longer_word_of_a_known_body_is_no_place() -> None:
    from test_entity_grammar import found

    assert found("Ông Lê Văn Hà làm việc tại Chương trình Phát triển Liên Hợp Quốc ở Huế.") == [
        ("PER", "Lê Văn Hà"), ("ORG", "Chương trình Phát triển Liên Hợp Quốc"), ("LOC", "Huế")]
    assert ("LOC", "Hà Nội") in found("Công an Hoàn Kiếm Hà Nội cho biết.")


def test_fields_in_lower_case_listed_up_to_the_departments_acronym_are_its_name() -> None:
    text = "Vụ án Hoàng Văn Tiến - nguyên cán bộ Đội 5 Phòng cảnh sát phòng chống tội phạm kinh tế, tham nhũng, buôn lậu (PC03)."
    assert titles_of(text)["Hoàng Văn Tiến"] == {
        ("Cán bộ Đội 5 Phòng cảnh sát phòng chống tội phạm kinh tế, tham nhũng, buôn lậu", True)}
    # without the acronym the words after the comma are no part of the title
    text = "Ông Lê Văn Dũng, nguyên cán bộ Phòng cảnh sát điều tra tội phạm kinh tế, bị bắt."
    assert titles_of(text)["Lê Văn Dũng"] == {("Cán bộ Phòng cảnh sát điều tra tội phạm kinh tế", True)}


def test_a_company_named_after_cua_that_is_no_known_body_is_the_titles_body() -> None:
    text = "Bà Anna Berg, Giám đốc điều hành của Nordlys Energi khẳng định trên mạng xã hội."
    assert titles_of(text)["Anna Berg"] == {("Giám đốc điều hành của Nordlys Energi", False)}
    # a person after "của" is not the body
    text = "Bà Lê Thị Hoa, thư ký của ông Trần Văn Nam, cho biết."
    assert "Trần Văn Nam" not in titles_of(text).get("Lê Thị Hoa", set())
    # a membership after "của" is no office
    text = "Ông Lê Văn Hải, thành viên của Mạng lưới Sông Xanh, cho biết."
    assert "Lê Văn Hải" not in titles_of(text)


def test_an_office_once_held_for_years_is_former() -> None:
    text = "Từng nhiều năm làm Chủ tịch Hội đồng Tiền lương quốc gia, ông Phạm Văn Hưng nhấn mạnh đàm phán chưa bao giờ dễ."
    assert titles_of(text)["Phạm Văn Hưng"] == {("Chủ tịch Hội đồng Tiền lương quốc gia", True)}
    text = "Ông Phạm Văn Hưng năm nay làm Chủ tịch Hội đồng Tiền lương quốc gia."
    assert titles_of(text)["Phạm Văn Hưng"] == {("Chủ tịch Hội đồng Tiền lương quốc gia", False)}


def test_an_office_held_now_and_a_like_named_one_held_before_in_one_chain_stay_apart() -> None:
    text = "Dự họp có ông Lê Văn Hùng, Bí thư Ban cán sự Đảng, Chủ tịch UBND tỉnh, nguyên Bí thư Ban cán sự Đảng, nguyên Bộ trưởng Nội vụ."
    found = titles_of(text)["Lê Văn Hùng"]
    assert ("Bí thư Ban cán sự Đảng", False) in found and ("Bí thư Ban cán sự Đảng", True) in found
    # an office called former in one mention is former in another
    text = "Ông Lê Văn Hùng, nguyên Chủ tịch UBND tỉnh, bị kỷ luật. Khi đó, Chủ tịch UBND tỉnh Lê Văn Hùng đã ký văn bản."
    assert titles_of(text)["Lê Văn Hùng"] == {("Chủ tịch Ủy ban nhân dân tỉnh", True)}


def test_a_field_read_word_by_word_goes_on_after_va_in_lower_case_up_to_the_end_of_the_apposition() -> None:
    text = "Bị can Đỗ Thị Lan (Trưởng khoa phục hồi chức năng và y học cổ truyền) bị đề nghị truy tố."
    assert titles_of(text)["Đỗ Thị Lan"] == {("Trưởng khoa phục hồi chức năng và y học cổ truyền", False)}
    # a plural group, a relative or a noun of people after "và" is someone else
    for text in ("Ông Lý Văn Tư, Chủ tịch UBND tỉnh và các cán bộ, đã tới dự.",
                 "Ông Lý Văn Tư, Chủ tịch UBND tỉnh và phu nhân, đã tới dự.",
                 "Ông Lý Văn Tư, Giám đốc Sở Y tế và lãnh đạo bệnh viện, đã tới dự."):
        assert all(" và " not in title for title, _ in titles_of(text)["Lý Văn Tư"])
