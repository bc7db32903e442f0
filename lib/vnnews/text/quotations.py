"""Whether a position of a text is inside a direct quotation, by the quotation marks of its paragraph."""
from __future__ import annotations

__all__ = ["in_quotation"]

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
