"""The tokenisation layer: sentences, words (not syllables) and POS tags with spans.

:func:`annotate` is the one entry point: it splits each paragraph of an article into
sentences (:mod:`vnnews.text.sentences`), segments each sentence into words with
underthesea's bundled CRF word segmenter, tags them with underthesea's bundled CRF POS
model (VLSP 2013 tag set), and ties every token to its span in ``article.text``; the words and
names of the article's user lexicon (:mod:`vnnews.corpus.lexicon`) are one token each. The
result is computed once per article text and pipeline version and cached
(:mod:`vnnews.annotation.cache`), because segmentation dominates the cost of every statistic.
"""
from __future__ import annotations

import bisect
import re
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
from pandas.arrays import ArrowStringArray

from ..corpus import Article
from ..corpus.lexicon import NAME_KINDS, Lexicon, LexiconEntry
from ..corpus.structure import INNER_KINDS
from ..text.normalize import fold
from ..text.sentences import sentence_spans
from .lexicon_words import keep_entries
from .models import pos_tag_sentences, segment_sentence_spans

__all__ = ["Annotation", "annotate", "cached_tables", "clear_memory", "sentences", "tokens",
           "PIPELINE_VERSION", "TOKEN_COLUMNS",
           "SENTENCE_COLUMNS"]

#: bump when the output of :func:`annotate` changes, so cached results are recomputed
PIPELINE_VERSION = "tokens-1"

SENTENCE_COLUMNS = ["doc_id", "sentence", "paragraph", "part", "start", "end", "text"]
TOKEN_COLUMNS = ["doc_id", "sentence", "token", "start", "end", "text", "norm", "pos", "kind", "syllables", "part"]

#: tables of recently annotated or read articles, by article key (the store holds them all)
_MEMORY: OrderedDict[str, dict[str, pd.DataFrame | pa.Table]] = OrderedDict()
_MEMORY_ARTICLES = 256


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


def _segment(sentences: list[str], lexicon: Lexicon | None = None) -> list[list[tuple[int, int, str]]]:
    """Words of each sentence: span in the sentence and POS tag (the sentences of an article are
    segmented and tagged in batches). The user lexicon's words and names are one token each
    (:mod:`vnnews.annotation.lexicon_words`); names are tagged ``Np``."""
    found = []
    for sentence, (words, given) in zip(sentences, segment_sentence_spans(sentences)):
        spans = given if given is not None else _align(sentence, words)
        entries: dict[int, LexiconEntry] = {}
        if lexicon:
            words, spans, entries = keep_entries(sentence, words, spans, lexicon)
        found.append((words, spans, entries))
    tagged = pos_tag_sentences([words for words, _, _ in found])
    return [[(a, b, "Np" if k in entries and entries[k].kind in NAME_KINDS else tag) for k, ((a, b), tag) in enumerate(zip(spans, tags))]
            for (_, spans, entries), tags in zip(found, tagged)]


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


def _part_finder(article: Article):
    """``offset -> part``, as ``article.structure.kind_at`` gives it, without scanning every part for every token."""
    structure = article.structure
    inner = [(p.start, p.end, p.kind) for p in structure.parts if p.kind in INNER_KINDS]
    paragraphs = [(p.start, p.end, p.role) for p in structure.paragraphs]
    starts = [a for a, _, _ in paragraphs]
    if any(b > c for (_, b, _), c in zip(paragraphs, starts[1:])) or any(a > b for a, b, _ in paragraphs):
        return structure.kind_at  # paragraphs out of order or overlapping: the general search

    def part_at(offset: int) -> str:
        for a, b, kind in inner:
            if a <= offset < b:
                return kind
        k = bisect.bisect_right(starts, offset) - 1
        return paragraphs[k][2] if k >= 0 and offset < paragraphs[k][1] else ""

    return part_at


def _annotate_text(article: Article) -> dict[str, pd.DataFrame | pa.Table]:
    return _annotate_texts([article])[0]


def _annotate_texts(articles: list[Article]) -> list[dict[str, pd.DataFrame | pa.Table]]:
    """The sentences and tokens tables of each article; the sentences of all of them are segmented
    and tagged together (the models decode many sentences at once)."""
    bounds = [[(para, s, e) for para in article.paragraphs for s, e in sentence_spans(article.text, para.start, para.end)]
              for article in articles]
    by_lexicon: dict[int, list[int]] = {}
    for k, article in enumerate(articles):  # articles with the same user lexicon are segmented together
        by_lexicon.setdefault(id(article.lexicon), []).append(k)
    words: list[list] = [[] for _ in articles]
    for group in by_lexicon.values():
        texts = [articles[k].text[s:e] for k in group for _, s, e in bounds[k]]
        found = iter(_segment(texts, articles[group[0]].lexicon))
        for k in group:
            words[k] = [next(found) for _ in bounds[k]]
    return [_tables(article, spans, found) for article, spans, found in zip(articles, bounds, words)]


