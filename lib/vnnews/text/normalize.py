"""Normalised views of Vietnamese text that keep the way back to the original.

Vietnamese news text arrives with two tone-mark orthographies (``hoà``/``hòa``,
``uỷ``/``ủy``, ``khoá``/``khóa``), composed or decomposed Unicode, no-break and
zero-width spaces, curly quotes and half a dozen dash characters. :func:`normalize`
gives one canonical view and an offset map back to the text it was made from;
:func:`fold` gives a same-length view for matching that needs no map at all.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Literal

from ..options import check_option
from .offsets import AlignedText, rewrite

__all__ = ["to_nfc", "modern_tone_marks", "remove_invisible", "clean_characters", "collapse_whitespace", "normalize", "fold"]

ToneStyle = Literal["modern", "keep"]

# ---------------------------------------------------------------------------- NFC

_COMBINING_RUN = re.compile(r"(?s).[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def to_nfc(text: str) -> AlignedText:
    """Compose ``text`` to Unicode NFC, keeping the alignment.

    Each base character with the combining marks after it is composed on its own, so
    offsets stay exact around every other character.

    Examples
    --------
    >>> import unicodedata
    >>> v = to_nfc(unicodedata.normalize("NFD", "Việt Nam"))
    >>> v.text, len(v.source), v.to_source(1, 3)
    ('Việt Nam', 10, (1, 5))
    """
    if unicodedata.is_normalized("NFC", text):
        return AlignedText.identity(text)
    view = rewrite(text, _COMBINING_RUN, lambda m: unicodedata.normalize("NFC", m.group(0)), step="nfc")
    if not unicodedata.is_normalized("NFC", view.text):
        # singletons and compatibility-free recompositions outside combining runs (rare)
        view = view.then(rewrite(view.text, re.compile(r"(?s)."), lambda m: unicodedata.normalize("NFC", m.group(0)), step="nfc"))
    return view


# ---------------------------------------------------------------------------- tone marks
# Old ("classic") orthography puts the tone on the second vowel of an open syllable ending
# in oa, oe or uy (hoà, khoẻ, thuỷ); the modern rule puts it on the first (hòa, khỏe, thủy).
# Syllables with a final consonant or vowel (hoàn, ngoài, khuỳnh) are the same in both, and
# "qu" + y is a consonant + vowel (quý), not the uy glide.
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_OLD_PAIR = re.compile(r"(?i)(?<!q)(?:o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?![^\W\d_])")
#: the same pairs in lower-case text, opening with their first letter (``re`` then skips to an ``o`` or a ``u``)
_OLD_PAIR_LOWER = re.compile(r"(?:o(?<!qo)[àáảãạèéẻẽẹ]|u(?<!qu)[ỳýỷỹỵ])(?![^\W\d_])")


def _move_tone(m: re.Match[str]) -> str:
    first, second = m.group(0)
    base, *marks = unicodedata.normalize("NFD", second)
    tone = "".join(c for c in marks if c in _TONE_MARKS)
    return unicodedata.normalize("NFC", first + tone) + base


def modern_tone_marks(text: str) -> AlignedText:
    """Rewrite old-style tone placement to the modern one (``hoà`` → ``hòa``, ``uỷ`` → ``ủy``).

    Length-preserving: every character maps to itself. Case is kept (``HOÀ`` → ``HÒA``).

    Examples
    --------
    >>> modern_tone_marks("Bí thư Tỉnh uỷ, khoá XII, hoà bình, quý, hoàn").text
    'Bí thư Tỉnh ủy, khóa XII, hòa bình, quý, hoàn'
    """
    return rewrite(text, _OLD_PAIR, _move_tone, step="tone_marks")


# ---------------------------------------------------------------------------- invisible characters
# zero-width spaces and joiners, direction marks, word joiner and invisible operators, BOM as ZWNBSP
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
_INVISIBLE_RUN = re.compile("[" + _INVISIBLE + "]+")


def _invisible(m: re.Match[str]) -> str:
    text, a, b = m.string, m.start(), m.end()
    before, after = (text[a - 1] if a else ""), (text[b] if b < len(text) else "")
    # where Vietnamese writes a space: between a letter and a number, or a lower-case letter and a capital
    glued = ((before.isalpha() and after.isdigit()) or (before.isdigit() and after.isalpha())
             or (before.islower() and after.isupper()))
    return " " if glued else ""


def remove_invisible(text: str) -> AlignedText:
    """Remove invisible format characters (zero-width space U+200B, word joiner U+2060, a
    byte-order mark U+FEFF inside the text, direction marks), keeping the alignment.

    They hide inside words (``Ng\u200buyễn``) and between words where a space belongs
    (``Sáng\u20601/7``): one between a letter and a digit, or between a lower-case letter and a
    capital, becomes a space; elsewhere it is dropped.

    Examples
    --------
    >>> v = remove_invisible("Sáng\u20601/7, ông Ng\u200buyễn Văn\u200bA")
    >>> v.text, v.to_source(0, 8)
    ('Sáng 1/7, ông Nguyễn Văn A', (0, 8))
    """
    return rewrite(text, _INVISIBLE_RUN, _invisible, step="invisible")


# ---------------------------------------------------------------------------- characters
_CHAR_MAP = {
    **dict.fromkeys("\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000\t", " "),
    **dict.fromkeys(_INVISIBLE + "\u00ad", ""),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033", '"'),
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'"),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    **dict.fromkeys("\u2028\u2029\u0085", "\n"),
}
_CHAR_PATTERN = re.compile("[" + re.escape("".join(_CHAR_MAP)) + "]")


def clean_characters(text: str) -> AlignedText:
    """Replace no-break and other special spaces with a space, drop zero-width characters and
    soft hyphens, straighten curly quotes and turn every dash variant into ``-``.

    Examples
    --------
    >>> clean_characters("“Đổi mới”\u200b – 1986").text
    '"Đổi mới" - 1986'
    """
    return rewrite(text, _CHAR_PATTERN, lambda m: _CHAR_MAP[m.group(0)], step="characters")


_WHITESPACE = re.compile(r"^\s+|\s+$|[ \t]*\n[ \t\n]*|[ \t]{2,}")


def _collapse(m: re.Match[str]) -> str:
    s = m.group(0)
    if m.start() == 0 or m.end() == len(m.string):
        return ""
    if "\n" in s:
        return "\n\n" if s.count("\n") > 1 else "\n"
    return " "


def collapse_whitespace(text: str) -> AlignedText:
    """Collapse runs of spaces to one, trim spaces around line breaks, keep at most one blank
    line between paragraphs and trim the ends.

    Examples
    --------
    >>> collapse_whitespace("  Sáng 1/7,   hội nghị \\n\\n\\n khai mạc ").text
    'Sáng 1/7, hội nghị\\n\\nkhai mạc'
    """
    return rewrite(text, _WHITESPACE, _collapse, step="whitespace")


def normalize(
    text: str,
    *,
    tone_marks: ToneStyle = "modern",
    characters: bool = True,
    whitespace: bool = True,
    abbreviations: bool = False,
) -> AlignedText:
    """One canonical view of Vietnamese text, with an offset map back to ``text``.

    Steps, in order: Unicode NFC; tone-mark orthography; invisible characters and other special
    characters (spaces, zero-width, quotes, dashes); whitespace; optionally abbreviation expansion.

    Parameters
    ----------
    text : str
        Any text (raw file text, an article's text, a sentence).
    tone_marks : {"modern", "keep"}
        ``"modern"`` writes ``ủy, hòa, khóa``; ``"keep"`` leaves tone placement as written.
    characters : bool
        Clean spaces, zero-width characters, quotes and dashes.
    whitespace : bool
        Collapse whitespace.
    abbreviations : bool
        Expand political and administrative abbreviations (see
        :func:`vnnews.text.abbreviations.expand_abbreviations`).

    Returns
    -------
    AlignedText
        ``.text`` is the normalised string; ``.to_source`` / ``.from_source`` map spans;
        ``.edits_frame()`` lists what changed.

    Examples
    --------
    >>> v = normalize("Bí thư Tỉnh uỷ\u00a0 Đào Hồng Lan")
    >>> v.text
    'Bí thư Tỉnh ủy Đào Hồng Lan'
    >>> v.to_source(15, 27)
    (16, 28)
    """
    check_option("tone_marks", tone_marks, ("modern", "keep"))
    view = to_nfc(text)
    steps = []
    if tone_marks == "modern":
        steps.append(modern_tone_marks)
    if characters:
        steps += [remove_invisible, clean_characters]
    if whitespace:
        steps.append(collapse_whitespace)
    if abbreviations:
        from .abbreviations import expand_abbreviations

        steps.append(expand_abbreviations)
    for step in steps:
        later = step(view.text)
        if later.edits:
            view = view.then(later)
    return view


def fold(text: str) -> str:
    """Lower-case, modern-tone view of ``text`` with exactly the same length and offsets.

    For matching patterns without caring about case or tone placement: a match at
    ``[i, j)`` of ``fold(text)`` is the span ``[i, j)`` of ``text``.

    Examples
    --------
    >>> fold("Bí thư Tỉnh Uỷ")
    'bí thư tỉnh ủy'
    """
    memo = _FOLDED_WORDS if len(text) <= _WORD_CHARS else _FOLDED_TEXTS
    folded = memo.get(text)
    if folded is not None:
        return folded
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters (e.g. "İ") lower-case to two
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    folded = _OLD_PAIR_LOWER.sub(_move_tone, lowered)
    if len(text) <= _TEXT_CHARS:
        if len(memo) >= (_MEMO_WORDS if memo is _FOLDED_WORDS else _MEMO_TEXTS):
            memo.clear()
        memo[text] = folded
    return folded


# fold is asked again and again for the same words (tokens, triggers, names) and for the text of the
# article being annotated (every extractor folds it): both remembered, in bounded memos
_WORD_CHARS = 40
_MEMO_WORDS = 100_000
_MEMO_TEXTS = 8
_TEXT_CHARS = 1_000_000
_FOLDED_WORDS: dict[str, str] = {}
_FOLDED_TEXTS: dict[str, str] = {}

