"""Person titles, their extent and the person they belong to, and the PER/LOC false alarms of a precision
read of real output, on constructed sentences: a title ends where its head and complement end, belongs to
the person the grammar links it to, and a pronoun, a word inside a name or a common-noun phrase is no
place. Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from vnnews import article_from_text, entities

HEADLINE = "Tiêu đề bài\n\n"


def titles_of(text: str) -> dict[str, list[tuple[str, str]]]:
    """Person -> [(title as written, title in full)] of one constructed article."""
    article = article_from_text(HEADLINE + text, doc_id="t")
    table = entities.person_titles([article])
    out: dict[str, list[tuple[str, str]]] = {}
    for r in table.itertuples():
        assert article.text[r.start : r.end] == r.text
        out.setdefault(r.person, []).append((r.text, r.title))
    return out


def found(text: str) -> list[tuple[str, str]]:
    article = article_from_text(HEADLINE + text, doc_id="t")
    rows = entities.mentions([article])
    for r in rows.itertuples():
        assert article.text[r.start : r.end] == r.text
    return [(r.label, r.text) for r in rows.itertuples()]


# ----------------------------------------------------------------------------- title extent
@pytest.mark.parametrize(
    ("text", "person", "written"),
    [
        # a conjunction and discourse adverbs end the title read word by word
        ("Bà Trần Thị Kim Chi được bổ nhiệm làm giám đốc chi nhánh Hải Phòng nhưng chỉ đảm nhiệm việc điều hành.",
         "Trần Thị Kim Chi", "giám đốc chi nhánh Hải Phòng"),
        ("Ông Lê Văn Hải, trưởng phòng kế toán mà không báo cáo lãnh đạo, đã ký hồ sơ.",
         "Lê Văn Hải", "trưởng phòng kế toán"),
        ("Ông Đỗ Minh Tâm, phó giám đốc bệnh viện thì cho rằng hồ sơ đủ.", "Đỗ Minh Tâm", "phó giám đốc bệnh viện"),
        # a verb that opens the predicate (followed by a preposition or a verb) ends it; a body's field does not
        ("Ông Nguyễn Văn Hòa, giám đốc bệnh viện gọi cho gia đình bệnh nhân.", "Nguyễn Văn Hòa", "giám đốc bệnh viện"),
        ("Bà Lê Thị Hoa, trưởng phòng kiểm soát nội bộ, ký văn bản.", "Lê Thị Hoa", "trưởng phòng kiểm soát nội bộ"),
        ("Ông Lê Văn Tám, phó phòng tham mưu tổng hợp, ký văn bản.", "Lê Văn Tám", "phó phòng tham mưu tổng hợp"),
        # a bracket after the title before a name is an aside on the body
        ("Cục trưởng Cục Quản lý giá (Bộ Tài chính) Nguyễn Anh Tuấn phát biểu.", "Nguyễn Anh Tuấn", "Cục trưởng Cục Quản lý giá"),
        # "chỉ" the adverb ends a title; "chỉ" inside the word "chỉ huy" does not
        ("Ông Lê Minh Quân, phó chỉ huy trưởng ban chỉ huy quân sự huyện chỉ đạo diễn tập.", "Lê Minh Quân",
         "phó chỉ huy trưởng ban chỉ huy quân sự huyện"),
    ],
)
def test_a_title_read_word_by_word_stops_at_conjunctions_and_discourse_words(text: str, person: str, written: str) -> None:
    assert [t for t, _ in titles_of(text)[person]] == [written]


def test_kiem_joins_two_titles_and_belongs_to_neither() -> None:
    text = "Ông Phan Văn Việt, Chủ tịch HĐQT kiêm Tổng giám đốc Công ty Việt Á, bị bắt."
    # the board is the company's the second title names
    assert titles_of(text)["Phan Văn Việt"] == [("Chủ tịch HĐQT", "Chủ tịch Hội đồng quản trị Công ty Việt Á"),
                                                 ("Tổng giám đốc Công ty Việt Á", "Tổng Giám đốc Công ty Việt Á")]


def test_a_list_introduced_by_gom_gives_the_plural_title_to_no_one_by_its_words() -> None:
    titles = titles_of("Ba phó giám đốc gồm ông Nguyễn Văn Đạt, ông Lê Ngọc Tú bị khiển trách.")
    assert all("gồm" not in t for ts in titles.values() for t, _ in ts)


def test_a_title_keeps_a_body_name_with_commas_inside() -> None:
    text = ("Ông Phan Đình Trọng, Phó ban Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, "
            "tiêu cực, làm việc với Thành ủy.")
    assert [t for t, _ in titles_of(text)["Phan Đình Trọng"]] == [
        "Phó ban Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực"]


@pytest.mark.parametrize(
    ("body", "in_full"),
    [
        ("UBMTTQVN", "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Tháp"),  # the abbreviation written out
        ("VNPT", "Chủ tịch VNPT tỉnh Đồng Tháp"),  # a body whose name does not take the place
    ],
)
def test_a_title_keeps_the_place_after_its_body_and_writes_the_body_out(body: str, in_full: str) -> None:
    text = f"Dự lễ có ông Đinh Văn Dũng, Chủ tịch {body} tỉnh Đồng Tháp; ông Nguyễn Văn Minh, Giám đốc Sở Nội vụ."
    titles = titles_of(text)
    assert titles["Đinh Văn Dũng"] == [(f"Chủ tịch {body} tỉnh Đồng Tháp", in_full)]
    assert titles["Nguyễn Văn Minh"] == [("Giám đốc Sở Nội vụ", "Giám đốc Sở Nội vụ")]


# ----------------------------------------------------------------------------- attachment
@pytest.mark.parametrize(
    "text",
    [
        # the father is the subject of "là", and the appositive describes the father: Bình holds nothing
        "Chị Hoa lấy anh Lê Văn Bình ở làng bên, vì bố Bình là bí thư chi bộ thôn.",
        "Hôm đó, bố của anh Lê Văn Bình, bí thư chi bộ thôn, đến dự đám cưới.",
        "Vợ ông Trần Văn Lợi là giám đốc công ty may.",
    ],
)
def test_a_title_of_a_relative_is_not_given_to_the_person_named_after_the_kinship_noun(text: str) -> None:
    assert titles_of(text) == {}


def test_a_title_in_apposition_to_the_name_itself_is_kept() -> None:
    assert titles_of("Hôm đó, anh Lê Văn Bình, bí thư chi bộ thôn, đến dự đám cưới.") == {
        "Lê Văn Bình": [("bí thư chi bộ thôn", "Bí thư chi bộ thôn")]}
    # a bracket after the name, and the reflexive "mình", leave the name the subject
    titles = titles_of("Bộ bổ nhiệm đại tá Đỗ Văn Phong (Giám đốc Công an tỉnh Bạc Liêu) giữ chức Cục trưởng Cục Cảnh sát giao thông.")
    assert [t for _, t in titles["Đỗ Văn Phong"]] == ["Đại tá", "Giám đốc Công an tỉnh Bạc Liêu", "Cục trưởng Cục Cảnh sát giao thông"]
    titles = titles_of("Anh Nguyễn Hữu Hiếu lập trang mạng đứng tên công ty nơi mình làm giám đốc.")
    assert [t for _, t in titles["Nguyễn Hữu Hiếu"]] == ["Giám đốc"]


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("Ông Trần Văn Nhân (60 tuổi, cựu phó giám đốc Bệnh viện Đa khoa huyện Đức Thọ) cùng 7 người là giám đốc "
         "công ty thẩm định giá bị truy tố.", "Trần Văn Nhân", ["cựu phó giám đốc Bệnh viện Đa khoa huyện Đức Thọ"]),
        ("Bị cáo Lê Văn Tâm cùng các bị cáo khác là cán bộ Sở Xây dựng đã khai nhận hành vi.", "Lê Văn Tâm", []),
        # a speaker's own office, after the bracket the name stood in
        ("Sau đó, Âu bổ nhiệm Tuấn (bạn của Lê Văn Âu) làm phó tổng giám đốc công ty.", "Lê Văn Âu", []),
        ('"Dự án có từ nhiệm kỳ trước (bị cáo Trần Văn Thắng, 67 tuổi) - khi tôi chưa giữ chức phó chủ tịch tỉnh", '
         "ông Vinh nói.", "Trần Văn Thắng", []),
    ],
)
def test_a_title_of_a_plural_group_or_a_speaker_is_not_given_to_the_person_named_before(text: str, person: str, expected: list[str]) -> None:
    assert [t for t, _ in titles_of(text).get(person, [])] == expected


def test_a_chain_in_apposition_is_not_read_again_before_the_next_name_of_the_list() -> None:
    text = ("Thượng tá Hồ Văn Sơn, Bí thư chi bộ, Phó giám đốc Viện Nghiên cứu Y Dược học quân sự và đại tá "
            "Nguyễn Văn Hiệu, Phó bí thư Chi bộ, bị khai trừ khỏi Đảng.")
    titles = titles_of(text)
    assert [t for _, t in titles["Hồ Văn Sơn"]] == ["Thượng tá", "Bí thư chi bộ", "Phó Giám đốc Viện Nghiên cứu Y Dược học quân sự"]
    assert [t for _, t in titles["Nguyễn Văn Hiệu"]] == ["Đại tá", "Phó Bí thư Chi bộ"]


def test_a_title_goes_to_the_name_not_to_the_body_word_after_it() -> None:
    text = "Lê Văn Long, Tổng giám đốc Khu du lịch sinh thái Phú Hữu bị đề nghị mức án chung thân."
    assert titles_of(text) == {"Lê Văn Long": [("Tổng giám đốc Khu du lịch sinh thái Phú Hữu",
                                                "Tổng Giám đốc Khu du lịch sinh thái Phú Hữu")]}
    assert [m for m in found(text) if m[0] == "PER"] == [("PER", "Lê Văn Long")]


def test_an_embassy_is_an_organisation_not_a_title() -> None:
    text = "Về phía Đại sứ quán Việt Nam, Trưởng ban công tác cộng đồng Phạm Huy Phương phát biểu."
    assert titles_of(text) == {"Phạm Huy Phương": [("Trưởng ban công tác cộng đồng", "Trưởng Ban công tác cộng đồng")]}
    assert ("ORG", "Đại sứ quán Việt Nam") in found(text)


# ----------------------------------------------------------------------------- PER and LOC
def test_a_place_after_a_capitalised_unit_or_a_zone_word_is_not_a_person() -> None:
    rows = found("Đoàn khảo sát khu kinh tế mở Chu Lai và Thành phố Hồ Chí Minh.")
    assert ("LOC", "Chu Lai") in rows and ("LOC", "Hồ Chí Minh") in rows
    assert [m for m in rows if m[0] == "PER"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Anh ta sau đó chặn tài khoản, rút tiền ra tiêu xài.",
        "Nguyễn Văn Tú thành lập Công ty nước sạch Ngọc Anh để làm bình phong.",
        "Giám đốc bệnh viện ôn lại chặng đường 60 năm vẻ vang.",
    ],
)
def test_a_pronoun_a_syllable_of_a_name_and_a_common_noun_phrase_are_not_places(text: str) -> None:
    assert [m for m in found(text) if m[0] == "LOC"] == []


def test_a_pronoun_is_not_the_given_name_of_a_person_named_before() -> None:
    rows = found("Nguyễn Tuấn Anh bị bắt. Anh ta thừa nhận đã giật điện thoại.")
    assert rows == [("PER", "Nguyễn Tuấn Anh")]


def test_a_country_and_a_street_still_are_places() -> None:
    assert ("LOC", "Anh") in found("Thủ tướng Anh thăm Việt Nam.")
    assert ("LOC", "đường 60") in found("Xe chạy trên đường 60 qua thị trấn.")
    assert ("LOC", "đường 23 Tháng 10") in found("Xe chạy trên đường 23 Tháng 10 qua thị trấn.")
    assert ("LOC", "Cù Lao Chàm") in found("Tàu cao tốc đi Cù Lao Chàm hằng ngày.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Diễn đàn sắp diễn ra tại Washington DC và châu Âu.", "Washington DC"),
        ("Tây Ban Nha đang phải đối mặt với sự giận dữ từ Mỹ.", "Tây Ban Nha"),
    ],
)
def test_foreign_places_of_several_words_are_read_whole(text: str, place: str) -> None:
    rows = found(text)
    assert ("LOC", place) in rows
    start = text.index(place)
    inside = [m for m in rows if m[1] in place[1:] and m[1] != place]
    assert inside == [], (start, inside)


def test_a_dateline_glued_to_a_name_is_split_at_the_change_of_case() -> None:
    rows = found("ItalyCarol Maltesi bị sát hại nhưng cảnh sát vẫn xác định ra cô.")
    assert ("LOC", "Italy") in rows
    assert all("ItalyCarol" not in m[1] for m in rows)


def test_a_street_in_an_address_is_a_place() -> None:
    rows = found("Đoàn tham quan đình làng (số 47, Nguyễn Công Trứ, quận Lê Chân).")
    assert ("LOC", "Nguyễn Công Trứ") in rows and ("PER", "Nguyễn Công Trứ") not in rows


def test_initials_with_letters_no_vietnamese_syllable_begins_with_are_not_a_person() -> None:
    rows = found("Đội tuyển giành huy chương đồng. Ảnh VFF\n\nỞ hạng mục cá nhân, tiền đạo Nguyễn Thịnh Phát giành giải.")
    assert ("PER", "VFF") not in rows
    assert ("PER", "QT") in found("Đội tuyển giành huy chương đồng. Ảnh: QT")


# ----------------------------------------------------------------------------- precision read 2 and development set 3
def test_a_speech_verb_ends_a_title_and_its_subject_is_no_ones_title() -> None:
    assert titles_of("Bị cáo Vương Chí Kiện ra tòa. Tại phiên tòa, thẩm phán cho rằng Kiện gây án trong trạng thái kích động.") == {}


@pytest.mark.parametrize(
    ("text", "person", "written", "title"),
    [
        ("Ông Nguyễn Văn An, Cục phó Cục CSGT, cho biết.", "Nguyễn Văn An", "Cục phó Cục CSGT", "Cục phó Cục Cảnh sát giao thông"),
        ("Bà Lê Thị Hoa, Giám đốc điều hành Louis Holdings, bị bắt.", "Lê Thị Hoa", "Giám đốc điều hành Louis Holdings",
         "Giám đốc điều hành Louis Holdings"),
        ("Ông Mai Tuấn Anh, Chủ tịch HĐTV VEC, bị khởi tố.", "Mai Tuấn Anh", "Chủ tịch HĐTV VEC", "Chủ tịch Hội đồng thành viên VEC"),
        ("Hòa thượng Thích Minh Sơn phát biểu.", "Thích Minh Sơn", "Hòa thượng", "Hòa thượng"),
        ("PGS.TS Quách Sỹ Hùng cho biết.", "Quách Sỹ Hùng", "PGS", "Phó giáo sư"),  # and TS, Tiến sĩ: two titles
        ("Tiến sĩ Nguyễn Viết Chức, Phó Chủ nhiệm Hội đồng tư vấn Văn hóa - Xã hội, phát biểu.", "Nguyễn Viết Chức",
         "Phó Chủ nhiệm Hội đồng tư vấn Văn hóa - Xã hội", "Phó Chủ nhiệm Hội đồng tư vấn Văn hóa - Xã hội"),
    ],
)
def test_titles_of_police_business_clergy_and_academia_are_read_and_written_out(text: str, person: str, written: str,
                                                                                 title: str) -> None:
    assert (written, title) in titles_of(text)[person]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a respectful capitalised common noun is no name: chư Tăng Ni are the monks and nuns
        ("Hội nghị ghi nhận đóng góp của chư Tăng Ni, Phật tử trong tỉnh. Ông Tăng Văn Ni phát biểu.",
         [("PER", "Tăng Văn Ni")]),
        # an acronym glued to the next word by a lost space is cut there
        ("Tại TP HCMSau khi nhận tin, ông đến.", [("LOC", "TP HCM")]),
    ],
)
def test_respect_nouns_and_glued_acronyms(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "people", "title"),
    [
        # "đều là" in a bracket after names joined by "và": the title is each one's
        ("Các bị cáo gồm Nguyễn Mạnh Hùng và Lê Quang Hào (đều là cựu phó tổng giám đốc VEC), Nguyễn Tiến Thành (kế toán).",
         ["Nguyễn Mạnh Hùng", "Lê Quang Hào"], "Phó Tổng Giám đốc VEC"),
        ("Ông Trần Văn An và ông Lê Văn Bình (cùng là Phó Chủ tịch UBND tỉnh) dự họp.", ["Trần Văn An", "Lê Văn Bình"],
         "Phó Chủ tịch Ủy ban nhân dân tỉnh"),
        # a numeral or plural before the title: it is shared by the names joined after it
        ("Hai Thứ trưởng Nguyễn Văn Cường và Lê Văn Dũng dự họp.", ["Nguyễn Văn Cường", "Lê Văn Dũng"], "Thứ trưởng"),
    ],
)
def test_a_title_shared_by_coordinated_names(text: str, people: list[str], title: str) -> None:
    got = titles_of(text)
    assert all(title in [t for _, t in got[p]] for p in people)


def test_a_title_after_the_second_of_two_names_is_only_its_own() -> None:
    got = titles_of("Ông Nguyễn Văn Em và ông Lê Văn Phúc, Giám đốc Sở Y tế, dự họp.")
    assert "Nguyễn Văn Em" not in got and got["Lê Văn Phúc"] == [("Giám đốc Sở Y tế", "Giám đốc Sở Y tế")]


def test_a_language_is_no_place_and_a_wish_ends_a_title() -> None:
    assert found("Ông học tiếng Anh ở Anh.") == [("LOC", "Anh")]
    assert titles_of("Bộ trưởng mong muốn Trần Cương sớm về nước.") == {}


def test_a_title_before_a_colon_goes_to_every_name_of_its_list() -> None:
    got = titles_of("Phó Chủ tịch UBND tỉnh: ông Nguyễn Văn An, ông Lê Văn Bình. Ông Trần Văn Cường nói: Nguyễn Văn Dũng đến muộn.")
    for person in ("Nguyễn Văn An", "Lê Văn Bình"):
        assert [t for _, t in got[person]] == ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]
    assert "Nguyễn Văn Dũng" not in got


def test_a_title_starts_no_given_name_and_school_levels_are_written_out() -> None:
    assert found("Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh thiết kế cột cờ.")[-1] == ("PER", "Hồ Chí Minh")
    assert ("PER", "Lăng Chủ") not in found("Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh thiết kế cột cờ.")
    assert titles_of("Bà Mã Thị Diệp, Hiệu trưởng trường THCS Ngư Lộc, cho biết.")["Mã Thị Diệp"] == [
        ("Hiệu trưởng trường THCS Ngư Lộc", "Hiệu trưởng trường Trung học cơ sở Ngư Lộc")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street named after a person, in a route of places joined by dashes or after an intersection word
        ("Đoàn đi qua Hàng Đào - Đinh Tiên Hoàng - Hàng Bài rồi về.",
         [("LOC", "Hàng Đào"), ("LOC", "Đinh Tiên Hoàng"), ("LOC", "Hàng Bài")]),
        ("Xe ùn ứ tại giao lộ Võ Văn Kiệt chiều qua.", [("LOC", "Võ Văn Kiệt")]),
        # a person with a title after a dash stays a person
        ("Ông Nguyễn Văn An - Giám đốc Sở Y tế - phát biểu.", [("PER", "Nguyễn Văn An"), ("ORG", "Sở Y tế")]),
    ],
)
def test_streets_named_after_people_in_routes_and_intersections(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_clause_word_inside_a_longer_word_ends_no_title_and_dashes_are_spaced() -> None:
    # "bị" (passive) ends a title read word by word, but not inside "Thiết bị" (equipment)
    assert titles_of("Ông Nguyễn Văn Hiệu, Trưởng phòng Thiết bị y tế, cho biết.")["Nguyễn Văn Hiệu"] == [
        ("Trưởng phòng Thiết bị y tế", "Trưởng phòng Thiết bị y tế")]
    assert entities.normalize_title("Tổng Biên tập Báo và Đài Phát thanh -Truyền hình Tuyên Quang")[0] == \
        "Tổng Biên tập Báo và Đài Phát thanh - Truyền hình Tuyên Quang"


def test_thanh_vien_with_its_body_is_a_title() -> None:
    assert titles_of("Ông Lê Văn Hùng, thành viên Hội đồng quản trị Vietcombank, phát biểu.")["Lê Văn Hùng"] == [
        ("thành viên Hội đồng quản trị Vietcombank", "Thành viên Hội đồng quản trị Vietcombank")]