def _tables(article: Article, bounds: list, words: list[list[tuple[int, int, str]]]) -> dict[str, pd.DataFrame | pa.Table]:
    """The sentences and tokens tables of one article from its sentences and their words (spans in the sentence, tags)."""
    text = article.text
    folded_text = fold(text)
    part_at = _part_finder(article)
    kinds: dict[str, tuple[str, int]] = {}  # kind and syllables of each written form, found once
    norms: dict[str, str] = {}  # the counted form of each folded form, found once
    sentence_rows = []
    token_rows = []
    for sentence, ((para, s, e), found) in enumerate(zip(bounds, words)):
        sentence_rows.append((sentence, para.index, para.role, s, e))
        for a, b, tag in found:
            a, b = a + s, b + s
            surface = text[a:b]
            known = kinds.get(surface)
            if known is None:
                kind = _kind(surface)
                known = kinds[surface] = (kind, len(surface.split()) if kind != "punct" else 0)
            folded = folded_text[a:b]
            norm = norms.get(folded)
            if norm is None:
                norm = norms[folded] = " ".join(folded.split())
            token_rows.append((sentence, len(token_rows), a, b, surface, norm, tag, known[0], known[1], part_at(a)))
    sentences, sentence_layer = _typed_tables(sentence_rows, "sentences")
    tokens, token_layer = _typed_tables(token_rows, "tokens")
    return {"sentences": sentences, "tokens": tokens, LAYER_TABLES["sentences"]: sentence_layer, LAYER_TABLES["tokens"]: token_layer}


#: the keys under which the tables of :func:`_annotate_texts` also hold the sentences and tokens as Arrow tables
#: of their layers' schemas (:data:`vnnews.annotation.layers.LAYERS`), as the store writes them
LAYER_TABLES = {"sentences": "sentences_layer", "tokens": "tokens_layer"}
#: the keys under which :func:`vnnews.annotation.columns.table_columns` keeps the column lists it made with an
#: article's tables
COLUMN_LISTS = {"sentences": "sentences_columns", "tokens": "tokens_columns"}
#: pandas' string type (Arrow storage), as ``pd.array(values, dtype="str")`` makes it
_STRING = pd.array([""], dtype="str").dtype


def _typed_tables(rows: list[tuple], layer: str) -> tuple[pd.DataFrame, pa.Table]:
    """Rows of integers and strings in the column order of the layer ``layer``: as an Arrow table of its schema,
    built column by column, and as a DataFrame of it, integers in NumPy and strings in Arrow (pandas would
    turn the rows into one array of objects and infer every column's type from it, which costs more than
    the rows took to make)."""
    from .layers import LAYERS

    schema = LAYERS[layer]
    if not rows:
        return pd.DataFrame(rows, columns=schema.names), pa.table({f.name: pa.array([], f.type) for f in schema}, schema=schema)
    columns = [pa.array(values, field.type) for field, values in zip(schema, zip(*rows))]
    frame = pd.DataFrame({field.name: ArrowStringArray(column, dtype=_STRING) if field.type == pa.string() else column.to_numpy()
                          for field, column in zip(schema, columns)}, copy=False)
    return frame, pa.table(columns, schema=schema)


def prepare(articles: Iterable[Article]) -> None:
    """Compute together the tables of the articles that memory and the store lack, and keep them in
    memory (at most as many as memory keeps), so :func:`cached_tables` then serves them: the
    models decode the sentences of many articles at once."""
    from .active import active_store
    from .layers import article_key

    stores = active_store()
    missing: dict[str, Article] = {}
    for article in articles:
        key = article_key(article)
        if key not in _MEMORY and key not in missing and stores.locate(key) is None:
            missing[key] = article
    chosen = list(missing.items())[:_MEMORY_ARTICLES]
    for (key, _), tables in zip(chosen, _annotate_texts([a for _, a in chosen])):
        _remember(key, tables)


def _remember(key: str, tables: dict[str, pd.DataFrame | pa.Table]) -> dict[str, pd.DataFrame | pa.Table]:
    _MEMORY[key] = tables
    _MEMORY.move_to_end(key)
    while len(_MEMORY) > _MEMORY_ARTICLES:
        _MEMORY.popitem(last=False)
    return tables


