"""Wards among people: a list of names is of one kind.

Show-business and sport news list people by the names they are known by (``các danh thủ Huỳnh Đức, Hồng Sơn, Công
Vinh``; ``các bạn diễn Hữu Nghĩa, Hồng Đào, Hồng Vân``), and many such names of two syllables are also the names of
wards or communes. A name read as a place only because the gazetteer knows a ward so named, with no unit word or
preposition of place before it, listed among people (a list of three names or more, most of them people, one of
them announced by a word of address, a role or a title, after no preposition of place; and a person next to it,
or a list a plural role noun opens: ``các danh thủ``, ``các bạn diễn``) is a person too. The converse, a name
shaped like a person's among places, is :func:`.streets.names_among_places`.
"""
from __future__ import annotations

import re

from ..text.normalize import fold
from .lexicon import lexicon
from .spans import BARE_WARD_RULE, SHAPE_RULE, Mention

__all__ = ["after_place_word", "wards_among_people"]

_JOINT = re.compile(r"\s*,\s*(?:và\s+)?|\s+và\s+")
#: a plural word, then the role noun (its words in group ``role``), then perhaps a colon, right before a list
_PLURAL_ROLE = re.compile(r"(?<!\w)(?:các|những|hai|ba|bốn|năm)\s+(?P<role>\w+(?:\s+\w+){0,2}?)\s*(?::|như|gồm)?\s*$")


def wards_among_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the bare wards listed among people made persons (see module docs); ``mentions`` sorted by
    position.

    Examples
    --------
    >>> t = "Có Hữu Nghĩa, Hồng Đào, Hồng Vân."
    >>> ms = [Mention("PER", 3, 12, "x"), Mention("PER", 14, 22, "x"), Mention("LOC", 24, 32, BARE_WARD_RULE)]
    >>> [(m.label, t[m.start:m.end]) for m in wards_among_people(t, ms)]
    [('PER', 'Hữu Nghĩa'), ('PER', 'Hồng Đào'), ('PER', 'Hồng Vân')]
    """
    out = list(mentions)
    items = [k for k, m in enumerate(out) if m.label in ("PER", "LOC")]
    runs: list[list[int]] = []
    for k in items:
        if runs and out[runs[-1][-1]].end <= out[k].start and _joined(text[out[runs[-1][-1]].end : out[k].start]):
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        people = [out[k].label == "PER" for k in run]
        opened = _opened_by_role(text, out[run[0]].start)
        announced = any(out[k].label == "PER" and out[k].rule != SHAPE_RULE for k in run)
        if not opened and (len(run) < 3 or sum(people) * 2 <= len(run) or not announced
                           or after_place_word(text, out[run[0]].start)):
            continue  # có 280 xe tại Hai Bà Trưng, Trần Hưng Đạo, Lý Thái Tổ: streets shaped like people
        for j, k in enumerate(run):
            m = out[k]
            if m.label == "LOC" and m.rule == BARE_WARD_RULE and (opened or (j and people[j - 1]) or (j + 1 < len(run) and people[j + 1])):
                out[k] = Mention("PER", m.start, m.end, "name among people")
    return out


def after_place_word(text: str, start: int) -> bool:
    """Is the list starting at ``start`` written after a preposition of place or ``như:`` (``tại Giảng Võ, ...``)?"""
    words = fold(text[max(0, start - 12) : start]).replace(":", " ").split()
    return bool(words) and (words[-1] in lexicon().words["place_preposition"] or words[-1] == "như")


def _opened_by_role(text: str, start: int) -> bool:
    """Is the list starting at ``start`` opened by a plural role noun (``các danh thủ``, ``hai ca sĩ``)?"""
    m = _PLURAL_ROLE.search(fold(text[max(0, start - 40) : start]))
    return m is not None and lexicon().person_words.entries.get(tuple(m["role"].split())) == "person_role"


def _joined(between: str) -> bool:
    """Does ``between`` join two items of a list: a comma or ``và``, perhaps with names no rule read between them
    (``Hữu Nghĩa, Hồng Đào, Hồng Vân``)?"""
    if _JOINT.fullmatch(between):
        return True
    parts = between.split(",")
    return len(parts) > 2 and not parts[0].strip() and _JOINT.fullmatch("," + parts[-1]) is not None and all(
        0 < len(p.split()) <= 3 and all(w[:1].isupper() for w in p.split()) for p in parts[1:-1])
