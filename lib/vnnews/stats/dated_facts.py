"""Dated facts: the figures an article states for a date, joining numbers to dated events."""
from __future__ import annotations

import bisect
from collections.abc import Iterable

import pandas as pd

from ..corpus import Article
from ..time import events
from .numbers import numbers

__all__ = ["dated_facts"]

COLUMNS = ["doc_id", "sentence", "date_start", "date_end", "expression", "figure", "kind", "value", "text"]


def dated_facts(corpus: Iterable[Article]) -> pd.DataFrame:
    """Figures the articles state for a date: each fraction or percentage in a dated sentence,
    with the date of the sentence it is stated for (the nearest date expression before it, else
    after it). Document numbers (``Nghị định số 138/2020``) are no figures, and no figure is
    ever read as a date.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, sentence, date_start, date_end, expression, figure, kind, value, text``
        (``figure`` as written: ``14/67``, ``20,89%``), one row per figure.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nTính đến ngày 30-9-2020, có 14/67 đảng bộ hoàn thành đại hội.", doc_id="x")
    >>> dated_facts([a])[["date_start", "figure", "kind"]].values.tolist()
    [['2020-09-30', '14/67', 'fraction']]
    """
    articles = list(corpus)
    dated = events(articles)
    figures = numbers(articles)
    figures = figures[figures["kind"] != "number"] if not figures.empty else figures
    by_sentence: dict[tuple[str, int], list] = {}
    for row in dated.sort_values("expression_start", kind="stable").itertuples(index=False):
        by_sentence.setdefault((row.doc_id, row.sentence), []).append(row)
    starts = {key: [r.expression_start for r in rows] for key, rows in by_sentence.items()}
    out = []
    for f in figures.itertuples(index=False):
        rows = by_sentence.get((f.doc_id, f.sentence))
        if not rows:
            continue
        i = bisect.bisect_right(starts[(f.doc_id, f.sentence)], f.start) - 1
        event = rows[max(i, 0)]
        if event.expression_start <= f.start < event.expression_end:
            continue
        out.append((f.doc_id, f.sentence, event.date_start, event.date_end, event.expression, f.text, f.kind, f.value,
                    event.text))
    return pd.DataFrame(out, columns=COLUMNS)
