"""Annotation: the one layer that runs models (underthesea's segmenter and POS tagger) and every
other per-article step (the map), the store that keeps their results, the reduce that builds
corpus tables from it, and parallel runs on processes or a Dask cluster."""
from .cache import cache_directory, clear_memory, default_cache_dir
from .parallel import annotate_article, annotate_articles, annotate_corpus, annotate_file
from .reduce import Annotated, annotated
from .tokenisation import Annotation, annotate, cached_tables, sentences, tokens

__all__ = ["Annotated", "Annotation", "annotate", "annotate_article", "annotate_articles", "annotate_corpus", "annotate_file", "annotated",
           "cache_directory", "cached_tables", "clear_memory", "default_cache_dir", "sentences", "tokens"]
