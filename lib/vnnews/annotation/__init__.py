"""Annotation: the one layer that runs models (underthesea's segmenter and POS tagger), cached
per article text, and run in parallel over a corpus on processes or a Dask cluster."""
from .cache import FrameCache, cache_layers, clear_memory, default_cache_dir
from .parallel import annotate_corpus, annotate_file
from .tokenisation import Annotation, annotate, cached_tables, sentences, tokens

__all__ = ["Annotation", "FrameCache", "annotate", "annotate_corpus", "annotate_file", "cache_layers", "cached_tables",
           "clear_memory", "default_cache_dir", "sentences", "tokens"]
