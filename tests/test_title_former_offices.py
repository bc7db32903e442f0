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


def test_the_office_someone_held_at_death_is_not_former() -> None:
    text = "Lễ tưởng niệm cố Tổng Bí thư Lê Văn Minh diễn ra tại Hà Nội."
    assert titles_of(text) == {"Lê Văn Minh": {("Tổng Bí thư", False)}}
    text = "Gia đình đưa linh cữu Phó chủ tịch tỉnh Đặng Văn Hậu về quê nhà."
    assert titles_of(text) == {"Đặng Văn Hậu": {("Phó Chủ tịch tỉnh", False)}}
    text = "Gia đình đưa linh cữu nguyên Phó chủ tịch tỉnh Đặng Văn Hậu về quê nhà."
    assert titles_of(text) == {"Đặng Văn Hậu": {("Phó Chủ tịch tỉnh", True)}}
    # a funeral named in the sentence before is no cue; "sự cố" is no "cố"
    text = "Lễ tang được tổ chức sáng nay. Phó chủ tịch tỉnh Đặng Văn Hậu phát biểu."
    assert titles_of(text) == {"Đặng Văn Hậu": {("Phó Chủ tịch tỉnh", False)}}
    assert titles_of("Sau sự cố Giám đốc Lê Văn An đã xin lỗi.") == {"Lê Văn An": {("Giám đốc", False)}}


def test_deputy_head_of_a_general_department() -> None:
    text = "Ông Phùng Văn Tiến, Tổng cục phó Thống kê, nhận định đây là kết quả tốt."
    assert titles_of(text) == {"Phùng Văn Tiến": {("Tổng cục phó Thống kê", False)}}


def test_a_parent_body_after_cua_stays_in_a_title_before_the_name() -> None:
    text = "Dự buổi làm việc có Chủ nhiệm Ủy ban Đối ngoại của Quốc hội Vũ Hải Hà."
    assert titles_of(text) == {"Vũ Hải Hà": {("Chủ nhiệm Ủy ban Đối ngoại Quốc hội", False)}}
    # after a name, the body above after "của" is the title's however the sentence goes on; the written-out title
    # has no "của" or comma before it
    text = "Ông Đỗ Văn Kiên ủy quyền cho bà Lý Thị Hạnh, Phó tổng giám đốc của Tập đoàn Hòa Phát thay mặt ông."
    assert titles_of(text)["Lý Thị Hạnh"] == {("Phó Tổng Giám đốc Tập đoàn Hòa Phát", False)}
    text = "Ông Lò Văn Quân, Phó ban Tuyên giáo, Tổng Liên đoàn Lao động Việt Nam, đồng tình."
    assert titles_of(text) == {"Lò Văn Quân": {("Phó ban Tuyên giáo Tổng Liên đoàn Lao động Việt Nam", False)}}
    # "của" before the title and a preposition after it still make the name an object
    assert titles_of("Theo yêu cầu của Giám đốc cho Nguyễn Văn Đạt nghỉ việc.") == {}




def test_heads_of_one_office_after_joined_names_are_held_in_turn_and_share_the_body() -> None:
    text = "Cơ quan điều tra bắt ông Lê Văn Hòa và Trịnh Minh Sơn (nguyên chủ tịch, phó chủ tịch UBND tỉnh Bình Thuận)."
    assert titles_of(text) == {"Lê Văn Hòa": {("Chủ tịch Ủy ban nhân dân tỉnh Bình Thuận", True)},
                               "Trịnh Minh Sơn": {("Phó Chủ tịch Ủy ban nhân dân tỉnh Bình Thuận", True)}}
    # two offices after the second name are that person's chain
    text = "Ông Lê Văn Hòa và ông Trịnh Minh Sơn, Phó Bí thư, Chủ tịch UBND xã Tân Lập, cho biết."
    assert titles_of(text) == {"Trịnh Minh Sơn": {("Phó Bí thư", False), ("Chủ tịch Ủy ban nhân dân xã Tân Lập", False)}}


