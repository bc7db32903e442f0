"""Names after a kinship noun: a relative named by the name (``chồng Văn Minh``, ``bạn trai Đức Phúc``).

A name written right after a noun of kinship (``vợ``, ``chồng``, ``con gái``, ``bạn trai``, ``ông xã``) is the
relative's name, even when its letters are a ward's or a district's (``Đức Phúc``, ``Bảo Lộc``), and the ``xã`` of
``ông xã`` (husband) is no commune. A province, a city or a country after a kinship noun is where the relative is
from (``chồng Hàn Quốc``, ``con gái Hà Nội``) and stays a place. ``con`` alone (also a classifier) is no kinship
noun here.
"""
from __future__ import annotations

from functools import cache

from .lexicon import Phrases, lexicon
from .syllables import Syllables

__all__ = ["kin_before", "kin_word_ends_unit", "PLACES_OF_ORIGIN"]

#: gazetteer kinds that, after a kinship noun, say where the relative is from
PLACES_OF_ORIGIN = frozenset({"province", "country", "region", "city"})


@cache
def _kin() -> Phrases[str]:
    return Phrases.of((w, "kinship") for w in lexicon().words["kinship"] if w != "con")


def kin_before(s: Syllables, i: int) -> int:
    """Syllables of a kinship noun written right before syllable ``i`` (0 if none)."""
    n = s.match_before(i, _kin())[0]
    return n if n and s.token_starts_here(i - n) else 0


def kin_word_ends_unit(s: Syllables, i: int, n_unit: int) -> bool:
    """Does the unit word at ``i`` end a kinship noun (``ông xã``, ``bà xã``: husband, wife)?"""
    return i > 0 and s.joined[i] and any(
        tuple(s.word[k : i + n_unit]) in _kin().entries and all(s.joined[j] for j in range(k + 1, i + 1))
        for k in range(max(0, i - 2), i))
