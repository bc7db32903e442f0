"""Plots of corpus statistics. Each function takes and returns a matplotlib Axes.

Vietnamese needs a font with the Latin Extended Additional block (``ạ ả ấ ầ ... ỹ``).
vnnews uses DejaVu Sans, which ships inside matplotlib itself, so labels never fall
back to empty boxes whatever fonts the machine has; :func:`missing_glyphs` checks it.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import pandas as pd
from matplotlib.axes import Axes

from .corpus import Article
from .stats import RUNNING_TEXT, kwic

__all__ = ["FONT", "missing_glyphs", "plot_top_words", "plot_sizes", "plot_dispersion", "plot_network", "plot_timeline"]

#: the font family used for every label
FONT = "DejaVu Sans"


@cache
def _charmap(family: str) -> frozenset[int]:
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    path = font_manager.findfont(font_manager.FontProperties(family=family), fallback_to_default=False)
    return frozenset(FT2Font(path).get_charmap())


def missing_glyphs(text: str, *, family: str = FONT) -> list[str]:
    """Characters of ``text`` the font cannot draw (an empty list when all render).

    Examples
    --------
    >>> missing_glyphs("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, Đắk Lắk")
    []
    """
    charmap = _charmap(family)
    return sorted({c for c in text if not c.isspace() and ord(c) not in charmap})


def _axes(ax: Axes | None, size: tuple[float, float]) -> Axes:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=size)
    return ax


def plot_top_words(frequencies: pd.DataFrame, *, n: int = 20, ax: Axes | None = None,
                   label: str = "item", value: str = "count", title: str | None = None) -> Axes:
    """Horizontal bars of the ``n`` most frequent items of a :func:`vnnews.stats.frequencies` table."""
    top = frequencies.nlargest(n, value).iloc[::-1]
    ax = _axes(ax, (7, max(3, 0.3 * len(top) + 1)))
    ax.barh(range(len(top)), top[value], color="#3b6ea5")
    ax.set_yticks(range(len(top)), labels=top[label].tolist(), fontfamily=FONT)
    ax.set_xlabel("occurrences" if value == "count" else value, fontfamily=FONT)
    if title:
        ax.set_title(title, fontfamily=FONT)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def plot_sizes(sizes: pd.DataFrame, *, column: str = "words", ax: Axes | None = None,
               label: str = "doc_id", title: str | None = None) -> Axes:
    """Bars of article sizes from a :func:`vnnews.stats.sizes` table."""
    ax = _axes(ax, (7, max(2.5, 0.35 * len(sizes) + 1)))
    ax.barh(range(len(sizes)), sizes[column], color="#7a9e5a")
    ax.set_yticks(range(len(sizes)), labels=sizes[label].astype(str).tolist(), fontfamily=FONT)
    ax.invert_yaxis()
    ax.set_xlabel(column, fontfamily=FONT)
    if title:
        ax.set_title(title, fontfamily=FONT)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def plot_dispersion(corpus: Iterable[Article], terms: Iterable[str], *, ax: Axes | None = None,
                    parts: Iterable[str] = RUNNING_TEXT) -> Axes:
    """Lexical dispersion plot: one row per article, a mark at the relative position of each
    occurrence of each term (0 = start of the article, 1 = end)."""
    articles = list(corpus)
    terms = list(terms)
    ax = _axes(ax, (8, max(2.5, 0.45 * len(articles) + 1)))
    markers = "|x+o^s"
    for k, term in enumerate(terms):
        hits = kwic(articles, term, parts=parts)
        row = {a.doc_id: i for i, a in enumerate(articles)}
        length = {a.doc_id: max(len(a.text), 1) for a in articles}
        xs = [s / length[d] for d, s in zip(hits["doc_id"], hits["start"])]
        ys = [row[d] + (k - (len(terms) - 1) / 2) * 0.12 for d in hits["doc_id"]]
        ax.scatter(xs, ys, marker=markers[k % len(markers)], s=80, label=term)
    ax.set_yticks(range(len(articles)), labels=[a.doc_id for a in articles], fontfamily=FONT)
    ax.set_xlim(0, 1)
    ax.set_ylim(len(articles) - 0.5, -0.5)
    ax.set_xlabel("position in article", fontfamily=FONT)
    ax.legend(prop={"family": FONT}, loc="upper left", bbox_to_anchor=(1, 1))
    return ax


_LABEL_COLOURS = {"PER": "#e0a030", "ORG": "#3b6ea5", "LOC": "#4c9a4c"}


def plot_network(pairs: pd.DataFrame, *, top: int = 25, ax: Axes | None = None) -> Axes:
    """Co-occurrence network from a :func:`vnnews.entities.cooccurrence` table.

    The ``top`` entities with the most co-occurrences are placed on a circle, grouped by
    label (persons, organisations, places); a line joins two that occur together, thicker
    the more often.
    """
    import math

    degree: dict[tuple[str, str], int] = {}
    for s, sl, t, tl, n in zip(pairs["source"], pairs["source_label"], pairs["target"], pairs["target_label"], pairs["count"]):
        degree[(s, sl)] = degree.get((s, sl), 0) + n
        degree[(t, tl)] = degree.get((t, tl), 0) + n
    nodes = sorted(sorted(degree, key=lambda k: (-degree[k], k))[:top], key=lambda k: (k[1], k[0]))
    ax = _axes(ax, (9, 9))
    where = {node: (math.cos(2 * math.pi * i / max(len(nodes), 1)), math.sin(2 * math.pi * i / max(len(nodes), 1)))
             for i, node in enumerate(nodes)}
    widest = max(pairs["count"].max() if len(pairs) else 1, 1)
    for s, sl, t, tl, n in zip(pairs["source"], pairs["source_label"], pairs["target"], pairs["target_label"], pairs["count"]):
        if (s, sl) in where and (t, tl) in where:
            (x1, y1), (x2, y2) = where[(s, sl)], where[(t, tl)]
            ax.plot([x1, x2], [y1, y2], color="#999999", linewidth=0.5 + 3 * n / widest, alpha=0.6, zorder=1)
    for (name, label), (x, y) in where.items():
        ax.scatter([x], [y], s=60 + 25 * degree[(name, label)], color=_LABEL_COLOURS.get(label, "#777777"), zorder=2)
        ax.text(x * 1.12, y * 1.12, name, ha="left" if x >= 0 else "right", va="center", fontsize=8, fontfamily=FONT)
    for label, colour in _LABEL_COLOURS.items():
        ax.scatter([], [], color=colour, label=label)
    ax.legend(prop={"family": FONT}, loc="lower left", bbox_to_anchor=(-0.1, -0.1))
    ax.set_xlim(-1.9, 1.9)
    ax.set_ylim(-1.4, 1.4)
    ax.set_axis_off()
    return ax


def plot_timeline(table: pd.DataFrame, *, lane: str = "doc_id", ax: Axes | None = None,
                  max_days: int | None = 3 * 366) -> Axes:
    """Events on one time axis: a point for a day, a bar for an interval, one lane per value of
    ``lane`` (``doc_id``, ``trigger_kind``, ...), from a :func:`vnnews.time.timeline` table.

    Parameters
    ----------
    max_days : int or None
        Leave out intervals longer than this (terms and plans spanning decades flatten
        everything else); None keeps all.
    """
    import matplotlib.dates as mdates

    rows = table.copy()
    rows["start_date"] = pd.to_datetime(rows["date_start"])
    rows["end_date"] = pd.to_datetime(rows["date_end"])
    if max_days is not None:
        rows = rows[(rows["end_date"] - rows["start_date"]).dt.days <= max_days]
    lanes = list(dict.fromkeys(rows[lane].astype(str)))
    ax = _axes(ax, (10, max(2.5, 0.5 * len(lanes) + 1.2)))
    colours = dict(zip(lanes, ["#3b6ea5", "#e0a030", "#4c9a4c", "#b5443c", "#7a5ea8", "#5a9aa8", "#a8795a"] * 10))
    for i, name in enumerate(lanes):
        mine = rows[rows[lane].astype(str) == name]
        days = mine[mine["start_date"] == mine["end_date"]]
        spans = mine[mine["start_date"] != mine["end_date"]]
        ax.scatter(days["start_date"], [i] * len(days), color=colours[name], s=40, zorder=3)
        for a, b in zip(spans["start_date"], spans["end_date"]):
            ax.barh(i, (b - a).days + 1, left=a, height=0.35, color=colours[name], alpha=0.45, zorder=2)
    ax.set_yticks(range(len(lanes)), labels=lanes, fontfamily=FONT)
    ax.set_ylim(len(lanes) - 0.5, -0.5)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(mdates.AutoDateLocator()))
    ax.grid(axis="x", alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)
    return ax
