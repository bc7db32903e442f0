"""The corpus tables that were concatenations of per-article results, as they were before the store:
a loop over the articles calling the current per-article functions."""
from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from vnnews.corpus import Article
from vnnews.entities.mentions import MENTION_COLUMNS, article_mentions_table
from vnnews.time.events import EVENT_COLUMNS, article_events
from vnnews.time.expressions import TIMEX_COLUMNS, article_timexes


def mentions(corpus: Iterable[Article], *, labels: Iterable[str] | None = None) -> pd.DataFrame:
    frames = [article_mentions_table(a) for a in corpus]
    table = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=MENTION_COLUMNS)
    if labels is not None:
        table = table[table["label"].isin(list(labels))].reset_index(drop=True)
    return table


def events(corpus: Iterable[Article]) -> pd.DataFrame:
    articles = list(corpus)
    by_article = {doc_id: rows for doc_id, rows in mentions(articles).groupby("doc_id", sort=False)}
    empty = pd.DataFrame(columns=MENTION_COLUMNS)
    frames = [article_events(a, by_article.get(a.doc_id, empty)) for a in articles]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=EVENT_COLUMNS)


def temporal_expressions(corpus: Iterable[Article]) -> pd.DataFrame:
    rows = [(a.doc_id, t.start, t.end, a.text[t.start : t.end], t.type, t.value, t.date_start.isoformat() if t.date_start else "",
             t.date_end.isoformat() if t.date_end else "", t.precision, t.anchor, t.anchor_start, t.rule)
            for a in corpus for t in article_timexes(a)]
    return pd.DataFrame(rows, columns=TIMEX_COLUMNS)
