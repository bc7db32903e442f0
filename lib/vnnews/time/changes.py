"""Changes from one figure or date to another. Periods that say which figure is which (``giảm từ 0,13% tháng trước
xuống còn 0,03% tháng này``, ``tăng từ 5 tỷ đồng năm 2020 lên 7 tỷ đồng năm 2021``) stand right after their figures,
the first after ``từ``, the second after ``xuống`` or ``lên``: the sentence compares two states, and neither period is
the date of a happening. A date a schedule is moved from (``điều chỉnh thời gian thực hiện từ năm 2022 sang 2025``,
``lùi từ tháng 5 sang tháng 7``) is no longer when anything happens. Words: ``data/time_words.tsv`` (``change_to``,
``moved_to``).
"""
from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..text.dates import alternation, time_words

if TYPE_CHECKING:
    from .expressions import Timex

__all__ = ["moved_from", "names_a_figure"]

#: a figure: a number, perhaps with a percent sign or up to two unit words (``0,13%``, ``5 tỷ đồng``)
_FIGURE = r"\d[\d.,]*(?:[^\S\n]*%|[^\S\n]+[^\W\d]+(?:/[^\W\d]+)?){0,2}"
#: how far back in its clause the figure a change starts from may stand
FROM_REACH = 120
_CLAUSE_BREAK = re.compile(r"[;!?\n]|\.(?!\d)")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    to = r"(?:" + alternation(time_words("change_to")) + r")"
    return (re.compile(r"(?<!\w)từ[^\S\n]+(?:mức[^\S\n]+)?" + _FIGURE + r"[^\S\n]+$"),
            re.compile(r"[^\S\n]*,?[^\S\n]*" + to + r"[^\S\n]+\d"),
            re.compile(r"(?<!\w)" + to + r"[^\S\n]+" + _FIGURE + r"[^\S\n]+$"),
            re.compile(r"(?<!\w)từ[^\S\n]+(?:mức[^\S\n]+)?\d"))


def names_a_figure(folded: str, t: Timex) -> bool:
    """Whether ``t`` closes a figure of a change from one figure to another (``từ 0,13% tháng trước xuống còn 0,03%
    tháng này``); ``folded`` is :func:`vnnews.text.normalize.fold` of the article's text.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> t = "tỷ lệ giảm từ 0,13% tháng trước xuống còn 0,03% tháng này. tháng trước, giá giảm còn 5%"
    >>> span = lambda word, at: SimpleNamespace(start=at, end=at + len(word))
    >>> [names_a_figure(t, span("tháng trước", t.index("tháng trước"))), names_a_figure(t, span("tháng này", t.index("tháng này"))),
    ...  names_a_figure(t, span("tháng trước", t.rindex("tháng trước")))]
    [True, True, False]
    """
    first, change, second, opening = _patterns()
    window_start = max(0, t.start - FROM_REACH)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(folded, window_start, t.start)]
    clause_start = breaks[-1] if breaks else window_start
    if first.search(folded, clause_start, t.start) and change.match(folded, t.end):
        return True
    return second.search(folded, clause_start, t.start) is not None \
        and opening.search(folded, clause_start, t.start) is not None


@cache
def _moved_to() -> re.Pattern[str]:
    return re.compile(r"[^\S\n]*,?[^\S\n]*(?:" + alternation(time_words("moved_to"))
                      + r")[^\S\n]+(?:(?:năm|tháng|ngày|quý)[^\S\n]+)?\d")


def moved_from(folded: str, t: Timex) -> bool:
    """Whether ``t`` opens with ``từ`` and a schedule is moved from it to a later date (``từ năm 2022 sang 2025``).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> t = "lùi thời gian từ năm 2022 sang 2025; từ năm 2022 đến nay"
    >>> span = lambda at: SimpleNamespace(start=at, end=at + len("từ năm 2022"))
    >>> moved_from(t, span(t.index("từ"))), moved_from(t, span(t.rindex("từ")))
    (True, False)
    """
    return folded.startswith("từ", t.start) and _moved_to().match(folded, t.end) is not None
