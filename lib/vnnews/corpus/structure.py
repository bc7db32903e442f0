"""The parts of a Vietnamese news article, found from layout and wording.

An article file is a sequence of paragraphs (non-empty lines). News sites lay them out
the same way whatever the outlet: an optional headline, an optional header zone
(author line, dateline), the lead, which often opens with an outlet tag (``TCCS -``,
``(Dân trí) -``), body paragraphs with subheadings and photo captions in between, and a
tail (author line, ``Theo ...`` source line, end mark ``./.``).

:func:`article_structure` labels each paragraph with a role and returns every part with
its character span in the text.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..data import read_table
from ..text.dates import WEEKDAY, alternation, day_month_dates
from ..text.normalize import fold
from ..text.offsets import stripped_spans

__all__ = ["Paragraph", "Part", "Structure", "article_structure", "PART_KINDS"]

#: every kind of part, in reading order
PART_KINDS = (
    "title", "byline", "dateline", "outlet", "lead", "body", "heading", "caption", "credit", "source", "end_mark",
)
#: parts found inside a paragraph rather than being one
INNER_KINDS = ("outlet", "credit", "end_mark")
#: paragraph roles that carry the article's running text
TEXT_ROLES = ("lead", "body", "heading")


@dataclass(frozen=True)
class Paragraph:
    """A non-empty line of the article.

    Attributes
    ----------
    index : int
        Position among the article's paragraphs (0-based).
    start, end : int
        Span in the article text, surrounding spaces excluded.
    text : str
    role : str
        One of ``title, byline, dateline, lead, body, heading, caption, credit, source``.
    """

    index: int
    start: int
    end: int
    text: str
    role: str


@dataclass(frozen=True)
class Part:
    """A structural part with its span: a whole paragraph, or a piece of one (outlet tag,
    photo credit inside a caption, end mark).

    Attributes
    ----------
    kind : str
        One of :data:`PART_KINDS`.
    start, end : int
        Span in the article text; ``text == article.text[start:end]``.
    text : str
    paragraph : int
        Index of the paragraph the part is in.
    detail : str
        What was recognised, for reading: the outlet name, the cue that made a caption a
        caption, the date of a dateline (ISO), the names of a byline.
    date : datetime.date or None
        The date of a dateline.
    clock : str
        The time of day of a dateline (``18:40``), ``""`` when none.
    names : tuple of (start, end)
        The span of each name of a byline, in the article text.
    """

    kind: str
    start: int
    end: int
    text: str
    paragraph: int
    detail: str = ""
    date: dt.date | None = None
    clock: str = ""
    names: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Structure:
    """Paragraphs and parts of one article (see :func:`article_structure`)."""

    paragraphs: tuple[Paragraph, ...]
    parts: tuple[Part, ...]

    def first(self, kind: str) -> Part | None:
        """The first part of ``kind``, or None."""
        return next((p for p in self.parts if p.kind == kind), None)

    def all(self, kind: str) -> list[Part]:
        """Every part of ``kind``, in text order."""
        return [p for p in self.parts if p.kind == kind]

    def kind_at(self, offset: int) -> str:
        """The innermost part holding ``offset``: an outlet tag, credit or end mark inside a
        paragraph, else the paragraph's role (``""`` between paragraphs)."""
        inner = [p.kind for p in self.parts if p.kind in INNER_KINDS and p.start <= offset < p.end]
        if inner:
            return inner[0]
        return next((p.role for p in self.paragraphs if p.start <= offset < p.end), "")


# ----------------------------------------------------------------------------- patterns
def _part_words(role: str) -> list[str]:
    """The folded words of one role of ``data/article_parts.tsv``."""
    table = read_table("article_parts.tsv")
    words = [fold(w) for w, r in zip(table["word"], table["role"]) if r == role]
    if not words:
        raise ValueError(f"article_parts.tsv has no words of role {role!r}")
    return words


def _label_alternation(labels: list[str]) -> str:
    """An alternation of author-line labels: spaces around ``,`` and a name separator are optional
    (``Bài,ảnh``, ``Bài và ảnh``), other words are apart (``Nhóm PV``)."""
    loose = {","} | set(_part_words("name_separator"))
    out = []
    for label in sorted(labels, key=lambda w: (-len(w), w)):
        tokens = label.replace(",", " , ").split()
        pattern = re.escape(tokens[0])
        for before, token in zip(tokens, tokens[1:]):
            pattern += (r"\s*" if before in loose or token in loose else r"\s+") + re.escape(token)
        out.append(pattern)
    return "(?:" + "|".join(out) + ")"


