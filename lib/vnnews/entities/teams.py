"""Sports teams named like people: ``Thái Sơn Nam`` reads as a family name and a given name, but the sports pages
write it where no person stands:

- after a word for a team (``CLB``, ``đội``, ``đội bóng``, ``đội tuyển``: ``team_word`` of entity_words.tsv), also in
  a results list (``Đội á quân: Thái Sơn Bắc``), or before ``- đội ...`` in apposition;
- right before the city it plays for (``Thái Sơn Nam TP HCM``, ``Thái Sơn Nam thành phố Hồ Chí Minh``): a person's
  name is never written so;
- against a team the article names so, in a sentence about a match (a score, or a ``match_word``:
  ``trận đấu giữa X và Sahako``, ``X đánh bại Sahako``);
- in brackets after a player's name, as a club is in an awards list, when another name so written is a team
  (``Châu Văn A (Thái Sơn Nam TPHCM)``, ``Phạm Văn B (số 1, X)``).

A team's name read on into a team word after it (``X Đội hạng ba:``, a lost line break) ends before that word.

A name the article shows to be a team is the team (ORG) wherever the article writes it (``Cầu thủ Thái Sơn Nam ăn
mừng``); the team words, the city and a club's ``FC`` are part of the ORG mention.
"""
from __future__ import annotations

import bisect
import re
from functools import cache

from ..text.dates import alternation
from ..text.normalize import fold
from .lexicon import Phrases, Vocabulary, lexicon
from .spans import Mention
from .syllables import Syllables

__all__ = ["teams_named_like_people"]

_RULE = "team"
_SCORE = re.compile(r"(?<![\d/.,])\d{1,2}\s*[-–]\s*\d{1,2}(?![\d/.,]\d)")
_SENTENCE_END = re.compile(r"[.!?\n]")
#: a bracketed aside between a team and the word that opposes it (Thái Sơn Nam (áo trắng) và ...)
_ASIDE = r"(?:\s*\([^()\n]{1,30}\))?"


@cache
def _team_words() -> Phrases[str]:
    return Phrases.of((w, "team") for w in lexicon().words["team_word"])


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """On folded text: a results list's team word and colon before a name; a city qualifier after a name; an
    appositive team word after a name."""
    words = lexicon().words
    team = alternation(words["team_word"])
    listed = re.compile(r"(?<!\w)(?P<team>" + team + r")(?:\s+[^\W\d_]+){0,2}\s*:\s*$")
    city = re.compile(r" (?:tp\.?\s*|thành phố )?")
    appositive = re.compile(r"\s*[-–,]\s*(?P<team>" + team + r")(?!\w)")
    return listed, city, appositive


def _paragraph_of(paragraphs: list[Syllables], starts: list[int], offset: int) -> Syllables | None:
    k = bisect.bisect_right(starts, offset) - 1
    return paragraphs[k] if k >= 0 and offset <= paragraphs[k].end(paragraphs[k].n - 1) else None


def _cue_before(s: Syllables, i: int) -> int:
    """Start offset of the team word written right before syllable ``i`` (``đội`` Hoàng Anh Gia Lai), or -1."""
    n, _ = s.match_before(i, _team_words())
    return s.start(i - n) if n and _team_word_at(s, i - n) else -1


def _team_word_at(s: Syllables | None, i: int | None) -> bool:
    """Is a team word a whole word of the segmenter at syllable ``i``, not the start of a title (not đội trưởng,
    Đội phó, đội ngũ, bộ đội)?"""
    if s is None or i is None:
        return False
    n, _ = s.match(i, _team_words())
    title = lexicon().title_head.match(s.folded, s.start(i)) if n else None
    return bool(n) and s.token_starts_here(i) and s.token_ends_here(i + n - 1) and not (title and title.end() > s.end(i + n - 1))


def _verb_after(s: Syllables, end: int, lex: Vocabulary) -> bool:
    """Is the word after offset ``end`` a verb (X - đội giành ngôi á quân; not Đội phó, đội viên, đội trưởng)?"""
    k = s.next_index(end)
    return k < s.n and s.joined[k] and not s.cap[k] and lex.pos_class.get(s.pos(k)) == "verbal"


