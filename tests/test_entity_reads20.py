"""Entity rules after precision read 18, PER and LOC (sentences written for the tests)."""
from __future__ import annotations

from vnnews import article_from_text
from vnnews.entities.extract import article_mentions


def _mentions(body: str) -> list[tuple[str, str]]:
    a = article_from_text("Tiêu đề\n\n" + body, doc_id="x")
    return [(m.label, a.text[m.start : m.end]) for m in article_mentions(a)]


def _places(body: str) -> list[str]:
    return [text for label, text in _mentions(body) if label == "LOC"]


def _people(body: str) -> list[str]:
    return [text for label, text in _mentions(body) if label == "PER"]


def test_a_numbered_bridge_or_park_is_the_structure_with_its_word():
    found = _places("Tỉnh khởi công cầu Phước Long 2 và mở rộng Khu công nghiệp Tân Định 3 trong năm nay.")
    assert found == ["cầu Phước Long 2", "Khu công nghiệp Tân Định 3"]


def test_a_numbered_lane_is_an_address_element_not_a_place():
    assert _places("Gia đình anh thuê nhà số 7, ngõ 85 đường Kim Giang, quận Thanh Xuân.") == ["Kim Giang", "Thanh Xuân"]
    assert _places("Cửa hàng trong hẻm 31 đường Nguyễn Trãi bị cháy.") == ["Nguyễn Trãi"]


def test_the_last_two_syllables_of_a_full_name_written_bare_are_the_person():
    body = "Người mẫu Lê Thị Ngọc Hà giành giải. Sau đêm thi, Ngọc Hà cảm ơn khán giả."
    assert _people(body) == ["Lê Thị Ngọc Hà", "Ngọc Hà"]
    body = "Luật sư Võ Đan Mạch tham gia vụ án. Theo luật sư Đan Mạch, bị cáo có thể được giảm án."
    assert _people(body) == ["Võ Đan Mạch", "Đan Mạch"]


def test_a_province_or_country_a_person_s_name_ends_with_stays_a_place_when_bare():
    assert _places("Ông Nguyễn Văn Đan Mạch đến thăm. Đan Mạch là nước có nhiều điện gió.") == ["Đan Mạch"]
    body = "Anh Trần Văn Ngọc Hà sống ở phường Ngọc Hà. Người dân Ngọc Hà góp tiền xây cầu."
    assert _places(body) == ["Ngọc Hà", "Ngọc Hà"]


def test_a_given_name_written_before_a_full_name_after_a_word_of_address_is_one_name():
    assert _people("Tòa triệu tập bà Lan Phạm Thị Thu Hà, Tổng giám đốc công ty.") == ["Lan Phạm Thị Thu Hà"]
    assert _people("Ông Nguyễn Văn Hùng và bà Phạm Thị Mai dự lễ.") == ["Nguyễn Văn Hùng", "Phạm Thị Mai"]


def test_a_credit_opening_with_a_common_noun_before_an_acronym_or_a_lower_case_word_is_no_one():
    assert _people("Toàn cảnh công trình. Ảnh: Trang TTĐT huyện") == []
    assert _people("Clip: Lốc xoáy quét qua làng chài") == []
    assert _people("Toàn cảnh công trình. Ảnh: Hoàng") == ["Hoàng"]


def test_the_second_name_of_a_credit_line_keeps_a_first_syllable_that_is_a_word_of_address():
    assert _people("Phiên tòa kết thúc chiều qua.\n\nLê Minh - Anh Khoa") == ["Lê Minh", "Anh Khoa"]


def test_a_name_after_a_kinship_noun_is_the_relative_even_when_a_ward_is_so_named():
    assert _mentions("Nữ ca sĩ đi nghỉ cùng ông xã Hoàng Anh Tuấn.") == [("PER", "Hoàng Anh Tuấn")]
    assert _mentions("Nữ diễn viên khoe ảnh bên ông xã Đức Phúc.") == [("PER", "Đức Phúc")]
    assert _mentions("Cô lần đầu công khai bạn trai Bảo Lộc trên mạng xã hội.") == [("PER", "Bảo Lộc")]


def test_a_country_or_province_after_a_kinship_noun_is_where_the_relative_is_from():
    assert _mentions("Chị lấy chồng Hàn Quốc từ năm 2010.") == [("LOC", "Hàn Quốc")]
    assert _mentions("Ông sống cùng vợ ở xã Tân Lập.") == [("LOC", "Tân Lập")]


