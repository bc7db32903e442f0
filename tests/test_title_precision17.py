"""Title rules from the sixteenth precision read (issue 9): the grammar of leaving a post (a dismissal of the holder and
others, a retirement, a post held ``khi còn làm``, a later post after the years of one, a rank raised), two titles
written as one degree (``PGS.TS``), a chain joining a central and a local office (two people), a body numbered
``2.3``, a one-word body after a title (``cán bộ Đoàn``). Every sentence is written for the test."""
from __future__ import annotations

from test_entity_reads import titles_of
from vnnews import entities
from vnnews.corpus import article_from_text


def test_a_rank_and_a_degree_written_as_one_are_two_titles() -> None:
    text = "Khách mời là PGS.TS Lê Văn Hùng và GS-TS Trần Văn Khoa."
    found = titles_of(text)
    assert found["Lê Văn Hùng"] == {("Phó giáo sư", False), ("Tiến sĩ", False)}
    assert found["Trần Văn Khoa"] == {("Giáo sư", False), ("Tiến sĩ", False)}


def test_the_holder_dismissed_with_others_leaves_the_post() -> None:
    text = "Bà Lê Thị Hoa, Chủ tịch UBND phường Tân An và cấp phó bị cách chức do buông lỏng quản lý."
    assert titles_of(text)["Lê Thị Hoa"] == {("Chủ tịch Ủy ban nhân dân phường Tân An", True)}


def test_a_retirement_after_the_title_leaves_the_post() -> None:
    for verb in ("đã nghỉ hưu", "nghỉ chế độ", "về hưu"):
        text = f"Ông Lê Văn Hùng, Chủ tịch UBND xã Tân Lập, {verb} từ tháng 1."
        assert titles_of(text)["Lê Văn Hùng"] == {("Chủ tịch Ủy ban nhân dân xã Tân Lập", True)}


def test_a_post_held_khi_con_lam_is_former() -> None:
    text = "Lê Văn Tâm, 50 tuổi, bị phạt 3 năm tù vì khi còn làm cán bộ địa chính đã nhận tiền của dân."
    assert titles_of(text)["Lê Văn Tâm"] == {("Cán bộ địa chính", True)}


def test_a_post_followed_by_a_later_one_is_former() -> None:
    text = "Ông Hùng giữ cương vị Giám đốc Sở Y tế từ 2005 đến năm 2010, sau đó làm Phó chủ tịch tỉnh."
    assert titles_of(text)["Hùng"] == {("Giám đốc Sở Y tế", True), ("Phó Chủ tịch tỉnh", False)}
    text = "Ông Lê Văn Hùng, Giám đốc Sở Y tế, sau đó được điều động làm Phó chủ tịch tỉnh."
    assert titles_of(text)["Lê Văn Hùng"] == {("Giám đốc Sở Y tế", True), ("Phó Chủ tịch tỉnh", False)}
    text = "Ông Lê Văn Hùng làm Giám đốc Sở Y tế từ năm 2005 đến nay."
    assert titles_of(text)["Lê Văn Hùng"] == {("Giám đốc Sở Y tế", False)}


def test_a_rank_raised_is_no_longer_held() -> None:
    text = "Thượng úy Lê Thị Hoa được thăng cấp đại úy trước niên hạn."
    assert titles_of(text)["Lê Thị Hoa"] == {("Thượng úy", True), ("Đại úy", False)}
    text = "Thượng úy Lê Thị Hoa cho biết đơn vị đã sẵn sàng."
    assert titles_of(text)["Lê Thị Hoa"] == {("Thượng úy", False)}
    text = ("Thượng úy Lê Văn Hùng, Phòng Kỹ thuật, và thượng úy Lê Thị Hoa, Phòng Tuyên huấn, được thăng quân hàm trước "
            "thời hạn lên đại úy.")
    assert titles_of(text) == {"Lê Văn Hùng": {("Thượng úy", True)}, "Lê Thị Hoa": {("Thượng úy", True)}}
    text = "Bộ trưởng quyết định thăng quân hàm từ đại úy lên thiếu tá đối với đại úy Trần Văn Tâm, Phó trưởng phòng Kỹ thuật."
    assert ("Đại úy", True) in titles_of(text)["Trần Văn Tâm"]
    text = "Thượng úy Lê Văn Hùng cho biết đồng đội được thăng quân hàm trước thời hạn."
    assert titles_of(text)["Lê Văn Hùng"] == {("Thượng úy", False)}


