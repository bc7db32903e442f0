"""Per-article partial counts of the map (vnnews.annotation.partials): the word pairs found with array
operations are those of the n-gram query the reductions run, and syllables are split as ``str.split`` splits
them, whatever white space a written form holds."""
from __future__ import annotations

import pyarrow as pa

from vnnews import article_from_text
from vnnews.annotation.layers import RUNNING_TEXT, annotate_chunk
from vnnews.annotation.partials import _query, ngram_query, pair_counts, syllable_counts


def _sorted(table: pa.Table) -> list[dict]:
    return sorted(table.to_pylist(), key=lambda row: tuple(str(v) for v in row.values()))


def _tokens(tmp_path, *texts: str) -> pa.Table:
    from vnnews.annotation.cache import cache_directory

    articles = [article_from_text(text, doc_id=f"a{k}") for k, text in enumerate(texts)]
    with cache_directory(tmp_path / "cache"):
        return annotate_chunk(articles)[1]["tokens"]


def test_word_pairs_are_those_of_the_ngram_query(tmp_path):
    tokens = _tokens(tmp_path,
                     "Bộ Chính trị họp\n\nSáng 1/7, Bộ Chính trị họp tại Hà Nội; Bộ Chính trị họp 2 ngày. Ảnh: TTXVN",
                     "Quốc hội họp\n\nQuốc hội họp, Quốc hội họp 15 ngày. Bộ Chính trị họp.")
    counted = pair_counts(tokens, parts=RUNNING_TEXT)
    query = ngram_query("tokens", n=2, numbers=True, parts=RUNNING_TEXT)
    expected = _query(f"SELECT key, gram[1] AS w1, gram[2] AS w2, number, count, first FROM ({query})", tokens=tokens)
    assert counted.schema == expected.schema
    assert _sorted(counted) == _sorted(expected)
    rows: dict[tuple[str, str], list[int]] = {}
    for r in counted.to_pylist():
        rows.setdefault((r["w1"], r["w2"]), []).append(r["count"])
    assert sorted(rows[("bộ chính trị", "họp")]) == [1, 2]  # a row per article: twice in the first one's text
    assert rows[("họp", "2")] == [1] and [r["number"] for r in counted.to_pylist() if r["w2"] == "2"] == [True]
    assert ("họp", "sáng") not in rows and ("1/7", "bộ chính trị") not in rows  # a sentence and a comma break pairs


def test_syllables_split_on_any_white_space_as_str_split_does(tmp_path):
    tokens = _tokens(tmp_path, "Tiêu đề\n\nỦy ban nhân dân tỉnh họp.")
    plain = syllable_counts(tokens)
    # the same tokens with a no-break space inside the written form of a word: split token by token
    text = [t.replace(" ", "\u00a0", 1) if " " in t else t for t in tokens["text"].to_pylist()]
    spaced = syllable_counts(tokens.set_column(tokens.schema.get_field_index("text"), "text", pa.array(text, pa.string())))
    assert sorted(r["norm"] for r in spaced.to_pylist()) == sorted(r["norm"] for r in plain.to_pylist())
    assert {r["text"] for r in spaced.to_pylist()} == {r["text"] for r in plain.to_pylist()}
    assert {r["norm"]: r["count"] for r in plain.to_pylist()}["ủy"] == 1
