"""Entity and title rules from precision read 13 of real exports (issue 9): streets at the ends of a stretch and
in a route a street word opens earlier in its clause, a name among places in a list, photo credits that are common
words, common acronyms, pages or foreign outlets, foreign names with particles, a family name that is a common word
before a country; titles of an unnamed officer before a name that opens a clause of its own, of the one a person acts
for, a head that is the object of a title's words, the body after ``thuộc``, and a post taken that keeps its own former
flag. Every sentence is written for the test."""
from __future__ import annotations

from test_entity_grammar import found
from test_entity_reads import titles_of
from vnnews import article_from_text, entities


def test_the_ends_of_a_stretch_of_a_street_are_streets() -> None:
    assert found("Phố Hàng Bài, đoạn từ Trần Hưng Đạo đến Lý Thường Kiệt, được lát đá.") == [
        ("LOC", "Hàng Bài"), ("LOC", "Trần Hưng Đạo"), ("LOC", "Lý Thường Kiệt")]
    assert ("LOC", "Nguyễn Văn Cừ") in found("Đường được nâng cấp từ nút giao Hòa Bình đến Nguyễn Văn Cừ trong năm nay.")
    assert ("LOC", "Lê Văn Lương") in found("Xe buýt chạy trên đường từ Nguyễn Trãi đến Lê Văn Lương mỗi sáng.")
    # a transfer between two people is no stretch of road, nor is a way home in another clause
    assert found("Số tiền được chuyển từ Nguyễn Văn An đến Trần Thị Bình qua ngân hàng.") == [
        ("PER", "Nguyễn Văn An"), ("PER", "Trần Thị Bình")]
    assert found("Trên đường về, từ Nguyễn Văn An đến Trần Thị Bình đều im lặng.") == [
        ("PER", "Nguyễn Văn An"), ("PER", "Trần Thị Bình")]


def test_a_route_a_street_word_opens_earlier_in_the_clause_is_of_streets() -> None:
    assert found("Tuyến buýt chạy theo hành lang Lê Duẩn - Trần Khát Chân - Minh Khai, khởi công năm sau.") == [
        ("LOC", "Lê Duẩn"), ("LOC", "Trần Khát Chân"), ("LOC", "Minh Khai")]
    # two names joined by a dash, neither a place, with no street word right before: a duo of singers stays
    assert ("PER", "Cẩm Vân") in found("Ca sĩ Cẩm Vân - Khắc Triệu hát trên đường phố.")


def test_a_name_among_places_of_a_list_is_a_place() -> None:
    assert found("Đoàn xe đi qua Gia Lâm, Đông Anh, Lê Văn Hòa và Sóc Sơn trong ngày.") == [
        ("LOC", "Gia Lâm"), ("LOC", "Đông Anh"), ("LOC", "Lê Văn Hòa"), ("LOC", "Sóc Sơn")]
    # a person named after an address, and a list of people, stay people
    assert ("PER", "Nguyễn Văn Hòa") in found("Tại bến xe Ngã Tư Ga, quận 12, Nguyễn Văn Hòa, 51 tuổi, bỏ trốn.")
    assert found("Đội hình có Nguyễn Văn An, Trần Văn Bình và Lê Văn Cường.") == [
        ("PER", "Nguyễn Văn An"), ("PER", "Trần Văn Bình"), ("PER", "Lê Văn Cường")]


def test_a_credit_that_is_a_common_word_or_a_common_acronym_names_no_one() -> None:
    assert found("Nhà cổ được trùng tu năm ngoái. Ảnh: Tư liệu") == []
    assert found("Cầu bị sập sau lũ. Ảnh: Cộng tác viên") == []
    assert found("Các thí sinh trong đêm thi. Ảnh: BTC") == []
    # a reporter's name and initials are persons
    assert found("Các thí sinh trong đêm thi. Ảnh: Hải Yến") == [("PER", "Hải Yến")]
    assert found("Các thí sinh trong đêm thi. Ảnh: HY") == [("PER", "HY")]


def test_an_unnamed_officers_title_before_a_new_clause_is_not_the_next_names() -> None:
    text = "Thấy trong phòng chỉ còn Trưởng phòng Hành chính, Nguyễn Văn Hải đẩy cửa bước vào."
    assert "Nguyễn Văn Hải" not in titles_of(text)
    # a name in apposition, or announced by an honorific, is the title's
    assert titles_of("Chủ tịch nước, Nguyễn Văn Hải, dự lễ.")["Nguyễn Văn Hải"] == {("Chủ tịch nước", False)}
    assert titles_of("Bí thư Tỉnh ủy, đồng chí Nguyễn Văn Hải chủ trì.")["Nguyễn Văn Hải"] == {("Bí thư Tỉnh ủy", False)}


