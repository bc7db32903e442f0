"""Who the subject of a title in narrative is, when it is not the name written before the title.

A name after a kinship noun names a relative's relative (``bố Bình``, ``vợ của ông A``); a plural group or a
personal pronoun between a name and ``là`` (``A cùng 7 người là ...``, ``... tôi còn chưa giữ chức ...``) is the
subject; so is a pronoun opening a clause after the name (``..., thư ký của Chánh án A, ông được bổ nhiệm giữ
chức ...``: ``ông`` is the person named before with that pronoun).
"""
from __future__ import annotations

import bisect
import re
from functools import cache

from ..text.dates import time_words
from .lexicon import lexicon
from .titles import TitleReader

__all__ = ["after_kinship_noun", "in_brackets", "kin_of_name_before", "kinship", "other_subject", "pronoun_before", "pronoun_subject",
           "while_clause_subject"]


def after_kinship_noun(reader: TitleReader, start: int) -> bool:
    """Is the name at ``start`` written after a kinship noun (``bố Bình``, ``vợ của ông A``)? Then the
    noun phrase names the relative, and what is said of it is not said of the named person."""
    return kinship().search(reader.folded, max(0, start - 40), start) is not None


def kin_of_name_before(reader: TitleReader, lo: int, at: int) -> bool:
    """Does a kinship noun and a capitalised name the grammar did not take as a person end right before ``at`` (``vì bố
    Bình là ...``)? Then the relative is the subject there, not the person named before."""
    m = _kin_and_name().search(reader.folded, max(lo, at - 40), at)
    return m is not None and all(word[:1].isupper() for word in reader.text[m.start(1) : m.end(1)].split())


@cache
def _kin_and_name() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + lexicon().alternation("kinship") + r")\s+(?:của\s+)?([^\W\d]+(?:\s+[^\W\d]+){0,2})\s+$")


@cache
def kinship() -> re.Pattern[str]:
    """A kinship noun (and ``của`` and a word of address) ending right where the pattern is searched up to."""
    lex = lexicon()
    return re.compile(r"(?<!\w)(?:" + lex.alternation("kinship") + r")\s+(?:của\s+)?(?:(?:"
                      + lex.alternation("honorific") + r")\s+)?$")


def in_brackets(folded: str, lo: int, offset: int) -> bool:
    """Is ``offset`` inside a bracket opened after ``lo`` (``Tuấn (bạn Âu)``: Âu)?"""
    before = folded[lo:offset]
    return before.count("(") > before.count(")")


@cache
def other_subject() -> re.Pattern[str]:
    """A subject other than the name before it: a number or a plural word before a noun of people (``7
    người``, ``các bị cáo``, ``hai phó giám đốc``), or a personal pronoun (``tôi``, ``họ``)."""
    lex = lexicon()
    numbers = [w for w, v in time_words("number").items() if v.isdigit()]
    nouns = lex.alternation("group") + "|" + lex.alternation("person_role") + "|" + lex.alternation("honorific")
    return re.compile(r"(?<!\w)(?:(?:\d+|" + lex.alternation("plural") + "|" + "|".join(map(re.escape, numbers))
                      + r")\s+(?:" + nouns + "|" + lex.title_head.pattern + r")|" + lex.alternation("speaker") + r")(?!\w)")


def pronoun_subject(reader: TitleReader, lo: int, hi: int) -> str:
    """A personal pronoun (``ông``, ``bà``) opening a clause between ``lo`` and ``hi``, after a comma and before a
    word in lower case (``A, ông được điều động ...``): the subject of what follows, not the name before it. Returns
    the pronoun, or ``""``."""
    for m in _PRONOUN_CLAUSE.finditer(reader.folded, lo, hi):
        if m.group(1) in reader.lex.words["pronoun"] and reader.text[m.end() : m.end() + 1].islower():
            return m.group(1)
    return ""


#: a clause opened by a word of address after a comma (folded text)
_PRONOUN_CLAUSE = re.compile(r"[,;]\s*(\w+)\s+")


def pronoun_before(reader: TitleReader, start: int) -> str:
    """The pronoun written right before a name (ông, bà): the gender a later pronoun carries."""
    m = reader.lex.pronoun_before.search(reader.folded[max(0, start - 12) : start])
    return m.group(1) if m else ""


def while_clause_subject(reader: TitleReader, starts: list[int], name_end: int, chain_start: int) -> int | None:
    """The subject of a clause of time whose chain of titles ends with a name (``Khi đang là Chánh văn phòng, Thư ký
    Chánh án A, ông được điều động ...``: ``while`` cues before the chain at ``chain_start``, the name ending at
    ``name_end``, a comma and a pronoun opening the main clause): the index, in ``starts`` (people's starts), of the last
    person named before with that pronoun, ``-1`` when none; ``None`` when the chain is the name's."""
    folded = reader.folded
    if re.search(r"(?:" + reader.lex.cues["while"].pattern + r")\s*$", folded[max(0, chain_start - 30) : chain_start]) is None:
        return None
    m = re.match(r"\s*,\s*[^\W\d]+\s+(?=[^\W\d])", folded[name_end : name_end + 20])
    if m is None or not reader.text[name_end + m.end()].islower():
        return None
    pronoun = pronoun_before(reader, name_end + m.end())
    if not pronoun:
        return None
    k = bisect.bisect_left(starts, chain_start) - 1
    named = re.compile(r"(?<!\w)" + re.escape(pronoun) + r"\s+$")  # Ông A, at the opening of a sentence too
    return next((j for j in range(k, max(-1, k - 30), -1) if named.search(folded, max(0, starts[j] - 8), starts[j])), -1)
