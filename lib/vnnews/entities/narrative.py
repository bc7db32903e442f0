"""Titles in narrative, and every title of an article tied to the person mention it belongs to.

Narrative gives titles with a verb between the person and the title (``copula`` cues of
``data/title_cues.tsv``): ``ông X là Phó Chủ tịch ...``, ``bà Y được bầu làm ...``, ``X giữ chức
...``, ``... do đồng chí Z, Tổng Biên tập Báo X làm Trưởng đoàn``; career histories
(``Tháng 3-2016, ông X được bổ nhiệm làm ...``); and a pronoun for the person last named
(``Trước đó, ông giữ các chức vụ: A, B, C``). ``giữ chức``/``với cương vị`` before a name gives
its titles to the person named after them in the sentence (``Trên cương vị Bí thư Tỉnh ủy, ông
Cường ...``).

A name after a kinship noun names a relative's relative (``bố Bình``, ``vợ của ông A``): the titles
in apposition to it or after ``là`` are the relative's, so the named person gets none of them; a
plural group or a personal pronoun between a name and ``là`` (``A cùng 7 người là ...``, ``cùng các
bị cáo là ...``, ``... tôi còn chưa giữ chức ...``) is the subject of ``là``, not the name; so is
anything after the bracket the name was written in.
"""
from __future__ import annotations

import bisect
import re
from functools import cache

from ..corpus import Article
from ..text.dates import time_words
from .lexicon import lexicon
from .narrative_subjects import (
    after_kinship_noun,
    in_brackets,
    kin_of_name_before,
    kinship,
    other_subject,
    pronoun_before,
    pronoun_subject,
    while_clause_subject,
)
from .spans import Mention
from .title_leaving import (
    appointed_away,
    dismissal_after,
    is_rank,
    left_on_transfer,
    moved_on_after,
    promoted,
    taken_after,
    takes_effect_later,
    transfer_after,
)
from .title_lists import board_of_company, respective
from .title_words import cue_before
from .titles import TitleReader, TitleSpan

__all__ = ["title_chains"]



def _sentence_of(bounds: list[tuple[int, int]], starts: list[int], offset: int, length: int) -> tuple[int, int]:
    k = bisect.bisect_right(starts, offset) - 1
    return bounds[k] if k >= 0 and offset < bounds[k][1] else (0, length)


