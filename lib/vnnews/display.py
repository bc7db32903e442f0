"""Tables in notebooks and reports, sized for the corpus: the top rows and a count of the rest.

A report on 2,000 articles cannot print every row of every table: the reader scrolls past
megabytes. Every table a notebook shows goes through :func:`show` (its first rows, with a line
saying how many more there are and that the full table is in ``vnnews export``), and every
one-row-per-article table through :func:`per_article` (the table itself for a few articles, a
summary of its columns over the articles for many). The limits are module constants so one
place decides them.

Cells are made for reading: lists joined with ``; ``, dates without a midnight time, long text
cut with the whole of it on hover, and one marker for a missing value (an empty cell). In a
report (``vnnews report``) the notebooks call :func:`interactive` and tables become sortable,
searchable and paginated (DataTables through itables, its JavaScript loaded from the report's own
folder, so pages open with no network); in the committed notebooks they stay static HTML, so
nbval compares them exactly.
"""
from __future__ import annotations

import datetime as dt
import html

import pandas as pd

__all__ = ["MAX_ARTICLE_ROWS", "MAX_ROWS", "MAX_ROWS_INTERACTIVE", "Preview", "interactive", "per_article", "readable",
           "show"]

#: rows of a table shown in a notebook before the rest is counted instead
MAX_ROWS = 25
#: rows of a table shown in an interactive report (paginated, so more can be offered)
MAX_ROWS_INTERACTIVE = 250
#: articles up to which a one-row-per-article table is shown whole
MAX_ARTICLE_ROWS = 30
#: characters of a text cell shown before it is cut (the whole text is in its tooltip)
MAX_CELL_CHARS = 60

_MODE = {"interactive": False}


def interactive(on: bool = True) -> None:
    """Make :func:`show` tables interactive (sortable, searchable, paginated) for this kernel.

    The DataTables library itself is not written into the notebook: the report page loads it
    from ``assets/`` beside it (:func:`vnnews.report.run_notebooks` puts it there).
    """
    _MODE["interactive"] = bool(on)


def _cell(value: object) -> str:
    """One cell as HTML: escaped, lists joined, dates as dates, long text cut with a tooltip."""
    if isinstance(value, (list, tuple)):
        value = "; ".join(map(str, value))
    elif isinstance(value, (pd.Timestamp, dt.datetime)) and value == value:
        value = value.date().isoformat() if (value.hour, value.minute, value.second) == (0, 0, 0) else value.isoformat()
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    text = str(value)
    if len(text) <= MAX_CELL_CHARS:
        return html.escape(text)
    return f'<span title="{html.escape(text, quote=True)}">{html.escape(text[:MAX_CELL_CHARS])}…</span>'


