"""GEXF (Gephi's format) of the co-occurrence network, written by networkx."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from ..corpus import Article
from .files import output_folder
from .network import cooccurrence_graph

__all__ = ["write_gexf"]


def write_gexf(corpus: Iterable[Article], out: str | Path) -> list[Path]:
    """Write ``out/cooccurrence.gexf`` (GEXF 1.2): nodes with ``label``, ``type``, ``mentions``,
    ``articles``; edges with ``count``, ``articles``, ``doc_ids`` and ``weight`` (see
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
    >>> g = nx.read_gexf(write_gexf([a], tempfile.mkdtemp())[0])
    >>> [(g.nodes[u]["label"], g.nodes[v]["label"], d["count"]) for u, v, d in g.edges(data=True)]
    [('Bộ Chính trị', 'Hà Nội', 1)]
    """
    path = output_folder(out) / "cooccurrence.gexf"
    nx.write_gexf(cooccurrence_graph(corpus), path)
    return [path]