def title_chains(article: Article, people: list[Mention], orgs: list[Mention],
                 sentence_bounds: list[tuple[int, int]], reader: TitleReader | None = None) -> dict[int, list[TitleSpan]]:
    """Titles of each person mention (keyed by its index in ``people``, which is in text order).

    Parameters
    ----------
    article : Article
    people : list of Mention
        PER mentions, in text order.
    orgs : list of Mention
        ORG mentions (title heads inside them are not heads).
    sentence_bounds : list of (start, end)
        Sentence spans of the article, in order.
    reader : TitleReader, optional
        The article's title heads, when already read.
    """
    text = article.text
    reader = reader or TitleReader(text, people, orgs)
    folded = reader.folded
    bounds = sorted(sentence_bounds)
    starts = [a for a, _ in bounds]
    spans: dict[int, dict[tuple[int, int], tuple[int, int, bool]]] = {}
    bodies: dict[tuple[int, int], tuple[int, int, int]] = {}

    def give(k: int, found: list[tuple[int, int, bool]]) -> None:
        mine = spans.setdefault(k, {})
        for a, b, former in found:
            mine.setdefault((a, b), (a, b, former))

    sentence = [_sentence_of(bounds, starts, p.start, len(text)) for p in people]
    related = [after_kinship_noun(reader, p.start) for p in people]
    chain_ends: dict[int, int] = {}
    honorific = reader.lex.alternation("honorific")
    named = set(reader.people)
    for k, person in enumerate(people):
        if (person.start, person.end) not in named:
            continue  # Tân | Hoàng Minh: the end of a body's name, no holder of titles
        lo, hi = sentence[k]
        # the chain in apposition to the person before is theirs: a chain before this name starts after it
        prev_end = max(people[k - 1].end, chain_ends.get(k - 1, 0)) if k > 0 and people[k - 1].end > lo else lo
        after = bisect.bisect_right(reader.person_starts, person.start)  # not a name ending a body's (Tân | Hoàng Minh)
        next_start = min(reader.person_starts[after], hi) if after < len(reader.person_starts) else hi
        before = reader.chain_left(prev_end, person.start)
        if before and cue_before("once", words=4).search(folded, max(lo, before[0][0] - 40), before[0][0]):
            before = [(a, b, True) for a, b, _ in before]  # Từng nhiều năm làm Chủ tịch X, ông A: held before
        subject = while_clause_subject(reader, [p.start for p in people], person.end, before[0][0]) if before else None
        if subject is not None:  # Khi đang là Chánh văn phòng, Thư ký Chánh án A, ông được điều động ...: the pronoun's
            pronoun = re.match(r"\s*,\s*[^\W\d]+\s+", folded[person.end : person.end + 20])
            moved = pronoun is not None and transfer_after(reader, person.end + pronoun.end())
            if subject >= 0:
                give(subject, [(a, b, former or (moved and left_on_transfer(reader, a))) for a, b, former in before])
            before = []
        if before and promoted(reader, person.end, before[0][0], lo, hi):  # Thượng úy A được thăng cấp đại úy: the rank before is left
            before = [(a, b, former or is_rank(reader, a)) for a, b, former in before]
        give(k, before)
        give(k, _colon_list_title(reader, people, k, lo))
        if not before:
            before = _named_after_title(reader, prev_end, person.start)
            give(k, before)
            joined = _coordinated(folded, people, k, 1, honorific) if before else []
            if joined and _all_of_them().match(folded, people[joined[-1]].end):
                for j in joined:  # cựu chủ tịch tỉnh là A và B đều ...
                    give(j, before)
        if before and _shared_before().search(folded, max(0, before[0][0] - 12), before[0][0]):
            for j in _coordinated(folded, people, k, 1, honorific):  # Hai cựu phó giám đốc VEC Lê Quang Hào và Nguyễn Mạnh Hùng
                give(j, before)
        if related[k]:
            continue  # bố của Bình, bí thư chi bộ: the title in apposition is the father's
        pos = person.end
        appositive = reader.lex.appositive.match(folded, pos)
        if appositive:
            pos = appositive.end()
        opener = re.match(r"\s*(,|\(|[-–]|:)\s*", folded[pos:next_start])
        if opener:
            bracket = opener.group(1) == "("
            first = pos + opener.end()
            if bracket:  # Nguyễn Thị Hương Lan (48 tuổi, Cục trưởng Lãnh sự)
                age = reader.lex.appositive.match(", " + folded[first : first + 40])
                if age:
                    first += age.end() - 2
                    comma = re.match(r"\s*,\s*", folded[first:next_start])
                    first += comma.end() if comma else 0
            limit = next_start
            if bracket:
                close = text.find(")", pos, next_start if next_start > pos else hi)
                limit = close if close >= 0 else next_start
            # A và B (đều là ...); A, B, cùng là ...; A, 67 tuổi; B, 57 tuổi (hai cựu chủ tịch ...)
            shared = _shared_after().match(folded, first) if bracket else _shared_copula().match(folded, first)
            group = _group_opening().match(folded, first) if bracket and not shared else None
            if group:
                first = group.end()
            if shared:
                first = shared.end()
            found = reader.chain_right(first, limit, bracket=bracket)
            closed = bracket and text[limit : limit + 1] == ")"
            after = limit + 1 if closed else found[-1][1] if found else 0
            if found and (closed or not bracket) and dismissal_after(reader, after):
                found = [(a, b, True) for a, b, _ in found]  # "A, Phó Chủ tịch phường, bị cách chức": a former office
            elif found and (closed or not bracket) and (transfer_after(reader, after) or moved_on_after(reader, after)
                                                         or appointed_away(reader, lo, person.start, after)) \
                    and not takes_effect_later(reader, after, hi):  # ... giữ chức Y sau hợp nhất: X is held until then
                # A, Giám đốc Công an tỉnh X, được điều động, bổ nhiệm giữ chức ...: the post left (not a rank, not the Party's)
                found = [(a, b, former or left_on_transfer(reader, a)) for a, b, former in found]
            names = [*reversed(_coordinated(folded, people, k, -1, honorific)), k] if found and not shared else []
            each = respective(reader, found, len(names)) if len(names) > 1 else None
            if each:  # A và B (nguyên chủ tịch, phó chủ tịch UBND tỉnh): one title each, in order
                bodies.update(each)
                for j, title in zip(names, found):
                    give(j, [title])
                found = []
            give(k, found)
            if found and shared:
                for j in _coordinated(folded, people, k, -1, honorific):  # A và B (đều là cựu phó tổng giám đốc VEC)
                    give(j, found)
            if found and group:
                count = int(time_words("number").get(group.group(1), group.group(1))) if group.group(1) else 0
                listed = _coordinated(folded, people, k, -1, honorific, ages=True)
                for j in listed[: count - 1] if count else listed:
                    give(j, found)
            if found:
                chain_ends[k] = found[-1][1]
    _narrative(reader, people, sentence, chain_ends, give, bounds, starts, related)
    for found in spans.values():
        bodies.update(board_of_company(reader, sorted(found.values())))
    return {k: reader.titles(sorted(found.values()), bodies) for k, found in spans.items()
            if found and (people[k].start, people[k].end) in named}


