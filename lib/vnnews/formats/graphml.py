"""GraphML of the co-occurrence network, written by networkx."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from ..corpus import Article
from .files import output_folder
from .network import cooccurrence_graph

__all__ = ["write_graphml"]


def write_graphml(corpus: Iterable[Article], out: str | Path) -> list[Path]:
    """Write ``out/cooccurrence.graphml``: nodes with ``label``, ``type``, ``mentions``, ``articles``;
    edges with ``count``, ``articles``, ``doc_ids`` and ``weight`` (see
    :func:`vnnews.formats.network.cooccurrence_graph`).

    Returns
    -------
    list of Path
        The file written.

    Examples
    --------
    >>> import tempfile
    >>> import networkx as nx
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nBộ Chính trị họp tại Hà Nội.", doc_id="x")
    >>> g = nx.read_graphml(write_graphml([a], tempfile.mkdtemp())[0])
    >>> sorted((n, d["type"], d["mentions"]) for n, d in g.nodes(data=True))
    [('LOC:hà nội', 'LOC', 1), ('ORG:bộ chính trị', 'ORG', 1)]
    """
    path = output_folder(out) / "cooccurrence.graphml"
    nx.write_graphml(cooccurrence_graph(corpus), path)
    return [path]
