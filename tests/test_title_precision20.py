"""Title rules from the eighteenth precision read (issue 9): a field in lower case that goes on after ``và`` up to the
end of the apposition (``phó phòng khai thác và phát triển ...``, a body cut at ``và``: ``Đội Phòng chống ma túy và tội
phạm``), the bodies above a title's own written in turn after commas (``Đội 2, Phòng X, Công an tỉnh Y``), not a list
of bodies alike (``Sở Y tế, Sở Tài chính``). Every sentence is written for the test."""
from __future__ import annotations

from test_entity_reads import titles_of


def test_a_lower_case_field_goes_on_after_va_to_the_end_of_the_apposition() -> None:
    text = "Ông Lê Văn Hùng, phó phòng khai thác và phát triển nguồn lợi thủy sản, bị khởi tố."
    assert titles_of(text)["Lê Văn Hùng"] == {("Phó phòng khai thác và phát triển nguồn lợi thủy sản", False)}
    text = "Ông Trần Văn Tâm, trưởng phòng tàu cá và dịch vụ hậu cần nghề cá, bị khởi tố."
    assert titles_of(text)["Trần Văn Tâm"] == {("Trưởng phòng tàu cá và dịch vụ hậu cần nghề cá", False)}
    text = "Trung úy Lê Văn Hùng, Đội trưởng Đội Phòng chống ma túy và tội phạm, cho biết."
    assert titles_of(text)["Lê Văn Hùng"] == {("Đội trưởng Đội Phòng chống ma túy và tội phạm", False), ("Trung úy", False)}


def test_va_before_other_people_ends_the_field() -> None:
    for others in ("một số cán bộ khác", "các phó phòng", "vợ là bà Lê Thị Hoa"):
        text = f"Ông Lê Văn Hùng, trưởng phòng tài chính và {others}, bị kỷ luật."
        assert titles_of(text)["Lê Văn Hùng"] == {("Trưởng phòng tài chính", False)}
    text = "Bà Lê Thị Hoa, Chủ tịch UBND phường Tân An và cấp phó bị cách chức do buông lỏng quản lý."
    assert titles_of(text)["Lê Thị Hoa"] == {("Chủ tịch Ủy ban nhân dân phường Tân An", True)}


def test_the_bodies_above_a_title_after_commas_are_its_own() -> None:
    text = "Ông Lê Văn Hùng, Đội trưởng Đội 2, Phòng Cảnh sát kinh tế, Công an tỉnh Nghệ An, cho biết."
    assert titles_of(text)["Lê Văn Hùng"] == {("Đội trưởng Đội 2 Phòng Cảnh sát kinh tế Công an tỉnh Nghệ An", False)}
    text = "Đại úy Lê Văn Hùng, Phó trưởng Công an xã Tân An, Công an huyện Nghi Lộc, Công an tỉnh Nghệ An, bị đình chỉ."
    assert ("Phó Trưởng Công an xã Tân An Công an huyện Nghi Lộc Công an tỉnh Nghệ An", False) in titles_of(text)["Lê Văn Hùng"]


def test_a_list_of_bodies_alike_is_no_parent() -> None:
    text = "Ông Lê Văn Hùng, Giám đốc Sở Y tế, Sở Tài chính, Sở Xây dựng cùng dự họp."
    assert titles_of(text)["Lê Văn Hùng"] == {("Giám đốc Sở Y tế", False)}


def test_a_move_that_takes_effect_after_a_merger_leaves_the_post_held_until_then() -> None:
    text = ("Bộ trưởng trao quyết định bổ nhiệm Thiếu tướng Lê Văn Hùng - Giám đốc Công an tỉnh Tân An giữ chức Giám đốc "
            "Công an tỉnh Hòa Lạc sau hợp nhất.")
    assert ("Giám đốc Công an tỉnh Tân An", False) in titles_of(text)["Lê Văn Hùng"]
    text = ("Đại tá Lê Văn Hùng, Giám đốc Công an tỉnh Tân An, được điều động giữ chức Giám đốc Công an tỉnh Hòa Lạc sau "
            "khi sáp nhập ba tỉnh.")
    assert ("Giám đốc Công an tỉnh Tân An", False) in titles_of(text)["Lê Văn Hùng"]


def test_a_move_now_or_a_unit_before_the_merger_leaves_the_post() -> None:
    text = "Đại tá Lê Văn Hùng, Giám đốc Công an tỉnh Tân An, được điều động giữ chức Giám đốc Công an tỉnh Hòa Lạc."
    assert ("Giám đốc Công an tỉnh Tân An", True) in titles_of(text)["Lê Văn Hùng"]
    text = ("Thiếu tướng Lê Văn Hùng - Giám đốc Công an tỉnh Tân An (trước khi hợp nhất) giữ chức vụ Giám đốc Công an tỉnh "
            "Hòa Lạc (sau hợp nhất).")
    assert ("Giám đốc Công an tỉnh Tân An", True) in titles_of(text)["Lê Văn Hùng"]


