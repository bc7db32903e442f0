"""Months written as words: ``tháng Tư``, ``tháng Mười Một``, ``tháng Năm`` (May), and the lunar ``tháng Giêng``
and ``tháng Chạp`` (``data/time_words.tsv``: ``number`` and ``lunar_month``).

``năm`` is also "year", so ``tháng năm`` is May only where it cannot be "month (and) year": written ``tháng Năm``
with a capital, followed by its year (``tháng năm năm 2020``) or after a day and before no number (``ngày 5 tháng
năm,``); not in ``ngày tháng năm sinh`` (date of birth), ``tháng năm 2020`` (the months of 2020) or ``những tháng
năm tuổi trẻ``. A month word followed by a count of times is no month (``ba tháng một lần``: once every three
months). A month inside a capitalised run of words is part of a name (``Bao Giờ Cho Đến Tháng Mười``, ``Cách Mạng
Tháng Tám``).
"""
from __future__ import annotations

import re

from ..text.dates import alternation, time_words
from .vocabulary import YEAR, number_value

__all__ = ["MONTH", "in_title_case", "is_lunar_month", "month_value", "month_word_ok"]

#: a month as digits or as a word (``5``, ``năm``, ``mười một``, ``giêng``); which words hold is :func:`month_word_ok`'s
MONTH = (r"(?:\d{1,2}|" + alternation([*(w for w, v in time_words("number").items() if int(v) <= 12),
                                      *time_words("lunar_month")]) + r")")
#: the groups of the rules that hold a month
_MONTH_GROUPS = ("mo", "mo1", "mo2", "m")
#: what makes a lower-case ``tháng năm`` May: its year right after (``tháng năm năm 2020``)
_YEAR_AFTER = re.compile(r"\s*,?\s*năm\s+" + YEAR + r"(?!\d)")
#: after the month of a day written in words, no number that could be the year of a "tháng năm" (month, year)
_NO_NUMBER_AFTER = re.compile(r"(?!\s*,?\s*\d)")
_FREQUENCY = re.compile(r"\s+(?!" + alternation(time_words("not_frequency")) + r"(?!\w))"
                        + alternation(time_words("frequency_word")) + r"(?!\w)")
#: the two words before ``Tháng`` and a month written as a word
_TWO_WORDS_BEFORE_MONTH = re.compile(r"(?P<before>\S+)[^\S\n]+(?P<word>\S+)[^\S\n]+Tháng$")
#: ``Tháng`` with a capital, followed by a word with a capital
_CAPITAL_MONTH = re.compile(r"(?<!\w)Tháng[^\S\n]+(?P<next>\w)")


def month_value(word: str) -> int | None:
    """The number of a month written as digits or as a word (``6``, ``sáu``, ``Giêng``); None when it is none.

    Examples
    --------
    >>> month_value("mười một"), month_value("giêng"), month_value("chạp"), month_value("nhiều")
    (11, 1, 12, None)
    """
    word = " ".join(word.lower().split())
    lunar = time_words("lunar_month").get(word)
    return int(lunar) if lunar is not None else number_value(word)


def is_lunar_month(word: str | None) -> bool:
    """Whether ``word`` names a month of the lunar calendar (``Giêng``, ``Chạp``).

    Examples
    --------
    >>> is_lunar_month("Chạp"), is_lunar_month("Tư")
    (True, False)
    """
    return word is not None and " ".join(word.lower().split()) in time_words("lunar_month")


def in_title_case(text: str, m: re.Match[str]) -> bool:
    """Whether a ``Tháng`` the match of a rule in ``fold(text)`` holds is written inside a capitalised run of words, as
    in the name of a work, an event or a street (``Bao Giờ Cho Đến Tháng Mười``, ``Cách Mạng Tháng Tám``, ``Ba Tháng
    Hai``), not as a date: the words before and after it capitalised, the one before not opening its sentence.

    Examples
    --------
    >>> from vnnews.text.normalize import fold
    >>> text = "Phim Bao Giờ Cho Đến Tháng Mười. Trong Tháng Mười, giá tăng."
    >>> [in_title_case(text, m) for m in re.finditer(r"tháng (?P<mo>mười)", fold(text))]
    [True, False]
    """
    for month in _CAPITAL_MONTH.finditer(text, m.start(), m.end() + 12):
        if month.start() >= m.end() or not month["next"].isupper():
            continue
        words = _TWO_WORDS_BEFORE_MONTH.search(text, max(0, month.start() - 60), month.start() + len("Tháng"))
        # the capitalised word before "Tháng" must not open its sentence ("Trong Tháng Mười, ...")
        if words is not None and words["word"][0].isupper() and not words["before"].endswith((".", "!", "?", ":", ";")):
            return True
    return False


def month_word_ok(text: str, m: re.Match[str]) -> bool:
    """Whether every month a rule matched in ``fold(text)`` as a word reads as a month: ``tháng năm`` only as
    ``tháng Năm`` or before its year, no month before a count of times (``ba tháng một lần``), none in a name.

    Examples
    --------
    >>> from vnnews.text.normalize import fold
    >>> text = "Đầu tháng Năm, ông về; ghi ngày tháng năm sinh; ba tháng một lần; tháng năm năm 2020."
    >>> [month_word_ok(text, m) for m in re.finditer(r"tháng (?P<mo>năm|một)", fold(text))]
    [True, False, False, True]
    """
    groups = m.groupdict()
    for group in _MONTH_GROUPS:
        word = groups.get(group)
        if not word or word[0].isdigit():
            continue
        start, end = m.span(group)
        if word.split()[-1] == "năm" and not text[start].isupper() and not _YEAR_AFTER.match(m.string, end) \
                and not (group == "m" and _NO_NUMBER_AFTER.match(m.string, end)):  # "ngày 5 tháng năm,": a day's month
            return False
        if _FREQUENCY.match(m.string, end):
            return False
    return not in_title_case(text, m)
