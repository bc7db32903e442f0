"""The grammar of leaving a post, read right after a title chain in apposition or a name: a dismissal, a retirement or
a resignation (``A, Phó Chủ tịch phường, bị cách chức``, ``..., đã nghỉ hưu``; also of the holder and others:
``A, Chủ tịch UBND phường X và cấp phó bị cách chức``), a move to another post (``A, Giám đốc Công an tỉnh X, được
điều động, bổ nhiệm giữ chức ...``) and a rank raised (``Thượng úy A được thăng cấp đại úy``). Cues are the
``dismissal``, ``transfer`` and ``promotion`` kinds of ``data/title_cues.tsv``.
"""
from __future__ import annotations

import bisect
import re
from functools import cache
from typing import TYPE_CHECKING

from .lexicon import lexicon

if TYPE_CHECKING:
    from .titles import TitleReader

__all__ = ["appointed_away", "dismissal_after", "is_rank", "left_on_transfer", "moved_on_after", "promoted", "taken_after",
           "takes_effect_later", "transfer_after"]

#: between a title chain and a cue right after it: a separator or an opening bracket, and a word of tense
_AFTER_CHAIN = re.compile(r"\s*[,(]?\s*(?:(?:đã|vừa|mới)\s+)?")


def _cue_after_chain(reader: TitleReader, kind: str, end: int) -> re.Match[str] | None:
    """A title cue of ``kind`` right after the title chain ending at ``end`` (after a comma or an opening bracket and
    ``đã``/``vừa``/``mới``)."""
    gap = _AFTER_CHAIN.match(reader.folded, end, end + 12)
    return reader.lex.cues[kind].match(reader.folded, gap.end() if gap else end)


def transfer_after(reader: TitleReader, end: int) -> bool:
    """Does a move to another post follow the title chain ending at ``end`` (``, được điều động, bổ nhiệm giữ chức``,
    also with the body that moves its holder after ``được``: ``được Bộ Công an điều động``; not ``được bổ nhiệm
    lại``), or a bracket saying the unit is the one before a merger (``(trước khi sáp nhập)``)?"""
    moved = _cue_after_chain(reader, "transfer", end)
    moved_end = moved.end() if moved else _cue_after_agent(reader, "transfer", end)
    return moved_end is not None and not re.match(r"\s+lại(?!\w)", reader.folded[moved_end : moved_end + 5])


def _cue_after_agent(reader: TitleReader, kind: str, end: int) -> int | None:
    """End of a title cue of ``kind`` that opens with a passive word (``được``), written with the body doing it after
    that word (``, được Bộ Công an điều động``) right after the chain ending at ``end``."""
    gap = _AFTER_CHAIN.match(reader.folded, end, end + 12)
    at = gap.end() if gap else end
    passive = re.match(r"(" + reader.lex.alternation("passive") + r")\s+", reader.folded[at : at + 12])
    k = bisect.bisect_left(reader.org_starts, at + passive.end()) if passive else len(reader.orgs)
    if k == len(reader.orgs) or reader.orgs[k][0] != at + passive.end():
        return None
    rest = reader.orgs[k][1] + len(reader.folded[reader.orgs[k][1] :]) - len(reader.folded[reader.orgs[k][1] :].lstrip(" "))
    cue = reader.lex.cues[kind].match(passive.group(1) + " " + reader.folded[rest : rest + 60])
    return rest + cue.end() - len(passive.group(1)) - 1 if cue and cue.end() > len(passive.group(1)) + 1 else None


def takes_effect_later(reader: TitleReader, end: int, hi: int) -> bool:
    """Does the move to another post after the title chain ending at ``end`` take effect at a later event, told in the
    clause up to ``hi`` (``A, Giám đốc Công an tỉnh X, được điều động giữ chức Giám đốc Công an tỉnh Y sau hợp nhất``)?
    Then the posts of the chain are still held when the news is written. Not when the chain's own unit is called the one
    before the merger (``X (trước khi hợp nhất)``: a ``transfer`` cue right after the chain)."""
    stop = re.compile(r"[.;!?\n]").search(reader.folded, end, hi)
    later = reader.lex.cues["later_effect"].search(reader.folded, end, stop.start() if stop else hi)
    if later is None:
        return False
    moved = _cue_after_chain(reader, "transfer", end)
    return moved is None or "trước" not in moved.group(0)


def left_on_transfer(reader: TitleReader, start: int) -> bool:
    """Is the title at ``start`` left when its holder moves to another post (not a rank, degree or Party office)?"""
    k = bisect.bisect_left(reader.head_starts, start)
    if k == len(reader.heads):
        return True
    head = reader.folded[slice(*reader.heads[k])]
    return head not in reader.lex.whole_titles and head not in reader.lex.party_titles


