"""Organisation names on constructed sentences, by category of issue 9: how far a name goes (its
head, its complement, the words that end it) and the bodies written in short. Every sentence here is
written for the test; each asserts the exact spans of the ORG mentions (and of the places inside
them where the category is about places)."""
from __future__ import annotations

import pytest

from vnnews import article_from_text, entities

HEAD = "Tiêu đề bài\n\n"


def spans(text: str, labels: tuple[str, ...] = ("ORG",)) -> list[tuple[str, int, int, str]]:
    """``(label, start, end, text)`` of the mentions of ``text``, offsets into ``text``."""
    article = article_from_text(HEAD + text, doc_id="t")
    rows = entities.mentions([article])
    out = []
    for r in rows.itertuples():
        assert article.text[r.start : r.end] == r.text
        if r.label in labels:
            out.append((r.label, r.start - len(HEAD), r.end - len(HEAD), r.text))
    return out


def at(text: str, name: str, label: str = "ORG") -> tuple[str, int, int, str]:
    start = text.index(name)
    return (label, start, start + len(name), name)


# ----------------------------------------------------------------------------- abbreviations
@pytest.mark.parametrize(
    ("text", "org"),
    [
        # a known body spelled with the abbreviation of part of it (its own abbreviation is BCH TW, UBKT TW, TANDTC)
        ("Hội nghị lần thứ năm BCH Trung ương khóa XIII bế mạc chiều nay.", "BCH Trung ương"),
        ("UBKT Trung ương đề nghị kỷ luật ông Trần Văn Lâm.", "UBKT Trung ương"),
        ("TAND Tối cao bác kháng nghị của bị cáo.", "TAND Tối cao"),
        ("VKSND Tối cao phê chuẩn quyết định khởi tố.", "VKSND Tối cao"),
    ],
)
def test_known_bodies_with_part_of_the_name_abbreviated(text: str, org: str) -> None:
    assert spans(text) == [at(text, org)]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Sở TN&MT tỉnh Bình Phước kiểm tra mỏ cát.", "Sở TN&MT tỉnh Bình Phước"),
        ("Theo hướng dẫn của Bộ GD&ĐT, thí sinh được cộng điểm.", "Bộ GD&ĐT"),
        ("Sở LĐ-TB&XH tỉnh Kon Tum chi trả trợ cấp.", "Sở LĐ-TB&XH tỉnh Kon Tum"),
        ("Sở NN&PTNT Sóc Trăng cảnh báo xâm nhập mặn.", "Sở NN&PTNT Sóc Trăng"),
        ("Sở VH-TT&DL tỉnh Ninh Thuận tổ chức lễ hội.", "Sở VH-TT&DL tỉnh Ninh Thuận"),
    ],
)
def test_abbreviated_fields_of_ministries_and_departments(text: str, org: str) -> None:
    assert spans(text) == [at(text, org)]


# ----------------------------------------------------------------------------- courts, procuracies, police
@pytest.mark.parametrize(
    ("text", "org", "place"),
    [
        ("Vụ án được TAND cấp cao tại Hà Nội xét xử phúc thẩm.", "TAND cấp cao tại Hà Nội", "Hà Nội"),
        ("Viện kiểm sát nhân dân cấp cao tại Đà Nẵng kháng nghị bản án.",
         "Viện kiểm sát nhân dân cấp cao tại Đà Nẵng", "Đà Nẵng"),
        ("Bị cáo kháng cáo lên TAND Cấp cao tại TP HCM.", "TAND Cấp cao tại TP HCM", "TP HCM"),
    ],
)
def test_courts_and_procuracies_by_level_and_seat(text: str, org: str, place: str) -> None:
    assert spans(text, ("ORG", "LOC")) == [at(text, org), at(text, place, "LOC")]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # the agency's own body after a lower-case complement
        ("Cơ quan cảnh sát điều tra Công an tỉnh Nam Định khởi tố bị can.",
         "Cơ quan cảnh sát điều tra Công an tỉnh Nam Định"),
        # a police unit named "... về <field>" after a national body of the same field
        ("Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Điện Biên bắt giữ đối tượng.",
         "Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Điện Biên"),
        ("Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu đã khởi tố vụ án.",
         "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu"),
    ],
)
def test_police_units_with_their_agency(text: str, org: str) -> None:
    assert [m[3] for m in spans(text)] == [org]
    assert spans(text)[0] == at(text, org)


