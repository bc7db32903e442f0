"""Organisation names from a second precision read of ORG rows of real exports (issue 9): a name that runs on into the
predicate of its clause after a complete name, a name cut at a lower-case word of its own. Every sentence is written
for the test, in the grammar of the genre."""
from __future__ import annotations

from test_entity_grammar import found


def test_past_a_known_field_no_lower_case_word_but_a_place_goes_on() -> None:
    # head + a field the lexicon knows is a whole name: the lower-case word after it is the clause's predicate
    assert found("Khu đất do Sở Tài nguyên và Môi trường quản lý; quận được giao tổ chức cưỡng chế.", "ORG") == [
        ("ORG", "Sở Tài nguyên và Môi trường")]
    assert found("Hồ sơ thiết kế sau đó được Sở Xây dựng thẩm định lại.", "ORG") == [("ORG", "Sở Xây dựng")]
    assert found("Năm nay Sở Y tế tổ chức các điểm tiêm ở trường học.", "ORG") == [("ORG", "Sở Y tế")]
    # a noun after the field is a word of the name, whatever follows it
    assert found("Ông làm việc ở Phòng Tổ chức cán bộ.", "ORG") == [("ORG", "Phòng Tổ chức cán bộ")]
    # a place or the unit of the article's place still completes it
    assert found("Sở Nông nghiệp và Phát triển nông thôn tỉnh Bến Tre kiểm tra đê.", "ORG") == [
        ("ORG", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bến Tre")]
    assert found("Phòng Tài nguyên và Môi trường huyện Cần Giờ cho biết như vậy.", "ORG") == [
        ("ORG", "Phòng Tài nguyên và Môi trường huyện Cần Giờ")]


def test_a_proper_name_glued_by_the_tagger_to_the_verb_after_it_ends_before_the_verb() -> None:
    # the tagger glues the company's name and the verb into one word: the verb begins no word with the name
    assert found("Sau vụ kiện, Công ty Cổ phần Đại Nam trở nên nổi tiếng.", "ORG") == [
        ("ORG", "Công ty Cổ phần Đại Nam")]
    assert found("Theo thỏa thuận, Công ty Duy Tân góp vốn bằng quyền khai thác mặt bằng.", "ORG") == [
        ("ORG", "Công ty Duy Tân")]
    assert found("Công ty TNHH Khánh Nam xả nước thải ra sông.", "ORG") == [("ORG", "Công ty TNHH Khánh Nam")]
    # a word the capital begins still goes on in lower case
    assert found("Đại tá Trần Văn Bình, Chánh văn phòng Học viện Quân y, phát biểu.", "ORG") == [("ORG", "Học viện Quân y")]
    assert found("Theo Viện Công nhân và Công đoàn, thu nhập giảm.", "ORG") == [("ORG", "Viện Công nhân và Công đoàn")]
    assert found("Năm nay, Quỹ Bảo hiểm xã hội chưa bền vững.", "ORG") == [("ORG", "Quỹ Bảo hiểm xã hội")]
    assert found("Bệnh nhân được chuyển đến Bệnh viện Ung bướu, quận Bình Thạnh.", "ORG") == [("ORG", "Bệnh viện Ung bướu")]
    assert found("Theo Câu lạc bộ Tình nguyện viên, năm nay có nhiều bạn trẻ.", "ORG") == [
        ("ORG", "Câu lạc bộ Tình nguyện viên")]


def test_lower_case_words_of_a_name_before_its_place_or_its_abbreviation_are_read() -> None:
    # a line of business begun with a capital, then lower case, then the company's proper name (a place's name)
    assert found("Năm ngoái, Công ty cổ phần Lọc hóa dầu Dung Quất báo lãi lớn.", "ORG") == [
        ("ORG", "Công ty cổ phần Lọc hóa dầu Dung Quất")]
    # the lower-case words an abbreviation in brackets shortens belong to the name
    assert found("Dữ liệu được chuyển về Công ty Thu phí tự động (VETC) qua hai đường truyền.", "ORG")[0] == (
        "ORG", "Công ty Thu phí tự động")
    # an adjective ending a word begun with a capital, before no verb
    assert found("Ông kiện Chi cục Hải quan Chuyển phát nhanh đã sai.", "ORG") == [
        ("ORG", "Chi cục Hải quan Chuyển phát nhanh")]


def test_an_english_corporate_word_goes_on_a_foreign_name() -> None:
    assert found("Đại diện Vietnam Airlines Group cho biết sẽ tăng chuyến.", "ORG") == [("ORG", "Vietnam Airlines Group")]
    # not after an acronym: FBI | Bank Robbers, the name of an app
    assert ("ORG", "FBI Bank") not in found("Ứng dụng FBI Bank Robbers cho phép người dùng xem ảnh.", "ORG")


def test_an_acronym_of_a_kind_of_body_after_a_plural_is_no_body() -> None:
    assert found("Anh là đối thủ của các CLB châu Âu hùng mạnh.", "ORG") == []
    assert found("Đội bóng CLB Hà Nội thắng trận.", "ORG") == [("ORG", "CLB Hà Nội")]


def test_a_province_after_a_dash_is_the_bodys_place_in_a_heading() -> None:
    assert found("Phòng THADS Khu vực 7 - TP.HCM Phạm vi tổ chức gồm các phường.", "ORG") == [
        ("ORG", "Phòng THADS Khu vực 7 - TP.HCM")]
    # a name with its place already, or a route, takes no second place
    assert ("ORG", "Bộ Công an") in found("Bộ Công an - Bộ Tư pháp cùng phối hợp.", "ORG")


def test_a_head_after_a_word_of_a_street_or_a_bridge_names_that_place() -> None:
    assert found("Đoạn sông từ cầu Sở Thượng đến cầu Mỹ Thuận dài 3 km.", "ORG") == []
    assert found("Nhà ông ở đường Hội Vũ, quận Hoàn Kiếm.", "ORG") == []
    # a body by its acronym, or a known body, after such a word is still the body (điểm cầu: a video link's end)
    assert ("ORG", "TAND huyện Gia Lâm") in found("Phiên tòa nối từ điểm cầu TAND huyện Gia Lâm đến trại giam.", "ORG")
    assert found("Thủ tướng yêu cầu Bộ Y tế làm rõ trách nhiệm.", "ORG") == [("ORG", "Bộ Y tế")]


def test_a_body_named_inside_a_programme_name_is_no_body() -> None:
    assert found("Trường khởi đầu từ một chương trình gọi là Dự án Đại học Nhà tù vào năm 1996.", "ORG") == []
    # a body after a lower-case "dự án" (a project of the body) is still the body
    assert found("Ban Quản lý dự án 7 được giao làm chủ đầu tư.", "ORG") == [("ORG", "Ban Quản lý dự án 7")]


def test_the_lower_case_rest_of_a_field_begun_with_a_capital_runs_on_to_the_proper_name() -> None:
    assert found("Đội trưởng (Cục Gìn giữ hòa bình Việt Nam) cho biết đội đã sẵn sàng.", "ORG") == [
        ("ORG", "Cục Gìn giữ hòa bình Việt Nam")]
    assert found("Ông là Giám đốc Công ty Cổ phần tàu cao tốc Côn Đảo từ năm 2019.", "ORG") == [
        ("ORG", "Công ty Cổ phần tàu cao tốc Côn Đảo")]
    # a verb of the clause, or a body, after the name is no part of it
    assert found("Công ty Hòa Phát xây dựng Hà Nội thêm hai nhà máy.", "ORG")[0] == ("ORG", "Công ty Hòa Phát")
    assert found("Trung tâm Phát triển quỹ đất thuộc Sở Tài chính.", "ORG") == [
        ("ORG", "Trung tâm Phát triển quỹ đất"), ("ORG", "Sở Tài chính")]


def test_a_one_syllable_noun_before_a_verb_past_a_known_field_is_the_predicate() -> None:
    # the tagger calls the verb a noun; a verb after it shows the clause goes on
    assert found("Công ty đề xuất Sở Xây dựng ngưng thuê máy bơm trên tuyến đường.", "ORG") == [("ORG", "Sở Xây dựng")]
    assert found("Phòng Tổ chức cán bộ tổ chức hội nghị.", "ORG") == [("ORG", "Phòng Tổ chức cán bộ")]


def test_a_mission_sits_in_a_city_abroad_the_gazetteer_does_not_know() -> None:
    assert found("Ông đề cao vai trò của Đại sứ quán Việt Nam tại Colombo trong việc này.", "ORG") == [
        ("ORG", "Đại sứ quán Việt Nam tại Colombo")]
