"""What a regex match must contain, read from the pattern, to skip text it cannot match in.

A rule that opens with a lookbehind and optional words (``(?<!\\w)(?:từ\\s+)?tháng\\s+...``) is tried
by ``re`` at every position of the text, though most lines of an article hold none of the words the
rule needs (``tháng``). :func:`line_gate` reads once, from the parsed pattern, a set of strings one of
which every match contains (the longest run of literal characters the pattern always matches, or
the alternatives of a group it always matches, or a digit), as a small pattern that ``re`` scans
fast (it opens with literal characters); a line where that is not found holds no match of the rule,
so scanning it can be skipped and the matches are the same. A pattern this reading does not cover
(case-insensitive, or nothing it always matches) has no gate.
"""
from __future__ import annotations

import re
from functools import cache

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

__all__ = ["line_gate"]

_DIGIT = r"\d"
_GROUPS = tuple(getattr(_c, name) for name in ("SUBPATTERN", "ATOMIC_GROUP") if hasattr(_c, name))
_REPEATS = tuple(getattr(_c, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_c, name))

Need = frozenset[str]  # regex pieces (escaped strings, or \d): a match holds one of them


def _score(need: Need) -> tuple[int, int]:
    """How few lines a requirement lets through, roughly: its shortest string, then fewer alternatives."""
    return min(1 if piece == _DIGIT else len(re.sub(r"\\(.)", r"\1", piece)) for piece in need), -len(need)


def _starts(items) -> frozenset[str] | None:
    """The literal strings one of which every match of a sequence of parsed items starts with (its run of
    literal characters, continued into a group or alternation right after it: ``t(?:háng|iếng)`` starts with
    ``tháng`` or ``tiếng``), or None when it may start otherwise."""
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        inner = None
        if op is _c.SUBPATTERN and not av[1] & (_c.SRE_FLAG_IGNORECASE | _c.SRE_FLAG_LOCALE):
            inner = _starts(av[-1])
        elif op is _c.BRANCH:
            branches = [_starts(branch) for branch in av[1]]
            inner = frozenset().union(*branches) if all(branches) else None  # type: ignore[arg-type]
        if inner:
            return frozenset("".join(run) + tail for tail in inner)
        break
    return frozenset(["".join(run)]) if run else None


def _need(items) -> Need | None:
    """The best requirement of a sequence of parsed items: one of its mandatory items' (runs of literal
    characters joined, continued into the group after them), or None."""
    best: Need | None = None
    run: list[str] = []

    def consider(need: Need | None) -> None:
        nonlocal best
        if need and (best is None or _score(need) > _score(best)):
            best = need

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider(frozenset([re.escape("".join(run))]))
            if op is _c.SUBPATTERN or op is _c.BRANCH:  # a word list written as a trie: its words whole
                continued = _starts([(op, av)])
                consider(frozenset(re.escape("".join(run) + tail) for tail in continued) if continued else None)
            run = []
        if op is _c.IN:
            if all(kind is _c.LITERAL for kind, _ in av):
                consider(frozenset(re.escape(chr(value)) for _, value in av))
            elif av == [(_c.CATEGORY, _c.CATEGORY_DIGIT)]:
                consider(frozenset([_DIGIT]))
        elif op in _GROUPS:
            if op is _c.SUBPATTERN and av[1] & (_c.SRE_FLAG_IGNORECASE | _c.SRE_FLAG_LOCALE):
                raise ValueError("case-insensitive group")
            consider(_need(av[-1]))
        elif op in _REPEATS and av[0] >= 1:
            consider(_need(av[2]))
        elif op is _c.BRANCH:
            branches = [_need(branch) for branch in av[1]]
            if all(branches):
                consider(frozenset().union(*branches))  # type: ignore[arg-type]
        # lookarounds, anchors, optional items and anything else: no requirement (and they end a run of literals)
    if run:
        consider(frozenset([re.escape("".join(run))]))
    return best


@cache
def line_gate(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern found in every stretch of text where ``pattern`` matches (see the module docs), or None.

    Examples
    --------
    >>> line_gate(re.compile(r"(?<!\\w)(?:từ\\s+)?tháng\\s+(?P<m>\\d{1,2})")).pattern
    'tháng'
    >>> line_gate(re.compile(r"(?<!\\w)(?:quý|tháng)\\s+\\d")).pattern
    '(?:tháng|quý)'
    >>> line_gate(re.compile(r"(?i)tháng")) is None, line_gate(re.compile(r"\\s*")) is None
    (True, True)
    """
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.LOCALE):
        return None
    try:
        need = _need(_parser.parse(pattern.pattern, pattern.flags))
    except (re.error, ValueError, TypeError, AttributeError):
        return None
    if not need:
        return None
    pieces = sorted(need, key=lambda piece: (-len(piece), piece))
    return re.compile(pieces[0] if len(pieces) == 1 else "(?:" + "|".join(pieces) + ")")
