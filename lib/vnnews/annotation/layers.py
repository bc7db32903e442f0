"""The map: everything that needs an article's text, computed once per article and stored with it.

:func:`annotate_chunk` runs, for a batch of articles, every per-article step of the pipeline,
tokens and POS (:mod:`vnnews.annotation.tokenisation`), mentions, the article's people and titles
(:mod:`vnnews.entities`), time expressions and dated events (:mod:`vnnews.time`), numbers and their
checks (:mod:`vnnews.stats.numbers`), and the per-article partial counts every corpus table
is reduced from (word, syllable and word-pair counts, lexical diversity), and returns one
table per layer of :data:`LAYERS`, ready for :meth:`vnnews.annotation.store.Store.write_chunk`.
Corpus tables are then reductions of these layers (:mod:`vnnews.annotation.reduce`).
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..corpus import Article
from ..corpus.articles import PART_COLUMNS
from ..corpus.lexicon import LABELS
from ..corpus.recall import SourceRecord
from ..text.normalize import fold, normalize
from .cache import DEPENDS_STORE, code_fingerprint
from .collector import cycles_collected_after

__all__ = ["LAYERS", "RUNNING_TEXT", "annotate_chunk", "article_key", "article_layers", "duplicate_key", "empty_layer", "file_key",
           "lexicon_digest"]

#: the parts of an article whose words are counted by default: its running text
RUNNING_TEXT = ("lead", "body", "heading")

_I = pa.int64()
_S = pa.string()
_F = pa.float64()
_B = pa.bool_()
_L = pa.list_(pa.string())
# types of the columns the per-article functions of other modules return; a column not listed is kept as text
_TYPES = {
    "sentence": _I, "token": _I, "start": _I, "end": _I, "name_start": _I, "name_end": _I, "paragraph": _I,
    "expression_start": _I, "expression_end": _I, "fraction_start": _I, "fraction_end": _I, "percentage_start": _I,
    "percentage_end": _I, "numerator": _I, "denominator": _I, "syllables": _I, "computed": _F, "stated": _F,
    "difference": _F, "consistent": _B, "former": _B, "acting": _B, "participants": _L, "organisations": _L, "places": _L,
}


def _schema(columns: Sequence[str], types: dict[str, pa.DataType] | None = None) -> pa.Schema:
    types = {**_TYPES, **(types or {})}
    return pa.schema([(c, types.get(c, _S)) for c in columns])


def _layers() -> dict[str, pa.Schema]:
    from ..entities.mentions import MENTION_COLUMNS
    from ..entities.tables import TITLE_COLUMNS
    from ..stats.numbers import CHECK_COLUMNS
    from ..stats.numbers import COLUMNS as NUMBER_COLUMNS
    from ..time.events import EVENT_COLUMNS
    from ..time.expressions import TIMEX_COLUMNS
    from .tokenisation import SENTENCE_COLUMNS, TOKEN_COLUMNS

    def rows(columns: Sequence[str], extra: Sequence[str] = (), types: dict | None = None) -> pa.Schema:
        return _schema(["row"] + [c for c in columns if c != "doc_id"] + list(extra), {"row": _I, **(types or {})})

    return {
        "documents": _schema(["title", "outlet", "date", "date_source", "date_evidence", "dateline", "byline", "n_paragraphs",
                              "n_text_paragraphs", "n_captions", "n_chars", "end_mark"],
                             {"date": pa.date32(), "n_paragraphs": _I, "n_text_paragraphs": _I, "n_captions": _I,
                              "n_chars": _I, "end_mark": _B}),
        "parts": rows(["kind", "paragraph", "start", "end", "text", "detail"]),
        "paragraph_roles": _schema(["role", "paragraphs"], {"paragraphs": _I}),
        "sentences": _schema([c for c in SENTENCE_COLUMNS if c not in ("doc_id", "text")], {"part": _S}),
        "tokens": _schema([c for c in TOKEN_COLUMNS if c != "doc_id"], {"part": _S, "text": _S}),
        "mentions": rows(MENTION_COLUMNS, ["name", "name_fold", "entity", "entity_fold", "place_kind"], {"text": _S}),
        "titles": rows(TITLE_COLUMNS, ["person_fold", "title_fold", "organisation_fold", "place_fold"], {"text": _S}),
        "persons": _schema(["person", "name", "name_fold", "mentions", "references"], {"person": _I, "mentions": _I,
                                                                                        "references": _I}),
        "person_variants": _schema(["person", "variant", "count", "order"], {"person": _I, "count": _I, "order": _I}),
        "timex": rows(TIMEX_COLUMNS, types={"text": _S, "anchor_start": _I}),
        "events": rows(EVENT_COLUMNS, types={"text": _S}),
        "numbers": rows(NUMBER_COLUMNS, types={"text": _S, "value": _F}),
        "number_checks": rows(CHECK_COLUMNS),
        "word_counts": _schema(["part", "norm", "text", "pos", "kind", "syllables", "count", "first"],
                               {"count": _I, "first": _I}),
        "syllable_counts": _schema(["part", "norm", "text", "pos", "kind", "count", "first"], {"count": _I, "first": _I}),
        "pairs": _schema(["w1", "w2", "number", "count", "first"], {"number": _B, "count": _I, "first": _I}),
        "diversity": _schema(["words", "types", "ttr", "mattr", "mtld"], {"words": _I, "types": _I, "ttr": _F, "mattr": _F,
                                                                          "mtld": _F}),
    }


class _Layers(dict):
    """The layer schemas, built on first use (they name columns of modules that import this package)."""

    def _fill(self) -> None:
        if not super().__len__():
            self.update(_layers())

    def __getitem__(self, name: str) -> pa.Schema:
        self._fill()
        return super().__getitem__(name)

    def __iter__(self):
        self._fill()
        return super().__iter__()

    def __len__(self) -> int:
        self._fill()
        return super().__len__()

    def items(self):
        self._fill()
        return super().items()

    def keys(self):
        self._fill()
        return super().keys()

    def __contains__(self, name: object) -> bool:
        self._fill()
        return super().__contains__(name)


#: layer name -> schema (without ``key``) of what the store holds for each article
LAYERS: dict[str, pa.Schema] = _Layers()


def article_key(article: Article) -> str:
    """The store key of an article: a hash of its text, its document date, its user lexicon
    (:attr:`~vnnews.corpus.lexicon.Lexicon.digest`) and the pipeline
    (:func:`~vnnews.annotation.cache.code_fingerprint` of what the map runs), so an edited rule or
    lexicon is never served old results.

    Examples
    --------
    >>> from vnnews import Lexicon, article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nSáng 1/7/2020, Bộ Chính trị họp.", doc_id="a")
    >>> article_key(a) == article_key(article_from_text(a.text, doc_id="b")), len(article_key(a))
    (True, 40)
    >>> lex = Lexicon.from_rows([("organisation", "Quỹ Ánh Dương Xanh")])
    >>> article_key(a) == article_key(article_from_text(a.text, doc_id="a", lexicon=lex))
    False
    """
    digest = hashlib.sha1(f"{code_fingerprint(DEPENDS_STORE)}\x00{article.document_date!r}\x00{lexicon_digest(article)}"
                          "\x00".encode())
    digest.update(article.text.encode("utf-8"))
    return digest.hexdigest()


def lexicon_digest(article: Article) -> str:
    """The digest of the article's user lexicon, ``""`` without one (an empty lexicon is none)."""
    lexicon = getattr(article, "lexicon", None)
    return lexicon.digest if lexicon else ""


