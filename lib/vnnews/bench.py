"""Throughput benchmark on real Vietnamese text shipped inside underthesea's wheel.

The VLSP 2013 POS test set bundled with underthesea's CRF model is turned back into
running text and cut into articles of about 800 syllables. Figures are syllables per
second and seconds per 1,000 syllables; ratios compare vnnews with what a user would
otherwise write. Run with ``make bench`` or ``vnnews bench --articles N``.
"""
from __future__ import annotations

import re
import tempfile
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pandas as pd

from .corpus import Article, article_from_text

__all__ = ["vlsp_sentences", "bench_articles", "run_benchmark"]


@cache
def vlsp_sentences() -> tuple[str, ...]:
    """Sentences of the VLSP 2013 POS test set shipped with underthesea, as running text."""
    import underthesea.pipeline.pos_tag as pos_package

    path = Path(pos_package.__file__).parent / "models" / "pos_crf_vlsp2013_20230303" / "test_output.txt"
    sentences, words = [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if len(words) >= 5:
                text = " ".join(words)
                text = re.sub(r"\s+([,.;:!?%)\]…])", r"\1", text)
                text = re.sub(r"([(\[])\s+", r"\1", text)
                sentences.append(text)
            words = []
            continue
        words.append(line.split("\t")[0])
    return tuple(sentences)


def bench_articles(n: int, *, syllables: int = 800) -> list[Article]:
    """``n`` articles of about ``syllables`` syllables each, paragraphs of three sentences."""
    pool = vlsp_sentences()
    articles, k = [], 0
    for i in range(n):
        paragraphs, current, size = [], [], 0
        while size < syllables:
            sentence = pool[k % len(pool)]
            k += 1
            current.append(sentence)
            size += len(sentence.split())
            if len(current) == 3:
                paragraphs.append(" ".join(current))
                current = []
        if current:
            paragraphs.append(" ".join(current))
        articles.append(article_from_text("\n\n".join(paragraphs), doc_id=f"bench_{i:05d}"))
    return articles


def _syllables(articles: list[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


def _timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def run_benchmark(n: int = 20, *, syllables: int = 800) -> pd.DataFrame:
    """Measure the tokenisation layer against underthesea used directly.

    Returns
    -------
    pandas.DataFrame
        ``step, seconds, syllables_per_s, s_per_1000_syllables, ratio`` where ``ratio``
        is the step's throughput over ``word_tokenize`` alone.
    """
    from underthesea import ner, word_tokenize

    from . import tokens as tokens_module
    from .cache import FrameCache
    from .sentences import sentence_spans

    articles = bench_articles(n, syllables=syllables)
    total = _syllables(articles)
    sentences = [a.text[s:e] for a in articles for p in a.paragraphs for s, e in sentence_spans(a.text, p.start, p.end)]
    # load every model before timing anything
    word_tokenize("Khởi động.")
    tokens_module.annotate(article_from_text("Khởi động mô hình.", doc_id="warm"), use_cache=False)
    rows = [("underthesea word_tokenize per sentence (floor)", _timed(lambda: [word_tokenize(s) for s in sentences]))]
    ner_sample = sentences[: max(1, len(sentences) // 4)]
    ner_share = sum(len(s.split()) for s in ner_sample) / total
    rows.append(("underthesea ner per sentence (what a user would write)",
                 _timed(lambda: [ner(s) for s in ner_sample]) / ner_share))
    with tempfile.TemporaryDirectory() as folder:
        original = tokens_module._CACHE
        tokens_module._CACHE = FrameCache("tokens", directory=folder)
        try:
            rows.append(("vnnews tokens, cold (segment + POS + spans, written to cache)",
                         _timed(lambda: [tokens_module.annotate(a) for a in articles])))
            rows.append(("vnnews tokens, rerun from memory cache",
                         _timed(lambda: [tokens_module.annotate(a) for a in articles])))
            tokens_module._CACHE.clear_memory()
            rows.append(("vnnews tokens, rerun from disk cache (new session)",
                         _timed(lambda: [tokens_module.annotate(a) for a in articles])))
        finally:
            tokens_module._CACHE = original
    frame = pd.DataFrame(rows, columns=["step", "seconds"])
    frame["syllables_per_s"] = (total / frame["seconds"]).round(0)
    frame["s_per_1000_syllables"] = (frame["seconds"] * 1000 / total).round(4)
    frame["ratio"] = (frame["syllables_per_s"] / frame["syllables_per_s"].iloc[0]).round(2)
    frame.attrs["syllables"] = total
    frame.attrs["articles"] = n
    return frame
