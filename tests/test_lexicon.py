"""The user lexicon (issue 13, item 4): a TSV of people, organisations, places, titles and words that
changes what the segmenter and the entity extractors find, travels with every article into worker
processes, and is part of every cache key."""
from __future__ import annotations

import json
import pickle
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from vnnews import Lexicon, LexiconError, article_from_text, load_corpus, read_lexicon
from vnnews.annotation.layers import article_key
from vnnews.annotation.lexicon_words import keep_entries
from vnnews.annotation.tokenisation import annotate
from vnnews.cli import main
from vnnews.corpus import iter_articles
from vnnews.corpus.lexicon import EXAMPLE
from vnnews.entities import mentions, organisations, people, person_titles

# made-up names the grammar misses or reads wrongly
ORG_TEXT = "Tiêu đề\n\nSáng 3/5, Hội Ánh Dương Xanh trao quà cho học sinh."
PERSON_TEXT = "Tiêu đề\n\nNghệ nhân Kpă Y Lươm chia sẻ kinh nghiệm. Theo ông Lươm, nghề dệt cần được giữ gìn."
PLACE_TEXT = "Tiêu đề\n\nDu khách đến Pắc Ngòi ngày càng đông."
TITLE_TEXT = "Tiêu đề\n\nĐiều phối viên quốc gia Hờ A Dính phát biểu tại hội thảo."
WORD_TEXT = "Tiêu đề\n\nHội thảo bàn về kinh tế tuần hoàn."


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _mentions(text: str, lexicon: Lexicon | None) -> list[tuple[str, str, int, int, str]]:
    a = article_from_text(text, doc_id="x", lexicon=lexicon)
    return [tuple(r) for r in mentions([a])[["text", "label", "start", "end", "rule"]].values.tolist()]


# ------------------------------------------------------------------ the file
def test_example_file_reads_and_its_entries_are_typed() -> None:
    lexicon = read_lexicon(EXAMPLE)
    assert len(lexicon) == 9 and {e.kind for e in lexicon} == {"person", "organisation", "place", "title", "word"}
    vksnd = next(e for e in lexicon if e.form == "VKSND tối cao")
    assert (vksnd.kind, vksnd.canonical, vksnd.name) == ("organisation", "Viện Kiểm sát nhân dân tối cao",
                                                         "Viện Kiểm sát nhân dân tối cao")
    assert lexicon.source == str(EXAMPLE) and len(lexicon.digest) == 16
    assert lexicon.to_frame().columns.tolist() == ["kind", "form", "canonical", "notes"]


@pytest.mark.parametrize(("content", "line", "problem"), [
    ("kind\tform\nperson\tRơ Mah Tuân\nnguoi\tNà Ngần\n", 3,
     "kind must be one of 'person', 'organisation', 'place', 'title', 'word', not 'nguoi'"),
    ("person\t \n", 1, "empty form"),
    ("# comment\n\nperson Rơ Mah Tuân\n", 3,
     "1 column; a row has 2 to 4 tab-separated columns: kind, form, canonical, notes (columns are separated by tabs, not spaces)"),
    ("place\tNà Ngần\t\tlàng\tthừa\n", 1, "5 columns; a row has 2 to 4 tab-separated columns: kind, form, canonical, notes"),
    ("place\tHòa Bình\nperson\tHoà Bình\n", 2, "'Hoà Bình' is already a place: a name is of one kind (line 1)"),
    ("organisation\tVKSND\tViện Kiểm sát\norganisation\tVKSND\tViện Kinh tế\n", 2,
     "'VKSND' is already an organisation with canonical name 'Viện Kiểm sát' (line 1)"),
    ("word\tĐBSCL\tđồng bằng sông Cửu Long\n", 1,
     "a word has no canonical name ('đồng bằng sông Cửu Long'): words are counted as written; use the notes column"),
    ("kind\tten\n", 1, "the header row is kind, form, canonical, notes (the last two optional), not kind, ten"),
    ("person\t...\n", 1, "form '...' has no letter or digit"),
])
def test_a_bad_row_is_an_error_naming_the_file_line_and_problem(tmp_path: Path, content: str, line: int, problem: str) -> None:
    path = _write(tmp_path / "my.tsv", content)
    with pytest.raises(LexiconError) as caught:
        read_lexicon(path)
    assert (caught.value.path, caught.value.line, caught.value.problem) == (str(path), line, problem)
    assert str(caught.value) == f"{path}, line {line}: {problem}"


