"""Numbers in the text: counts, fractions and percentages, and whether they agree.

Vietnamese writes decimals with a comma (``20,89%``) and groups thousands with a dot
(``1.234.567``). What is a date is decided by the temporal tagger (:mod:`vnnews.time.expressions`):
numbers inside its dates, years, terms and sets (``Sáng 1/7``, ``từ 24 đến 26-9-2020``,
``nhiệm kỳ 2020 - 2025``) are not counted here, so ``14/67`` and ``11/11 đảng bộ`` are fractions.
Document numbers are not numbers either: a number code (``138/2020/NĐ-CP``, ``21-KL/TW``) or a
number after a kind of document (``Nghị định số 138/2020``, ``Thông tư 12/2020``; the kinds are
in ``data/number_contexts.tsv``).
"""
from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable
from functools import cache

import numpy as np
import pandas as pd

from ..annotation.columns import table_columns
from ..corpus import Article
from ..text.normalize import fold
from ..time.expressions import article_timexes
from ..time.vocabulary import context_alternation

COLUMNS = ["doc_id", "sentence", "start", "end", "text", "kind", "value", "numerator", "denominator"]
#: characters between a fraction and the percentage it is checked against (what the store keeps)
DEFAULT_DISTANCE = 80
CHECK_COLUMNS = ["doc_id", "sentence", "fraction", "fraction_start", "fraction_end", "percentage", "percentage_start",
                 "percentage_end", "computed", "stated", "difference", "consistent", "note"]

_AMOUNT = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_PERCENT = re.compile(r"(?<![\w.,/])(" + _AMOUNT + r")\s*(?:%|phần\s+trăm)")
_FRACTION = re.compile(r"(?<![\w.,/-])(\d+)\s*/\s*(\d+)(?![\w/]|[.,]\d|\s*[-/]\s*\d)")
_PLAIN = re.compile(r"(?<![\w.,/:-])(" + _AMOUNT + r")(?![\w/:]|[.,]\d|-\d|\s*%)")
# a number code: digits, then a slash or hyphen and letters (138/2020/nđ-cp, 21-kl/tw, 1737/qđ-ttg)
_CODE = r"\d+(?:\s*[/-]\s*\d+)*[/-][^\W\d_]+(?:[/.-]\w+)*"


@cache
def _document_numbers() -> re.Pattern[str]:
    """A document's number: a number code, or digits (with slashes) after a kind of document."""
    return re.compile(r"(?<![\w/.-])" + _CODE + r"|(?<!\w)(?:" + context_alternation("document") + r")\s+(?:số\s+)?"
                      r"(?P<number>\d+(?:\s*/\s*\d+)*(?:[/-][^\W\d_]+(?:[/.-]\w+)*)?)(?![\w/])")


def document_number_spans(folded: str) -> list[tuple[int, int]]:
    """Spans of document numbers in folded text (the number, without the kind of document).

    Examples
    --------
    >>> t = "theo nghị định số 138/2020 và 21-kl/tw, 14/67 đảng bộ"
    >>> [t[a:b] for a, b in document_number_spans(t)]
    ['138/2020', '21-kl/tw']
    """
    return [m.span("number") if m["number"] else m.span() for m in _document_numbers().finditer(folded)]


def parse_amount(text: str) -> float:
    """The value of a Vietnamese-written number: ``20,89`` → 20.89, ``1.234.567`` → 1234567."""
    return float(text.replace(".", "").replace(",", "."))


class _Taken:
    """Character spans already read as something (a date, a percentage...), checked in time
    proportional to the span, not to how many are taken."""

    def __init__(self, size: int) -> None:
        self._mask = bytearray(size)

    def __contains__(self, span: tuple[int, int]) -> bool:
        return self._mask.find(1, *span) != -1

    def add(self, a: int, b: int) -> None:
        self._mask[a:b] = b"\x01" * (b - a)


