"""Exchange formats of the field, one module per format. Each ``write_<format>(corpus, out)`` writes
into the folder ``out`` (created when missing) and returns the paths it wrote:

- :func:`write_conllu`: ``corpus.conllu``, sentences, words, VLSP 2013 and Universal POS tags, offsets;
- :func:`write_brat`: ``doc_id.txt`` + ``doc_id.ann`` per article (mentions, time expressions),
  ``annotation.conf``, ``visual.conf``;
- :func:`write_timeml`: ``doc_id.tml`` per article, ``TIMEX3`` inline, ``DCT``;
- :func:`write_gexf`, :func:`write_graphml`: ``cooccurrence.gexf`` / ``.graphml``, the co-occurrence network;
- :func:`write_jsonl`: ``name.jsonl`` for every corpus table.
"""
from .brat import write_brat
from .conllu import upos, write_conllu
from .gexf import write_gexf
from .graphml import write_graphml
from .jsonl import write_jsonl, write_jsonl_table
from .network import cooccurrence_graph
from .timeml import write_timeml

__all__ = ["cooccurrence_graph", "upos", "write_brat", "write_conllu", "write_gexf", "write_graphml", "write_jsonl",
           "write_jsonl_table", "write_timeml"]
