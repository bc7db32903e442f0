"""Streets named after people, read from how the text lists them: a name between two places joined by dashes
(a route: ``Hàng Đào - Đinh Tiên Hoàng - Hàng Bài``) or in a list a street word opens (``6 tuyến đường: Tôn Đức
Thắng, Thi Sách, Hai Bà Trưng``, ``các tuyến đường như Hai Bà Trưng, Nguyễn Tất Thành``) or at the ends of a stretch
of a street (``đường Lê Lợi, đoạn từ Nguyễn Huệ đến Pasteur``): those are places."""
from __future__ import annotations

import re
from functools import cache

from ..data import read_table
from ..text.dates import alternation
from ..text.normalize import fold
from .lexicon import lexicon
from .listed_people import after_place_word
from .spans import SHAPE_RULE, Mention

__all__ = ["names_among_places", "streets_in_lists", "streets_in_routes", "streets_in_stretches"]

_ROUTE_JOINT = re.compile(r"\s*[-–]\s*")
_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+|;\s*)")
#: how many words a name no rule read may have in a list of streets
_MOST_WORDS_OF_NAME = 4
#: how far after the street word the list may begin (``các tuyến đường xung quanh hồ như``)
_OPENER_REACH = 50


@cache
def _list_opener() -> re.Pattern[str]:
    """A street word, then (within a few words of one clause) a colon or ``như``/``gồm`` (group ``marked``), or nothing,
    right before a list; a list right after the bare street word must read as one (three names, or ``và`` before the
    last)."""
    return re.compile(r"(?<!\w)(?:" + _street_words() + r")(?P<marked>[^.,;!?\n]{0," + str(_OPENER_REACH) + r"}?(?::|\s(?:như|gồm|là)))?\s*$",
                      re.IGNORECASE)


def _listed_after(text: str, end: int, start: int) -> bool:
    """Whether the mention at ``start`` goes on the list whose item ends at ``end``: list marks between, and perhaps
    capitalised names no rule read (``Tôn Đức Thắng, Thi Sách, Hai Bà Trưng``)."""
    gap = text[end:start]
    pieces = _LIST_JOINT.split(gap)
    if len(pieces) < 2 or pieces[0] or pieces[-1]:
        return False
    return all(0 < len(p.split()) <= _MOST_WORDS_OF_NAME and all(w[:1].isupper() for w in p.split()) for p in pieces[1:-1])