def dismissal_after(reader: TitleReader, end: int) -> bool:
    """Does a dismissal, retirement or resignation follow the title chain ending at ``end`` (``, bị cách chức``, ``, đã nghỉ
    hưu``), or the holder and others dismissed (``... và cấp phó bị cách chức``)?"""
    return _cue_after_chain(reader, "dismissal", end) is not None or _others_dismissed().match(reader.folded, end) is not None


@cache
def _others_dismissed() -> re.Pattern[str]:
    """The holder joined by ``và``/``cùng`` to a few words naming others, then a dismissal (``... và cấp phó bị cách
    chức``): the holder is dismissed too."""
    return re.compile(r"\s*(?:và|cùng)\s+(?:[^\W\d]+\s+){1,4}?(?:(?:đã|vừa|mới)\s+)?(?:" + lexicon().cues["dismissal"].pattern + ")")


def taken_after(reader: TitleReader, end: int) -> bool:
    """Does the holder take another post right after the title chain ending at ``end`` (``khi đang làm Trưởng phòng X đã
    được bầu làm ...``: a ``taking`` cue or a move)?"""
    return _cue_after_chain(reader, "taking", end) is not None or transfer_after(reader, end)


def moved_on_after(reader: TitleReader, end: int) -> bool:
    """Does the holder go on to another post after the title chain ending at ``end``, maybe after the years it was held
    (``... Cục trưởng từ 2004 đến năm 2007, sau đó làm Thứ trưởng``; ``next_post`` cues before a copula or a move)?"""
    return _moved_on().match(reader.folded, end) is not None


@cache
def _moved_on() -> re.Pattern[str]:
    cues = lexicon().cues
    tenure = r"(?:\s+(?:từ|đến|tới|trong|giai\s+đoạn|năm|tháng|\d[\d/\-–]*)(?!\w))*"
    return re.compile(tenure + r"\s*,?\s*(?:" + cues["next_post"].pattern + r")\s+(?:(?:được|lại|chuyển\s+sang)\s+)?(?:"
                      + "|".join(cues[kind].pattern for kind in ("copula", "transfer", "taking")) + ")")


def appointed_away(reader: TitleReader, lo: int, name_start: int, end: int) -> bool:
    """Is the name at ``name_start`` the object of a decision moving it to a post (an ``appointing`` cue before it in the
    sentence from ``lo``), with the post taken written right after its chain ending at ``end`` (``bổ nhiệm đại tá A,
    Giám đốc X, giữ chức Y``) or before the name (``bổ nhiệm giữ chức Y đối với ...: A (X)``)? Then the chain's posts
    are the ones left."""
    cues = reader.lex.cues
    appointing = cues["appointing"].search(reader.folded, lo, name_start)
    if appointing is None or re.match(r"\s+lại(?!\w)", reader.folded[appointing.end() : appointing.end() + 5]):
        return False
    taken = re.compile(r"\s*[,)]?\s*(?:" + cues["taking_headline"].pattern + r"|làm)(?!\w)")
    return taken.match(reader.folded, end) is not None or re.search(
        r"(?:" + cues["taking_headline"].pattern + r")", reader.folded[appointing.end() : name_start]) is not None


def promoted(reader: TitleReader, name_end: int, chain_start: int, lo: int, hi: int) -> bool:
    """Is the rank of a name (ending at ``name_end``, its chain before it starting at ``chain_start``, in the sentence
    ``lo:hi``) raised? A promotion cue right after the name (``Thượng úy A được thăng cấp đại úy``), at the end of its
    clause with no other predicate before it (``thượng úy A, Phòng X, và thượng úy B, ..., được thăng quân hàm ... lên đại
    úy``), or before it, the promotion given ``đối với`` the rank and the name (``thăng quân hàm ... lên thiếu tá đối với
    đại úy A``). Then the rank written before the name is no longer held."""
    cues = reader.lex.cues
    if _cue_after_chain(reader, "promotion", name_end) is not None:
        return True
    after = cues["promotion"].search(reader.folded, name_end, hi)
    if after and not re.search(r"[.;!?:]", reader.folded[name_end : after.start()]) \
            and not any(reader.text[m.start()].islower() and m.group(0) != "và"  # names joined by "và" share the predicate
                        for m in cues["clause"].finditer(reader.folded, name_end, after.start())) \
            and reader.words.predicate_at(name_end, after.start()) is None:
        return True
    return cues["promotion"].search(reader.folded, lo, chain_start) is not None \
        and _FOR_BEFORE.search(reader.folded, lo, chain_start) is not None


#: the preposition that gives a decision to the person after it (``thăng quân hàm ... đối với đại úy A``)
_FOR_BEFORE = re.compile(r"(?<!\w)đối\s+với\s*$")


def is_rank(reader: TitleReader, start: int) -> bool:
    """Is the title at ``start`` a military or police rank (``ranks.tsv``)?"""
    k = bisect.bisect_left(reader.head_starts, start)
    return k < len(reader.heads) and reader.folded[slice(*reader.heads[k])] in reader.lex.ranks