def test_unreadable_files_are_errors_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "bad.tsv").write_bytes("person\tRơ Mah Tuân\n".encode() + "place\tNà Ngần\n".encode("cp1258", "replace"))
    with pytest.raises(LexiconError, match=r"bad\.tsv, line 2: not UTF-8"):
        read_lexicon(tmp_path / "bad.tsv")
    with pytest.raises(LexiconError, match=r"missing\.tsv: no such file"):
        read_lexicon(tmp_path / "missing.tsv")
    with pytest.raises(LexiconError, match="is a directory"):
        read_lexicon(tmp_path)


def test_comments_blank_lines_bom_crlf_and_trailing_empty_cells_are_read(tmp_path: Path) -> None:
    path = tmp_path / "my.tsv"
    path.write_bytes("\ufeff# mine\r\n\r\nperson\tRơ  Mah Tuân\t\t\t\r\nplace\tNà Ngần\t\tmột làng\r\nplace\tNà Ngần\r\n".encode())
    lexicon = read_lexicon(path)
    assert [(e.kind, e.form, e.notes) for e in lexicon] == [("person", "Rơ Mah Tuân", ""), ("place", "Nà Ngần", "một làng")]


def test_a_form_may_be_a_word_and_a_name_and_case_makes_two_entries(tmp_path: Path) -> None:
    path = _write(tmp_path / "my.tsv", "word\thòa bình\nplace\tHòa Bình\nword\tHòa Bình\nword\thòa bình\n")
    lexicon = read_lexicon(path)
    assert [(e.kind, e.form) for e in lexicon] == [("word", "hòa bình"), ("place", "Hòa Bình"), ("word", "Hòa Bình")]
    text = "Vì hòa bình, tỉnh Hòa Bình"
    assert [(m.entry.kind, text[m.start : m.end]) for m in lexicon.find(text)] == [("word", "hòa bình"), ("place", "Hòa Bình")]


def test_digest_follows_what_changes_the_output_only() -> None:
    base = Lexicon.from_rows([("person", "Rơ Mah Tuân"), ("place", "Nà Ngần")])
    assert Lexicon.from_rows([("place", "Nà Ngần"), ("person", "Rơ Mah Tuân", "", "ghi chú")]).digest == base.digest
    assert Lexicon.from_rows([("person", "Rơ Mah Tuân"), ("place", "Nà Ngần", "Bản Nà Ngần")]).digest != base.digest
    assert Lexicon.from_rows([("person", "Rơ Mah Tuân"), ("organisation", "Nà Ngần")]).digest != base.digest
    assert Lexicon().digest == "" and not Lexicon()


def test_matching_ignores_case_and_tone_placement_but_keeps_capitals_and_whole_words() -> None:
    lexicon = Lexicon.from_rows([("place", "Hòa Bình"), ("word", "kinh tế tuần hoàn"), ("organisation", "TP.HCM")])
    text = "HOÀ BÌNH, Hoà  Bình và hòa bình; Kinh tế tuần hoàn; kinh tế tuần hoànx; TP.HCM, TP. HCM\nHòa\nBình"
    assert [text[m.start : m.end] for m in lexicon.find(text)] == ["HOÀ BÌNH", "Hoà  Bình", "Kinh tế tuần hoàn", "TP.HCM"]
    assert [text[m.start : m.end] for m in lexicon.find(text, kinds=["word"])] == ["Kinh tế tuần hoàn"]
    longest = Lexicon.from_rows([("organisation", "Hội Ánh Dương"), ("organisation", "Hội Ánh Dương Xanh")])
    assert [(m.start, m.end) for m in longest.find("Hội Ánh Dương Xanh")] == [(0, 18)]
    with pytest.raises(ValueError, match="kind must be one of"):
        lexicon.find(text, kinds=["people"])


# ------------------------------------------------------------------ what it changes
def test_an_organisation_entry_replaces_a_wrong_split() -> None:
    assert _mentions(ORG_TEXT, None)[:2] == [("Hội Ánh", "ORG", 19, 26, "organisation name"),
                                             ("Dương Xanh", "PER", 27, 37, "family name and given name")]
    lexicon = Lexicon.from_rows([("organisation", "Hội Ánh Dương Xanh")])
    assert _mentions(ORG_TEXT, lexicon) == [("Hội Ánh Dương Xanh", "ORG", 19, 37, "lexicon")]
    a = article_from_text(ORG_TEXT, doc_id="x", lexicon=lexicon)
    tokens = annotate(a).tokens
    assert tokens.loc[tokens["text"] == "Hội Ánh Dương Xanh", ["start", "end", "pos"]].values.tolist() == [[19, 37, "Np"]]