def test_a_body_name_goes_on_after_a_dash_with_its_field_or_the_body_above() -> None:
    text = "Bà Mạc Thị Hoa, Trưởng phòng Tổ chức - Hành chính Sở Y tế, cho biết."
    assert titles_of(text) == {"Mạc Thị Hoa": {("Trưởng phòng Tổ chức - Hành chính Sở Y tế", False)}}
    text = "Bà Mạc Thị Hoa, Giám đốc Trung tâm Quảng cáo - Đài Truyền hình Việt Nam trao giải."
    assert titles_of(text) == {"Mạc Thị Hoa": {("Giám đốc Trung tâm Quảng cáo - Đài Truyền hình Việt Nam", False)}}
    # a name, a sentence opener or a second title after the dash is none of it
    assert titles_of("Giám đốc Sở Y tế - Lê Văn Bình cho biết.") == {"Lê Văn Bình": {("Giám đốc Sở Y tế", False)}}
    text = "Ông Lê Văn Bình, Giám đốc công ty - Trong khi đó, ông Nam nói."
    assert titles_of(text)["Lê Văn Bình"] == {("Giám đốc công ty", False)}
    text = "Chủ tịch Hội Cựu chiến binh - Thiếu tướng Lê Văn Khải phát biểu."
    assert titles_of(text) == {"Lê Văn Khải": {("Chủ tịch Hội Cựu chiến binh", False), ("Thiếu tướng", False)}}


def test_a_deputy_in_charge_of_a_field_keeps_it() -> None:
    text = "Phó Giám đốc phụ trách công tác An toàn Vi Văn Hùng phát biểu."
    assert titles_of(text) == {"Vi Văn Hùng": {("Phó Giám đốc phụ trách công tác An toàn", False)}}


def test_a_head_glued_to_the_dateline_before_it() -> None:
    text = "Quảng NamChi cục trưởng thủy sản Đặng Thị Tâm phát hiện sai phạm."
    assert titles_of(text) == {"Đặng Thị Tâm": {("Chi cục trưởng thủy sản", False)}}


def test_a_rank_or_an_honour_names_whoever_follows_it() -> None:
    text = "Đêm diễn có NNND Thanh Tuyết, NSƯT Hồng Vân và Thượng tá Hồng Sơn."
    assert titles_of(text) == {"Thanh Tuyết": {("Nghệ nhân nhân dân", False)}, "Hồng Vân": {("Nghệ sĩ ưu tú", False)},
                               "Hồng Sơn": {("Thượng tá", False)}}


def test_the_place_a_post_is_held_in_after_tai() -> None:
    text = "Ông Lê Văn Sang, Đại sứ Việt Nam tại Nhật Bản, cho biết."
    assert titles_of(text) == {"Lê Văn Sang": {("Đại sứ Việt Nam tại Nhật Bản", False)}}
    text = "Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu cho biết."
    assert titles_of(text) == {"Phạm Quang Hiệu": {("Đại sứ Việt Nam tại Nhật Bản", False)}}
    # "tại" before an occasion, not a place, ends the title
    text = "Ông Lê Văn Sang, Giám đốc Sở Y tế, tại buổi họp cho biết."
    assert titles_of(text) == {"Lê Văn Sang": {("Giám đốc Sở Y tế", False)}}


def test_a_degree_before_a_role_noun_and_a_name_is_that_name_s() -> None:
    text = "Chương trình có NNƯT Phương Hậu, Thạc sĩ - nhạc sĩ Phan Nhứt Dũng."
    assert titles_of(text) == {"Phương Hậu": {("Nghệ nhân ưu tú", False)}, "Phan Nhứt Dũng": {("Thạc sĩ", False)}}


def test_a_board_title_takes_the_company_a_later_title_of_the_chain_names() -> None:
    text = "Ông Lã Tuấn Anh (cựu Chủ tịch HĐTV, Tổng giám đốc VEC) bị khởi tố."
    assert titles_of(text) == {"Lã Tuấn Anh": {("Chủ tịch Hội đồng thành viên VEC", True), ("Tổng Giám đốc VEC", True)}}
    # a Party title after it names another body: the board keeps its own
    text = "Ông Lê Văn Khánh, Chủ tịch HĐQT Công ty Hòa Bình, Bí thư Đảng ủy Tổng công ty Sông Đà, cho biết."
    assert titles_of(text)["Lê Văn Khánh"] == {("Chủ tịch Hội đồng quản trị Công ty Hòa Bình", False),
                                               ("Bí thư Đảng ủy Tổng công ty Sông Đà", False)}


def test_a_word_the_segmenter_split_before_a_comma_ends_no_title() -> None:
    text = "Đại tá Lưu Văn Hiệu, Trưởng phòng Trang bị, Học viện Quân y, bị khai trừ khỏi Đảng."
    assert ("Trưởng phòng Trang bị Học viện Quân y", False) in titles_of(text)["Lưu Văn Hiệu"]
    # a verb of two syllables before a comma still opens the clause
    text = "Ông Trà Việt Hùng, Giám đốc chi nhánh Đức Phổ đánh giá, năm nay khó khăn."
    assert titles_of(text) == {"Trà Việt Hùng": {("Giám đốc chi nhánh Đức Phổ", False)}}


