"""The vocabulary of the entity grammar, read from the package data files and compiled once.

All patterns run on :func:`vnnews.text.normalize.fold` text (lower case, modern tone marks),
whose offsets are those of the original text; capitalisation is checked on the original.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..data import read_table
from ..text.normalize import fold
from .gazetteer import UNIT_WORDS, place_kinds

__all__ = ["Lexicon", "lexicon", "HONORIFICS", "SYLLABLE"]

#: one written syllable (letters only)
SYLLABLE = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*")
#: words that address or refer to a person before the name
HONORIFICS = ("đồng chí", "ông", "bà", "anh", "chị", "cụ", "ngài", "em", "cô", "thầy")
# words inside organisation names that the POS tagger calls verbs
_ORG_INNER_VERBS = {
    "quản lý", "đầu tư", "xây dựng", "phát triển", "nghiên cứu", "đào tạo", "kiểm tra", "giám sát", "bảo vệ",
    "phòng", "chống", "phòng chống", "chỉ đạo", "điều hành", "thi hành", "bảo hiểm", "truyền thông", "vận tải",
    "thương mại", "sản xuất", "kinh doanh", "xúc tiến", "hợp tác", "đối ngoại", "tổ chức", "tuyên giáo", "dân vận",
}


def _name_pattern(name: str) -> str:
    """A pattern for an organisation name on folded text; "và", commas and spaces around hyphens
    are optional, as writers drop or swap them (``Bộ Tài nguyên Môi trường``)."""
    out, previous = "", ""
    for word in fold(name).replace(",", " , ").replace("-", " - ").split():
        if word == ",":
            out += r"\s*,?"
        elif word == "và":
            out += r"(?:\s+và)?"
        elif word == "-":
            out += r"\s*-"
        else:
            out += ("" if not out else r"\s*" if previous == "-" else r"\s+") + re.escape(word)
        previous = word
    return out


def _alternation(names: list[str]) -> str:
    return "|".join(_name_pattern(n) for n in sorted(set(names), key=len, reverse=True))


@dataclass(frozen=True)
class Lexicon:
    """Compiled vocabulary (see module docs)."""

    known_org: re.Pattern[str]
    org_head: re.Pattern[str]
    place_heads: frozenset[str]
    named_heads: frozenset[str]
    title_head: re.Pattern[str]
    unit_word: re.Pattern[str]
    places: dict[str, str]
    surnames: frozenset[str]
    org_inner_verbs: frozenset[str]
    place_case: dict[str, tuple[bool, ...]]
    place_first_words: frozenset[str]


@cache
def lexicon() -> Lexicon:
    """The compiled vocabulary (built on first use)."""
    orgs = read_table("organisations.tsv")
    heads = read_table("organisation_heads.tsv")
    titles = read_table("titles.tsv")
    surnames = read_table("surnames.tsv")
    known = {fold(n): n for n in orgs["name"]}
    title_heads = [fold(h) for h in titles["head"]]
    return Lexicon(
        known_org=re.compile(r"(?<!\w)(?:" + _alternation(list(known)) + r")(?!\w)"),
        org_head=re.compile(r"(?<!\w)(?:" + "|".join(_name_pattern(h) for h in sorted(heads["head"], key=len, reverse=True))
                            + r")(?!\w)"),
        place_heads=frozenset(fold(h) for h, p in zip(heads["head"], heads["place"]) if p == "yes"),
        named_heads=frozenset(fold(h) for h, n in zip(heads["head"], heads["named"]) if n == "yes"),
        title_head=re.compile(r"(?<!\w)(?:nguyên\s+|cựu\s+)?(?:" + "|".join(re.escape(h) for h in sorted(title_heads, key=len, reverse=True))
                              + r"|uv\s*bct|uvtw|uv\s*tw|tbt|ctn|ctqh|pttg|ttg|pct|ct|pbt|bt|đbqh)(?!\w)"),
        unit_word=re.compile(r"(?<!\w)(?:" + "|".join(re.escape(u) for u in sorted(UNIT_WORDS, key=len, reverse=True)) + r")(?=\s)"),
        places=place_kinds(),
        surnames=frozenset(fold(s) for s in surnames["surname"]),
        org_inner_verbs=frozenset(_ORG_INNER_VERBS),
        place_case={fold(n): tuple(w[0].isupper() for w in n.split()) for n in read_table("places.tsv")["name"]},
        place_first_words=frozenset(name.split()[0] for name in place_kinds()),
    )
