"""Entity rules from the ninth precision read of real exports (Báo Mới sport, entertainment and foreign news
weakest): landmarks named after people, teams named like people, the pronoun Anh at a sentence start, codes
glued to digits, names cut at a quote or an abbreviation's dot, and Hồ Chí Minh the city and the person. Every
sentence is written for the test."""
from __future__ import annotations

from test_entity_grammar import found


def test_letters_glued_to_digits_are_a_code_not_a_name_or_a_place() -> None:
    got = found("Cục trưởng K07 Lê Văn Tâm cho biết ga B4 và nút giao IC5 sẽ xong trước chuyến bay VN217.")
    assert got == [("PER", "Lê Văn Tâm")]
    assert found("Gói thầu XL2b chậm tiến độ, virus Sars-CoV-2 lây lan.") == []
    assert found("Cục A08 và Phòng PC03 vào cuộc.", "ORG") == [("ORG", "Cục A08"), ("ORG", "Phòng PC03")]
    # a dateline glued to a number that opens the lead is still the place
    assert found("Quảng Bình25 hộ dân được hỗ trợ.") == [("LOC", "Quảng Bình")]


def test_a_highland_name_written_with_an_apostrophe_is_one_name() -> None:
    got = found("Đoàn đi qua huyện Krông K'Rang, cao nguyên M'Lang và huyện Cư M'gar.", "LOC")
    assert got == [("LOC", "Krông K'Rang"), ("LOC", "M'Lang"), ("LOC", "Cư M'gar")]


def test_landmarks_named_after_people_are_places_and_bodies() -> None:
    # the segmenter joins the verb and the bridge (cấm cầu), a run its dictionary does not know
    assert found("Sở tiếp tục cấm cầu Hoàng Văn Thái.") == [("LOC", "Hoàng Văn Thái")]
    assert found("Quận cấm cầu Hoàng Diệu, chờ kiểm định.", "PER") == []
    # yêu cầu, nhu cầu are words: the name after them is a person
    assert found("Người dân yêu cầu Trần Văn Bảy trả nợ, nhu cầu Lê Thị Hoa rất lớn.") == [
        ("PER", "Trần Văn Bảy"), ("PER", "Lê Thị Hoa")]
    got = found("Khách đến chợ đêm Phan Đình Phùng, đền Lê Văn Duyệt và đường mòn Trường Sơn.")
    assert got == [("LOC", "Phan Đình Phùng"), ("LOC", "Lê Văn Duyệt"), ("LOC", "Trường Sơn")]
    # a landmark's own name is left to the other rules (a byline after a capitalised word of the same letters too)
    assert found("Du khách viếng chùa Dâu, đền Thượng và đình Tràng Kênh. (Đình Hiếu)") == []
    assert found("Tòa đình chỉ Nguyễn Văn Bảy, gia đình Trần Văn Tám đền bù cho Lê Văn Chín.", "PER") == [
        ("PER", "Nguyễn Văn Bảy"), ("PER", "Trần Văn Tám"), ("PER", "Lê Văn Chín")]
    # a capitalised word the segmenter joins to the commune ends the name before it
    assert found("Đoàn về chùa Tổ xã Trần Phú rồi đi tiếp.") == [("LOC", "Trần Phú")]
    # a noun the segmenter joins to the unit word is no verb before it: the mason, the head of the village
    assert found("Thợ hồ Nguyễn Văn Tâm và trưởng bản Lò Văn Minh, trưởng bản Nà Lạn, gặp nhau.") == [
        ("PER", "Nguyễn Văn Tâm"), ("PER", "Lò Văn Minh"), ("LOC", "Nà Lạn")]
    got = found("Bệnh viện Đa khoa khu vực Lê Hữu Trác và Câu lạc bộ Nguyễn Văn Bảy trao quà.")
    assert got == [("ORG", "Bệnh viện Đa khoa khu vực Lê Hữu Trác"), ("ORG", "Câu lạc bộ Nguyễn Văn Bảy")]


def test_anh_opening_a_sentence_is_the_pronoun_unless_the_article_speaks_of_the_country() -> None:
    # a man the story follows: the lower-case pronoun, or no place context at all
    assert found("Anh Lực nuôi ong đã 5 năm. Anh kể mùa này mật ít.") == [("PER", "Lực")]
    assert found("Đêm đó nước lên nhanh. Anh cùng đồng đội bơi ra cứu người.") == []
    assert found('Ông Bình nói: "Anh ký rồi thì phải làm."') == [("PER", "Bình")]
    # the country, named so nearby: mid-sentence, in a list, or in the body after a headline
    text = "Xuất khẩu sang Anh tăng mạnh. Anh là thị trường lớn. Anh và Đức ký hiệp định."
    assert [label for label, word in found(text) if word == "Anh"] == ["LOC", "LOC", "LOC"]
    assert found("Anh bắt giữ tàu chở hàng lậu\n\nCảnh sát biển Anh cho biết.", "LOC") == [("LOC", "Anh"), ("LOC", "Anh")]
    # a given name at a byline is no country
    assert found("Mọi người đều khen.\n\nThu Anh (Theo AP)", "LOC") == []