def test_a_foreign_name_runs_over_its_particles_and_hyphens() -> None:
    assert found("Theo bà Ingrid von der Berg, dự án sẽ tiếp tục.") == [("PER", "Ingrid von der Berg")]
    assert found("Người phát ngôn, ông Khaled al-Harbi, cho biết.") == [("PER", "Khaled al-Harbi")]
    assert found("Ông Faisal bin Nasser al-Thani phát biểu.") == [("PER", "Faisal bin Nasser al-Thani")]
    assert found("Giáo sư Anna Lind-Holm nhận định.") == [("PER", "Anna Lind-Holm")]
    # a Vietnamese name followed by a lower-case word spelled like a particle stays as it is
    assert found("Ông Tâm la lớn giữa chợ.") == [("PER", "Tâm")]


def test_a_document_and_an_autonomous_region_name_no_one() -> None:
    text = "Ông Lê Văn Thông phát biểu. Hội nghị triển khai Thông tư 12/2024 của Bộ."
    assert ("PER", "Lê Văn Thông") in found(text) and ("PER", "Thông") not in found(text)
    assert found("Trung tâm dữ liệu đặt tại khu tự trị Tân Cương.") == [("LOC", "Tân Cương")]


def test_a_post_taken_keeps_its_own_former_flag() -> None:
    # a post before a merger is former; the post of the same name a headline says is taken after it is not
    article = article_from_text("Đại tá Lê Văn Tâm giữ chức Giám đốc Công an tỉnh Hà Giang sau hợp nhất\n\nBộ trưởng "
                                "trao quyết định cho Đại tá Lê Văn Tâm, Giám đốc Công an tỉnh Hà Giang (trước khi sáp nhập).",
                                doc_id="t")
    table = entities.person_titles([article])
    held = {(t, bool(f)) for t, f in zip(table["title"], table["former"])}
    assert ("Giám đốc Công an tỉnh Hà Giang", False) in held and ("Giám đốc Công an tỉnh Hà Giang", True) in held
    # an appointment the lead opens with takes the post
    text = ("Ông Lê Văn Tâm được bổ nhiệm giữ chức Giám đốc Sở Y tế tỉnh mới. Ông Lê Văn Tâm, Giám đốc Sở Y tế (trước "
            "khi sáp nhập), phát biểu.")
    assert ("Giám đốc Sở Y tế tỉnh", False) in titles_of(text)["Lê Văn Tâm"]
    # in the body an appointment is history: the post the article calls former elsewhere stays former
    text = ("Ông Lê Văn Tâm, nguyên Viện trưởng Viện Kinh tế, bị bắt.\n\nÔng Lê Văn Tâm được bổ nhiệm giữ chức Viện "
            "trưởng Viện Kinh tế vào tháng 4/2020.")
    assert titles_of(text)["Lê Văn Tâm"] == {("Viện trưởng Viện Kinh tế", True)}
    # so in a later sentence of a lead that holds the whole article
    assert titles_of(text.replace("\n\n", " "))["Lê Văn Tâm"] == {("Viện trưởng Viện Kinh tế", True)}
    # a post the article calls former elsewhere and says was held before stays former
    text = "Ông Lê Văn Tâm, cựu Giám đốc Sở Y tế, bị bắt. Ông Tâm từng giữ chức Giám đốc Sở Y tế từ năm 2015."
    assert titles_of(text)["Lê Văn Tâm"] == {("Giám đốc Sở Y tế", True)}


def test_a_head_right_after_the_words_of_a_title_is_their_object() -> None:
    text = ("Dự thảo được giới thiệu bởi Thượng tá Lê Văn Hải, thành viên hội đồng tư vấn giúp việc Bộ trưởng Tư pháp và "
            "Đại tá Trần Văn Bình, Phó cục trưởng.")
    found_titles = titles_of(text)["Lê Văn Hải"]
    assert ("Bộ trưởng Tư pháp", False) not in found_titles
    assert ("Thành viên hội đồng tư vấn giúp việc Bộ trưởng Tư pháp", False) in found_titles
    # a rank and the post after it, with only a space between, are two titles
    assert titles_of("Ông Lê Văn Hải, Thượng tá Phó Giám đốc Công an tỉnh, phát biểu.")["Lê Văn Hải"] == {
        ("Thượng tá", False), ("Phó Giám đốc Công an tỉnh", False)}


