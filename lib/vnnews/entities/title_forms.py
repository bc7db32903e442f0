"""The written-out form of a title (:func:`normalize_title`) and one title given to a person (:class:`TitleSpan`)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.abbreviations import expand_abbreviations
from ..text.normalize import fold, normalize
from .lexicon import lexicon

__all__ = ["TitleSpan", "degree_parts", "normalize_title"]

#: between two degrees or ranks written as one (``PGS.TS``, ``GS-TS``, ``Giáo sư - Tiến sĩ``)
_DEGREE_JOINT = re.compile(r"\s*[.\-–]\s*")
#: a bracket at the end of a title holding more than an acronym: the body the title is held in
_BODY_IN_BRACKETS = re.compile(r"\s*\(((?=[^()]*[a-zđ])[^()]+)\)$")


@dataclass(frozen=True)
class TitleSpan:
    """One title given to a person.

    Attributes
    ----------
    start, end : int
        Span of the title as written in the article text (with ``nguyên``/``quyền`` when written).
    title : str
        Written out in full, modern spelling, without ``nguyên``/``cựu``/``quyền``.
    former : bool
        Held before (``nguyên``, ``cựu``, or in a chain after one of them).
    acting : bool
        Held as acting (``quyền``).
    """

    start: int
    end: int
    title: str
    former: bool
    acting: bool = False


def normalize_title(text: str) -> tuple[str, bool]:
    """Full modern form of a title as written, and whether it is a former one.

    Examples
    --------
    >>> normalize_title("CT HĐND tỉnh")
    ('Chủ tịch Hội đồng nhân dân tỉnh', False)
    >>> normalize_title("nguyên Phó giám đốc Học viện")
    ('Phó Giám đốc Học viện', True)
    >>> normalize_title("UV BCT")
    ('Ủy viên Bộ Chính trị', False)
    >>> normalize_title("Bí thư Thành ủy TP HCM")
    ('Bí thư Thành ủy Thành phố Hồ Chí Minh', False)
    """
    lex = lexicon()
    text = re.sub(r"(?<=\w)\s*([-–])\s*(?=\w)", r" \1 ", " ".join(text.split())) if re.search(r"\s[-–]|[-–]\s", text) else \
        " ".join(text.split())
    text = text.strip(" ,;-–")
    text = _BODY_IN_BRACKETS.sub(r" \1", text)  # Cục trưởng Báo chí (Bộ Thông tin và Truyền thông)
    prefix = lex.title_prefix.match(fold(text))
    former = prefix is not None and lex.cues["former"].search(prefix.group(0)) is not None
    text = text[prefix.end() :] if prefix else text
    text = expand_abbreviations(normalize(text).text, include_ambiguous=True).text
    m = lex.title_head.match(fold(text))
    if m:  # the head in its usual spelling (Phó giám đốc -> Phó Giám đốc)
        text = lex.title_spelling.get(m.group(0), text[: m.end()]) + text[m.end() :]
    return text[:1].upper() + text[1:], former


def degree_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the degrees and ranks written as one title at ``text[start:end]`` (``PGS.TS``: a rank and a
    degree, two titles), each a whole title of its own (a rank, degree or honour: ``none`` body in titles.tsv);
    ``[]`` when the span is one title.

    Examples
    --------
    >>> degree_parts("ông là PGS.TS", 7, 13), degree_parts("GS-TS", 0, 5), degree_parts("Thạc sĩ - nhạc sĩ", 0, 17)
    ([(7, 10), (11, 13)], [(0, 2), (3, 5)], [])
    """
    whole = lexicon().whole_titles
    parts, at = [], start
    for m in _DEGREE_JOINT.finditer(text, start, end):
        if m.start() > at:
            parts.append((at, m.start()))
        at = m.end()
    parts.append((at, end))
    if len(parts) < 2 or any(fold(normalize_title(text[a:b])[0]) not in whole for a, b in parts):
        return []
    return parts