def test_a_person_entry_is_found_and_its_short_references_join_it() -> None:
    assert ("Kpă Y Lươm", "PER", 19, 29, "lexicon") not in _mentions(PERSON_TEXT, None)
    lexicon = Lexicon.from_rows([("person", "Kpă Y Lươm")])
    assert _mentions(PERSON_TEXT, lexicon) == [("Kpă Y Lươm", "PER", 19, 29, "lexicon"), ("Lươm", "PER", 60, 64, "after an honorific")]
    a = article_from_text(PERSON_TEXT, doc_id="x", lexicon=lexicon)
    assert people([a])[["name", "variants", "mentions"]].values.tolist() == [["Kpă Y Lươm", ["Kpă Y Lươm", "Lươm"], 2]]


def test_a_place_entry_is_found() -> None:
    assert _mentions(PLACE_TEXT, None) == []
    assert _mentions(PLACE_TEXT, Lexicon.from_rows([("place", "Pắc Ngòi")])) == [("Pắc Ngòi", "LOC", 22, 30, "lexicon")]


def test_a_place_inside_an_organisation_stays_nested_either_way() -> None:
    text = "Tiêu đề\n\nỦy ban nhân dân xã Ánh Dương và Hội Ánh Dương Xanh trao quà."
    lexicon = Lexicon.from_rows([("place", "Ánh Dương"), ("organisation", "Hội Ánh Dương Xanh")])
    assert _mentions(text, lexicon) == [("Ủy ban nhân dân xã Ánh Dương", "ORG", 9, 37, "organisation name"),
                                        ("Ánh Dương", "LOC", 28, 37, "lexicon"), ("Hội Ánh Dương Xanh", "ORG", 41, 59, "lexicon")]


def test_a_title_entry_is_a_title_of_the_person_it_is_written_with() -> None:
    assert person_titles([article_from_text(TITLE_TEXT, doc_id="x")]).empty
    lexicon = Lexicon.from_rows([("title", "Điều phối viên quốc gia"), ("title", "ĐPVQG", "Điều phối viên quốc gia")])
    a = article_from_text(TITLE_TEXT + " Ông Lê Văn Tám, ĐPVQG, dự họp.", doc_id="x", lexicon=lexicon)
    titles = person_titles([a])
    assert titles[["person", "title", "start", "end"]].values.tolist() == [
        ["Hờ A Dính", "Điều phối viên quốc gia", 9, 32], ["Lê Văn Tám", "Điều phối viên quốc gia", 83, 88]]
    assert a.text[83:88] == "ĐPVQG"


def test_a_word_entry_is_one_token_with_its_span() -> None:
    before = annotate(article_from_text(WORD_TEXT, doc_id="x")).tokens["text"].tolist()
    assert "kinh tế tuần hoàn" not in before and "kinh tế" in before
    a = article_from_text(WORD_TEXT, doc_id="x", lexicon=Lexicon.from_rows([("word", "kinh tế tuần hoàn")]))
    tokens = annotate(a).tokens
    row = tokens[tokens["text"] == "kinh tế tuần hoàn"]
    assert row[["start", "end", "norm", "syllables"]].values.tolist() == [[25, 42, "kinh tế tuần hoàn", 4]]
    assert a.text[25:42] == "kinh tế tuần hoàn"


def test_an_entry_cuts_a_token_that_runs_across_its_edges() -> None:
    sentence = "Công ty Mây Tre Đan Phú Vinh mở rộng."
    words = ["Công ty", "Mây Tre Đan", "Phú Vinh mở", "rộng", "."]
    spans = [(0, 7), (8, 19), (20, 31), (32, 36), (36, 37)]
    lexicon = Lexicon.from_rows([("place", "Đan Phú")])
    words, spans, entries = keep_entries(sentence, words, spans, lexicon)
    assert [sentence[a:b] for a, b in spans] == ["Công ty", "Mây Tre", "Đan Phú", "Vinh mở", "rộng", "."]
    assert words == ["Công ty", "Mây Tre", "Đan Phú", "Vinh mở", "rộng", "."]
    assert {k: e.form for k, e in entries.items()} == {2: "Đan Phú"}


