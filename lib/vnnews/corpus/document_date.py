"""The article's own date (document creation time, DCT), which every relative or
year-less time expression in it is resolved against.

Where it comes from, best first:

1. the publication time a corpus file gives (``date_source = "metadata"``);
2. the dateline (``Thứ ba, 09/08/2022 - 06:46``);
3. the lead's date (``Ngày 2-10-2020, tại Hà Nội, ...``, ``Sáng 1/7, ...``,
   ``..., ngày 15/3.``), then a date in the next body paragraphs;
4. a lead date without a year takes its year from the file name when the name carries
   one (``2022-03-16-chat-van.txt``, ``..._2022.txt``: scraped corpora are often named
   so), else from the folders it sits in (``vnexpress-2022/thoi_su/...``), else from the
   article's other dates: the latest fully written past date (not a deadline such as
   ``trước ngày 31/12``), moved one year on when the lead date would fall before it
   (news reports what came after what it recalls), else the latest year it names as past;
5. with no date in the text, a date or a year in the file name or its folders.

A date known only to the year (or the month) is still an anchor: ``precision`` says how
much of it is known, and the temporal tagger resolves ``tháng 6`` or ``năm ngoái``
against it at that precision.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import PurePath

from ..text.dates import (
    PART_OF_DAY,
    WEEKDAY,
    DayMonth,
    alternation,
    day_month_dates,
    make_date,
    not_past_before,
    number_context_words,
    time_words,
)
from ..text.normalize import fold
from .structure import Structure

__all__ = ["DocumentDate", "document_date", "file_name_date", "file_name_month", "folder_year"]

_POINT_WORDS = alternation(w for w, role in time_words("date_word").items() if role in ("day", "point"))
# what may stand right before a date that dates the news itself
_LEAD_PREFIX = re.compile(
    r"(?:(?:" + PART_OF_DAY + r")(?:\s+(?:" + alternation(time_words("day_deixis")) + r"|hôm\s+nay|hôm\s+qua))?\s*"
    r"(?:\(?\s*" + WEEKDAY + r"\s*\)?\s*)?,?\s*(?:ngày\s+)?"
    r"|(?:" + WEEKDAY + r")\s*,?\s*(?:ngày\s+)?|ngày\s+|" + _POINT_WORDS + r"\s+(?:ngày\s+)?)$"
)
# a date that belongs to a document, by its number or right after its kind (Kết luận số 72 ngày 17/5/2010, trong văn
# bản ngày 11/3): the document's date, not the news's
_DOCUMENT_REFERENCE = re.compile(r"(?<!\w)" + alternation(number_context_words("document")) + r"\s+(?:(?:số\s+)?[\w/.-]*\d[\w/.-]*"
                                 r"\s*,?\s*(?:(?:ký|ban\s+hành)\s+)?(?:ngày\s+)?|ngày\s+)$")
_MONTH_YEAR = re.compile(r"(?<!\w)tháng\s+(\d{1,2})\s*(?:[-/.]|\s+năm)\s*(\d{4})(?!\d)")
_YEAR = re.compile(r"(?<![\w/.-])năm\s+(\d{4})(?![\d-])")
# a year after these words is a plan or a vision, not a year already past
_FUTURE_YEAR = re.compile(
    r"(?<!\w)(?:(?:" + alternation(w for w, role in time_words("date_word").items() if role == "until")
    + r")\s+|(?:" + alternation(time_words("plan_word")) + r")(?:\s+(?:đến|tới))?\s+)$"
)
_NAME_DATE = re.compile(r"(?<![A-Za-z0-9])((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?![A-Za-z0-9])")
_NAME_MONTH = re.compile(r"(?<![A-Za-z0-9])((?:19|20)\d{2})[-_.](\d{2})(?![-_.]?\d)")
_NAME_YEAR = re.compile(r"(?<![A-Za-z0-9])((?:19|20)\d{2})(?![A-Za-z0-9])")
#: how many folders above a file are read for a year
FOLDER_LEVELS = 3


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


def file_name_month(name: str) -> tuple[int, int] | None:
    """The year and month in a file name that gives no day (``2020-06_bao-cao``).

    Examples
    --------
    >>> file_name_month("2020-06_bao-cao"), file_name_month("2022-03-16-chat-van")
    ((2020, 6), None)
    """
    m = _NAME_MONTH.search(name)
    if m and 1 <= int(m[2]) <= 12:
        return int(m[1]), int(m[2])
    return None


def folder_year(path: str) -> int | None:
    """The year in the nearest of the folders a file sits in that names one year
    (``vnexpress-2022/thoi_su/Thoi_su_340.txt`` -> 2022), looking :data:`FOLDER_LEVELS` up.

    Examples
    --------
    >>> folder_year("corpora/vnexpress-2022/thoi_su/Thoi_su_340.txt"), folder_year("seeds/002_x.txt")
    (2022, None)
    """
    for folder in list(PurePath(path).parents)[:FOLDER_LEVELS]:
        year, _ = file_name_date(folder.name)
        if year is not None:
            return year
    return None


@dataclass(frozen=True)
class DocumentDate:
    """The article's date and how it was found.

    Attributes
    ----------
    date : datetime.date or None
        The full date, when the day is known.
    source : str
        ``metadata`` (the publication time a corpus file gives), ``dateline``, ``lead``, ``body``,
        ``lead (year from file name)``, ``lead (year from folder name)``, ``lead (year inferred)``
        (and the same for ``body``), ``lead (no year)`` (day and month known, year not),
        ``file name``, ``file name (month)``, ``file name (year)``, ``folder name (year)`` or ``none``.
    start, end : int or None
        Span of the evidence in the article text.
    time : str
        ``HH:MM`` from the metadata or the dateline, or ``""``.
    timezone : str
        The UTC offset of a metadata time (``+07:00``), or ``""``.
    year, month, day : int or None
        What is known of the date, also when it is not all known (a year from a folder
        name; a day and month without a year). Filled from ``date`` when it is given.
    """

    date: dt.date | None
    source: str
    start: int | None = None
    end: int | None = None
    time: str = ""
    timezone: str = ""
    year: int | None = None
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.date is not None:
            object.__setattr__(self, "year", self.date.year)
            object.__setattr__(self, "month", self.date.month)
            object.__setattr__(self, "day", self.date.day)

    @property
    def precision(self) -> str:
        """``day``, ``month`` or ``year`` (how much of the date is known), or ``""`` when the year is not.

        Examples
        --------
        >>> DocumentDate(None, "folder name (year)", year=2022).precision
        'year'
        """
        if self.year is None:
            return ""
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day"


def _dated_in(folded: str, start: int, end: int) -> list[tuple[DayMonth, int]]:
    """Dates in ``folded[start:end]`` with a prefix that makes them news dates, with the prefix start."""
    found = []
    for d in day_month_dates(folded[start:end]):
        a, b = start + d.start, start + d.end
        before = folded[max(0, a - 40) : a]
        prefix = _LEAD_PREFIX.search(before)
        if prefix is None or not_past_before(folded, a) or _DOCUMENT_REFERENCE.search(before):
            continue
        found.append((DayMonth(a, b, d.day, d.month, d.year), a - (len(before) - prefix.start())))
    return found


def _article_year(folded: str, month: int, day: int, exclude: tuple[int, int]) -> int | None:
    past: list[dt.date] = []
    for d in day_month_dates(folded, require_year=True):
        if (d.start, d.end) == exclude or not_past_before(folded, d.start):
            continue
        if d.date is not None:
            past.append(d.date)
    for m in _MONTH_YEAR.finditer(folded):
        month_, year = int(m[1]), int(m[2])
        if 1 <= month_ <= 12 and 1900 <= year <= 2100 and not not_past_before(folded, m.start()):
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
    years = [int(m[1]) for m in _YEAR.finditer(folded)
             if 1900 <= int(m[1]) <= 2100 and not _FUTURE_YEAR.search(folded, max(0, m.start() - 20), m.start())]
    return max(years) if years else None


def document_date(text: str, structure: Structure, *, file_name: str = "", path: str = "",
                  published: dt.datetime | dt.date | None = None) -> DocumentDate:
    """Find the date of an article: the publication time from metadata when the corpus gives
    one, else the dateline, the lead, the file name and its folders, in that order.

    Parameters
    ----------
    text : str
        Article text.
    structure : Structure
        Its structure (:func:`vnnews.corpus.structure.article_structure`).
    file_name : str
        The file's name without extension, for a year or date it may carry.
    path : str
        The file's path, for a year its folders may carry (``vnexpress-2022/thoi_su/...``).
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
    >>> t = "Hội nghị\\n\\nBan Bí thư cảnh cáo ông A."
    >>> d = document_date(t, article_structure(t), path="vnexpress-2022/thoi_su/Thoi_su_1.txt")
    >>> d.date, d.year, d.precision, d.source
    (None, 2022, 'year', 'folder name (year)')
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
    name_year, name_date = file_name_date(file_name)
    path_year = folder_year(path) if path else None
    text_paras = [p for p in structure.paragraphs if p.role in ("lead", "body")]
    for para in text_paras[:4]:
        where = "lead" if para.role == "lead" else "body"
        found = _dated_in(folded, para.start, para.end)
        if not found:
            continue
        d, prefix_start = found[0]
        if d.year is not None:
            return DocumentDate(d.date, where, prefix_start, d.end)
        if name_year is not None and d.with_year(name_year) is not None:
            return DocumentDate(d.with_year(name_year), f"{where} (year from file name)", prefix_start, d.end)
        if path_year is not None and d.with_year(path_year) is not None:
            return DocumentDate(d.with_year(path_year), f"{where} (year from folder name)", prefix_start, d.end)
        year = _article_year(folded, d.month, d.day, (d.start, d.end))
        if year is None:
            return DocumentDate(None, f"{where} (no year)", prefix_start, d.end, month=d.month, day=d.day)
        return DocumentDate(d.with_year(year), f"{where} (year inferred)", prefix_start, d.end)
    if name_date is not None:
        return DocumentDate(name_date, "file name")
    name_month = file_name_month(file_name)
    if name_month is not None:
        return DocumentDate(None, "file name (month)", year=name_month[0], month=name_month[1])
    if name_year is not None:
        return DocumentDate(None, "file name (year)", year=name_year)
    if path_year is not None:
        return DocumentDate(None, "folder name (year)", year=path_year)
    return DocumentDate(None, "none")