def test_a_central_office_before_a_local_one_is_another_persons() -> None:
    text = "Theo ý kiến chỉ đạo của Phó Thủ tướng Chính phủ, Phó Chủ tịch UBND tỉnh Lê Văn Hùng đã họp với các sở."
    assert titles_of(text)["Lê Văn Hùng"] == {("Phó Chủ tịch Ủy ban nhân dân tỉnh", False)}
    text = "Phó Thủ tướng, Bộ trưởng Bộ Tài chính Lê Văn Hùng dự họp."
    assert titles_of(text)["Lê Văn Hùng"] == {("Phó Thủ tướng", False), ("Bộ trưởng Bộ Tài chính", False)}


def test_a_body_numbered_with_a_dot_is_whole() -> None:
    text = "Ông Trần Văn Tâm, Giám đốc Bệnh viện dã chiến 2.3, cho biết đơn vị đã sẵn sàng."
    assert titles_of(text)["Trần Văn Tâm"] == {("Giám đốc Bệnh viện dã chiến 2.3", False)}


def test_a_one_word_body_after_a_title_is_no_person() -> None:
    text = "Đội ngũ cán bộ Đoàn, cán bộ chuyên trách công tác thanh niên cần được bồi dưỡng."
    assert titles_of(text) == {}


def test_the_posts_of_someone_moved_by_a_decision_are_left() -> None:
    text = "Bộ trưởng quyết định điều động và bổ nhiệm đại tá Lê Văn Hùng (Giám đốc Công an tỉnh Tân An) giữ chức Cục trưởng Cục Hậu cần."
    assert titles_of(text)["Lê Văn Hùng"] == {("Giám đốc Công an tỉnh Tân An", True), ("Cục trưởng Cục Hậu cần", False),
                                              ("Đại tá", False)}
    text = ("Bộ trưởng điều động, bổ nhiệm giữ chức phó cục trưởng Cục Hậu cần đối với 2 cán bộ gồm: Đại tá Lê Văn Hùng (phó "
            "giám đốc Công an tỉnh Tân An) và thượng tá Lê Thị Hoa (phó giám đốc Công an tỉnh Hòa Lạc).")
    assert titles_of(text)["Lê Thị Hoa"] == {("Phó Giám đốc Công an tỉnh Hòa Lạc", True), ("Thượng tá", False)}
    text = "Bộ trưởng Công an bổ nhiệm đại tá Lê Văn Hùng, Giám đốc Công an tỉnh Tân An giữ chức Giám đốc Công an tỉnh Hòa Lạc."
    assert titles_of(text)["Lê Văn Hùng"] == {("Giám đốc Công an tỉnh Hòa Lạc", False), ("Giám đốc Công an tỉnh Tân An", True),
                                              ("Đại tá", False)}
    text = "Bộ trưởng bổ nhiệm lại ông Lê Văn Hùng, Giám đốc Sở Tài chính."
    assert titles_of(text)["Lê Văn Hùng"] == {("Giám đốc Sở Tài chính", False)}


def test_a_disciplinary_dismissal_after_the_title_leaves_the_post() -> None:
    text = "Ông Lê Văn Hùng (Giám đốc Bệnh viện Tân An) bị kỷ luật cách chức vì buông lỏng quản lý."
    assert titles_of(text)["Lê Văn Hùng"] == {("Giám đốc Bệnh viện Tân An", True)}
    text = "Sở Y tế thi hành kỷ luật ông Lê Văn Hùng, Giám đốc Trung tâm Y tế bằng hình thức cách chức."
    assert titles_of(text)["Lê Văn Hùng"] == {("Giám đốc Trung tâm Y tế", True)}


def test_a_kinship_noun_before_a_name_not_read_as_a_person_makes_the_relative_the_subject() -> None:
    text = ("Dương Thị Hy bị bắt. Năm 17 tuổi, Hy được bố mẹ hứa gả cho Tào Hồng Bình ở làng bên, vì bố Bình là bí thư chi "
            "bộ thôn, gia đình khá giả.")
    assert titles_of(text) == {}
    assert titles_of("Ông Lê Văn Tùng là bí thư chi bộ thôn.") == {"Lê Văn Tùng": {("Bí thư chi bộ thôn", False)}}


