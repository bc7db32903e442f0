"""Entity and title rules found by the fourth development gold (articles rich in titles) and the sixth
precision read: a ministry's field after a title, the body above a title in brackets, two titles of
one person joined by "và", names of bodies that stop before a title, titles given by "với cương vị",
assembly and bank positions, a company named alone after its full name, banks named in Latin
letters, bar associations and military procuracies, the sea called by its unit word. Every sentence
is written for the test."""
from __future__ import annotations

import pytest

from test_entity_grammar import found
from test_entity_reads import titles_of


@pytest.mark.parametrize(("text", "person", "title"), [
    ("Thứ trưởng Tài nguyên và Môi trường Võ Văn Tâm cho biết dự án đã xong.", "Võ Văn Tâm",
     "Thứ trưởng Tài nguyên và Môi trường"),
    ("Bộ trưởng Văn hóa, Thể thao và Du lịch Hà Văn Quế phát biểu.", "Hà Văn Quế",
     "Bộ trưởng Văn hóa, Thể thao và Du lịch"),
])
def test_a_ministrys_field_after_a_title_is_read_whole(text: str, person: str, title: str) -> None:
    assert titles_of(text) == {person: {(title, False)}}


def test_the_body_above_a_title_written_in_brackets_is_part_of_the_title() -> None:
    got = titles_of("Ông Lê Văn Lợi, Cục trưởng Báo chí (Bộ Thông tin và Truyền thông), lưu ý nhiều điểm.")
    assert got == {"Lê Văn Lợi": {("Cục trưởng Báo chí Bộ Thông tin và Truyền thông", False)}}
    # an acronym in brackets is no body written out: the title stops before it
    assert titles_of("Ông Đỗ Văn Sang, Giám đốc Trung tâm Quảng cáo (VOVAMS), nói.") == {
        "Đỗ Văn Sang": {("Giám đốc Trung tâm Quảng cáo", False)}}


def test_two_titles_of_one_person_joined_by_va_and_a_body_that_stops_before_a_title() -> None:
    assert titles_of("Đại tá Ngô Văn Hải (Chủ nhiệm Kỹ thuật và Phó Tư lệnh) bị bắt.") == {
        "Ngô Văn Hải": {("Đại tá", False), ("Chủ nhiệm Kỹ thuật", False), ("Phó Tư lệnh", False)}}
    got = titles_of("Ông Lý Văn An, Giám đốc Sở Tài chính và Phó Chủ tịch UBND tỉnh Đào Văn Bình dự họp.")
    assert got == {"Lý Văn An": {("Giám đốc Sở Tài chính", False)},
                   "Đào Văn Bình": {("Phó Chủ tịch Ủy ban nhân dân tỉnh", False)}}
    assert ("ORG", "Sở Tài chính") in found("Ông Lý Văn An, Giám đốc Sở Tài chính và Giám đốc Sở Xây dựng dự họp.")


def test_a_title_after_voi_cuong_vi_belongs_to_the_name_before_it() -> None:
    got = titles_of("Trong vụ án có thiếu tướng Lê Văn Hòa. Thiếu tướng Hòa với cương vị Tư lệnh Vùng Cảnh sát "
                    "biển 2, đã vi phạm quy định.")
    assert ("Tư lệnh Vùng Cảnh sát biển 2", False) in got["Lê Văn Hòa"]


@pytest.mark.parametrize(("text", "person", "expected"), [
    ("Chung ý kiến, đại biểu Lò Văn Páo (thường trực Ủy ban Tài chính, Ngân sách) nói.", "Lò Văn Páo",
     {("Đại biểu", False), ("Thường trực Ủy ban Tài chính, Ngân sách", False)}),
    ("Trương Văn Cừ, cựu chi cục trưởng Chi cục Kiểm lâm bị truy tố.", "Trương Văn Cừ",
     {("Chi cục trưởng Chi cục Kiểm lâm", True)}),
    ("Bị cáo Vi Văn Lạng (cựu thủ quỹ) đến tòa.", "Vi Văn Lạng", {("Thủ quỹ", True)}),
    ("Bị cáo Kha Văn Sơn (cựu kiểm soát viên) đến tòa.", "Kha Văn Sơn", {("Kiểm soát viên", True)}),
])
def test_assembly_local_and_bank_positions_are_titles(text: str, person: str, expected: set) -> None:
    assert titles_of(text) == {person: expected}


def test_delegates_in_the_plural_and_a_standing_body_without_a_person_give_no_title() -> None:
    assert titles_of("Các đại biểu Quốc hội thảo luận. Thường trực Tỉnh ủy họp sáng nay.") == {}


def test_a_company_named_alone_after_its_full_name_also_in_the_headline_before_it() -> None:
    text = ("Cựu chủ tịch Thiên Long Phát bị bắt. Ông Dũng (cựu chủ tịch Công ty Thiên Long Phát) và đồng phạm "
            "bị bắt. Thiên Long Phát thua lỗ nhiều năm.")
    assert [m for m in found(text, "ORG")] == [("ORG", "Thiên Long Phát"), ("ORG", "Công ty Thiên Long Phát"),
                                              ("ORG", "Thiên Long Phát")]
    # a company named after a place or a person: the place or the person alone stays what it is
    assert found("Công ty Hòa Bình ký hợp đồng. Tỉnh Hòa Bình có mưa.", "ORG") == [("ORG", "Công ty Hòa Bình")]
    assert ("PER", "Lê Văn Tám") in found("Công ty Lê Văn Tám phá sản. Ông Lê Văn Tám nói.")


def test_banks_named_in_latin_letters() -> None:
    text = "Tiền gửi tại Vietinbank, Ocean Bank và Nam A Bank. Theo Ocean Bank, khoản vay đã trả."
    assert found(text, "ORG") == [("ORG", "Vietinbank"), ("ORG", "Ocean Bank"), ("ORG", "Nam A Bank"),
                                  ("ORG", "Ocean Bank")]


def test_bar_associations_and_military_procuracies_and_the_sea_by_its_unit_word() -> None:
    assert ("ORG", "Đoàn Luật sư Hà Nội") in found("Luật sư Vũ Văn Tiến, Đoàn Luật sư Hà Nội, bào chữa.")
    assert not [m for m in found("Luật sư Vũ Văn Tiến, Đoàn Luật sư Hà Nội, bào chữa.", "PER") if m[1].startswith("Đoàn")]
    assert ("ORG", "VKS Quân sự Trung ương") in found("Ông đề nghị VKS Quân sự Trung ương truy tố.")
    assert found("Vùng biển phía bắc biển Đông gió cấp 7.", "LOC") == [("LOC", "biển Đông")]


def test_va_between_two_titles_before_a_name_names_two_people() -> None:
    # read 7: the Prime Minister is not named here; only the deputy's title is the named person's
    assert titles_of("Thủ tướng và Phó Thủ tướng Lò Văn Hai nhiều lần đôn đốc Bộ Y tế.") == {
        "Lò Văn Hai": {("Phó Thủ tướng", False)}}


def test_a_companys_own_name_after_a_site_word_names_the_site_not_the_company() -> None:
    text = "Tổng công ty Lilama bàn giao đất. Dân sống gần nhà máy Lilama phản ánh. Lilama nộp thuế."
    assert found(text, "ORG") == [("ORG", "Tổng công ty Lilama"), ("ORG", "Lilama")]
