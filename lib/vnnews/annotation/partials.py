"""Per-article partial counts: what corpus tables of words are summed from.

Computed in the map for a batch of articles (:func:`vnnews.annotation.layers.annotate_chunk`)
and, for options the stored partials do not cover (other article parts, n-grams of other
lengths), by the same queries over the stored tokens at reduce time.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

__all__ = ["ngram_query", "pair_counts", "sql_list", "syllable_counts", "word_counts"]


@cache
def _connection() -> duckdb.DuckDBPyConnection:
    return duckdb.connect(":memory:", config={"threads": 1})


def _query(sql: str, **tables: pa.Table) -> pa.Table:
    """Run ``sql`` with ``tables`` registered under their names, on the process's in-memory DuckDB."""
    con = _connection()
    for name, table in tables.items():
        con.register(name, table)
    try:
        return con.sql(sql).to_arrow_table()
    finally:
        for name in tables:
            con.unregister(name)


def sql_list(values: Iterable[str]) -> str:
    """``('a', 'b')``: strings quoted for an SQL ``IN`` list (never empty)."""
    quoted = ["'" + str(v).replace("'", "''") + "'" for v in values]
    return "(" + ", ".join(quoted or ["NULL"]) + ")"


def word_counts(tokens: pa.Table) -> pa.Table:
    """Tokens that are not punctuation, counted per article, part, form, POS and kind.

    Columns ``key, part, norm, text, pos, kind, syllables, count, first`` (``first``: the
    article's first token of that group, so "first in text order" survives the sum).
    """
    return _query("""
        SELECT key, part, norm, text, pos, kind, syllables, count(*)::BIGINT AS count, min(token)::BIGINT AS first
        FROM tokens WHERE kind <> 'punct' GROUP BY ALL
    """, tokens=tokens)


def syllable_counts(tokens: pa.Table) -> pa.Table:
    """The syllables of the tokens that are not punctuation, counted per article, part, form and kind.

    A token's ``norm`` and ``text`` are split on whitespace (as :meth:`str.split` does) and
    paired syllable by syllable; ``first`` orders syllables as they appear in the text.
    """
    keep = tokens.filter(pc.not_equal(tokens["kind"], "punct"))
    norms, texts, counts = _syllables(keep["norm"], keep["text"])
    parent = np.repeat(np.arange(len(counts)), counts)  # the token of each syllable, in order
    within = np.arange(len(parent)) - np.repeat(np.cumsum(counts) - counts, counts)  # the syllable's place in its token
    order = keep["token"].to_numpy().astype(np.int64)[parent] * 4096 + np.minimum(within, 4095)
    rows = pa.array(parent)

    def each(name: str) -> pa.ChunkedArray:  # the token's column, once per syllable
        return keep[name].take(rows).cast(pa.string())

    syllables = pa.table({"key": each("key"), "part": each("part"), "norm": norms, "text": texts, "pos": each("pos"), "kind": each("kind"),
                          "order": pa.array(order, pa.int64())},
                         schema=pa.schema([("key", pa.string()), ("part", pa.string()), ("norm", pa.string()),
                                           ("text", pa.string()), ("pos", pa.string()), ("kind", pa.string()),
                                           ("order", pa.int64())]))
    return _query("""
        SELECT key, part, norm, text, pos, kind, count(*)::BIGINT AS count, min("order")::BIGINT AS first
        FROM syllables GROUP BY ALL
    """, syllables=syllables)


#: a written form whose syllables are parted by single spaces and that holds no other white space Python's
#: ``str.split`` would split on (RE2 syntax)
_SPACED = (r"^[^\s\x0b\x1c-\x1f\x85\xa0\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]+"
                     r"(?: [^\s\x0b\x1c-\x1f\x85\xa0\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]+)*$")