# ----------------------------------------------------------------------------- where a name ends
@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Viện Vệ sinh Dịch tễ Trung ương khuyến cáo người dân tiêm vắc xin.", "Viện Vệ sinh Dịch tễ Trung ương"),
        ("Đại học Quốc gia Hà Nội tổ chức kỳ thi đánh giá năng lực.", "Đại học Quốc gia Hà Nội"),
        ("Sở Tài nguyên và Môi trường Hà Nội kiểm tra các điểm khai thác.", "Sở Tài nguyên và Môi trường Hà Nội"),
        ("Bệnh viện Nhi Trung ương khuyến cáo phụ huynh theo dõi trẻ.", "Bệnh viện Nhi Trung ương"),
        ("Bệnh viện Nội tiết Trung ương tư vấn miễn phí cho người dân.", "Bệnh viện Nội tiết Trung ương"),
    ],
)
def test_a_name_ends_at_trung_uong_or_a_province(text: str, org: str) -> None:
    assert spans(text) == [at(text, org)]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Công ty Minh Long thi công cây cầu mới.", "Công ty Minh Long"),
        ("Trụ sở Công ty Tân Phát kinh doanh ô tô.", "Công ty Tân Phát"),
    ],
)
def test_a_proper_name_ends_a_company_name(text: str, org: str) -> None:
    assert spans(text) == [at(text, org)]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Ông Tâm, Tổng giám đốc Công ty cổ phần Dược phẩm Hòa Bình, bị khởi tố.", "Công ty cổ phần Dược phẩm Hòa Bình"),
        ("Bà Lan là Giám đốc Công ty cổ phần chứng khoán ABC.", "Công ty cổ phần chứng khoán ABC"),
        ("Luật sư Trần Văn Bình (Công ty luật TNHH MTV Hưng Thịnh) cho biết.", "Công ty luật TNHH MTV Hưng Thịnh"),
    ],
)
def test_company_names_keep_their_legal_form(text: str, org: str) -> None:
    assert spans(text) == [at(text, org)]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Công ty TNHH MTV Sông Thoại bị xử phạt.", "Công ty TNHH MTV Sông Thoại"),
        ("Đại diện Bệnh viện Đa khoa Phố Nối cho biết bệnh nhân đã tỉnh.", "Bệnh viện Đa khoa Phố Nối"),
        ("Công ty Xây dựng Cầu đường Hưng Phát trúng thầu.", "Công ty Xây dựng Cầu đường Hưng Phát"),
    ],
)
def test_river_street_and_bridge_words_inside_names(text: str, org: str) -> None:
    assert spans(text) == [at(text, org)]


def test_a_hyphen_does_not_run_a_name_into_a_title() -> None:
    text = "Đại diện Hội Nông dân TP HCM - Thượng tá Phạm Minh Đức phát biểu."
    assert spans(text) == [at(text, "Hội Nông dân TP HCM")]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Quân khu 7 tổ chức hội thao.", "Quân khu 7"),
        ("Đội quản lý thị trường số 12 kiểm tra cửa hàng.", "Đội quản lý thị trường số 12"),
        ("Phòng Công chứng số 3 tạm dừng hoạt động.", "Phòng Công chứng số 3"),
        ("Công ty May 19/5 tuyển thêm lao động.", "Công ty May 19/5"),
    ],
)
def test_numbers_that_end_a_name(text: str, org: str) -> None:
    assert spans(text) == [at(text, org)]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Khách hàng vay vốn tại Ngân hàng Nam Á chi nhánh Cần Thơ.", "Ngân hàng Nam Á chi nhánh Cần Thơ"),
        ("Trung tâm Truyền hình Việt Nam khu vực Tây Nam Bộ phát sóng trực tiếp.",
         "Trung tâm Truyền hình Việt Nam khu vực Tây Nam Bộ"),
        ("Phòng THADS khu vực 7 có trụ sở tại quận Gò Vấp.", "Phòng THADS khu vực 7"),
    ],
)
def test_the_branch_or_area_a_body_serves(text: str, org: str) -> None:
    assert [m for m in spans(text) if m[3] == org] == [at(text, org)]


