"""Figures sized for the corpus: lanes capped, far-off dates kept off the axis, many articles grouped."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from vnnews import article_from_text, plots  # noqa: E402


def timeline_rows(articles: int) -> pd.DataFrame:
    """One dated event per article in 2021, article k having k % 5 + 1 events, and one plan for 2050."""
    rows = []
    for k in range(articles):
        for j in range(k % 5 + 1):
            day = f"2021-{1 + k % 12:02d}-{1 + j:02d}"
            rows.append({"doc_id": f"bai_{k:03d}", "date_start": day, "date_end": day, "trigger_kind": "meeting"})
    rows.append({"doc_id": "bai_000", "date_start": "2050-01-01", "date_end": "2050-01-01", "trigger_kind": "result"})
    return pd.DataFrame(rows)


def test_timeline_of_75_articles_draws_the_busiest_lanes_and_one_other_lane() -> None:
    ax = plots.plot_timeline(timeline_rows(75), lane="doc_id")
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == plots.MAX_LANES
    assert labels[-1] == f"other ({75 - plots.MAX_LANES + 1})"
    # the busiest articles (five events each: k % 5 == 4) come first
    assert all(int(label[-3:]) % 5 == 4 for label in labels[:10])
    plt.close(ax.figure)


def test_timeline_axis_covers_the_bulk_and_says_what_falls_outside() -> None:
    ax = plots.plot_timeline(timeline_rows(75), lane="doc_id")
    low, high = (matplotlib.dates.num2date(x).year for x in ax.get_xlim())
    assert (low, high) == (2020, 2021) or (low, high) == (2021, 2021)
    assert ax.get_xlabel() == "1 of 226 events fall outside this range (see the table)"
    plt.close(ax.figure)


def test_sizes_of_many_articles_become_a_histogram() -> None:
    sizes = pd.DataFrame({"doc_id": [f"bai_{k}" for k in range(100)], "words": range(100, 200)})
    ax = plots.plot_sizes(sizes, column="words", title="Words")
    assert len(ax.get_yticklabels()) < 20 and ax.get_ylabel() == "articles"
    assert sum(p.get_height() for p in ax.patches) == 100
    plt.close(ax.figure)


def test_dispersion_over_many_articles_keeps_the_ones_that_use_the_terms_most() -> None:
    articles = [article_from_text(f"Tiêu đề\n\nHội nghị lần {k}." + " Đại hội đảng bộ." * (k % 3), doc_id=f"a{k:02d}")
                for k in range(40)]
    ax = plots.plot_dispersion(articles, ["đại hội"])
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == plots.MAX_LANES
    # every article with two hits is drawn, in corpus order
    assert [label for label in labels if int(label[1:]) % 3 == 2] == [f"a{k:02d}" for k in range(40) if k % 3 == 2]
    plt.close(ax.figure)
