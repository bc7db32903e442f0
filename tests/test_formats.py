"""The exchange formats, each read back by a reader of the field: CoNLL-U by the ``conllu`` package,
brat by a standoff parser written here, TimeML by xml.etree, GEXF and GraphML by networkx, JSON Lines
by json and pandas; offsets must still slice the article text."""
from __future__ import annotations

import codecs
import json
import logging
import re
from pathlib import Path
from xml.etree import ElementTree

import conllu
import networkx as nx
import pandas as pd
import pytest

import vnnews
from vnnews import Corpus, article_from_text
from vnnews.annotation import annotate
from vnnews.cli import main
from vnnews.data import read_table
from vnnews.entities import cooccurrence, mentions, organisations, people, places
from vnnews.export import EXPORT_FORMATS, export
from vnnews.formats import (
    upos,
    write_brat,
    write_conllu,
    write_gexf,
    write_graphml,
    write_jsonl,
    write_timeml,
)
from vnnews.formats.brat import article_ann
from vnnews.formats.timeml import article_timeml
from vnnews.time import temporal_expressions

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "vnexpress-2022" / "thoi_su"

# Written for these tests: a dateline, a caption, paragraphs, an organisation holding a place,
# a percentage, XML's special characters, and a run of two spaces.
ARTICLE_A = ("Ban Tổ chức Trung ương sơ kết công tác 6 tháng đầu năm\n\n"
             "TCCS - Sáng 1/7/2020, tại Hà Nội, Bộ Chính trị và UBND tỉnh Quảng Trị họp  bàn về Q&A <mới>.\n\n"
             "Đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương chủ trì hội nghị.\n\n"
             "Đến ngày 30/6, đã có 14/67 đảng bộ (đạt 20,89%) tổ chức đại hội nhiệm kỳ 2020 - 2025./.")
ARTICLE_B = ("Tỉnh ủy Quảng Nam họp phiên thường kỳ\n\n"
             "Ngày 2-10-2020, Bí thư Tỉnh ủy Quảng Nam Phan Việt Cường chủ trì hội nghị tại thành phố Tam Kỳ.\n\n"
             "Ông Phan Việt Cường và Ban Tổ chức Trung ương đã làm việc với UBND tỉnh Quảng Nam trong 3 ngày.")


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus([article_from_text(ARTICLE_A, doc_id="bai-a"), article_from_text(ARTICLE_B, doc_id="bai-b")])


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> Corpus:
    return vnnews.load_corpus(seeds_dir)


def _both(corpus: Corpus, seeds: Corpus) -> list[Corpus]:
    return [corpus, seeds]


# ---------------------------------------------------------------------------- CoNLL-U

def _unescape_spaces(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"s": " ", "t": "\t", "n": "\n", "r": "\r", "p": "|", "\\": "\\"}[m.group(1)], value)


def check_conllu(corpus: Corpus, path: Path) -> None:
    """Read ``path`` with the conllu package and check it against the annotation of ``corpus``."""
    with path.open(encoding="utf-8") as handle:
        sentences = list(conllu.parse_incr(handle))
    by_doc: dict[str, list] = {}
    for sentence in sentences:
        by_doc.setdefault(sentence.metadata["doc_id"], []).append(sentence)
    assert list(by_doc) == corpus.doc_ids
    for article in corpus:
        annotation = annotate(article)
        read = by_doc[article.doc_id]
        assert read[0].metadata["newdoc id"] == article.doc_id
        assert [s.metadata["sent_id"] for s in read] == [f"{article.doc_id}-{k}" for k in annotation.sentences["sentence"]]
        assert [s.metadata["text"] for s in read] == [" ".join(t.split()) for t in annotation.sentences["text"]]
        assert [s.metadata["part"] for s in read] == annotation.sentences["part"].tolist()
        words = [w for s in read for w in s]
        assert len(words) == len(annotation.tokens)
        rebuilt = []
        for word, start, end, pos in zip(words, annotation.tokens["start"], annotation.tokens["end"], annotation.tokens["pos"]):
            a, b = map(int, word["misc"]["TokenRange"].split(":"))
            assert (a, b) == (start, end)
            assert word["form"] == " ".join(article.text[a:b].split())
            assert word["xpos"] == pos
            assert word["upos"] == upos(pos, article.text[a:b])
            assert word["lemma"] == "_"
            after = word["misc"].get("SpacesAfter")
            rebuilt.append(word["form"] + ("" if word["misc"].get("SpaceAfter") == "No" else
                                           _unescape_spaces(after) if after else " "))
        # FORM and SpaceAfter/SpacesAfter give the text back, from the first word on (the articles
        # here have no word with a tab or a double space inside it, the one thing FORM does not keep)
        first = int(words[0]["misc"]["TokenRange"].split(":")[0])
        assert "".join(rebuilt) == article.text[first:]


