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

__all__ = ["FONT", "MAX_LANES", "capped_lanes", "missing_glyphs", "plot_dispersion", "plot_network",
           "plot_over_time", "plot_positions", "plot_sizes", "plot_timeline", "plot_top_words"]

#: the font family used for every label
FONT = "DejaVu Sans"
#: rows (articles, lanes) a figure draws one by one; past that it groups or keeps the largest
MAX_LANES = 20
#: a colour per lane, cycled
_PALETTE = ("#3b6ea5", "#e0a030", "#4c9a4c", "#b5443c", "#7a5ea8", "#5a9aa8", "#a8795a", "#c06aa0", "#6a6a6a", "#98a83c")


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
    counts = pd.to_numeric(frequencies[value], errors="coerce").fillna(0)  # an empty table's column is untyped
    top = frequencies.assign(**{value: counts}).nlargest(n, value).iloc[::-1]
    ax = _axes(ax, (7, max(3, 0.3 * len(top) + 1)))
    ax.barh(range(len(top)), top[value], color="#3b6ea5")
    ax.set_yticks(range(len(top)), labels=top[label].tolist(), fontfamily=FONT)
    ax.set_xlabel("occurrences" if value == "count" else value, fontfamily=FONT)
    if title:
        ax.set_title(title, fontfamily=FONT)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def capped_lanes(labels: pd.Series, *, max_lanes: int = MAX_LANES, other: str = "other") -> pd.Series:
    """Keep the ``max_lanes - 1`` most frequent labels and call the rest ``other (N)``.

    Examples
    --------
    >>> capped_lanes(pd.Series(["a", "a", "b", "c", "d"]), max_lanes=3).tolist()
    ['a', 'a', 'b', 'other (2)', 'other (2)']
    """
    labels = labels.astype(str)
    counts = labels.value_counts(sort=False)
    if len(counts) <= max_lanes:
        return labels
    keep = counts.sort_values(ascending=False, kind="stable").index[: max_lanes - 1]
    rest = len(counts) - len(keep)
    return labels.where(labels.isin(keep), f"{other} ({rest})")


