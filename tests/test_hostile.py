"""Hostile and damaged input (issue 12): nothing lost, nothing hangs, the right reason each time.

Each test names the defect of issue 12 it covers; each failed on the code before the fix.
"""
from __future__ import annotations

import codecs
import os
import time
from pathlib import Path

import pytest

from vnnews import article_from_text, load_corpus, normalize
from vnnews.text.sentences import sentence_spans

TEXT = ("Hội nghị Ban Chấp hành Đảng bộ tỉnh\n\n"
        "TCCS - Ngày 2-10-2020, tại Hà Nội, Ban Tổ chức Trung ương tổ chức hội nghị trực tuyến toàn quốc.\n\n"
        "Đồng chí Bí thư Tỉnh ủy phát biểu, yêu cầu chuẩn bị tốt Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025.")


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# ------------------------------------------------------------------ 3. one hostile file stops the corpus
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_and_device_named_like_articles_are_refused_not_read(tmp_path: Path) -> None:
    """A FIFO or a symlink to /dev/zero named x.txt hung the load."""
    write(tmp_path, "good.txt", TEXT)
    os.mkfifo(tmp_path / "pipe.txt")
    if os.path.exists("/dev/zero"):
        os.symlink("/dev/zero", tmp_path / "zero.txt")
    corpus = load_corpus(tmp_path)  # would block forever opening the FIFO
    assert corpus.doc_ids == ["good"]
    reasons = {Path(p.path).name: (p.kind, p.message) for p in corpus.problems}
    assert reasons["pipe.txt"] == ("not-regular", "a named pipe (FIFO), not a regular file: only regular files are read")
    if os.path.exists("/dev/zero"):
        assert reasons["zero.txt"][0] == "not-regular" and "a character device (/dev/zero)" in reasons["zero.txt"][1]


def test_a_huge_sparse_file_is_refused_by_its_size_without_reading_it(tmp_path: Path) -> None:
    """A 40 GB sparse file raised MemoryError for the whole load."""
    write(tmp_path, "good.txt", TEXT)
    with open(tmp_path / "huge.txt", "wb") as handle:
        handle.truncate(40 * 2**30)
    corpus = load_corpus(tmp_path)
    assert corpus.doc_ids == ["good"]
    [problem] = corpus.problems
    assert (Path(problem.path).name, problem.kind) == ("huge.txt", "too-large")
    assert "42,949,672,960 bytes" in problem.message and "max_article_chars" in problem.message


def test_size_and_line_limits_are_configurable_with_clear_reasons(tmp_path: Path) -> None:
    """A 5 MB line without punctuation never finished annotating: such a paragraph is refused by default."""
    write(tmp_path, "good.txt", TEXT)
    write(tmp_path, "long_line.txt", "Tiêu đề\n\n" + "chữ " * 30_000)
    corpus = load_corpus(tmp_path)
    assert corpus.doc_ids == ["good"]
    [problem] = corpus.problems
    assert problem.kind == "line-too-long" and "a paragraph of 120,000 characters, over the limit of 100,000" in problem.message
    assert sorted(load_corpus(tmp_path, max_line_chars=None).doc_ids) == ["good", "long_line"]
    small = load_corpus(tmp_path, max_article_chars=100)
    assert [(Path(p.path).name, p.kind) for p in small.problems] == [("good.txt", "too-large"), ("long_line.txt", "too-large")]
    with pytest.raises(ValueError, match="max_line_chars must be a positive integer or None"):
        load_corpus(tmp_path, max_line_chars=-1)


def test_an_overlong_table_line_is_a_bad_row_read_in_bounded_memory(tmp_path: Path) -> None:
    """A table line longer than the limit is skipped as it streams past (never held whole); the next row loads."""
    big = "x" * 3_000_000
    lines = ['{"id": "a", "content": "Sáng 1/7/2020, Bộ Chính trị họp."}', '{"id": "big", "content": "' + big + '"}',
             '{"id": "c", "content": "Chiều 2/7/2020, Quốc hội họp."}']
    path = write(tmp_path, "bao.jsonl", "\n".join(lines) + "\n")
    corpus = load_corpus(path, max_article_chars=1_000_000)
    assert corpus.doc_ids == ["a", "c"]
    [problem] = corpus.problems
    assert (problem.row, problem.kind) == (2, "bad-row") and "longer than 1,000,000 characters" in problem.message


# ------------------------------------------------------------------ 4. quadratic paths
def _timed(function, *args):
    started = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - started


def test_sentence_splitting_of_one_long_paragraph_is_linear() -> None:
    """One 280,000-character paragraph of abbreviations took minutes (quadratic: 112k chars = 77 s)."""
    paragraph = "TP. Hà Nội có ThS. Lê Văn A và " * 9_000
    spans, seconds = _timed(sentence_spans, paragraph)
    assert spans == [(0, len(paragraph.rstrip()))]  # abbreviations never end a sentence
    dots = "Hội nghị kết thúc" + "." * 100_000 + "x. Tiếp theo."
    spans, more = _timed(sentence_spans, dots)  # a run of stops was rescanned from each of its dots (10k dots: 24 s)
    assert [dots[a:b][-5:] for a, b in spans] == ["...x.", "theo."]
    assert seconds + more < 30  # linear: well under a second; the quadratic code needs many minutes


