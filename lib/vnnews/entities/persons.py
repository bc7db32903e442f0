"""Persons of one article: name mentions grouped into people, with every span kept."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..text.normalize import fold
from .spans import Mention

__all__ = ["Person", "group_persons"]


@dataclass(eq=False)
class Person:
    """One person named in an article.

    Attributes
    ----------
    name : str
        The full name (``Phạm Minh Chính``; a name in capitals is title-cased).
    variants : Counter
        Each written form (``Phạm Minh Chính``, ``Chính``) with how often it occurs.
    spans : list of (start, end)
        Every mention of this person in ``article.text``, in text order.
    references : int
        Title-only references to this person (``đồng chí Trưởng Ban``), counted by the tables.
    """

    name: str
    variants: Counter[str] = field(default_factory=Counter)
    spans: list[tuple[int, int]] = field(default_factory=list)
    references: int = 0


def _title_case_name(text: str) -> str:
    """``NGUYỄN TẤN`` → ``Nguyễn Tấn``; other names as written."""
    words = text.split()
    if text.isupper() and "." not in text:
        words = [w.capitalize() for w in words]
    return " ".join(words)


def group_persons(text: str, names: list[Mention]) -> list[Person]:
    """Group the PER mentions of one article into persons.

    Full names (two syllables or more) are one person per folded form; a short reference
    (``ông Chính``) joins the full name it ends, preferring one named before it.

    Examples
    --------
    >>> text = "Ông Phạm Minh Chính phát biểu. Ông Chính nói."
    >>> people = group_persons(text, [Mention("PER", 4, 19, "x"), Mention("PER", 35, 40, "x")])
    >>> [(p.name, p.spans) for p in people]
    [('Phạm Minh Chính', [(4, 19), (35, 40)])]
    """
    persons: dict[str, Person] = {}
    for m in names:
        name = _title_case_name(text[m.start : m.end])
        if len(name.split()) >= 2:
            person = persons.setdefault(fold(name), Person(name))
            person.variants[name] += 1
            person.spans.append((m.start, m.end))
    for m in names:
        name = _title_case_name(text[m.start : m.end])
        if len(name.split()) >= 2:
            continue
        short = fold(name)
        candidates = [key for key in persons if key.split()[-1] == short or key.endswith(" " + short)]
        if candidates:
            before = [key for key in candidates if min(persons[key].spans)[0] < m.start]
            key = (before or candidates)[-1]
        else:
            key = short
            persons.setdefault(key, Person(name))
        persons[key].variants[name] += 1
        persons[key].spans.append((m.start, m.end))
    for person in persons.values():
        person.spans.sort()
    return list(persons.values())