def _announced(s: Syllables, i: int, lex: Vocabulary) -> bool:
    """Is the name at syllable ``i`` announced as a person's by an honorific, a role or a title right before it (Anh
    Quàng Văn Chỉnh, thiếu tá Đặng Văn Lê)?"""
    return bool(s.match_before(i, lex.person_words)[0]) or \
        lex.title_head_before.search(s.folded, max(0, s.start(i) - 40), s.start(i)) is not None


def _city_after(text: str, folded: str, m: Mention, mentions: list[Mention], k: int) -> int:
    """End of the city written right after the name ``m`` (``mentions[k]``) as a team's (Thái Sơn Nam TP HCM), or -1."""
    if k + 1 >= len(mentions) or mentions[k + 1].label != "LOC":
        return -1
    city = mentions[k + 1]
    between = _patterns()[1].fullmatch(folded, m.end, city.start)
    unit_written = between is not None and (between.group(0).strip() or folded[city.start : city.start + 2] == "tp")
    return city.end if unit_written else -1


def _in_match_sentence(text: str, folded: str, at: int) -> bool:
    """Does the sentence around offset ``at`` tell of a match: a score or a match word?"""
    a = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 300), at)), default=max(0, at - 300))
    b = _SENTENCE_END.search(text, at)
    end = b.start() if b else len(text)
    return bool(_SCORE.search(text, a, end)) or bool(_match_words().search(folded, a, end))


@cache
def _match_words() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + alternation(lexicon().words["match_word"]) + r")(?!\w)")


class _Opponents:
    """The names opposed to a known team in a sentence about a match (X và Sahako, Sahako đánh bại X)."""

    def __init__(self, text: str, folded: str, teams: set[str], lex: Vocabulary) -> None:
        self.text, self.folded = text, folded
        names = "|".join(re.escape(t) for t in sorted(teams, key=len, reverse=True))
        joints = alternation(lex.words["match_joint"])
        self._after = re.compile(_ASIDE + r"\s+(?:" + joints + r")\s+(?:" + names + r")(?!\w)")
        self._before = re.compile(r"(?<!\w)(?:" + names + r")" + _ASIDE + r"\s+(?:" + joints + r")\s+$")

    def against(self, m: Mention, own: str) -> bool:
        """Is the name ``m`` (folded ``own``) opposed to a team other than itself?"""
        if not _in_match_sentence(self.text, self.folded, m.start):
            return False
        after = self._after.match(self.folded, m.end)
        if after is not None and not after.group(0).rstrip().endswith(own):
            return True
        before = self._before.search(self.folded, max(0, m.start - 100), m.start)
        return before is not None and not before.group(0).startswith(own)