def test_canonical_names_group_spellings_in_the_tables() -> None:
    lexicon = Lexicon.from_rows([("organisation", "VKSND tối cao", "Viện Kiểm sát nhân dân tối cao")])
    a = article_from_text("Tiêu đề\n\nVKSND tối cao và Viện Kiểm sát nhân dân tối cao họp.", doc_id="x", lexicon=lexicon)
    rows = organisations([a])
    assert rows[["name", "mentions"]].values.tolist() == [["Viện Kiểm sát nhân dân tối cao", 2]]
    assert sorted(rows.loc[0, "variants"]) == ["VKSND tối cao", "Viện Kiểm sát nhân dân tối cao"]


# ------------------------------------------------------------------ caches
def test_the_lexicon_is_part_of_the_cache_key_and_no_stale_result_is_served() -> None:
    lexicon = Lexicon.from_rows([("organisation", "Hội Ánh Dương Xanh")])
    plain = article_from_text(ORG_TEXT, doc_id="x")
    with_entry = article_from_text(ORG_TEXT, doc_id="x", lexicon=lexicon)
    assert article_key(plain) != article_key(with_entry)
    assert article_key(plain) == article_key(article_from_text(ORG_TEXT, doc_id="x", lexicon=Lexicon()))
    assert article_key(with_entry) == article_key(article_from_text(ORG_TEXT, doc_id="x", lexicon=Lexicon.from_rows(
        [("organisation", "Hội Ánh Dương Xanh", "", "a note changes nothing")])))
    # annotated (and stored) without the lexicon first, then with it, then without again
    assert "lexicon" not in mentions([plain])["rule"].tolist()
    assert mentions([with_entry])["rule"].tolist() == ["lexicon"]
    assert "lexicon" not in mentions([article_from_text(ORG_TEXT, doc_id="x")])["rule"].tolist()
    other = article_from_text(ORG_TEXT, doc_id="x", lexicon=Lexicon.from_rows([("organisation", "Hội Ánh Dương")]))
    assert mentions([other])[["text", "rule"]].values.tolist()[0] == ["Hội Ánh Dương", "lexicon"]


def test_corpus_level_caches_follow_the_lexicon() -> None:
    from vnnews.annotation.cache import corpus_key
    from vnnews.formats.network import cooccurrence_graph

    text = "Tiêu đề\n\nHội Ánh Dương Xanh làm việc với UBND tỉnh Quảng Nam."
    plain = article_from_text(text, doc_id="x")
    lexicon = Lexicon.from_rows([("organisation", "Hội Ánh Dương Xanh")])
    with_entry = article_from_text(text, doc_id="x", lexicon=lexicon)
    assert corpus_key([plain], "v") != corpus_key([with_entry], "v")
    assert "ORG:hội ánh dương xanh" not in cooccurrence_graph([plain])
    assert "ORG:hội ánh dương xanh" in cooccurrence_graph([with_entry])


def test_the_lexicon_travels_with_the_article_into_worker_processes(tmp_path: Path) -> None:
    from vnnews.annotation.parallel import annotate_corpus

    lexicon = Lexicon.from_rows([("organisation", "Hội Ánh Dương Xanh")])
    a = article_from_text(ORG_TEXT, doc_id="x", lexicon=lexicon)
    copy = pickle.loads(pickle.dumps(a))
    assert copy.lexicon == lexicon and copy.lexicon.digest == lexicon.digest and article_key(copy) == article_key(a)
    assert [(m.start, m.end) for m in copy.lexicon.find(copy.text)] == [(19, 37)]
    folder = tmp_path / "corpus"
    folder.mkdir()
    _write(folder / "a.txt", ORG_TEXT)
    _write(folder / "b.txt", PLACE_TEXT)
    path = _write(tmp_path / "my.tsv", "organisation\tHội Ánh Dương Xanh\nplace\tPắc Ngòi\n")
    cache = tmp_path / "cache"
    pooled = annotate_corpus(folder, cache_dir=cache, workers=2, lexicon=path).set_index("doc_id")
    plain = annotate_corpus(folder, cache_dir=cache, workers=1).set_index("doc_id")
    assert pooled.loc[["a", "b"], "mentions"].tolist() == [1, 1]  # the lexicon's ORG for two grammar mentions; the place
    assert plain.loc[["a", "b"], "mentions"].tolist() == [2, 0] and plain["computed"].all()
    again = annotate_corpus(folder, cache_dir=cache, workers=1, lexicon=read_lexicon(path))
    assert not again["computed"].any()


