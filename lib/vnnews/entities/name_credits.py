"""Photo and video credits run into the text (``Ảnh: QT``, ``(Ảnh: H.T.P)``, ``Ảnh Trà Hương``, ``Ảnh: VGP/Nhật Bắc``):
the credited names are persons; an outlet's acronym, a body or a common word opening a caption is no one."""
from __future__ import annotations

import re

from .lexicon import Vocabulary
from .names import SENTENCE_START
from .shapes import dated_opener_at, person_at
from .spans import Claims, Mention
from .spelling import could_be_initials
from .syllables import Syllables

__all__ = ["credits"]


def credits(s: Syllables, lex: Vocabulary, claims: Claims) -> list[Mention]:
    """Photo and video credits run into the text: ``Ảnh: QT``, ``(Ảnh: H.T.P)``, ``Ảnh Trà Hương``,
    ``Ảnh: VGP/Nhật Bắc`` (the acronym is an outlet, not a person)."""
    found = []
    for i in range(s.n):
        n, role = s.match(i, lex.person_words)
        if role != "credit" or not s.cap[i] or not SENTENCE_START.search(s.text[max(0, s.start(i) - 3) : s.start(i)]):
            continue
        k = i + n
        colon = re.match(r"\s*:\s*", s.text[s.end(k - 1) :]) if k - 1 >= 0 else None
        while k < s.n:
            if k >= s.n or not s.cap[k] or claims.taken(k):
                break
            gap = s.gap(k)
            if "\n" in gap or (not colon and not s.joined[k]) or (colon and gap.strip() not in (":", "", "/")):
                break
            m = _credit_name(s, k, lex, bool(colon))
            if not m:
                break
            slashed = s.gap(k).strip() == "/" or (k + 1 < s.n and s.gap(k + 1).strip() == "/")
            if not (m == 1 and s.upper[k] and slashed):  # Ảnh: AA/TTXVN, VGP/Nhật Bắc, Nhật Bắc/VGP: capitals
                mention = Mention("PER", s.start(k), s.end(k + m - 1), "credit")  # joined by a slash: the agency
                found.append(mention)
                claims.add(mention)
            k += m
            if k < s.n and s.gap(k).strip() in ("/", "-", "–") and s.cap[k]:
                continue
            break
    return found


def _credit_name(s: Syllables, k: int, lex: Vocabulary, after_colon: bool) -> int:
    """Length of the name of a credit at ``k``: capitals (``SONG MAI``, ``QT``, ``H.T.P``), or the
    capitalised words the tagger reads as one proper name (``Trà Hương``)."""
    if s.upper[k] or "." in s.word[k]:
        n = 1
        while k + n < s.n and n < 4 and s.joined[k + n] and s.upper[k + n] and s.viet[k + n]:
            n += 1
        word = s.word[k]
        if n == 1 and (word in lex.known_acronyms or len(word.replace(".", "")) > 3 and not s.viet[k]
                       or word in lex.acronyms and not (2 <= len(word) <= 3) or word in lex.common_acronyms):
            return 0
        if n == 1 and not could_be_initials(s.text[s.start(k) : s.end(k)]):
            return 0  # VFF: no Vietnamese syllable begins with an f, so these are no one's initials
        return n
    if not s.viet[k] or s.match(k, lex.org_heads)[0] or _opens_common_word(s, k):
        return 0  # Ảnh: Tư liệu, Ảnh: Cộng tác viên: a common word written with a capital, no one's name
    n = 1
    token = s.token[k]
    while k + n < s.n and n < 4 and s.joined[k + n] and s.cap[k + n] and s.viet[k + n] and not dated_opener_at(s, k + n, lex) and \
            (s.token[k + n] == token or (after_colon and s.pos(k + n) == "Np")) \
            and not _honorific_of_name(s, k + n, lex):  # Ảnh: Vĩnh Quân | Bà Trần Thị A phát biểu (not Ảnh: Vân Anh)
        n += 1
    if n < 2 and not after_colon:
        return 0
    if n == 1 and k + 1 < s.n and s.joined[k + 1] and (s.upper[k + 1] or not s.cap[k + 1]):
        return 0  # Ảnh: Cổng TTĐT tỉnh, Clip: Vòi rồng: a common noun opening a body's name or a caption, no one's name
    if not s.token_ends_here(k + n - 1) and k + n < s.n and not s.viet[k + n]:
        return 0  # Ảnh: The Yomiuri Shimbun: a foreign outlet's name, no one's
    if n >= 3 and lex.places.get(" ".join(s.word[k + n - 2 : k + n])) == "province":
        return 0  # Ảnh: Beat Hưng Yên: a page named with its province, no one's name
    return n


def _opens_common_word(s: Syllables, k: int) -> bool:
    """Does a word of the tagger start at syllable ``k`` with a capital and go on in lower case (``Tư liệu``,
    ``Cộng tác viên``)? Then it is a common word opening a sentence or a credit, not a name."""
    return s.token_starts_here(k) and not s.token_ends_here(k) and k + 1 < s.n and s.joined[k + 1] and not s.cap[k + 1]


def _honorific_of_name(s: Syllables, k: int, lex: Vocabulary) -> bool:
    """Does an honorific at ``k`` announce a full name right after it (``Bà | Trần Thị Mai``)? ``Anh`` ending a name
    (``Vân Anh``) announces none."""
    n, role = s.match(k, lex.person_words)
    return role == "honorific" and k + n < s.n and s.joined[k + n] and person_at(s, k + n, lex) >= 2