def file_key(raw: bytes, doc_id: str, options: str = "") -> str:
    """The key of an article file: its bytes, its doc_id (a date may be read from the name) and the
    loading options, under the current code; what the file gave is then known without decoding it."""
    digest = hashlib.sha1(f"{code_fingerprint(DEPENDS_STORE)}\x00file\x00{doc_id}\x00{options}\x00".encode())
    digest.update(raw)
    return digest.hexdigest()


def duplicate_key(article: Article) -> str:
    """The hash two articles share when their normalised texts are the same (as the loader flags duplicates):
    the one the loader computed from the same text (:class:`~vnnews.corpus.recall.SourceRecord`), when it
    loaded the article and the text holds no lone surrogate (which the loader's hash lets through)."""
    if article.source and _SURROGATE.search(article.text) is None:
        return SourceRecord.from_json(article.source).duplicate_digest
    return hashlib.sha1(normalize(article.text).text.casefold().encode("utf-8")).hexdigest()


_SURROGATE = re.compile("[\ud800-\udfff]")


def empty_layer(name: str) -> pa.Table:
    """A layer with no rows (``key`` first)."""
    schema = LAYERS[name]
    return pa.table({"key": pa.array([], pa.string()), **{f.name: pa.array([], f.type) for f in schema}})


def _frame(rows: list[dict[str, Any]] | pd.DataFrame, schema: pa.Schema, **extra: list) -> pa.Table:
    """Rows (dicts, or a DataFrame with a ``row`` column added when the schema has one) as a table of ``schema``;
    ``extra`` columns (lists, one value per row of the DataFrame) added to the DataFrame's.

    A DataFrame's values are taken out once, as one array of objects (most layers are small tables
    of a few columns of mixed types, where reaching each pandas column costs more than converting it);
    a column Arrow does not take as it is goes through :func:`_column`."""
    if not isinstance(rows, pd.DataFrame):
        return pa.Table.from_pylist(rows, schema=schema)
    frame = rows
    where = {name: k for k, name in enumerate(frame.columns)}
    values = frame.to_numpy(dtype=object) if len(frame) and len(where) else None
    columns = {}
    for field in schema:
        if field.name == "row":
            columns["row"] = pa.array(range(len(frame)), pa.int64())
        elif field.name in extra:
            try:
                columns[field.name] = pa.array(extra[field.name], type=field.type, from_pandas=True)
            except (pa.ArrowInvalid, pa.ArrowTypeError):
                columns[field.name] = _column(pd.Series(extra[field.name], dtype=object), field.type)
        elif field.name not in where:
            columns[field.name] = pa.nulls(len(frame), field.type)
        else:
            try:
                columns[field.name] = pa.array(values[:, where[field.name]] if values is not None else [], type=field.type,
                                               from_pandas=True)
            except (pa.ArrowInvalid, pa.ArrowTypeError):
                columns[field.name] = _column(frame[field.name], field.type)
    return pa.table(columns, schema=schema)