def readable(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every cell as reader-ready HTML (see the module docs); numbers stay numbers.

    Examples
    --------
    >>> frame = pd.DataFrame({"tên": [["Phạm Minh Chính", "Chính"]], "ngày": [pd.Timestamp("2020-07-01")],
    ...                       "số": [float("nan")]})
    >>> readable(frame).iloc[0].tolist()
    ['Phạm Minh Chính; Chính', '2020-07-01', '']
    """
    if not isinstance(frame.index, pd.RangeIndex) or frame.index.name is not None:
        frame = frame.reset_index()  # a named index (doc_id of a pivot) is a column to read and sort by
    frame.columns = [" / ".join(map(str, c)) if isinstance(c, tuple) else str(c) for c in frame.columns]
    out = pd.DataFrame(index=frame.index)
    for column in frame.columns:
        values = frame[column]
        if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
            out[column] = values.astype(object).where(values.notna(), "")
        else:
            out[column] = [_cell(v) for v in values]
    return out


class Preview:
    """The first rows of a table and how many were left out, shown as HTML or text.

    Attributes
    ----------
    frame : pandas.DataFrame
        The rows shown.
    total : int
        Rows of the whole table.
    note : str
        What the rows are (``"most frequent first"``), said under the table.
    """

    def __init__(self, frame: pd.DataFrame, total: int, note: str = "") -> None:
        self.frame, self.total, self.note = frame, total, note

    @property
    def hidden(self) -> int:
        """Rows of the whole table that are not shown."""
        return self.total - len(self.frame)

    def caption(self) -> str:
        """The line under the table: what is shown and where the rest is."""
        if self.total == 0:
            return "(no rows)"
        if not self.hidden:
            return f"{self.total} rows" + (f"; {self.note}" if self.note else "")
        return (f"{len(self.frame)} of {self.total} rows" + (f" ({self.note})" if self.note else "")
                + f"; {self.hidden} more in the full table (vnnews export)")

    def _repr_html_(self) -> str:
        caption = f'<p class="vnnews-caption"><em>{html.escape(self.caption())}</em></p>'
        if _MODE["interactive"] and len(self.frame):
            from itables import to_html_datatable

            table = to_html_datatable(readable(self.frame), connected=False, allow_html=True, showIndex=False,
                                      pageLength=10, lengthMenu=[10, 25, 100], classes="display compact",
                                      columnDefs=[{"className": "dt-left", "targets": "_all"}])
            return table + caption
        table = readable(self.frame).to_html(max_rows=None, max_cols=None, notebook=True, escape=False,
                                             na_rep="", classes="vnnews-table", index=False)
        return table + caption

    def __repr__(self) -> str:
        with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 200):
            body = self.frame.to_string() if len(self.frame.columns) else ""
        return f"{body}\n{self.caption()}".strip()


def show(frame: pd.DataFrame, *, rows: int | None = None, note: str = "") -> Preview:
    """The first ``rows`` rows of ``frame``, with the count of the rest.

    Parameters
    ----------
    frame : pandas.DataFrame
        A table, already in the order a reader should see it (most important first).
    rows : int, optional
        How many rows to show (default :data:`MAX_ROWS`; :data:`MAX_ROWS_INTERACTIVE` in an
        interactive report, where they are paginated).
    note : str
        What the order is, said in the caption (``"most frequent first"``).

    Examples
    --------
    >>> preview = show(pd.DataFrame({"từ": ["Đảng", "Nhà nước", "nhân dân"], "số lần": [9, 5, 2]}), rows=2)
    >>> print(preview.caption())
    2 of 3 rows; 1 more in the full table (vnnews export)
    """
    if rows is None:
        rows = MAX_ROWS_INTERACTIVE if _MODE["interactive"] else MAX_ROWS
    elif _MODE["interactive"]:
        rows = max(rows, MAX_ROWS_INTERACTIVE)
    if rows < 1:
        raise ValueError(f"rows must be at least 1, not {rows}")
    return Preview(frame.head(rows), len(frame), note)


def per_article(frame: pd.DataFrame, *, rows: int = MAX_ARTICLE_ROWS, key: str = "doc_id") -> Preview | pd.DataFrame:
    """A one-row-per-article table, whole for a few articles, summarised over articles for many.

    For more than ``rows`` articles each numeric column is described over the articles
    (total, mean, median, smallest, largest), which is what a reader of a large corpus can use.

    Parameters
    ----------
    frame : pandas.DataFrame
        One row per article: ``key`` as a column or as the index.
    rows : int
        Largest number of articles shown one per row.
    key : str
        The article column (or index name).

    Examples
    --------
    >>> sizes = pd.DataFrame({"doc_id": [f"bai{i}" for i in range(40)], "words": range(40)})
    >>> per_article(sizes, rows=30).loc["words"].tolist()
    [40.0, 780.0, 19.5, 19.5, 0.0, 39.0]
    """
    if len(frame) <= rows:
        return show(frame, rows=rows)
    numeric = frame.select_dtypes("number")
    numeric = numeric.drop(columns=[key], errors="ignore")
    summary = pd.DataFrame({
        "articles": numeric.count(),
        "total": numeric.sum(),
        "mean": numeric.mean().round(2),
        "median": numeric.median(),
        "min": numeric.min(),
        "max": numeric.max(),
    }).astype(float)
    summary.index.name = f"over {len(frame)} articles"
    return summary
