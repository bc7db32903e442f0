"""Dated facts: the figures an article states for a date, joining numbers to dated events."""
from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from ..corpus import Article
from ..time import events
from .numbers import numbers

__all__ = ["dated_facts"]


def dated_facts(corpus: Iterable[Article]) -> pd.DataFrame:
    """Figures the articles state for a date: each fraction, percentage or count in a dated sentence.

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
    merged = dated.merge(figures, on=["doc_id", "sentence"], suffixes=("", "_figure"))
    merged = merged[~((merged["start_figure"] >= merged["expression_start"]) & (merged["start_figure"] < merged["expression_end"]))]
    out = merged.rename(columns={"text_figure": "figure"})[
        ["doc_id", "sentence", "date_start", "date_end", "expression", "figure", "kind", "value", "text"]]
    return out.reset_index(drop=True)
