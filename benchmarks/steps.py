"""Where the time of the map goes: each per-article step timed on the same articles, in one process
(models loaded first), next to underthesea's ``word_tokenize`` on the same sentences.

Times are CPU seconds of this process (``time.process_time``), so other work on a shared machine
moves them less than wall time; each step is also given as a multiple of ``word_tokenize``'s time.
The segmenter and the POS tagger inside the tokens step are timed apart.

Usage: ``python benchmarks/steps.py [--articles 20] [--corpus FOLDER]``; prints seconds per article and shares
(``--corpus``: the first ``--articles`` articles of a folder of real ones instead of built ones).
"""
from __future__ import annotations

import argparse
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from corpus import build_corpus


def main(argv: list[str] | None = None) -> int:
    """Time every step of :func:`vnnews.annotation.layers.article_layers` on ``--articles`` articles."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--corpus", help="a folder of articles to time (default: articles built from the shared corpora)")
    args = parser.parse_args(argv)

    from underthesea import word_tokenize

    from vnnews import article_from_text, load_corpus
    from vnnews.annotation import layers, models, tokenisation
    from vnnews.annotation.active import CHUNK_ARTICLES
    from vnnews.annotation.cache import cache_directory
    from vnnews.annotation.layers import annotate_chunk, article_key
    from vnnews.annotation.partials import pair_counts, syllable_counts, word_counts
    from vnnews.entities import article_people
    from vnnews.entities.mentions import article_mentions_table
    from vnnews.stats.numbers import article_numbers, check_numbers
    from vnnews.text.sentences import sentence_spans
    from vnnews.time import article_timexes
    from vnnews.time.events import article_events

    with tempfile.TemporaryDirectory() as folder, cache_directory(Path(folder) / "cache"):
        if args.corpus:
            articles = list(load_corpus(args.corpus))[: args.articles]
        else:
            build_corpus(Path(folder) / "corpus", args.articles)
            articles = list(load_corpus(Path(folder) / "corpus"))
        begin = time.process_time()
        models.segment_sentences(["Khởi động."])
        models.pos_tag_sentences([["Khởi động"]])
        loading = time.process_time() - begin
        annotate_chunk([article_from_text("Khởi động mô hình ở Hà Nội ngày 1/7/2020.", doc_id="warm")])
        word_tokenize("Khởi động.")
        sentences = [a.text[s:e] for a in articles for p in a.paragraphs for s, e in sentence_spans(a.text, p.start, p.end)]
        started = time.process_time()
        for sentence in sentences:
            word_tokenize(sentence)
        reference = time.process_time() - started
        spent: dict[str, float] = defaultdict(float)

        def timed(_label, _run, *arguments, **options):
            begin = time.process_time()
            result = _run(*arguments, **options)
            spent[_label] += time.process_time() - begin
            return result

        inside = {"segment_sentence_spans": "  of which the segmenter CRF (tokenize, featurise, decode)",
                  "pos_tag_sentences": "  of which the POS CRF (featurise, decode)"}
        originals = {function: getattr(tokenisation, function) for function in inside}
        for function, name in inside.items():
            setattr(tokenisation, function, lambda *a, _run=originals[function], _name=name: timed(_name, _run, *a))
        for k in range(0, len(articles), CHUNK_ARTICLES):  # as the map does: the sentences of a chunk decoded together
            chunk = articles[k : k + CHUNK_ARTICLES]
            for article, tables in zip(chunk, timed("tokens + POS (segmenter and tagger CRFs, spans)", tokenisation._annotate_texts,
                                                    chunk)):
                tokenisation._remember(article_key(article), tables)
        for article in articles:
            found = timed("mentions", article_mentions_table, article)
            persons = timed("people and titles", article_people, article, found)[1]
            timed("time expressions", article_timexes, article)
            timed("events (time expressions remembered)", article_events, article, found, persons)
            found_numbers = timed("numbers", article_numbers, article)
            timed("number checks", check_numbers, found_numbers)
        for function, original in originals.items():
            setattr(tokenisation, function, original)
        builders = {name: getattr(layers, name) for name in ("_frame", "_tuples_table", "_lists_table")}
        for name, build in builders.items():  # each layer's table, from frames, rows or columns of lists
            setattr(layers, name, lambda *a, build=build, **k: timed("layers to Arrow (in the whole map)", build, *a, **k))
        whole = time.process_time()
        manifest, stored = annotate_chunk(articles)
        whole = time.process_time() - whole
        for name, build in builders.items():
            setattr(layers, name, build)
        tokens = stored["tokens"]
        timed("partial counts (words, syllables, pairs)", word_counts, tokens)
        timed("partial counts (words, syllables, pairs)", syllable_counts, tokens)
        timed("partial counts (words, syllables, pairs)", pair_counts, tokens, parts=("lead", "body", "heading"))
    n = len(articles)
    print(f"{n} articles; underthesea word_tokenize on the same sentences: {reference / n:.3f} s per article")
    print(f"{'loading the two CRF models (once per process)':55} {loading:7.3f} s")
    total = sum(seconds for name, seconds in spent.items() if name not in inside.values())
    for name, seconds in spent.items():
        print(f"{name:55} {seconds / n:7.3f} s/article {100 * seconds / total:5.1f}% {seconds / reference:5.2f}x word_tokenize")
    print(f"{'the whole map (annotate_chunk, all layers, tokens cached)':55} {whole / n:7.3f} s/article")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
