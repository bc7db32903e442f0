"""brat standoff: the entity mentions and time expressions of each article, to read and correct them
in brat (https://brat.nlplab.org/standoff.html) or INCEpTION (which imports brat folders).

Per article ``doc_id.txt`` (``article.text`` exactly, UTF-8) and ``doc_id.ann``:

- ``T`` lines, one per mention (``PER``, ``ORG``, ``LOC``) and per time expression (``TIMEX``), with
  offsets into the ``.txt`` in characters; mentions may overlap (``Quảng Trị`` inside ``UBND tỉnh
  Quảng Trị``); a span across a line break is written as fragments (``start end;start end``);
- ``A`` lines ``TimexType Tn DATE`` (DATE, TIME, DURATION, SET);
- ``#`` lines ``AnnotatorNotes Tn 2020-07-01``: the normalised TIMEX3 value (none when unknown).

``annotation.conf`` declares the types, the attribute and ``<OVERLAP>`` (any overlap allowed);
``visual.conf`` names and colours them as :func:`vnnews.entities.highlight` does.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from ..corpus import Article
from ..entities import mentions
from ..entities.highlight import COLOURS
from ..time import temporal_expressions
from .files import article_path, output_folder, write_text

__all__ = ["annotation_conf", "article_ann", "visual_conf", "write_brat"]

#: brat entity types vnnews writes, with the name brat shows; other mention labels are added as found
ENTITY_TYPES = {"PER": "Person", "ORG": "Organisation", "LOC": "Place", "TIMEX": "Time expression"}
TIMEX_COLOUR = "#f6c6d0"
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` split at line breaks (brat draws a fragment on one line), empty pieces dropped."""
    pieces = []
    at = start
    for line in text[start:end].split("\n"):
        if line:
            pieces.append((at, at + len(line)))
        at += len(line) + 1
    return pieces or [(start, end)]


def article_ann(article: Article, mention_rows: pd.DataFrame, timex_rows: pd.DataFrame) -> str:
    """The ``.ann`` text of one article.

    Parameters
    ----------
    article : Article
    mention_rows : pandas.DataFrame
        This article's rows of :func:`vnnews.entities.mentions`.
    timex_rows : pandas.DataFrame
        This article's rows of :func:`vnnews.time.temporal_expressions`.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.entities import mentions
    >>> from vnnews.time import temporal_expressions
    >>> a = article_from_text("Tiêu đề\\n\\nSáng 1/7/2020, UBND tỉnh Quảng Trị họp.", doc_id="x")
    >>> print(article_ann(a, mentions([a]), temporal_expressions([a])), end="")  # doctest: +NORMALIZE_WHITESPACE
    T1 TIMEX 9 22 Sáng 1/7/2020
    A1 TimexType T1 DATE
    #1 AnnotatorNotes T1 2020-07-01
    T2 ORG 24 43 UBND tỉnh Quảng Trị
    T3 LOC 34 43 Quảng Trị
    """
    text = article.text
    spans = [(s, e, label, "", "") for s, e, label in zip(mention_rows["start"], mention_rows["end"], mention_rows["label"])]
    spans += [(s, e, "TIMEX", kind, value) for s, e, kind, value in
              zip(timex_rows["start"], timex_rows["end"], timex_rows["type"], timex_rows["value"])]
    spans.sort(key=lambda r: (r[0], -r[1], r[2]))
    lines = []
    attributes = notes = 0
    for number, (start, end, label, kind, value) in enumerate(spans, start=1):
        fragments = _fragments(text, start, end)
        offsets = ";".join(f"{a} {b}" for a, b in fragments)
        lines.append(f"T{number}\t{label} {offsets}\t{' '.join(text[a:b] for a, b in fragments)}")
        if kind:
            attributes += 1
            lines.append(f"A{attributes}\tTimexType T{number} {kind}")
        if value:
            notes += 1
            lines.append(f"#{notes}\tAnnotatorNotes T{number}\t{value}")
    return "".join(line + "\n" for line in lines)


def annotation_conf(labels: Iterable[str] = ()) -> str:
    """brat's ``annotation.conf``: the entity types (with ``labels`` beyond the usual ones), overlaps
    allowed, the ``TimexType`` attribute."""
    types = list(ENTITY_TYPES) + sorted(set(labels) - set(ENTITY_TYPES))
    return ("# vnnews: entity mentions and time expressions\n[entities]\n" + "".join(t + "\n" for t in types)
            + "\n[relations]\n# mentions may overlap in any way (a place inside an organisation's name)\n"
            "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n[events]\n\n[attributes]\n"
            f"TimexType\tArg:TIMEX, Value:{'|'.join(TIMEX_TYPES)}\n")


def visual_conf(labels: Iterable[str] = ()) -> str:
    """brat's ``visual.conf``: a name and a colour per type."""
    types = list(ENTITY_TYPES) + sorted(set(labels) - set(ENTITY_TYPES))
    names = "".join(f"{t} | {ENTITY_TYPES.get(t, t)} | {t}\n" for t in types)
    colours = "".join(f"{t}\tbgColor:{TIMEX_COLOUR if t == 'TIMEX' else COLOURS.get(t, '#eeeeee')}\n" for t in types)
    return f"[labels]\n{names}\n[drawing]\n{colours}"


def write_brat(corpus: Iterable[Article], out: str | Path) -> list[Path]:
    """Write ``doc_id.txt`` and ``doc_id.ann`` for every article, ``annotation.conf`` and ``visual.conf``
    into the folder ``out`` (a brat collection).

    Returns
    -------
    list of Path
        The files written.

    Examples
    --------
    >>> import tempfile
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nUBND tỉnh Quảng Trị họp.", doc_id="x")
    >>> sorted(p.name for p in write_brat([a], tempfile.mkdtemp()))
    ['annotation.conf', 'visual.conf', 'x.ann', 'x.txt']
    """
    articles = list(corpus)
    folder = output_folder(out)
    found = mentions(articles)
    timexes = temporal_expressions(articles)
    mention_groups = dict(tuple(found.groupby("doc_id", sort=False)))
    timex_groups = dict(tuple(timexes.groupby("doc_id", sort=False)))
    written = []
    for article in articles:
        ann = article_ann(article, mention_groups.get(article.doc_id, found.iloc[:0]),
                          timex_groups.get(article.doc_id, timexes.iloc[:0]))
        written.append(write_text(article_path(folder, article.doc_id, ".txt"), article.text))
        written.append(write_text(article_path(folder, article.doc_id, ".ann"), ann))
    labels = set(found["label"])
    written.append(write_text(folder / "annotation.conf", annotation_conf(labels)))
    written.append(write_text(folder / "visual.conf", visual_conf(labels)))
    return written
