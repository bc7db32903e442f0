"""Title chains: which titles an article gives each person.

Vietnamese news names office-holders with chains of titles, each a title head and the
body it is held in, joined by commas or ``kiêm``:

- before the name: ``Ủy viên dự khuyết Trung ương Đảng, Bí thư Tỉnh ủy Đào Hồng Lan``;
- after it: ``Đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, ..., Trưởng Ban Tổ chức
  Trung ương chủ trì`` (the chain ends at the clause: ``chủ trì``);
- after ``giữ chức``/``với cương vị`` in a sentence about the person
  (``Trong thời gian giữ chức Tỉnh ủy viên, Bí thư Đảng ủy ..., ông Cường ...``).

Titles are written out in full in modern spelling (``CT HĐND tỉnh`` → ``Chủ tịch Hội đồng
nhân dân tỉnh``); ``nguyên``/``cựu`` (former) is recorded as a flag.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..corpus import Article
from ..text.abbreviations import expand_abbreviations
from ..text.normalize import fold, normalize
from .extract import Mention
from .lexicon import HONORIFICS, lexicon

__all__ = ["TitleSpan", "normalize_title", "title_chains", "title_only_references"]

_SEPARATOR = re.compile(r"\s*(?:,|;|\bkiêm\b|\bđồng thời là\b)\s*|\s+(?:và)\s+")
_CLAUSE_WORDS = re.compile(
    r"(?<!\w)(?:chủ trì|phát biểu|cho biết|khẳng định|nhấn mạnh|đề nghị|yêu cầu|đã|đang|sẽ|vừa|là|có|được|bị|"
    r"tại|ở|với|về|cùng|dự|tham dự|thăm|trao|tặng|chỉ đạo|tiếp|làm việc|trả lời|tham gia|ký|ban hành|nói|"
    r"thông tin|kiểm tra|hứa|ghi nhận|biểu dương|lưu ý|gửi|chúc mừng|đến|đi|vào|trong|khi|theo|của|nhận|giữ|"
    r"thay mặt|đánh giá|thông báo|công bố|quyết định|trình|báo cáo|phụ trách|điều hành|được giao)(?!\w)"
)
_TERMINATOR = re.compile(r"[.;:()\[\]\"“”!?\n]|\s-\s")
_HOLDING = re.compile(r"(?<!\w)(?:giữ\s+chức(?:\s+vụ)?|đảm\s+nhiệm(?:\s+chức\s+vụ)?|với\s+cương\s+vị(?:\s+là)?|"
                      r"trên\s+cương\s+vị|khi\s+còn\s+là|khi\s+là)\s+")
_FORMER = re.compile(r"^(?:nguyên|cựu)\s+", re.IGNORECASE)
_UNIT_QUALIFIER = re.compile(r"(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường)\s+\S")


@dataclass(frozen=True)
class TitleSpan:
    """One title given to a person.

    Attributes
    ----------
    start, end : int
        Span of the title as written in the article text.
    title : str
        Written out in full, modern spelling, without ``nguyên``/``cựu``.
    former : bool
        Written with ``nguyên``/``cựu`` (former holder).
    """

    start: int
    end: int
    title: str
    former: bool


def normalize_title(text: str) -> tuple[str, bool]:
    """Full modern form of a title as written, and whether it is a former one.

    Examples
    --------
    >>> normalize_title("CT HĐND tỉnh")
    ('Chủ tịch Hội đồng nhân dân tỉnh', False)
    >>> normalize_title("nguyên Phó giám đốc Học viện")
    ('Phó giám đốc Học viện', True)
    >>> normalize_title("UV BCT")
    ('Ủy viên Bộ Chính trị', False)
    """
    text = " ".join(text.split()).strip(" ,;-")
    former = _FORMER.match(text) is not None
    text = _FORMER.sub("", text)
    text = expand_abbreviations(normalize(text).text, include_ambiguous=True).text
    return text[:1].upper() + text[1:], former


def _heads(folded: str, lo: int, hi: int, orgs: list[Mention]) -> list[tuple[int, int]]:
    """Title heads in ``[lo, hi)``, not inside an organisation name ("Bí thư" in "Ban Bí thư")."""
    lex = lexicon()
    found = []
    for m in lex.title_head.finditer(folded, lo, hi):
        if any(o.start < m.start() < o.end for o in orgs):
            continue
        found.append(m.span())
    return found


def _phrase_end(text: str, folded: str, head_end: int, limit: int, orgs: list[Mention]) -> int:
    """End of the body a title head is held in, reading right from the head."""
    end = head_end
    for o in orgs:  # the body named right after the head, or sharing its last word ("Trưởng Ban Tổ chức ...")
        if head_end - 4 <= o.start <= head_end + 1 and o.end <= limit:
            end = max(end, o.end)
    if end > head_end:
        return end  # the title ends with the body it is held in
    stop = limit
    for pattern in (_TERMINATOR, _SEPARATOR, _CLAUSE_WORDS):
        m = pattern.search(folded, end, limit)
        if m:
            stop = min(stop, m.start())
    # words after the head up to the stop belong to the title, at most a few
    piece = text[end:stop]
    words = piece.split()
    if len(words) > 8:
        stop = end + len(" ".join(words[:8])) + (len(piece) - len(piece.lstrip()))
    return end + len(text[end:stop].rstrip()) if stop > end else end


def _chain_right(text: str, folded: str, start: int, limit: int, orgs: list[Mention]) -> list[tuple[int, int]]:
    """Titles from ``start`` on: a head right there, then more heads after separators."""
    lex = lexicon()
    spans = []
    pos = start
    while True:
        m = lex.title_head.match(folded, pos)
        if m is None or any(o.start < m.start() < o.end for o in orgs):
            break
        end = _phrase_end(text, folded, m.end(), limit, orgs)
        # a place qualifier after a comma belongs to the title: "Bí thư Thành ủy Thái Nguyên, tỉnh Thái Nguyên"
        sep = _SEPARATOR.match(folded, end)
        if sep and folded[end:sep.end()].strip() == "," and _UNIT_QUALIFIER.match(folded, sep.end()):
            end = _phrase_end(text, folded, sep.end(), limit, orgs)
            sep = _SEPARATOR.match(folded, end)
        # "bộ trưởng các bộ Tài chính, ...": a plural title names other people, not this one
        if not re.match(r"\s+(?:các|những)\s", folded[m.end() : m.end() + 8]):
            spans.append((m.start(), end))
        if sep is None or sep.end() >= limit:
            break
        pos = sep.end()
    return spans


_LEFT_STOP = re.compile(r"[.;:!?\"“”\n]")


def _clean(body: str) -> bool:
    """Can ``body`` be the words of a title (no sentence punctuation, no clause, balanced brackets)?"""
    return not _LEFT_STOP.search(body) and not _CLAUSE_WORDS.search(body) and body.count("(") == body.count(")")


def _chain_left(text: str, folded: str, lo: int, name_start: int, orgs: list[Mention]) -> list[tuple[int, int]]:
    """Titles right before a name, bounded on the right by the name.

    Heads are read right to left: a head with only spaces before the current title joins
    it (``Trưởng Đoàn`` + ``ĐBQH tỉnh Quảng Nam``, ``Trợ lý`` + ``trưởng ban``); a head
    followed by a separator (comma, ``kiêm``, ``và``) starts a new title.
    """
    end = name_start
    while end > lo and text[end - 1] == " ":
        end -= 1
    honorific = re.search(r"(?:,\s*)?(?:" + "|".join(HONORIFICS) + r")$", folded[lo:end])
    if honorific:  # "Bí thư Tỉnh ủy, đồng chí Nguyễn Văn A"
        end = lo + honorific.start()
    spans: list[list[int]] = []
    for a, b in reversed(_heads(folded, lo, end, orgs)):
        if not spans:
            if b > end or not _clean(folded[b:end]):
                break
            spans.append([a, end])
            continue
        gap = folded[b : spans[-1][0]]
        sep = _SEPARATOR.search(gap)
        if sep is None:
            if not _clean(gap):
                break
            spans[-1][0] = a
            continue
        if gap[sep.end() :].strip() or not _clean(gap[: sep.start()]):
            break
        spans.append([a, b + sep.start()])
    return [(a, b) for a, b in reversed(spans)]


def title_chains(article: Article, people: list[Mention], orgs: list[Mention],
                 sentence_bounds: list[tuple[int, int]]) -> dict[int, list[TitleSpan]]:
    """Titles of each person mention (keyed by its index in ``people``).

    Parameters
    ----------
    article : Article
    people : list of Mention
        PER mentions, in text order.
    orgs : list of Mention
        ORG mentions (title heads inside them are not heads).
    sentence_bounds : list of (start, end)
        Sentence spans of the article.
    """
    text = article.text
    folded = fold(text)
    out: dict[int, list[TitleSpan]] = {}
    for k, person in enumerate(people):
        s_lo, s_hi = next(((a, b) for a, b in sentence_bounds if a <= person.start < b), (0, len(text)))
        prev_end = max([p.end for p in people if p.end <= person.start and p.start >= s_lo], default=s_lo)
        next_start = min([p.start for p in people if p.start >= person.end and p.end <= s_hi], default=s_hi)
        spans = _chain_left(text, folded, prev_end, person.start, orgs)
        after = re.match(r"\s*,\s*", folded[person.end : next_start])
        if after:
            spans += _chain_right(text, folded, person.end + after.end(), next_start, orgs)
        out[k] = [TitleSpan(a, b, *normalize_title(text[a:b])) for a, b in spans]
    # "giữ chức <titles>" in a sentence about one person
    for m in _HOLDING.finditer(folded):
        s_lo, s_hi = next(((a, b) for a, b in sentence_bounds if a <= m.start() < b), (0, len(text)))
        in_sentence = [k for k, p in enumerate(people) if s_lo <= p.start < s_hi]
        if not in_sentence:
            continue
        k = min(in_sentence, key=lambda k: abs(people[k].start - m.start()))
        limit = min([p.start for p in people if p.start > m.end() and p.start < s_hi], default=s_hi)
        out[k] = out.get(k, []) + [TitleSpan(a, b, *normalize_title(text[a:b]))
                                   for a, b in _chain_right(text, folded, m.end(), limit, orgs)]
    return out


def title_only_references(article: Article, used: list[tuple[int, int]], orgs: list[Mention]) -> list[tuple[int, int, str]]:
    """Titles standing for a person with no name (``đồng chí Trưởng Ban Tổ chức Trung ương``):
    (start, end, normalised title) of heads outside every chain found for a name."""
    text = article.text
    folded = fold(text)
    refs = []
    for a, b in _heads(folded, 0, len(text), orgs):
        if any(s <= a < e for s, e in used):
            continue
        end = _phrase_end(text, folded, b, len(text), orgs)
        refs.append((a, end, normalize_title(text[a:end])[0]))
    return refs
