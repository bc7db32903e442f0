"""Where the body of a title ends after its name: a place after it (``Chủ tịch UBMTTQVN | tỉnh Đồng Tháp``,
``Giám đốc Sở Y tế, | tỉnh Thái Nguyên``), the body above it in brackets (``Cục trưởng Báo chí (Bộ Thông tin và
Truyền thông)``) or after a comma or ``của`` that closes the apposition (``Phó ban Chính sách pháp luật, Tổng Liên
đoàn Lao động Việt Nam, đồng tình``). A part of :class:`.titles.TitleReader`, which holds the spans read here.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from .lexicon import Vocabulary
from .title_words import admin_unit

__all__ = ["BodyEnds"]

#: a bracket at the end of a title holding more than an acronym: the body the title is held in
_OPENING_BRACKET = re.compile(r" ?\(")
#: between a title and the body above it: a comma or "của"
_TO_PARENT = re.compile(r"(?:,|[^\S\n]+của(?!\w))[^\S\n]*")
#: what closes an apposition after a body: a separator, a closing bracket or the end of the sentence
_APPOSITION_END = re.compile(r"[^\S\n]*(?:[,;)]|[.!?]?[^\S\n]*(?:\n|$))")


class BodyEnds:
    """The ends of a title's body (mixed into :class:`.titles.TitleReader`)."""

    text: str
    folded: str
    lex: Vocabulary
    orgs: list[tuple[int, int]]
    org_starts: list[int]
    places: list[tuple[int, int]]
    place_starts: list[int]
    _words_end: Callable[[int, int], int]

    def _parent_after_comma(self, end: int, limit: int) -> int:
        """End of a title followed by the body above its own after a comma or ``của``, where the body closes the
        apposition (``Phó ban Chính sách pháp luật, Tổng Liên đoàn Lao động Việt Nam, đồng tình``; ``(…, Bộ Ngoại
        giao)``; ``Ủy ban Xã hội của Quốc hội,``); else ``end``."""
        joint = _TO_PARENT.match(self.text, end, limit)
        if joint is None:
            return end
        k = bisect.bisect_left(self.org_starts, joint.end())
        if k < len(self.orgs) and self.orgs[k][0] == joint.end() and self.orgs[k][1] <= limit \
                and _APPOSITION_END.match(self.text[self.orgs[k][1] : limit]):
            return self.orgs[k][1]
        return end


    def _body_in_brackets(self, end: int, limit: int) -> int:
        """End of a title followed by the body above it in brackets, the brackets' whole content
        (``Cục trưởng Báo chí (Bộ Thông tin và Truyền thông)``); else ``end``."""
        opening = _OPENING_BRACKET.match(self.text, end)
        if opening is None:
            return end
        k = bisect.bisect_left(self.org_starts, opening.end())
        if k < len(self.orgs) and self.orgs[k][0] == opening.end() and self.text[self.orgs[k][1] : self.orgs[k][1] + 1] == ")" \
                and self.orgs[k][1] < limit and not self.text[slice(*self.orgs[k])].isupper():
            return self.orgs[k][1] + 1
        return end

    def _place_after_body(self, end: int, limit: int) -> int:
        """End of a title whose body ends at ``end``, with the place written after the body: an
        administrative unit and its name (``Chủ tịch UBMTTQVN tỉnh Đồng Tháp``), or a province after a
        comma (``Giám đốc Sở Y tế, tỉnh Thái Nguyên``)."""
        unit = re.match(r"\s*,?\s*", self.folded[end:limit])
        at = end + unit.end() if unit else end
        word = admin_unit().match(self.folded, at) if at > end else None
        if word:
            k = bisect.bisect_left(self.place_starts, at)
            if k < len(self.places) and self.places[k][1] <= limit and (
                    self.places[k][0] == at or (self.places[k][0] >= word.end() and not self.text[word.end() : self.places[k][0]].strip())):
                return self.places[k][1]  # tỉnh Đồng Tháp; TP.HCM, a place with its unit word
            if "," in self.folded[end:at] and self.lex.province_unit.match(self.folded, at):
                return self._words_end(at, limit)
            after = self.text[word.end() : word.end() + 2].lstrip()
            if self.text[end:at] == " " and self.text[at].islower() and word.end() <= limit and not after[:1].isupper() \
                    and not after[:1].isdigit():
                return word.end()  # Giám đốc Sở Y tế tỉnh | ký: the province of the article
        return end
