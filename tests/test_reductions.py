"""The corpus tables built as reductions of the store are the tables the per-article loops built,
row for row: checked against a copy of the implementation before the store (tests/legacy), on the
seeds and, when present, the development articles in ../shared/dev."""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from legacy import collocations as old_collocations
from legacy import diversity as old_diversity
from legacy import frequencies as old_frequencies
from legacy import keyness as old_keyness
from legacy import per_article as old_per_article
from legacy import sizes as old_sizes
from legacy import tables as old_tables
from legacy import timeline as old_timeline
from vnnews import entities, load_corpus, stats, time
from vnnews.export import TABLES
from vnnews.stats import number_consistency, numbers

DEV = Path(__file__).resolve().parents[2] / "shared" / "dev" / "articles"

#: each table of the export, as the loops built it
LEGACY = {
    "articles": lambda c: c.to_frame(),
    "parts": lambda c: c.parts_frame(),
    "sizes": old_sizes.sizes,
    "word_frequencies": lambda c: old_frequencies.frequencies(c, per="article"),
    "syllable_frequencies": lambda c: old_frequencies.frequencies(c, unit="syllable", per="article"),
    "bigrams": lambda c: old_frequencies.ngrams(c, n=2),
    "collocations": old_collocations.collocations,
    "lexical_diversity": old_diversity.lexical_diversity,
    "numbers": numbers,
    "number_checks": number_consistency,
    "mentions": old_per_article.mentions,
    "people": old_tables.people,
    "person_titles": old_tables.person_titles,
    "organisations": old_tables.organisations,
    "places": old_tables.places,
    "cooccurrence": old_tables.cooccurrence,
    "timex": old_per_article.temporal_expressions,
    "events": old_per_article.events,
    "timeline": old_timeline.timeline,
}

#: the same statistics with other options: the paths that reduce the stored tokens instead of stored partials
VARIANTS = {
    "frequencies by POS, stopwords": (lambda c: stats.frequencies(c, by_pos=True, stopwords=True, numbers=True),
                                      lambda c: old_frequencies.frequencies(c, by_pos=True, stopwords=True, numbers=True)),
    "frequencies of nouns": (lambda c: stats.frequencies(c, pos=["N", "Np"], min_count=2),
                             lambda c: old_frequencies.frequencies(c, pos=["N", "Np"], min_count=2)),
    "syllables of the corpus": (lambda c: stats.frequencies(c, unit="syllable", stopwords=True),
                                lambda c: old_frequencies.frequencies(c, unit="syllable", stopwords=True)),
    "trigrams with numbers": (lambda c: stats.ngrams(c, n=3, numbers=True, min_count=1),
                              lambda c: old_frequencies.ngrams(c, n=3, numbers=True, min_count=1)),
    "bigrams without stopwords": (lambda c: stats.ngrams(c, stopwords=True, min_count=1),
                                  lambda c: old_frequencies.ngrams(c, stopwords=True, min_count=1)),
    "bigrams with numbers": (lambda c: stats.ngrams(c, numbers=True, min_count=1),
                             lambda c: old_frequencies.ngrams(c, numbers=True, min_count=1)),
    "bigrams of every part": (lambda c: stats.ngrams(c, parts=("title", "lead", "body", "caption")),
                              lambda c: old_frequencies.ngrams(c, parts=("title", "lead", "body", "caption"))),
    "collocations with numbers, by t-score": (lambda c: stats.collocations(c, min_count=2, numbers=True, sort_by="t_score"),
                                              lambda c: old_collocations.collocations(c, min_count=2, numbers=True, sort_by="t_score")),
    "collocations of every part": (lambda c: stats.collocations(c, min_count=2, parts=("title", "lead", "body", "caption")),
                                   lambda c: old_collocations.collocations(c, min_count=2, parts=("title", "lead", "body", "caption"))),
    "keyness of the first article": (lambda c: stats.keyness(c, target=c.doc_ids[0], min_count=1),
                                     lambda c: old_keyness.keyness(c, target=c.doc_ids[0], min_count=1)),
    "sizes of the corpus": (lambda c: stats.sizes(c, per="corpus"), lambda c: old_sizes.sizes(c, per="corpus")),
    "sizes of captions": (lambda c: stats.sizes(c, parts=("caption", "title")), lambda c: old_sizes.sizes(c, parts=("caption", "title"))),
    "diversity, other window": (lambda c: stats.lexical_diversity(c, window=20, threshold=0.6),
                                lambda c: old_diversity.lexical_diversity(c, window=20, threshold=0.6)),
    "diversity of the corpus": (lambda c: stats.lexical_diversity(c, per="corpus"),
                                lambda c: old_diversity.lexical_diversity(c, per="corpus")),
    "co-occurrence per article": (lambda c: entities.cooccurrence(c, within="article", labels=["PER", "ORG"]),
                                  lambda c: old_tables.cooccurrence(c, within="article", labels=["PER", "ORG"])),
    "mentions of places": (lambda c: entities.mentions(c, labels=["LOC"]), lambda c: old_per_article.mentions(c, labels=["LOC"])),
    "timeline": (time.timeline, old_timeline.timeline),
}