def test_an_abbreviated_body_word_is_no_proper_name() -> None:
    text = "Tổng công ty CP Khoan và Dịch vụ Dầu khí Biển Đông được vinh danh."
    assert spans(text) == [at(text, "Tổng công ty CP Khoan và Dịch vụ Dầu khí Biển Đông")]


def test_after_a_province_a_comma_ends_the_name() -> None:
    text = "Sở Văn hóa, Thể thao và Du lịch Đà Nẵng, Bảo tàng và Thư viện Đà Nẵng phối hợp tổ chức."
    assert spans(text) == [at(text, "Sở Văn hóa, Thể thao và Du lịch Đà Nẵng"),
                           ("ORG", text.index("Bảo"), len(text) - len(" phối hợp tổ chức."), "Bảo tàng và Thư viện Đà Nẵng")]


def test_no_place_inside_the_person_a_body_is_named_after() -> None:
    text = "Học sinh trường Tiểu học Nguyễn Bỉnh Khiêm và khách tham quan Bảo tàng Hồ Chí Minh."
    assert spans(text, ("ORG", "LOC", "PER")) == [at(text, "trường Tiểu học Nguyễn Bỉnh Khiêm"),
                                                 at(text, "Bảo tàng Hồ Chí Minh")]


# ----------------------------------------------------------------------------- not organisations
def test_a_code_of_law_is_not_a_ministry() -> None:
    assert spans("Theo Bộ Luật lao động 2019, người lao động được nghỉ thêm.") == []
    assert spans("Hành vi bị xử lý theo điều 123 Bộ luật Hình sự.") == []


def test_a_head_word_inside_a_place_name() -> None:
    text = "Đội tuyển Tây Ban Nha giành chiến thắng."
    assert spans(text, ("ORG", "LOC")) == [at(text, "Tây Ban Nha", "LOC")]


def test_a_dateline_country_glued_to_a_name_is_not_a_brand() -> None:
    assert spans("ItalyMaria Rossi, 40 tuổi, bị bắt.") == []
    text = "Độc giả VnExpress gửi câu hỏi."
    assert spans(text) == [at(text, "VnExpress")]


# ----------------------------------------------------------------------------- persons and places
def test_an_honorific_spelled_like_a_country_before_a_name() -> None:
    text = "Anh Nguyễn Văn Tâm kể lại sự việc, còn quan hệ Việt Nam - Anh vẫn tốt."
    assert spans(text, ("PER", "LOC")) == [at(text, "Nguyễn Văn Tâm", "PER"), at(text, "Việt Nam", "LOC"),
                                          ("LOC", text.rindex("Anh"), text.rindex("Anh") + 3, "Anh")]


def test_a_document_after_the_word_ban_is_not_a_village() -> None:
    text = "Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn độc lập, còn bản Hiến pháp được công bố sau."
    assert spans(text, ("PER", "LOC", "ORG")) == [at(text, "Hồ Chí Minh", "PER")]
    text = "Đoàn công tác đến bản Phiêng Luông, xã Mường Lạn."
    assert ("LOC", text.index("Phiêng"), text.index("Phiêng") + len("Phiêng Luông"), "Phiêng Luông") in spans(text, ("LOC",))


