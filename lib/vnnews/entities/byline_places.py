"""An author's name alone on the article's last line, spelled like a ward or a district (``Trường Hà``, ``Trung
Sơn``), is the author, not the place: a report ends with its author's name, and names no place on a line of its
own there. The author line reader passes such names by (their first syllable also opens a school, a body or a
title), so the places' rule reads them; this pass gives them back to the person.

Only a place standing alone (the gazetteer's ward or district, no unit word before it) on the last line, with the
line nothing but the name, is so read: ``huyện Trường Hà`` or a province (``Hà Nội``, a dateline) stays a place.
"""
from __future__ import annotations

from .spans import BARE_WARD_RULE, Mention

__all__ = ["bylines_read_as_places"]



def bylines_read_as_places(text: str, last: tuple[int, int] | None, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a ward's or district's name that is the whole last line ``last`` (its span) made the
    author's (PER); ``mentions`` sorted by position.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.entities.extract import article_mentions
    >>> a = article_from_text("Tiêu đề\\n\\nMưa lớn gây ngập nhiều tuyến phố.\\n\\nTrung Sơn", doc_id="x")
    >>> [(m.label, a.text[m.start:m.end]) for m in article_mentions(a)]
    [('PER', 'Trung Sơn')]
    """
    if last is None:
        return mentions
    return [Mention("PER", m.start, m.end, "byline") if m.label == "LOC" and m.rule == BARE_WARD_RULE
            and (m.start, m.end) == last and " " in text[m.start : m.end] else m for m in mentions]
