"""Keyness: words over- or under-used in some articles compared with the others."""
from __future__ import annotations

import math
from collections.abc import Iterable

import pandas as pd
import pyarrow as pa

from ..annotation.reduce import annotated
from ..corpus import Article
from ._common import RUNNING_TEXT, Stopwords, counted, forms_sql, per_10k, stopword_table

COLUMNS = ["item", "norm", "target_count", "reference_count", "target_per_10k", "reference_per_10k",
           "log_likelihood", "p_value", "log_ratio", "direction"]


def keyness_scores(a: int, b: int, c: int, d: int) -> tuple[float, float]:
    """Log-likelihood (G², Rayson & Garside) and log ratio (Hardie) of one word.

    Parameters
    ----------
    a, b : int
        Frequency in the target and in the reference.
    c, d : int
        Size (words) of the target and of the reference.

    Returns
    -------
    tuple of float
        ``(log_likelihood, log_ratio)``; the log ratio is log2 of the ratio of relative
        frequencies, with a zero frequency taken as 0.5.

    Examples
    --------
    >>> [round(x, 3) for x in keyness_scores(10, 2, 100, 200)]
    [12.781, 3.322]
    """
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    ll = 2 * ((a * math.log(a / e1) if a else 0.0) + (b * math.log(b / e2) if b else 0.0))
    ratio = math.log2(((a or 0.5) / c) / ((b or 0.5) / d))
    return ll, ratio


def keyness(
    corpus: Iterable[Article],
    *,
    target: str | Iterable[str],
    reference: Iterable[str] | None = None,
    stopwords: Stopwords = None,
    min_count: int = 2,
    parts: Iterable[str] = RUNNING_TEXT,
) -> pd.DataFrame:
    """Words key to the ``target`` articles against the ``reference`` articles.

    Parameters
    ----------
    target : str or iterable of str
        doc_id(s) of the target group.
    reference : iterable of str, optional
        doc_ids of the reference group (default: every other article).
    min_count : int
        Drop words seen fewer times in both groups together.

    Returns
    -------
    pandas.DataFrame
        ``item, norm, target_count, reference_count, target_per_10k, reference_per_10k,
        log_likelihood, p_value, log_ratio, direction`` (``"target"`` when relatively
        more frequent in the target, else ``"reference"``), by log-likelihood. With one
        degree of freedom, G² ≥ 3.84 is p < 0.05 and ≥ 15.13 is p < 0.0001.
    """
    view = annotated(corpus)
    targets = {target} if isinstance(target, str) else set(target)
    known = set(view.table("SELECT doc_id FROM docs")["doc_id"].to_pylist())
    if not targets or not targets <= known:
        raise KeyError(f"target articles not in the corpus: {sorted(targets - known) or '(none given)'}")
    references = set(reference) if reference is not None else known - targets
    if not references:
        raise ValueError("the reference group is empty")
    view.register("groups", pa.table({"doc_id": sorted(targets) + sorted(references),
                                      "grp": [0] * len(targets) + [1] * len(references)}))
    stop = stopword_table(view, stopwords)
    words = f"SELECT w.*, g.grp FROM ({counted('word_counts', parts=tuple(parts), numbers=False)}) w JOIN groups g USING (doc_id) " \
            f"WHERE {stop.format(column='w.norm')}"
    frame = view.frame(f"""
        WITH w AS ({words}),
        counts AS (SELECT norm, sum(count) FILTER (grp = 0)::BIGINT AS a, sum(count) FILTER (grp = 1)::BIGINT AS b FROM w
                   GROUP BY norm),
        forms AS ({forms_sql("SELECT * FROM w", "[grp, ord, first]")})
        SELECT forms.item, norm, coalesce(a, 0) AS a, coalesce(b, 0) AS b,
               (SELECT coalesce(sum(count) FILTER (grp = 0), 0) FROM w)::BIGINT AS c,
               (SELECT coalesce(sum(count) FILTER (grp = 1), 0) FROM w)::BIGINT AS d
        FROM counts JOIN forms USING (norm) WHERE coalesce(a, 0) + coalesce(b, 0) >= {int(min_count)}""")
    rows = []
    for item, norm, a, b, c, d in zip(frame["item"], frame["norm"], frame["a"].to_numpy(), frame["b"].to_numpy(),
                                      frame["c"].tolist(), frame["d"].tolist()):
        ll, ratio = keyness_scores(int(a), int(b), c, d)
        rows.append((item, norm, int(a), int(b), round(per_10k(a, c), 2), round(per_10k(b, d), 2), round(ll, 3),
                     math.erfc(math.sqrt(ll / 2)), round(ratio, 3), "target" if a / c > b / d else "reference"))
    out = pd.DataFrame(rows, columns=COLUMNS)
    return out.sort_values(["log_likelihood", "norm"], ascending=[False, True], kind="stable").reset_index(drop=True)