def test_the_body_above_a_department_after_thuoc_is_the_titles() -> None:
    text = "Bà Lê Thị Hoa, cựu Trưởng phòng Tổ chức – Hành chính thuộc Sở Giao thông vận tải, bị bắt."
    assert titles_of(text)["Lê Thị Hoa"] == {("Trưởng phòng Tổ chức - Hành chính Sở Giao thông vận tải", True)}


def test_a_post_held_told_in_the_body_with_giu_chuc_stays_former() -> None:
    # "giữ chức" in the body may tell a post held then; only in the headline or the lead is it a post taken
    text = ("Ông Lê Văn Tâm, cựu chủ tịch tỉnh, hầu tòa.\n\nÔng Ninh nói nhiệm kỳ trước (bị cáo Lê Văn Tâm, 67 tuổi, "
            "giữ chức Chủ tịch tỉnh) đã có sai phạm.")
    assert titles_of(text)["Lê Văn Tâm"] == {("Chủ tịch tỉnh", True)}


def test_the_title_of_the_one_a_person_acts_for_is_not_theirs() -> None:
    text = "Thay mặt Chủ tịch nước, Chủ tịch UBND tỉnh Hà Tĩnh Lê Văn Hòa trao Huân chương Lao động."
    assert titles_of(text)["Lê Văn Hòa"] == {("Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh", False)}
    text = "Thừa ủy quyền Thủ tướng, Bộ trưởng Xây dựng Trần Văn Hòa ký quyết định."
    assert titles_of(text)["Trần Văn Hòa"] == {("Bộ trưởng Xây dựng", False)}
    # a chain of one person's titles after "Theo" stays whole
    text = "Theo Ủy viên Bộ Chính trị, Bí thư Thành ủy Lê Văn Hòa, thành phố sẽ làm ngay."
    assert titles_of(text)["Lê Văn Hòa"] == {("Ủy viên Bộ Chính trị", False), ("Bí thư Thành ủy", False)}


def test_a_name_after_the_verb_of_a_title_is_its_object() -> None:
    text = "Tới nơi, cảnh sát được cán bộ xã xác nhận Lê Văn Hòa chính là người bị truy nã."
    assert "Lê Văn Hòa" not in titles_of(text)
    # a body's field in lower case is no verb: the title stays the name's
    assert titles_of("Giám đốc điều hành Lê Văn Hòa cho biết.")["Lê Văn Hòa"] == {("Giám đốc điều hành", False)}


def test_a_family_name_that_is_a_common_word_before_a_country_is_that_word() -> None:
    assert found("Tại hội nghị, Đoàn Nhật Bản đã có nhiều hoạt động bên lề.") == [("LOC", "Nhật Bản")]
    assert ("PER", "Từ Thái Lan") not in found("Từ Thái Lan, dòng hàng đổ về cửa khẩu.")
    # a person of those family names stays a person
    assert found("Ông Đoàn Văn Nhật dự lễ.") == [("PER", "Đoàn Văn Nhật")]


def test_a_credit_of_a_page_or_a_foreign_outlet_names_no_one_and_stops_at_an_honorific() -> None:
    assert found("Khói bốc cao. (Ảnh: Nhóm Thái Bình) Lửa vẫn cháy.") == [("LOC", "Thái Bình")]
    assert found("Trà xanh được ưa chuộng. Ảnh: The Asahi Shimbun") == []
    assert found("Tour mới ra mắt. Ảnh: Hải Yến Bà Lê Thị Mai phát biểu.") == [("PER", "Hải Yến"), ("PER", "Lê Thị Mai")]
    # a name ending with a word of address is whole (Anh: elder brother, and a given name)
    assert found("Lễ hội mở màn. Ảnh: Hải Anh Sáng nay, đoàn khách tới.") == [("PER", "Hải Anh")]


