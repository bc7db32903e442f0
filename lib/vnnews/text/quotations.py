"""Whether a position of a text is inside a direct quotation, by the quotation marks of its paragraph, or in a turn
of a dialogue written with dashes (``- Con ngủ chưa? - Chiều nay các cháu chơi nhiều``)."""
from __future__ import annotations

import re

__all__ = ["in_dialogue", "in_quotation"]

#: a dash that opens a turn of a dialogue: after the end of a sentence, on the same line
_TURN = re.compile(r"[.!?…][^\S\n]+[-–—][^\S\n]+(?=\S)")
#: opening and closing marks of a quotation; a straight ``"`` both opens and closes
_PAIRS = (("“", "”"), ("«", "»"))


def in_quotation(text: str, at: int) -> bool:
    """Whether ``text[at]`` is inside a quotation opened earlier in its paragraph and not yet closed.

    Examples
    --------
    >>> t = 'Ông A nói: “Hôm nay chúng ta họp”. Hôm nay trời mưa.'
    >>> in_quotation(t, t.index("Hôm")), in_quotation(t, t.rindex("Hôm"))
    (True, False)
    >>> in_quotation('Bà B: "hôm nay", rồi đi', 8)
    True
    """
    paragraph = text.rfind("\n", 0, at) + 1
    before = text[paragraph:at]
    return before.count('"') % 2 == 1 or any(before.count(o) > before.count(c) for o, c in _PAIRS)


def in_dialogue(text: str, at: int) -> bool:
    """Whether ``text[at]`` is in a turn of a dialogue written with dashes: a dash after the end of a sentence opens a
    turn earlier in its paragraph (``- Con ngủ chưa anh? - Chiều nay tụi nhỏ chơi nhiều``), as a line of a story, not
    the news's own words.

    Examples
    --------
    >>> t = "- Con ngủ chưa anh? - Chiều nay tụi nhỏ chơi nhiều.\\nChiều nay, tỉnh họp - bàn về lũ."
    >>> in_dialogue(t, t.index("Chiều")), in_dialogue(t, t.rindex("Chiều"))
    (True, False)
    """
    paragraph = text.rfind("\n", 0, at) + 1
    return _TURN.search(text, paragraph, at + 1) is not None
