"""The subject a committee, council or centre is named for, written after "về": ``Ban Chỉ đạo quốc gia về phòng chống
thiên tai``, ``Trung tâm Dữ liệu quốc gia về dân cư``, ``Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài``.

The subject is a lower-case noun phrase, possibly opened by the verb it is about (``phòng chống``); it ends at a mark,
a capitalised word (the holder's name, a place), a word that ends names, or the first verb after one of its nouns
(``... thiên tai | nhận định``).
"""
from __future__ import annotations

from functools import cache

from .lexicon import Phrases, Vocabulary, lexicon
from .syllables import Syllables

__all__ = ["subject_after"]

_LONGEST = 8  # syllables of a subject at most


@cache
def _heads() -> Phrases[str]:
    """Heads of bodies named for a subject (``topic_head`` of entity_words.tsv)."""
    return Phrases.of((w, "topic") for w in lexicon().words["topic_head"])


def subject_after(s: Syllables, lex: Vocabulary, i: int, end: int) -> int:
    """The end of the name from syllable ``i`` to ``end`` with the subject after "về" it is named for, when its head,
    or the head of the last body in it (``Văn phòng | Ban Chỉ đạo quốc gia``), is a steering committee's or a
    centre's and its field ends with its scope (``quốc gia``, ``Trung ương``), or it is a working group named by its
    head alone (``Tổ công tác``); ``end`` otherwise (and for a known body's name).

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.entities.extract import paragraph_syllables
    >>> from vnnews.entities.lexicon import lexicon
    >>> a = article_from_text("Tiêu đề\\n\\nTheo Ban Chỉ đạo quốc gia về phòng chống thiên tai nhận định, mưa lớn.", doc_id="x")
    >>> s = paragraph_syllables(a)[-1]
    >>> end = a.text.index("quốc gia") + len("quốc gia")
    >>> a.text[a.text.index("Ban") : subject_after(s, lexicon(), 1, end)]
    'Ban Chỉ đạo quốc gia về phòng chống thiên tai'
    """
    v = s.next_index(end)
    i = next((h for h in range(i, v) if (h == i or s.cap[h]) and s.match(h, _heads())[0]), i)  # Văn phòng | Ban Chỉ đạo
    n_head, _ = s.match(i, _heads())
    if not n_head or v + 1 >= s.n or s.word[v] != "về" or s.text[end : s.start(v)] != " " \
            or lex.known_org.fullmatch(s.folded, s.start(i), end) or s.word[v + 1] in lex.words["topic_stop"]:
        return end  # not Ủy ban Thường vụ Quốc hội | về việc ...: a known body's name is whole
    working = s.next_index(s.end(i + n_head - 1)) >= v  # Tổ công tác, Ủy ban Công tác: a body named for its subject
    if not working and " ".join(s.word[v - 2 : v]) not in lex.words["topic_scope"]:
        return end  # Ban Chỉ đạo quốc gia, Trung tâm Dữ liệu quốc gia: a scope ends the field before the subject
    k, last, noun = v + 1, None, False
    if s.joined[k] and s.word[k] in lex.plural:
        k += 1  # về các tổ chức ...
    while k < s.n and k - v <= _LONGEST and s.joined[k] and not s.cap[k] and s.viet[k]:
        cls = lex.pos_class.get(s.pos(k), "other")
        verb = noun and (cls == "verbal" or lex.cues["clause"].match(s.folded, s.start(k)) is not None)
        if s.match(k, lex.name_stops)[0] or cls in ("function", "other", "punctuation") or verb:
            break  # ... thiên tai | nhận định: the verb of the clause, whatever the tagger calls it
        if cls == "nominal":
            noun, last = True, k
        k += 1
    return s.end(last) if last is not None else end
