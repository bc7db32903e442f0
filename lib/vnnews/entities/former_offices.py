"""An office the article calls former once is former wherever the article names it again.

A report often writes an office in full with ``nguyên``/``cựu`` in its lead and shorter later
(``nguyên Chủ tịch HĐQT Liên hiệp HTX Thương mại TP HCM (Saigon Co.op)`` … ``ông Dũng làm Chủ tịch
HĐQT Saigon Co.op từ tháng 5/2015``), or the other way round (``giữ chức Chủ tịch tỉnh`` … ``cựu
chủ tịch``). Two titles of one person name the same office when they open with the same word and
the words of the shorter are, in order, words of the longer; then the former flag of one is the
flag of both. Titles of different bodies (``Giám đốc Sở Xây dựng``, ``Giám đốc Sở Tài chính``) or
different ranks (``Phó Chủ tịch``, ``Chủ tịch``) stay apart.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from ..text.dates import time_words
from ..text.normalize import fold
from .lexicon import lexicon
from .title_words import admin_unit

if TYPE_CHECKING:
    from .titles import TitleReader

__all__ = ["former_everywhere", "former_in_headline", "same_office", "taken_at"]


def _words(title: str) -> list[str]:
    return fold(title).replace("(", " ").replace(")", " ").split()


def _in_order(short: list[str], long: list[str]) -> bool:
    rest = iter(long)
    return all(word in rest for word in short)


def _counted(folded: str, lo: int, hi: int) -> int:
    """How many people the headline ``folded[lo:hi]`` counts right before a former cue (``Hai cựu chủ tịch ...``: 2);
    0 when none."""
    m = re.search(r"(?<!\w)(\w+)\s+(?:" + lexicon().cues["former"].pattern + r")\s", folded[lo:hi])
    if m is None:
        return 0
    number = time_words("number").get(m.group(1), m.group(1))
    return int(number) if str(number).isdigit() and int(number) > 1 else 0


def same_office(one: str, other: str) -> bool:
    """Do two titles of one person name the same office, one written shorter than the other?

    Examples
    --------
    >>> same_office("Chủ tịch Hội đồng quản trị Saigon Co.op",
    ...             "Chủ tịch Hội đồng quản trị Liên hiệp Hợp tác xã Thương mại Saigon Co.op")
    True
    >>> same_office("Chủ tịch tỉnh", "Chủ tịch")
    True
    >>> same_office("Phó Chủ tịch tỉnh", "Chủ tịch tỉnh")
    False
    >>> same_office("Giám đốc Sở Xây dựng", "Giám đốc Sở Tài chính")
    False
    """
    a, b = _words(one), _words(other)
    if not a or not b or a[0] != b[0]:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return _in_order(short, long)


def former_everywhere(holders_titles: Iterable[tuple]) -> list[bool]:
    """The former flag of each ``(person, title, former)`` once every office the article calls former
    for that person is former in each of its written forms. A fourth item, the name mention the title is
    given with, keeps a current title current when that same mention also holds the office as a former one
    (``Bí thư Ban cán sự Đảng, Chủ tịch UBND tỉnh, nguyên Bí thư Ban cán sự Đảng, nguyên Bộ trưởng ...``: two
    bodies' offices written alike, one held now and one before).

    Examples
    --------
    >>> former_everywhere([("Lê Văn A", "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh", True),
    ...                    ("Lê Văn A", "Phó Chủ tịch", False), ("Lê Văn A", "Bí thư Huyện ủy", False),
    ...                    ("Trần B", "Phó Chủ tịch", False)])
    [True, True, False, False]
    >>> former_everywhere([("Lê Văn A", "Bí thư Ban cán sự Đảng", False, 10), ("Lê Văn A", "Bí thư Ban cán sự Đảng", True, 10),
    ...                    ("Lê Văn A", "Bí thư Ban cán sự Đảng", False, 90)])
    [False, True, True]
    """
    rows = list(holders_titles)
    former_of: dict[str, set[str]] = defaultdict(set)
    former_with: dict[tuple, set[str]] = defaultdict(set)
    for person, title, former, *mention in rows:
        if former:
            former_of[person].add(title)
            if mention:
                former_with[(person, mention[0])].add(title)
    return [former or any((title == old or same_office(title, old)) and old not in former_with.get((person, *mention[:1]), ())
                          for old in former_of.get(person, ()))
            for person, title, former, *mention in rows]


@cache
def _taking_before(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """A cue of taking a post (title cues of ``kinds``) right before a title."""
    return re.compile(r"(?:" + _cues(*kinds) + r")\s*$")


@cache
def _held_before(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """A cue of a post held before or left, right before a title (``từng giữ chức``, ``thôi giữ chức``: ``leaving``
    cues), or a cue of an earlier time before the cue of taking it (``trước khi giữ chức``)."""
    return re.compile(r"(?:" + _cues("leaving") + r"|(?:" + _cues("earlier") + r")\s+(?:" + _cues(*kinds) + r"))\s*$")


def _cues(*kinds: str) -> str:
    cues = lexicon().cues
    return "|".join(cues[kind].pattern for kind in kinds)


def taken_at(folded: str, start: int, part: str = "body") -> bool:
    """Does the holder take the post of the title at ``start`` of the folded text, in the headline (``Thiếu tướng A
    giữ chức Giám đốc Công an tỉnh X``) or the lead (``A được bổ nhiệm giữ chức vụ ...``), the ``part`` it is in? Then
    the title keeps its own former flag: an office written alike that the article calls former (the post of before a
    merger) is another. In the body an appointment is told as history (``được bổ nhiệm ... vào tháng 4/2023``), and the
    office may be former since.

    Examples
    --------
    >>> taken_at("ông a được bổ nhiệm giữ chức giám đốc", 29, "lead"), taken_at("ông a giữ chức giám đốc", 14, "lead")
    (True, False)
    >>> taken_at("ông a giữ chức giám đốc", 14, "title"), taken_at("ông a từng giữ chức giám đốc", 19, "title")
    (True, False)
    >>> taken_at("ông a được bổ nhiệm giữ chức giám đốc", 29)
    False
    """
    kinds = {"title": ("taking", "taking_headline"), "lead": ("taking",)}.get(part)
    lo = max(0, start - 40)
    return kinds is not None and _taking_before(kinds).search(folded, lo, start) is not None \
        and _held_before(kinds).search(folded, lo, start) is None


def former_in_headline(reader: TitleReader, headline: tuple[int, int] | None, rows: list[tuple], former: list[bool]) -> list[bool]:
    """The former flags of the title ``rows`` (:data:`.tables.TITLE_COLUMNS`) once an office the headline (``headline``:
    its span) calls former without naming its holder (``Cựu giám đốc Ocean Bank Hải Phòng phủ nhận ...``) is former for
    the one person of the article who holds a title of that office (``Trần Thị Kim Chi, giám đốc Ocean Bank chi nhánh Hải
    Phòng``); with two or more such people, whose it is is not said.

    Examples
    --------
    >>> from vnnews.entities.titles import TitleReader
    >>> text = "Cựu giám đốc Sở Xây dựng bị bắt. Ông Lê Văn An, giám đốc Sở Xây dựng, nhận hối lộ."
    >>> row = ("d", "Lê Văn An", 37, 46, 48, 68, "giám đốc Sở Xây dựng", "Giám đốc Sở Xây dựng", False)
    >>> former_in_headline(TitleReader(text, [], []), (0, 31), [row], [False])
    [True]
    """
    if headline is None:
        return former
    lo, hi = headline
    used = {row[4] for row in rows}
    olds = []
    for m in reader.lex.title_prefix.finditer(reader.folded, lo, hi):
        head = reader.head_at(m.start())
        if head is None or m.start() in used or reader.lex.cues["former"].search(m.group(0)) is None:
            continue
        olds.append(reader.normalize(m.start(), reader.phrase_end(head[1], hi))[0])
    if not olds:
        return former
    count = _counted(reader.folded, lo, hi)  # Hai cựu chủ tịch Khánh Hòa: as many holders as counted, each former
    match = _same_unit_office if count else same_office  # Chủ tịch tỉnh, Chủ tịch Khánh Hòa: the province's office
    holders = {row[1] for row in rows if any(match(row[7], old) for old in olds)}
    if len(holders) not in (1, count):
        return former
    return [flag or (row[1] in holders and any(match(row[7], old) for old in olds)) for row, flag in zip(rows, former)]


def _same_unit_office(one: str, other: str) -> bool:
    """:func:`same_office` of two titles, also once the words of administrative units are dropped from both (``Chủ tịch
    tỉnh`` and ``Chủ tịch Khánh Hòa``)."""
    unit = admin_unit()
    return same_office(one, other) or same_office(unit.sub("", fold(one)), unit.sub("", fold(other)))