_TERMINAL = ".:;,"
_CLOCK_MARK = r"(?::|" + alternation(_part_words("clock_mark")) + r")"
_CLOCK = r"\d{1,2}\s*" + _CLOCK_MARK + r"\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*" + alternation(_part_words("clock_suffix")) + r")?"
_CLOCK_TIME = re.compile(r"(\d{1,2})\s*" + _CLOCK_MARK + r"\s*(\d{2})")
_TIMEZONE = r"\(?\s*" + alternation(_part_words("timezone")) + r"\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?"
_DATELINE_NOISE = re.compile(
    r"(?:" + _CLOCK + r"|" + _TIMEZONE + r"|" + WEEKDAY + r"|" + alternation(_part_words("dateline_word")) + r"|[\s,|/\-:()])+"
)
# (Dân trí) -   Hà Nội (TTXVN) -   TCCS -   QĐND -   VOV.VN -   Chinhphu.vn -
_OUTLET_PAREN = re.compile(r"^(?:[^\W\d][^()\n]{0,30}?\s*)?\((?P<name>[^()\n]{2,40})\)\s*[-–—]+\s*")
_OUTLET_CAPS = re.compile(r"^(?P<name>[^\W\d_][\w.&]{1,24}(?:\s[^\W\d_][\w.&]{1,15}){0,2})\s*[-–—]+\s+")
_SITE = re.compile(r"\." + alternation(_part_words("site_suffix")) + r"$", re.IGNORECASE)
# (every \s* is anchored by what precedes it, so a long run of spaces is crossed once: linear time)
_CREDIT = re.compile(
    r"(?:^|(?<=[\s_(\-–—.]))\(?(?P<credit>" + alternation(_part_words("credit_word"))
    + r"(?:\s+" + alternation(_part_words("credit_kind")) + r")?\s*:\s*[^:()\n]{1,80}?)\s*(?:\)\s*)?(?:\.\s*)?$"
)
_END_MARK = re.compile(r"(?P<mark>\.?/\.)$")
_SOURCE = re.compile(r"^\(?\s*" + alternation(_part_words("source_word")) + r"\s+[^\n]{2,80}?\)?\.?$")
_BYLINE_LABEL = re.compile(r"^" + _label_alternation(_part_words("byline_label")) + r"\s*:\s*")
_NAME_SEPARATOR = re.compile(r"\s*(?:[-–—,;/&]|\b" + alternation(_part_words("name_separator")) + r"\b)\s*")
_INITIALS = re.compile(r"[A-ZĐ](?:\.[A-ZĐ])+\.?")
# words that open organisation or place names, titles and honorifics, never a person's name
_NOT_NAME_START = frozenset(_part_words("not_name_start"))


_WORD = re.compile(r"\w+")


def _words_up_to(text: str, most: int) -> int:
    """The number of words of ``text``, counted up to ``most + 1`` (enough to tell whether it has more than ``most``)."""
    count = 0
    for _ in _WORD.finditer(text):
        count += 1
        if count > most:
            break
    return count


def _dateline_date(text: str) -> tuple[dt.date, str] | None:
    """``(date, clock)`` of a paragraph that is nothing but a dateline (date, time, weekday, zone)."""
    if len(text) > 90:
        return None
    folded = fold(text)
    dates = day_month_dates(folded, require_year=True)
    if len(dates) != 1:
        return None
    d = dates[0]
    rest = folded[: d.start] + " " + folded[d.end :]
    if _DATELINE_NOISE.fullmatch(rest.strip() or " ") is None:
        return None
    time = _CLOCK_TIME.search(folded[d.end :]) or _CLOCK_TIME.search(folded[: d.start])
    clock = f"{int(time[1]):02d}:{time[2]}" if time and int(time[1]) < 24 and int(time[2]) < 60 else ""
    assert d.date is not None
    return d.date, clock