def test_a_body_of_the_city_goes_on_through_the_abbreviated_unit_and_its_dot() -> None:
    got = found("Bà Lan, Chủ tịch Hội Nhà báo TP. Hồ Chí Minh, và Sở Du lịch TP Hồ Chí Minh phối hợp.")
    assert got == [("PER", "Lan"), ("ORG", "Hội Nhà báo TP. Hồ Chí Minh"), ("LOC", "Hồ Chí Minh"),
                   ("ORG", "Sở Du lịch TP Hồ Chí Minh"), ("LOC", "Hồ Chí Minh")]
    assert found("Hội Cựu giáo chức TP. Đà Nẵng tặng quà.") == [("ORG", "Hội Cựu giáo chức TP. Đà Nẵng"), ("LOC", "Đà Nẵng")]
    assert found("Chủ tịch UBND TPHồ Chí Minh ký.") == [("ORG", "UBND TPHồ Chí Minh"), ("LOC", "Hồ Chí Minh")]
    assert found("Trung tâm TP.Cần Thơ có mưa rào.") == [("LOC", "Cần Thơ")]


def test_ho_chi_minh_is_the_city_after_its_unit_and_the_person_after_a_title() -> None:
    got = found("Nhà đầu tư ở TP Cần Thơ và Hồ Chí Minh bỏ trốn, xe chạy trên đường mòn Hồ Chí Minh.")
    assert got == [("LOC", "Cần Thơ"), ("LOC", "Hồ Chí Minh"), ("LOC", "Hồ Chí Minh")]
    got = found("Ban Quản lý Lăng Chủ tịch Hồ Chí Minh đón khách. Chủ tịch Hồ Chí Minh từng đến đây.")
    assert got == [("ORG", "Ban Quản lý Lăng Chủ tịch Hồ Chí Minh"), ("PER", "Hồ Chí Minh"), ("PER", "Hồ Chí Minh")]


def test_a_body_named_in_quotes_after_a_generic_noun_is_the_whole_quoted_name() -> None:
    text = ('Bị cáo gia nhập tổ chức phản động "Chính phủ Việt Nam Tự do" năm 2019. '
            'Y nhận chức Bộ trưởng của "Chính phủ Việt Nam Tự do".')
    assert found(text) == [("ORG", "Chính phủ Việt Nam Tự do"), ("LOC", "Việt Nam"),
                           ("ORG", "Chính phủ Việt Nam Tự do"), ("LOC", "Việt Nam")]
    assert found('Nhóm "Hội Bạn bè Tự do" bị triệt phá.', "ORG") == [("ORG", "Hội Bạn bè Tự do")]
    # tổ chức the verb: what is organised is no body
    assert found('Xã tổ chức "Tuần lễ Áo dài" cho phụ nữ.', "ORG") == []
    # a nickname in quotes after a person's name is no body
    assert found('Lê Văn Tư (tức Tư "Bộ Đội") bị bắt.', "ORG") == []


def test_teams_named_like_people_are_bodies_wherever_the_article_names_them() -> None:
    text = ("CLB Trần Văn Tài thắng 3-1 trước đội Lê Quốc Toản. Cầu thủ Trần Văn Tài ăn mừng, "
            "Lê Quốc Toản rời sân.")
    assert found(text) == [("ORG", "CLB Trần Văn Tài"), ("ORG", "đội Lê Quốc Toản"), ("ORG", "Trần Văn Tài"),
                           ("ORG", "Lê Quốc Toản")]
    # the city it plays for, a results list, an appositive team word
    got = found("Phan Thành Tâm TP HCM vô địch. Đội á quân: Phan Thành Lộc. Đỗ Minh Quang - đội giành hạng ba. "
                "Các cầu thủ Phan Thành Tâm ăn mừng.")
    assert got == [("ORG", "Phan Thành Tâm TP HCM"), ("LOC", "TP HCM"), ("ORG", "Phan Thành Lộc"), ("ORG", "Đỗ Minh Quang"),
                   ("ORG", "Phan Thành Tâm")]
    # against a team the article names, in a sentence about a match
    text = "Câu lạc bộ Sahako giành hạng ba. Trận cuối là giữa Phan Thành Tâm (áo đỏ) và Sahako."
    assert found(text, "ORG") == [("ORG", "Câu lạc bộ Sahako"), ("ORG", "Phan Thành Tâm")]
    # people stay people: players, a captain or a deputy in apposition, convicts with a sentence of years
    text = ("Nguyễn Văn Hải - đội trưởng, và Trần Văn Tâm, đội viên, ghi bàn. Bị cáo Lê Văn A và Lê Văn B lĩnh 2-3 năm "
            "tù. Anh Lò Văn Sáng, đội thi của huyện, và Lý Quang Vinh, Đội phó, về nhất.")
    assert [label for label, _ in found(text, "PER")] == ["PER"] * 6