def test_a_commander_in_chief_and_a_post_one_introduces_oneself_with() -> None:
    text = "Ông Lê Văn Hải, Tổng Tư lệnh Quân đội, phát biểu."
    assert titles_of(text)["Lê Văn Hải"] == {("Tổng Tư lệnh Quân đội", False)}
    # a post one introduces oneself with, in a fraud, is not held
    text = "Đi đâu, Lê Văn Chất cũng tự giới thiệu là thư ký của Giám đốc Sở Xây dựng."
    assert "Lê Văn Chất" not in titles_of(text)


def test_a_list_of_people_after_a_street_word_of_another_phrase_stays_people() -> None:
    """Read 13: the suspects listed after ``đường dây`` (a ring) and the people after ``thành phố X,`` are no streets;
    a street word's list marker is in its own phrase, and ``phố`` of ``thành phố``/``khu phố`` is no street word."""
    assert found("Liên quan đến đường dây này, các bị can khác là Giàng A Sử, Vàng A Dình và Lý A Páo đang bị truy nã.") == [
        ("PER", "Giàng A Sử"), ("PER", "Vàng A Dình"), ("PER", "Lý A Páo")]
    people = found("Nguyễn Thị Hà và Trần Thị Thu bị khởi tố. Lúc đó, tại một quán trên đường Hai Bà Trưng, thành phố Bắc Ninh, "
                   "Hà và Thu đang nhận tiền thì bị bắt.")
    assert [m for m in people if m[1] in ("Hà", "Thu")] == [("PER", "Hà"), ("PER", "Thu")]
    streets = found("Nơi giao nhau của ba tuyến đường: Tôn Đức Thắng, Thi Sách và Ngô Đức Kế.")
    assert ("LOC", "Tôn Đức Thắng") in streets and ("LOC", "Ngô Đức Kế") in streets


def test_a_known_field_and_another_after_va_make_one_department() -> None:
    """Read 13: a title cut at ``và`` after a known field: the department's second field is the title's too."""
    rows = titles_of("Ông Lê Văn Hùng, Vụ trưởng Khoa học công nghệ Môi trường và Hợp tác quốc tế, cho biết dự án sẽ khởi công.")
    assert rows["Lê Văn Hùng"] == {("Vụ trưởng Khoa học công nghệ Môi trường và Hợp tác quốc tế", False)}
    # a second title or a person after và stays apart
    rows = titles_of("Ông Lê Văn Hùng, Vụ trưởng Khoa học công nghệ Môi trường và Trưởng ban Nguyễn Văn Nam dự họp.")
    assert rows["Lê Văn Hùng"] == {("Vụ trưởng Khoa học công nghệ Môi trường", False)}


def test_the_segmenter_dictionary_is_looked_up_in_the_texts_folded_spelling() -> None:
    """underthesea's dictionary writes old tone places (``hoà bình``, ``tỉnh uỷ``); the entity rules look folded words of
    the text up (modern tone places), in one folded copy shared by the organisation and unit-word rules."""
    from vnnews.entities.lexicon import segmenter_dictionary
    from vnnews.text.normalize import fold

    words = segmenter_dictionary()
    assert {fold("Hoà bình"), fold("tỉnh uỷ"), "hòa bình", "tỉnh ủy", "đường thủy"} <= words


def test_a_post_held_before_is_not_taken_in_the_headline() -> None:
    """A cue of taking a post keeps the title's own former flag, unless a cue of a post held before or left covers it
    (``từng giữ chức``, ``thôi giữ chức``) or an earlier time opens it (``trước khi giữ chức``): title_cues.tsv."""
    from vnnews.entities.former_offices import taken_at
    from vnnews.text.normalize import fold

    def taken(text: str, part: str = "title") -> bool:
        folded = fold(text)
        return taken_at(folded, folded.index("giám đốc"), part)

    assert taken("Thiếu tướng Lê Văn A giữ chức Giám đốc Công an tỉnh")
    assert taken("Ông Lê Văn A được bổ nhiệm giữ chức Giám đốc Sở Y tế", "lead")
    assert not taken("Ông Lê Văn A giữ chức Giám đốc Sở Y tế", "lead")  # in a lead, giữ chức may tell a post held
    assert not taken("Ông Lê Văn A từng giữ chức Giám đốc Sở Y tế")
    assert not taken("Ông Lê Văn A thôi giữ chức Giám đốc Sở Y tế")
    assert not taken("Trước khi giữ chức Giám đốc Sở Y tế, ông A là bác sĩ")
    assert not taken("Ông Lê Văn A giữ chức Giám đốc Sở Y tế", "body")
