"""Corpora as researchers hold them (issue 11): the same articles as CSV, TSV, JSON Lines, JSON,
Parquet and a folder of .txt files give the same tables; metadata becomes typed fields; bad rows
are problems with their row number."""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from vnnews import Corpus, entities, iter_articles, load_corpus, time
from vnnews.corpus import table_row_text
from vnnews.corpus.metadata import parse_published

ROOT = Path(__file__).resolve().parents[1]

ROWS = [
    {"id": "tt-001", "title": "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ năm",
     "sapo": "TCCS - Sáng 1/7, hội nghị khai mạc tại Hà Nội.",
     "content": "Đồng chí Bí thư Tỉnh ủy Nguyễn Văn An phát biểu, yêu cầu chuẩn bị tốt Đại hội nhiệm kỳ 2020 - 2025.\n"
                "Hội nghị kết thúc./.",
     "published": "Thứ ba, 09/08/2022 - 06:46", "source": "Tạp chí Cộng sản", "category": "thoi_su",
     "url": "https://tapchicongsan.org.vn/hoi-nghi-1.html", "author": "Nguyễn Văn An"},
    {"id": "tt-002", "title": "Quốc hội chất vấn Bộ trưởng Bộ Nội vụ", "sapo": "",
     "content": "Chiều 16/3, Ủy ban Thường vụ Quốc hội họp phiên chất vấn; có 14/67 đại biểu, đạt 20,89%, tán thành.",
     "published": "2022-03-16T14:05:00+07:00", "source": "VnExpress", "category": "thoi_su",
     "url": "https://vnexpress.net/chat-van-4440000.html", "author": ""},
    {"id": "tt-003", "title": "Xét xử cựu Chủ tịch UBND tỉnh Khánh Hòa", "sapo": "Ngày 6/4, HĐXX bắt đầu thẩm vấn các bị cáo.",
     "content": "Ông Lê Đức Vinh, cựu Chủ tịch UBND tỉnh Khánh Hòa, khai nhận; tòa dự kiến tuyên án ngày 8/4.",
     "published": "1649228400", "source": "VnExpress", "category": "phap_luat",
     "url": "https://vnexpress.net/xet-xu-4448261.html", "author": "Phong Điền"},
]
# other usual names for the same fields, as another crawl writes them
RENAMED = {"id": "doc_id", "title": "headline", "sapo": "description", "content": "body", "published": "date",
           "source": "outlet", "category": "section", "url": "link", "author": "authors"}


def _renamed(row: dict) -> dict:
    return {RENAMED[k]: v for k, v in row.items()}


def write_csv(path: Path, rows: list[dict], delimiter: str) -> Path:
    frame = pd.DataFrame(rows)
    frame.to_csv(path, sep=delimiter, index=False)
    return path