def test_a_lone_capitalised_syllable_before_a_name_is_no_part_of_the_title() -> None:
    text = "Phó chủ tịch FLC Hương Trần Kiều Dung bị bắt."
    assert ("Phó Chủ tịch FLC", False) in next(iter(titles_of(text).values()))
    text = "Thứ trưởng Bộ Công Thương Nguyễn Sinh Nhật Tân cho biết."
    assert titles_of(text)["Nguyễn Sinh Nhật Tân"] == {("Thứ trưởng Bộ Công Thương", False)}
    text = "Bí thư Thứ nhất Trung ương Đoàn Bùi Quang Huy dự lễ."
    assert titles_of(text)["Bùi Quang Huy"] == {("Bí thư thứ nhất Trung ương Đoàn", False)}


def test_a_name_that_ends_a_body_named_in_the_article_holds_no_title() -> None:
    text = ("Ông Đỗ Văn Dũng, Chủ tịch Tập đoàn Tân Hoàng Minh, bị khởi tố. Chủ tịch Tân Hoàng Minh đã xin hủy kết quả "
            "đấu giá.")
    found = titles_of(text)
    assert found["Đỗ Văn Dũng"] == {("Chủ tịch Tập đoàn Tân Hoàng Minh", False)}
    assert not any(title.endswith("Tân") for titles in found.values() for title, _ in titles)


def test_membership_of_a_team_formed_for_one_task_is_no_post() -> None:
    text = "Cơ quan điều tra phát hiện Lê Văn Hùng (38 tuổi, cán bộ Phòng An ninh kinh tế, thành viên tổ xác minh) làm lộ tin."
    assert titles_of(text)["Lê Văn Hùng"] == {("Cán bộ Phòng An ninh kinh tế", False)}
    text = "Ông Lê Văn Hùng, thành viên Hội đồng tiền lương quốc gia, cho biết."
    assert titles_of(text)["Lê Văn Hùng"] == {("Thành viên Hội đồng tiền lương quốc gia", False)}
    text = "Ông Lê Văn Hùng, chuyên viên tổ tổng hợp, cho biết."
    assert titles_of(text)["Lê Văn Hùng"] == {("Chuyên viên tổ tổng hợp", False)}


def test_a_place_right_after_a_long_body_read_word_by_word_is_its_own() -> None:
    text = ("Các ông Lê Văn Hùng (Bí thư Đảng ủy, Chủ tịch Hội đồng quản trị Trung tâm lưu ký chứng khoán Việt Nam) và "
            "Trần Văn Tâm cùng chịu trách nhiệm.")
    assert ("Chủ tịch Hội đồng quản trị Trung tâm lưu ký chứng khoán Việt Nam", False) in titles_of(text)["Lê Văn Hùng"]


def test_khac_other_ends_a_title_read_word_by_word() -> None:
    text = "Ngày 4/4, hai cựu chủ tịch khác nhiệm kỳ là Lê Văn Hùng, 67 tuổi, và Trần Văn Tâm, 57 tuổi, hầu tòa."
    assert not any("khác" in title for titles in titles_of(text).values() for title, _ in titles)


def test_a_title_runs_over_a_name_that_ends_a_body_named_in_the_article() -> None:
    text = ("Ông Đỗ Văn Dũng, Chủ tịch Tập đoàn Tân Hoàng Minh, bị khởi tố cùng Lê Văn Thịnh (Phó tổng giám đốc Tân Hoàng "
            "Minh), Phùng Thế Tính (nguyên Giám đốc Tài chính kế toán Tân Hoàng Minh) về cùng tội.")
    found = titles_of(text)
    assert found["Lê Văn Thịnh"] == {("Phó Tổng Giám đốc Tân Hoàng Minh", False)}
    assert found["Phùng Thế Tính"] == {("Giám đốc Tài chính kế toán Tân Hoàng Minh", True)}
    assert "Hoàng Minh" not in found


def test_as_many_holders_as_the_headline_counts_are_each_former() -> None:
    from vnnews import entities
    from vnnews.corpus import article_from_text

    def flags(headline: str) -> set[tuple[str, bool]]:
        text = (f"{headline}\n\nÔng Lê Văn Hùng và ông Trần Văn Tâm bị truy tố. Năm 2012, ông Hùng (với vai trò là Chủ tịch "
                "tỉnh) đã ký văn bản. Ông Trần Văn Tâm, Chủ tịch tỉnh Tân An giai đoạn sau, cũng ký.")
        table = entities.person_titles([article_from_text(text, doc_id="t")])
        return {(r.person, bool(r.former)) for r in table.itertuples()}

    assert flags("Hai cựu chủ tịch tỉnh Tân An sắp hầu tòa") == {("Lê Văn Hùng", True), ("Trần Văn Tâm", True)}
    assert flags("Ba cựu chủ tịch tỉnh Tân An sắp hầu tòa") == {("Lê Văn Hùng", False), ("Trần Văn Tâm", False)}


def test_the_counted_office_of_a_headline_is_the_office_of_its_province() -> None:
    from vnnews import entities
    from vnnews.corpus import article_from_text

    text = ("Hai cựu chủ tịch Tân An sắp hầu tòa\n\nÔng Lê Văn Hùng và ông Trần Văn Tâm, cựu chủ tịch tỉnh Tân An bị xem "
            "xét. Năm 2012, ông Hùng (với vai trò là Chủ tịch tỉnh) đã ký văn bản.")
    table = entities.person_titles([article_from_text(text, doc_id="t")])
    assert {(r.person, r.title, bool(r.former)) for r in table.itertuples()} == {
        ("Trần Văn Tâm", "Chủ tịch tỉnh Tân An", True), ("Lê Văn Hùng", "Chủ tịch tỉnh", True)}