def _tuples_table(rows: list[tuple], columns: list[str], schema: pa.Schema) -> pa.Table:
    """``_frame(pd.DataFrame(rows, columns=columns), schema)`` for rows of ints, strings and None, built
    without the frame; through it when Arrow does not take a column as it is."""
    values = dict(zip(columns, map(list, zip(*rows)))) if rows else {name: [] for name in columns}
    try:
        return pa.table({field.name: pa.array(range(len(rows)), pa.int64()) if field.name == "row"
                         else pa.array(values[field.name], type=field.type) if field.name in values
                         else pa.nulls(len(rows), field.type) for field in schema}, schema=schema)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return _frame(pd.DataFrame(rows, columns=columns), schema)


def _lists_table(columns: Mapping[str, list], schema: pa.Schema, **extra: list) -> pa.Table:
    """Columns of lists (and ``extra`` ones), of the same length, as a table of ``schema`` (``row`` numbered,
    columns the schema has not left out, a column it has that is missing all nulls); through :func:`_frame`
    when Arrow does not take a column as it is."""
    size = len(next(iter(columns.values()))) if columns else 0
    every = {**columns, **extra}
    try:
        return pa.table({field.name: pa.array(range(size), pa.int64()) if field.name == "row"
                         else pa.array(every[field.name], type=field.type) if field.name in every
                         else pa.nulls(size, field.type) for field in schema}, schema=schema)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return _frame(pd.DataFrame(dict(columns)), schema, **extra)


def _column(values: pd.Series, kind: pa.DataType) -> pa.Array:
    try:
        return pa.Array.from_pandas(values, type=kind)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        if pa.types.is_string(kind):
            return pa.array([None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else str(v)
                             for v in values], kind)
        return pa.array([None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else v for v in values], kind)


