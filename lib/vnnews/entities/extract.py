"""Finding PER, ORG and LOC mentions in one article, by the grammar of Vietnamese news.

Order matters, and follows how a reader resolves these names:

1. **organisations** the lexicon knows (``Bộ Chính trị``, ``Ban Tổ chức Trung ương``), then
   organisation heads with what completes them: a place (``Tỉnh ủy Hòa Bình``,
   ``UBND tỉnh Quảng Trị``) or a capitalised name that runs on over lower-case nouns
   (``Viện Khoa học tổ chức, cán bộ``, ``Ban Quản lý các khu công nghiệp Thái Nguyên``);
2. **places**: a unit word and a name (``huyện Lạc Sơn``, ``xóm Rài``: the name is the
   mention), and the gazetteer's provinces, countries and regions, inside organisation
   names too;
3. **persons**: capitalised runs starting with a Vietnamese surname (``Nguyễn Phi Long``,
   ``NGUYỄN TẤN``), what follows an honorific (``ông Cường``), author lines and photo credits.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..annotation.tokenisation import cached_tables
from ..corpus import Article
from ..text.normalize import fold
from .lexicon import HONORIFICS, SYLLABLE, Lexicon, lexicon

__all__ = ["Mention", "article_mentions"]

_BREAK_WORDS = {
    "của", "về", "và", "với", "tại", "ở", "trong", "trên", "cho", "theo", "đã", "đang", "sẽ", "là", "có", "được",
    "bị", "khi", "để", "thì", "mà", "nhưng", "cũng", "vừa", "phải", "cần", "không", "từ", "đến", "sau", "trước",
    "kiêm", "gồm", "nhằm", "qua", "do", "bởi", "như", "năm", "ngày", "tháng", "nhiệm", "kỳ", "khóa", "này", "đó",
    "giai đoạn", "thời kỳ", "nhiệm kỳ", "thời gian",
}
_NOUNISH = {"N", "Nc", "Np", "A", "L", "M", "Nu", "Ny", "Nb"}
_ADMIN_UNITS = {"tỉnh", "thành phố", "tp", "tp.", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường", "đặc khu"}
_PLACE_KINDS_BARE = {"province", "country", "region", "city"}
# outlet and company names written in camel case: VietNamNet, VnExpress, PetroVietnam
_CAMEL_CASE = re.compile(r"(?<![\w.])[A-Z][a-z]+(?:[A-Z][a-z]*)+(?![\w.])")


@dataclass(frozen=True)
class Mention:
    """One mention: ``label`` (PER, ORG, LOC), span, and the ``rule`` that found it."""

    label: str
    start: int
    end: int
    rule: str


class _Paragraph:
    """Syllables of one paragraph with their case and POS, for scanning name runs."""

    def __init__(self, text: str, folded: str, start: int, end: int, token_starts: list[int],
                 token_ends: list[int], token_pos: list[str], token_norm: list[str]) -> None:
        self.text, self.folded = text, folded
        self.syl = [(m.start(), m.end()) for m in SYLLABLE.finditer(text, start, end)]
        self.starts = [s for s, _ in self.syl]
        self._tok = (token_starts, token_ends, token_pos, token_norm)

    def index_at(self, offset: int) -> int | None:
        i = bisect.bisect_left(self.starts, offset)
        return i if i < len(self.syl) and self.syl[i][0] == offset else None

    def next_index(self, offset: int) -> int:
        """Index of the first syllable starting at or after ``offset`` (skipping spaces only)."""
        return bisect.bisect_left(self.starts, offset)

    def cap(self, i: int) -> bool:
        return self.text[self.syl[i][0]].isupper()

    def all_caps(self, i: int) -> bool:
        s, e = self.syl[i]
        return e - s > 1 and self.text[s:e].isupper()

    def joined(self, i: int) -> bool:
        """Is syllable ``i`` separated from syllable ``i - 1`` by spaces only?"""
        return i > 0 and self.text[self.syl[i - 1][1] : self.syl[i][0]].strip() == "" and \
            "\n" not in self.text[self.syl[i - 1][1] : self.syl[i][0]]

    def gap(self, i: int) -> str:
        return self.text[self.syl[i - 1][1] : self.syl[i][0]]

    def word(self, i: int) -> str:
        s, e = self.syl[i]
        return self.folded[s:e]

    def token(self, i: int) -> tuple[str, str]:
        """(POS, folded word) of the token holding syllable ``i``."""
        starts, ends, pos, norm = self._tok
        k = bisect.bisect_right(starts, self.syl[i][0]) - 1
        if k >= 0 and ends[k] > self.syl[i][0]:
            return pos[k], norm[k]
        return "", self.word(i)


def _place_prefix(p: _Paragraph, i: int, lex: Lexicon, kinds: set[str] | None = None, longest: int = 5) -> int:
    """Length (in syllables) of the longest gazetteer place starting at syllable ``i``, or 0."""
    if not p.cap(i) or p.word(i) not in lex.place_first_words:
        return 0
    best = 0
    words = []
    for k in range(i, min(len(p.syl), i + longest)):
        if k > i and not p.joined(k):
            break
        words.append(p.word(k))
        key = " ".join(words)
        kind = lex.places.get(key)
        # every word capitalised, except where the name itself is written lower-case ("Duyên hải miền Trung")
        case = lex.place_case.get(key, (True,) * len(words))
        if kind and (kinds is None or kind in kinds) and p.cap(i) and all(
                p.cap(j) or not case[j - i] for j in range(i, k + 1)):
            best = k - i + 1
    return best


def _person_start(p: _Paragraph, i: int, lex: Lexicon) -> bool:
    """Does a person's name (surname + given name, capitalised) start at syllable ``i``?"""
    return p.cap(i) and p.word(i) in lex.surnames and i + 1 < len(p.syl) and p.joined(i + 1) and p.cap(i + 1)