def test_conllu_read_back_by_the_conllu_package(corpus: Corpus, seeds: Corpus, tmp_path: Path) -> None:
    for i, data in enumerate(_both(corpus, seeds)):
        paths = write_conllu(data, tmp_path / str(i))
        assert [p.name for p in paths] == ["corpus.conllu"]
        check_conllu(data, paths[0])
    text = (tmp_path / "0" / "corpus.conllu").read_text(encoding="utf-8")
    # a word of several syllables is one token, spaces inside FORM; paragraph breaks are kept in MISC
    assert "\tBộ Chính trị\t_\t" in text
    assert "SpacesAfter=\\n\\n" in text and "\thọp\t" in text and "SpacesAfter=\\s\\s" in text
    assert re.search(r"\t%\t_\tSYM\tCH\t", text)
    assert "# newpar id = bai-a-p1" in text


def test_upos_table_covers_every_tag_of_the_pos_model() -> None:
    from vnnews.annotation.models import _pos_model

    labels = {label.removeprefix("B-").removeprefix("I-") for label in _pos_model().labels}
    table = read_table("vlsp2013_upos.tsv")
    assert labels <= set(table["xpos"]), labels - set(table["xpos"])
    universal = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
                 "SCONJ", "SYM", "VERB", "X"}
    assert set(table["upos"]) <= universal
    assert [upos(t) for t in ("N", "Np", "Nc", "Nu", "V", "A", "CH", "M", "E", "C", "Cc", "R", "P", "L", "T", "X")] == [
        "NOUN", "PROPN", "NOUN", "NOUN", "VERB", "ADJ", "PUNCT", "NUM", "ADP", "SCONJ", "CCONJ", "ADV", "PRON", "DET", "PART", "X"]


# ---------------------------------------------------------------------------- brat

def read_ann(path: Path) -> dict[str, dict]:
    """A brat .ann parser: T (with fragments), A and # AnnotatorNotes lines; anything else fails."""
    spans: dict[str, dict] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        ident, rest = line.split("\t", 1)
        if ident.startswith("T"):
            head, text = rest.split("\t", 1)
            label, offsets = head.split(" ", 1)
            fragments = [tuple(map(int, f.split())) for f in offsets.split(";")]
            spans[ident] = {"label": label, "fragments": fragments, "text": text, "attributes": {}, "note": None}
        elif ident.startswith("A"):
            name, target, value = rest.split(" ")
            spans[target]["attributes"][name] = value
        elif ident.startswith("#"):
            head, note = rest.split("\t", 1)
            kind, target = head.split(" ")
            assert kind == "AnnotatorNotes"
            spans[target]["note"] = note
        else:
            raise AssertionError(f"unexpected line {line!r}")
    return spans


def read_conf(path: Path) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("["):
            current = line.strip("[]")
            sections[current] = []
        else:
            sections[current].append(line)
    return sections


