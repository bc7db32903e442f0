"""The co-occurrence network as a networkx graph, for the GEXF and GraphML writers.

Nodes are the people, organisations and places of the corpus (all of them, also those never
mentioned with another), identified by label and name folded to one spelling, so variants of a
name are one node. Edges are the pairs of :func:`vnnews.entities.cooccurrence` (in one sentence).
"""
from __future__ import annotations

import logging
from collections.abc import Iterable

import networkx as nx
import pandas as pd

from ..annotation.cache import corpus_key
from ..corpus import Article
from ..entities import cooccurrence, organisations, people, places
from ..text.normalize import fold

__all__ = ["cooccurrence_graph"]

_LOG = logging.getLogger(__name__)
# the last graph built, by corpus key: writing GEXF and GraphML of one corpus builds it once
_LAST: dict[str, nx.Graph] = {}


def _node_id(label: str, name: str) -> str:
    return f"{label}:{fold(name)}"


def _add_nodes(graph: nx.Graph, table: pd.DataFrame, label: str) -> None:
    for name, count, doc_ids in zip(table["name"], table["mentions"], table["doc_ids"]):
        graph.add_node(_node_id(label, name), label=name, type=label, mentions=int(count), articles=len(doc_ids))


def cooccurrence_graph(corpus: Iterable[Article]) -> nx.Graph:
    """People, organisations and places, and how often each pair is named in one sentence.

    Returns
    -------
    networkx.Graph
        Node ids ``LABEL:folded name``; node attributes ``label`` (the name), ``type`` (PER, ORG,
        LOC), ``mentions`` and ``articles`` (how many articles name it). Edge attributes ``count``
        (sentences naming both), ``weight`` (the same, for tools that read weights), ``articles``
        and ``doc_ids`` (the articles, ``; ``-joined: GEXF and GraphML have no list type).

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Tiêu đề\\n\\nBộ Chính trị họp tại Hà Nội. Bộ Chính trị và UBND tỉnh Quảng Nam làm việc.",
    ...                       doc_id="x")
    >>> g = cooccurrence_graph([a])
    >>> g.nodes["ORG:bộ chính trị"]
    {'label': 'Bộ Chính trị', 'type': 'ORG', 'mentions': 2, 'articles': 1}
    >>> sorted((g.nodes[u]["label"], g.nodes[v]["label"], d["count"]) for u, v, d in g.edges(data=True))[:2]
    [('Bộ Chính trị', 'Hà Nội', 1), ('Bộ Chính trị', 'Quảng Nam', 1)]
    """
    articles = list(corpus)
    key = corpus_key(articles, "cooccurrence-graph")
    if key not in _LAST:
        _LAST.clear()
        _LAST[key] = _build(articles)
    return _LAST[key].copy()


def _build(articles: list[Article]) -> nx.Graph:
    graph = nx.Graph(within="sentence")
    _add_nodes(graph, people(articles), "PER")
    _add_nodes(graph, organisations(articles), "ORG")
    _add_nodes(graph, places(articles), "LOC")
    pairs = cooccurrence(articles)
    for row in pairs.itertuples(index=False):
        ends = []
        for name, label in ((row.source, row.source_label), (row.target, row.target_label)):
            node = _node_id(label, name)
            if node not in graph:  # the entity tables and the pairs disagree on a name: keep it, say so
                _LOG.error("co-occurrence network: %s %r has no row in the %s table; added with 0 mentions", label, name, label)
                graph.add_node(node, label=name, type=label, mentions=0, articles=0)
            ends.append(node)
        if graph.has_edge(*ends):  # two spellings of one name: one edge
            edge = graph.edges[ends]
            docs = sorted(set(edge["doc_ids"].split("; ")) | set(row.doc_ids))
            edge.update(count=edge["count"] + int(row.count), weight=edge["count"] + int(row.count),
                        articles=len(docs), doc_ids="; ".join(docs))
        else:
            graph.add_edge(*ends, count=int(row.count), weight=int(row.count), articles=len(row.doc_ids),
                           doc_ids="; ".join(row.doc_ids))
    return graph
