"""Names inside the quoted title of a work: a show, a song, a poem, a book.

A title in quotes is written in sentence case: its first word capitalised, the others in lower case but for the
names in it (``“Sóng Bạch Đằng hào khí Ngô Quyền”``, ``"Các vị La Hán chùa Tây Phương"``). A name read as a person
by its shape alone in the middle of such a title, after its capitalised first word and before more lower-case words
of it, is a word of the title (a river, a battle, a saint), not a person the article names; a name that ends the
title, or that the article names elsewhere outside quotes, is kept. A title is short, has no punctuation inside and
follows no colon, and no word of address announces the name; a longer quote, or one after a colon, is what someone
said.
"""
from __future__ import annotations

import re

from ..text.normalize import fold
from .lexicon import lexicon
from .spans import SHAPE_RULE, Mention

__all__ = ["names_in_quoted_titles"]

#: how far back the title's opening quote may be
_REACH = 40
_OPEN = re.compile(r"[“\"]([^“”\"\n]*)$")
#: the rest of the title after the name: words (the first in lower case), then the closing quote
_REST = re.compile(r"\s+(\w)[^“”\"\n]*?[”\"]")
#: at most so many words in a title (a longer quote is what someone said)
_MOST_WORDS = 9


def names_in_quoted_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the persons read by shape alone inside the quoted title of a work (see module docs).

    Examples
    --------
    >>> t = 'Đêm diễn "Gió Trần Phong thổi qua làng" kín chỗ.'
    >>> m = Mention("PER", t.index("Trần"), t.index("Trần") + 10, SHAPE_RULE)
    >>> names_in_quoted_titles(t, [m])
    []
    """
    named_outside = {text[m.start : m.end] for m in mentions if m.label == "PER" and not _in_title(text, m)}
    out = [m for m in mentions
           if not (m.label == "PER" and m.rule == SHAPE_RULE and text[m.start : m.end] not in named_outside and _in_title(text, m))]
    return mentions if len(out) == len(mentions) else out


def _in_title(text: str, m: Mention) -> bool:
    """Is ``m`` in the middle of a quoted title: after its capitalised first word, before lower-case words of it?"""
    opened = _OPEN.search(text, max(0, m.start - _REACH), m.start)
    rest = _REST.match(text, m.end)
    if opened is None or rest is None or not rest.group(1).islower():
        return False
    head = opened.group(1).split()
    title = text[opened.start() + 1 : rest.end() - 1]
    words = lexicon().person_words.entries
    if any(tuple(fold(w) for w in head[k:]) in words for k in range(max(0, len(head) - 2), len(head))):
        return False  # "Chị Nguyễn Thị Hoa đã về": a word of address announces the person
    return bool(head) and head[0][:1].isupper() and len(title.split()) <= _MOST_WORDS \
        and not re.search(r"[.,;:!?]", title) and not text[: opened.start()].rstrip().endswith(":")  # Ông nói: "...": speech
