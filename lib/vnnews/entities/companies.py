"""Parts of a company's name: the words of its legal form, and the owner's name written after it.

>>> from vnnews import article_from_text
>>> from vnnews.entities.extract import paragraph_syllables
>>> from vnnews.entities.lexicon import lexicon
>>> a = article_from_text("Tiêu đề\\n\\nChủ tịch tập đoàn Tân Hoàng Minh Đỗ Anh Dũng bị bắt.", doc_id="x")
>>> s = paragraph_syllables(a)[-1]
>>> k = s.word.index("hoàng")
>>> s.word[owner_inside(s, lexicon(), k, 4)]
'đỗ'
"""
from __future__ import annotations

from .lexicon import Vocabulary
from .shapes import person_at
from .syllables import Syllables

__all__ = ["only_legal_forms", "owner_inside"]


def owner_inside(s: Syllables, lex: Vocabulary, k: int, n_person: int) -> int | None:
    """The syllable where a person's name starts inside the capitalised words from ``k`` that look like one
    name (``n_person`` syllables from ``k`` read as a person), when that person's name runs to their end
    (Tân | Hoàng Minh | Đỗ Anh Dũng): the words before it are the body's name. None when there is none."""
    end = k + 1
    while end < s.n and s.joined[end] and s.cap[end] and end - k < 8:
        end += 1
    for p in range(k + 1, min(k + n_person, end)):
        n = person_at(s, p, lex)
        if n >= 3 and p + n == end:
            return p
    return None


def only_legal_forms(s: Syllables, lex: Vocabulary, j: int, k: int) -> bool:
    """Are the syllables from ``j`` to ``k`` (excluded) only words of a legal form (cổ phần, TNHH)?"""
    while j < k:
        n, _ = s.match(j, lex.legal_forms)
        if not n:
            return False
        j += n
    return j == k