# ------------------------------------------------------------------ entry points
def test_load_corpus_and_iter_articles_take_a_path_a_lexicon_or_the_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("VNNEWS_LEXICON", "")
    _write(tmp_path / "a.txt", ORG_TEXT)
    path = _write(tmp_path / "my.tsv", "organisation\tHội Ánh Dương Xanh\n")
    assert load_corpus(tmp_path / "a.txt")[0].lexicon is None
    by_path = load_corpus(tmp_path / "a.txt", lexicon=path)[0]
    by_object = next(iter(iter_articles(tmp_path / "a.txt", lexicon=read_lexicon(path))))
    assert by_path.lexicon == by_object.lexicon and by_path.lexicon.source == str(path)
    monkeypatch.setenv("VNNEWS_LEXICON", str(path))
    assert load_corpus(tmp_path / "a.txt")[0].lexicon == by_path.lexicon
    _write(path, "organisation\n")
    with pytest.raises(LexiconError, match=r"my\.tsv, line 1: 1 column"):
        load_corpus(tmp_path / "a.txt")


def test_cli_lexicon_option_end_to_end(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("VNNEWS_LEXICON", "")
    folder = tmp_path / "corpus"
    folder.mkdir()
    _write(folder / "a.txt", ORG_TEXT)
    _write(folder / "b.txt", WORD_TEXT)
    lexicon = _write(tmp_path / "my.tsv", "kind\tform\norganisation\tHội Ánh Dương Xanh\nword\tkinh tế tuần hoàn\n")
    assert main(["export", str(folder), "--out", str(tmp_path / "plain")]) == 0
    assert main(["export", str(folder), "--out", str(tmp_path / "out"), "--lexicon", str(lexicon)]) == 0
    found = pd.read_csv(tmp_path / "out" / "mentions.csv")
    assert found[["doc_id", "start", "end", "text", "label", "rule"]].values.tolist() == [
        ["a", 19, 37, "Hội Ánh Dương Xanh", "ORG", "lexicon"]]
    assert "lexicon" not in pd.read_csv(tmp_path / "plain" / "mentions.csv")["rule"].tolist()
    words = pd.read_csv(tmp_path / "out" / "word_frequencies.csv")
    assert "kinh tế tuần hoàn" in words["item"].tolist()
    assert "kinh tế tuần hoàn" not in pd.read_csv(tmp_path / "plain" / "word_frequencies.csv")["item"].tolist()
    capsys.readouterr()
    assert main(["annotate", str(folder), "--workers", "1", "--quiet", "--lexicon", str(lexicon)]) == 0
    assert "2 articles annotated" in capsys.readouterr().out
    bad = _write(tmp_path / "bad.tsv", "organisation\tHội Ánh Dương Xanh\norganization\tSao Mai\n")
    for command in (["export", str(folder), "--out", str(tmp_path / "o3")], ["annotate", str(folder), "--quiet"],
                    ["report", str(folder), "--out", str(tmp_path / "r")]):
        assert main([*command, "--lexicon", str(bad)]) == 2
        err = capsys.readouterr().err
        assert err == (f"vnnews: error: --lexicon: {bad}, line 2: kind must be one of 'person', 'organisation', 'place', "
                       "'title', 'word', not 'organization'\n")
    assert not (tmp_path / "o3").exists()


def test_report_notebooks_load_the_corpus_with_the_lexicon(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("VNNEWS_LEXICON", "")
    notebooks = tmp_path / "nb"
    notebooks.mkdir()
    nb = new_notebook(cells=[new_code_cell('corpus = "x"', metadata={"tags": ["parameters"]}),
                             new_code_cell("import vnnews\nprint(len(vnnews.load_corpus(corpus)[0].lexicon))")])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, notebooks / "a.ipynb")
    _write(tmp_path / "a.txt", ORG_TEXT)
    lexicon = _write(tmp_path / "my.tsv", "organisation\tHội Ánh Dương Xanh\nplace\tPắc Ngòi\n")
    out = tmp_path / "reports"
    assert main(["report", str(tmp_path / "a.txt"), "--out", str(out), "--notebooks", str(notebooks), "--quiet",
                 "--lexicon", str(lexicon)]) == 0
    executed = nbformat.read(out / "a.ipynb", as_version=4)
    printed = [o["text"] for c in executed.cells for o in c.get("outputs", []) if o.get("name") == "stdout"]
    assert printed == ["2\n"], json.dumps(printed)
