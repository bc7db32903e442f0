"""Titles written once for several holders or with a body another title of the chain names: the heads of one office
after joined names, held in turn and sharing the last one's body (``A và B (nguyên chủ tịch, phó chủ tịch UBND tỉnh)``),
and a company's board given the company a later title of the chain names (``Chủ tịch HĐTV, Tổng giám đốc VEC``).
Both return, for a title span, the (head start, head end, end) of the title whose body it takes
(:meth:`.titles.TitleReader.titles` ``bodies``)."""
from __future__ import annotations

import bisect
import re

from .titles import TitleReader

__all__ = ["board_of_company", "respective"]


def board_of_company(reader: TitleReader, found: list[tuple[int, int, bool]]) -> dict[tuple[int, int], tuple[int, int, int]]:
    """A title in a company's board (``board`` cues: ``Chủ tịch HĐQT``) followed in the chain by a title that names the
    company (``Chủ tịch HĐQT, Tổng giám đốc VEC``, ``Chủ tịch HĐQT kiêm Tổng giám đốc Công ty X``) is on that company's
    board: the board title takes the later title's body, as (head start, head end, end) of the later title."""
    out = {}
    board = reader.lex.cues["board"]
    for (a, b, _), (c, d, _) in zip(found, found[1:]):
        ends_board = any(m.end() == len(reader.folded[a:b].rstrip()) for m in board.finditer(reader.folded[a:b]))
        k = bisect.bisect_left(reader.head_starts, c)
        if not ends_board or k == len(reader.heads) or reader.heads[k][0] >= d or not reader.text[reader.heads[k][1] : d].strip():
            continue
        if re.fullmatch(r"\s*(?:,|;)?\s*(?:(?:" + reader.lex.cues["joiner"].pattern + r")\s*)?", reader.folded[b:c]):
            out[(a, b)] = (reader.heads[k][0], reader.heads[k][1], d)
    return out


def respective(reader: TitleReader, found: list[tuple[int, int, bool]], names: int
                ) -> dict[tuple[int, int], tuple[int, int, int]] | None:
    """When names joined by "và" or commas are followed by as many titles, bare heads joined by commas and the last
    with a body, all heads of one office and its deputies (``A và B (nguyên chủ tịch, phó chủ tịch UBND tỉnh)``),
    each name holds one, in order, and the bare heads share the last one's body: for each bare head, the (head start,
    head end, end) of the last title; else None."""
    if len(found) != names:
        return None
    heads = []
    for a, b, _ in found:
        k = bisect.bisect_left(reader.head_starts, a)
        if k == len(reader.heads) or reader.heads[k][0] >= b:
            return None
        heads.append(reader.heads[k])
    last_head, last_end = heads[-1], found[-1][1]
    if not reader.text[last_head[1] : last_end].strip():
        return None  # no body to share
    def office(head: tuple[int, int]) -> list[str]:
        return reader.lex.cues["deputy"].sub(" ", reader.folded[head[0] : head[1]]).split()

    for (_, b, _), (g, h), (c, _, _) in zip(found, heads, found[1:]):
        if reader.text[h:b].strip() or reader.text[b:c].strip() != "," or office((g, h)) != office(last_head):
            return None  # a title with its own body, joined by more than a comma (kiêm), another office: one person's chain
    return {(a, b): (last_head[0], last_head[1], last_end) for a, b, _ in found[:-1]}