def _outlet_tag(text: str) -> re.Match[str] | None:
    m = _OUTLET_PAREN.match(text)
    if m:
        return m
    m = _OUTLET_CAPS.match(text)
    if m:
        name = m["name"]
        letters = [c for c in name if c.isalpha()]
        is_caps = all(c.isupper() for c in letters)
        is_site = _SITE.search(name) is not None
        if (is_caps or is_site) and len(letters) >= 2:
            return m
    return None


_SOURCE_IN_BRACKETS = re.compile(r"\s*\(\s*" + _label_alternation(_part_words("source_word")) + r"\b[^()]*\)\s*$")


def _byline_names(text: str) -> list[str] | None:
    """The names of an author line (``Dương Oanh-Trần Chiến``, ``NGUYỄN TẤN``, ``Bài và ảnh: T.K``)."""
    if len(text) > 80 or any(c.isdigit() for c in text):
        return None
    body = text.strip().rstrip(".")
    source = _SOURCE_IN_BRACKETS.search(fold(body))
    if source:  # Tuệ Anh (Theo Toutiao): the author and the outlets the story is taken from
        body = body[: source.start()]
    label = _BYLINE_LABEL.match(fold(body))
    if label:
        body = body[label.end() :]
    groups = [g for g in _NAME_SEPARATOR.split(body) if g]
    if not groups or len(groups) > 5:
        return None
    names = []
    for group in groups:
        tokens = group.split()
        if _INITIALS.fullmatch(group):
            names.append(group)
            continue
        if not 2 <= len(tokens) <= 5 or fold(tokens[0]) in _NOT_NAME_START:
            return None
        for t in tokens:
            if not (t.isalpha() and t[0].isupper() and (t[1:].islower() or t.isupper() or len(t) == 1)):
                return None
        names.append(group)
    return names