def _narrative(reader: TitleReader, people: list[Mention], sentence: list[tuple[int, int]],
               chain_ends: dict[int, int], give, bounds: list[tuple[int, int]], starts: list[int],
               related: list[bool]) -> None:
    text, folded, lex = reader.text, reader.folded, reader.lex
    person_starts = [p.start for p in people]
    gender = [pronoun_before(reader, p.start) for p in people]
    for m in lex.cues["copula"].finditer(folded):
        a, b = m.span()
        start = b
        while start < len(folded) and folded[start] in " :":
            start += 1
        if m.group(0).endswith("chức") and folded.startswith("vụ ", start):
            start += 3  # giữ chức | vụ Giám đốc: the cue matched without its last word
        listed = lex.cues["list"].match(folded, start)
        if listed:
            start = listed.end()
            while start < len(folded) and folded[start] in " :":
                start += 1
        if reader.head_at(start) is None or kinship().search(folded, max(0, a - 40), a) or kin_of_name_before(reader, 0, a):
            continue  # ..., bố của anh là bí thư chi bộ: a relative is the subject, no one named
        k = bisect.bisect_left(person_starts, a) - 1
        subject = None
        if k >= 0 and people[k].end <= a and sentence[k][0] <= a < sentence[k][1]:
            between = folded[max(chain_ends.get(k, people[k].end), people[k].end) : a]
            if len(between) <= 60 and not re.search(r"[.;!?\n]", between):
                subject = k
                if related[k] or other_subject().search(between) or (")" in between and in_brackets(folded, sentence[k][0], people[k].start)):
                    continue  # vợ ông A là ...; A cùng 7 người là ...; (bạn A) làm ...: the subject is someone else
                pronoun = pronoun_subject(reader, max(chain_ends.get(k, people[k].end), people[k].end), a)
                if pronoun:  # Khi là thư ký của Chánh án A, ông được bổ nhiệm giữ chức ...: "ông" is someone named before
                    same = [j for j in range(k - 1, max(-1, k - 30), -1) if gender[j] == pronoun and not related[j]]
                    if not same:
                        continue
                    subject = same[0]
        if subject is None:
            lo = _sentence_of(bounds, starts, a, len(text))[0]
            pronoun = lex.pronoun_before.search(folded[max(lo, a - 40) : a])
            if pronoun and k >= 0:
                want = pronoun.group(1)
                same = [j for j in range(k, max(-1, k - 30), -1) if gender[j] == want]
                subject = same[0] if same else k
        if subject is None:
            continue
        lo, hi = _sentence_of(bounds, starts, start, len(text))
        nxt = bisect.bisect_left(person_starts, start)
        limit = min(hi, people[nxt].start if nxt < len(people) else hi)
        earlier = lex.cues["earlier"].match(folded, lo + len(folded[lo:hi]) - len(folded[lo:hi].lstrip()))
        subject_only = earlier is not None and "," in folded[earlier.end() : a] and len(folded[earlier.end() : a].rsplit(",", 1)[1]) <= 30
        former = lex.cues["leaving"].match(folded, a) is not None or subject_only  # Trước đó, ông A là ...; not Trước đó, Bộ bổ nhiệm A giữ chức ...
        former = former or cue_before("once", words=4).search(folded, max(lo, start - 40), start) is not None  # từng nhiều năm làm
        chain = reader.chain_right(start, limit, former=former)
        if chain and (moved_on_after(reader, chain[-1][1])  # ông A làm Cục trưởng từ 2004 đến 2007, sau đó làm ...: left
                      or (_ends_while(folded, a, b) and taken_after(reader, chain[-1][1]))):  # khi đang làm X đã được bầu làm
            chain = [(a, b, True) for a, b, _ in chain]
        give(subject, chain)
    for m in lex.cues["holding"].finditer(folded):
        start = m.end()
        if reader.head_at(start) is None:
            continue
        lo, hi = _sentence_of(bounds, starts, start, len(text))
        before = bisect.bisect_left(person_starts, m.start()) - 1
        nxt = bisect.bisect_left(person_starts, start)
        if before >= 0 and people[before].start >= lo:
            if _RIGHT_BEFORE.fullmatch(folded, people[before].end, m.start()):  # thiếu tướng Thanh với cương vị Tư lệnh ...
                give(before, reader.chain_right(start, min(hi, people[nxt].start if nxt < len(people) else hi)))
            continue  # else a person before the cue: read as a copula above
        if nxt >= len(people) or people[nxt].start >= hi:
            continue
        give(nxt, reader.chain_right(start, people[nxt].start))


