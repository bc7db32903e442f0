"""The chain of titles written right before a person's name (``Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Đinh Tiến
Dũng``), read right to left by a :class:`.titles.TitleReader`."""
from __future__ import annotations

import bisect
import re
from functools import cache
from typing import TYPE_CHECKING

from ..data import read_table
from ..text.normalize import fold
from .spelling import is_vietnamese_syllable
from .title_words import group_noun, person_word_before, without_back_reference, without_trailing_bracket

if TYPE_CHECKING:
    from .titles import TitleReader

__all__ = ["chain_left"]

#: a dash right before the next head of a chain read from the right
_DASH_BEFORE_HEAD = re.compile(r"\s[-–]\s*$")


def chain_left(self: TitleReader, lo: int, name_start: int) -> list[tuple[int, int, bool]]:
    """Titles right before a name, read right to left: a head with only spaces before the title
    after it joins that title ("Trưởng Đoàn" + "ĐBQH tỉnh Quảng Nam"); a head followed by a
    separator (comma, ``kiêm``) starts a new title; ``và`` ends the chain (another person's title)."""
    end = name_start
    while end > lo and self.text[end - 1] == " ":
        end -= 1
    n, role = person_word_before(self.folded, end, self.lex)
    announced = bool(n) and role == "honorific"
    if announced:  # "Bí thư Tỉnh ủy, đồng chí Nguyễn Văn A"
        end -= n
        while end > lo and self.folded[end - 1] in " ,-–":
            end -= 1
    k = bisect.bisect_left(self.head_starts, lo)
    heads = [h for h in self.heads[k : bisect.bisect_left(self.head_starts, end)] if h[1] <= end]
    spans: list[list[int]] = []
    for a, b in reversed(heads):
        before = self.folded[max(0, a - 12) : a].split() if spans else []
        if before and (before[-1] in self.lex.plural or " ".join(before[-2:]) in self.lex.plural):
            break  # "Dù nhiều đại biểu đồng tình, Bộ trưởng X": a group's title further left is not X's
        a0 = a
        for m in self.lex.title_prefix.finditer(self.unglued, max(lo, a - 24), a):  # also Hà NộiCựu chủ tịch
            if m.end() == a and not self._cue_compound(m.start(), m.end()):
                a0 = m.start()
        if not spans:
            if not self._clean(b, end) or (not announced and _new_clause(self, b, end, name_start)):
                break
            if self.words.predicate_at(b, end) is not None or self.words.preposition_at(b, end) is not None \
                    or (b < end and self.words.verb_ends(b, end)):
                break  # Giám đốc bệnh viện gọi cho X; yêu cầu của Giám đốc cho X: X is not the holder
            end = without_back_reference(self.text, b, end)  # Thủ tướng nước này – bà X: Thủ tướng
            if self._whole_head(b) and b < end:  # Thiếu úy | quân nhân đầu tiên ... X: a rank's words are no body
                if "," in self.text[b:end] and self.text[b:end].split(",")[0].strip():
                    break  # NSƯT Việt Hà, ca sĩ X: the rank is of the words before the comma (not Thạc sĩ, bác sĩ X)
                end = b
            if group_noun(self.text, self.folded, a0, (a, b), end):
                break  # Các cán bộ sở ngành gồm ông A: the group's noun, not A's office
            syllable = _lone_syllable(self, b, end)
            if syllable is not None and _body_tail(self, syllable, name_start):
                break  # Phó tổng giám đốc Tân | Hoàng Minh: a body's name the article names whole, no person
            spans.append([a0, end if syllable is None else len(self.text[:syllable].rstrip())])
            continue
        if _levels()["national"].fullmatch(self.folded, a, b) and any(_levels()["local"].search(self.folded, c, d) for c, d in spans):
            break  # Phó Thủ tướng Chính phủ, Phó Chủ tịch UBND tỉnh A: two people, the first unnamed
        if _behalf_before(self, max(lo, a0 - 30), a):
            break  # Thay mặt Thủ tướng, Bộ trưởng X: the title of the one X acts for, not X's
        gap = self.folded[b : spans[-1][0]]
        # not "và": "Thủ tướng và Phó Thủ tướng X" names two people, the first unnamed
        sep = re.search(r"\s*(?:,|" + self.lex.cues["joiner"].pattern + r")\s*", gap)
        dash = _DASH_BEFORE_HEAD.search(gap) if sep is None else None
        if dash and self._clean(b, b + dash.start()):
            spans.append([a0, b + dash.start()])  # "Chủ tịch Hội Cựu chiến binh - Thiếu tướng A": two titles
            continue
        if sep is None:
            if not self._clean(b, spans[-1][0]):
                break
            if self.folded[a:b] in self.lex.ranks and (not gap.strip() or gap in "-–"):
                spans.append([a0, b])  # Trưởng lão Hòa thượng, Đại tá Giám đốc, Giáo sư-Tiến sĩ: a rank is a title of its own
                continue
            spans[-1][0] = a0
            continue
        if gap[sep.end() :].strip() or not self._clean(b, b + sep.start()):
            break
        spans.append([a0, b + sep.start()])
    out = []
    former = False
    for a, b in reversed(spans):
        former = former or self.lex.cues["former"].match(self.folded[a : a + 12]) is not None
        out.append((a, without_trailing_bracket(self.text, a, b), former))
    return out



