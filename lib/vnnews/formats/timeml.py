"""TimeML: one ``doc_id.tml`` per article, its text with every time expression as an inline ``TIMEX3``.

The layout is TempEval-3's (``TimeML`` root with ``DOCID``, ``DCT``, ``TITLE``, ``TEXT``). ``DCT`` holds the
article's own date as ``TIMEX3 tid="t0" functionInDocument="CREATION_TIME"``: with its time and UTC
offset when known, at the precision it is known (``2022-06``, ``2022`` for an article known only to its
month or year: a crawl's folder name), ``XXXX-XX-XX`` when the article has none. ``TEXT`` is
``article.text`` character for character, so its text content (``"".join(element.itertext())``) is the
article and each ``TIMEX3`` sits at the offsets of :func:`vnnews.time.temporal_expressions`. Each
``TIMEX3`` has ``tid``, ``type`` (DATE, TIME, DURATION, SET) and ``value`` (vnnews's TIMEX3 value;
``""`` when unknown). A value resolved against something else (the ``anchor`` column) is a temporal
function, ``temporalFunction="true"``, and ``anchorTimeID`` names what it was resolved against:

==========================================  ==========================================================
``anchor``                                  ``anchorTimeID``
==========================================  ==========================================================
document date, document month/year         ``t0``, the DCT (``tháng 6``, ``năm ngoái``)
previous date                               the last day the text named (``cùng ngày``, ``lúc 8h``)
next date                                   the day a clock time stands before (``lúc 7h30 ..., ngày 2/4``)
compared period                             the period compared with (``tháng 6 ... so với cùng kỳ``)
narrative date                              the date a paragraph of the past is at (``Cuối năm 2020, ... Ngày 17/1``)
explicit, political events table, none      no temporal function (``temporalFunction="false"``)
file year                                   no temporal function: the year of the file's name or folder, not the DCT
==========================================  ==========================================================

XML 1.0 cannot carry control characters other than tab and line break, not even escaped: an article
holding one is not written, and the error (file, offset, character) is logged; the others are written.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pandas as pd

from ..corpus import Article
from ..time import temporal_expressions
from .files import XML_INVALID, article_path, output_folder, write_text

__all__ = ["article_timeml", "write_timeml"]

_LOG = logging.getLogger(__name__)
_TEXT_ESCAPES = {"\r": "&#13;"}


#: anchors that are the document's creation time, known to the day, the month or the year
_DCT_ANCHORS = ("document date", "document month", "document year")
#: anchors that are another expression of the text (its start in ``anchor_start``)
_TEXT_ANCHORS = ("previous date", "next date", "compared period", "narrative date")


def _dct_value(article: Article) -> str:
    document_date = article.document_date
    if article.date is None:
        if document_date.precision == "month":
            return f"{document_date.year:04d}-{document_date.month:02d}"
        return f"{document_date.year:04d}" if document_date.precision == "year" else "XXXX-XX-XX"
    if not document_date.time:
        return article.date.isoformat()
    return f"{article.date.isoformat()}T{document_date.time}{document_date.timezone}"


def _anchor_tid(anchor: str, anchor_start: object, tids: dict[int, int]) -> str | None:
    """The ``tid`` of what a value was resolved against, None when it is no temporal function."""
    if anchor in _DCT_ANCHORS:
        return "t0"
    if anchor in _TEXT_ANCHORS and not pd.isna(anchor_start) and int(anchor_start) in tids:  # type: ignore[call-overload]
        return f"t{tids[int(anchor_start)]}"  # type: ignore[call-overload]
    return None


def _timex3(tid: int, kind: str, value: str, anchor_tid: str | None) -> str:
    attributes = f'tid="t{tid}" type={quoteattr(kind)} value={quoteattr(value)}'
    if anchor_tid is not None:
        attributes += f' temporalFunction="true" anchorTimeID="{anchor_tid}"'
    else:
        attributes += ' temporalFunction="false"'
    return f"<TIMEX3 {attributes}>"


def article_timeml(article: Article, timex_rows: pd.DataFrame) -> str:
    """The TimeML document of one article.

    Parameters
    ----------
    article : Article
    timex_rows : pandas.DataFrame
        This article's rows of :func:`vnnews.time.temporal_expressions` (they do not overlap).

    Raises
    ------
    ValueError
        When the text holds a character XML 1.0 cannot carry, or two time expressions overlap
        (inline markup cannot nest them).

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.time import temporal_expressions
    >>> a = article_from_text("TCCS - Ngày 2-10-2020, hội nghị sơ kết 6 tháng đầu năm.", doc_id="x")
    >>> print(article_timeml(a, temporal_expressions([a])).split("<TEXT>")[1])  # doctest: +NORMALIZE_WHITESPACE
    TCCS - <TIMEX3 tid="t1" type="DATE" value="2020-10-02" temporalFunction="false">Ngày 2-10-2020</TIMEX3>, hội nghị sơ kết
    <TIMEX3 tid="t2" type="DATE" value="2020-H1" temporalFunction="true" anchorTimeID="t0">6 tháng đầu năm</TIMEX3>.</TEXT>
    </TimeML>
    <BLANKLINE>
    """
    text = article.text
    bad = XML_INVALID.search(text)
    if bad:
        raise ValueError(f"{article.path or article.doc_id}: character U+{ord(bad.group()):04X} at offset {bad.start()} "
                         "cannot be written in XML 1.0")
    anchor_starts = timex_rows["anchor_start"] if "anchor_start" in timex_rows else [None] * len(timex_rows)
    rows = sorted(zip(timex_rows["start"], timex_rows["end"], timex_rows["type"], timex_rows["value"], timex_rows["anchor"],
                      anchor_starts), key=lambda row: (row[0], row[1]))
    tids = {int(row[0]): tid for tid, row in enumerate(rows, start=1)}
    pieces = []
    at = 0
    for tid, (start, end, kind, value, anchor, anchor_start) in enumerate(rows, start=1):
        if start < at:
            raise ValueError(f"{article.path or article.doc_id}: time expressions overlap at {start}:{end}; "
                             "TimeML cannot nest them")
        pieces += [escape(text[at:start], _TEXT_ESCAPES), _timex3(tid, kind, value, _anchor_tid(anchor, anchor_start, tids)),
                   escape(text[start:end], _TEXT_ESCAPES), "</TIMEX3>"]
        at = end
    pieces.append(escape(text[at:], _TEXT_ESCAPES))
    title = escape(article.title or "", _TEXT_ESCAPES)
    dct = _dct_value(article)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n'
            f"<DOCID>{escape(article.doc_id)}</DOCID>\n"
            f'<DCT><TIMEX3 tid="t0" type="{"TIME" if "T" in dct else "DATE"}" value={quoteattr(dct)} '
            f'temporalFunction="false" functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
            f"<TITLE>{title}</TITLE>\n<TEXT>{''.join(pieces)}</TEXT>\n</TimeML>\n")


def write_timeml(corpus: Iterable[Article], out: str | Path) -> list[Path]:
    """Write ``doc_id.tml`` for every article into the folder ``out``.

    An article XML cannot carry (see the module docstring) is logged as an error and not written.

    Returns
    -------
    list of Path
        The files written.

    Examples
    --------
    >>> import tempfile
    >>> from xml.etree import ElementTree
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nSáng 1/7/2020, hội nghị khai mạc.", doc_id="x")
    >>> root = ElementTree.parse(write_timeml([a], tempfile.mkdtemp())[0]).getroot()
    >>> "".join(root.find("TEXT").itertext()) == a.text, root.find("TEXT/TIMEX3").get("value")
    (True, '2020-07-01')
    """
    articles = list(corpus)
    folder = output_folder(out)
    timexes = temporal_expressions(articles)
    groups = dict(tuple(timexes.groupby("doc_id", sort=False)))
    written = []
    for article in articles:
        try:
            document = article_timeml(article, groups.get(article.doc_id, timexes.iloc[:0]))
        except ValueError as error:
            _LOG.error("%s (TimeML not written for this article)", error)
            continue
        written.append(write_text(article_path(folder, article.doc_id, ".tml"), document))
    return written
