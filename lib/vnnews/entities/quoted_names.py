"""A body the news names in quotes after a generic noun: ``tổ chức khủng bố "Chính phủ quốc gia lâm thời"``,
``nhóm "Anh em Dân chủ"``, ``công ty "Sao Việt"``. The quotes mark the whole name, whatever words inside it would
read as another body (``Chính phủ``) or a person: the organisation is everything between the quotes, here and
wherever the article quotes the same name again (``thành viên của "Chính phủ quốc gia lâm thời"``). Places inside
the name stay places. A name in quotes right after a person's is a nickname, no body (``Nam "Bộ Đội"``).

The generic nouns are the ``body_noun`` words of entity_words.tsv. One that is also a verb (``tổ chức``: to organise,
``verbal_body_noun``) is the noun only when a lower-case word describes it (``tổ chức phản động "..."``), when it
opens the sentence, or after a word that makes it a noun (``thành viên tổ chức "..."``, ``body_noun_cue``).
"""
from __future__ import annotations

import re
from functools import cache

from ..data import read_table
from ..text.dates import alternation
from ..text.normalize import fold
from .lexicon import Phrases, Vocabulary, lexicon
from .spans import Mention, inside_any
from .syllables import Syllables

__all__ = ["quoted_bodies"]

_OPENING = ('"', "“")
_CLOSING = re.compile(r'["”]')
#: the most characters a quoted name may hold, and the most lower-case words between the noun and the quotes
_LONGEST_NAME = 120
_MOST_DESCRIBING_WORDS = 3


@cache
def _body_nouns() -> Phrases[str]:
    words = lexicon().words
    return Phrases.of([(w, "noun") for w in words["body_noun"]] + [(w, "verb") for w in words["verbal_body_noun"]])


@cache
def _event_words() -> re.Pattern[str]:
    """Nouns of events that can be held (event_objects.tsv, kind object), as whole words: a name after them is the
    event's."""
    table = read_table("event_objects.tsv")
    words = [fold(w) for w, kind in zip(table["word"], table["kind"]) if kind == "object"]
    return re.compile(r"(?<!\w)(?:" + alternation(words) + r")(?!\w)")


def _quoted_after_noun(s: Syllables, i: int, lex: Vocabulary) -> tuple[int, int] | None:
    """The span inside the quotes of a name a generic noun at ``i`` introduces, or None."""
    n, kind = s.match(i, _body_nouns())
    if not n or not s.token_starts_here(i) or not s.token_ends_here(i + n - 1):
        return None
    k, described = i + n, 0
    while k < s.n and s.joined[k] and not s.cap[k] and described < _MOST_DESCRIBING_WORDS:
        k, described = k + 1, described + 1
    if _event_words().search(" ".join(s.word[i:k])):
        return None  # Hội thi "...", tổ chức chương trình "...": an event, no body
    if k >= s.n or not s.cap[k] or s.gap(k).strip() not in _OPENING:
        return None
    if kind == "verb" and not described and not s.sentence_start[i] and \
            not (i > 0 and s.joined[i] and s.word[i - 1] in lex.words["body_noun_cue"]):
        return None  # Huyện tổ chức "Ngày hội ...": the verb and what is organised
    close = _CLOSING.search(s.text, s.start(k), s.start(k) + _LONGEST_NAME)
    if close is None or "\n" in s.text[s.start(k) : close.start()]:
        return None
    return s.start(k), close.start()


_NICKNAME = re.compile(r'\s*["“]([^"”\n]{1,40})["”]')


def _without_bodies_in_nicknames(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the bodies inside a nickname in quotes right after a person's name (``Nam "Bộ Đội"``)."""
    nicknames = [Mention("MISC", m.start(1), m.end(1), "nickname") for p in mentions if p.label == "PER"
                 and (m := _NICKNAME.match(text, p.end))]
    if not nicknames:
        return mentions
    inside = {id(m) for m in inside_any([m for m in mentions if m.label == "ORG"], nicknames)}
    return [m for m in mentions if id(m) not in inside]


def quoted_bodies(text: str, paragraphs: list[Syllables], mentions: list[Mention], lex: Vocabulary) -> list[Mention]:
    """``mentions`` with the bodies named in quotes after a generic noun (see module docs): an ORG for each quoted
    name, which replaces the ORG and PER mentions inside it.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.entities.extract import article_mentions
    >>> a = article_from_text('Tiêu đề\\n\\nÔng gia nhập tổ chức phản động "Chính phủ Việt Nam Tự do".', doc_id="x")
    >>> [(m.label, a.text[m.start:m.end]) for m in article_mentions(a)]
    [('ORG', 'Chính phủ Việt Nam Tự do'), ('LOC', 'Việt Nam')]
    """
    mentions = _without_bodies_in_nicknames(text, mentions)
    spans = [span for s in paragraphs for i in range(s.n) if (span := _quoted_after_noun(s, i, lex)) is not None]
    if not spans:
        return mentions
    names = {fold(text[a:b]) for a, b in spans}
    quoted = re.compile(r'["“](' + "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True)) + r')["”]')
    found = {(m.start(1), m.end(1)) for m in quoted.finditer(fold(text))} | set(spans)
    bodies = [Mention("ORG", a, b, "name in quotes after a generic noun") for a, b in sorted(found)]
    inside = {id(m) for m in inside_any([m for m in mentions if m.label != "LOC"], bodies)}
    kept = [m for m in mentions if id(m) not in inside]
    return sorted(kept + bodies, key=lambda m: (m.start, -m.end, m.label))
