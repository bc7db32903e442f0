"""Entity and title rules found by the fifth precision read and the third development gold: places
listed after a plural unit word, streets after a numbered lane, companies written in lower case or
named like a ward, a country after a known body, one-syllable countries that are a person's given
name, ranks that are titles of their own, and titles no longer held. Every sentence is written for
the test."""
from __future__ import annotations

import pytest

from test_entity_grammar import found
from vnnews import article_from_text, entities


def titles_of(text: str) -> dict[str, set[tuple[str, bool]]]:
    """``person -> {(title, former)}``"""
    article = article_from_text("Tiêu đề bài\n\n" + text, doc_id="t")
    table = entities.person_titles([article])
    out: dict[str, set[tuple[str, bool]]] = {}
    for r in table.itertuples():
        assert article.text[r.start : r.end] == r.text
        out.setdefault(r.person, set()).add((r.title, bool(r.former)))
    return out


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Rừng được giao cho hai thôn Khe Sến và Pa Lang quản lý.", ["Khe Sến", "Pa Lang"]),
        ("Mưa lớn ở các huyện Sơn Lâm, Cao Phong và Tà Rụt.", ["Sơn Lâm", "Cao Phong", "Tà Rụt"]),
        ("Các tuyến phố như Lê Văn Hưu, Trần Bình Trọng bị cấm xe.", ["Lê Văn Hưu", "Trần Bình Trọng"]),
    ],
)
def test_names_listed_after_a_plural_unit_word_are_places(text: str, listed: list[str]) -> None:
    assert found(text, "LOC") == [("LOC", name) for name in listed]


def test_a_singular_unit_word_does_not_make_the_next_name_a_place() -> None:
    assert ("PER", "Nguyễn Văn An") in found("Đoàn thăm xã Tân Lập và ông Nguyễn Văn An.")


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Ngôi nhà trong ngõ 47 Trần Quang Diệu, phường Ô Chợ Dừa bốc cháy.", "Trần Quang Diệu"),
        ("Cửa hàng ở hẻm 12 Lê Văn Sỹ bị niêm phong.", "Lê Văn Sỹ"),
        ("Cách tuyến Nguyễn Hữu Thọ khoảng 5 km, cây cầu mới thông xe.", "Nguyễn Hữu Thọ"),
    ],
)
def test_streets_after_a_numbered_lane_or_a_route_word_are_places(text: str, street: str) -> None:
    assert ("LOC", street) in found(text)
    assert ("PER", street) not in found(text)


def test_companies_written_in_lower_case_and_their_owners() -> None:
    assert found("Dự án do công ty Hoàng Sa Xanh bỏ vốn.", "ORG") == [("ORG", "công ty Hoàng Sa Xanh")]
    # a company's acronym and its chairman's name are two mentions
    assert found("Chủ tịch tập đoàn ABC Trịnh Văn Kiên bị bắt.") == [
        ("ORG", "tập đoàn ABC"), ("PER", "Trịnh Văn Kiên")]
    # a company of a country is no name
    assert found("Một công ty Hàn Quốc trúng thầu.") == [("LOC", "Hàn Quốc")]


def test_a_company_named_like_a_ward_holds_no_place_but_a_company_of_a_district_does() -> None:
    assert found("Tòa buộc bàn giao mặt bằng cho Công ty Duy Tân.") == [("ORG", "Công ty Duy Tân")]
    assert ("LOC", "Thủ Đức") in found("Công ty Cấp nước Thủ Đức tạm ngừng cấp nước.")
    assert ("LOC", "Đức") not in found("Công ty TNHH Thủ Đức tạm ngừng hoạt động.")


def test_a_known_body_and_its_country_are_one_name() -> None:
    assert found("Chính phủ Việt Nam và Quốc hội Lào ký thỏa thuận.", "ORG") == [
        ("ORG", "Chính phủ Việt Nam"), ("ORG", "Quốc hội Lào")]


def test_a_one_syllable_country_that_is_a_persons_given_name() -> None:
    text = "Ông Lê Văn Đức phát biểu. Theo Đức, công trình đúng hạn. Đoàn sẽ sang Đức."
    article = article_from_text("Tiêu đề bài\n\n" + text, doc_id="t")
    places = [(r.start, r.text) for r in entities.mentions([article]).itertuples() if r.label == "LOC"]
    assert places == [(article.text.index("sang Đức") + len("sang "), "Đức")]  # only after a word of place
    assert ("LOC", "Nhật") in found("Bị cáo người Nhật từng tham gia nhiều dự án.")


def test_ranks_before_another_title_are_titles_of_their_own() -> None:
    assert titles_of("Đại tá Giám đốc Công an tỉnh Nguyễn Văn Hải phát biểu.") == {
        "Nguyễn Văn Hải": {("Đại tá", False), ("Giám đốc Công an tỉnh", False)}}
    assert titles_of("Trưởng lão Hòa thượng Thích Trí Tịnh chứng minh buổi lễ.") == {
        "Thích Trí Tịnh": {("Trưởng lão", False), ("Hòa thượng", False)}}


