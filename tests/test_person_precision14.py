"""Person and title rules found by the fourteenth precision read (issue 9): the subject of a title in narrative
is a pronoun opening a clause after a name, not that name. Every sentence is written for the test."""
from __future__ import annotations

from test_entity_grammar import found
from test_entity_reads import titles_of


def test_a_pronoun_opening_a_clause_after_a_name_is_the_subject_of_the_post_taken() -> None:
    text = ("Năm 2010, ông Trần Văn Hưng làm Phó Chánh án. Tháng 3/2019, khi đang là thư ký của Chánh án "
            "Nguyễn Văn Bình, ông được điều động, bổ nhiệm giữ chức Chánh án TAND tỉnh Lào Cai.")
    got = titles_of(text)
    assert ("Chánh án Tòa án nhân dân tỉnh Lào Cai", False) in got["Trần Văn Hưng"]
    assert got["Nguyễn Văn Bình"] == {("Chánh án", False)}
    # no one named before with that pronoun: the post goes to no one rather than to the name before it
    got = titles_of("Thư ký Chánh án Nguyễn Văn Bình, ông được bổ nhiệm giữ chức Chánh án TAND tỉnh Lào Cai.")
    assert ("Chánh án Tòa án nhân dân tỉnh Lào Cai", False) not in got.get("Nguyễn Văn Bình", set())
    # the name itself as the subject still takes the post
    got = titles_of("Ông Lê Văn Tâm, Phó Giám đốc Sở Y tế, được bổ nhiệm giữ chức Giám đốc Sở Y tế.")
    assert ("Giám đốc Sở Y tế", False) in got["Lê Văn Tâm"]


def test_a_name_after_a_facility_noun_and_the_words_of_its_kind_is_no_person() -> None:
    assert found("Cảng vụ hàng không Đinh Tú cho biết đèn chiếu đã tắt.", "PER") == []
    assert found("Chợ vải sợi Hồ Đắc mở cửa từ sáng sớm.", "PER") == []
    assert found("Hai cửa khẩu quốc tế Mai Lâm và La Tiến đông người qua lại.", "PER") == []
    # a player, a person met at a market, a name joined to a market's without a count: persons
    assert found("Cầu thủ Lê Văn Toàn ghi bàn.", "PER") == [("PER", "Lê Văn Toàn")]
    assert found("Ông đi chợ gặp Trần Văn Hùng.", "PER") == [("PER", "Trần Văn Hùng")]
    assert found("Tòa đình chỉ Nguyễn Văn Bảy.", "PER") == [("PER", "Nguyễn Văn Bảy")]
    assert found("Chợ vải sợi Hồ Đắc và Trần Văn Hùng cùng được nhắc tới.", "PER") == [("PER", "Trần Văn Hùng")]


def test_a_country_between_a_title_and_a_foreign_name_is_the_titles() -> None:
    assert found("Như Phó Đô đốc Mỹ Steven Parker cảnh báo, chiến tranh đang thay đổi.", "PER") == [("PER", "Steven Parker")]
    assert found("Đại tá Anh Tuấn phát biểu.", "PER") == [("PER", "Anh Tuấn")]


def test_a_bare_name_the_article_writes_as_a_place_after_its_unit_word_is_that_place() -> None:
    text = "Đường Lê Văn Hưu dài hai km. Người đi bộ khó băng qua trục Lê Văn Hưu vào giờ cao điểm."
    assert found(text, "PER") == []
    assert found(text, "LOC") == [("LOC", "Lê Văn Hưu"), ("LOC", "Lê Văn Hưu")]
    # the article also names the person (a word of address, a title): the bare name stays a person
    text = "Ông Lê Văn Hưu sống trên đường Lê Văn Hưu. Lê Văn Hưu cho biết."
    assert found(text, "PER") == [("PER", "Lê Văn Hưu"), ("PER", "Lê Văn Hưu")]
    # named bare more often than as a place: a person
    text = "Bà Hạnh đi cùng Trần Văn Khải. Trần Văn Khải cười. Nhà ở xã Trần Văn Khải."
    assert ("PER", "Trần Văn Khải") in found(text, "PER")


def test_capitals_joined_by_a_slash_in_a_credit_are_the_agency() -> None:
    assert found("Khói bốc lên gần nhà máy. Ảnh: AFP/TTXVN Lực lượng cứu hỏa đã có mặt.", "PER") == []
    assert found("Lễ khai mạc diễn ra sáng nay. Ảnh: Minh Khang/VNA", "PER") == [("PER", "Minh Khang")]
    assert found("Lễ khai mạc diễn ra sáng nay. Ảnh: QT", "PER") == [("PER", "QT")]


def test_a_name_after_a_banks_transaction_office_is_its_street() -> None:
    assert found("Bà ta đến phòng giao dịch Lê Văn Lương của một ngân hàng để rút tiền.", "PER") == []


def test_a_credit_in_capitals_that_the_article_names_as_a_body_is_that_body() -> None:
    text = "Tổng công ty Cảng hàng không Việt Nam (ACV) khởi công nhà ga mới. Ảnh: ACV"
    assert found(text, "PER") == []
    assert found("Lễ khai mạc diễn ra sáng nay tại Hà Nội. Ảnh: QT", "PER") == [("PER", "QT")]
