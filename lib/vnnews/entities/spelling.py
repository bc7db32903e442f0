"""Vietnamese spelling: is a written word shaped like a Vietnamese syllable, does it carry a
Vietnamese letter or tone mark. (Orthography, not a word list: the shapes of the writing system.)"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["could_be_initials", "has_vietnamese_letter", "is_vietnamese_syllable"]

_VIETNAMESE_LETTERS = set("ăâđêôơưĂÂĐÊÔƠƯ")
_TONES = "\u0300\u0301\u0303\u0309\u0323"
# onset, vowel nucleus (with glides), coda: the shape of every syllable of Vietnamese spelling
_SHAPE = re.compile(r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?"
                    r"(?:[aăâeêioôơuưy]{1,3})(?:ng|nh|ch|[cmnpt])?")
# the letters a syllable can begin with: an onset's first letter or a vowel (never f, j, w, z)
_FIRST_LETTERS = frozenset("bcdđghklmnpqrstvx" "aăâeêioôơuưy")


def _base(text: str) -> str:
    """Lower case without tone marks (vowel letters keep their shape: ă, â, ê, ô, ơ, ư)."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", text.lower()) if c not in _TONES))


@lru_cache(maxsize=65536)
def is_vietnamese_syllable(word: str) -> bool:
    """Is ``word`` spelled as a Vietnamese syllable (onset, vowels, coda)?

    Examples
    --------
    >>> [is_vietnamese_syllable(w) for w in ("Nguyễn", "Quách", "Nina", "Merkel", "VTV")]
    [True, True, False, False, False]
    """
    return _SHAPE.fullmatch(_base(word)) is not None


def has_vietnamese_letter(text: str) -> bool:
    return any(c in _VIETNAMESE_LETTERS or any(m in _TONES for m in unicodedata.normalize("NFD", c)) for c in text)




def could_be_initials(word: str) -> bool:
    """Could ``word`` (capitals, maybe with dots) be the initials of a Vietnamese name: does every
    letter begin some Vietnamese syllable?

    Examples
    --------
    >>> could_be_initials("H.T.P"), could_be_initials("QT"), could_be_initials("VFF")
    (True, True, False)
    """
    return all(_base(c) in _FIRST_LETTERS for c in word if c.isalpha())
