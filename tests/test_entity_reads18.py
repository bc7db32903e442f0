"""Entity rules after precision read 17, PER and LOC (sentences written for the tests)."""
from __future__ import annotations

from vnnews import article_from_text
from vnnews.entities.extract import article_mentions


def _mentions(body: str) -> list[tuple[str, str]]:
    a = article_from_text("Tiêu đề\n\n" + body, doc_id="x")
    return [(m.label, a.text[m.start : m.end]) for m in article_mentions(a)]


def _places(body: str) -> list[str]:
    return [text for label, text in _mentions(body) if label == "LOC"]


def test_a_numbered_structure_or_zone_is_whole_and_a_numbered_village_keeps_its_number():
    # (read 20: a numbered structure is the structure with its word, not its place with a number)
    assert "cửa khẩu Tân Phong 2" in _places("Chiều qua, xe tải chở hàng qua cửa khẩu Tân Phong 2 ở huyện biên giới.")
    assert "khu công nghiệp Hòa Khánh 1" in _places("Công nhân khu công nghiệp Hòa Khánh 1 tan ca lúc 17h.")
    assert "Đông Yên 3" in _places("Bà trú thôn Đông Yên 3, xã Quảng Phú, cho biết như vậy.")
    assert "Cầu Sông Lam 2" in _places("Cầu Sông Lam 2 sẽ thông xe vào cuối năm.")


def test_a_count_a_measure_a_figure_or_a_range_after_a_place_is_not_its_number():
    assert "Hà Nội" in _places("Đoàn khách ở lại Hà Nội 3 ngày rồi về quê.")
    assert "Hòa Khánh" in _places("Cầu Hòa Khánh 4 năm nay chưa được sửa.")
    assert "Phú Mỹ" in _places("Người dân bơi qua sông Phú Mỹ 2-3 lần mỗi ngày; thôn Phú Mỹ 2,5 km.")
    assert "Cần Thơ" in _places("Tuổi thọ cao nhất là TP Cần Thơ 7; tỉnh Long An 6.")


def test_a_numbered_structure_named_bare_later_is_the_structure_with_its_number():
    found = _mentions("Cầu Lê Văn Tám 2 nằm phía Đông tỉnh.\n\nLê Văn Tám 2 khi thông xe giúp nối hai huyện.")
    assert found == [("LOC", "Cầu Lê Văn Tám 2"), ("LOC", "Lê Văn Tám 2")]


def test_a_name_run_into_the_next_sentence_ends_where_the_article_ends_it_elsewhere():
    found = _mentions("Công an bắt Phan Văn Khoa tại nhà. Nghi phạm Phan Văn Khoa Tương tự cách trên, Khoa lừa thêm hai người.")
    assert [t for label, t in found if label == "PER"][:2] == ["Phan Văn Khoa", "Phan Văn Khoa"]
    # a longer name the article never writes shorter, or followed by a verb, stays whole
    found = _mentions("Xe chạy qua Lê Văn Bình. Lê Văn Bình Minh nói sẽ làm rõ.")
    assert ("PER", "Lê Văn Bình Minh") in found


def test_a_place_run_into_the_name_after_its_title_ends_where_the_article_ends_it():
    found = _mentions("Ngày 2/7, tại thành phố Kassel, lễ hội khai mạc. Thị trưởng thành phố Kassel Anna Berger phát biểu.")
    assert found == [("LOC", "Kassel"), ("LOC", "Kassel"), ("PER", "Anna Berger")]


def test_a_code_an_acronym_a_country_or_a_common_word_after_a_number_is_no_street():
    assert _places("Nhà thầu trúng gói thầu số 12 XL của dự án.") == []
    assert _places("Bà từng là trưởng phòng giao dịch số 5 MBC của quỹ.") == []
    assert "Việt Nam" not in _places("Bệnh viện dã chiến số 4 Việt Nam tại châu Phi nhận huy chương.") or \
        _mentions("Bệnh viện dã chiến số 4 Việt Nam tại châu Phi nhận huy chương.")[0][1] == "Việt Nam"
    assert "Vương" not in _places("Anh gặp tay vợt số 2 Vương quốc Anh ở bán kết.")
    assert _places("Cửa hàng số 18 Lý Thường Kiệt, quận Hoàn Kiếm bị cháy.")[0] == "Lý Thường Kiệt"