def release_map_tables(key: str) -> None:
    """Drop what only the map reads of the tables kept for the article of ``key`` (the Arrow tables of its
    layers, its column lists: :func:`vnnews.annotation.columns.table_columns`), once its layers are made; its DataFrames stay."""
    tables = _MEMORY.get(key)
    if tables is not None:
        for name in (*LAYER_TABLES.values(), *COLUMN_LISTS.values()):
            tables.pop(name, None)


def clear_memory() -> None:
    """Forget the tables kept in memory (the store keeps them)."""
    _MEMORY.clear()


def cached_tables(article: Article, root: str | Path | None = None) -> dict[str, pd.DataFrame | pa.Table]:
    """The ``sentences`` and ``tokens`` tables of ``article`` without ``doc_id`` or ``text``
    columns, not copied: for library code that only reads them (do not modify). When just computed, the
    same two tables as Arrow tables of their layers are under the keys of :data:`LAYER_TABLES`.

    Served from memory, else from the store (:mod:`vnnews.annotation.store`) under the cache
    root ``root`` (default: the current cache directory), else computed (and kept in memory
    until :func:`vnnews.annotation.active.ensure_annotated` stores the article).
    """
    from .active import active_store
    from .layers import article_key

    key = article_key(article)
    if key in _MEMORY:
        _MEMORY.move_to_end(key)
        return _MEMORY[key]
    stores = active_store(root)
    sents, toks = stores.rows(key, "sentences"), stores.rows(key, "tokens")
    if sents is not None and toks is not None:
        tables = {"sentences": sents.drop_columns(["key"]).to_pandas(), "tokens": toks.drop_columns(["key"]).to_pandas()}
    else:
        tables = _annotate_text(article)
    return _remember(key, tables)


def annotate(article: Article, *, use_cache: bool = True, cache_dir: str | Path | None = None) -> Annotation:
    """Sentences and tokens of ``article``, from the store when the same text was annotated before.

    Parameters
    ----------
    article : Article
    use_cache : bool
        Read the store and memory (False: always compute).
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

    A word of the user lexicon is one token:

    >>> from vnnews import Lexicon
    >>> b = article_from_text("Bàn về kinh tế tuần hoàn.", doc_id="y", lexicon=Lexicon.from_rows([("word", "kinh tế tuần hoàn")]))
    >>> annotate(b, use_cache=False).tokens["text"].tolist()
    ['Bàn', 'về', 'kinh tế tuần hoàn', '.']
    """
    tables = cached_tables(article, cache_dir) if use_cache else _annotate_text(article)
    sents = tables["sentences"].copy()
    sents.insert(0, "doc_id", article.doc_id)
    sents["text"] = [article.text[a:b] for a, b in zip(sents["start"], sents["end"])]
    toks = tables["tokens"].copy()
    toks.insert(0, "doc_id", article.doc_id)
    return Annotation(sents[SENTENCE_COLUMNS], toks[TOKEN_COLUMNS])


def sentences(corpus: Iterable[Article], **options) -> pd.DataFrame:
    """All sentences of the corpus (:data:`SENTENCE_COLUMNS`); options as for :func:`annotate`."""
    articles = list(corpus)
    if options.get("use_cache", True) and options.get("cache_dir") is None:
        frame = _stored(articles, "sentences", SENTENCE_COLUMNS, "x.sentence")
        by_id = {a.doc_id: a.text for a in articles}
        frame["text"] = [by_id[d][a:b] for d, a, b in zip(frame["doc_id"], frame["start"], frame["end"])]
        return frame[SENTENCE_COLUMNS]
    frames = [annotate(a, **options).sentences for a in articles]
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
    articles = list(corpus)
    if options.get("use_cache", True) and options.get("cache_dir") is None:
        frame = _stored(articles, "tokens", TOKEN_COLUMNS, "x.sentence, x.token")[TOKEN_COLUMNS]
    else:
        frames = [annotate(a, **options).tokens for a in articles]
        frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=TOKEN_COLUMNS)
    if parts is not None:
        frame = frame[frame["part"].isin(list(parts))].reset_index(drop=True)
    return frame


def _stored(articles: list[Article], layer: str, columns: list[str], order: str) -> pd.DataFrame:
    """A stored layer of every article, read from the store in one query (corpus order, then text order)."""
    from .reduce import annotated

    if not articles:
        return pd.DataFrame(columns=columns)
    return annotated(articles).frame(f"SELECT d.doc_id, x.* EXCLUDE (key) FROM {layer} x JOIN docs d USING (key) "
                                     f"ORDER BY d.ord, {order}")