def _with_key(table: pa.Table, key: str) -> pa.Table:
    return table.add_column(0, "key", pa.array([key] * len(table), pa.string()))


def _documents(article: Article) -> dict[str, Any]:
    return {
        "title": article.title, "outlet": article.outlet, "date": article.date, "date_source": article.date_source,
        "date_evidence": article.date_evidence, "dateline": article.dateline, "byline": article.byline,
        "n_paragraphs": len(article.paragraphs), "n_text_paragraphs": len(article.body), "n_captions": len(article.captions),
        "n_chars": len(article.text), "end_mark": article.structure.first("end_mark") is not None,
    }


def article_layers(article: Article) -> dict[str, pa.Table]:
    """Every per-article layer of :data:`LAYERS` for one article (``key`` not yet added), except the
    partial counts, which :func:`annotate_chunk` computes for a whole batch at once."""
    from ..entities.lexicon import lexicon
    from ..entities.mentions import article_mention_columns
    from ..entities.tables import TITLE_COLUMNS, article_title_rows, canonical_name, canonical_place
    from ..stats.numbers import COLUMNS as NUMBER_COLUMNS
    from ..stats.numbers import article_number_rows, check_numbers, number_frame
    from ..time.events import EVENT_COLUMNS, article_event_rows
    from ..time.expressions import TIMEX_COLUMNS, article_timexes
    from .columns import table_columns
    from .tokenisation import LAYER_TABLES, cached_tables

    tables = cached_tables(article)
    out: dict[str, pa.Table] = {
        "documents": _frame([_documents(article)], LAYERS["documents"]),
        "parts": _tuples_table(article.part_rows(), PART_COLUMNS, LAYERS["parts"]),
        "paragraph_roles": _frame([{"role": role, "paragraphs": n} for role, n in Counter(p.role for p in article.paragraphs).items()],
                                  LAYERS["paragraph_roles"]),
        **{name: tables[LAYER_TABLES[name]] if LAYER_TABLES[name] in tables else _frame(tables[name], LAYERS[name])
           for name in ("sentences", "tokens")},
    }
    found = article_mention_columns(article)
    title_rows, persons = article_title_rows(article, found)
    titles = {name: list(values) for name, values in zip(TITLE_COLUMNS, zip(*title_rows))} if title_rows \
        else {name: [] for name in TITLE_COLUMNS}
    named = _lexicon_names(article)
    person_names = [named("PER", p.name) or p.name for p in persons]
    person_at = {start: name for person, name in zip(persons, person_names) for start, _ in person.spans}
    labels = found["label"]
    names = [named(label, t) or (canonical_place(canonical_name(t)) if label == "LOC" else canonical_name(t))
             for t, label in zip(found["text"], labels)]
    title_persons = [named("PER", p) or p for p in titles["person"]]
    titles["person"] = title_persons
    entities = [person_at.get(s, n) if label == "PER" else n for s, n, label in zip(found["start"], names, labels)]
    places = lexicon().places
    out["mentions"] = _lists_table(found, LAYERS["mentions"], name=names, name_fold=[fold(n) for n in names], entity=entities,
                                   entity_fold=[fold(e) for e in entities],
                                   place_kind=[places.get(fold(n), "") if label == "LOC" else "" for n, label in zip(names, labels)])
    out["titles"] = _lists_table(titles, LAYERS["titles"], person_fold=[fold(p) for p in title_persons],
                                 title_fold=[fold(t) for t in titles["title"]],
                                 organisation_fold=[fold(o) for o in titles["organisation"]],
                                 place_fold=[fold(p) for p in titles["place"]])
    out["persons"] = _frame([{"person": i, "name": name, "name_fold": fold(name), "mentions": len(p.spans),
                              "references": p.references} for i, (p, name) in enumerate(zip(persons, person_names))],
                            LAYERS["persons"])
    out["person_variants"] = _frame([{"person": i, "variant": v, "count": c, "order": k}
                                     for i, p in enumerate(persons) for k, (v, c) in enumerate(p.variants.items())],
                                    LAYERS["person_variants"])
    timexes = [(article.doc_id, t.start, t.end, article.text[t.start : t.end], t.type, t.value,
                t.date_start.isoformat() if t.date_start else "", t.date_end.isoformat() if t.date_end else "",
                t.precision, t.anchor, t.anchor_start, t.rule) for t in article_timexes(article)]
    out["timex"] = _tuples_table(timexes, TIMEX_COLUMNS, LAYERS["timex"])
    out["events"] = _tuples_table(article_event_rows(article, found, persons), EVENT_COLUMNS, LAYERS["events"])
    found_numbers = article_number_rows(article)
    out["numbers"] = _tuples_table(found_numbers, NUMBER_COLUMNS, LAYERS["numbers"])
    kinds = {row[NUMBER_COLUMNS.index("kind")] for row in found_numbers}  # a check needs a fraction and a percentage
    out["number_checks"] = _frame(check_numbers(number_frame(found_numbers)) if {"fraction", "percentage"} <= kinds else [],
                                  LAYERS["number_checks"])
    out["diversity"] = _frame([_diversity(table_columns(article, "tokens"))], LAYERS["diversity"])
    return out


