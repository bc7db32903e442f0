"""The article's own date (document creation time, DCT), which every relative or
year-less time expression in it is resolved against.

Where it comes from, best first:

1. the dateline (``Thứ ba, 09/08/2022 - 06:46``);
2. the lead's date (``Ngày 2-10-2020, tại Hà Nội, ...``, ``Sáng 1/7, ...``,
   ``..., ngày 15/3.``), then a date in the next body paragraphs;
3. a lead date without a year takes its year from the file name when the name carries
   one (``2022-03-16-chat-van.txt``, ``..._2022.txt``: scraped corpora are often named
   so), else from the article's other dates: the latest fully written past date (not a
   deadline such as ``trước ngày 31/12``), moved one year on when the lead date would
   fall before it (news reports what came after what it recalls), else the year the
   article names most often;
4. with no date in the lead, a full date in the file name.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from ..text.dates import PART_OF_DAY, WEEKDAY, DayMonth, day_month_dates, make_date
from ..text.normalize import fold
from .structure import Structure

__all__ = ["DocumentDate", "document_date"]

# what may stand right before a date that dates the news itself
_LEAD_PREFIX = re.compile(
    r"(?:(?:" + PART_OF_DAY + r")(?:\s+(?:nay|qua|mai|hôm\s+nay|hôm\s+qua))?\s*(?:\(?\s*" + WEEKDAY + r"\s*\)?\s*)?,?\s*(?:ngày\s+)?"
    r"|(?:" + WEEKDAY + r")\s*,?\s*(?:ngày\s+)?|ngày\s+|hôm\s+)$"
)
# a date after these words is a deadline or a starting point, not a date already past
# ("tính đến ngày X" is "as of X", a date already past)
_NOT_PAST = re.compile(
    r"(?:trước|sau|(?<!tính\s)(?:đến|tới)|từ|chậm\s+nhất(?:\s+là)?|kể\s+từ|hết|hạn|hạn\s+chót)\s+(?:ngày\s+)?$"
)
_MONTH_YEAR = re.compile(r"(?<!\w)tháng\s+(\d{1,2})\s*(?:[-/.]|\s+năm)\s*(\d{4})(?!\d)")
_YEAR = re.compile(r"(?<![\w/.-])năm\s+(\d{4})(?![\d-])")
_FUTURE_YEAR = re.compile(r"(?:đến|tới|tầm\s+nhìn(?:\s+đến)?|trước|sau)\s+$")
_NAME_DATE = re.compile(r"(?<![A-Za-z0-9])((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?![A-Za-z0-9])")
_NAME_YEAR = re.compile(r"(?<![A-Za-z0-9])((?:19|20)\d{2})(?![A-Za-z0-9])")


def file_name_date(name: str) -> tuple[int | None, dt.date | None]:
    """The year and, if written, the full date in a file name (``2022-03-16_slug``, ``slug_2020``).

    Examples
    --------
    >>> file_name_date("2022-03-16-chat-van"), file_name_date("02_vnexpress_vupho_2020"), file_name_date("000_af2db3")
    ((2022, datetime.date(2022, 3, 16)), (2020, None), (None, None))
    """
    m = _NAME_DATE.search(name)
    if m:
        date = make_date(int(m[1]), int(m[2]), int(m[3]))
        if date is not None:
            return date.year, date
    years = _NAME_YEAR.findall(name)
    return (int(years[-1]), None) if len(set(years)) == 1 else (None, None)


@dataclass(frozen=True)
class DocumentDate:
    """The article's date and how it was found.

    Attributes
    ----------
    date : datetime.date or None
    source : str
        ``metadata`` (the publication time a corpus file gives), ``dateline``, ``lead``, ``body``,
        ``lead (year inferred)``, ``body (year inferred)``, ``lead (no year)`` (day and month
        known, year not) or ``none``.
    start, end : int or None
        Span of the evidence in the article text.
    time : str
        ``HH:MM`` from the metadata or the dateline, or ``""``.
    timezone : str
        The UTC offset of a metadata time (``+07:00``), or ``""``.
    """

    date: dt.date | None
    source: str
    start: int | None = None
    end: int | None = None
    time: str = ""
    timezone: str = ""


def _dated_in(folded: str, start: int, end: int) -> list[tuple[DayMonth, int]]:
    """Dates in ``folded[start:end]`` with a prefix that makes them news dates, with the prefix start."""
    found = []
    for d in day_month_dates(folded[start:end]):
        a, b = start + d.start, start + d.end
        before = folded[max(0, a - 40) : a]
        prefix = _LEAD_PREFIX.search(before)
        if prefix is None or _NOT_PAST.search(before):
            continue
        found.append((DayMonth(a, b, d.day, d.month, d.year), a - (len(before) - prefix.start())))
    return found


def _article_year(folded: str, month: int, day: int, exclude: tuple[int, int]) -> int | None:
    past: list[dt.date] = []
    for d in day_month_dates(folded, require_year=True):
        if (d.start, d.end) == exclude or _NOT_PAST.search(folded[max(0, d.start - 25) : d.start]):
            continue
        if d.date is not None:
            past.append(d.date)
    for m in _MONTH_YEAR.finditer(folded):
        month_, year = int(m[1]), int(m[2])
        if 1 <= month_ <= 12 and 1900 <= year <= 2100 and not _NOT_PAST.search(folded[max(0, m.start() - 25) : m.start()]):
            nxt = make_date(year + month_ // 12, month_ % 12 + 1, 1)
            assert nxt is not None
            past.append(nxt - dt.timedelta(days=1))
    if past:
        latest = max(past)
        year = latest.year
        candidate = make_date(year, month, day)
        if candidate is not None and candidate < latest:
            year += 1
        return year
    years = Counter(
        int(m[1])
        for m in _YEAR.finditer(folded)
        if 1900 <= int(m[1]) <= 2100 and not _FUTURE_YEAR.search(folded[max(0, m.start() - 20) : m.start()])
    )
    if not years:
        return None
    return max(years, key=lambda y: (years[y], y))


def document_date(text: str, structure: Structure, *, file_name: str = "",
                  published: dt.datetime | dt.date | None = None) -> DocumentDate:
    """Find the date of an article: the publication time from metadata when the corpus gives
    one, else the dateline, the lead, the file name, in that order.

    Parameters
    ----------
    text : str
        Article text.
    structure : Structure
        Its structure (:func:`vnnews.corpus.structure.article_structure`).
    file_name : str
        The file's name without extension, for a year or date it may carry.
    published : datetime.datetime or datetime.date, optional
        The publication time a corpus file states (a CSV column, JSON field...). It wins over
        the text: ``source`` is ``metadata``; a zone-aware time keeps its UTC offset.

    Returns
    -------
    DocumentDate

    Examples
    --------
    >>> from vnnews.corpus.structure import article_structure
    >>> t = "Hội nghị sơ kết\\n\\nSáng 1/7, Ban Tổ chức Trung ương họp. Tính đến ngày 20/6/2020 đã xong."
    >>> d = document_date(t, article_structure(t))
    >>> d.date, d.source, t[d.start:d.end]
    (datetime.date(2020, 7, 1), 'lead (year inferred)', 'Sáng 1/7')
    >>> when = dt.datetime.fromisoformat("2025-06-28T23:43:45+07:00")
    >>> d = document_date(t, article_structure(t), published=when)
    >>> d.date, d.source, d.time, d.timezone
    (datetime.date(2025, 6, 28), 'metadata', '23:43', '+07:00')
    """
    if isinstance(published, dt.datetime):
        offset = published.strftime("%z")
        zone = f"{offset[:3]}:{offset[3:]}" if offset else ""
        return DocumentDate(published.date(), "metadata", time=published.strftime("%H:%M"), timezone=zone)
    if isinstance(published, dt.date):
        return DocumentDate(published, "metadata")
    dateline = structure.first("dateline")
    if dateline is not None:
        return DocumentDate(dateline.date, "dateline", dateline.start, dateline.end, dateline.clock)
    folded = fold(text)
    text_paras = [p for p in structure.paragraphs if p.role in ("lead", "body")]
    for para in text_paras[:4]:
        where = "lead" if para.role == "lead" else "body"
        found = _dated_in(folded, para.start, para.end)
        if not found:
            continue
        d, prefix_start = found[0]
        if d.year is not None:
            return DocumentDate(d.date, where, prefix_start, d.end)
        name_year, _ = file_name_date(file_name)
        if name_year is not None and d.with_year(name_year) is not None:
            return DocumentDate(d.with_year(name_year), f"{where} (year from file name)", prefix_start, d.end)
        year = _article_year(folded, d.month, d.day, (d.start, d.end))
        if year is None:
            return DocumentDate(None, f"{where} (no year)", prefix_start, d.end)
        return DocumentDate(d.with_year(year), f"{where} (year inferred)", prefix_start, d.end)
    _, name_date = file_name_date(file_name)
    if name_date is not None:
        return DocumentDate(name_date, "file name")
    return DocumentDate(None, "none")
