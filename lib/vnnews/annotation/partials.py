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
    keep = tokens.filter(pa.compute.not_equal(tokens["kind"], "punct"))
    norms, texts = [], []
    lengths = []  # syllables of each token: its norm and text paired as zip pairs them
    for norm, text in zip(keep["norm"].to_pylist(), keep["text"].to_pylist()):
        n, t = norm.split(), text.split()
        if len(n) != len(t):
            n, t = n[: len(t)], t[: len(n)]
        norms += n
        texts += t
        lengths.append(len(n))
    counts = np.array(lengths, dtype=np.int64)
    parent = np.repeat(np.arange(len(counts)), counts)  # the token of each syllable, in order
    within = np.arange(len(parent)) - np.repeat(np.cumsum(counts) - counts, counts)  # the syllable's place in its token
    order = keep["token"].to_numpy().astype(np.int64)[parent] * 4096 + np.minimum(within, 4095)
    rows = pa.array(parent)

    def each(name: str) -> pa.ChunkedArray:  # the token's column, once per syllable
        return keep[name].take(rows).cast(pa.string())

    syllables = pa.table({"key": each("key"), "part": each("part"), "norm": pa.array(norms, pa.string()),
                          "text": pa.array(texts, pa.string()), "pos": each("pos"), "kind": each("kind"),
                          "order": pa.array(order, pa.int64())},
                         schema=pa.schema([("key", pa.string()), ("part", pa.string()), ("norm", pa.string()),
                                           ("text", pa.string()), ("pos", pa.string()), ("kind", pa.string()),
                                           ("order", pa.int64())]))
    return _query("""
        SELECT key, part, norm, text, pos, kind, count(*)::BIGINT AS count, min("order")::BIGINT AS first
        FROM syllables GROUP BY ALL
    """, syllables=syllables)


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
    ``key, w1, w2, number, count, first`` (the token ending the first one); n-grams of two words and collocations are sums of these."""
    query = ngram_query("tokens", n=2, numbers=True, parts=parts)
    return _query(f"SELECT key, gram[1] AS w1, gram[2] AS w2, number, count, first FROM ({query})", tokens=tokens)
