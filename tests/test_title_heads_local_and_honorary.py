"""Title heads from the ninth precision read and a recall read of untitled people on real exports: heads of
neighbourhoods, teams, posts and stations (``trưởng khu phố``, ``Đội phó``, ``Trưởng đồn``), the State's
honorary titles (``Nghệ nhân ưu tú``, ``NSND``), whole titles that take no words after them as a body (a rank
before a description), and ``Trợ lý`` only with the office it assists. Every sentence is written for the test."""
from __future__ import annotations

from test_entity_reads import titles_of


def test_heads_of_neighbourhoods_teams_and_posts() -> None:
    text = "Ông Trần Văn Nhân, trưởng khu phố 3, phường Phú Hòa, cho biết người dân đồng tình."
    assert titles_of(text) == {"Trần Văn Nhân": {("Trưởng khu phố 3", False)}}
    text = "Bà Lê Thị Hoa, tổ trưởng tổ dân phố số 7, nói."
    assert titles_of(text) == {"Lê Thị Hoa": {("Tổ trưởng tổ dân phố số 7", False)}}
    assert titles_of("Đội phó Phạm Văn Lâm cùng đồng đội xuống ứng cứu.") == {"Phạm Văn Lâm": {("Đội phó", False)}}
    text = "Thiếu tá Hồ Văn Sơn, Trưởng đồn Biên phòng Cửa khẩu Lao Bảo, cho biết."
    assert titles_of(text) == {"Hồ Văn Sơn": {("Thiếu tá", False), ("Trưởng đồn Biên phòng Cửa khẩu Lao Bảo", False)}}


def test_honorary_titles_of_the_state_and_their_abbreviations() -> None:
    text = "Nghệ nhân ưu tú Đỗ Văn Tùng, 57 tuổi, chỉ huy đội đúc đồng."
    assert titles_of(text) == {"Đỗ Văn Tùng": {("Nghệ nhân ưu tú", False)}}
    assert titles_of("Ông Phạm Văn Ba, Anh hùng lao động, phát biểu.") == {"Phạm Văn Ba": {("Anh hùng lao động", False)}}
    assert titles_of("Vở diễn có NSND Trần Văn Nhượng đóng vai chính.") == {
        "Trần Văn Nhượng": {("Nghệ sĩ nhân dân", False)}}


def test_a_whole_title_takes_no_description_after_it_as_its_body() -> None:
    text = "Thiếu úy nữ quân nhân xinh đẹp Nguyễn Thị Mai cho biết."
    assert titles_of(text) == {"Nguyễn Thị Mai": {("Thiếu úy", False)}}
    text = "Tiến sĩ kinh tế Lê Văn Hòa nhận định."
    assert titles_of(text) == {"Lê Văn Hòa": {("Tiến sĩ", False)}}
    assert titles_of("Nhà giáo ưu tú.PGS.TS Lê Văn Đào cho biết.") == {"Lê Văn Đào": {("Nhà giáo ưu tú", False)}}
    # a whole title before a comma is the title of the words before the comma (a stage name), not of the name after it
    assert titles_of("Đêm nhạc có NSƯT Việt Hà, ca sĩ Trần Thị Vân.") == {"Việt Hà": {("Nghệ sĩ ưu tú", False)}}
    assert titles_of("Thạc sĩ, bác sĩ Đỗ Văn Lưu khám cho bệnh nhân.") == {"Đỗ Văn Lưu": {("Thạc sĩ", False)}}
    assert titles_of("Khi trung úy bỏ chạy, ông Bùi Văn Hoàng đuổi theo.") == {}
    # an office keeps its body, written lower-case or not
    text = "Bà Vũ Thị Lan, hiệu trưởng trường tiểu học Kim Đồng, cho biết."
    assert titles_of(text) == {"Vũ Thị Lan": {("Hiệu trưởng trường tiểu học Kim Đồng", False)}}


def test_an_assistant_is_a_title_only_with_the_office_it_assists() -> None:
    assert titles_of("Trong văn phòng, Trợ lý Nguyễn Văn Minh sắp xếp hồ sơ.") == {}
    text = "Trợ lý Tổng Bí thư Nguyễn Văn Ba dự họp."
    assert titles_of(text) == {"Nguyễn Văn Ba": {("Trợ lý Tổng Bí thư", False)}}


def test_a_title_before_a_naming_word_is_each_named_holders() -> None:
    text = "Ba phó giám đốc gồm ông Trần Văn Đại, Lê Ngọc Tú và Phan Mạnh Phát đều bị khiển trách."
    assert titles_of(text) == {name: {("Phó Giám đốc", False)} for name in ("Trần Văn Đại", "Lê Ngọc Tú", "Phan Mạnh Phát")}
    text = "Hai Phó Chủ tịch UBND tỉnh lần lượt là ông Nguyễn Văn An và bà Trần Thị Bình."
    assert titles_of(text) == {name: {("Phó Chủ tịch Ủy ban nhân dân tỉnh", False)} for name in ("Nguyễn Văn An", "Trần Thị Bình")}
    assert titles_of("Bí thư Tỉnh ủy là ông Lê Văn Ba.") == {"Lê Văn Ba": {("Bí thư Tỉnh ủy", False)}}
    # a time word before the naming word: the office was held then
    text = "Chủ tịch UBND tỉnh thời điểm này là ông Lê Văn Vinh đã yêu cầu dừng dự án."
    assert titles_of(text) == {"Lê Văn Vinh": {("Chủ tịch Ủy ban nhân dân tỉnh", True)}}
    # a title of another clause before the naming word is not the name's
    assert titles_of("Theo Chủ tịch UBND tỉnh, người vi phạm là ông Lê Văn Ba.") == {}
    # without a group word the title is the first name's only
    text = "Giám đốc Sở Y tế là ông Trần Văn An và bà Lê Thị Hoa cũng có mặt."
    assert titles_of(text) == {"Trần Văn An": {("Giám đốc Sở Y tế", False)}}


