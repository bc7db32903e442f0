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

import re

from ..text.normalize import fold
from .lexicon import Vocabulary
from .org_heads import HeadReader
from .shapes import person_at, place_at
from .spans import Mention
from .syllables import Syllables

__all__ = ["business_line_then_name", "corporate_words_after", "holder_after_title", "only_legal_forms", "owner_inside"]

#: an English word in title case after a space
_ENGLISH_WORD = re.compile(r" ([A-Z][a-z]+)(?!\w)")


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


def business_line_then_name(s: Syllables, lex: Vocabulary, k: int, heads: HeadReader) -> int | None:
    """Syllable of the proper name that ends a company's name after lower-case words of its line of
    business from ``k`` (Công ty TNHH Thương mại dịch vụ may mặc | Thiên Ân), or None: at most four
    lower-case syllables, no word that ends a name, then a capitalised word that opens no place, person,
    body or title."""
    m = k
    while m < s.n and m - k < 4 and s.joined[m] and not s.cap[m] and not s.match(m, lex.name_stops)[0]:
        m += 1
    if m == k or m >= s.n or not s.joined[m] or not s.cap[m] or s.sentence_start[m]:
        return None
    begun = k >= 2 and s.cap[k - 1] and s.viet[k - 1] and not s.upper[k - 1] and not s.cap[k - 2]
    if (place_at(s, m, lex) and not begun) or person_at(s, m, lex) or heads.head_at(m)[1] is not None or m in heads.known \
            or lex.title_head.match(s.folded, s.start(m)):
        return None  # a place after a line of business begun with a capital is the company's name: Lọc hóa dầu | Bình Sơn
    return m


def holder_after_title(s: Syllables, lex: Vocabulary, head: int, end: int) -> bool:
    """Is the full name ending before syllable ``end``, right after a company head at syllable ``head``, the holder of a
    title written right before the head, the name ending there (``Giám đốc Công ty | Nguyễn Văn A phát biểu``)?"""
    titled = head > 0 and lex.title_head_before.search(s.folded, max(0, s.start(head) - 40), s.start(head)) is not None
    return titled and (end >= s.n or not s.joined[end] or not s.cap[end])


def corporate_words_after(text: str, mentions: list[Mention], lex: Vocabulary) -> list[Mention]:
    """The ORG ``mentions`` run on over the English words of a company's form or line of business written right after
    the name (``VTC | Online``, ``Công ty TNHH X | Production``), where no other mention begins.

    Examples
    --------
    >>> from vnnews.entities.lexicon import lexicon
    >>> text = "Cựu chủ tịch VTC Online Trần An"
    >>> [text[m.start : m.end] for m in corporate_words_after(text, [Mention("ORG", 13, 16, "acronym")], lexicon())]
    ['VTC Online']
    """
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        end = m.end
        while m.label == "ORG" and (w := _ENGLISH_WORD.match(text, end)) is not None and w.start(1) not in starts \
                and fold(w.group(1)) in lex.words["corporate_suffix"]:
            end = w.end()
        out.append(m if end == m.end else Mention(m.label, m.start, end, m.rule))
    return out