def streets_in_routes(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's name between two places joined by dashes is a street named after the person, in a route
    (``Hàng Đào - Đinh Tiên Hoàng - Hàng Bài``); so is every name of a run joined by dashes that a street word
    opens (``nút giao Huỳnh Tấn Phát - Lưu Trọng Lư - Nguyễn Văn Linh``, ``giao lộ Lê Lợi - Phan Bội Châu``).
    ``mentions`` sorted by position.

    Examples
    --------
    >>> t = "Nút giao Lê Lợi - Phan Bội Châu."
    >>> ms = [Mention("LOC", 9, 15, "x"), Mention("PER", 18, 31, "x")]
    >>> [(m.label, t[m.start:m.end]) for m in streets_in_routes(t, ms)]
    [('LOC', 'Lê Lợi'), ('LOC', 'Phan Bội Châu')]
    """
    out = list(mentions)
    for k in range(1, len(out) - 1):
        before, here, after = out[k - 1], out[k], out[k + 1]
        if here.label == "PER" and before.label == "LOC" and after.label == "LOC" \
                and _ROUTE_JOINT.fullmatch(text, before.end, here.start) and _ROUTE_JOINT.fullmatch(text, here.end, after.start):
            out[k] = Mention("LOC", here.start, here.end, "street in a route")
    k = 0
    while k < len(out):
        run = [k]
        while run[-1] + 1 < len(out) and _ROUTE_JOINT.fullmatch(text, out[run[-1]].end, out[run[-1] + 1].start) \
                and out[run[-1] + 1].label in ("PER", "LOC"):
            run.append(run[-1] + 1)
        if len(run) > 1 and out[k].label in ("PER", "LOC") and _route_opened(text, out, run):
            for j in run:
                if out[j].label == "PER" and out[j].rule != "byline":
                    out[j] = Mention("LOC", out[j].start, out[j].end, "street in a route")
        k = run[-1] + 1
    for k, m in enumerate(out):
        if m.label == "PER" and m.rule != "byline" and _numbered_road_before().search(text, max(0, m.start - 30), m.start):
            out[k] = Mention("LOC", m.start, m.end, "street in a route")  # Vành đai 2 - Phạm Văn Đồng: the road's other name
    return out


@cache
def _numbered_road_before() -> re.Pattern[str]:
    """A road's word and number and a dash right before a name (``Vành đai 2 - ``, ``quốc lộ 1A – ``): the name is the
    road's, as the stretch of it is named after a person."""
    words = _street_words(("street", "route")) + "|" + alternation(lexicon().words["route_context"])
    return re.compile(r"(?<!\w)(?:" + words + r")\s+\d+[A-Za-z]?\s*[-–]\s*$", re.IGNORECASE)


def _route_opened(text: str, out: list[Mention], run: list[int]) -> bool:
    """Does a street word open the run of names joined by dashes: right before it (``giao lộ Lê Lợi - Phan Bội Châu``),
    or earlier in its clause when the run holds a place or three names or more (``tuyến đường sắt số 2 Nam Thăng Long
    - Trần Hưng Đạo``, ``theo đường X kéo dài - Y - Z``)?"""
    start = out[run[0]].start
    if _street_word_before().search(text, max(0, start - 20), start):
        return True
    if len(run) < 3 and not any(out[j].label == "LOC" for j in run):
        return False
    clause = _CLAUSE_START.split(text[max(0, start - _CLAUSE_REACH) : start])[-1]
    return _street_word().search(clause) is not None


#: how far back a street word may open a route of names in its clause, and what ends a clause before it
_CLAUSE_REACH = 80
_CLAUSE_START = re.compile(r"[.;!?:\n]")
#: a stretch's street word is in its own clause (``đường A từ X đến Y``), or a street is named right before it
#: (``Điện Biên Phủ (từ X đến Y)``); not ``Trên đường về, từ X đến Y``
_STRETCH_CLAUSE = re.compile(r"[.;!?:,(\n]")


@cache
def _street_word() -> re.Pattern[str]:
    """A street or route word anywhere (``đường``, ``tuyến``, ``hành lang``), in any case."""
    words = _street_words(("street", "route")) + "|" + alternation(lexicon().words["route_context"])
    return re.compile(r"(?<!\w)(?:" + words + r")(?!\w)", re.IGNORECASE)


@cache
def _street_word_before() -> re.Pattern[str]:
    """A street word right before a name (``nút giao``, ``đường``), in any case."""
    return re.compile(r"(?<!\w)(?:" + _street_words() + r")\s+$", re.IGNORECASE)


@cache
def _street_words(kinds: tuple[str, ...] = ("street",)) -> str:
    """The words of unit_words.tsv of ``kinds`` (the street words) as one alternation, not where one ends a longer
    unit word of another kind (``phố`` of ``thành phố``)."""
    units = read_table("unit_words.tsv")
    words = [w for w, kind in zip(units["word"], units["kind"]) if kind in kinds]
    longer = {other[: -len(w)] for other, kind in zip(units["word"], units["kind"]) if kind not in kinds
              for w in words if other.endswith(" " + w)}
    return "".join(f"(?<!{re.escape(prefix)})" for prefix in sorted(longer)) + alternation(words)


def streets_in_lists(text: str, mentions: list[Mention]) -> list[Mention]:
    """The names of a list that a street word opens are streets (places), also those shaped like people's names.
    ``mentions`` sorted by position.

    Examples
    --------
    >>> t = "Nơi giao nhau của 3 tuyến đường: Tôn Đức Thắng, Thi Sách và Ngô Đức Kế."
    >>> ms = [Mention("PER", t.index("Tôn"), t.index("Tôn") + 13, "x"), Mention("LOC", t.index("Thi"), t.index("Thi") + 8, "x"),
    ...       Mention("PER", t.index("Ngô"), t.index("Ngô") + 10, "x")]
    >>> [(m.label, t[m.start:m.end]) for m in streets_in_lists(t, ms)]
    [('LOC', 'Tôn Đức Thắng'), ('LOC', 'Thi Sách'), ('LOC', 'Ngô Đức Kế')]
    """
    out = list(mentions)
    items = [k for k, m in enumerate(out) if m.label in ("PER", "LOC")]
    runs: list[list[int]] = []
    for k in items:
        if runs and _listed_after(text, out[runs[-1][-1]].end, out[k].start):
            runs[-1].append(k)
        else:
            runs.append([k])
    opener = _list_opener()
    for run in runs:
        first = out[run[0]]
        if not any(out[k].label == "PER" for k in run):
            continue
        opened = opener.search(text, max(0, first.start - _OPENER_REACH - 20), first.start)
        if opened is None:
            continue
        if not opened["marked"] and len(run) < 3 and " và " not in f" {text[out[run[-2]].end : out[run[-1]].start] if len(run) > 1 else ''} ":
            continue  # "Tại đường Lê Lợi, Nguyễn Văn An cho biết": the street, then a person opening the clause
        for k in run:
            if out[k].label == "PER":
                out[k] = Mention("LOC", out[k].start, out[k].end, "street in a list")
    return out


#: a stretch's ends: ``từ`` before the first, ``đến``/``tới``/``đi`` before the second, each perhaps with a street word
_FROM = re.compile(r"(?<!\w)(?P<stretch>đoạn\s+)?từ\s+$", re.IGNORECASE)
_TO = re.compile(r"^\s+(?:đến|tới|đi)\s+", re.IGNORECASE)
_FROM_TO = re.compile(r"(?<!\w)(?P<stretch>đoạn\s+)?(?P<from>từ\s+)\w[^,.;:!?()\n]{0,40}?\s+(?:đến|tới|đi)\s+$", re.IGNORECASE)


def streets_in_stretches(text: str, mentions: list[Mention]) -> list[Mention]:
    """The names at the ends of a stretch of road (``đoạn từ Nguyễn Huệ đến Pasteur``, ``từ nút giao Tô Ký đến Lê Văn
    Khương``) are streets: a stretch is ``đoạn từ ... đến ...``, or ``từ ... đến ...`` in a clause a street word opens.
    A transfer between people (``chuyển tiền từ Lan đến Hùng``) names no street and stays. ``mentions`` sorted by
    position.

    Examples
    --------
    >>> t = "Đường Lê Lợi, đoạn từ Nguyễn Huệ đến Pasteur, được mở."
    >>> ms = [Mention("LOC", 6, 12, "x"), Mention("PER", 22, 32, "x")]
    >>> [(m.label, t[m.start:m.end]) for m in streets_in_stretches(t, ms)]
    [('LOC', 'Lê Lợi'), ('LOC', 'Nguyễn Huệ')]
    """
    out = list(mentions)
    for k, m in enumerate(out):
        if m.label != "PER" or m.rule == "byline":
            continue
        lo = max(0, m.start - 60)
        opened = _FROM.search(text, lo, m.start)
        if opened and not _TO.match(text[m.end :]):
            opened = None
        if opened is None:
            opened = _FROM_TO.search(text, lo, m.start)
            first = text[opened.end("from") :] if opened else ""
            if not (first[:1].isupper() or _street_word().match(first)):
                continue  # từ nay đến Hùng: no place where the stretch starts
            if _street_word().match(first):
                out[k] = Mention("LOC", m.start, m.end, "street at the end of a stretch")
                continue  # từ nút giao Tô Ký đến Lê Văn Khương
        clause = _STRETCH_CLAUSE.split(text[max(0, opened.start() - _CLAUSE_REACH) : opened.start()])[-1]
        street_before = k > 0 and out[k - 1].label == "LOC" and re.fullmatch(r"\s*\(?\s*", text[out[k - 1].end : opened.start()])
        if opened["stretch"] or _street_word().search(clause) or street_before:
            out[k] = Mention("LOC", m.start, m.end, "street at the end of a stretch")
    return out


#: an age after a name: the person's (bến xe X, quận 12, Nguyễn Văn A, 51 tuổi)
_AGE_AFTER = re.compile(r"\s*,\s*\d")
#: what ends a list: punctuation, or the end of the paragraph
_LIST_END = re.compile(r"\s*(?:[.,;:…)]|\n|$)")
_AMONG_JOINT = re.compile(r"\s*(?:,|[-–])\s*(?:và\s+)?|\s+và\s+")


def names_among_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name shaped like a person's between two places of a list of three names or more, most of them places, or
    closing it after ``và``, is a place too: the communes of a list (``gồm Củ Chi, Tân An Hội, Thái Mỹ, An Nhơn Tây``),
    a street among streets; so is any name read as a person by its shape alone in a list of three names or more that
    opens with a place after a preposition of place and ends with punctuation (``tại Hai Bà Trưng, Trần Hưng Đạo, Lý
    Thái Tổ.``); not a person named after an address (``bến xe X, quận 12, Nguyễn Văn A, 51 tuổi``).
    ``mentions`` sorted by position.

    Examples
    --------
    >>> t = "Gồm Củ Chi, Thái Mỹ và Phú Hòa Đông."
    >>> ms = [Mention("LOC", 4, 10, "x"), Mention("PER", 12, 19, "x"), Mention("LOC", 23, 35, "x")]
    >>> [(m.label, t[m.start:m.end]) for m in names_among_places(t, ms)]
    [('LOC', 'Củ Chi'), ('LOC', 'Thái Mỹ'), ('LOC', 'Phú Hòa Đông')]
    """
    out = list(mentions)
    items = [k for k, m in enumerate(out) if m.label in ("PER", "LOC") and m.rule != "byline"]
    runs: list[list[int]] = []
    for k in items:
        if runs and out[runs[-1][-1]].end <= out[k].start and _AMONG_JOINT.fullmatch(text, out[runs[-1][-1]].end, out[k].start):
            runs[-1].append(k)
        else:
            runs.append([k])
    places = lexicon().places
    for run in runs:
        local = [out[k].label == "LOC" and places.get(fold(text[out[k].start : out[k].end])) != "country" for k in run]
        after_place = len(run) >= 3 and local[0] and after_place_word(text, out[run[0]].start) \
            and _LIST_END.match(text, out[run[-1]].end) is not None  # not "đến Hà Nội, A và B đón ông": a clause
        if len(run) < 3 or sum(local) * 2 <= len(run) and not after_place:
            continue  # huyền thoại bóng đá Việt Nam, Huỳnh Đức, ...: a country before a list of people
        for j, k in enumerate(run):
            if out[k].label == "PER" and ((j and local[j - 1]) or (j + 1 < len(run) and local[j + 1])
                                          or after_place and out[k].rule == SHAPE_RULE) \
                    and not (j + 1 == len(run) and _AGE_AFTER.match(text, out[k].end)):
                out[k] = Mention("LOC", out[k].start, out[k].end, "name among places")
    return out
