"""Social networks and messaging apps named by their company's name: the platform, no body.

The news writes ``đăng lên Facebook``, ``tài khoản Zalo``, ``các trang Facebook``, ``kênh YouTube``: the platform
people post on, not the company that runs it. The company is meant only when a word of a business or of its people
comes right before the name (``công ty Facebook``, ``đại diện TikTok``), when it is listed with a company that runs no
platform (``Google, Facebook ...``), or when the name goes on into a body's name (``TikTok Việt Nam``, a longer name).
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
    return not any(_company_listed(s, lex, k) for k in _list_neighbours(s, i))


def _list_neighbours(s: Syllables, i: int) -> list[int]:
    """The syllables of the names listed right before and after the one-word name at ``i`` (``Google, | Facebook``,
    ``Facebook | và Google``)."""
    out = []
    if i > 0 and s.gap(i).strip() == ",":
        out.append(i - 1)
    elif i > 1 and s.joined[i] and s.word[i - 1] == "và" and s.joined[i - 1]:
        out.append(i - 2)
    k = i + 1
    if k < s.n and s.gap(k).strip() == ",":
        out.append(k)
    elif k + 1 < s.n and s.joined[k] and s.word[k] == "và" and s.joined[k + 1]:
        out.append(k + 1)
    return out


def _company_listed(s: Syllables, lex: Vocabulary, k: int) -> bool:
    """Is the one-word name at ``k`` a company the lexicon knows that runs no platform (``Google, Facebook ...``: a
    list of companies, the platform's name among them names its company)?"""
    return s.cap[k] and s.word[k] not in lex.words["platform"] and lex.known_org.fullmatch(s.folded, s.start(k), s.end(k)) is not None