def teams_named_like_people(text: str, paragraphs: list[Syllables], mentions: list[Mention], lex: Vocabulary) -> list[Mention]:
    """``mentions`` with the teams named like people made ORG (see module docs). ``mentions`` sorted by position.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.entities.extract import article_mentions
    >>> a = article_from_text("Tiêu đề\\n\\nĐội bóng Phan Thành Nam thắng 2-0. Cầu thủ Phan Thành Nam ăn mừng.", doc_id="x")
    >>> [(m.label, a.text[m.start:m.end]) for m in article_mentions(a)]
    [('ORG', 'Đội bóng Phan Thành Nam'), ('ORG', 'Phan Thành Nam')]
    """
    if not lex.words["team_word"]:
        return mentions
    starts = [s.start(0) for s in paragraphs]
    listed, _, appositive = _patterns()
    folded = fold(text)
    teams: set[str] = set()
    spans: dict[int, tuple[int, int]] = {}  # index of a PER mention made a team: its new span
    for k, m in enumerate(mentions):
        if m.label == "ORG":
            s = _paragraph_of(paragraphs, starts, m.start)
            i = s.index_at(m.start) if s is not None else None
            n = s.match(i, _team_words())[0] if s is not None and i is not None else 0
            if n and i + n < s.n and s.cap[i + n] and s.joined[i + n] and s.end(i + n) <= m.end:
                teams.add(folded[s.start(i + n) : m.end])  # Câu lạc bộ Sahako: the team Sahako
            continue
        if m.label != "PER":
            continue
        s = _paragraph_of(paragraphs, starts, m.start)
        i = s.index_at(m.start) if s is not None else None
        cue = _cue_before(s, i) if s is not None and i is not None else -1
        city = _city_after(text, folded, m, mentions, k)
        in_list = listed.search(folded, max(0, m.start - 40), m.start)
        after = appositive.match(folded, m.end)
        if s is None or i is None:
            continue
        if cue < 0 and _announced(s, i, lex):
            continue  # a person the sentence names as one: Anh Quàng Văn Chỉnh, đội thi huyện ...
        if cue >= 0 or city >= 0 or (in_list and _team_word_at(s, s.index_at(in_list.start("team")))) \
                or (after and _team_word_at(s, s.index_at(after.start("team"))) and _verb_after(s, after.end(), lex)):
            spans[k] = (cue if cue >= 0 else m.start, city if city >= 0 else m.end)
            teams.add(folded[m.start : m.end])
    opponents = _Opponents(text, folded, teams, lex) if teams else None
    for k, m in enumerate(mentions):
        own = folded[m.start : m.end]
        if opponents is not None and m.label == "PER" and k not in spans and " " in own and opponents.against(m, own):
            spans[k] = (m.start, m.end)
            teams.add(own)
    if teams:
        _clubs_in_brackets(text, folded, mentions, spans, teams)
    out = []
    for k, m in enumerate(mentions):
        if k in spans:
            a, b = spans[k]
            shorter = _team_run_on(folded, Mention("ORG", a, b, _RULE), teams - {folded[a:b]})
            out.append(Mention("ORG", a, a + len(shorter) if shorter else b, _RULE))
        elif m.label == "PER" and folded[m.start : m.end] in teams:
            out.append(Mention("ORG", m.start, m.end, _RULE))
        elif m.label == "PER" and (team := _team_run_on(folded, m, teams)):
            out.append(Mention("ORG", m.start, m.start + len(team), _RULE))  # Thái Sơn Bắc | Đội hạng ba: a lost line break
        else:
            out.append(m)
    return sorted(out, key=lambda m: (m.start, -m.end, m.label))


#: a player's club in brackets after the player's name: `` (``, perhaps a shirt number and a comma (`` (số 4, ``)
_BRACKET_OPEN = re.compile(r"\s*\((?:[^()\n,]{1,12},\s*)?")
_BRACKET_CLOSE = re.compile(r"\s*\)")


def _clubs_in_brackets(text: str, folded: str, mentions: list[Mention], spans: dict[int, tuple[int, int]],
                       teams: set[str]) -> None:
    """The names in brackets after players' names are their clubs when one of them is a team the article names so
    (``Châu Văn A (Thái Sơn Nam TPHCM)``, ``Phạm Văn B (Hòa Bình Đông)``): ``spans`` and ``teams`` take them."""
    bracketed: list[int] = []
    known = False
    for k in range(1, len(mentions)):
        m, before = mentions[k], mentions[k - 1]
        end = spans[k][1] if k in spans else m.end  # Thái Sơn Nam TPHCM: the team with its city
        if before.label != "PER" or m.label not in ("PER", "ORG") or not _BRACKET_OPEN.fullmatch(text, before.end, m.start) \
                or not _BRACKET_CLOSE.match(text, end):
            continue
        if m.label == "ORG" and m.rule == _RULE or k in spans or folded[m.start : m.end] in teams:
            known = True
        elif m.label == "PER" and " " in text[m.start : m.end]:
            bracketed.append(k)
    if known:
        for k in bracketed:
            spans[k] = (mentions[k].start, mentions[k].end)
            teams.add(folded[mentions[k].start : mentions[k].end])


def _team_run_on(folded: str, m: Mention, teams: set[str]) -> str:
    """The team a person's name read on from into a team word (``Thái Sơn Bắc Đội``: a lost line break before ``Đội
    hạng ba:``), or ``""``."""
    own = folded[m.start : m.end]
    for team in teams:
        rest = own[len(team) + 1 :] if own.startswith(team + " ") else ""
        words = tuple(rest.split())
        if words and any(words[:n] in _team_words() for n in range(1, len(words) + 1)):
            return team
    return ""
