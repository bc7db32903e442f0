"""Where an organisation name may open: a head word of ``organisation_heads.tsv`` (``Ban``, ``Sở``,
``Đảng ủy``, ``UBND``), or a body the lexicon knows (``Bộ Chính trị``, ``BCH Trung ương Đảng``) or
whose field it knows (``Sở Kế hoạch và Đầu tư`` after ``Bộ Kế hoạch và Đầu tư``).

A head is not a body where it is the start of a title (``Bộ trưởng``, ``Viện trưởng``), a common word
(``Trường hợp``, ``Hội nghị``), a plural (``các sở``), the head of a title chain's body
(``Tổng Thanh tra`` + ``Chính phủ``) or a given name (``Lê Trường Minh``); in lower case it opens a
name only where the data allows it (``tỉnh ủy Long An``).
"""
from __future__ import annotations

from functools import cache

from .lexicon import OrgHead, Vocabulary, lexicon
from .shapes import person_at
from .syllables import Syllables

__all__ = ["HeadReader", "lower_heads"]


class HeadReader:
    """The heads and known bodies of one paragraph (see module docs).

    ``known`` maps the syllable where a known body starts to the end offset of its name;
    ``fields`` does the same for a head followed by a known body's field.
    """

    def __init__(self, s: Syllables, lex: Vocabulary) -> None:
        self.s, self.lex = s, lex
        self.known: dict[int, int] = {}
        self.fields: dict[int, int] = {}
        lo, hi = s.start(0), s.end(s.n - 1)
        for pattern, table in ((lex.known_org, self.known), (lex.field_org, self.fields)):
            pos = lo
            while (m := pattern.search(s.folded, pos, hi)) is not None:
                i = s.index_at(m.start())
                if i is not None and self._opens(i, m.end()):
                    table[i] = max(table.get(i, 0), m.end())
                    pos = m.end()
                else:  # "Tổng thanh tra Chính phủ": a name may start inside the rejected one
                    pos = s.end(i) if i is not None else m.start() + 1

    def _opens(self, i: int, end: int) -> bool:
        """May a known body written at syllable ``i`` be a name here (capitalised, or lower case
        before a capitalised specific word, or right after a title word: "Trưởng ban Tổ chức ..."),
        and not the end of a title head ("Tổng Thanh tra" + "Chính phủ")?"""
        s = self.s
        for p in (i - 1, i - 2):
            if p >= 0 and s.joined[p + 1] and not self.after_title(i):
                head = self.lex.title_head.match(s.folded, s.start(p))
                if head and s.start(i) < head.end() < end:
                    return False
        if s.cap[i]:
            return True
        j = s.next_index(end)
        inner = [k for k in range(i + 1, min(j, s.n)) if s.cap[k]]
        return bool(inner) and (self.after_title(i) or not self.plural_before(i))

    def after_title(self, i: int) -> bool:
        """Is syllable ``i`` right after a title word (Trưởng ban, Phó ban)?"""
        return i > 0 and self.s.joined[i] and self.s.word[i - 1] in self.lex.words["title_word"]

    def plural_before(self, i: int) -> bool:
        """Is syllable ``i`` right after a plural word (các, những)?"""
        return i > 0 and self.s.joined[i] and self.s.word[i - 1] in self.lex.plural

    def levels_before(self, i: int) -> bool:
        """Is syllable ``i`` right after a plural and a level word (``các cấp Hội Phụ nữ``): the bodies of that name at
        every level, no one body, as ``Hội Phụ nữ các cấp``?"""
        s = self.s
        return i > 1 and s.joined[i] and s.joined[i - 1] and s.word[i - 1] in self.lex.words["level_word"] \
            and s.word[i - 2] in self.lex.plural

    def _own_name_after(self, k: int) -> bool:
        """Does a name of a body's own begin at syllable ``k``: capitalised, neither a head, a known body nor a person
        (Trưởng phòng | Lao động ...; not Trưởng phòng | Ban Chính sách ..., whose body is the Ban)?"""
        s = self.s
        return k < s.n and s.joined[k] and s.cap[k] and k not in self.known and s.match(k, self.lex.org_heads)[0] == 0 \
            and not person_at(s, k, self.lex)

    def head_at(self, i: int) -> tuple[int, OrgHead | None]:
        """The head opening a body at syllable ``i``: ``(syllables, head)``, or ``(0, None)``.

        Examples
        --------
        >>> from vnnews import article_from_text
        >>> from vnnews.entities.extract import paragraph_syllables
        >>> from vnnews.entities.lexicon import lexicon
        >>> a = article_from_text("Tiêu đề\\n\\nBộ trưởng Bộ Y tế dẫn Bộ luật Lao động.", doc_id="x")
        >>> s = paragraph_syllables(a)[-1]
        >>> reader = HeadReader(s, lexicon())
        >>> [(a.text[s.start(i):s.end(i)], reader.head_at(i)[0]) for i in range(s.n) if s.word[i] == "bộ"]
        [('Bộ', 0), ('Bộ', 1), ('Bộ', 0)]
        """
        s = self.s
        n, head = s.match(i, self.lex.org_heads)
        if not n or head is None:
            return 0, None
        title = self.lex.title_head.match(s.folded, s.start(i))
        if title and title.end() > s.end(i + n - 1):
            return 0, None  # Viện trưởng, Bộ trưởng: a title, not a body
        if n == 1 and s.in_lowercase_word(i) and not (self.after_title(i) and self._own_name_after(i + 1)):
            return 0, None  # Trường hợp, Hội nghị, Vụ án; not the body of Trưởng phòng Lao động, one word to the tagger
        if self.plural_before(i):
            return 0, None  # các sở, các Sở Kế hoạch và Đầu tư, Tài nguyên và Môi trường: generic
        if n == 1 and s.match(i, self.lex.org_inner_phrases)[0] > 1:
            return 0, None  # Phòng chống thiên tai: a verb of a name, not the head Phòng
        if s.match(i, self.lex.documents)[0] > n:
            return 0, None  # Bộ luật Hình sự: a document, not the head Bộ
        if not s.cap[i]:
            if (head.lower == "no" and not self.after_title(i)) or not (s.token_starts_here(i) or self.after_title(i)):
                return 0, None  # not "vụ" (a case), but "phó phòng Kế toán": a body a title shares its word with
        # a capitalised head right after a family name is a given name: Lê Trường Minh
        if s.cap[i] and i > 0 and s.joined[i] and s.cap[i - 1] and s.word[i - 1] in self.lex.surnames \
                and (i < 2 or not (s.joined[i - 1] and s.cap[i - 2])) and person_at(s, i - 1, self.lex):
            return 0, None
        return n, head


@cache
def lower_heads() -> frozenset[str]:
    """First words of the heads that may be written in lower case."""
    return frozenset(k[0] for k, h in lexicon().org_heads.entries.items() if h.lower != "no")