def test_a_colon_list_title_is_not_given_to_names_with_titles_of_their_own() -> None:
    got = titles_of("Dự có Thành viên Hội đồng Chứng minh: Hòa thượng Thích Minh An, Hòa thượng Thích Minh Bảo; "
                    "Thượng tọa Thích Minh Cường, Ủy viên Hội đồng Trị sự.")
    assert ("Thành viên Hội đồng Chứng minh", False) in got["Thích Minh An"]
    assert ("Thành viên Hội đồng Chứng minh", False) in got["Thích Minh Bảo"]
    assert got["Thích Minh Cường"] == {("Thượng tọa", False), ("Ủy viên Hội đồng Trị sự", False)}


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        # "hiện giữ chức vụ" after a title: the title before is no longer held
        ("Ông Đỗ Văn Nam (Giám đốc Sở Tài chính, hiện giữ chức vụ Bí thư Huyện ủy Cam Lộ) dự họp.", "Đỗ Văn Nam",
         {("Giám đốc Sở Tài chính", True), ("Bí thư Huyện ủy Cam Lộ", False)}),
        # "từng" and a sentence about the time before
        ("Ông Trần Văn Bảo từng giữ chức Giám đốc Sở Xây dựng.", "Trần Văn Bảo", {("Giám đốc Sở Xây dựng", True)}),
        ("Trước khi làm Phó chủ tịch UBND tỉnh, ông Lê Văn Cường giữ các chức vụ: Giám đốc Sở Nội vụ, "
         "Chủ tịch UBND huyện.", "Lê Văn Cường",
         {("Phó Chủ tịch Ủy ban nhân dân tỉnh", False), ("Giám đốc Sở Nội vụ", True),
          ("Chủ tịch Ủy ban nhân dân huyện", True)}),
        # "Trước đó" dating an appointment: the title given is current
        ("Trước đó, Bộ Công an có quyết định bổ nhiệm đại tá Đỗ Văn Phong giữ chức Cục trưởng Cục Cảnh sát giao thông.",
         "Đỗ Văn Phong", {("Đại tá", False), ("Cục trưởng Cục Cảnh sát giao thông", False)}),
        # a title the article calls former once is former wherever it is written
        ("Năm 2015, thứ trưởng Công an Bùi Văn Dũng ký tờ trình. Nay ông Bùi Văn Dũng, cựu thứ trưởng Công an, "
         "bị khởi tố.", "Bùi Văn Dũng", {("Thứ trưởng Công an", True)}),
    ],
)
def test_titles_no_longer_held_are_former(text: str, person: str, expected: set) -> None:
    assert titles_of(text)[person] == expected


def test_a_byline_with_its_source_in_brackets_is_a_person() -> None:
    article = article_from_text("Tiêu đề bài\n\nCảnh sát bắt một người ở Thẩm Quyến.\n\nTuệ Minh (Theo Toutiao)",
                                doc_id="t")
    assert [p.kind for p in article.parts][-1] == "byline"
    rows = entities.mentions([article])
    assert [(r.label, r.text) for r in rows.itertuples()][-1] == ("PER", "Tuệ Minh")


def test_a_known_body_with_a_number_inside_completes_the_name_before_it() -> None:
    assert found("Cán bộ đã đến Thư viện Vùng 4 Hải quân đọc sách.", "ORG") == [("ORG", "Thư viện Vùng 4 Hải quân")]
    # "CP" is a legal form here (cổ phần), not the Government
    assert found("Gồm Công ty CP xây dựng Bắc Sơn 79 và ông An.", "ORG") == [("ORG", "Công ty CP xây dựng Bắc Sơn 79")]


def test_a_route_word_makes_only_a_persons_name_a_place() -> None:
    assert found("Chiều dài tuyến 11,5 km; tuyến Metro Số 1 và tuyến Vành đai 4 chưa xong.", "LOC") == []
    assert found("Các tuyến Nguyễn Hữu Thận, Tháp Mười được mở rộng.", "LOC") == [
        ("LOC", "Nguyễn Hữu Thận"), ("LOC", "Tháp Mười")]


def test_a_country_inside_a_longer_name_after_a_unit_word_and_a_hospital_of_a_town() -> None:
    assert found("Nhà nằm cạnh dòng sông Nhật Lệ.", "LOC") == [("LOC", "Nhật Lệ")]
    assert ("LOC", "Bà Rịa") in found("Nạn nhân được đưa đến Bệnh viện Bà Rịa.")


def test_an_owners_name_after_a_company_name_read_as_one_run() -> None:
    assert found("Chủ tịch tập đoàn Tân Hoàng Minh Đỗ Anh Dũng bị bắt.") == [
        ("ORG", "tập đoàn Tân Hoàng Minh"), ("PER", "Đỗ Anh Dũng")]