def test_brat_read_back_spans_slice_the_text(corpus: Corpus, seeds: Corpus, tmp_path: Path) -> None:
    for i, data in enumerate(_both(corpus, seeds)):
        folder = tmp_path / str(i)
        written = write_brat(data, folder)
        assert {p.name for p in written} == {f"{d}{s}" for d in data.doc_ids for s in (".txt", ".ann")} | {"annotation.conf",
                                                                                                           "visual.conf"}
        conf = read_conf(folder / "annotation.conf")
        assert "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>" in conf["relations"]
        assert conf["attributes"] == ["TimexType\tArg:TIMEX, Value:DATE|TIME|DURATION|SET"]
        visual = read_conf(folder / "visual.conf")
        found = mentions(data)
        timexes = temporal_expressions(data)
        for article in data:
            with (folder / f"{article.doc_id}.txt").open(encoding="utf-8", newline="") as handle:
                text = handle.read()
            assert text == article.text
            spans = read_ann(folder / f"{article.doc_id}.ann")
            for span in spans.values():
                assert span["label"] in conf["entities"]
                assert any(line.startswith(span["label"] + "\t") for line in visual["drawing"])
                assert " ".join(text[a:b] for a, b in span["fragments"]) == span["text"]
            got = sorted((s["label"], s["fragments"][0][0], s["fragments"][-1][1]) for s in spans.values())
            mine = found[found["doc_id"] == article.doc_id]
            times = timexes[timexes["doc_id"] == article.doc_id]
            expected = sorted([(lab, s, e) for lab, s, e in zip(mine["label"], mine["start"], mine["end"])]
                              + [("TIMEX", s, e) for s, e in zip(times["start"], times["end"])])
            assert got == expected
            values = {(s["fragments"][0][0], s["attributes"]["TimexType"], s["note"] or "")
                      for s in spans.values() if s["label"] == "TIMEX"}
            assert values == set(zip(times["start"], times["type"], times["value"]))
    spans = read_ann(tmp_path / "0" / "bai-a.ann")
    by_text = {(s["label"], s["text"]): s for s in spans.values()}
    org, loc = by_text[("ORG", "UBND tỉnh Quảng Trị")], by_text[("LOC", "Quảng Trị")]
    assert org["fragments"][0][0] < loc["fragments"][0][0] < loc["fragments"][0][1] == org["fragments"][0][1]  # overlap kept
    assert by_text[("TIMEX", "Sáng 1/7/2020")]["note"] == "2020-07-01"


def test_brat_span_across_a_line_break_is_written_as_fragments() -> None:
    article = article_from_text("Tiêu đề\n\nỦy ban nhân dân\n\ntỉnh Quảng Trị họp.", doc_id="x")
    start = article.text.index("Ủy ban")
    end = article.text.index(" họp")
    rows = pd.DataFrame({"start": [start], "end": [end], "label": ["ORG"]})
    no_times = pd.DataFrame(columns=["start", "end", "type", "value"])
    line = article_ann(article, rows, no_times).splitlines()[0]
    newline = article.text.index("\n", start)
    assert line == f"T1\tORG {start} {newline};{newline + 2} {end}\tỦy ban nhân dân tỉnh Quảng Trị"


# ---------------------------------------------------------------------------- TimeML

def timex3_spans(text_element: ElementTree.Element) -> tuple[str, list[tuple[int, int, str, str]]]:
    """The text of a TimeML ``TEXT`` element and each ``TIMEX3`` in it as (start, end, type, value)."""
    pieces = [text_element.text or ""]
    spans = []
    for child in text_element:
        assert child.tag == "TIMEX3"
        start = len("".join(pieces))
        pieces.append(child.text or "")
        spans.append((start, start + len(child.text or ""), child.get("type"), child.get("value")))
        pieces.append(child.tail or "")
    return "".join(pieces), spans


