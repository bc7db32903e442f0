"""The mentions table, computed once per article text and cached."""
from __future__ import annotations

import bisect
from collections.abc import Iterable

import pandas as pd

from ..annotation.cache import DEPENDS_MENTIONS, FrameCache, corpus_key, text_key
from ..annotation.tokenisation import PIPELINE_VERSION as TOKENS_VERSION
from ..annotation.tokenisation import cached_tables
from ..corpus import Article
from .extract import article_mentions

__all__ = ["mentions", "MENTION_COLUMNS", "ENTITY_VERSION"]

#: bump when extraction rules change, so cached mentions are recomputed
ENTITY_VERSION = "entities-5"
MENTION_COLUMNS = ["doc_id", "sentence", "start", "end", "text", "label", "rule", "part"]
_CACHE = FrameCache("mentions")
# whole-corpus tables: an unchanged corpus is one Parquet read
_CORPUS_CACHE = FrameCache("corpus-mentions", memory_entries=8)


def _article_table(article: Article) -> pd.DataFrame:
    key = text_key(article.text, f"{ENTITY_VERSION}/{TOKENS_VERSION}", depends=DEPENDS_MENTIONS)
    cached = _CACHE.get(key)
    if cached is not None:
        table = cached["mentions"].copy()
    else:
        found = article_mentions(article)
        table = pd.DataFrame([(m.start, m.end, m.label, m.rule) for m in found], columns=["start", "end", "label", "rule"])
        _CACHE.put(key, {"mentions": table})
        table = table.copy()
    starts = cached_tables(article)["sentences"]["start"].tolist()
    table.insert(0, "doc_id", article.doc_id)
    table.insert(1, "sentence", [max(bisect.bisect_right(starts, s) - 1, 0) for s in table["start"]])
    table["text"] = [article.text[a:b] for a, b in zip(table["start"], table["end"])]
    table["part"] = [article.structure.kind_at(s) for s in table["start"]]
    return table[MENTION_COLUMNS]


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
    articles = list(corpus)
    key = corpus_key(articles, f"{ENTITY_VERSION}/{TOKENS_VERSION}", depends=DEPENDS_MENTIONS)
    cached = _CORPUS_CACHE.get(key) if articles else None
    if cached is not None:
        table = cached["mentions"]
    else:
        frames = [_article_table(a) for a in articles]
        table = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=MENTION_COLUMNS)
        if articles:
            _CORPUS_CACHE.put(key, {"mentions": table})
    table = table.copy()
    if labels is not None:
        table = table[table["label"].isin(list(labels))].reset_index(drop=True)
    return table