def test_a_verb_or_preposition_between_a_title_and_a_name_makes_the_name_an_object() -> None:
    assert titles_of("Giám đốc bệnh viện gọi cho Huỳnh Văn Trọng, 37 tuổi, đặt vấn đề.") == {}
    assert titles_of("Ông nói yêu cầu của Giám đốc bệnh viện cho Lê Quốc Đạt.") == {}
    assert titles_of("Sau đó, Chủ tịch tập đoàn hẹn gặp Lê Thị Hồng trao đổi.") == {}
    # a body's name may hold a preposition
    text = "Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Nguyễn Văn An cho biết."
    assert titles_of(text) == {"Nguyễn Văn An": {("Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh", False)}}


def test_no_title_in_nouns_that_open_with_a_head_and_none_pointing_back() -> None:
    text = "Năm 2021, tòa ra Quyết định giám đốc thẩm, cho ông Đặng Văn Vũ được ly hôn."
    assert titles_of(text) == {}
    text = "Người biểu tình yêu cầu Thủ tướng nước này – bà Lê Thị Hoa từ chức."
    assert titles_of(text) == {"Lê Thị Hoa": {("Thủ tướng", False)}}
    text = "Ông Trần Văn Trường, nguyên Viện trưởng vài trăm triệu."
    assert titles_of(text) == {"Trần Văn Trường": {("Viện trưởng", True)}}


def test_a_word_after_a_title_in_apposition_to_a_named_person_is_the_body_not_a_person() -> None:
    text = "Ông Nguyễn Hữu Tâm, Phó tổng giám đốc Vinaconex, cho biết hợp đồng đã ký."
    assert titles_of(text) == {"Nguyễn Hữu Tâm": {("Phó Tổng Giám đốc Vinaconex", False)}}
    text = "Ông Nguyễn Hữu Tâm (nguyên Tổng giám đốc Vinaconex) cho biết."
    assert titles_of(text) == {"Nguyễn Hữu Tâm": {("Tổng Giám đốc Vinaconex", True)}}
    # a title that opens a clause still announces a name
    assert titles_of("Hội nghị có mặt Thủ tướng Kishida.") == {"Kishida": {("Thủ tướng", False)}}


def test_a_head_the_segmenter_splits_before_a_verb_stays_in_the_title() -> None:
    text = "Đoàn do ông Nguyễn Văn Em, Phó Bí thư Thường trực Tỉnh ủy làm trưởng đoàn."
    assert titles_of(text) == {"Nguyễn Văn Em": {("Phó Bí thư Thường trực Tỉnh ủy", False), ("Trưởng Đoàn", False)}}


def test_the_body_above_after_a_comma_or_cua_that_closes_the_apposition_is_in_the_title() -> None:
    text = "Ông Lê Đình Quang, Phó ban Chính sách pháp luật, Tổng Liên đoàn Lao động Việt Nam, đồng tình."
    assert titles_of(text) == {"Lê Đình Quang": {("Phó ban Chính sách pháp luật Tổng Liên đoàn Lao động Việt Nam", False)}}
    text = "Lưu Văn Dũng (35 tuổi, Phó phòng Bảo hộ công dân Cục Lãnh sự, Bộ Ngoại giao) bị bắt."
    assert titles_of(text) == {"Lưu Văn Dũng": {("Phó phòng Bảo hộ công dân Cục Lãnh sự Bộ Ngoại giao", False)}}
    text = "Ông Bùi Văn Lợi, nguyên Phó chủ nhiệm Ủy ban Xã hội của Quốc hội, nhận định."
    assert titles_of(text) == {"Bùi Văn Lợi": {("Phó Chủ nhiệm Ủy ban Xã hội Quốc hội", True)}}
    # a body that opens the next clause is not the title's
    text = "Theo ông Lê Văn An, Chủ tịch UBND tỉnh, UBND tỉnh đã chỉ đạo."
    assert titles_of(text) == {"Lê Văn An": {("Chủ tịch Ủy ban nhân dân tỉnh", False)}}


def test_a_former_cue_glued_to_the_dateline_before_it() -> None:
    text = "Hà NộiCựu chủ tịch FLC Trịnh Văn Quý bị miễn nhiệm tư cách thành viên hội đồng."
    assert titles_of(text) == {"Trịnh Văn Quý": {("Chủ tịch FLC", True)}}
