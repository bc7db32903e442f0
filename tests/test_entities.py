"""Entity mentions and titles on sentences written in the shapes of several outlets and years."""
from __future__ import annotations

import pytest

from vnnews import article_from_text, entities, load_corpus


def found(text: str, label: str | None = None) -> list[tuple[str, str]]:
    article = article_from_text("Tiêu đề bài\n\n" + text, doc_id="t")
    rows = entities.mentions([article])
    for r in rows.itertuples():
        assert article.text[r.start : r.end] == r.text
    return [(r.label, r.text) for r in rows.itertuples() if label is None or r.label == label]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # title chain before the name; the place inside the body's name is a mention too
        ("Bí thư Tỉnh ủy Lâm Đồng Trần Đức Quận làm việc với Sở Y tế tỉnh Lâm Đồng.",
         [("ORG", "Tỉnh ủy Lâm Đồng"), ("LOC", "Lâm Đồng"), ("PER", "Trần Đức Quận"), ("ORG", "Sở Y tế tỉnh Lâm Đồng"),
          ("LOC", "Lâm Đồng")]),
        # abbreviations, old tone marks, a city with a dotted abbreviation
        ("Chủ tịch UBND TP.HCM Phan Văn Mãi và Thành uỷ TP.HCM dự họp.",
         [("ORG", "UBND TP.HCM"), ("LOC", "TP.HCM"), ("PER", "Phan Văn Mãi"), ("ORG", "Thành uỷ TP.HCM"), ("LOC", "TP.HCM")]),
        # central bodies, a ministry written without "và", a country
        ("Bộ Chính trị, Ban Bí thư và Bộ Tài nguyên Môi trường làm việc với đoàn Lào.",
         [("ORG", "Bộ Chính trị"), ("ORG", "Ban Bí thư"), ("ORG", "Bộ Tài nguyên Môi trường"), ("LOC", "Lào")]),
        # units of place: the mention is the name, not the unit word
        ("Đoàn công tác đến xã Tân Lập, huyện Mộc Châu, tỉnh Sơn La.",
         [("LOC", "Tân Lập"), ("LOC", "Mộc Châu"), ("LOC", "Sơn La")]),
        # names in capitals, honorific short references
        ("Ông NGUYỄN VĂN NÊN phát biểu. Theo ông Nên, thành phố cần làm ngay.",
         [("PER", "NGUYỄN VĂN NÊN"), ("PER", "Nên")]),
        # a country as a given name stays inside the person's name
        ("Phó Viện trưởng Lê Minh Đức và Giáo sư Trần Văn Anh dự hội thảo.",
         [("PER", "Lê Minh Đức"), ("PER", "Trần Văn Anh")]),
        # a body named after the body it belongs to, lower-case after "Trưởng"
        ("Trưởng ban Tuyên giáo Tỉnh ủy Nghệ An và Ủy ban Kiểm tra Thành ủy Hải Phòng họp.",
         [("ORG", "ban Tuyên giáo Tỉnh ủy Nghệ An"), ("LOC", "Nghệ An"), ("ORG", "Ủy ban Kiểm tra Thành ủy Hải Phòng"),
          ("LOC", "Hải Phòng")]),
        # generic words are not entities
        ("Các cơ quan, đơn vị và địa phương cần hoàn thành đại hội trong năm nay.", []),
    ],
)
def test_mentions(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_bylines_and_photo_credits_are_persons() -> None:
    article = article_from_text(
        "Tiêu đề bài\n\nHà Nội - Hội nghị khai mạc sáng nay tại thủ đô.\n\n"
        "Quang cảnh hội nghị (Ảnh: H.T.P).\n\nHội nghị diễn ra trong hai ngày với nhiều nội dung quan trọng.\n\n"
        "Lê Hoa - Minh Thu", doc_id="t")
    rows = entities.mentions([article], labels=["PER"])
    assert rows[["text", "part"]].values.tolist() == [["H.T.P", "credit"], ["Lê Hoa", "byline"], ["Minh Thu", "byline"]]


def test_titles_before_and_after_names_and_in_lists() -> None:
    article = article_from_text(
        "Tiêu đề bài\n\nĐồng chí Nguyễn Văn A, UV BCT, Bí thư Thành uỷ Hà Nội chủ trì. Dự có các đồng chí: "
        "Trần Thị B, Phó Chủ tịch Thường trực HĐND thành phố; Lê Văn C, nguyên Giám đốc Sở Nội vụ. "
        "Phó Thủ tướng Chính phủ Phạm Văn D kiêm Bộ trưởng Ngoại giao phát biểu.", doc_id="t")
    titles = entities.person_titles([article])
    got = {(p, t, f) for p, t, f in zip(titles["person"], titles["title"], titles["former"])}
    assert got == {
        ("Nguyễn Văn A", "Ủy viên Bộ Chính trị", False),
        ("Nguyễn Văn A", "Bí thư Thành ủy Hà Nội", False),
        ("Trần Thị B", "Phó Chủ tịch Thường trực Hội đồng nhân dân thành phố", False),
        ("Lê Văn C", "Giám đốc Sở Nội vụ", True),
        ("Phạm Văn D", "Phó Thủ tướng Chính phủ", False),
    }
    for row in titles.itertuples():
        assert article.text[row.start : row.end] == row.text


def test_people_groups_variants_and_counts_title_only_references() -> None:
    a = article_from_text(
        "Tiêu đề\n\nBí thư Tỉnh ủy Hòa Bình Nguyễn Phi Long thăm người dân. Ông Long yêu cầu huyện sơ tán dân. "
        "Bí thư Tỉnh ủy Hòa Bình cũng đề nghị các ngành vào cuộc.", doc_id="a")
    b = article_from_text("Tiêu đề\n\nÔNG NGUYỄN PHI LONG, Bí thư Tỉnh uỷ Hoà Bình, tiếp đoàn công tác.", doc_id="b")
    table = entities.people([a, b]).set_index("name")
    row = table.loc["Nguyễn Phi Long"]
    assert row["variants"] == ["Long", "Nguyễn Phi Long"]
    assert row["titles"] == ["Bí thư Tỉnh ủy Hòa Bình"]
    assert row["doc_ids"] == ["a", "b"] and row["mentions"] == 3 and row["references"] == 1
    assert row["places"] == ["Hòa Bình"]


def test_local_title_takes_the_province_named_with_the_person(seeds_dir) -> None:
    titles = entities.person_titles(load_corpus(seeds_dir)).drop_duplicates(["person", "title"]).set_index(["person", "title"])
    # the first seed calls her "Bí thư Tỉnh ủy" and names Bắc Ninh only in the caption about her
    assert titles.loc[("Đào Hồng Lan", "Bí thư Tỉnh ủy"), ["place", "place_source"]].tolist() == ["Bắc Ninh", "article"]
    assert titles.loc[("Phan Việt Cường", "Chủ tịch Hội đồng nhân dân tỉnh"), "place"] == "Quảng Nam"
    assert ("Phạm Minh Chính", "Ủy viên Bộ Chính trị") in titles.index  # from "UV BCT" in the second seed


def test_organisations_places_and_cooccurrence(seeds_dir) -> None:
    corpus = load_corpus(seeds_dir)
    orgs = entities.organisations(corpus).set_index("name")
    assert orgs.loc["Ban Tổ chức Trung ương", "doc_ids"] == ["000_af2db3ee9faf262d", "002_7fb7a55761241d66"]
    assert "Đoàn đại biểu Quốc hội tỉnh Quảng Nam" in orgs.index  # "Đoàn ĐBQH tỉnh Quảng Nam" written out
    places = entities.places(corpus).set_index("name")
    assert places.loc["Bắc Ninh", "kind"] == "province"
    pairs = entities.cooccurrence(corpus)
    pair = pairs[(pairs["source"] == "Ban Tổ chức Trung ương") & (pairs["target"] == "Phạm Minh Chính")]
    assert pair["count"].item() >= 3
    per_article = entities.cooccurrence(corpus, within="article").set_index(["source", "target"])
    # within="article" counts the articles a pair shares: both seeds name both
    assert per_article.loc[("Ban Tổ chức Trung ương", "Phạm Minh Chính"), ["count", "doc_ids"]].tolist() == [
        2, ["000_af2db3ee9faf262d", "002_7fb7a55761241d66"]]


def test_highlight_marks_every_mention(seeds_dir) -> None:
    corpus = load_corpus(seeds_dir)
    rows = entities.mentions(corpus)
    html = str(entities.highlight(corpus[1], rows))
    assert html.count("<mark title=") == (rows["doc_id"] == corpus[1].doc_id).sum()
    assert '<mark title="PER" style="background:#fde2a7">Phan Việt Cường</mark>' in html


def test_network_plot_renders(seeds_dir) -> None:
    import warnings

    import matplotlib

    matplotlib.use("Agg")
    from vnnews import plots

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ax = plots.plot_network(entities.cooccurrence(load_corpus(seeds_dir)), top=10)
        ax.figure.canvas.draw()
    assert len(ax.texts) == 10