def test_a_ward_named_in_a_list_of_brands_beside_an_acronym_is_no_place():
    assert _places("Giá vàng miếng tại SJC, Mi Hồng, Phú Quý, PNJ cùng giảm 500.000 đồng.") == []
    assert _places("Mưa lớn ở TP HCM, Hóc Môn, Củ Chi suốt đêm.") == ["TP HCM", "Hóc Môn", "Củ Chi"]


def test_a_compass_point_after_a_dash_is_a_route_not_a_person_named_so():
    found = _mentions("Ông Trần Văn Nam đến dự. Cao tốc trên tuyến Bắc – Nam sẽ xong năm 2025, Nam nói.")
    assert [t for label, t in found if label == "PER"] == ["Trần Văn Nam", "Nam"]


def test_a_name_after_a_numbered_road_and_a_dash_is_the_road():
    found = _mentions("Tuyến đường sắt nhẹ đi theo Vành đai 2 - Trần Khát Chân được đề xuất.")
    assert found == [("LOC", "Trần Khát Chân")]


def test_a_place_run_into_another_place_ends_where_the_article_ends_it_but_a_longer_name_stays():
    assert _places("Xe lên đèo Mimosa. Đang đổ đèo Mimosa Đà Lạt, xe tông ôtô.") == ["Mimosa", "Mimosa", "Đà Lạt"]
    assert "Dài Năm Giếng" in _places("Núi Dài cao. Ở núi Dài Năm Giếng có chùa.")


def test_a_ward_in_a_list_beside_one_acronym_or_before_a_body_stays_a_place():
    assert "Yên Phong" in _places("Tỉnh có khu công nghiệp như VSIP, Yên Phong, Thuận Thành.")
    assert "Tây Hồ" in _places("Tại bãi đất cạnh phủ Tây Hồ, UBND phường Quảng An cắm biển.")


def test_a_ward_s_name_alone_on_the_last_line_is_the_author():
    assert _mentions("Mưa lớn gây ngập nhiều tuyến phố ở quận Hoàn Kiếm.\n\nTrung Sơn")[-1] == ("PER", "Trung Sơn")
    assert _mentions("Ông về thăm Trung Sơn hôm qua, trời mưa.")[-1] == ("LOC", "Trung Sơn")


def test_a_common_word_written_with_a_capital_after_a_unit_word_is_no_place():
    assert _places("Đoạn ngầm từ ga Nhà hát đến ga Bến Thành dài 515 m.") == ["Bến Thành"]
    assert _places("Xe chạy trên đường Vành đai 3 rồi qua cầu Hy vọng.") == []
    assert _places("Nước sông Hồng được xả qua cầu Calmette bên kia.") == ["Hồng", "Calmette"]
    assert _places("Hai bé ra bờ sông Lam chơi, còn xã Krông Pắc căng biển cảnh báo.") == ["Lam", "Krông Pắc"]


def test_a_name_in_brackets_after_a_player_is_a_club_when_another_such_is_a_team():
    body = ("Các cầu thủ Phùng Gia Nam TPHCM vào sân.\n\nCầu thủ hay nhất: Trần Văn Toàn (Phùng Gia Nam TPHCM). "
            "Thủ môn hay nhất: Lê Văn Tài (số 1, Phùng Gia Bắc). Phùng Gia Bắc giành ngôi nhì.\n\n"
            "Đội nhì: Phùng Gia Bắc Đội hạng ba: Sao Mai FC")
    found = _mentions(body)
    assert ("PER", "Phùng Gia Bắc") not in found and ("PER", "Phùng Gia Bắc Đội") not in found
    assert found.count(("ORG", "Phùng Gia Bắc")) == 3 and ("PER", "Lê Văn Tài") in found
    # no team in the article: a name in brackets after a person's stays a person (an alias)
    assert ("PER", "Lê Văn Bình") in _mentions("Bị cáo Nguyễn Văn An (Lê Văn Bình) khai nhận hành vi.")