def _name_run(p: _Paragraph, i: int, lex: Lexicon, limit: int = 4) -> int:
    """Length of a capitalised place or body name starting at ``i`` (gazetteer first, else up to a person)."""
    if i >= len(p.syl) or not p.cap(i):
        return 0
    known = _place_prefix(p, i, lex)
    if known:
        return known
    n = 1
    while i + n < len(p.syl) and n < limit and p.joined(i + n) and p.cap(i + n) and not _person_start(p, i + n, lex):
        n += 1
    return n


def _organisations(p: _Paragraph, lex: Lexicon, found: list[Mention]) -> None:
    lo, hi = (p.syl[0][0], p.syl[-1][1]) if p.syl else (0, 0)
    pos = lo
    while (m := lex.known_org.search(p.folded, pos, hi)) is not None:
        if p.text[m.start()].isupper() or _after_title_word(p, m.start()):
            found.append(Mention("ORG", m.start(), m.end(), "known organisation"))
            pos = m.end()
        else:  # "Tổng thanh tra Chính phủ": look for a name inside the rejected one
            pos = m.start() + 1
    for m in _CAMEL_CASE.finditer(p.text, lo, hi):
        found.append(Mention("ORG", m.start(), m.end(), "camel-case name"))
    known = [(x.start, x.end) for x in found if x.label == "ORG"]
    for m in lex.org_head.finditer(p.folded, lo, hi):
        a, b = m.span()
        if any(s <= a < e for s, e in known):
            continue
        head = m.group(0)
        if not p.text[a].isupper() and not _after_title_word(p, a):
            continue
        i = p.next_index(b)
        if i >= len(p.syl) or not p.joined(i) or p.folded.startswith("thường trực", p.syl[i][0]):
            continue  # "Phó trưởng ban Thường trực": a title qualifier, not a name
        end = None
        rule = ""
        if head in lex.place_heads:
            unit = lex.unit_word.match(p.folded, p.syl[i][0])
            j = p.next_index(unit.end()) if unit else i
            if unit and unit.group(0).rstrip(".") not in _ADMIN_UNITS:
                unit, j = None, i
            if j < len(p.syl) and (unit is None or p.joined(j)):
                n = _name_run(p, j, lex) if unit else _place_prefix(p, j, lex, {"province", "district", "ward", "city"})
                if n:
                    end, rule = p.syl[j + n - 1][1], "organisation of a place"
                    found.append(Mention("LOC", p.syl[j][0], end, "place in an organisation name"))
        if end is None and head in lex.named_heads:
            end = _named_continuation(p, i, lex)
            rule = "organisation name"
        if end is not None and end > b:
            found.append(Mention("ORG", a, end, rule))
    _join_nested_bodies(p, lex, found)