def test_timeml_read_back_by_an_xml_parser(corpus: Corpus, seeds: Corpus, tmp_path: Path) -> None:
    for i, data in enumerate(_both(corpus, seeds)):
        folder = tmp_path / str(i)
        written = write_timeml(data, folder)
        assert sorted(p.name for p in written) == sorted(f"{d}.tml" for d in data.doc_ids)
        timexes = temporal_expressions(data)
        for article in data:
            root = ElementTree.parse(folder / f"{article.doc_id}.tml").getroot()
            assert root.tag == "TimeML" and root.findtext("DOCID") == article.doc_id
            text, spans = timex3_spans(root.find("TEXT"))
            assert text == article.text
            rows = timexes[timexes["doc_id"] == article.doc_id]
            assert spans == list(zip(rows["start"], rows["end"], rows["type"], rows["value"]))
            assert all(article.text[a:b] == t for a, b, t in zip(rows["start"], rows["end"], rows["text"]))
            dct = root.find("DCT/TIMEX3")
            assert dct.get("functionInDocument") == "CREATION_TIME" and dct.get("tid") == "t0"
            assert dct.get("value").startswith(article.date.isoformat() if article.date else "XXXX-XX-XX")
    root = ElementTree.parse(tmp_path / "0" / "bai-a.tml").getroot()
    assert root.find("DCT/TIMEX3").get("value") == "2020-07-01"
    relative = [t for t in root.iter("TIMEX3") if t.text == "6 tháng đầu năm"]  # in the title, resolved against the DCT
    assert [(t.get("value"), t.get("anchorTimeID")) for t in relative] == [("2020-H1", "t0")]
    assert "Q&A <mới>" in "".join(root.find("TEXT").itertext())


def test_timeml_refuses_what_xml_cannot_hold_and_writes_the_rest(tmp_path: Path, caplog) -> None:
    bad = article_from_text("Tiêu đề\n\nNgày 2-10-2020, hội nghị\x0bkhai mạc.", doc_id="hong", path="/data/hong.txt")
    good = article_from_text("Tiêu đề\n\nNgày 2-10-2020, hội nghị khai mạc.", doc_id="tot")
    with caplog.at_level(logging.ERROR):
        written = write_timeml([bad, good], tmp_path)
    assert [p.name for p in written] == ["tot.tml"]
    assert "/data/hong.txt: character U+000B at offset 33" in caplog.text
    rows = pd.DataFrame({"start": [0, 3], "end": [5, 8], "type": ["DATE", "DATE"], "value": ["2020", "2020"], "anchor": ["", ""]})
    with pytest.raises(ValueError, match="overlap at 3:8"):
        article_timeml(good, rows)


# ---------------------------------------------------------------------------- GEXF, GraphML

@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_network_read_back_by_networkx(corpus: Corpus, seeds: Corpus, tmp_path: Path, fmt: str) -> None:
    write, read = {"gexf": (write_gexf, nx.read_gexf), "graphml": (write_graphml, nx.read_graphml)}[fmt]
    for i, data in enumerate(_both(corpus, seeds)):
        paths = write(data, tmp_path / str(i))
        assert [p.name for p in paths] == [f"cooccurrence.{fmt}"]
        graph = read(paths[0])
        entities = [("PER", people(data)), ("ORG", organisations(data)), ("LOC", places(data))]
        nodes = {(label, name, int(n)) for label, table in entities for name, n in zip(table["name"], table["mentions"])}
        assert {(d["type"], d["label"], d["mentions"]) for _, d in graph.nodes(data=True)} == nodes
        label_of = {(d["type"], d["label"]): node for node, d in graph.nodes(data=True)}
        pairs = cooccurrence(data)
        assert graph.number_of_edges() == len(pairs)
        for row in pairs.itertuples():
            edge = graph.edges[label_of[(row.source_label, row.source)], label_of[(row.target_label, row.target)]]
            assert (edge["count"], edge["articles"], edge["doc_ids"]) == (row.count, len(row.doc_ids), "; ".join(row.doc_ids))
    graph = read(tmp_path / "0" / f"cooccurrence.{fmt}")
    assert graph.degree(label_of[("PER", "Phan Việt Cường")]) >= 2


# ---------------------------------------------------------------------------- JSON Lines