def test_the_bare_head_of_the_body_above_ends_a_title() -> None:
    text = ("Ông Lê Văn Hùng từng làm trưởng phòng Tổng hợp Văn phòng, trưởng phòng Tổng hợp Vụ Thống kê - Tổng hợp, Vụ "
            "trưởng Thống kê - Tổng hợp.")
    assert titles_of(text)["Lê Văn Hùng"] == {("Trưởng phòng Tổng hợp Văn phòng", True), ("Vụ trưởng Thống kê - Tổng hợp", True),
                                              ("Trưởng phòng Tổng hợp Vụ Thống kê - Tổng hợp", True)}


def test_a_clause_of_time_ending_with_a_name_gives_its_titles_to_the_pronoun_after_it() -> None:
    text = ("Ông Lê Văn Hùng, 49 tuổi, là thẩm phán. Tháng 3/2019, khi đang là Chánh văn phòng, Thư ký Chánh án Tòa án nhân "
            "dân Tối cao Trần Văn Tâm, ông được điều động, bổ nhiệm giữ chức Chánh án TAND tỉnh Hòa Bình.")
    found = titles_of(text)
    assert "Trần Văn Tâm" not in found
    assert {("Chánh Văn phòng", True), ("Thư ký Chánh án Tòa án nhân dân Tối cao", True)} <= found["Lê Văn Hùng"]
    assert titles_of("Khi là Bí thư Tỉnh ủy Lê Văn Hùng đã chỉ đạo quyết liệt.") == {"Lê Văn Hùng": {("Bí thư Tỉnh ủy", False)}}


def _titles_with_headline(headline: str, body: str) -> dict[str, set[tuple[str, bool]]]:
    article = article_from_text(headline + "\n\n" + body, doc_id="t")
    return {person: {(r.title, bool(r.former)) for r in rows.itertuples()}
            for person, rows in entities.person_titles([article]).groupby("person")}


def test_an_office_the_headline_calls_former_is_former_for_its_one_holder() -> None:
    body = "Bà Lê Thị Hoa, giám đốc Ngân hàng Sao Mai chi nhánh Hải Phòng, bị cáo buộc tham ô."
    found = _titles_with_headline("Cựu giám đốc Ngân hàng Sao Mai Hải Phòng hầu tòa", body)
    assert found["Lê Thị Hoa"] == {("Giám đốc Ngân hàng Sao Mai chi nhánh Hải Phòng", True)}
    found = _titles_with_headline("Giám đốc Ngân hàng Sao Mai Hải Phòng hầu tòa", body)
    assert found["Lê Thị Hoa"] == {("Giám đốc Ngân hàng Sao Mai chi nhánh Hải Phòng", False)}
    body += " Ông Trần Văn An, giám đốc Ngân hàng Sao Mai chi nhánh Hải Phòng trước bà Hoa, làm chứng."
    found = _titles_with_headline("Cựu giám đốc Ngân hàng Sao Mai Hải Phòng hầu tòa", body)
    assert found["Lê Thị Hoa"] == {("Giám đốc Ngân hàng Sao Mai chi nhánh Hải Phòng", False)}


def test_a_verb_after_a_generic_noun_makes_the_name_its_object() -> None:
    text = "Tại đây, cảnh sát được cán bộ thôn chứng thực Lê Văn Hùng chính là người bị truy nã."
    assert titles_of(text) == {}
    # membership of a team formed for one task is no post (test_title_precision20)
    assert titles_of("Ông Lê Văn Hùng, thành viên Tổ công tác liên ngành, cho biết.") != {}


def test_the_branch_after_a_dash_is_part_of_the_body() -> None:
    text = "Công an khởi tố bà Lê Thị Hoa, nguyên giám đốc Công ty TNHH Chứng khoán Sao Mai - chi nhánh Hà Nội, về tội thao túng."
    assert titles_of(text)["Lê Thị Hoa"] == {("Giám đốc Công ty TNHH Chứng khoán Sao Mai - chi nhánh Hà Nội", True)}


def test_a_post_held_while_taking_another_is_left() -> None:
    text = "Tháng 6/2020, ông Lê Văn Hùng khi đang làm Trưởng phòng Tài chính huyện đã được bầu làm Phó chủ tịch UBND huyện."
    assert titles_of(text)["Lê Văn Hùng"] == {("Trưởng phòng Tài chính huyện", True), ("Phó Chủ tịch Ủy ban nhân dân huyện", False)}
    text = "Ông Lê Văn Hùng khi là Giám đốc Sở Y tế đã ký nhiều hợp đồng."
    assert titles_of(text)["Lê Văn Hùng"] == {("Giám đốc Sở Y tế", False)}
