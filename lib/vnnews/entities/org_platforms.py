"""Social networks and messaging apps named by their company's name: the platform, no body.

The news writes ``đăng lên Facebook``, ``tài khoản Zalo``, ``các trang Facebook``, ``kênh YouTube``: the platform
people post on, not the company that runs it. The company is meant only when a word of a business or of its people
comes right before the name (``công ty Facebook``, ``đại diện TikTok``), or when the name goes on into a body's name
(``TikTok Việt Nam``, read as a longer name).
"""
from __future__ import annotations

from .lexicon import Vocabulary
from .syllables import Syllables

__all__ = ["platform_here"]


def platform_here(s: Syllables, lex: Vocabulary, i: int, end: int) -> bool:
    """Is the known body read from syllable ``i`` to ``end`` a platform here: one word the lexicon lists as a platform
    (``platform`` of entity_words.tsv), with no word of its company right before it (``platform_owner``)?

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.entities.extract import paragraph_syllables
    >>> from vnnews.entities.lexicon import lexicon
    >>> a = article_from_text("Tiêu đề\\n\\nAnh đăng lên Facebook, còn đại diện Facebook từ chối.", doc_id="x")
    >>> s = paragraph_syllables(a)[-1]
    >>> [platform_here(s, lexicon(), i, s.end(i)) for i in range(s.n) if s.word[i] == "facebook"]
    [True, False]
    """
    if s.end(i) != end or s.word[i] not in lex.words["platform"]:
        return False
    owners = lex.words["platform_owner"]
    for n in (1, 2, 3):
        if i - n < 0 or not all(s.joined[k] for k in range(i - n + 1, i + 1)):
            break
        if " ".join(s.word[i - n : i]) in owners:
            return False
    return True