def _value(v: object) -> object:
    if isinstance(v, (list, tuple, np.ndarray)):
        return tuple(_value(x) for x in v)
    if v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and math.isnan(v)):
        return None
    if isinstance(v, np.generic):
        return v.item()
    if isinstance(v, pd.Timestamp):
        return v.isoformat()
    return v


def assert_same_table(got: pd.DataFrame, expected: pd.DataFrame) -> None:
    assert list(got.columns) == list(expected.columns)
    rows_got = [tuple(_value(v) for v in row) for row in got.itertuples(index=False)]
    rows_expected = [tuple(_value(v) for v in row) for row in expected.itertuples(index=False)]
    assert len(rows_got) == len(rows_expected)
    for i, (a, b) in enumerate(zip(rows_got, rows_expected)):
        assert a == b, f"row {i}: {a} != {b}"


CORPORA = ["seeds", pytest.param("dev", marks=pytest.mark.skipif(not DEV.is_dir(), reason=f"{DEV} is not here"))]


@pytest.fixture(scope="module", params=CORPORA)
def corpus(request, seeds_dir):
    return load_corpus(seeds_dir if request.param == "seeds" else DEV)


@pytest.mark.parametrize("table", list(LEGACY))
def test_export_tables_equal_the_loops_row_for_row(corpus, table: str) -> None:
    expected = LEGACY[table](corpus)
    assert len(expected) or table in ("number_checks",)  # the comparison is not vacuous
    assert_same_table(TABLES[table](corpus), expected)


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_statistics_with_other_options_equal_the_loops(corpus, variant: str) -> None:
    new, old = VARIANTS[variant]
    assert_same_table(new(corpus), old(corpus))


def test_a_duplicated_article_counts_twice_as_before(seeds_dir, tmp_path: Path) -> None:
    for path in seeds_dir.glob("*.txt"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
        (tmp_path / ("copy_" + path.name)).write_bytes(path.read_bytes())
    corpus = load_corpus(tmp_path)
    assert sum(a.duplicate_of is not None for a in corpus) == 2
    for table in ("word_frequencies", "bigrams", "people", "cooccurrence", "timeline", "sizes"):
        assert_same_table(TABLES[table](corpus), LEGACY[table](corpus))


def test_csv_export_is_byte_for_byte_what_the_loops_wrote(seeds_dir, tmp_path: Path) -> None:
    from vnnews.export import export_tables, write_table

    corpus = load_corpus(seeds_dir)
    export_tables(corpus, tmp_path / "new", fmt="csv")
    (tmp_path / "old").mkdir()
    for name, build in LEGACY.items():
        old = write_table(build(corpus), tmp_path / "old" / name, "csv")
        assert (tmp_path / "new" / old.name).read_bytes() == old.read_bytes(), name


def test_stored_tables_streamed_a_window_of_articles_at_a_time_are_the_loops_tables(seeds_dir, tmp_path: Path, cache,
                                                                                   monkeypatch) -> None:
    from vnnews.annotation import reduce
    from vnnews.annotation.active import ensure_annotated
    from vnnews.export import export_tables, write_table

    for path in seeds_dir.glob("*.txt"):  # the seeds and a copy of each (same text, so one stored entry for two articles)
        (tmp_path / path.name).write_bytes(path.read_bytes())
        (tmp_path / ("z_copy_" + path.name)).write_bytes(path.read_bytes())
    corpus = load_corpus(tmp_path)
    ensure_annotated(list(corpus)[-1:])  # two chunks, the first holding the corpus's last article
    windows = []
    real = reduce.Annotated.window_batches
    monkeypatch.setattr(reduce.Annotated, "window_batches",
                        lambda self, sql, **kw: windows.append(sql) or real(self, sql, articles=1, rows=2, order=kw.get("order", "ord")))
    export_tables(corpus, tmp_path / "new", fmt="csv")
    (tmp_path / "old").mkdir()
    streamed = ("parts", "sizes", "word_frequencies", "syllable_frequencies", "numbers", "number_checks", "mentions", "timex",
                "events")  # frequencies per article: windows in doc_id order
    assert len(windows) == len(streamed)
    for name in streamed:
        old = write_table(LEGACY[name](corpus), tmp_path / "old" / name, "csv")
        assert (tmp_path / "new" / old.name).read_bytes() == old.read_bytes(), name