def article_numbers(article: Article) -> pd.DataFrame:
    """The numbers of one article (columns :data:`COLUMNS`), as the annotation store keeps them;
    :func:`numbers` reads them back for a whole corpus."""
    return number_frame(article_number_rows(article))


def number_frame(rows: list[tuple]) -> pd.DataFrame:
    """Rows of :func:`article_number_rows` as a table of :data:`COLUMNS` with their types."""
    if not rows:
        return _typed(pd.DataFrame([], columns=COLUMNS))
    doc_id, sentence, a, b, found_text, kind, value, num, den = map(list, zip(*rows))
    # built with its column types (``DataFrame.astype`` of a small frame costs more than finding its numbers)
    return pd.DataFrame({"doc_id": doc_id, "sentence": np.array(sentence, dtype=np.int64), "start": np.array(a, dtype=np.int64),
                         "end": np.array(b, dtype=np.int64), "text": found_text, "kind": kind,
                         "value": np.array(value, dtype=np.float64), "numerator": pd.array(num, dtype="Int64"),
                         "denominator": pd.array(den, dtype="Int64")}, columns=COLUMNS)


def article_number_rows(article: Article) -> list[tuple]:
    """:func:`article_numbers` as rows (tuples of :data:`COLUMNS`), in text order."""
    text, folded = article.text, fold(article.text)
    starts = table_columns(article, "sentences")["start"]
    taken = _Taken(len(folded))
    for t in article_timexes(article):
        if t.type != "DURATION":
            taken.add(t.start, t.end)
    for a, b in document_number_spans(folded):
        taken.add(a, b)
    found = []
    for m in _PERCENT.finditer(folded):
        if m.span() in taken:
            continue
        found.append((m.start(), m.end(), "percentage", parse_amount(m[1]), None, None))
        taken.add(*m.span())
    for m in _FRACTION.finditer(folded):
        a, b = int(m[1]), int(m[2])
        if b == 0 or m.span() in taken:
            continue
        found.append((m.start(), m.end(), "fraction", round(a / b, 6), a, b))
        taken.add(*m.span())
    for m in _PLAIN.finditer(folded):
        if m.span() not in taken:
            found.append((m.start(), m.end(), "number", parse_amount(m[1]), None, None))
    return [(article.doc_id, bisect.bisect_right(starts, a) - 1, a, b, text[a:b], kind, value, num, den)
            for a, b, kind, value, num, den in sorted(found)]


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.astype({"sentence": "int64", "start": "int64", "end": "int64", "value": "float64",
                         "numerator": "Int64", "denominator": "Int64"})


def _stored(corpus: Iterable[Article], layer: str) -> tuple[list[Article], pd.DataFrame]:
    """A stored per-article layer of the corpus's articles, in corpus and text order."""
    from ..annotation.reduce import annotated

    articles = list(corpus)
    frame = annotated(articles).frame(f"SELECT d.doc_id, x.* EXCLUDE (key, row) FROM {layer} x JOIN docs d USING (key) "
                                      "ORDER BY d.ord, x.row")
    return articles, frame


def numbers(corpus: Iterable[Article], *, parts: Iterable[str] | None = None) -> pd.DataFrame:
    """Every count, fraction and percentage, with its sentence and span.

    Dates, years, terms, clock times and document numbers (``Nghị định số 138/2020``,
    ``138/2020/NĐ-CP``) are not numbers here (a duration's count, ``3`` in ``3 ngày``, is).

    Returns
    -------
    pandas.DataFrame
        ``doc_id, sentence, start, end, text, kind`` (``percentage``, ``fraction``,
        ``number``), ``value`` (a fraction's value is a/b), ``numerator``, ``denominator``.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nSáng 1/7, có 14/67 đảng bộ (đạt 20,89%) và 1.250 đảng viên.", doc_id="x")
    >>> numbers([a])[["text", "kind", "value"]].values.tolist()
    [['14/67', 'fraction', 0.208955], ['20,89%', 'percentage', 20.89], ['1.250', 'number', 1250.0]]
    """
    articles, found = _stored(corpus, "numbers")
    found = _typed(found[COLUMNS]) if len(found) else _typed(pd.DataFrame(columns=COLUMNS))
    if parts is not None:
        wanted, by_id = set(parts), {a.doc_id: a for a in articles}
        keep = [by_id[d].structure.kind_at(a) in wanted for d, a in zip(found["doc_id"], found["start"])]
        found = found[keep].reset_index(drop=True)
    return found


