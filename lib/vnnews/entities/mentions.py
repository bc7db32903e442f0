"""The mentions table, computed once per article text and cached."""
from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from ..annotation.columns import table_columns
from ..annotation.partials import sql_list
from ..corpus import Article
from .extract import article_mentions

__all__ = ["mentions", "article_mention_columns", "article_mentions_table", "column_values", "MENTION_COLUMNS", "ENTITY_VERSION"]

#: the version of the extraction rules (every rule change also changes the store's code fingerprint)
ENTITY_VERSION = "entities-5"
MENTION_COLUMNS = ["doc_id", "sentence", "start", "end", "text", "label", "rule", "part"]


def article_mention_columns(article: Article) -> dict[str, list]:
    """The mentions of one article as columns of :data:`MENTION_COLUMNS`, each a list (what the map reads
    them as; a DataFrame of them is :func:`article_mentions_table`).

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> columns = article_mention_columns(article_from_text("Tiêu đề\\n\\nÔng Nguyễn Văn An đến Hà Nội.", doc_id="x"))
    >>> columns["text"], columns["label"], columns["sentence"]
    (['Nguyễn Văn An', 'Hà Nội'], ['PER', 'LOC'], [1, 1])
    """
    found = article_mentions(article)
    starts = table_columns(article, "sentences")["start"]
    text, structure = article.text, article.structure
    return {"doc_id": [article.doc_id] * len(found), "sentence": [max(bisect.bisect_right(starts, m.start) - 1, 0) for m in found],
            "start": [m.start for m in found], "end": [m.end for m in found], "text": [text[m.start : m.end] for m in found],
            "label": [m.label for m in found], "rule": [m.rule for m in found], "part": [structure.kind_at(m.start) for m in found]}


def article_mentions_table(article: Article) -> pd.DataFrame:
    """The mentions of one article (:data:`MENTION_COLUMNS`), computed (the store keeps them)."""
    columns = article_mention_columns(article)
    if not columns["start"]:
        table = pd.DataFrame([], columns=["start", "end", "label", "rule"])
        table.insert(0, "doc_id", article.doc_id)
        table.insert(1, "sentence", [])
        table["text"] = []
        table["part"] = []
        return table[MENTION_COLUMNS]
    # one frame built from its columns (inserting and assigning columns costs more than finding the mentions)
    return pd.DataFrame({name: np.array(values, dtype=np.int64) if name in ("sentence", "start", "end") else values
                         for name, values in columns.items()}, columns=MENTION_COLUMNS)


def column_values(rows: pd.DataFrame | Mapping[str, list], name: str) -> list:
    """The column ``name`` of mention rows, a DataFrame or columns of lists (:func:`article_mention_columns`), as a list."""
    values = rows[name]
    return values if isinstance(values, list) else values.tolist()


def mentions(corpus: Iterable[Article], *, labels: Iterable[str] | None = None) -> pd.DataFrame:
    """PER, ORG and LOC mentions of every article.

    A LOC inside an ORG name (``Quảng Trị`` in ``UBND tỉnh Quảng Trị``) is a mention of
    its own, so rows may overlap.

    Parameters
    ----------
    corpus : iterable of Article
    labels : iterable of str, optional
        Keep only these labels.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, sentence, start, end, text, label, rule, part``: ``article.text[start:end]
        == text``; ``rule`` says which part of the grammar found it; ``part`` is the article
        part (``lead``, ``body``, ``caption``, ``credit``, ``byline``...).

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nChủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng phát biểu.", doc_id="x")
    >>> mentions([a])[["text", "label"]].values.tolist()
    [['UBND tỉnh Quảng Trị', 'ORG'], ['Quảng Trị', 'LOC'], ['Võ Văn Hưng', 'PER']]
    """
    from ..annotation.reduce import annotated

    where = f"WHERE m.label IN {sql_list(labels)}" if labels is not None else ""
    return annotated(corpus).frame(f"""
        SELECT d.doc_id, m.sentence, m.start, m."end", m.text, m.label, m.rule, m.part
        FROM mentions m JOIN docs d USING (key) {where} ORDER BY d.ord, m.row""")
