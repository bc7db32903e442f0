"""What a corpus file says about an article besides its text: publication time, outlet,
category, URL, author, title and lead, typed; and which column of a table holds each.

Columns are found by the names crawls use (``lib/vnnews/data/corpus_columns.tsv``) or named
explicitly (``columns={"text": "noi_dung"}``). Publication times are read in the forms crawls
write them: ISO 8601 with or without a zone (``2025-06-28T23:43:45+07:00``), Vietnamese
datelines (``Thứ ba, 09/08/2022 - 06:46``), ``17/09/2024 18:06``, and epoch seconds or
milliseconds.
"""
from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import unquote, urlsplit

from ..data import read_table
from ..text.dates import WEEKDAY, make_date
from ..text.normalize import fold

__all__ = ["FIELDS", "ArticleMetadata", "ColumnMap", "column_key", "doc_id_from_url", "find_columns", "parse_offset", "parse_published"]

#: the article fields a table column (or a ``.txt`` header line) can fill
FIELDS = ("text", "title", "lead", "published", "outlet", "category", "url", "author", "id", "file")


@dataclass(frozen=True)
class ArticleMetadata:
    """Facts a corpus file states about an article (None where it states nothing).

    Attributes
    ----------
    published : datetime.datetime or datetime.date or None
        Publication time; a zone-aware datetime keeps its UTC offset.
    outlet, category, url, author : str or None
    title, lead : str or None
        As given in their own columns (they are also the first parts of the article text).
    extra : tuple of (str, str)
        Other columns of the row (or header lines of the file), name and value, in order.
    """

    published: dt.datetime | dt.date | None = None
    outlet: str | None = None
    category: str | None = None
    url: str | None = None
    author: str | None = None
    title: str | None = None
    lead: str | None = None
    extra: tuple[tuple[str, str], ...] = field(default=())

    @property
    def published_iso(self) -> str | None:
        """The publication time as ISO 8601 text (``2025-06-28T23:43:45+07:00``), or None."""
        if isinstance(self.published, dt.datetime):
            return self.published.isoformat(timespec="seconds")
        return self.published.isoformat() if isinstance(self.published, dt.date) else None


def column_key(name: str) -> str:
    """How column names are compared: folded, spaces and hyphens as ``_``, tone marks ignored.

    Examples
    --------
    >>> column_key("Published Time"), column_key("Nội dung")
    ('published_time', 'noi_dung')
    """
    plain = unicodedata.normalize("NFD", fold(name.strip())).replace("đ", "d")
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[\s\-.]+", "_", plain)


@cache
def _aliases() -> tuple[tuple[str, str], ...]:
    table = read_table("corpus_columns.tsv")
    return tuple((column_key(c), f) for f, c in zip(table["field"], table["column"]))


@dataclass(frozen=True)
class ColumnMap:
    """Which column of a table holds each field (:data:`FIELDS`), and the columns left over."""

    fields: Mapping[str, str]
    other: tuple[str, ...]

    def get(self, row: Mapping[str, object], name: str) -> object:
        column = self.fields.get(name)
        return row.get(column) if column is not None else None


def find_columns(header: Iterable[str], columns: Mapping[str, str] | None = None) -> ColumnMap:
    """Match a table's header to the article fields.

    Parameters
    ----------
    header : iterable of str
        The table's column names.
    columns : mapping, optional
        Field -> column name, for columns the usual names do not find (``{"text": "noi_dung"}``).
        A field named here that is not in the header is a ``ValueError``.

    Examples
    --------
    >>> m = find_columns(["crawled_time", "published_time", "Tiêu đề", "content", "url"])
    >>> dict(m.fields), m.other
    ({'text': 'content', 'title': 'Tiêu đề', 'published': 'published_time', 'url': 'url'}, ('crawled_time',))
    """
    names = list(header)
    chosen: dict[str, str] = {}
    for name, column in (columns or {}).items():
        if name not in FIELDS:
            raise ValueError(f"columns: {name!r} is not a field; fields are {', '.join(FIELDS)}")
        if column not in names:
            raise ValueError(f"columns: no column {column!r} for {name} (columns are {', '.join(map(str, names))})")
        chosen[name] = column
    by_key: dict[str, str] = {}
    for n in names:
        by_key.setdefault(column_key(str(n)), n)
    taken = set(chosen.values())
    for key, name in _aliases():
        column = by_key.get(key)
        if name not in chosen and column is not None and column not in taken:
            chosen[name] = column
            taken.add(column)
    order = {f: i for i, f in enumerate(FIELDS)}
    fields = dict(sorted(chosen.items(), key=lambda kv: order[kv[0]]))
    return ColumnMap(fields, tuple(n for n in names if n not in taken))


# ------------------------------------------------------------------------------ dates
_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T\s]+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(?P<zone>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?"
)
_CLOCK = r"(?P<h>\d{1,2})\s*(?::|h|g|giờ)\s*(?P<mi>\d{2})(?:\s*:\s*(?P<s>\d{2}))?(?:\s*(?P<ampm>am|pm|sa|ch))?"
_ZONE = r"\(?\s*(?:gmt|utc)?\s*(?P<zone>[+-]\s*\d{1,2}(?::?\d{2})?)\s*\)?"
_DMY = r"(?P<d>\d{1,2})\s*[-/.]\s*(?P<mo>\d{1,2})\s*[-/.]\s*(?P<y>\d{4})"
_VIETNAMESE = [
    re.compile(r"(?:(?:" + WEEKDAY + r")\s*,?\s*)?(?:ngày\s*)?" + _DMY + r"(?:\s*[-,|]?\s*(?:lúc\s*)?" + _CLOCK + r")?(?:\s*" + _ZONE + r")?"),
    re.compile(_CLOCK + r"\s*[-,|]?\s*(?:(?:" + WEEKDAY + r")\s*,?\s*)?(?:ngày\s*)?" + _DMY + r"(?:\s*" + _ZONE + r")?"),
]
_EPOCH = re.compile(r"\d{9,10}(?:\.\d+)?|\d{12,13}")


