"""Sentence boundaries in Vietnamese news paragraphs.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with closing quotes or brackets and
the end mark ``./.``) followed by a space and a capital letter, digit, quote or
bracket. It does not end after abbreviations written with a full stop (``TP.``,
``ThS.``, ``PGS.``), after a single capital initial (``Nguyễn V. A``), or where no space
follows (``TP.HCM``, ``2.10.2020``, ``20,89%``, ``giao...từ đó``).
"""
from __future__ import annotations

import re

from .offsets import stripped_spans

__all__ = ["sentence_spans"]

# abbreviations that end in a full stop and are followed by a capitalised word
_ABBREVIATIONS = {
    "tp", "tx", "tt", "q", "p", "h", "ths", "ts", "pgs", "gs", "bs", "ks", "ls", "nxb", "st", "tr", "mr", "ms",
    "dr", "th", "cn", "đ/c", "đc", "pgs.ts", "gs.ts", "ths.bs", "v.v", "vv",
}
# Linear time: a run of stops or closing marks is tried once, from its start (the lookbehinds);
# the word before a stop is looked for in a bounded window, not from the paragraph's start.
_BOUNDARY = re.compile(
    r"(?:(?<![.!?…])[.!?…]+(?:/\.)?|(?<![.!?…])/\.)[\"”’')\]»]*(?=\s+(?P<next>[\"“‘'(\[«\-–—]*\w)|\s*$)"
)
_WORD_BEFORE = re.compile(r"([\w/.]+)$")
_LONGEST_ABBREVIATION = 12


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the full stop at ``dot`` the end of an abbreviation or initial rather than a sentence?"""
    m = _WORD_BEFORE.search(text, max(0, dot - _LONGEST_ABBREVIATION - 1), dot)
    if m is None:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: Nguyễn V. A
    return word.lower().rstrip(".") in _ABBREVIATIONS


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the sentences in ``text[start:end]`` (one paragraph), surrounding spaces excluded.

    Parameters
    ----------
    text : str
        Text holding the paragraph (offsets are into it).
    start, end : int
        The paragraph's span.

    Examples
    --------
    >>> t = "Tại TP.HCM, ThS. Lê Văn A đạt 20,89%. Ngày 2-10-2020, hội nghị bế mạc./. Xong."
    >>> [t[a:b] for a, b in sentence_spans(t)]
    ['Tại TP.HCM, ThS. Lê Văn A đạt 20,89%.', 'Ngày 2-10-2020, hội nghị bế mạc./.', 'Xong.']
    """
    end = len(text) if end is None else end
    spans = []
    begin = start
    for m in _BOUNDARY.finditer(text, start, end):
        following = m["next"]
        if following is not None and not (following[-1].isupper() or following[-1].isdigit()):
            continue
        if m.group(0).startswith(".") and not m.group(0).startswith("..") and _is_abbreviation(text, m.start()):
            continue
        spans.append((begin, m.end()))
        begin = m.end()
    spans.append((begin, end))
    return stripped_spans(text, spans)
