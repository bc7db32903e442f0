"""Title rules from the fifteenth precision read (issue 9): the lower-case words that finish the name of a title's body
or post (``Cục trưởng Y tế | dự phòng``) belong to the title; a verb of the clause after it does not. Every sentence is
written for the test."""
from __future__ import annotations

from test_entity_reads import titles_of


def test_lower_case_nouns_of_the_field_finish_the_bodys_name() -> None:
    text = "Bà Trần Thị Mến, Cục trưởng Y tế dự phòng, cảnh báo dịch sốt xuất huyết."
    assert titles_of(text)["Trần Thị Mến"] == {("Cục trưởng Y tế dự phòng", False)}
    text = "Ông Đỗ Văn Khoa, Phó giám đốc Tài chính kế toán, bị khởi tố."
    assert titles_of(text)["Đỗ Văn Khoa"] == {("Phó Giám đốc Tài chính kế toán", False)}
    text = "Ông Lê Văn Hòa, Trưởng ban Báo Nhân Dân điện tử, trình bày báo cáo."
    assert titles_of(text)["Lê Văn Hòa"] == {("Trưởng Ban Báo Nhân Dân điện tử", False)}


def test_a_numbered_part_or_the_body_above_after_the_lower_case_words_is_kept() -> None:
    text = "Ông Đỗ Văn Khoa, Phó Kiểm toán trưởng KTNN khu vực IV, trao quà cho học sinh."
    assert titles_of(text)["Đỗ Văn Khoa"] == {("Phó Kiểm toán trưởng Kiểm toán Nhà nước khu vực IV", False)}
    text = "Ông Đỗ Văn Khoa, Giám đốc điều hành tiếp thị Tập đoàn Sao Mai, phân tích."
    assert titles_of(text)["Đỗ Văn Khoa"] == {("Giám đốc điều hành tiếp thị Tập đoàn Sao Mai", False)}


def test_a_department_heads_field_may_open_with_a_verb_in_a_whole_apposition() -> None:
    text = "Ông Lê Văn Hòa, Trưởng phòng điều hành dự án, cho biết công trình sẽ xong trong năm nay."
    assert titles_of(text)["Lê Văn Hòa"] == {("Trưởng phòng điều hành dự án", False)}


def test_the_predicate_after_a_title_is_no_part_of_it() -> None:
    text = "Ông Lê Văn An, Giám đốc Sở Y tế khuyến khích người dân tiêm vắc xin."
    assert titles_of(text)["Lê Văn An"] == {("Giám đốc Sở Y tế", False)}
    text = "Bộ trưởng Lê Văn An tiếp đoàn công tác."
    assert titles_of(text)["Lê Văn An"] == {("Bộ trưởng", False)}
    text = "Ông Lê Văn An, Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026, phát biểu."
    assert titles_of(text)["Lê Văn An"] == {("Chủ tịch Ủy ban nhân dân tỉnh", False)}
    text = "Ông Lê Văn An, Bí thư Tỉnh ủy chỉ đạo công tác phòng chống dịch, yêu cầu các sở vào cuộc."
    assert titles_of(text)["Lê Văn An"] == {("Bí thư Tỉnh ủy", False)}
    text = "Ông Lê Văn An, Tổ trưởng Phòng KHVT phấn khởi, bày tỏ niềm vui."
    assert titles_of(text)["Lê Văn An"] == {("Tổ trưởng Phòng KHVT", False)}
    text = "Ông Lê Văn An, Phó chủ tịch UBND xã Tân Lập cho hay, người dân đã nhận tiền."
    assert titles_of(text)["Lê Văn An"] == {("Phó Chủ tịch Ủy ban nhân dân xã Tân Lập", False)}


def test_a_rank_or_a_degree_takes_no_lower_case_words_after_it() -> None:
    text = "Ông Lê Văn An, tiến sĩ nha khoa tại Singapore, cho biết."
    assert titles_of(text)["Lê Văn An"] == {("Tiến sĩ", False)}
    text = "Châu Anh, thiếu úy quân nhân đầu tiên dự thi, chia sẻ."
    assert titles_of(text).get("Châu Anh", {("Thiếu úy", False)}) == {("Thiếu úy", False)}


def test_a_noun_pointing_back_to_a_body_ends_the_tail() -> None:
    text = "Cuối năm 2012, ông Lê Văn An làm giám đốc trung tâm này."
    assert titles_of(text)["Lê Văn An"] == {("Giám đốc", False)}


def test_a_title_after_a_relatives_noun_and_copula_is_the_relatives() -> None:
    text = "Anh Lê Văn Tùng kể, bố của anh là bí thư chi bộ thôn."
    assert "Lê Văn Tùng" not in titles_of(text)
    text = "Anh Lê Văn Tùng kể, vợ anh là kế toán trưởng của xã."
    assert "Lê Văn Tùng" not in titles_of(text)
    # the person's own copula still gives the title
    text = "Anh Lê Văn Tùng kể, anh là bí thư chi bộ thôn."
    assert titles_of(text)["Lê Văn Tùng"] == {("Bí thư chi bộ thôn", False)}


def test_a_glued_word_and_a_bracket_after_the_tail_do_not_stop_it() -> None:
    text = "Ông Lê Hải, Trưởng ban Tạp chí Cộng sản điện tử trình bày báo cáo kiểm điểm."
    assert ("Trưởng Ban Tạp chí Cộng sản điện tử", False) in titles_of(text)["Lê Hải"]
    text = "Ông Nguyễn Văn Tân, Trưởng phòng điều hành dự án (Ban quản lý Dự án 2), cho biết."
    assert titles_of(text)["Nguyễn Văn Tân"] == {("Trưởng phòng điều hành dự án Ban quản lý Dự án 2", False)}


def test_lower_case_fields_listed_up_to_the_body_above_in_brackets_are_read_whole() -> None:
    text = "Đại tá Lê Văn Hùng, Phó cục trưởng Phòng cháy chữa cháy và cứu nạn, cứu hộ (Bộ Công an), đánh giá sản phẩm."
    assert ("Phó Cục trưởng Phòng cháy chữa cháy và cứu nạn, cứu hộ Bộ Công an", False) in titles_of(text)["Lê Văn Hùng"]
    # a list of nouns describing the person is no department's
    text = "Ông Lê Văn Hùng, cán bộ địa chính, hàng xóm của bị hại, cho biết."
    assert titles_of(text)["Lê Văn Hùng"] == {("Cán bộ địa chính", False)}


def test_a_title_someone_calls_themselves_is_not_theirs() -> None:
    text = "Phòng giam có 20 học viên. Thái Văn Dũng xưng là trưởng phòng, bắt các học viên khác phục dịch."
    assert "Thái Văn Dũng" not in titles_of(text)
    text = "Ông Thái Văn Dũng là trưởng phòng kế toán."
    assert titles_of(text)["Thái Văn Dũng"] == {("Trưởng phòng kế toán", False)}