def plot_sizes(sizes: pd.DataFrame, *, column: str = "words", ax: Axes | None = None,
               label: str = "doc_id", title: str | None = None, max_bars: int = MAX_LANES * 2) -> Axes:
    """Bars of article sizes from a :func:`vnnews.stats.sizes` table; for more than
    ``max_bars`` articles, a histogram of the sizes instead (one bar per article is unreadable)."""
    if len(sizes) > max_bars:
        ax = _axes(ax, (7, 3.5))
        ax.hist(sizes[column], bins=min(40, max(10, len(sizes) // 20)), color="#7a9e5a")
        ax.set_xlabel(column, fontfamily=FONT)
        ax.set_ylabel("articles", fontfamily=FONT)
        if title:
            ax.set_title(f"{title} ({len(sizes)} articles)", fontfamily=FONT)
        ax.spines[["top", "right"]].set_visible(False)
        return ax
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
                    parts: Iterable[str] = RUNNING_TEXT, max_articles: int = MAX_LANES) -> Axes:
    """Lexical dispersion plot: one row per article, a mark at the relative position of each
    occurrence of each term (0 = start of the article, 1 = end). With more than
    ``max_articles`` articles, the rows are the articles with the most occurrences."""
    articles = list(corpus)
    terms = list(terms)
    found = {term: kwic(articles, term, parts=parts) for term in terms}
    if len(articles) > max_articles:
        hits = pd.concat([f["doc_id"] for f in found.values()]).value_counts(sort=False) if found else pd.Series()
        ranked = sorted(articles, key=lambda a: -int(hits.get(a.doc_id, 0)))[:max_articles]
        keep = {a.doc_id for a in ranked}
        articles = [a for a in articles if a.doc_id in keep]
        found = {term: f[f["doc_id"].isin(keep)] for term, f in found.items()}
    ax = _axes(ax, (8, max(2.5, 0.45 * len(articles) + 1)))
    markers = "|x+o^s"
    row = {a.doc_id: i for i, a in enumerate(articles)}
    length = {a.doc_id: max(len(a.text), 1) for a in articles}
    for k, term in enumerate(terms):
        hits = found[term]
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
                  max_days: int | None = 3 * 366, max_lanes: int = MAX_LANES, bulk: bool = True) -> Axes:
    """Events on one time axis: a point for a day, a bar for an interval, one lane per value of
    ``lane`` (``doc_id``, ``trigger_kind``, ``outlet``...), from a :func:`vnnews.time.timeline` table.

    Parameters
    ----------
    max_days : int or None
        Leave out intervals longer than this (terms and plans spanning decades flatten
        everything else); None keeps all.
    max_lanes : int
        Lanes drawn one by one: the ``max_lanes - 1`` with the most events, the rest in one
        ``other (N)`` lane.
    bulk : bool
        Limit the axis to the bulk of the events (:func:`vnnews.time.bulk_date_range`); the
        figure says how many fall outside.
    """
    import matplotlib.dates as mdates

    rows = table.copy()
    rows["start_date"] = pd.to_datetime(rows["date_start"])
    rows["end_date"] = pd.to_datetime(rows["date_end"])
    if max_days is not None:
        rows = rows[(rows["end_date"] - rows["start_date"]).dt.days <= max_days]
    rows["lane"] = capped_lanes(rows[lane], max_lanes=max_lanes)
    order = rows["lane"].value_counts(sort=False)
    lanes = sorted(order.index, key=lambda name: (name.startswith("other ("), -order[name], name))
    ax = _axes(ax, (10, max(2.5, 0.5 * len(lanes) + 1.2)))
    colours = {name: _PALETTE[i % len(_PALETTE)] for i, name in enumerate(lanes)}
    for i, name in enumerate(lanes):
        mine = rows[rows["lane"] == name]
        days = mine[mine["start_date"] == mine["end_date"]]
        spans = mine[mine["start_date"] != mine["end_date"]]
        ax.scatter(days["start_date"], [i] * len(days), color=colours[name], s=40, zorder=3)
        for a, b in zip(spans["start_date"], spans["end_date"]):
            ax.barh(i, (b - a).days + 1, left=a, height=0.35, color=colours[name], alpha=0.45, zorder=2)
    ax.set_yticks(range(len(lanes)), labels=lanes, fontfamily=FONT)
    ax.set_ylim(len(lanes) - 0.5, -0.5)
    if bulk and len(rows):
        from .time import bulk_date_range

        span = bulk_date_range(rows)
        margin = pd.Timedelta(days=15)
        ax.set_xlim(pd.Timestamp(span.start) - margin, pd.Timestamp(span.end) + margin)
        if len(span.outliers):
            ax.set_xlabel(f"{len(span.outliers)} of {len(rows)} events fall outside this range (see the table)",
                          fontfamily=FONT)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(mdates.AutoDateLocator()))
    ax.grid(axis="x", alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def plot_positions(table: pd.DataFrame, *, lane: str = "office", ax: Axes | None = None,
                   max_lanes: int = MAX_LANES, title: str | None = None) -> Axes:
    """Offices over time from a :func:`vnnews.entities.positions` table (one person's rows, or
    one office's holders with ``lane="person"``): a bar from the first to the last report of each,
    a point when it is reported on one date only; former offices hatched.
    """
    import matplotlib.dates as mdates

    rows = table.dropna(subset=["first_date"]).copy()
    rows["lane"] = capped_lanes(rows[lane], max_lanes=max_lanes)
    lanes = list(dict.fromkeys(rows.sort_values("first_date", kind="stable")["lane"]))
    ax = _axes(ax, (10, max(2.2, 0.45 * len(lanes) + 1.2)))
    for i, name in enumerate(lanes):
        mine = rows[rows["lane"] == name]
        colour = _PALETTE[i % len(_PALETTE)]
        for first, last, former in zip(mine["first_date"], mine["last_date"], mine["former"]):
            if first == last:
                ax.scatter([first], [i], color=colour, s=45, zorder=3, marker="D" if former else "o")
            else:
                ax.barh(i, (last - first).days + 1, left=first, height=0.4, color=colour, alpha=0.6, zorder=2,
                        hatch="//" if former else None)
    ax.set_yticks(range(len(lanes)), labels=lanes, fontfamily=FONT)
    ax.set_ylim(len(lanes) - 0.5, -0.5)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(mdates.AutoDateLocator()))
    ax.grid(axis="x", alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)
    if title:
        ax.set_title(title, fontfamily=FONT)
    return ax


def plot_over_time(table: pd.DataFrame, *, label: str = "item", value: str = "per_10k", ax: Axes | None = None,
                   max_lines: int = 10, title: str | None = None) -> Axes:
    """One line per word (or name) across periods, from :func:`vnnews.stats.frequencies_over_time`
    (``label="item"``) or :func:`vnnews.stats.mentions_over_time` (``label="name", value="mentions"``).
    The ``max_lines`` largest in total are drawn."""
    totals = table.groupby(label)[value].sum().sort_values(ascending=False, kind="stable")
    keep = totals.index[:max_lines]
    wide = table[table[label].isin(keep)].pivot_table(index="period", columns=label, values=value, aggfunc="sum",
                                                      fill_value=0)
    ax = _axes(ax, (10, 4))
    for i, name in enumerate(keep):
        if name in wide:
            ax.plot(range(len(wide)), wide[name], marker="o", color=_PALETTE[i % len(_PALETTE)], label=name)
    ax.set_xticks(range(len(wide)), labels=list(wide.index), rotation=45 if len(wide) > 8 else 0, fontfamily=FONT)
    ax.set_ylabel(value, fontfamily=FONT)
    ax.legend(prop={"family": FONT}, loc="upper left", bbox_to_anchor=(1, 1))
    ax.spines[["top", "right"]].set_visible(False)
    if title:
        ax.set_title(title, fontfamily=FONT)
    return ax