def number_consistency(corpus: Iterable[Article], *, max_distance: int = DEFAULT_DISTANCE) -> pd.DataFrame:
    """Fractions and percentages in one sentence that should state the same quantity.

    Each percentage is paired with the nearest fraction before it in its sentence (within
    ``max_distance`` characters). The fraction's percentage is rounded to as many
    decimals as the article wrote; a mismatch is flagged, and a truncation (``14/67`` =
    20,896% written ``20,89%``) is named as such.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, sentence, fraction, fraction_start, fraction_end, percentage,
        percentage_start, percentage_end, computed, stated, difference, consistent, note``.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nCó 14/67 đảng bộ hoàn thành đại hội (đạt 20,89%).", doc_id="x")
    >>> number_consistency([a])[["fraction", "percentage", "computed", "consistent", "note"]].values.tolist()
    [['14/67', '20,89%', 20.9, False, 'truncated, not rounded (20.8955%)']]
    """
    if max_distance == DEFAULT_DISTANCE:  # what the store keeps for each article
        return _stored(corpus, "number_checks")[1].reindex(columns=CHECK_COLUMNS)
    return check_numbers(numbers(corpus), max_distance=max_distance)


@cache
def _no_checks() -> pd.DataFrame:
    """The checks of an article without both a fraction and a percentage: no rows (a copy is handed out;
    making an empty frame of these columns costs more than copying one)."""
    return pd.DataFrame([], columns=CHECK_COLUMNS)


def check_numbers(found: pd.DataFrame, *, max_distance: int = DEFAULT_DISTANCE) -> pd.DataFrame:
    """The checks of :func:`number_consistency` on a table of :func:`numbers` (or :func:`article_numbers`)."""
    rows = []
    kinds = set(found["kind"].tolist())
    if "fraction" not in kinds or "percentage" not in kinds:  # no sentence can hold both (most articles)
        return _no_checks().copy()
    pairs = found[found["kind"].isin(["fraction", "percentage"])]
    both = pairs.groupby(["doc_id", "sentence"], sort=False)["kind"].transform("nunique") == 2
    for (doc_id, sentence), group in pairs[both].groupby(["doc_id", "sentence"], sort=False):
        fractions = group[group["kind"] == "fraction"].sort_values("end", kind="stable")
        fraction_ends = fractions["end"].tolist()
        for p in group[group["kind"] == "percentage"].itertuples():
            i = bisect.bisect_right(fraction_ends, p.start) - 1  # the nearest fraction that ends before it
            if i < 0 or p.start - fraction_ends[i] > max_distance:
                continue
            f = fractions.iloc[i]
            decimals = len(p.text.split(",")[1].rstrip("% phầntrăm")) if "," in p.text else 0
            exact = 100 * f["numerator"] / f["denominator"]
            computed = round(exact, decimals)
            difference = round(p.value - computed, decimals + 2)
            consistent = math.isclose(computed, p.value, abs_tol=10 ** -(decimals + 3))
            truncated = math.floor(exact * 10**decimals) / 10**decimals
            note = "" if consistent else (
                f"truncated, not rounded ({exact:.4f}%)" if math.isclose(truncated, p.value) else f"{exact:.4f}%")
            rows.append((doc_id, sentence, f["text"], f["start"], f["end"], p.text, p.start, p.end, computed, p.value,
                         difference, consistent, note))
    return pd.DataFrame(rows, columns=CHECK_COLUMNS)