def test_apostrophes_in_company_names_acronyms_with_a_country_and_glued_sentences() -> None:
    assert found("Chương trình do tập đoàn L’Heritage thực hiện.", "ORG") == [("ORG", "tập đoàn L’Heritage")]
    # a credit glued to the next sentence: the agency's acronym names its country already
    assert ("ORG", "TTXVN") in found("Ảnh: AA/TTXVN Israel đã gây thiệt hại lớn.")
    # a caption without its full stop: a sentence opener ends the name
    assert ("PER", "Trương Vĩ Vũ") in found("Phó Tổng giám đốc Ngân hàng ICBC Trương Vĩ Vũ Các cuộc trao đổi đã diễn ra.")


def test_a_companys_line_of_business_in_lower_case_then_its_name() -> None:
    assert found("Chị làm ở Công ty TNHH Thương mại dịch vụ may mặc Thiên Phúc tại xã Hòa Lợi.", "ORG") == [
        ("ORG", "Công ty TNHH Thương mại dịch vụ may mặc Thiên Phúc")]
    # a verb and another body after the company's name are not its line of business
    assert found("Công ty ABC tài trợ Bệnh viện Chợ Rẫy.", "ORG") == [("ORG", "Công ty ABC"), ("ORG", "Bệnh viện Chợ Rẫy")]


def test_a_persons_name_after_a_unit_word_is_a_place_unless_an_office_precedes() -> None:
    assert found("Mưa lớn ở thành phố Trịnh Châu, tỉnh Hà Nam.", "LOC") == [("LOC", "Trịnh Châu"), ("LOC", "Hà Nam")]
    assert found("Ông về thăm huyện Lê Thủy.") == [("LOC", "Lê Thủy")]
    assert found("Chủ tịch UBND tỉnh Trần Duy Đông phát biểu.", "PER") == [("PER", "Trần Duy Đông")]
    assert found("Chủ tịch tỉnh Nguyễn Văn Lợi dự.", "PER") == [("PER", "Nguyễn Văn Lợi")]


def test_legal_forms_in_titles_are_written_out_and_captions_end_body_names() -> None:
    got = titles_of("Ông Nguyễn Văn An, Trưởng phòng Kinh doanh Công ty CP Sông Đà, cho biết.")
    assert got == {"Nguyễn Văn An": {("Trưởng phòng Kinh doanh Công ty Cổ phần Sông Đà", False)}}
    assert found("Hội nghị Hội đồng Thống đốc AIIB Một thành tựu lớn là ký kết.", "ORG") == [
        ("ORG", "Hội đồng Thống đốc AIIB")]


@pytest.mark.parametrize(
    ("text", "streets"),
    [
        ("Phố đi bộ mở ở đường Võ Thị Sáu, Chu Văn An, Phạm Ngũ Lão.", ["Võ Thị Sáu", "Chu Văn An", "Phạm Ngũ Lão"]),
        ("Khách sạn trên đường Bùi Thị Xuân, Phạm Hồng Thái và Lý Tự Trọng bị kiểm tra.",
         ["Bùi Thị Xuân", "Phạm Hồng Thái", "Lý Tự Trọng"]),
        ("Xe chạy nhiều ở quốc lộ 1A, Nguyễn Văn Linh, Huỳnh Tấn Phát.", ["quốc lộ 1A", "Nguyễn Văn Linh", "Huỳnh Tấn Phát"]),
    ],
)
def test_streets_listed_after_a_street_word(text: str, streets: list[str]) -> None:
    assert found(text, "LOC") == [("LOC", name) for name in streets]


def test_a_name_after_a_street_and_a_comma_that_opens_the_clause_is_a_person() -> None:
    assert found("Tại đường Lê Lợi, Nguyễn Văn An cho biết xe rất đông.") == [
        ("LOC", "Lê Lợi"), ("PER", "Nguyễn Văn An")]


def test_a_district_after_a_preposition_of_place_and_battles_named_after_rivers() -> None:
    assert found("Ông về Hoàng Mai ăn Tết.") == [("LOC", "Hoàng Mai")]
    assert found("Ông đến Nguyễn Văn Cừ cùng vợ.") == [("PER", "Nguyễn Văn Cừ")]
    assert found("Trận Bạch Đằng năm 938 và trận thủy chiến Bạch Đằng được tái hiện.", "PER") == []
    # "chiến thắng" is also the verb "to beat": the name after it may be a person's
    assert found("Nguyễn Văn An chiến thắng Trần Văn Bình ở chung kết.", "PER") == [
        ("PER", "Nguyễn Văn An"), ("PER", "Trần Văn Bình")]


def test_national_newspapers_and_sangha_bodies_and_titles() -> None:
    assert found("Theo Báo Thế giới và Việt Nam, hội nghị thành công.", "ORG") == [("ORG", "Báo Thế giới và Việt Nam")]
    got = titles_of("Hòa thượng Thích Minh Tâm, Phó Pháp chủ GHPGVN, dự lễ.")
    assert got == {"Thích Minh Tâm": {("Hòa thượng", False), ("Phó Pháp chủ Giáo hội Phật giáo Việt Nam", False)}}