def _after_title_word(p: _Paragraph, offset: int) -> bool:
    """A lower-case body name right after a title word shares it: "Trưởng ban Tổ chức Trung ương"."""
    return re.search(r"trưởng\s+$", p.folded[max(0, offset - 12) : offset]) is not None


def _join_nested_bodies(p: _Paragraph, lex: Lexicon, found: list[Mention]) -> None:
    """A body named after the body it belongs to is one name: "Ủy ban Kiểm tra" + "Tỉnh ủy Thái Nguyên",
    "Ban Công tác đại biểu" + "Quốc hội"."""
    orgs = sorted((m for m in found if m.label == "ORG"), key=lambda m: m.start)
    starts = {m.start: m for m in orgs}
    heads = [(m.start(), m.end()) for m in lex.org_head.finditer(p.folded, p.syl[0][0], p.syl[-1][1])
             if p.text[m.start()].isupper()]
    firsts = [(m.start, m.end) for m in orgs] + heads
    for a, b in firsts:
        k = b
        while k < len(p.text) and p.text[k] == " ":
            k += 1
        follower = starts.get(k)
        if follower is not None and k - b == 1:
            found.append(Mention("ORG", a, follower.end, "body of a body"))


def _named_continuation(p: _Paragraph, i: int, lex: Lexicon) -> int | None:
    """End of an organisation name whose specific part starts at syllable ``i`` (after the head)."""
    lowercase_phrase = False
    if not p.cap(i) and p.token(i)[1] in lex.org_inner_verbs and p.word(i - 1) == "ban" if i else False:
        lowercase_phrase = True  # "Ban quản lý các dự án ...", "Ban chỉ đạo ..."
    elif not p.cap(i):
        # "Đảng ủy các khu công nghiệp Thái Nguyên": a lower-case noun phrase ending in a place
        k = i
        while k < len(p.syl) and k - i < 7 and p.joined(k) and not p.cap(k) and p.token(k)[0] in _NOUNISH | {"V"}:
            k += 1
        if k == i or k >= len(p.syl) or not p.joined(k) or not _place_prefix(p, k, lex):
            return None
        lowercase_phrase = True
    k = i
    last = i
    while k < len(p.syl):
        if k > i and not p.joined(k):
            if p.gap(k).strip() == "," and _comma_continues(p, k, lex):
                last = k
                k += 1
                continue
            break
        word = p.word(k)
        if p.cap(k):
            place = _place_prefix(p, k, lex)
            if k > i and place:
                last = k + place - 1
                k += place
                continue
            if k > i and _person_start(p, k, lex):
                break
        else:
            pos, token_word = p.token(k)
            if word in _BREAK_WORDS or token_word in _BREAK_WORDS:
                break
            if pos not in _NOUNISH and token_word not in lex.org_inner_verbs and not lowercase_phrase:
                break
        last = k
        k += 1
    # a name does not end on a function word ("các")
    while last > i and p.word(last) in {"các", "những", "và"}:
        last -= 1
    return p.syl[last][1]


