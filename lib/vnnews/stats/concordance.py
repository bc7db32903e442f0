"""KWIC concordance: every occurrence of a word or phrase with its context."""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

import pandas as pd

from ..annotation.reduce import annotated
from ..corpus import Article
from ..text.normalize import fold

COLUMNS = ["doc_id", "sentence", "part", "start", "end", "left", "match", "right"]


def phrase_pattern(query: str) -> re.Pattern[str]:
    """A pattern matching ``query`` as whole syllables in :func:`~vnnews.text.normalize.fold` text,
    whatever its case, tone-mark spelling or spacing."""
    syllables = fold(query).split()
    if not syllables:
        raise ValueError("empty query")
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(s) for s in syllables) + r"(?!\w)")


def _context(text: str, a: int, b: int, width: int, lo: int, hi: int) -> tuple[str, str]:
    left_start = max(lo, a - width)
    if left_start > lo:  # do not cut a syllable
        space = text.find(" ", left_start, a)
        left_start = space + 1 if space >= 0 else left_start
    right_end = min(hi, b + width)
    if right_end < hi:
        space = text.rfind(" ", b, right_end)
        right_end = space if space > b else right_end
    return " ".join(text[left_start:a].split()), " ".join(text[b:right_end].split())


def kwic(corpus: Iterable[Article], query: str, *, width: int = 50, parts: Iterable[str] | None = None) -> pd.DataFrame:
    """Key word in context.

    Matches ``query`` as whole syllables, ignoring case and tone-mark spelling
    (``Tỉnh uỷ`` finds ``tỉnh ủy``), within each paragraph.

    Parameters
    ----------
    query : str
        A word or phrase.
    width : int
        Characters of context on each side (cut at a syllable boundary).
    parts : iterable of str, optional
        Only matches in these parts (default: anywhere).

    Returns
    -------
    pandas.DataFrame
        ``doc_id, sentence, part, start, end, left, match, right``;
        ``article.text[start:end] == match``.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nBí thư Tỉnh uỷ phát biểu. Tỉnh ủy họp.", doc_id="x")
    >>> kwic([a], "tỉnh ủy")[["start", "end", "match"]].values.tolist()
    [[16, 23, 'Tỉnh uỷ'], [35, 42, 'Tỉnh ủy']]
    """
    pattern = phrase_pattern(query)
    wanted = set(parts) if parts is not None else None
    articles = list(corpus)
    hits = []
    for article in articles:
        folded = fold(article.text)
        for para in article.paragraphs:
            for m in pattern.finditer(folded, para.start, para.end):
                part = article.structure.kind_at(m.start())
                if wanted is None or part in wanted:
                    hits.append((article, para, part, *m.span()))
    starts = _sentence_starts(articles, {article.doc_id for article, *_ in hits})
    rows = []
    for article, para, part, a, b in hits:
        numbers, offsets = starts.get(article.doc_id, ([], []))
        k = bisect.bisect_right(offsets, a) - 1
        left, right = _context(article.text, a, b, width, para.start, para.end)
        rows.append((article.doc_id, numbers[k] if k >= 0 else -1, part, a, b, left, article.text[a:b], right))
    return pd.DataFrame(rows, columns=COLUMNS)


def _sentence_starts(articles: list[Article], doc_ids: set[str]) -> dict[str, tuple[list[int], list[int]]]:
    """doc_id -> (sentence numbers, their start offsets) of the articles named, read from the store at once."""
    if not doc_ids:
        return {}
    import pyarrow as pa

    view = annotated(articles)
    view.register("kwic_docs", pa.table({"doc_id": sorted(doc_ids)}))
    found = view.table("SELECT d.doc_id, s.sentence, s.start FROM sentences s JOIN docs d USING (key) "
                       "WHERE d.doc_id IN (SELECT doc_id FROM kwic_docs) ORDER BY d.ord, s.start")
    starts: dict[str, tuple[list[int], list[int]]] = {}
    for doc_id, sentence, start in zip(*(found.column(c).to_pylist() for c in ("doc_id", "sentence", "start"))):
        numbers, offsets = starts.setdefault(doc_id, ([], []))
        numbers.append(int(sentence))
        offsets.append(int(start))
    return starts
