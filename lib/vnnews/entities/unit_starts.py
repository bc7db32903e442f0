"""Where a unit word (``cầu``, ``bản``, ``đường``) opens a place, by the words around it: the segmenter may join it to
the verb before (``cấm cầu`` Hoàng Văn Thụ: still the bridge) or to a noun (``thợ hồ``, the mason; ``trưởng bản``, the
head of a village: no place), and a unit word that ends a title before a person's name is the title's."""
from __future__ import annotations

from functools import cache

from ..annotation.models import pos_tags
from .lexicon import Vocabulary, segmenter_dictionary
from .shapes import person_at, place_at
from .syllables import Syllables

__all__ = ["ends_title", "word_starts_here"]


def ends_title(s: Syllables, i: int, n_unit: int, lex: Vocabulary) -> bool:
    """Is the unit word at ``i`` the last word of a title (``Trưởng bản`` Lò Văn Minh, ``trưởng thôn``) and a person's
    name after it? Then the name is the holder's (not after ``trưởng bản Nà Lạn``: the village)."""
    k = i + n_unit
    if i == 0 or not s.joined[i] or k >= s.n or not s.joined[k] or not person_at(s, k, lex) or place_at(s, k, lex):
        return False
    end = s.end(i + n_unit - 1)
    return any(m.end() == end for m in lex.title_head.finditer(s.folded, s.start(i - 1) if i < 2 else s.start(i - 2), end))


def word_starts_here(s: Syllables, i: int, n_unit: int) -> bool:
    """Does the unit word of ``n_unit`` syllables at ``i`` start a word: the segmenter's token starts here, or the
    segmenter joined it to the verb before in a run that is no word of its dictionary (``cấm cầu`` Hoàng Văn Thụ; not
    ``yêu cầu``, ``nhu cầu``, ``gia đình``, nor a noun before it: ``trưởng bản``, ``thợ hồ``), or to a capitalised word
    mid-sentence (chùa Tổ ``xã`` Hà Mãn)?"""
    if s.token_starts_here(i):
        return True
    if not (s.token_ends_here(i + n_unit - 1) and not s.cap[i]) or s.token_word(i) in segmenter_dictionary():
        return False
    before = s.token_word(i).rsplit(" ", n_unit)[0]
    if " " not in before and s.cap[i - 1] and not s.sentence_start[i - 1]:
        return True  # chùa Tổ | xã Hà Mãn: a capitalised word mid-sentence ends a name, the unit word opens the next
    k = i - 1 - before.count(" ")  # the syllable before the token: củ | cải đường is one word (củ cải đường)
    wider = k > 0 and s.joined[k] and f"{s.word[k - 1]} {s.token_word(i)}" in segmenter_dictionary()
    return " " not in before and _verb_alone(before) and not wider


@cache
def _verb_alone(word: str) -> bool:
    """Is ``word`` tagged a verb when it stands alone?"""
    return pos_tags([word]) == ["V"]