def _comma_continues(p: _Paragraph, k: int, lex: Lexicon) -> bool:
    """``Viện Khoa học tổ chức, cán bộ``: one or two lower-case nouns after a comma close the name."""
    pos, word = p.token(k)
    if p.cap(k) or pos != "N" or word in _BREAK_WORDS or lex.unit_word.match(p.folded, p.syl[k][0]):
        return False
    n = len(word.split())
    after = k + n
    if after >= len(p.syl) or not p.joined(after):
        return True
    next_pos, _ = p.token(after)
    return next_pos not in _NOUNISH or p.cap(after)


def _places(p: _Paragraph, lex: Lexicon, found: list[Mention]) -> None:
    lo, hi = (p.syl[0][0], p.syl[-1][1]) if p.syl else (0, 0)
    for m in lex.unit_word.finditer(p.folded, lo, hi):
        j = p.next_index(m.end())
        if j < len(p.syl) and p.joined(j) and p.cap(j) and not p.all_caps(j):
            n = _name_run(p, j, lex)
            found.append(Mention("LOC", p.syl[j][0], p.syl[j + n - 1][1], "unit word and name"))
    taken = [(x.start, x.end) for x in found if x.label == "LOC"]
    i = 0
    while i < len(p.syl):
        n = _place_prefix(p, i, lex, _PLACE_KINDS_BARE)
        if n and not any(s <= p.syl[i][0] < e for s, e in taken):
            if not _inside_person_name(p, i, lex):
                found.append(Mention("LOC", p.syl[i][0], p.syl[i + n - 1][1], "gazetteer"))
            i += n
            continue
        n = _place_prefix(p, i, lex, {"district", "ward"})
        if n >= 2 and _bare_local_place(p, i, n, lex, found):
            found.append(Mention("LOC", p.syl[i][0], p.syl[i + n - 1][1], "gazetteer (district or ward)"))
            i += n
            continue
        i += 1
    # regions written with lower-case words ("miền Trung", "châu Á")
    for m in re.finditer(r"(?<!\w)(?:miền|châu)\s+[^\W\d_]+", p.folded[lo:hi]):
        a, b = lo + m.start(), lo + m.end()
        if p.text[b - len(m.group(0).split()[-1])].isupper() and lex.places.get(" ".join(m.group(0).split())):
            if not any(x.label == "LOC" and x.start <= a < x.end for x in found):
                found.append(Mention("LOC", a, b, "gazetteer"))


def _inside_person_name(p: _Paragraph, i: int, lex: Lexicon) -> bool:
    """Is syllable ``i`` a given name ("Anh", "Đức") inside a name that starts with a surname?"""
    k = i
    while k > 0 and p.joined(k) and p.cap(k - 1) and i - k < 3:
        k -= 1
        if p.word(k) in lex.surnames:
            return True
    return False


def _bare_local_place(p: _Paragraph, i: int, n: int, lex: Lexicon, found: list[Mention]) -> bool:
    """A district or ward name without its unit word counts when it stands alone: the whole
    capitalised run, not a person's name, not right after a body or title word."""
    start, end = p.syl[i][0], p.syl[i + n - 1][1]
    if any(m.start < end and start < m.end for m in found):
        return False
    if p.word(i) in lex.surnames or (i > 0 and p.joined(i) and p.cap(i - 1)):
        return False
    if i + n < len(p.syl) and p.joined(i + n) and p.cap(i + n):
        return False
    before = p.folded[max(0, start - 25) : start]
    return not (lex.title_head.search(before + " ") or lex.org_head.search(before[-12:]))