def _lone_syllable(self: TitleReader, b: int, end: int) -> int | None:
    """Start of a capitalised Vietnamese syllable ending the words ``text[b:end]`` of a title right before a name, alone
    (the word before it is not capitalised), outside any body or place: the first syllable of the name or of a body's
    name the name is the rest of (``Phó chủ tịch FLC Hương | Trần Kiều Dung``), no part of the title; else None."""
    m = re.search(r" (\w+)$", self.text[b:end])
    if m is None:
        return None
    at, word = b + m.start(1), m.group(1)
    before = self.text[b : at].split()
    if not (word[:1].isupper() and word[1:].islower() and is_vietnamese_syllable(word)) \
            or (before and before[-1][:1].isupper() and is_vietnamese_syllable(before[-1]) and before[-1][1:].islower()) \
            or fold(word) in self.lex.words["short_body"]:
        return None
    for spans, starts in ((self.orgs, self.org_starts), (self.places, self.place_starts)):
        k = bisect.bisect_right(starts, at) - 1
        if k >= 0 and spans[k][1] > at:
            return None
    return at


def _body_tail(self: TitleReader, at: int, name_start: int) -> bool:
    """Is the syllable at ``at`` and the name at ``name_start`` after it the end of the name of a body the article names
    (``Tập đoàn Tân Hoàng Minh``)?"""
    k = bisect.bisect_left(self.person_starts, name_start)
    if k == len(self.people) or self.people[k][0] != name_start:
        return False
    tail = " " + fold(self.text[at : self.people[k][1]])
    return any(fold(self.text[c:d]).endswith(tail) for c, d in self.orgs)


def _new_clause(self: TitleReader, head_end: int, end: int, name_start: int) -> bool:
    """Is the name at ``name_start`` the subject of a clause of its own after a title, its body and a comma
    (``Thấy chỉ còn Trưởng phòng Kế hoạch, Nguyễn Văn A mở cửa``)? A comma, no honorific, and the name followed
    by a word, not by the punctuation of an apposition: the title is an unnamed officer's, not the name's."""
    if not self.text[head_end:end].endswith(","):
        return False
    k = bisect.bisect_left(self.person_starts, name_start)
    if k >= len(self.people) or self.people[k][0] != name_start:
        return False
    after = self.text[self.people[k][1] : self.people[k][1] + 3].lstrip(" ")
    return after[:1].isalpha() and after[:1].islower()


def _behalf_before(self: TitleReader, lo: int, head_start: int) -> bool:
    """Does a cue of acting for someone (``thay mặt``, ``thừa ủy quyền``; title cues ``behalf``) end right before the
    head at ``head_start`` (or its ``quyền`` read as acting)?"""
    return re.search(r"(?:" + self.lex.cues["behalf"].pattern + r")\s*$", self.folded[lo:head_start]) is not None


@cache
def _levels() -> dict[str, re.Pattern[str]]:
    """Heads of the central government (``national``) and words of a local government office (``local``), from
    ``data/title_levels.tsv``."""
    table = read_table("title_levels.tsv")
    return {kind: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(w)) for w in sorted(table["word"][table["kind"] == kind],
                                                                                         key=len, reverse=True)) + r")(?!\w)")
            for kind in ("national", "local")}