def test_a_post_left_for_another_is_former_but_ranks_and_party_offices_stay() -> None:
    text = "Đại tá Lò Văn Hải – Giám đốc Công an tỉnh Trà Vinh, được điều động, bổ nhiệm giữ chức vụ Giám đốc Công an tỉnh Vĩnh Long."
    assert titles_of(text) == {"Lò Văn Hải": {("Đại tá", False), ("Giám đốc Công an tỉnh Trà Vinh", True),
                                              ("Giám đốc Công an tỉnh Vĩnh Long", False)}}
    text = "Ông Hà Văn Tâm, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Sở Nội vụ, được bổ nhiệm làm Phó Chủ tịch UBND tỉnh."
    assert titles_of(text) == {"Hà Văn Tâm": {("Ủy viên Ban Thường vụ Tỉnh ủy", False), ("Giám đốc Sở Nội vụ", True),
                                              ("Phó Chủ tịch Ủy ban nhân dân tỉnh", False)}}
    # reappointed to the same post: still held
    assert titles_of("Ông Hà Văn Tâm, Giám đốc Sở Nội vụ, được bổ nhiệm lại.") == {
        "Hà Văn Tâm": {("Giám đốc Sở Nội vụ", False)}}
    # the unit before a merger
    text = "Thiếu tướng Bùi Văn Hưng, Giám đốc Công an tỉnh Bắc Ninh (trước khi sáp nhập), phát biểu."
    assert ("Giám đốc Công an tỉnh Bắc Ninh", True) in titles_of(text)["Bùi Văn Hưng"]


def test_nguyen_la_before_a_title_makes_it_former() -> None:
    text = "Đại tá Đỗ Thị Hiền nguyên là Trưởng công an thành phố Phủ Lý."
    assert titles_of(text) == {"Đỗ Thị Hiền": {("Đại tá", False), ("Trưởng Công an thành phố Phủ Lý", True)}}


def test_a_group_title_in_brackets_after_names_is_each_of_theirs_up_to_its_number() -> None:
    text = "Tòa xử ông Hồ Văn Ánh, ông Đàm Chiến Thắng, 67 tuổi; Lã Đức Vinh, 57 tuổi (hai cựu chủ tịch UBND tỉnh) hôm nay."
    assert titles_of(text) == {"Đàm Chiến Thắng": {("Chủ tịch Ủy ban nhân dân tỉnh", True)},
                               "Lã Đức Vinh": {("Chủ tịch Ủy ban nhân dân tỉnh", True)}}


def test_a_title_named_by_la_goes_to_all_the_names_joined_before_deu() -> None:
    text = "Được nói lời sau cùng, cựu chủ tịch tỉnh là Đàm Chiến Thắng và Lã Đức Vinh đều bày tỏ hối hận."
    assert titles_of(text) == {"Đàm Chiến Thắng": {("Chủ tịch tỉnh", True)}, "Lã Đức Vinh": {("Chủ tịch tỉnh", True)}}
    # without "đều" the second name is not named by it
    text = "Chủ tịch tỉnh là ông Lê Văn An và bà Trần Thị Bích, vợ ông, cho biết."
    assert titles_of(text) == {"Lê Văn An": {("Chủ tịch tỉnh", False)}}


def test_a_full_name_after_a_title_and_a_bare_company_head_is_the_holder() -> None:
    text = "Bí thư Đảng ủy, Giám đốc Công ty Hà Mạnh Toán phát biểu tại buổi lễ."
    assert titles_of(text) == {"Hà Mạnh Toán": {("Bí thư Đảng ủy", False), ("Giám đốc Công ty", False)}}
    # a company named by a two-syllable name keeps it
    assert ("Giám đốc Công ty Nguyễn Kim", False) in titles_of("Ông Lê Văn Ân, Giám đốc Công ty Nguyễn Kim, cho biết.")["Lê Văn Ân"]


def test_degrees_joined_by_a_hyphen_are_two_titles() -> None:
    text = "Giáo sư-Tiến sĩ Đào Văn Khê phát biểu tại hội thảo."
    assert titles_of(text) == {"Đào Văn Khê": {("Giáo sư", False), ("Tiến sĩ", False)}}