def test_a_family_name_joined_by_hyphens_to_lower_case_syllables_is_whole():
    assert _people("Sáng sớm, chị Bờ-nướch Thị Mai lên nương.") == ["Bờ-nướch Thị Mai"]
    assert _people("Theo ông A-lăng, dân làng đã dời nhà.") == ["A-lăng"]


def test_a_capitalised_kind_word_of_a_two_syllable_name_listed_mid_sentence_is_part_of_the_name():
    assert _places("Thành phố có ba trạm: Rạch Bàng, Bến Lội, Tân Kiểng.")[:2] == ["Rạch Bàng", "Bến Lội"]
    assert _places("Ghe đi qua rạch Bà Tàng rồi ra sông.") == ["Bà Tàng"]


def test_a_ward_s_name_in_a_list_a_plural_role_noun_opens_is_a_person():
    found = _mentions("Khán giả gặp lại các danh thủ Lê Huỳnh Đức, Hồng Sơn, Minh Phương trên sân.")
    assert [label for label, _ in found] == ["PER", "PER", "PER"]
    found = _mentions("Bộ phim quy tụ các bạn diễn Hoài Linh, Kim Xuân, Hồng Vân.")
    assert ("PER", "Hồng Vân") in found and ("LOC", "Hồng Vân") not in found


def test_a_judge_is_a_role_noun_opening_a_list_of_people():
    found = _mentions("Đêm chung kết có các giám khảo Lê Văn Hùng, Trần Thị Lan, Hồng Sơn.")
    assert found == [("PER", "Lê Văn Hùng"), ("PER", "Trần Thị Lan"), ("PER", "Hồng Sơn")]


def test_a_ward_listed_among_places_stays_a_place():
    assert _places("Đoàn đi qua Hà Nội, Hồng Sơn, Đà Nẵng.") == ["Hà Nội", "Hồng Sơn", "Đà Nẵng"]


def test_a_capitalised_acronym_after_a_role_noun_is_a_club_not_a_person():
    assert _people("Các cựu cầu thủ MU giao lưu với người hâm mộ.") == []
    assert _people("Cầu thủ Nguyễn Văn Toàn ghi bàn.") == ["Nguyễn Văn Toàn"]


def test_inner_mongolia_is_one_place():
    assert _places("Đoàn khảo sát đồng cỏ ở Nội Mông Cổ trong tuần.") == ["Nội Mông Cổ"]


def test_names_listed_after_a_place_and_a_preposition_of_place_are_streets_or_places():
    body = "Quận bố trí 50 xe đạp tại Hai Bà Trưng, Phan Chu Trinh, Lê Thánh Tông, Ngô Quyền."
    assert _people(body) == [] and "Lê Thánh Tông" in _places(body)
    assert _people("Đoàn về tới Hà Nội, Trần Văn Bình và Lê Thị Hoa ra đón.") == ["Trần Văn Bình", "Lê Thị Hoa"]
    # streets shaped like people after a preposition of place are no list of people either
    assert _people("Xe đặt tại Giảng Võ, Trần Văn Hòa, Lê Văn Hưu, Nguyễn Du.") == []


def test_a_name_inside_the_quoted_title_of_a_show_is_no_person():
    assert _people("Khán giả xem chương trình “Gió Trần Giang thổi mãi” trên sân khấu nổi.") == []
    assert _people('Anh kể "Chị Nguyễn Thị Hoa đã về nhà rồi", rồi lặng im.') == ["Nguyễn Thị Hoa"]
    assert _people('Ông nói: "Nguyễn Văn Nam đi làm rồi".') == ["Nguyễn Văn Nam"]


def test_a_district_after_a_headline_colon_is_whole_and_no_country_inside_it():
    assert _places("Giám đốc Sở Xây dựng: Thủ Đức cần thêm cầu") == ["Thủ Đức"]
    assert "Đức" not in _places("Chủ tịch Thủ Đức nói về dự án.")
    # a longer place that starts inside a ward's name is still read
    assert _places("Loài cây này mọc ở phía Nam Trung Quốc và miền Nam Thái Lan.") == ["Trung Quốc", "Thái Lan"]


def test_northern_ireland_is_one_place():
    assert _places("Hàng hóa đi giữa Scotland và Bắc Ireland bị kiểm tra.") == ["Scotland", "Bắc Ireland"]


def test_a_route_between_two_directions_after_a_road_word_is_no_place():
    assert _places("Tuyến cao tốc Bắc - Nam phía Đông sẽ xong trong năm nay.") == []
    assert _places("Xe đi trên đại lộ Đông – Tây rồi rẽ vào quận 2.") == ["quận 2"]