def _name_spans(text: str, names: list[str], start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The spans of ``names``, found in order in ``text[start:end]``."""
    spans = []
    for name in names:
        k = text.find(name, start, end)
        if k >= 0:
            spans.append((k, k + len(name)))
            start = k + len(name)
    return tuple(spans)


def _is_headline(text: str) -> bool:
    return 2 <= _words_up_to(text, 40) <= 40 and len(text) <= 300 and text[-1] not in _TERMINAL and text[0] not in "-•*+"


def _is_heading(text: str) -> bool:
    return 1 <= _words_up_to(text, 15) <= 15 and text[-1] not in _TERMINAL + "?!…\"'”)" and text[0] not in "-•*+("


def _is_short_caption(text: str) -> bool:
    """One short sentence standing alone between paragraphs, as photo captions are."""
    if not 3 <= _words_up_to(text, 16) <= 16 or text[-1] != "." or text.endswith("..") or text[0] in "-•*+\"“":
        return False
    inner = text[:-1]
    return not re.search(r"[.!?;:]\s", inner)


# ----------------------------------------------------------------------------- main
def article_structure(text: str, *, leading: tuple[str, ...] = ()) -> Structure:
    """Label the paragraphs of an article and find its parts.

    Parameters
    ----------
    text : str
        The article text (NFC, ``\\n`` line breaks).
    leading : tuple of str
        Parts known to open the text, in order: ``("title",)``, ``("lead",)`` or
        ``("title", "lead")``, for text built from a table's title and lead columns: the
        first paragraph is then the title (and the next the lead) whatever it looks like.

    Returns
    -------
    Structure
        ``paragraphs`` with a role each, and ``parts`` (paragraph-level parts plus
        outlet tags, credits inside captions and end marks) in text order.

    Examples
    --------
    >>> s = article_structure("Hội nghị sơ kết\\n\\nTCCS - Sáng 1/7, hội nghị khai mạc.\\n\\nNGUYỄN TẤN")
    >>> [(p.kind, p.text) for p in s.parts]
    [('title', 'Hội nghị sơ kết'), ('lead', 'TCCS - Sáng 1/7, hội nghị khai mạc.'), ('outlet', 'TCCS -'), ('byline', 'NGUYỄN TẤN')]
    """
    spans = stripped_spans(text, (m.span() for m in re.finditer(r"[^\n]+", text)))
    paras = [text[a:b] for a, b in spans]
    n = len(paras)
    roles: list[str | None] = [None] * n
    details: dict[int, str] = {}
    typed: dict[int, dict] = {}  # the typed fields of a dateline or byline part
    extra: list[Part] = []

    def mark_dateline(i: int) -> bool:
        found = _dateline_date(paras[i])
        if found:
            date, clock = found
            roles[i], details[i] = "dateline", date.isoformat() + (f"T{clock}" if clock else "")
            typed[i] = {"date": date, "clock": clock}
        return found is not None

    def mark_byline(i: int) -> bool:
        names = _byline_names(paras[i])
        if names:
            roles[i], details[i] = "byline", "; ".join(names)
            typed[i] = {"names": _name_spans(text, names, *spans[i])}
        return names is not None

    def mark_credit(i: int) -> bool:
        folded = fold(paras[i])  # a credit line opens the paragraph: its credit starts within 2 characters
        m = next((m for m in (_CREDIT.match(folded, k) for k in range(min(3, len(folded)))) if m), None) if ":" in folded else None
        if m and m.start("credit") <= 2:
            roles[i], details[i] = "credit", "credit line"
            return True
        return False

    def mark_outlet(k: int) -> None:
        tag = _outlet_tag(paras[k])
        if tag:
            a = spans[k][0]
            b = a + len(tag.group(0).rstrip())
            extra.append(Part("outlet", a, b, text[a:b], k, tag["name"].strip()))

    # head: headline, then author line / dateline / credit lines before the lead
    lead_seen = False
    if "title" in leading and n:
        roles[0] = "title"
    elif n > 1 and not mark_dateline(0) and _outlet_tag(paras[0]) is None and _is_headline(paras[0]):
        roles[0] = "title"
    i = 1 if roles[0] else 0
    if "lead" in leading and i < n:
        roles[i], lead_seen = "lead", True
        mark_outlet(i)
        i += 1
    while not lead_seen and i < min(n - 1, 6) and (mark_dateline(i) or mark_byline(i) or mark_credit(i)):
        i += 1
    head_end = i

    # tail: source line, author line, credit or dateline after the last text paragraph
    j = n - 1
    while j >= head_end + 1 and j >= n - 3:
        if _SOURCE.match(fold(paras[j])) and _words_up_to(paras[j], 12) <= 12:
            roles[j], details[j] = "source", paras[j]
        elif not (mark_byline(j) or mark_dateline(j) or mark_credit(j)):
            break
        j -= 1
    tail_start = j + 1

    title = paras[0] if n and roles[0] == "title" else None
    for k in range(head_end, tail_start):
        p = paras[k]
        if mark_dateline(k) or mark_credit(k):
            continue
        credit = _CREDIT.search(fold(p)) if ":" in p else None  # a credit has a colon
        if lead_seen or _outlet_tag(p) is None:
            if credit and lead_seen and _words_up_to(p, 60) <= 60:
                roles[k], details[k] = "caption", "photo credit"
            elif title is not None and fold(p) == fold(title):
                roles[k], details[k] = "caption", "repeats the title"
            elif lead_seen and _is_short_caption(p) and k + 1 < tail_start:
                roles[k], details[k] = "caption", "short standalone sentence"
            elif lead_seen and _is_heading(p) and k + 1 < tail_start:
                roles[k] = "heading"
        if roles[k] is None:
            roles[k] = "body" if lead_seen else "lead"
            lead_seen = True
        if roles[k] == "caption" and credit:
            a = spans[k][0] + credit.start("credit")
            b = spans[k][0] + credit.end("credit")
            extra.append(Part("credit", a, b, text[a:b], k, "in caption"))
        if roles[k] == "lead":
            mark_outlet(k)

    text_paras = [k for k in range(n) if roles[k] in ("lead", "body")]
    if text_paras:
        k = text_paras[-1]
        m = _END_MARK.search(paras[k], max(0, len(paras[k]) - 3))  # paragraphs are stripped: the mark ends them
        if m:
            a = spans[k][0] + m.start("mark")
            extra.append(Part("end_mark", a, a + len(m["mark"]), m["mark"], k))

    paragraphs = tuple(Paragraph(k, a, b, paras[k], roles[k] or "body") for k, (a, b) in enumerate(spans))
    parts = [Part(p.role, p.start, p.end, p.text, p.index, details.get(p.index, ""), **typed.get(p.index, {}))
             for p in paragraphs]
    parts = sorted(parts + extra, key=lambda p: (p.start, -p.end))  # a paragraph before the parts inside it
    return Structure(paragraphs, tuple(parts))