def _lexicon_names(article: Article) -> Callable[[str, str], str | None]:
    """``(label, text) -> name``: the canonical name the article's user lexicon gives the person,
    organisation or place written ``text``, or None."""
    lexicon = article.lexicon
    if not lexicon:
        return lambda label, text: None
    kinds = {label: kind for kind, label in LABELS.items()}
    return lambda label, text: lexicon.canonical(kinds[label], text)


def _diversity(tokens: Mapping[str, list]) -> dict[str, Any]:
    from ..stats.diversity import diversity_row

    words = [norm for norm, kind, part in zip(tokens["norm"], tokens["kind"], tokens["part"])
             if kind == "word" and part in RUNNING_TEXT]
    return diversity_row(words)


def annotate_chunk(articles: Sequence[Article], *, file_keys: Sequence[str | None] | None = None,
                   encodings: Sequence[str] | None = None) -> tuple[pa.Table, dict[str, pa.Table]]:
    """Annotate a batch of articles: the manifest rows and one table per layer, ``key`` first.

    Articles with the same key (the same text and date) are annotated once.
    """
    with cycles_collected_after():
        return _annotate_chunk(articles, file_keys=file_keys, encodings=encodings)


def _annotate_chunk(articles: Sequence[Article], *, file_keys: Sequence[str | None] | None,
                    encodings: Sequence[str] | None) -> tuple[pa.Table, dict[str, pa.Table]]:
    from .partials import pair_counts, syllable_counts, word_counts
    from .store import MANIFEST_SCHEMA
    from .tokenisation import prepare, release_map_tables

    prepare(articles)  # the models decode the sentences of the whole batch together
    file_keys = list(file_keys) if file_keys is not None else [None] * len(articles)
    manifest, parts, sizes = [], {name: [] for name in LAYERS}, {}
    for article, fkey in zip(articles, file_keys):
        key = article_key(article)
        stored = key not in sizes
        if stored:
            layers = article_layers(article)
            release_map_tables(key)
            for name, table in layers.items():
                parts[name].append(_with_key(table, key))
            sizes[key] = {"syllables": int(pc.sum(layers["tokens"]["syllables"]).as_py() or 0), "tokens": len(layers["tokens"]),
                          "mentions": len(layers["mentions"]), "time_expressions": len(layers["timex"])}
        manifest.append({"key": key, "file_key": fkey, "stored": stored, "encoding": article.encoding,
                         "notes": "; ".join(article.notes), "duplicate_key": duplicate_key(article), **sizes[key]})
    keyed = {name: pa.concat_tables(tables) if tables else empty_layer(name) for name, tables in parts.items()}
    tokens = keyed["tokens"]
    keyed["word_counts"] = word_counts(tokens)
    keyed["syllable_counts"] = syllable_counts(tokens)
    keyed["pairs"] = pair_counts(tokens, parts=RUNNING_TEXT)
    return pa.Table.from_pylist(manifest, schema=MANIFEST_SCHEMA), keyed
