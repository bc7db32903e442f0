"""A copy of the implementation before the store (commit 8d7748a), kept to check the reductions against it."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Literal

import pandas as pd

from vnnews.annotation.tokenisation import tokens
from vnnews.corpus import Article
from vnnews.options import check_option

from ._common import RUNNING_TEXT, Stopwords, per_10k, stopword_set, surface_forms, word_tokens


def frequencies(
    corpus: Iterable[Article],
    *,
    unit: Literal["word", "syllable"] = "word",
    stopwords: Stopwords = None,
    pos: Iterable[str] | None = None,
    by_pos: bool = False,
    per: Literal["corpus", "article"] = "corpus",
    numbers: bool = False,
    min_count: int = 1,
    parts: Iterable[str] = RUNNING_TEXT,
) -> pd.DataFrame:
    """How often each word (or syllable) occurs.

    Words are counted ignoring case and tone-mark spelling (``Tỉnh uỷ`` = ``tỉnh ủy``);
    ``item`` shows the most frequent written form.

    Parameters
    ----------
    unit : {"word", "syllable"}
        Count segmented words (``Bộ Chính trị`` is one item) or syllables.
    stopwords : bool or iterable of str, optional
        ``True`` drops underthesea's Vietnamese stopwords; a list drops those.
    pos : iterable of str, optional
        Only words with these POS tags (``{"N", "Np"}``).
    by_pos : bool
        Count (word, POS) pairs separately.
    per : {"corpus", "article"}
        One list for the corpus, or one per article (``doc_id`` column).
    numbers : bool
        Count numbers as words.
    min_count : int
        Drop items seen fewer times.
    parts : iterable of str
        Article parts counted.

    Returns
    -------
    pandas.DataFrame
        ``[doc_id,] item, norm, [pos,] count, per_10k, articles`` sorted by count;
        ``per_10k`` is per 10,000 words (or syllables) of the same scope, stopwords
        included, so rates stay comparable across filters; ``articles`` is how many
        articles the item occurs in.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nBộ Chính trị họp. Bộ Chính trị ra nghị quyết.", doc_id="x")
    >>> frequencies([a]).head(2)[["item", "count", "articles"]].values.tolist()
    [['Bộ Chính trị', 2, 1], ['họp', 1, 1]]
    """
    check_option("unit", unit, ("word", "syllable"))
    check_option("per", per, ("corpus", "article"))
    articles = list(corpus)
    every = word_tokens(articles, parts=parts, numbers=numbers)
    if unit == "syllable":
        every = every.assign(norm=every["norm"].str.split(), text=every["text"].str.split()).explode(["norm", "text"])
    frame = every
    if unit == "word" and (stopwords or pos is not None):
        frame = word_tokens(articles, parts=parts, numbers=numbers, stopwords=stopwords, pos=pos)
    if unit == "syllable":
        stop = stopword_set(stopwords)
        if stop:
            frame = frame[~frame["norm"].isin(stop)]
    keys = ["norm", "pos"] if by_pos else ["norm"]
    scope = ["doc_id"] if per == "article" else []
    counts = frame.groupby(scope + keys, sort=False).size().rename("count").reset_index()
    counts["articles"] = frame.groupby(keys, sort=False)["doc_id"].nunique().reindex(
        pd.MultiIndex.from_frame(counts[keys]) if by_pos else counts["norm"]).to_numpy()
    # rates are per 10,000 of all words (or syllables) in scope, stopwords and other POS included
    if per == "article":
        counts["per_10k"] = per_10k(counts["count"], 1) / counts["doc_id"].map(every.groupby("doc_id").size())
    else:
        counts["per_10k"] = per_10k(counts["count"], len(every))
    counts["per_10k"] = counts["per_10k"].round(2)
    counts["item"] = counts["norm"].map(surface_forms(frame))
    counts = counts[counts["count"] >= min_count]
    order = scope + ["count", "norm"]
    counts = counts.sort_values(order, ascending=[True] * len(scope) + [False, True], kind="stable")
    columns = scope + ["item", "norm"] + (["pos"] if by_pos else []) + ["count", "per_10k", "articles"]
    return counts[columns].reset_index(drop=True)


def ngrams(
    corpus: Iterable[Article],
    *,
    n: int = 2,
    stopwords: Stopwords = None,
    numbers: bool = False,
    min_count: int = 2,
    parts: Iterable[str] = RUNNING_TEXT,
) -> pd.DataFrame:
    """Sequences of ``n`` words within a sentence, not across punctuation.

    Parameters
    ----------
    n : int
        Words per n-gram.
    stopwords : bool or iterable of str, optional
        Drop n-grams that contain a stopword.
    numbers : bool
        Keep n-grams containing numbers.
    min_count : int
        Drop n-grams seen fewer times.

    Returns
    -------
    pandas.DataFrame
        ``ngram`` (words joined by `` | ``, most frequent written forms), ``norm``,
        ``count``, ``articles``, sorted by count.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nBộ Chính trị họp, Bộ Chính trị họp.", doc_id="x")
    >>> ngrams([a], n=2).values.tolist()
    [['Bộ Chính trị | họp', 'bộ chính trị | họp', 2, 1]]
    """
    if n < 1:
        raise ValueError("n must be at least 1")
    frame = tokens(corpus, parts=parts)
    stop = stopword_set(stopwords)
    forms = surface_forms(frame[frame["kind"] != "punct"])
    counts: Counter[tuple[str, ...]] = Counter()
    docs: dict[tuple[str, ...], set[str]] = {}
    for (doc_id, _), sentence in frame.groupby(["doc_id", "sentence"], sort=False):
        run: list[str] = []
        for norm, kind in zip(sentence["norm"], sentence["kind"]):
            if kind == "punct" or (kind == "number" and not numbers):
                run = []
                continue
            run.append(norm)
            if len(run) >= n:
                gram = tuple(run[-n:])
                if stop and any(g in stop for g in gram):
                    continue
                counts[gram] += 1
                docs.setdefault(gram, set()).add(doc_id)
    rows = [(" | ".join(forms.get(g, g) for g in gram), " | ".join(gram), c, len(docs[gram]))
            for gram, c in counts.items() if c >= min_count]
    out = pd.DataFrame(rows, columns=["ngram", "norm", "count", "articles"])
    return out.sort_values(["count", "norm"], ascending=[False, True], kind="stable").reset_index(drop=True)
