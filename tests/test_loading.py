"""Loading a folder where some files are fine in unusual ways and some are broken."""
from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from conftest import cp1258_bytes
from vnnews import ArticleLoadError, load_corpus

TEXT = ("Hội nghị Ban Chấp hành Đảng bộ tỉnh\n\n"
        "TCCS - Ngày 2-10-2020, tại Hà Nội, Ban Tổ chức Trung ương tổ chức hội nghị trực tuyến toàn quốc.\n\n"
        "Đồng chí Bí thư Tỉnh ủy phát biểu, yêu cầu chuẩn bị tốt Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025.")
# "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc" in legacy font encodings read as Windows-1252
TCVN3_MOJIBAKE = "Céng hoµ x· héi chñ nghÜa ViÖt Nam. §éc lËp - Tù do - H¹nh phóc. " * 3
VNI_MOJIBAKE = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Ñoäc laäp - Töï do - Haïnh phuùc. " * 3


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.mark.parametrize(
    ("data", "encoding", "note"),
    [
        (TEXT.encode("utf-8"), "utf-8", ""),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig", "BOM"),
        (TEXT.replace("\n", "\r\n").encode("utf-8"), "utf-8", "CRLF line endings"),
        (TEXT.encode("utf-16"), "utf-16", "UTF-16"),
        (TEXT.encode("utf-16-le"), "utf-16", "UTF-16 without BOM"),
        (unicodedata.normalize("NFD", TEXT).encode("utf-8"), "utf-8", "not NFC (decomposed characters)"),
    ],
)
def test_accepted_encodings_give_the_same_article(tmp_path: Path, data: bytes, encoding: str, note: str) -> None:
    write(tmp_path, "a.txt", data)
    corpus = load_corpus(tmp_path)
    assert corpus.problems == []
    article = corpus["a"]
    assert article.text == TEXT
    assert article.encoding == encoding
    assert (note in article.notes) if note else article.notes == ()
    assert article.outlet == "TCCS" and str(article.date) == "2020-10-02"
    # spans map back into the raw decoded text
    i = article.text.index("Bí thư Tỉnh ủy")
    s, e = article.to_raw(i, i + len("Bí thư Tỉnh ủy"))
    assert unicodedata.normalize("NFC", article.raw[s:e]) == "Bí thư Tỉnh ủy"


