"""How far the article's own date can be trusted as the anchor of relative expressions (``hôm qua``, ``tuần trước``,
``năm ngoái``, ``cuối năm``, ``hai năm trước``). A date read from the text with a year other than the one the file's
name or folders give (``Ngày 18/10/1981, ... bị bắn chết`` in a 2022 article that recalls an old case) is the time the
story it tells is at, not the day the article was written: what the writer counts from today cannot be counted from it.
In the headline and the lead, written in the reporting present, such an expression is counted from the year the file's
name or folders give instead (``41 năm trước`` in the lead of that article is 1981, anchor ``file year``), or left
without a value when its unit is finer than a year (``hôm qua``); in the body, which tells the story, it is counted from
the story's date (``Một năm trước, hắn ...``).
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import PurePath
from typing import TYPE_CHECKING

from ..corpus.document_date import file_name_date, folder_year
from ..text.dates import alternation, time_words

if TYPE_CHECKING:
    from ..corpus import Article
    from .expressions import Timex

__all__ = ["WRITERS_PARTS", "counts_from_a_recalled_date", "counts_from_today", "recalled_anchor", "writing_year"]

#: the parts of an article written in the reporting present, not in the story's time
WRITERS_PARTS = ("title", "lead")

#: rules whose value counts from the article's date (not a day or month it writes out)
_COUNTED = frozenset({"relative", "current period", "count from a date"})


def recalled_anchor(article: Article) -> bool:
    """Whether the article's date was read from its text with a year other than its file name's or folders'.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> old = article_from_text("Vụ án\\n\\nNgày 18/10/1981, ông Phái bị bắn chết.", doc_id="x", path="news-2022/a/x.txt")
    >>> new = article_from_text("Vụ án\\n\\nNgày 18/10/2022, ông Phái bị bắt.", doc_id="y", path="news-2022/a/y.txt")
    >>> recalled_anchor(old), recalled_anchor(new)
    (True, False)
    """
    return writing_year(article) is not None


def writing_year(article: Article) -> int | None:
    """The year the article's file name or folders give when its date was read from its text with another year
    (:func:`recalled_anchor`), else None.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> writing_year(article_from_text("Vụ án\\n\\nNgày 18/10/1981, ông Phái bị bắn chết.", doc_id="x", path="news-2022/a/x.txt"))
    2022
    """
    d = article.document_date
    if d.date is None or d.source in ("metadata", "dateline") or "year" in d.source or not article.path:
        return None
    known, _ = file_name_date(PurePath(article.path).stem)
    if known is None:
        known = folder_year(article.path)
    return known if known is not None and known != d.date.year else None


@cache
def _from_previous() -> re.Pattern[str]:
    """A relative word that counts from the day the story is at, not from today (``hôm sau``: ``:previous`` in
    ``data/time_words.tsv``)."""
    return re.compile(r"(?<!\w)" + alternation(w for w, v in time_words("relative").items() if v.endswith(":previous")) + r"$")


def counts_from_today(rule: str, anchor: str, folded: str, start: int, end: int) -> bool:
    """Whether an expression found by ``rule`` at ``folded[start:end]`` and resolved against ``anchor`` counts from the
    day of writing (``hôm qua``, ``tuần trước``, ``41 năm trước``; not ``hôm sau``, which counts from the story's day)."""
    return anchor.startswith(("document ", "file ")) and rule in _COUNTED and _from_previous().search(folded, start, end) is None


def counts_from_a_recalled_date(t: Timex, recalled: bool, folded: str) -> bool:
    """Whether ``t`` counts from the day of writing (:func:`counts_from_today`) in an article whose date is a recalled
    one (its event is not dated by it); ``folded`` is the article's folded text."""
    return recalled and counts_from_today(t.rule, t.anchor, folded, t.start, t.end)