def _ends_while(folded: str, a: int, b: int) -> bool:
    """Does the copula cue at ``a:b`` end a ``while`` cue (``khi đang làm``)?"""
    return any(m.end() == b for m in lexicon().cues["while"].finditer(folded, max(0, a - 12), b))


#: between a person and a holding cue right after the name (``A, với cương vị ...``)
_RIGHT_BEFORE = re.compile(r"\s*,?\s*")


@cache
def _shared_before() -> re.Pattern[str]:
    """A numeral or plural word (and a former cue) before a title: the title is shared by the names joined after it."""
    lex = lexicon()
    numbers = "|".join(sorted(map(re.escape, time_words("number")), key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + numbers + "|" + lex.alternation("plural") + r"|\d+)\s+(?:" + lex.cues["former"].pattern
                      + r"\s+)?$")


@cache
def _naming_before() -> re.Pattern[str]:
    """A naming cue (and a word of address) right before a name: ``... gồm ông``, ``... là``."""
    lex = lexicon()
    return re.compile(r"\s+(?:" + lex.cues["naming"].pattern + r")\s*:?\s*(?:(?:" + lex.alternation("honorific") + r")\s+)?$")


def _named_after_title(reader: TitleReader, lo: int, name_start: int) -> list[tuple[int, int, bool]]:
    """The title written before a naming cue before the name (``Chủ tịch tỉnh là ông A``; ``Ba phó giám đốc gồm
    ông A, B``: the group's names are joined to the first by the caller)."""
    cue = _naming_before().search(reader.folded, max(lo, name_start - 40), name_start)
    found = reader.chain_left(lo, cue.start()) if cue else []
    if found and "," in reader.folded[found[-1][0] : found[-1][1]]:
        return []  # Theo Chủ tịch tỉnh, người vi phạm là ông A: the title is another clause's
    if found and reader.lex.cues["leaving"].match(reader.folded, cue.end() - len(cue.group(0).lstrip())):
        return [(a, b, True) for a, b, _ in found]  # Chủ tịch tỉnh thời điểm này là ông A: held then
    return found


@cache
def _group_opening() -> re.Pattern[str]:
    """A number of people (a numeral or a plural word) opening a bracket of titles after names: ``(hai cựu chủ tịch
    ...)``; its group 1 is the numeral, when written."""
    numbers = "|".join(sorted(map(re.escape, time_words("number")), key=len, reverse=True))
    return re.compile(r"(?:(" + numbers + r"|\d+)|" + lexicon().alternation("plural") + r")\s+(?=(?:"
                      + lexicon().cues["former"].pattern + r"\s+)?\w)")


@cache
def _all_of_them() -> re.Pattern[str]:
    """``đều`` (all of them) right after names joined by "và" or commas."""
    return re.compile(r"\s*,?\s*(?:" + lexicon().alternation("shared_marker") + r")(?!\w)")


@cache
def _shared_after() -> re.Pattern[str]:
    """``đều`` (all of them) opening a bracket of titles after names joined by "và" or commas."""
    return re.compile(r"(?:" + lexicon().alternation("shared_marker") + r")\s+(?:là\s+)?")


@cache
def _shared_copula() -> re.Pattern[str]:
    """``đều là``/``cùng là`` after a comma that closes names joined by "và" or commas: the titles after it
    are each name's (``A, B, cùng là cựu giám đốc Sở X``)."""
    return re.compile(r"(?:" + lexicon().alternation("shared_marker") + r")\s+là\s+")


#: between two names of a list after a colon: a separator, and at most two words of address or rank
_LIST_JOINT = re.compile(r"\s*[,;]\s*(?:và\s+)?(?:[^\W\d]+\s+){0,2}")
#: between a colon and the first name of its list: at most two words of address or rank
_LIST_OPENING = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}")


