"""A temporal tagger for Vietnamese news: find every time expression and normalise it.

Recognition is by rules on :func:`vnnews.text.normalize.fold` text (lower case, modern tone
marks, same offsets as the article text). Each rule yields a span and a resolver; where
spans overlap the longest wins. Values are resolved against the article's own date
(:mod:`vnnews.corpus.document_date`); a day and month without a year take the year that puts them
nearest that date; ``cùng ngày`` and ``buổi sáng`` take the last date the article named.

Numbers that only look like dates are refused: a bare ``d/m`` is a date only after a date
word (``ngày``, ``sáng``, ``thứ ba``, ``trước``...), so ``14/67`` and ``11/11 đảng bộ`` are
not dates, and document numbers (``138/2020/NĐ-CP``) and percentages are never read as dates.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from ..annotation.cache import DEPENDS_TIME, FrameCache, corpus_key
from ..corpus import Article
from ..text.normalize import fold
from .rules import COMPILED_RULES, EVERY_YEAR, Context, resolve_match

__all__ = ["Timex", "article_timexes", "temporal_expressions", "TIMEX_COLUMNS"]

#: bump when recognition or normalisation changes, so cached tables are recomputed
TIMEX_VERSION = "timex-1"
TIMEX_COLUMNS = ["doc_id", "start", "end", "text", "type", "value", "date_start", "date_end", "precision", "anchor", "rule"]
_CORPUS_CACHE = FrameCache("corpus-timex", memory_entries=8)


@dataclass(frozen=True)
class Timex:
    """A time expression with its normalised value.

    Attributes
    ----------
    start, end : int
        Span in the article text.
    type : str
        DATE, TIME, DURATION or SET.
    value : str
        TIMEX3-style value: ``2020-07-01``, ``2020-07``, ``2020-Q2``, ``2020-H1``, ``2020``,
        ``2020-01-01/2020-06-30`` (an interval), ``P5Y`` (a duration), ``""`` when unknown.
    date_start, date_end : datetime.date or None
        Inclusive interval of calendar days; None for durations, sets and vague references.
    precision : str
        ``day``, ``days``, ``month``, ``quarter``, ``half``, ``months``, ``year``, ``years``,
        ``term``, ``week``, ``time`` or ``""``.
    anchor : str
        What the value was resolved against: ``explicit``, ``document date``,
        ``previous date``, ``political events table`` or ``""``.
    rule : str
        The rule that found it.
    """

    start: int
    end: int
    type: str
    value: str
    date_start: dt.date | None
    date_end: dt.date | None
    precision: str
    anchor: str
    rule: str


def article_timexes(article: Article) -> list[Timex]:
    """Time expressions of one article, in text order, with values resolved.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nSáng 1/7, hội nghị sơ kết 6 tháng đầu năm 2020, có 14/67 đảng bộ "
    ...                       "(đạt 20,89%) tổ chức đại hội nhiệm kỳ 2020 - 2025.", doc_id="x")
    >>> [(a.text[t.start:t.end], t.value) for t in article_timexes(a)]
    [('Sáng 1/7', '2020-07-01'), ('6 tháng đầu năm 2020', '2020-H1'), ('nhiệm kỳ 2020 - 2025', '2020/2025')]
    """
    folded = fold(article.text)
    dateline = article.structure.first("dateline")
    candidates = []
    for name, pattern, resolve, rank in COMPILED_RULES:
        for m in pattern.finditer(folded):
            a, b = m.span()
            while a < b and folded[a] in " \t\n(":
                a += 1
            while b > a and folded[b - 1].isspace():
                b -= 1
            if b > a and "\n" not in folded[a:b] and not (dateline is not None and a < dateline.end and dateline.start < b):
                if folded[a:b].count("(") > folded[a:b].count(")") and folded[b : b + 1] == ")":
                    b += 1
                candidates.append((a, b, rank, name, m, resolve))
    # the longest span wins; among equals, the earlier rule
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    chosen: list[tuple] = []
    for c in candidates:
        if any(c[0] < k[1] and k[0] < c[1] for k in chosen):
            continue
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    ctx = Context(article.date)
    out: list[Timex] = []
    if dateline is not None and article.date is not None:
        out.append(Timex(dateline.start, dateline.end, "TIME" if article.document_date.time else "DATE",
                         dateline.detail, article.date, article.date, "time" if article.document_date.time else "day",
                         "explicit", "dateline"))
    taken_until = -1
    for start, end, _, name, m, resolve in chosen:
        if start < taken_until:
            continue
        result = resolve_match(resolve, m, ctx)
        if result is None:
            continue
        kind, value, a, b = result.type, result.value, result.date_start, result.date_end
        precision, anchor = result.precision, result.anchor
        every = EVERY_YEAR.match(folded, end)
        if every and kind == "DATE":  # "trước ngày 31/1 hàng năm": a yearly date, not a date in one year
            end = every.end()
            kind, value, a, b, precision, anchor = "SET", "P1Y", None, None, "", ""
            name = "set"
        out.append(Timex(start, end, kind, value, a, b, precision, anchor, name))
        taken_until = end
        if a is not None and a == b and precision == "day":
            ctx.previous = a
    return sorted(out, key=lambda t: t.start)


def temporal_expressions(corpus: Iterable[Article]) -> pd.DataFrame:
    """Every time expression of every article.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, start, end, text`` (``article.text[start:end] == text``), ``type``
        (DATE, TIME, DURATION, SET), ``value`` (TIMEX3-style), ``date_start``,
        ``date_end`` (inclusive ISO dates, empty when there is no value), ``precision``,
        ``anchor``, ``rule``.
    """
    articles = list(corpus)
    key = corpus_key(articles, TIMEX_VERSION, depends=DEPENDS_TIME)
    cached = _CORPUS_CACHE.get(key) if articles else None
    if cached is not None:
        return cached["timex"].copy()
    rows = []
    for article in articles:
        for t in article_timexes(article):
            rows.append((article.doc_id, t.start, t.end, article.text[t.start : t.end], t.type, t.value,
                         t.date_start.isoformat() if t.date_start else "", t.date_end.isoformat() if t.date_end else "",
                         t.precision, t.anchor, t.rule))
    table = pd.DataFrame(rows, columns=TIMEX_COLUMNS)
    if articles:
        _CORPUS_CACHE.put(key, {"timex": table})
    return table.copy()