def test_crlf_offsets_shift_in_raw(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", TEXT.replace("\n", "\r\n"))
    article = load_corpus(tmp_path)["a"]
    i = article.text.index("Đồng chí")
    s, e = article.to_raw(i, i + 8)
    assert article.raw[s:e] == "Đồng chí" and s == i + 4  # four \r before it


BROKEN = [
    ("empty.txt", b"", "empty", "empty file"),
    ("blank.txt", b"  \n\t \r\n ", "empty", "only whitespace"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary", "binary file"),
    ("cp1258.txt", cp1258_bytes(TEXT), "legacy-encoding", "Windows-1258"),
    ("tcvn3.txt", TCVN3_MOJIBAKE.encode("utf-8"), "mojibake", "TCVN3"),
    ("vni.txt", VNI_MOJIBAKE.encode("utf-8"), "mojibake", "VNI"),
    ("twice.txt", TEXT.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8"), "mojibake", "decoded twice"),
]


@pytest.mark.parametrize(("name", "data", "kind", "words"), BROKEN)
def test_broken_file_is_reported_and_the_rest_loads(tmp_path: Path, name: str, data: bytes, kind: str, words: str) -> None:
    write(tmp_path, "good.txt", TEXT)
    bad = write(tmp_path, name, data)
    corpus = load_corpus(tmp_path)
    assert corpus.doc_ids == ["good"]
    [problem] = corpus.problems
    assert (problem.path, problem.kind, problem.action) == (str(bad), kind, "skipped")
    assert words in problem.message
    with pytest.raises(ArticleLoadError) as raised:
        load_corpus(tmp_path, errors="raise")
    assert raised.value.path == str(bad) and raised.value.kind == kind
    assert name in str(raised.value)


def test_legacy_file_loads_when_its_encoding_is_given(tmp_path: Path) -> None:
    write(tmp_path, "cp1258.txt", cp1258_bytes(TEXT))
    corpus = load_corpus(tmp_path, encoding="cp1258")
    assert corpus["cp1258"].text == TEXT


def test_unreadable_paths(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", TEXT)
    (tmp_path / "folder.txt").mkdir()
    corpus = load_corpus([good, tmp_path / "missing.txt", tmp_path / "folder.txt"])
    assert corpus.doc_ids == ["good"]
    assert [(Path(p.path).name, p.kind, p.message) for p in corpus.problems] == [
        ("missing.txt", "unreadable", "no such file or folder"),
        ("folder.txt", "no-articles", "no article files (.txt, .csv, .tsv, .jsonl, .ndjson, .json, .parquet) in this folder"),
    ]


def test_folder_without_articles(tmp_path: Path) -> None:
    write(tmp_path, "notes.md", "# không phải bài báo")
    corpus = load_corpus(tmp_path)
    assert len(corpus) == 0
    assert [(p.kind, p.action) for p in corpus.problems] == [("no-articles", "skipped")]
    assert [(i.path, i.reason) for i in corpus.ignored] == [(str(tmp_path / "notes.md"), "not an article format (.md)")]
    with pytest.raises(ArticleLoadError, match="no article files"):
        load_corpus(tmp_path, errors="raise")


def test_duplicates_are_flagged_or_skipped(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", TEXT)
    # same text in old tone marks, NBSP and CRLF: still the same article
    write(tmp_path, "b.txt", TEXT.replace("Tỉnh ủy", "Tỉnh uỷ").replace(" ", "\u00a0", 1).replace("\n", "\r\n"))
    write(tmp_path, "c.txt", TEXT + " Hội nghị kết thúc.")
    flagged = load_corpus(tmp_path)
    assert flagged.doc_ids == ["a", "b", "c"]
    assert flagged["b"].duplicate_of == "a" and flagged["c"].duplicate_of is None
    assert [(Path(p.path).name, p.kind, p.action) for p in flagged.problems] == [("b.txt", "duplicate", "loaded")]
    assert flagged.to_frame().set_index("doc_id").loc["b", "duplicate_of"] == "a"
    skipped = load_corpus(tmp_path, duplicates="skip")
    assert skipped.doc_ids == ["a", "c"]
    assert [(p.kind, p.action) for p in skipped.skipped] == [("duplicate", "skipped")]


def test_same_doc_id_from_two_folders_loads_both_under_distinct_ids(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    one = write(tmp_path / "x", "a.txt", TEXT)
    two = write(tmp_path / "y", "a.txt", TEXT + " Khác.")
    corpus = load_corpus([one, two])
    assert corpus.doc_ids == ["a", "a-2"] and corpus["a-2"].path == str(two)
    [problem] = corpus.problems
    assert (problem.kind, problem.path, problem.action) == ("doc-id-collision", str(two), "loaded")
    assert "'a' is already taken" in problem.message


def test_subfolders_are_loaded_by_default_with_their_category(tmp_path: Path) -> None:
    """Issue 12, item 2: articles in subfolders were neither loaded nor reported."""
    (tmp_path / "2020" / "thoi_su").mkdir(parents=True)
    write(tmp_path / "2020" / "thoi_su", "a.txt", TEXT)
    corpus = load_corpus(tmp_path)
    assert corpus.doc_ids == ["a"] and corpus.problems == []
    assert corpus["a"].category == "2020/thoi_su" and corpus[0] is corpus["a"]
    assert load_corpus(tmp_path, category_from_folders=False)["a"].category is None
    flat = load_corpus(tmp_path, recursive=False)
    assert len(flat) == 0 and [(Path(i.path).name, i.reason) for i in flat.ignored] == [("2020", "a subfolder (recursive=False)")]
    with pytest.raises(KeyError, match="no article with doc_id 'zz'"):
        corpus["zz"]


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path: Path, monkeypatch) -> None:
    """Issue 12, item 2: with recursive=True an unlistable folder was skipped silently."""
    import os

    (tmp_path / "locked").mkdir()
    write(tmp_path / "locked", "b.txt", TEXT)
    write(tmp_path, "a.txt", TEXT + " Khác.")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    corpus = load_corpus(tmp_path)
    assert corpus.doc_ids == ["a"]
    assert [(Path(p.path).name, p.kind, p.message) for p in corpus.problems] == [
        ("locked", "unreadable", "cannot list this folder: Permission denied")]


def test_hidden_files_and_other_formats_are_listed_as_ignored(tmp_path: Path) -> None:
    """Issue 12, item 8: `.hidden.txt` was loaded as an article."""
    write(tmp_path, "a.txt", TEXT)
    write(tmp_path, ".hidden.txt", TEXT + " Ẩn.")
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".git", "b.txt", TEXT + " Git.")
    write(tmp_path, "anh.jpg", b"\xff\xd8\xff")
    corpus = load_corpus(tmp_path)
    assert corpus.doc_ids == ["a"] and corpus.problems == []
    assert [(Path(i.path).name, i.reason) for i in corpus.ignored] == [
        (".git", "hidden (the name starts with '.')"), (".hidden.txt", "hidden (the name starts with '.')"),
        ("anh.jpg", "not an article format (.jpg)")]


def test_single_file_of_any_name(tmp_path: Path) -> None:
    path = write(tmp_path, "bai-bao.md", TEXT)
    assert load_corpus(path).doc_ids == ["bai-bao"]


def test_bad_options() -> None:
    with pytest.raises(ValueError):
        load_corpus([], errors="ignore")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "text", "date", "source"),
    [
        ("2022-03-16-chat-van.txt", "Tiêu đề\n\nChiều 16/3, phiên chất vấn diễn ra.", "2022-03-16", "lead (year from file name)"),
        ("chat-van_2022.txt", "Tiêu đề\n\nChiều 16/3, phiên chất vấn diễn ra.", "2022-03-16", "lead (year from file name)"),
        ("20220316_tin.txt", "Tiêu đề\n\nPhiên chất vấn diễn ra tại Nhà Quốc hội.", "2022-03-16", "file name"),
        ("af2db3ee9faf262d.txt", "Tiêu đề\n\nChiều 16/3, phiên chất vấn diễn ra.", "NaT", "lead (no year)"),
    ],
)
def test_article_date_from_the_file_name(tmp_path: Path, name: str, text: str, date: str, source: str) -> None:
    write(tmp_path, name, text)
    row = load_corpus(tmp_path).to_frame().iloc[0]
    assert (str(row["date"])[:10], row["date_source"]) == (date, source)
