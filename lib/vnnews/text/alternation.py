"""Regex alternations of word lists (titles, cue words, units, time words) written as a character trie.

A list of words as ``a|b|c``, longest first, makes the regex engine try every word at every position of
a text; the same words as a trie (``ch(?:ủ\\s+tịch|ánh\\s+văn\\s+phòng)|...``) try only the words that begin
with the text's next letters. Both match the same text: the words that match at one position are each a
prefix of the next, and the trie tries the longer first (it goes deeper before it stops), as the
longest-first list does. When two letters of one branching differ only by case (a pattern used with
``re.IGNORECASE`` could take either), the list is written longest first instead.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

__all__ = ["first_letter_dispatch", "words_alternation"]

_END = ""


def _plus_spaces(word: str) -> str:
    return r"\s+"


def words_alternation(words: Iterable[str], *, space: Callable[[str], str] = _plus_spaces) -> str:
    """A regex matching any of ``words`` (the longest where several do), a space of a word matching the
    pattern ``space(word)`` gives (default any run of white space); ``(?!)`` for no words.

    Examples
    --------
    >>> pattern = re.compile(r"(?<!\\w)(?:" + words_alternation(["phó chủ tịch", "chủ tịch", "phó"]) + r")(?!\\w)")
    >>> [m.group() for m in pattern.finditer("Phó chủ tịch xã, phó  chủ tịch tỉnh và chủ tịch".lower())]
    ['phó chủ tịch', 'phó  chủ tịch', 'chủ tịch']
    >>> words_alternation(["tỉnh", "tỉnh ủy", "thành phố"])
    't(?:hành\\\\s+phố|ỉnh(?:\\\\s+ủy)?)'
    """
    forms = {" ".join(w.split()) for w in words} - {""}
    if not forms:
        return "(?!)"
    root: dict = {}
    for form in forms:
        node = root
        for char in form:
            node = node.setdefault(("space", space(form)) if char == " " else char, {})
        node[_END] = {}
    if _case_variants(root):
        return "|".join(re.escape(f).replace(r"\ ", space(f)) for f in sorted(forms, key=lambda f: (-len(f), f)))
    return _branches(root)


def _case_variants(node: dict) -> bool:
    """Do two letters branching from one node of the trie differ only by case (anywhere in it)?"""
    letters = [edge for edge in node if isinstance(edge, str) and edge]
    return len({e.lower() for e in letters}) < len(letters) or any(_case_variants(child) for child in node.values())


def _branches(node: dict) -> str:
    """The pattern of a node of the trie: its edges, optional when a word ends there (the regex then tries
    the longer words first)."""
    edges = sorted((edge for edge in node if edge != _END), key=lambda e: (isinstance(e, tuple), str(e)))
    parts = [(edge[1] if isinstance(edge, tuple) else re.escape(edge)) + _branches(node[edge]) for edge in edges]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return "(?:" + body + ")?" if _END in node else body


def first_letter_dispatch(alternatives: list[str]) -> str:
    """The regex alternation of ``alternatives`` (patterns, tried in this order) grouped by the letter a
    match opens with: ``(?=b)(?:...)|(?=c)(?:...)``, each group the alternatives that may open with that
    letter, in their order, so the engine tries at a position only those. The same matches as
    ``"|".join(alternatives)``; that, when an alternative may open otherwise than with one of a few
    letters (a class, a case-insensitive group).

    Examples
    --------
    >>> pattern = first_letter_dispatch([r"(?:ban|bcđ)\\s+tổ\\s+chức", r"cục\\s+thuế", r"bộ\\s+y\\s+tế"])
    >>> pattern
    '(?=b)(?:(?:ban|bcđ)\\\\s+tổ\\\\s+chức|bộ\\\\s+y\\\\s+tế)|(?=c)(?:cục\\\\s+thuế)'
    >>> re.fullmatch(pattern, "bcđ tổ chức") is not None
    True
    """
    letters: dict[str, list[str]] = {}
    for alternative in alternatives:
        try:
            opening = _openings(_parser.parse(alternative))
        except (re.error, ValueError, TypeError, AttributeError):
            opening = None
        if not opening:
            return "|".join(alternatives) or "(?!)"
        for letter in sorted(opening):
            letters.setdefault(letter, []).append(alternative)
    return "|".join(f"(?={re.escape(letter)})(?:{'|'.join(group)})" for letter, group in sorted(letters.items())) or "(?!)"


def _openings(items) -> frozenset[str] | None:
    """The characters a match of parsed items may open with, or None when that is not a few literal letters."""
    for op, av in items:
        if op is _c.LITERAL:
            return frozenset([chr(av)])
        if op is _c.SUBPATTERN:
            if av[1] & (_c.SRE_FLAG_IGNORECASE | _c.SRE_FLAG_LOCALE) or av[2]:
                return None
            return _openings(av[-1])
        if op is _c.BRANCH:
            branches = [_openings(branch) for branch in av[1]]
            return frozenset().union(*branches) if all(branches) else None  # type: ignore[arg-type]
        return None
    return None