def write_every_format(root: Path) -> dict[str, Path | list[Path]]:
    """The corpus of :data:`ROWS` in every format vnnews reads."""
    made: dict[str, Path | list[Path]] = {}
    made["csv"] = write_csv(root / "comma.csv", ROWS, ",")
    made["pipe"] = write_csv(root / "pipe.csv", [_renamed(r) for r in ROWS], "|")
    made["semicolon"] = write_csv(root / "semicolon.csv", ROWS, ";")
    made["tsv"] = write_csv(root / "tab.tsv", ROWS, "\t")
    jsonl = root / "rows.jsonl"
    jsonl.write_text("".join(json.dumps(_renamed(r), ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    made["jsonl"] = jsonl
    # JSON: epoch seconds as a number, a wrapper object holding the list
    as_json = [{**r, "published": int(r["published"]) if r["published"].isdigit() else r["published"]} for r in ROWS]
    (root / "list.json").write_text(json.dumps(as_json, ensure_ascii=False), encoding="utf-8")
    made["json"] = root / "list.json"
    (root / "wrapped.json").write_text(json.dumps({"source": "crawl", "articles": as_json}, ensure_ascii=False), encoding="utf-8")
    made["json-object"] = root / "wrapped.json"
    table = pa.Table.from_pylist(ROWS)
    pq.write_table(table, root / "rows.parquet")
    made["parquet"] = root / "rows.parquet"
    pq.write_to_dataset(table.drop(["category"]).append_column("category", table["category"]), root / "dataset.parquet",
                        partition_cols=["category"])
    made["parquet-dataset"] = root / "dataset.parquet"
    folder = root / "txt"
    for r in ROWS:
        (folder / r["category"]).mkdir(parents=True, exist_ok=True)
        header = "".join(f"# {k} = {r[k]}\n" for k in ("published", "source", "url", "author") if r[k])
        text = table_row_text(r["title"], r["sapo"], r["content"])
        (folder / r["category"] / f"{r['id']}.txt").write_text(header + text, encoding="utf-8")
    made["txt"] = folder
    return made


@pytest.fixture(scope="module")
def every_format(tmp_path_factory) -> dict[str, Path | list[Path]]:
    return write_every_format(tmp_path_factory.mktemp("formats"))


PROVENANCE = ["path", "row", "encoding", "notes"]


def test_the_same_corpus_in_every_format_gives_the_same_tables(every_format) -> None:
    reference = load_corpus(every_format["csv"])
    assert reference.problems == [] and reference.doc_ids == ["tt-001", "tt-002", "tt-003"]
    expected = {
        "articles": reference.to_frame().drop(columns=PROVENANCE),
        "parts": reference.parts_frame(),
        "timex": time.temporal_expressions(reference),
        "mentions": entities.mentions(reference),
    }
    for name, source in every_format.items():
        loaded = load_corpus(source)
        assert loaded.problems == [], name
        corpus = Corpus(sorted(loaded, key=lambda a: a.doc_id))  # a partitioned dataset comes partition by partition
        got = {
            "articles": corpus.to_frame().drop(columns=PROVENANCE),
            "parts": corpus.parts_frame(),
            "timex": time.temporal_expressions(corpus),
            "mentions": entities.mentions(corpus),
        }
        for table, frame in expected.items():
            pd.testing.assert_frame_equal(got[table], frame, obj=f"{name}: {table}")


def test_a_parquet_timestamp_column_is_the_publication_time(tmp_path: Path) -> None:
    utc = pa.table({"content": ["Sáng 9/8, hội nghị khai mạc."],
                    "published": pa.array([dt.datetime(2022, 8, 8, 23, 46, tzinfo=dt.timezone.utc)], pa.timestamp("s", tz="UTC"))})
    naive = pa.table({"content": ["Chiều 9/8, hội nghị bế mạc."], "date": pa.array([dt.datetime(2022, 8, 9, 10, 0)], pa.timestamp("ms"))})
    pq.write_table(utc, tmp_path / "utc.parquet")
    pq.write_table(naive, tmp_path / "naive.parquet")
    corpus = load_corpus(tmp_path)
    assert [a.metadata.published_iso for a in corpus] == ["2022-08-09T10:00:00", "2022-08-09T06:46:00+07:00"]
    assert [a.date_source for a in corpus] == ["metadata", "metadata"]


def test_metadata_becomes_typed_fields_and_columns(every_format) -> None:
    corpus = load_corpus(every_format["pipe"])
    first = corpus["tt-001"]
    assert first.metadata.published == dt.datetime(2022, 8, 9, 6, 46)
    assert (first.date, first.date_source, first.document_date.time) == (dt.date(2022, 8, 9), "metadata", "06:46")
    assert (first.outlet, first.category, first.url, first.metadata.author) == (
        "Tạp chí Cộng sản", "thoi_su", "https://tapchicongsan.org.vn/hoi-nghi-1.html", "Nguyễn Văn An")
    # the title and lead columns are the first parts of the text, with offsets
    assert [(p.kind, first.text[p.start:p.end]) for p in first.parts[:3]] == [
        ("title", ROWS[0]["title"]), ("lead", ROWS[0]["sapo"]), ("outlet", "TCCS -")]
    row = corpus.to_frame().set_index("doc_id").loc["tt-003"]
    assert (row["published"], str(row["date"])[:10], row["category"], row["row"]) == (
        "2022-04-06T14:00:00+07:00", "2022-04-06", "phap_luat", 3)
    assert corpus["tt-002"].document_date.timezone == "+07:00"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-06-28T23:43:45+07:00", "2025-06-28T23:43:45+07:00"),
        ("2025-06-28 23:43:45.307579+0700", "2025-06-28T23:43:45+07:00"),
        ("Thứ ba, 09/08/2022 - 06:46", "2022-08-09T06:46:00"),
        ("Thứ Ba, 9/8/2022, 06:46 (GMT+7)", "2022-08-09T06:46:00+07:00"),
        ("Chủ nhật, 17/9/2023 08:30 AM", "2023-09-17T08:30:00"),
        ("17/09/2024 18:06", "2024-09-17T18:06:00"),
        ("06:46 09/08/2022", "2022-08-09T06:46:00"),
        ("1660002360", "2022-08-09T06:46:00+07:00"),
        (1660002360000, "2022-08-09T06:46:00+07:00"),
        ("2022-08-08T23:46:00Z", "2022-08-09T06:46:00+07:00"),
        ("09-08-2022", "2022-08-09"),
        ("2022-08-09", "2022-08-09"),
    ],
)
def test_publication_times_in_the_forms_crawls_write(value, expected) -> None:
    assert parse_published(value).isoformat() == expected


@pytest.mark.parametrize("value", ["hôm qua", "31/02/2022 10:00", "", "2022-13-01", "25:61 01/01/2022", None])
def test_what_is_not_a_publication_time(value) -> None:
    assert parse_published(value) is None


def test_bad_rows_are_problems_with_their_row_and_never_stop_the_file(tmp_path: Path) -> None:
    header = "id|title|content|published_time\n"
    rows = [
        "r1|Tiêu đề một|Sáng 1/7/2020, Bộ Chính trị họp.|2020-07-01T08:00:00+07:00",
        "r2|Tiêu đề hai||2020-07-02T08:00:00+07:00",                                   # no text
        "r3|Tiêu đề ba|Chiều 3/7/2020, Quốc hội họp.|hôm qua",                         # date not readable
        "r4|Tiêu đề bốn|Ngày 4/7/2020, Chính phủ họp tại Hà \xff\xfeNội.|2020-07-04",   # undecodable bytes
        "r5|Tiêu đề năm|Nội dung|2020-07-05|thừa",                                     # a field too many
        "r6|Tiêu đề sáu|Ngày 6/7/2020, Ban Bí thư họp.|2020-07-06",
    ]
    data = (header + "\n".join(rows) + "\n").encode("utf-8").replace("\xff\xfe".encode(), b"\xff\xfe")
    path = tmp_path / "bao.csv"
    path.write_bytes(data)
    corpus = load_corpus(path)
    assert corpus.doc_ids == ["r1", "r3", "r4", "r6"]
    assert [(p.row, p.kind, p.action) for p in corpus.problems] == [
        (2, "no-text", "skipped"), (3, "bad-date", "loaded"), (4, "invalid-bytes", "loaded"), (5, "bad-row", "skipped")]
    messages = [p.message for p in corpus.problems]
    assert messages[0] == "no article text (column 'content' is empty)"
    assert "'hôm qua'" in messages[1] and "left to the text" in messages[1]
    assert messages[2] == "column 'content': 2 bytes that are not UTF-8 replaced with U+FFFD"
    assert messages[3].startswith("has 5 fields, the header has 4")
    assert (corpus["r3"].date_source, str(corpus["r3"].date)) == ("lead", "2020-07-03")
    assert "Hà \ufffd\ufffdNội" in corpus["r4"].text and corpus["r4"].date_source == "metadata"
    assert all(p.path == str(path) for p in corpus.problems)


def test_bad_json_lines_are_problems_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / "bao.jsonl"
    path.write_text('{"id": "a", "text": "Sáng 1/7/2020, Bộ Chính trị họp."}\n\n{"id": "b", "text": \n["không", "phải"]\n'
                    '{"id": "c", "text": "Chiều 2/7/2020, Quốc hội họp."}\n', encoding="utf-8")
    corpus = load_corpus(path)
    assert corpus.doc_ids == ["a", "c"]
    assert [(p.row, p.kind, p.message[:14]) for p in corpus.problems] == [(3, "bad-row", "not valid JSON"),
                                                                           (4, "bad-row", "a JSON list, n")]


def test_doc_ids_from_the_id_column_else_the_url_else_file_and_row(tmp_path: Path) -> None:
    with_urls = write_csv(tmp_path / "urls.csv", [
        {"url": "https://baomoi.com/hung-yen-chay-xuong-c52625163.epi", "content": "Sáng 28/6, cháy xưởng."},
        {"url": "https://baomoi.com/hung-yen-chay-xuong-c52625163.epi", "content": "Chiều 28/6, cháy xưởng khác."},
        {"url": "", "content": "Tối 28/6, mưa lớn."},
    ], ",")
    corpus = load_corpus(with_urls)
    assert corpus.doc_ids == ["hung-yen-chay-xuong-c52625163", "hung-yen-chay-xuong-c52625163-2", "urls-3"]
    assert [(p.row, p.kind) for p in corpus.problems] == [(2, "doc-id-collision")]
    with_ids = write_csv(tmp_path / "ids.csv", [{"ma": "A1", "noi_dung_bai": "Sáng 28/6, cháy xưởng."}], ",")
    assert load_corpus(with_ids, columns={"text": "noi_dung_bai", "id": "ma"}).doc_ids == ["A1"]


def test_a_table_without_a_text_column_says_how_to_name_it(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bao.csv", [{"ma": "A1", "noi_dung_bai": "Sáng 28/6, cháy xưởng."}], ",")
    corpus = load_corpus(path)
    [problem] = corpus.problems
    assert problem.kind == "not-a-table" and "among ma, noi_dung_bai" in problem.message and "--column text=NAME" in problem.message
    wrong = load_corpus(path, columns={"text": "nội dung"})
    assert "no column named by columns= (text=nội dung)" in wrong.problems[0].message
    with pytest.raises(ValueError, match="columns must be one of"):
        load_corpus(path, columns={"body": "noi_dung_bai"})


def test_a_file_url_table_beside_txt_files_gives_them_metadata(tmp_path: Path) -> None:
    (tmp_path / "thoi_su").mkdir()
    (tmp_path / "thoi_su" / "Thoi_su_1.txt").write_text("Tiêu đề\n\nSáng 1/7, hội nghị khai mạc.", encoding="utf-8")
    (tmp_path / "thoi_su_urls.csv").write_text("file,url,published_time\nThoi_su_1.txt,https://vnexpress.net/a-4456738.html,"
                                               "2022-07-01T09:00:00+07:00\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    article = corpus["Thoi_su_1"]  # a .txt keeps its file name as doc_id
    assert (article.url, article.category, str(article.date), article.date_source) == (
        "https://vnexpress.net/a-4456738.html", "thoi_su", "2022-07-01", "metadata")
    assert corpus.files_frame()[["format", "role", "articles"]].values.tolist() == [["csv", "metadata", 0], ["txt", "articles", 1]]


def test_txt_header_lines_are_metadata_and_offsets_start_after_them(tmp_path: Path) -> None:
    body = "Hội nghị sơ kết\n\nSáng 1/7, Bộ Chính trị họp."
    path = tmp_path / "a.txt"
    path.write_text("# id = bai-01\n# published = 2020-07-01T08:00:00+07:00\n# category = chinh_tri\n" + body, encoding="utf-8")
    article = load_corpus(path)["bai-01"]
    assert article.text == body and article.raw == body
    assert (article.title, article.category, article.date_source) == ("Hội nghị sơ kết", "chinh_tri", "metadata")
    assert article.notes == ("header of 3 lines",)


def test_globs_and_lists_of_files(tmp_path: Path) -> None:
    write_every_format(tmp_path)
    assert len(load_corpus(str(tmp_path / "txt" / "*" / "*.txt"))) == 3
    by_glob = load_corpus(str(tmp_path / "**" / "tt-00[12].txt"))
    assert by_glob.doc_ids == ["tt-001", "tt-002"] and by_glob["tt-001"].category == "txt/thoi_su"
    listed = load_corpus([tmp_path / "rows.jsonl", tmp_path / "pipe.csv"])
    assert listed.doc_ids == ["tt-001", "tt-002", "tt-003", "tt-001-2", "tt-002-2", "tt-003-2"]
    assert [p.kind for p in listed.problems] == ["doc-id-collision", "duplicate"] * 3
    missing = load_corpus(str(tmp_path / "*.xml"))
    assert [(p.kind, p.message) for p in missing.problems] == [("unreadable", "no file or folder matches this pattern")]


def test_articles_stream_one_at_a_time(tmp_path: Path, monkeypatch) -> None:
    """A big table is read lazily: the first article is made before the rest of the file is read."""
    import vnnews.corpus.reader as reader

    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for k in range(5000):
            handle.write(json.dumps({"id": f"a{k}", "content": f"Sáng 1/7/2020, hội nghị lần {k} khai mạc."}) + "\n")
    made = []
    real = reader.article_from_text
    monkeypatch.setattr(reader, "article_from_text", lambda *a, **k: made.append(1) or real(*a, **k))
    stream = iter_articles(path)
    first = next(iter(stream))
    assert first.doc_id == "a0" and len(made) == 1
    parquet = tmp_path / "big.parquet"
    pq.write_table(pa.Table.from_pylist([{"id": f"p{k}", "content": f"Chiều 2/7/2020, họp lần {k}."} for k in range(3000)]),
                   parquet, row_group_size=1000)
    made.clear()
    assert next(iter(iter_articles(parquet))).doc_id == "p0" and len(made) == 1


def test_table_text_is_built_as_the_gold_texts_are() -> None:
    """Gold offsets for table rows are into title + blank line + content (scripts/gold_texts.py)."""
    spec = importlib.util.spec_from_file_location("gold_texts", ROOT / "scripts" / "gold_texts.py")
    gold_texts = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gold_texts)
    for row in ROWS:
        assert table_row_text(row["title"], None, row["content"]) == gold_texts.table_row_text(row)
    assert table_row_text("  Tiêu đề\n dài ", " Sapo ", "\nNội dung.\n") == "Tiêu đề dài\n\nSapo\n\nNội dung."


def test_pieces_of_any_size_read_the_same(every_format, monkeypatch) -> None:
    """Tables are read in chunks; a chunk boundary inside a character, a quoted field or a JSON value changes nothing."""
    import vnnews.corpus.tables as tables

    expected = {name: load_corpus(every_format[name]).to_frame() for name in ("csv", "pipe", "jsonl", "json", "json-object")}
    monkeypatch.setattr(tables, "_CHUNK", 7)
    for name, frame in expected.items():
        pd.testing.assert_frame_equal(load_corpus(every_format[name]).to_frame(), frame, obj=name)


def test_one_json_object_is_one_article(tmp_path: Path) -> None:
    path = tmp_path / "bai.json"
    path.write_text(json.dumps({"url": "https://dantri.com.vn/thoi-su/bai-20220316.htm", "title": "Tiêu đề",
                                "description": "Sapo của bài.", "content": "Chiều 16/3, phiên chất vấn diễn ra.",
                                "author": "Minh Anh", "time": "16/03/2022 14:05", "tags": ["chất vấn", "Quốc hội"]},
                               ensure_ascii=False), encoding="utf-8")
    [article] = load_corpus(path)
    assert (article.doc_id, article.row, article.title, article.lead) == ("bai-20220316", 1, "Tiêu đề", "Sapo của bài.")
    assert article.metadata.extra == (("tags", "chất vấn; Quốc hội"),) and article.metadata.published_iso == "2022-03-16T14:05:00"