def _colon_list_title(reader: TitleReader, people: list[Mention], k: int, lo: int) -> list[tuple[int, int, bool]]:
    """The titles written before a colon that opens a list of names, for every name of the list
    (``Thành viên Hội đồng Chứng minh: Hòa thượng A, Hòa thượng B; Thượng tọa C``)."""
    folded = reader.folded
    colon = folded.rfind(":", lo, people[k].start)
    if colon < 0:
        return []
    first = k
    while first > 0 and people[first - 1].start > colon:
        if not _LIST_JOINT.fullmatch(folded, people[first - 1].end, people[first].start):
            return []
        first -= 1
    if not _LIST_OPENING.fullmatch(folded, colon + 1, people[first].start):
        return []
    for j in range(first, k + 1):  # ...; Thượng tọa C, Ủy viên Hội đồng Trị sự: C's own titles end the list
        comma = re.match(r"\s*,\s*", folded[people[j].end :])
        limit = people[j + 1].start if j + 1 < len(people) else len(folded)
        if comma and reader.chain_right(people[j].end + comma.end(), limit):
            return []
    return reader.chain_left(lo, colon)


def _coordinated(folded: str, people: list[Mention], k: int, step: int, honorific: str, *, ages: bool = False) -> list[int]:
    """Indices of the people joined to person ``k`` by commas or "và" only (and a word of address: ``ông A và ông
    B``), going after it (``step`` 1) or before it (-1); with ``ages``, also by semicolons and with their ages
    (``A, 67 tuổi; B``)."""
    out = []
    j = k
    age = r"(?:\s*,\s*\d{1,3}\s+(?:" + lexicon().alternation("age_word") + r"))?" if ages else ""
    joint = re.compile(age + r"\s*(?:,|và|,\s*và" + ("|;" if ages else "") + r")\s*(?:(?:" + honorific + r")\s+)?")
    while 0 <= j + step < len(people):
        a, b = (people[j].end, people[j + step].start) if step > 0 else (people[j + step].end, people[j].start)
        if not joint.fullmatch(folded, a, b):
            break
        j += step
        out.append(j)
    return out