# ----------------------------------------------------------------------------- precision read 2: false alarms and cut names
@pytest.mark.parametrize(
    "text",
    [
        # the issuer's code of a document number is no body
        "Theo Nghị định số 69/2018/NĐ-CP, doanh nghiệp phải đăng ký.",
        "Thực hiện Kế hoạch số 37/KH-UBND, huyện triển khai ngay.",
        # bodies at every level or of many places: a kind of body, not one
        "Ủy ban nhân dân các tỉnh, thành phố chủ động triển khai.",
        "Hội LHPN các cấp tỉnh Quảng Ninh đồng hành cùng hội viên.",
        # a head completed by one lower-case word: the organising committee of whatever is told
        "Ban tổ chức cho biết giải chạy có 5.000 người.",
        # a head word inside a word (bệnh viện) opens no name
        "Người bệnh được chuyển lên bệnh viện trung ương.",
    ],
)
def test_no_body_in_document_numbers_generic_bodies_or_inside_words(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Ban Chỉ đạo phòng chống dịch Covid-19 tỉnh Nghệ An họp khẩn.", "Ban Chỉ đạo phòng chống dịch Covid-19 tỉnh Nghệ An"),
        ("Tập đoàn T&T Group đầu tư vào dự án.", "Tập đoàn T&T Group"),
        ("Phòng An ninh mạng và phòng chống tội phạm sử dụng Công nghệ cao vào cuộc.",
         "Phòng An ninh mạng và phòng chống tội phạm sử dụng Công nghệ cao"),
        ("Ông Chức là Phó Chủ nhiệm Hội đồng tư vấn Văn hóa - Xã hội.", "Hội đồng tư vấn Văn hóa - Xã hội"),
        # a capitalised head names one body even with a lower-case complement
        ("Ông An là Trưởng Ban Chỉ đạo quốc gia.", "Ban Chỉ đạo quốc gia"),
        # the body of a Party committee "các nhiệm kỳ": the terms are plural, the body is one
        ("Ban Thường vụ Đảng ủy Học viện Kỹ thuật các nhiệm kỳ 2015-2020 vi phạm.", "Ban Thường vụ Đảng ủy Học viện Kỹ thuật"),
    ],
)
def test_names_go_on_over_glued_numbers_ampersands_and_lower_case_parts(text: str, org: str) -> None:
    assert spans(text)[0] == at(text, org)


def test_a_name_stops_before_and_a_plural() -> None:
    text = "Sở Y tế và các bệnh viện tuyến tỉnh họp."
    assert spans(text) == [at(text, "Sở Y tế")]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # an acronym after a title names the body the title is held in, however Vietnamese its letters look
        ("Ông Trần Văn Tám, Tổng giám đốc VEC, bị bắt.", ["VEC"]),
        # a body's acronym after a dash is its own mention, not part of the name
        ("Dự án vay vốn Cơ quan Hợp tác quốc tế Nhật Bản - JICA và Ngân hàng Thế giới - WB.",
         ["Cơ quan Hợp tác quốc tế Nhật Bản", "JICA", "Ngân hàng Thế giới", "WB"]),
        # but a company's name ends with its group's acronym
        ("Công ty Than Hạ Long - TKV ký kết hợp tác.", ["Công ty Than Hạ Long - TKV"]),
        # after a body of a body no lower-case word goes on
        ("Hội thảo do Ban Thường trực Mặt trận Tổ quốc Việt Nam tổ chức ngày 12/4.", ["Ban Thường trực Mặt trận Tổ quốc Việt Nam"]),
        # a foreign name the segmenter glued to the verb after it ends there
        ("Tập đoàn Changshin tri ân khách hàng.", ["Tập đoàn Changshin"]),
    ],
)
def test_acronyms_after_titles_and_dashes_and_bodies_of_bodies(text: str, orgs: list[str]) -> None:
    assert [m[3] for m in spans(text)] == orgs


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Ông Phương, cán bộ Đại sứ quán Việt Nam tại Đức, phát biểu.", "Đại sứ quán Việt Nam tại Đức"),
        ("Tổng Lãnh sự quán Việt Nam tại Thành phố Hồ Chí Minh tổ chức lễ.", "Tổng Lãnh sự quán Việt Nam tại Thành phố Hồ Chí Minh"),
        ("Đại sứ quán Pháp tại đây mở cửa.", "Đại sứ quán Pháp"),
    ],
)
def test_a_missions_name_goes_on_with_its_seat(text: str, org: str) -> None:
    assert spans(text)[0] == at(text, org)


def test_an_acronym_the_article_defines_is_a_body_wherever_it_stands_even_if_it_spells_a_vietnamese_syllable() -> None:
    text = ("Các sai phạm xảy ra tại Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam (VEC). "
            "Tòa không buộc bị cáo bồi thường cho VEC.")
    assert [m[3] for m in spans(text)][-2:] == ["VEC", "VEC"]