def parse_offset(zone: str | None) -> dt.timezone | None:
    """A UTC offset written ``+07:00``, ``+0700``, ``+7``, ``Z`` or ``UTC``; None when it is not one.

    Examples
    --------
    >>> parse_offset("+07:00"), parse_offset("UTC"), parse_offset("giờ Hà Nội")
    (datetime.timezone(datetime.timedelta(seconds=25200)), datetime.timezone.utc, None)
    """
    if not zone:
        return None
    zone = zone.replace(" ", "").upper()
    if zone in ("Z", "UTC", "GMT"):
        return dt.timezone.utc
    if not re.fullmatch(r"[+-]\d{1,2}(?::?\d{2})?", zone):
        return None
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
    if hours > 14 or minutes > 59:
        return None
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def _assemble(m: re.Match[str]) -> dt.datetime | dt.date | None:
    day = make_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    if day is None or not 1900 <= day.year <= 2100:
        return None
    if m["h"] is None:
        return day
    hour, minute, second = int(m["h"]), int(m["mi"]), int(m["s"] or 0)
    ampm = m.groupdict().get("ampm")
    if ampm in ("pm", "ch") and hour < 12:
        hour += 12
    elif ampm in ("am", "sa") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    zone = m["zone"]
    tz = parse_offset(zone)
    if zone and tz is None:
        return None
    return dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=tz)


def _local(when: dt.datetime, timezone: dt.timezone | None) -> dt.datetime:
    """A UTC instant shown in ``timezone`` (the zone the news was published in)."""
    if timezone is not None and when.utcoffset() == dt.timedelta(0):
        return when.astimezone(timezone)
    return when


def parse_published(value: object, *, timezone: dt.timezone | None = dt.timezone(dt.timedelta(hours=7))) -> dt.datetime | dt.date | None:
    """Read a publication time as crawls write it; None when it is not one.

    Parameters
    ----------
    value : str, int, float, datetime or date
        The cell.
    timezone : datetime.timezone or None
        Where UTC times (``Z``, ``+00:00``, epoch numbers, UTC timestamps) are shown: Vietnam
        time (UTC+7, no daylight saving) by default, so the date is the date the news carried.
        None keeps them in UTC. Times with another offset keep it; times without a zone stay naive.

    Examples
    --------
    >>> parse_published("2025-06-28T23:43:45+07:00").isoformat()
    '2025-06-28T23:43:45+07:00'
    >>> parse_published("Thứ ba, 09/08/2022 - 06:46 (GMT+7)").isoformat()
    '2022-08-09T06:46:00+07:00'
    >>> parse_published("17/09/2024 18:06").isoformat(), parse_published("09-08-2022")
    ('2024-09-17T18:06:00', datetime.date(2022, 8, 9))
    >>> parse_published(1660002360).isoformat(), parse_published("2022-08-08T23:46:00Z").isoformat()
    ('2022-08-09T06:46:00+07:00', '2022-08-09T06:46:00+07:00')
    >>> parse_published("hôm qua") is None
    True
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return _local(value, timezone) if value.tzinfo is not None else value
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            return None
        seconds = value / 1000 if abs(value) >= 1e11 else value
        try:
            when = dt.datetime.fromtimestamp(seconds, dt.timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
        return _local(when, timezone) if 1900 <= when.year <= 2100 else None
    text = str(value).strip()
    if not text or len(text) > 80:
        return None
    if _EPOCH.fullmatch(text):
        return parse_published(float(text) if "." in text else int(text), timezone=timezone)
    m = _ISO.fullmatch(text)
    if m:
        when = _assemble(m)
        return _local(when, timezone) if isinstance(when, dt.datetime) and when.tzinfo else when
    folded = fold(text).rstrip(".")
    for pattern in _VIETNAMESE:
        m = pattern.fullmatch(folded)
        if m:
            when = _assemble(m)
            return _local(when, timezone) if isinstance(when, dt.datetime) and when.tzinfo else when
    return None


# ------------------------------------------------------------------------------ ids
_SLUG_END = re.compile(r"\.[A-Za-z0-9]{1,6}$")


def doc_id_from_url(url: str) -> str | None:
    """A document id from an article URL: its last path segment without the extension.

    Examples
    --------
    >>> doc_id_from_url("https://baomoi.com/hung-yen-hien-truong-c52625163.epi")
    'hung-yen-hien-truong-c52625163'
    >>> doc_id_from_url("https://example.vn/tin/12345/?ref=home"), doc_id_from_url("không phải URL")
    ('12345', None)
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if not parts.netloc:
        return None
    segments = [s for s in unquote(parts.path).split("/") if s]
    if not segments:
        return None
    stem = _SLUG_END.sub("", segments[-1]).strip()
    return stem or None