def test_long_runs_of_spaces_are_handled_in_linear_time(tmp_path: Path) -> None:
    """A run of 40,000 spaces took 42 s to load (quadratic part patterns); 200,000 spaces would take an hour."""
    text = "Tiêu đề bài viết\n\nSáng 1/7/2020, hội nghị" + " " * 200_000 + "khai mạc./."
    article, seconds = _timed(article_from_text, text)
    assert str(article.date) == "2020-07-01" and article.structure.first("end_mark").text == "./."
    view, more = _timed(normalize, text)
    assert view.text.endswith("hội nghị khai mạc./.")
    write(tmp_path, "spaces.txt", text)
    corpus, loading = _timed(lambda: load_corpus(tmp_path, max_line_chars=None))
    assert corpus.doc_ids == ["spaces"]
    assert seconds + more + loading < 30


# ------------------------------------------------------------------ 7. wrong reasons
def test_a_few_bad_bytes_in_utf8_are_replaced_and_reported_not_a_skip(tmp_path: Path) -> None:
    """Three bad bytes in valid UTF-8 skipped the whole article as "TCVN3/VNI"."""
    data = TEXT.encode("utf-8")
    cut = data.index("Hà Nội".encode())
    write(tmp_path, "a.txt", data[:cut] + b"\xff\xfe\xfd" + data[cut:])
    corpus = load_corpus(tmp_path)
    article = corpus["a"]
    assert "tại \ufffd\ufffd\ufffdHà Nội" in article.text and article.outlet == "TCCS"
    [problem] = corpus.problems
    assert (problem.kind, problem.action) == ("invalid-bytes", "loaded")
    assert problem.message.startswith("3 bytes that are not UTF-8 replaced with U+FFFD")


@pytest.mark.parametrize(
    ("name", "data", "kind", "words"),
    [
        ("binary.pdf.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(128, 256)) * 100, "pdf", "a PDF document"),
        ("ascii.pdf.txt", b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" * 40, "pdf", "a PDF document"),
        ("page.txt", ("<!DOCTYPE html><html><head><title>Tin</title></head><body><p>" + TEXT + "</p></body></html>").encode(),
         "html", "an HTML page"),
        ("markup.txt", "".join(f"<p>{line}</p>\n" for line in TEXT.split("\n\n") * 2).encode(), "html", "HTML markup"),
        ("viqr.txt", (b"Ho^.i nghi. Ban Cha^'p ha`nh DDa?ng bo^. ti?nh. Nga`y 2-10-2020, ta.i Ha` No^.i, Ban To^? chu+'c "
                      b"Trung u+o+ng to^? chu+'c ho^.i nghi. tru+.c tuye^'n toa`n quo^'c."), "viqr", "VIQR"),
        ("nul.txt", (TEXT + "\n\n" + "Đoạn văn. " * 1500).encode() + b"\x00\x00", "binary", "NUL"),
    ],
)
def test_the_right_reason_for_pdf_html_viqr_and_late_nuls(tmp_path: Path, name: str, data: bytes, kind: str, words: str) -> None:
    """A binary PDF was called a legacy encoding; an ASCII PDF, an HTML page and VIQR text loaded as
    articles without a word; NULs after the first 8 KB were kept."""
    write(tmp_path, "good.txt", TEXT)
    write(tmp_path, name, data)
    corpus = load_corpus(tmp_path)
    assert corpus.doc_ids == ["good"]
    [problem] = corpus.problems
    assert (problem.kind, problem.action) == (kind, "skipped") and words in problem.message


def test_utf32_is_decoded_not_called_binary(tmp_path: Path) -> None:
    write(tmp_path, "u32.txt", codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"))
    write(tmp_path, "u32be.txt", TEXT.encode("utf-32-be"))
    corpus = load_corpus(tmp_path)
    assert [p.kind for p in corpus.problems] == ["duplicate"] and corpus["u32"].text == TEXT == corpus["u32be"].text
    assert corpus["u32"].notes == ("UTF-32",) and corpus["u32be"].notes == ("UTF-32 without BOM",)


def test_invisible_format_characters_are_removed_with_offsets_kept() -> None:
    """A word joiner inside `Sáng⁠1/7` gave a wrong article date; zero-width spaces inside words lost mentions."""
    raw = "Tiêu đề bài viết\n\nSáng\u20601/7, Bộ Chính trị họp. Ông Ng\u200buyễn Phi\ufeff Long phát biểu. Năm 2020 khép lại."
    article = article_from_text(raw, doc_id="a")
    assert (str(article.date), article.date_evidence) == ("2020-07-01", "Sáng 1/7")
    assert "Ông Nguyễn Phi Long phát biểu" in article.text
    start = article.text.index("Nguyễn Phi Long")
    a, b = article.to_raw(start, start + len("Nguyễn Phi Long"))
    assert article.raw[a:b] == "Ng\u200buyễn Phi\ufeff Long"
    view = normalize("Bí thư Nguyễn\u200b Văn\u2060A")
    assert view.text == "Bí thư Nguyễn Văn A" and view.to_source(7, 19) == (7, 20)
