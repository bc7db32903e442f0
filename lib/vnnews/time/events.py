"""Dated events: each sentence with a resolved date becomes an event: the most precise dates of the
sentence (a day beats the term it falls in), what happened (the trigger word), who took
part, which bodies and places.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import pandas as pd

from ..annotation.tokenisation import annotate
from ..corpus import Article
from ..data import read_table
from ..entities import MENTION_COLUMNS, article_people, canonical_name, mentions, mentions_by_article
from ..text.normalize import fold
from .expressions import article_timexes

__all__ = ["EVENT_COLUMNS", "events"]

EVENT_COLUMNS = ["doc_id", "sentence", "start", "end", "date_start", "date_end", "precision", "expression",
                 "expression_start", "expression_end", "trigger", "trigger_kind", "participants", "organisations",
                 "places", "text"]
_PRECISION_RANK = {"time": 0, "day": 0, "days": 1, "week": 2, "month": 3, "months": 4, "half": 4, "quarter": 4,
                   "year": 5, "years": 6, "term": 7}


@cache
def _triggers() -> tuple[re.Pattern[str], dict[str, str]]:
    table = read_table("event_triggers.tsv")
    kinds = {fold(t): k for t, k in zip(table["trigger"], table["kind"])}
    words = sorted(kinds, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?!\w)"), kinds


def _trigger(folded_sentence: str, anchor: int) -> tuple[str, str]:
    """The trigger nearest the date expression (``anchor``: its offset in the sentence)."""
    pattern, kinds = _triggers()
    found = [(abs(m.start() - anchor), m.group(0)) for m in pattern.finditer(folded_sentence)]
    if not found:
        return "", ""
    word = " ".join(min(found)[1].split())
    return word, kinds.get(word, "")


def _article_events(article: Article, rows: pd.DataFrame) -> list[tuple]:
    timexes = [t for t in article_timexes(article) if t.date_start is not None and t.rule != "dateline"]
    if not timexes:
        return []
    sents = annotate(article).sentences
    person_at = {start: person.name for person in article_people(article, rows)[1] for start, _ in person.spans}
    folded = fold(article.text)
    out = []
    for sentence, s, e in zip(sents["sentence"], sents["start"], sents["end"]):
        inside = [t for t in timexes if s <= t.start < e]
        if not inside:
            continue
        best = min(_PRECISION_RANK.get(t.precision, 9) for t in inside)
        chosen = {}
        for t in inside:
            if _PRECISION_RANK.get(t.precision, 9) == best:
                chosen.setdefault((t.date_start, t.date_end), t)
        here = rows[(rows["start"] >= s) & (rows["start"] < e)]
        participants = list(dict.fromkeys(person_at.get(a, canonical_name(x))
                                          for a, x in zip(here.loc[here["label"] == "PER", "start"],
                                                          here.loc[here["label"] == "PER", "text"])))
        orgs = list(dict.fromkeys(canonical_name(x) for x in here.loc[here["label"] == "ORG", "text"]))
        places = list(dict.fromkeys(canonical_name(x) for x in here.loc[here["label"] == "LOC", "text"]))
        for t in chosen.values():
            trigger, kind = _trigger(folded[s:e], t.start - s)
            out.append((article.doc_id, int(sentence), int(s), int(e), t.date_start.isoformat(), t.date_end.isoformat(),
                        t.precision, article.text[t.start : t.end], t.start, t.end, trigger, kind,
                        participants, orgs, places, article.text[s:e]))
    return out


def events(corpus: Iterable[Article]) -> pd.DataFrame:
    """Dated events: one row per sentence and distinct date it names.

    Returns
    -------
    pandas.DataFrame
        ``doc_id, sentence, start, end`` (the sentence's span), ``date_start, date_end``
        (inclusive ISO dates), ``precision``, ``expression`` and its span
        (``expression_start``, ``expression_end``), ``trigger`` and ``trigger_kind``
        (meeting, election, decision, appointment, discipline, legal, visit, founding,
        ceremony, result, incident), ``participants``, ``organisations``, ``places``
        (lists of canonical names), ``text`` (the sentence).

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nNgày 31/12/2021, ông Phan Văn A bị khởi tố.", doc_id="x")
    >>> events([a])[["date_start", "trigger", "participants"]].values.tolist()
    [['2021-12-31', 'khởi tố', ['Phan Văn A']]]
    """
    articles = list(corpus)
    by_article = mentions_by_article(mentions(articles))
    empty = pd.DataFrame(columns=MENTION_COLUMNS)
    rows = [row for article in articles for row in _article_events(article, by_article.get(article.doc_id, empty))]
    return pd.DataFrame(rows, columns=EVENT_COLUMNS)
