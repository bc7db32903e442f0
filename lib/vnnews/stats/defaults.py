"""What to look at first in a corpus nobody has described: the parameters a report starts from
(a phrase for the concordance, terms to follow, a group for keyness), derived from the corpus."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..corpus import Corpus
from .frequencies import frequencies

__all__ = ["ReportDefaults", "report_defaults"]


@dataclass(frozen=True)
class ReportDefaults:
    """Starting points for the statistics notebook.

    Attributes
    ----------
    query : str
        The most frequent multi-syllable noun or proper noun (the concordance phrase).
    terms : list of str
        The most frequent multi-syllable content words (to follow across articles).
    target : list of str
        doc_ids of the group keyness compares with the rest: the largest category, else the
        largest outlet, else the latest month, else the longest article.
    target_label : str
        What that group is (``category thoi_su``, ``outlet TTXVN``, ``month 2022-04``...).
    """

    query: str
    terms: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    target_label: str = ""


def _largest_group(corpus: Corpus) -> tuple[list[str], str]:
    frame = corpus.to_frame()
    if frame.empty:
        return [], ""
    groups: list[tuple[str, object]] = []
    for column in ("category", "outlet"):
        if column in frame and frame[column].notna().any() and frame[column].nunique() > 1:
            groups.append((column, frame[column]))
    if "date" in frame and frame["date"].notna().any():
        months = frame["date"].dt.strftime("%Y-%m")
        if months.nunique() > 1:
            groups.append(("month", months.where(months == months.max())))
    for name, values in groups:
        top = values.value_counts().index[0]
        ids = frame.loc[values == top, "doc_id"].tolist()
        if 0 < len(ids) < len(frame):
            return ids, f"{name} {top}"
    longest = max(corpus, key=lambda a: len(a.text))
    return [longest.doc_id], f"article {longest.doc_id} (the longest)"


def report_defaults(corpus: Corpus, *, terms: int = 3, stopwords: Sequence[str] | bool = True) -> ReportDefaults:
    """Parameters for a first report on ``corpus``, derived from its own words and metadata.

    Examples
    --------
    >>> from vnnews import Corpus, article_from_text
    >>> corpus = Corpus([article_from_text("Tiêu đề\\n\\nBộ Chính trị họp. Bộ Chính trị bàn về đại hội.", doc_id="a"),
    ...                  article_from_text("Tiêu đề\\n\\nĐại hội đảng bộ tỉnh khai mạc.", doc_id="b")])
    >>> d = report_defaults(corpus)
    >>> d.query, d.terms[:2], d.target_label
    ('Bộ Chính trị', ['Bộ Chính trị', 'đại hội'], 'article a (the longest)')
    """
    if not len(corpus):
        return ReportDefaults(query="")
    words = frequencies(corpus, stopwords=stopwords, by_pos=True)
    content = words[words["norm"].str.contains(" ") & words["pos"].isin(["N", "Np", "V", "A"])]
    nouns = content[content["pos"].isin(["N", "Np"])]
    query = nouns["item"].iloc[0] if len(nouns) else (words["item"].iloc[0] if len(words) else "")
    followed = list(dict.fromkeys(content["item"]))[:terms]
    target, label = _largest_group(corpus)
    return ReportDefaults(query=query, terms=followed, target=target, target_label=label)
