"""The entity grammar on constructed sentences, one test per category of issue 9: names that place
and word lists cannot break, things named like people, organisation names with their complements,
and titles attached by the punctuation of the sentence. Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from vnnews import article_from_text, entities


def found(text: str, label: str | None = None) -> list[tuple[str, str]]:
    article = article_from_text("Tiêu đề bài\n\n" + text, doc_id="t")
    rows = entities.mentions([article])
    for r in rows.itertuples():
        assert article.text[r.start : r.end] == r.text
    return [(r.label, r.text) for r in rows.itertuples() if label is None or r.label == label]


def titles_of(text: str) -> dict[str, set[str]]:
    article = article_from_text("Tiêu đề bài\n\n" + text, doc_id="t")
    table = entities.person_titles([article])
    for r in table.itertuples():
        assert article.text[r.start : r.end] == r.text
    out: dict[str, set[str]] = {}
    for person, title in zip(table["person"], table["title"]):
        out.setdefault(person, set()).add(title)
    return out


# ----------------------------------------------------------------------------- PER
@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a given name that is a country, a district, a ward
        ("Thứ trưởng Hồ Đức Thanh làm việc với đoàn công tác của tỉnh.", "Hồ Đức Thanh"),
        ("Đại úy Hồ Mỹ Lộc trực tiếp chỉ huy lực lượng cứu hộ.", "Hồ Mỹ Lộc"),
        ("Bà Hồ Anh Sơn nhận giấy khen của huyện.", "Hồ Anh Sơn"),
        # four syllables, two family names
        ("Luật sư Trần Nguyễn Bảo Ngọc phát biểu tại phiên tòa.", "Trần Nguyễn Bảo Ngọc"),
        # right after an abbreviation and a unit word
        ("Phó Bí thư Thành ủy TP Trần Văn Bảy chủ trì cuộc họp.", "Trần Văn Bảy"),
        ("Chủ tịch UBND tỉnh Lương Văn Tám ký quyết định.", "Lương Văn Tám"),
        # a given name that is also an organisation head: Trường, Hội
        ("Thiếu tá Lê Trường Giang, Chi ủy viên, nhận nhiệm vụ mới.", "Lê Trường Giang"),
        # the President, not the city
        ("Cán bộ học tập và làm theo tấm gương đạo đức Chủ tịch Hồ Chí Minh.", "Hồ Chí Minh"),
    ],
)
def test_names_that_place_and_word_lists_cannot_break(text: str, person: str) -> None:
    rows = found(text)
    assert ("PER", person) in rows
    start = text.index(person)
    article_text = "Tiêu đề bài\n\n" + text
    offset = len("Tiêu đề bài\n\n") + start
    # no place or organisation inside the name
    article = article_from_text(article_text, doc_id="t")
    table = entities.mentions([article])
    inside = table[(table["start"] >= offset) & (table["end"] <= offset + len(person)) & (table["label"] != "PER")]
    assert inside.empty, inside[["text", "label"]].values.tolist()


@pytest.mark.parametrize(
    ("text", "expected", "not_person"),
    [
        ("Xe buýt chạy trên đường Hoàng Văn Thái đến bến.", ("LOC", "Hoàng Văn Thái"), "Hoàng Văn Thái"),
        ("Cửa hàng ở số 27 Trần Quang Khải bị cháy.", ("LOC", "Trần Quang Khải"), "Trần Quang Khải"),
        ("Học sinh trường THPT Lê Quý Đôn đạt giải nhất.", ("ORG", "trường THPT Lê Quý Đôn"), "Lê Quý Đôn"),
        ("Du khách ra đảo Cù Lao Chàm bằng tàu cao tốc.", ("LOC", "Cù Lao Chàm"), "Cù Lao Chàm"),
    ],
)
def test_streets_houses_schools_islands_named_like_people_are_not_persons(text, expected, not_person) -> None:
    rows = found(text)
    assert expected in rows
    assert ("PER", not_person) not in rows


def test_weather_and_years_named_like_people_are_nothing() -> None:
    assert found("Hiện tượng La Nina khiến mưa nhiều hơn.", "PER") == []
    assert found("Dịp Tết Nhâm Dần, đường phố đông vui.", "PER") == []
    assert found("Cơn bão Noru đổ bộ vào miền Trung.", "PER") == []


def test_dateline_glued_to_the_lead_is_a_place_and_a_name() -> None:
    rows = found("Đà NẵngÔng Nguyễn Văn Tám, 60 tuổi, bị bắt.")
    assert rows == [("LOC", "Đà Nẵng"), ("PER", "Nguyễn Văn Tám")]


def test_short_references_to_a_person_named_in_full() -> None:
    text = ("Ông Trương Văn Cường và bà Đỗ Thị Hạnh bị khởi tố. Cường khai đã nhận tiền, còn Hạnh "
            "không thừa nhận. Theo ông Cường, số tiền đã được trả lại.")
    names = [t for label, t in found(text, "PER")]
    assert names == ["Trương Văn Cường", "Đỗ Thị Hạnh", "Cường", "Hạnh", "Cường"]


def test_photo_credits_run_into_the_text_are_persons() -> None:
    text = "Lãnh đạo tỉnh cắt băng khánh thành. Ảnh: Minh Châu Buổi lễ diễn ra trang trọng. Ảnh: TL"
    assert found(text, "PER") == [("PER", "Minh Châu"), ("PER", "TL")]


# ----------------------------------------------------------------------------- ORG
@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Sở Kế hoạch và Đầu tư tỉnh Bình Định đã trình đề án.", "Sở Kế hoạch và Đầu tư tỉnh Bình Định"),
        ("Đại diện Bộ Lao động - Thương binh và Xã hội phát biểu.", "Bộ Lao động - Thương binh và Xã hội"),
        ("Phó chủ nhiệm Ủy ban Tài chính - Ngân sách trình bày báo cáo.", "Ủy ban Tài chính - Ngân sách"),
        ("Ông là Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An.", "Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An"),
        ("Công ty TNHH Thương mại và Dịch vụ Hoàng Phát nộp thuế.", "Công ty TNHH Thương mại và Dịch vụ Hoàng Phát"),
        ("Cục Điều tra chống buôn lậu đã khởi tố vụ án.", "Cục Điều tra chống buôn lậu"),
    ],
)
def test_organisation_names_keep_va_hyphens_and_commas(text: str, org: str) -> None:
    assert ("ORG", org) in found(text, "ORG")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Sở Xây dựng sớm hoàn thành quy hoạch.", "Sở Xây dựng"),
        ("Công ty Minh Phát tổ chức lễ ký kết hợp đồng.", "Công ty Minh Phát"),
        ("Ban Nội chính tự hào là cơ quan tham mưu.", "Ban Nội chính"),
        ("Ban Bí thư thi hành kỷ luật ông Nguyễn Văn Bình.", "Ban Bí thư"),
    ],
)
def test_organisation_names_stop_at_verbs(text: str, org: str) -> None:
    assert found(text, "ORG") == [("ORG", org)]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Hội nghị BCH Trung ương Đảng bàn về nhân sự.", "BCH Trung ương Đảng"),
        ("UBKT Tỉnh ủy Nghệ An kết luận vụ việc.", "UBKT Tỉnh ủy Nghệ An"),
        ("UBMTTQ tỉnh Bến Tre phát động quyên góp.", "UBMTTQ tỉnh Bến Tre"),
        ("Ông được bầu làm Ủy viên Ban Thường vụ Tỉnh ủy Hà Giang.", "Ban Thường vụ Tỉnh ủy Hà Giang"),
        ("Hồ sơ được chuyển cho TAND tỉnh Đắk Lắk.", "TAND tỉnh Đắk Lắk"),
    ],
)
def test_abbreviated_and_nested_bodies(text: str, org: str) -> None:
    assert ("ORG", org) in found(text, "ORG")


def test_generic_board_abbreviation_alone_is_not_an_organisation() -> None:
    assert found("HĐQT đã họp và thông qua kế hoạch.", "ORG") == []


def test_central_committee_inside_title_chains() -> None:
    rows = found("Đồng chí Lưu Văn Hòa, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Phú Yên phát biểu.")
    assert ("ORG", "Trung ương Đảng") in rows and ("ORG", "Tỉnh ủy Phú Yên") in rows


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Đảng ủy Chính phủ họp phiên thường kỳ.", "Đảng ủy Chính phủ"),
        ("Đại hội Đảng bộ cơ quan Bộ Ngoại giao diễn ra sáng nay.", "Đảng bộ cơ quan Bộ Ngoại giao"),
        ("Lãnh đạo Đảng ủy các cơ quan Đảng Trung ương dự đại hội.", "Đảng ủy các cơ quan Đảng Trung ương"),
        ("Đảng ủy Bộ Công Thương triển khai nghị quyết.", "Đảng ủy Bộ Công Thương"),
        ("Chi bộ Phòng Tổ chức cán bộ kết nạp đảng viên mới.", "Chi bộ Phòng Tổ chức cán bộ"),
    ],
)
def test_party_organisations_of_agencies(text: str, org: str) -> None:
    assert ("ORG", org) in found(text, "ORG")


def test_lower_case_bodies_in_running_text() -> None:
    rows = found("Đoàn công tác của tỉnh ủy Long An làm việc với ban Kinh tế Trung ương.", "ORG")
    assert rows == [("ORG", "tỉnh ủy Long An"), ("ORG", "ban Kinh tế Trung ương")]


def test_titles_and_places_are_not_organisations() -> None:
    assert found("Bộ trưởng Tư pháp Đặng Văn Sơn trả lời chất vấn.", "ORG") == []
    assert found("Du khách đến TP Hội An ngày càng đông.") == [("LOC", "Hội An")]
    assert found("Sau đó, các bộ, ngành góp ý dự thảo.", "ORG") == []


# ----------------------------------------------------------------------------- titles
def test_a_title_belongs_to_the_name_it_is_written_with() -> None:
    got = titles_of("Tới dự có các đồng chí: Võ Văn Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; "
                    "Đinh Thị Lan, Trưởng Ban Dân vận Tỉnh ủy; Lê Minh Tâm, Giám đốc Sở Y tế.")
    assert got == {"Võ Văn Hải": {"Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"},
                   "Đinh Thị Lan": {"Trưởng Ban Dân vận Tỉnh ủy"}, "Lê Minh Tâm": {"Giám đốc Sở Y tế"}}


def test_title_before_the_next_name_is_that_names() -> None:
    got = titles_of("Dự lễ có Bí thư Tỉnh ủy Hoàng Văn Khánh, Chủ tịch UBND tỉnh Ngô Thị Huệ.")
    assert got == {"Hoàng Văn Khánh": {"Bí thư Tỉnh ủy"}, "Ngô Thị Huệ": {"Chủ tịch Ủy ban nhân dân tỉnh"}}


def test_lists_with_dashes_and_brackets() -> None:
    got = titles_of("Kỷ luật các ông: Trần Văn Lộc - Bí thư Đảng ủy, Giám đốc Công ty Điện lực; "
                    "Phạm Quốc Hưng - Phó Giám đốc. Bà Vũ Thị Mai (Trưởng phòng Tài chính) bị khiển trách.")
    assert got == {"Trần Văn Lộc": {"Bí thư Đảng ủy", "Giám đốc Công ty Điện lực"}, "Phạm Quốc Hưng": {"Phó Giám đốc"},
                   "Vũ Thị Mai": {"Trưởng phòng Tài chính"}}


def test_long_chains_keep_every_title() -> None:
    got = titles_of("Đồng chí Nguyễn Hữu Phước, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Phó Thủ tướng "
                    "Thường trực, Trưởng Ban Chỉ đạo quốc gia phát biểu.")
    assert {"Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Phó Thủ tướng Thường trực"} <= got["Nguyễn Hữu Phước"]
    assert any(t.startswith("Trưởng Ban Chỉ đạo") for t in got["Nguyễn Hữu Phước"])


def test_titles_in_narrative_and_career_histories() -> None:
    got = titles_of("Ông Tạ Quang Vinh sinh năm 1970. Tháng 5-2015, ông Vinh được bổ nhiệm làm Phó Giám đốc "
                    "Sở Tài chính. Trước đó, ông giữ các chức vụ: Trưởng phòng Ngân sách, Chánh Văn phòng Sở. "
                    "Năm 2020, ông được bầu làm Chủ tịch UBND huyện Yên Thành.")
    assert got["Tạ Quang Vinh"] >= {"Phó Giám đốc Sở Tài chính", "Trưởng phòng Ngân sách", "Chánh Văn phòng Sở",
                                    "Chủ tịch Ủy ban nhân dân huyện Yên Thành"}


def test_titles_through_short_references() -> None:
    got = titles_of("Bộ trưởng Hà Quốc Lâm đến thăm nhà máy. Sau đó, Bộ trưởng Lâm làm việc với tỉnh.")
    assert got == {"Hà Quốc Lâm": {"Bộ trưởng"}}


def test_former_and_acting_flags_ranks_and_deputies() -> None:
    article = article_from_text(
        "Tiêu đề\n\nThượng tướng Lý Văn Hợp, nguyên Thứ trưởng Bộ Công an, và quyền Giám đốc Sở Nội vụ "
        "Mai Văn Tú cùng đại biểu Quốc hội Khổng Thị Nga dự họp.", doc_id="t")
    table = entities.person_titles([article]).set_index(["person", "title"])
    assert table.loc[("Lý Văn Hợp", "Thượng tướng"), ["former", "acting"]].tolist() == [False, False]
    assert table.loc[("Lý Văn Hợp", "Thứ trưởng Bộ Công an"), ["former", "acting"]].tolist() == [True, False]
    assert table.loc[("Mai Văn Tú", "Giám đốc Sở Nội vụ"), ["former", "acting"]].tolist() == [False, True]
    assert ("Khổng Thị Nga", "Đại biểu Quốc hội") in table.index


def test_titles_in_people_are_written_out_in_full() -> None:
    article = article_from_text("Tiêu đề\n\nPhó Chủ tịch UBND TP Nguyễn Văn Dũng và Chánh án TAND TP.HCM "
                                "Lê Văn Bảo dự họp.", doc_id="t")
    people = entities.people([article]).set_index("name")
    assert people.loc["Nguyễn Văn Dũng", "titles"] == ["Phó Chủ tịch Ủy ban nhân dân Thành phố"]
    assert people.loc["Lê Văn Bảo", "titles"] == ["Chánh án Tòa án nhân dân Thành phố Hồ Chí Minh"]


# ----------------------------------------------------------------------------- linear time
def test_cooccurrence_on_twenty_thousand_capitalised_words_is_bounded_by_the_window() -> None:
    """Quadratic pairing ran 100 s and 3.4 GB on this input; each entity now pairs with at most
    ``window`` others of its sentence."""
    surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
    given = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Khánh", "Lâm", "Minh", "Nga", "Oanh", "Phúc",
             "Quân", "Sơn", "Tâm", "Uyên", "Việt", "Xuân", "Yến", "Hòa"]
    names = [f"{surnames[k % 10]} {given[k // 10 % 20]} {given[k // 200 % 20]} {given[k // 4000 % 20]}" for k in range(5000)]
    article = article_from_text("Tiêu đề\n\n" + ", ".join(names) + ".", doc_id="big")
    assert len(" ".join(names).split()) == 20000
    pairs = entities.cooccurrence([article], labels=["PER"], window=50)
    people = entities.mentions([article], labels=["PER"])
    assert len(people) == 5000
    assert 0 < len(pairs) <= 50 * 5000
    with pytest.raises(ValueError, match="window"):
        entities.cooccurrence([article], window=0)


def test_a_chain_of_three_thousand_titles_is_read_whole() -> None:
    """Every title looked up every organisation (86 s on this input); lookups are binary searches now."""
    chain = ", ".join(f"Phó Chủ tịch UBND xã {w}" for w in ["Tân Lập", "Hòa Bình", "An Phú"] * 1000)
    article = article_from_text(f"Tiêu đề\n\nÔng Nguyễn Văn Toàn, {chain} phát biểu.", doc_id="chain")
    table = entities.person_titles([article])
    assert len(table) == 3000 and set(table["person"]) == {"Nguyễn Văn Toàn"}
    assert table["title"].iloc[-1] == "Phó Chủ tịch Ủy ban nhân dân xã An Phú"
