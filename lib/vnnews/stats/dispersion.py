"""How evenly a term is spread across the articles of a corpus."""
from __future__ import annotations

import math
from collections.abc import Iterable

import pandas as pd

from ..corpus import Article
from ._common import RUNNING_TEXT
from .concordance import kwic
from .sizes import sizes

COLUMNS = ["term", "count", "articles", "range", "dp", "dp_norm", "juilland_d"]


def dispersion_scores(counts: list[int], part_sizes: list[int]) -> tuple[float, float, float]:
    """Gries' DP (and normalised DP) and Juilland's D of one term over corpus parts.

    Parameters
    ----------
    counts : list of int
        Occurrences of the term in each part.
    part_sizes : list of int
        Size of each part (words).

    Returns
    -------
    tuple of float
        ``(dp, dp_norm, juilland_d)``. DP is 0 for a term spread exactly in proportion to
        part sizes and approaches 1 when it is concentrated in one small part; D is 1
        for perfectly even relative frequencies.

    Examples
    --------
    >>> [round(x, 3) for x in dispersion_scores([2, 2], [100, 100])]
    [0.0, 0.0, 1.0]
    >>> [round(x, 3) for x in dispersion_scores([4, 0], [100, 100])]
    [0.5, 1.0, 0.0]
    """
    total, size = sum(counts), sum(part_sizes)
    if not total or not size:
        return math.nan, math.nan, math.nan
    expected = [s / size for s in part_sizes]
    dp = 0.5 * sum(abs(c / total - e) for c, e in zip(counts, expected))
    dp_norm = dp / (1 - min(expected)) if min(expected) < 1 else math.nan
    n = len(counts)
    if n < 2:
        return dp, dp_norm, math.nan
    rel = [c / s if s else 0.0 for c, s in zip(counts, part_sizes)]
    mean = sum(rel) / n
    sd = math.sqrt(sum((r - mean) ** 2 for r in rel) / n)
    d = 1 - (sd / mean) / math.sqrt(n - 1) if mean else math.nan
    return dp, dp_norm, d


def dispersion(corpus: Iterable[Article], terms: Iterable[str], *, parts: Iterable[str] = RUNNING_TEXT) -> pd.DataFrame:
    """Dispersion of each term across the articles (each article is one corpus part).

    Terms are matched as in :func:`vnnews.stats.kwic` (whole syllables, any case and
    tone spelling) in the given parts; part sizes are their word counts.

    Returns
    -------
    pandas.DataFrame
        ``term, count, articles, range`` (share of articles with the term), ``dp``,
        ``dp_norm``, ``juilland_d``.
    """
    articles = list(corpus)
    parts = tuple(parts)
    words = sizes(articles, parts=parts).set_index("doc_id")["words"]
    rows = []
    for term in terms:
        hits = kwic(articles, term, parts=parts)
        per_doc = hits.groupby("doc_id").size()
        counts = [int(per_doc.get(a.doc_id, 0)) for a in articles]
        dp, dp_norm, d = dispersion_scores(counts, [int(words[a.doc_id]) for a in articles])
        present = sum(1 for c in counts if c)
        rows.append((term, sum(counts), present, round(present / len(articles), 3) if articles else math.nan,
                     round(dp, 3), round(dp_norm, 3), round(d, 3)))
    return pd.DataFrame(rows, columns=COLUMNS)