def _persons(p: _Paragraph, lex: Lexicon, found: list[Mention]) -> None:
    claimed = [(x.start, x.end) for x in found if x.label in ("ORG", "LOC")]

    def free(i: int) -> bool:
        s = p.syl[i][0]
        return not any(a <= s < b for a, b in claimed)

    i = 0
    while i < len(p.syl):
        if free(i) and p.cap(i) and p.word(i) in lex.surnames:
            k = i + 1
            while (k < len(p.syl) and k - i < 4 and p.joined(k) and p.cap(k) and free(k)
                   and p.all_caps(k) == p.all_caps(i)):
                k += 1
            if k - i >= 2 and fold(p.text[p.syl[i][0] : p.syl[k - 1][1]]) not in lex.places:
                found.append(Mention("PER", p.syl[i][0], p.syl[k - 1][1], "surname and given name"))
                i = k
                continue
        i += 1
    # what follows an honorific: ông Cường, bà Merkel
    for m in re.finditer(r"(?<!\w)(?:" + "|".join(HONORIFICS) + r")\s+", p.folded[p.syl[0][0] : p.syl[-1][1]] if p.syl else ""):
        j = p.next_index(p.syl[0][0] + m.end())
        if j >= len(p.syl) or not p.joined(j) or not p.cap(j) or not free(j):
            continue
        if any(x.label == "PER" and x.start <= p.syl[j][0] < x.end for x in found):
            continue
        k = j + 1
        while k < len(p.syl) and k - j < 3 and p.joined(k) and p.cap(k) and free(k):
            k += 1
        if lex.org_head.fullmatch(p.word(j)) or lex.title_head.match(p.folded, p.syl[j][0]):
            continue
        found.append(Mention("PER", p.syl[j][0], p.syl[k - 1][1], "after an honorific"))


_INITIALS = re.compile(r"[A-ZĐ](?:\.[A-ZĐ])+\.?")


def _credits_and_bylines(article: Article, found: list[Mention], lex: Lexicon) -> None:
    taken = [(x.start, x.end) for x in found]
    for part in article.parts:
        names: list[tuple[int, int]] = []
        if part.kind == "byline":
            names.extend(part.names)
        elif part.kind == "credit":
            colon = article.text.find(":", part.start, part.end)
            if colon < 0:
                continue
            a = colon + 1
            while a < part.end and article.text[a].isspace():
                a += 1
            b = part.end
            while b > a and article.text[b - 1] in " .)":
                b -= 1
            who = article.text[a:b]
            if _INITIALS.fullmatch(who) or (who.split() and fold(who.split()[0]) in lex.surnames and len(who.split()) <= 4):
                names.append((a, b))
        for a, b in names:
            if not any(s < b and a < e for s, e in taken):
                found.append(Mention("PER", a, b, part.kind))


def article_mentions(article: Article) -> list[Mention]:
    """PER, ORG and LOC mentions of one article, sorted by position (may overlap: a LOC inside an ORG).

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nBí thư Tỉnh ủy Hòa Bình Nguyễn Phi Long thăm xã Tuân Đạo.", doc_id="x")
    >>> [(m.label, a.text[m.start:m.end]) for m in article_mentions(a)]
    [('ORG', 'Tỉnh ủy Hòa Bình'), ('LOC', 'Hòa Bình'), ('PER', 'Nguyễn Phi Long'), ('LOC', 'Tuân Đạo')]
    """
    lex = lexicon()
    text = article.text
    folded = fold(text)
    tokens = cached_tables(article)["tokens"]
    token_cols = (tokens["start"].tolist(), tokens["end"].tolist(), tokens["pos"].tolist(), tokens["norm"].tolist())
    found: list[Mention] = []
    for para in article.paragraphs:
        p = _Paragraph(text, folded, para.start, para.end, *token_cols)
        if not p.syl:
            continue
        local: list[Mention] = []
        _organisations(p, lex, local)
        local = _outermost(local)
        _places(p, lex, local)
        _persons(p, lex, local)
        found.extend(local)
    _credits_and_bylines(article, found, lex)
    unique = {(m.label, m.start, m.end): m for m in reversed(found)}  # one row per span and label: the first rule
    return sorted(unique.values(), key=lambda m: (m.start, -m.end, m.label))


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions of one label (nested ORGs are optional in the gold)."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if any(k.label == m.label and k.start < m.end and m.start < k.end for k in kept):
            continue
        kept.append(m)
    return kept
