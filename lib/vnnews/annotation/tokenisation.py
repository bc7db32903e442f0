"""The tokenisation layer: sentences, words (not syllables) and POS tags with spans.

:func:`annotate` is the one entry point: it splits each paragraph of an article into
sentences (:mod:`vnnews.text.sentences`), segments each sentence into words with
underthesea's bundled CRF word segmenter, tags them with underthesea's bundled CRF POS
model (VLSP 2013 tag set), and ties every token to its span in ``article.text``. The
result is computed once per article text and pipeline version and cached
(:mod:`vnnews.annotation.cache`), because segmentation dominates the cost of every statistic.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..corpus import Article
from ..text.normalize import fold
from ..text.sentences import sentence_spans
from .cache import DEPENDS_TOKENS, FrameCache, text_key
from .models import pos_tags, segment_words

__all__ = ["Annotation", "annotate", "sentences", "tokens", "PIPELINE_VERSION", "TOKEN_COLUMNS", "SENTENCE_COLUMNS"]

#: bump when the output of :func:`annotate` changes, so cached results are recomputed
PIPELINE_VERSION = "tokens-1"

SENTENCE_COLUMNS = ["doc_id", "sentence", "paragraph", "part", "start", "end", "text"]
TOKEN_COLUMNS = ["doc_id", "sentence", "token", "start", "end", "text", "norm", "pos", "kind", "syllables", "part"]

_CACHE = FrameCache("tokens")


@dataclass(frozen=True)
class Annotation:
    """Sentences and tokens of one article (see :data:`SENTENCE_COLUMNS`, :data:`TOKEN_COLUMNS`).

    Token columns: ``sentence`` (index in the article), ``token`` (index in the article),
    ``start``/``end`` (span in ``article.text``), ``text`` (as written), ``norm`` (lower
    case, modern tone marks: the form that is counted), ``pos`` (VLSP 2013 tag: N, Np,
    V, A, M, CH, ...), ``kind`` (``word``, ``number``, ``punct``), ``syllables`` and
    ``part`` (the article part the token is in: ``lead``, ``body``, ``caption``, ``outlet``...).
    """

    sentences: pd.DataFrame
    tokens: pd.DataFrame


def _segment(sentence: str) -> tuple[list[str], list[str]]:
    words = segment_words(sentence)
    return words, pos_tags(words)


def _align(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Spans of ``words`` (underthesea's output, syllables joined by spaces) in ``text``."""
    folded = fold(text)
    folded_words = fold("\n".join(words)).split("\n")  # fold keeps lengths, so one call serves every word
    spans = []
    pos = 0
    n = len(text)
    for word in folded_words:
        first = None
        for target in word.split():
            while pos < n and text[pos].isspace():
                pos += 1
            if folded.startswith(target, pos):
                begin = pos
            else:  # the segmenter normalised this token: find it nearby, else take what is there
                k = folded.find(target, pos, pos + len(target) + 8)
                begin = k if k >= 0 else pos
                if k < 0:
                    stop = pos
                    while stop < n and stop - pos < len(target) and not text[stop].isspace():
                        stop += 1
                    target = text[pos : max(stop, pos + 1)]
            pos = min(n, begin + len(target))
            first = begin if first is None else first
        spans.append((first if first is not None else pos, pos))
    return spans


_NUMBER = re.compile(r"[\d.,/%:+-]*\d[\d.,/%:+-]*")


def _kind(token: str) -> str:
    if not any(c.isalnum() for c in token):
        return "punct"
    if _NUMBER.fullmatch(token):
        return "number"
    return "word"


def _annotate_text(article: Article) -> dict[str, pd.DataFrame]:
    text = article.text
    folded_text = fold(text)
    sentence_rows = []
    token_rows = []
    for para in article.paragraphs:
        for s, e in sentence_spans(text, para.start, para.end):
            sentence = len(sentence_rows)
            sentence_rows.append((sentence, para.index, para.role, s, e))
            words, tags = _segment(text[s:e])
            for (a, b), tag in zip(_align(text[s:e], words), tags):
                a, b = a + s, b + s
                surface = text[a:b]
                part = article.structure.kind_at(a)
                kind = _kind(surface)
                syllables = len(surface.split()) if kind != "punct" else 0
                token_rows.append((sentence, len(token_rows), a, b, surface, " ".join(folded_text[a:b].split()), tag,
                                   kind, syllables, part))
    return {
        "sentences": pd.DataFrame(sentence_rows, columns=SENTENCE_COLUMNS[1:-1]),
        "tokens": pd.DataFrame(token_rows, columns=TOKEN_COLUMNS[1:]),
    }


def cached_tables(article: Article, store: FrameCache | None = None) -> dict[str, pd.DataFrame]:
    """The cached ``sentences`` and ``tokens`` tables of ``article`` without ``doc_id`` or ``text``
    columns, not copied: for library code that only reads them (do not modify)."""
    store = _CACHE if store is None else store
    key = text_key(article.text, PIPELINE_VERSION, depends=DEPENDS_TOKENS)
    tables = store.get(key)
    if tables is None:
        tables = _annotate_text(article)
        store.put(key, tables)
    return tables


def annotate(article: Article, *, use_cache: bool = True, cache_dir: str | Path | None = None) -> Annotation:
    """Sentences and tokens of ``article``, from the cache when the same text was annotated before.

    Parameters
    ----------
    article : Article
    use_cache : bool
        Read and write the cache (memory and disk).
    cache_dir : str or Path, optional
        Cache root for this call (default: see :mod:`vnnews.annotation.cache`).

    Returns
    -------
    Annotation
        Tables with ``doc_id`` first; ``text`` columns are slices of ``article.text``.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Bộ Chính trị họp tại Hà Nội.", doc_id="x")
    >>> annotate(a, use_cache=False).tokens[["text", "pos", "start", "end"]].values.tolist()
    [['Bộ Chính trị', 'N', 0, 12], ['họp', 'V', 13, 16], ['tại', 'E', 17, 20], ['Hà Nội', 'Np', 21, 27], ['.', 'CH', 27, 28]]
    """
    if use_cache:
        tables = cached_tables(article, None if cache_dir is None else FrameCache("tokens", directory=cache_dir))
    else:
        tables = _annotate_text(article)
    sents = tables["sentences"].copy()
    sents.insert(0, "doc_id", article.doc_id)
    sents["text"] = [article.text[a:b] for a, b in zip(sents["start"], sents["end"])]
    toks = tables["tokens"].copy()
    toks.insert(0, "doc_id", article.doc_id)
    return Annotation(sents[SENTENCE_COLUMNS], toks[TOKEN_COLUMNS])


def sentences(corpus: Iterable[Article], **options) -> pd.DataFrame:
    """All sentences of the corpus (:data:`SENTENCE_COLUMNS`); options as for :func:`annotate`."""
    frames = [annotate(a, **options).sentences for a in corpus]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=SENTENCE_COLUMNS)


def tokens(corpus: Iterable[Article], *, parts: Iterable[str] | None = None, **options) -> pd.DataFrame:
    """All tokens of the corpus (:data:`TOKEN_COLUMNS`).

    Parameters
    ----------
    corpus : iterable of Article
    parts : iterable of str, optional
        Keep tokens of these parts only (e.g. ``("lead", "body", "heading")`` for the
        running text). Default: all.
    **options
        As for :func:`annotate`.
    """
    frames = [annotate(a, **options).tokens for a in corpus]
    frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=TOKEN_COLUMNS)
    if parts is not None:
        frame = frame[frame["part"].isin(list(parts))].reset_index(drop=True)
    return frame
