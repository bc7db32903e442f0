"""One article's text as HTML with its mentions highlighted, a colour per label."""
from __future__ import annotations

import html

import pandas as pd

from ..corpus import Article

__all__ = ["COLOURS", "HighlightedText", "highlight"]

#: background colour of each label
COLOURS = {"PER": "#fde2a7", "ORG": "#c7e0f4", "LOC": "#c9ecc5", "MISC": "#e6d5f2"}


class HighlightedText(str):
    """HTML that Jupyter displays as such (``_repr_html_``) and that is still a plain string."""

    def _repr_html_(self) -> str:
        return str(self)


def highlight(article: Article, mentions: pd.DataFrame) -> HighlightedText:
    """The article's text with each mention in a coloured ``<mark>``; a LOC inside an ORG is
    nested inside it. Paragraphs become ``<p>``; a legend comes first.

    Parameters
    ----------
    article : Article
    mentions : pandas.DataFrame
        Rows of :func:`vnnews.entities.mentions` (those of other articles are ignored).

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> from vnnews.entities import mentions
    >>> a = article_from_text("Tiêu đề\\n\\nUBND tỉnh Quảng Trị họp.", doc_id="x")
    >>> str(highlight(a, mentions([a]))).split("<p>")[-1]
    '<mark title="ORG" style="background:#c7e0f4">UBND tỉnh <mark title="LOC" style="background:#c9ecc5">Quảng Trị</mark></mark> họp.</p></div>'
    """
    rows = mentions[mentions["doc_id"] == article.doc_id]
    spans = sorted(zip(rows["start"], rows["end"], rows["label"]), key=lambda r: (r[0], -r[1]))
    legend = " ".join(f'<mark style="background:{c}">{label}</mark>' for label, c in COLOURS.items() if label != "MISC")
    out = [f"<div><p>{legend}</p>"]
    text = article.text
    for para in article.paragraphs:
        pieces = []
        pos = para.start
        stack: list[int] = []
        inside = [s for s in spans if para.start <= s[0] and s[1] <= para.end]
        events = sorted([(a, 1, -b, label) for a, b, label in inside] + [(b, 0, -a, "") for a, b, _ in inside])
        for at, opening, other, label in events:
            pieces.append(html.escape(text[pos:at]))
            pos = at
            if opening:
                pieces.append(f'<mark title="{label}" style="background:{COLOURS.get(label, "#eee")}">')
                stack.append(-other)
            else:
                pieces.append("</mark>")
                stack.pop()
        pieces.append(html.escape(text[pos : para.end]))
        out.append("<p>" + "".join(pieces) + "</p>")
    out.append("</div>")
    return HighlightedText("".join(out))