def test_jsonl_one_object_per_row_lists_stay_lists(corpus: Corpus, tmp_path: Path) -> None:
    from vnnews.export import TABLES

    written = write_jsonl(corpus, tmp_path)
    assert [p.name for p in written] == [f"{name}.jsonl" for name in TABLES] + ["problems.jsonl"]
    rows = [json.loads(line) for line in (tmp_path / "people.jsonl").read_text(encoding="utf-8").splitlines()]
    table = people(corpus)
    assert [r["name"] for r in rows] == table["name"].tolist()
    assert [r["titles"] for r in rows] == [list(t) for t in table["titles"]]
    assert all(isinstance(r["doc_ids"], list) and isinstance(r["mentions"], int) for r in rows)
    articles = [json.loads(line) for line in (tmp_path / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [a["date"] for a in articles] == ["2020-07-01", "2020-10-02"]
    found = pd.read_json(tmp_path / "mentions.jsonl", lines=True, dtype=False)
    assert len(found) == len(mentions(corpus))
    assert all(corpus[d].text[s:e] == t for d, s, e, t in zip(found["doc_id"], found["start"], found["end"], found["text"]))
    assert "Quảng Trị" in (tmp_path / "mentions.jsonl").read_text(encoding="utf-8")  # UTF-8, not \\u escapes


# ---------------------------------------------------------------------------- export and the CLI

def test_cli_formats_repeatable_and_comma_lists_excel_bom(corpus: Corpus, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "bai-a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "bai-b.txt").write_text(ARTICLE_B, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["export", str(folder), "--out", str(out), "--format", "csv,conllu", "--format", "brat",
                 "--format", "timeml,gexf,graphml,jsonl", "--excel"]) == 0
    printed = capsys.readouterr().out
    assert "brat/ (6 files)" in printed and "timeml/ (2 files)" in printed and "corpus.conllu" in printed
    for name in ("corpus.conllu", "cooccurrence.gexf", "cooccurrence.graphml", "people.jsonl", "brat/bai-a.ann",
                 "brat/annotation.conf", "timeml/bai-b.tml"):
        assert (out / name).is_file(), name
    raw = (out / "mentions.csv").read_bytes()
    assert raw.startswith(codecs.BOM_UTF8) and not raw[3:].startswith(codecs.BOM_UTF8)
    table = pd.read_csv(out / "mentions.csv", encoding="utf-8-sig")
    assert table.columns[0] == "doc_id" and "Quảng Trị" in set(table["text"])
    assert (out / "problems.csv").read_bytes().startswith(codecs.BOM_UTF8)

    plain = tmp_path / "plain"
    assert main(["export", str(folder), "--out", str(plain)]) == 0
    assert not (plain / "mentions.csv").read_bytes().startswith(codecs.BOM_UTF8)
    assert not (plain / "corpus.conllu").exists()


def test_cli_and_export_reject_unknown_formats_and_excel_without_csv(corpus: Corpus, tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit):
        main(["export", "x", "--out", str(tmp_path), "--format", "csv,xlsx"])
    assert "xlsx: not a format; choose from csv, parquet, jsonl, conllu, brat, timeml, gexf, graphml" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["export", "x", "--out", str(tmp_path), "--format", "conllu", "--excel"])
    assert "--excel applies to CSV files" in capsys.readouterr().err
    with pytest.raises(ValueError, match="format must be one of"):
        export(corpus, tmp_path, formats=["tei"])
    with pytest.raises(ValueError, match="excel applies to CSV"):
        export(corpus, tmp_path, formats=["parquet"], excel=True)
    assert EXPORT_FORMATS == ("csv", "parquet", "jsonl", "conllu", "brat", "timeml", "gexf", "graphml")
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------------- real articles

@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/corpora (real crawled articles) is not on this machine")
def test_offsets_survive_on_real_articles(tmp_path: Path) -> None:
    files = sorted(SHARED.glob("*.txt"))[:12]
    data = vnnews.load_corpus(files)
    check_conllu(data, write_conllu(data, tmp_path)[0])
    write_brat(data, tmp_path / "brat")
    write_timeml(data, tmp_path / "timeml")
    for article in data:
        for span in read_ann(tmp_path / "brat" / f"{article.doc_id}.ann").values():
            assert " ".join(article.text[a:b] for a, b in span["fragments"]) == span["text"]
        root = ElementTree.parse(tmp_path / "timeml" / f"{article.doc_id}.tml").getroot()
        assert timex3_spans(root.find("TEXT"))[0] == article.text
