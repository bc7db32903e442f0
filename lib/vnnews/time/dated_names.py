"""Dates that close a name: the date of a report or programme (``Bản tin cuối ngày 28-6-2025``, ``Giá vàng hôm nay
29/6/2025:``, ``Thời tiết Quảng Ngãi ngày 29/6``) and the year of a contest, award or festival held every year
(``Hoa hậu Biển Việt Nam toàn cầu năm 2025``) are part of the name, not the date of a happening.

A name opens with a head noun written with a capital (``data/time_words.tsv``: ``report_name``, ``contest_name``) and
runs to the date through nouns, numbers and adjectives only (the article's words and their part of speech): no verb or
preposition between, so ``Giá vàng tăng mạnh ngày 28/6`` (gold rose on 28/6) is a happening. A report's date closes its
name only before a colon, a bar, ``của`` or the end of its sentence (``Bản tin cuối ngày 28-6 của Báo Gia Lai``); a
contest's year wherever it stands. A month right after a contract word (``giá cà phê robusta giao tháng 7/2025``, ``kỳ hạn
tháng 9``: ``contract_word``) names a futures contract, in a clause of prices or contracts (``contract_market``: not ``bàn giao tháng 5``).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..text.dates import alternation, time_words
from .triggers import Word

if TYPE_CHECKING:
    from .expressions import Timex

__all__ = ["closes_a_name"]

#: how many words a name may run from its head to its date
NAME_REACH = 8
_HEAD = re.compile(r"(?P<report>" + alternation(time_words("report_name")) + r")(?!\w)|(?P<contest>"
                   + alternation(time_words("contest_name")) + r")(?!\w)")
_REPORT_END = re.compile(r"[^\S\n]*(?:[:|]|của(?!\w)|[.!?]?[^\S\n]*(?:\n|$))")
#: a contract word right before a month (``giao tháng 7/2025``)
_CONTRACT = re.compile(r"(?<!\w)(?:" + alternation(time_words("contract_word")) + r")[^\S\n]+$")
#: how far before the month a market word (``giá``, ``hợp đồng``, ``sàn``: ``contract_market``) stands in its clause
CONTRACT_REACH = 60
_MARKET = re.compile(r"(?<!\w)(?:" + alternation(time_words("contract_market")) + r")(?!\w)[^.;!?\n]*$")
#: signs that may stand inside a name (``Chương trình Thời sự 23h00 | 28/06/2025``)
_NAME_SIGNS = frozenset("|-–")


def _name_word(word: Word) -> bool:
    """A noun, number or adjective, or a word written with a capital (a name the tagger reads otherwise)."""
    return word.pos.startswith("N") or word.pos in ("M", "A") or word.text[:1].isupper() or word.text in _NAME_SIGNS \
        or word.text[:1].isdigit()


def closes_a_name(text: str, folded: str, t: Timex, words: Sequence[Word]) -> bool:
    """Whether the expression ``t`` closes the name of a report or a contest in the sentence whose ``words`` (in
    order) hold it; ``text`` is the article's text, ``folded`` its :func:`vnnews.text.normalize.fold`.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from vnnews.text.normalize import fold
    >>> text = "Giá vàng hôm nay 29/6: giá tăng."
    >>> words = [Word(0, 3, "Giá", "N"), Word(4, 8, "vàng", "N"), Word(9, 16, "hôm nay", "N")]
    >>> closes_a_name(text, fold(text), SimpleNamespace(start=9, end=21), words)
    True
    >>> text = "giá cà phê giao tháng 7/2025 giảm"
    >>> closes_a_name(text, fold(text), SimpleNamespace(start=16, end=28), [])
    True
    """
    if folded.startswith("tháng", t.start) and _CONTRACT.search(folded, max(0, t.start - 20), t.start) \
            and _MARKET.search(folded, max(0, t.start - CONTRACT_REACH), t.start):
        return True  # "giá cà phê robusta giao tháng 7/2025": a futures contract
    before = [w for w in words if w.end <= t.start]
    for steps, word in enumerate(reversed(before)):
        if steps >= NAME_REACH or not _name_word(word):
            return False
        head = _HEAD.match(folded, word.start)
        if head is None or head.end() > t.start or not text[word.start].isupper():
            continue
        return bool(head["contest"]) or _REPORT_END.match(folded, t.end) is not None
    return False