def _syllables(norm: pa.ChunkedArray, text: pa.ChunkedArray) -> tuple[pa.Array, pa.Array, np.ndarray]:
    """The syllables of each token's ``norm`` and ``text`` (``str.split`` of each, paired as ``zip`` pairs them)
    and how many each token has: split by Arrow when every form is syllables parted by single spaces (as the
    counted forms are), else token by token."""
    norms, texts = pc.split_pattern(norm, " "), pc.split_pattern(text, " ")
    counts = pc.list_value_length(norms)
    if len(norm) and pc.all(pc.match_substring_regex(text, _SPACED)).as_py() \
            and pc.all(pc.match_substring_regex(norm, _SPACED)).as_py() \
            and pc.all(pc.equal(counts, pc.list_value_length(texts))).as_py():
        return (pc.list_flatten(norms).combine_chunks(), pc.list_flatten(texts).combine_chunks(),
                counts.to_numpy().astype(np.int64))
    split_norms: list[str] = []
    split_texts: list[str] = []
    lengths = []
    for n, t in zip(map(str.split, norm.to_pylist()), map(str.split, text.to_pylist())):
        if len(n) != len(t):
            n, t = n[: len(t)], t[: len(n)]
        split_norms += n
        split_texts += t
        lengths.append(len(n))
    return pa.array(split_norms, pa.string()), pa.array(split_texts, pa.string()), np.array(lengths, dtype=np.int64)


def ngram_query(tokens: str, *, n: int, numbers: bool, parts: Iterable[str] | None) -> str:
    """SQL over a tokens relation: ``key, gram`` (a list of ``n`` norms), ``number`` (a number is in
    it), ``count``, ``first`` (the token ending the first one): runs of ``n`` tokens within a sentence, broken by punctuation (and by
    numbers unless ``numbers``), among the tokens of ``parts`` (all when None)."""
    where = f"WHERE part IN {sql_list(parts)}" if parts is not None else ""
    breaker = "kind = 'punct'" + ("" if numbers else " OR kind = 'number'")
    return f"""
        WITH t AS (
            SELECT key, sentence, token, norm, kind,
                   sum(CASE WHEN {breaker} THEN 1 ELSE 0 END) OVER (PARTITION BY key, sentence ORDER BY token
                                                                  ROWS UNBOUNDED PRECEDING) AS run,
                   ({breaker}) AS breaks
            FROM {tokens} {where}
        ), g AS (
            SELECT key, token, list(norm) OVER w AS gram, list(breaks) OVER w AS breaks, list(kind = 'number') OVER w AS nums
            FROM t WINDOW w AS (PARTITION BY key, sentence, run ORDER BY token ROWS BETWEEN {n - 1} PRECEDING AND CURRENT ROW)
        )
        SELECT key, gram, list_bool_or(nums) AS number, count(*)::BIGINT AS count, min(token)::BIGINT AS first
        FROM g WHERE len(gram) = {n} AND NOT list_bool_or(breaks)
        GROUP BY key, gram, number
    """


def pair_counts(tokens: pa.Table, *, parts: Iterable[str]) -> pa.Table:
    """Adjacent word pairs (numbers included, punctuation breaking) of each article among ``parts``:
    ``key, w1, w2, number, count, first`` (the token ending the first one); n-grams of two words and collocations are sums of these.

    The pairs of :func:`ngram_query` with ``n=2``, found with array operations on the tokens in text order (as
    the map writes them: by article, sentence and token): two tokens next to each other among those of ``parts``,
    of the same article and sentence, neither of them punctuation.
    """
    chosen = tokens.filter(pc.is_in(tokens["part"], pa.array(list(parts), pa.string())))
    article = pc.dictionary_encode(chosen["key"].combine_chunks()).indices.to_numpy()
    sentence = chosen["sentence"].to_numpy()
    kind = chosen["kind"]
    punct = pc.equal(kind, "punct").to_numpy(zero_copy_only=False)
    number = pc.equal(kind, "number").to_numpy(zero_copy_only=False)
    first = np.flatnonzero((article[1:] == article[:-1]) & (sentence[1:] == sentence[:-1]) & ~punct[1:] & ~punct[:-1])
    second = pa.array(first + 1, pa.int64())
    grams = pa.table({"key": chosen["key"].take(second), "w1": chosen["norm"].take(pa.array(first, pa.int64())),
                      "w2": chosen["norm"].take(second), "number": pa.array(number[first] | number[first + 1], pa.bool_()),
                      "first": chosen["token"].take(second).cast(pa.int64())})
    counted = grams.group_by(["key", "w1", "w2", "number"], use_threads=False).aggregate([("first", "count"), ("first", "min")])
    return pa.table({"key": counted["key"], "w1": counted["w1"], "w2": counted["w2"], "number": counted["number"],
                     "count": counted["first_count"].cast(pa.int64()), "first": counted["first_min"]})
