"""vnnews: research tools for Vietnamese news — corpus statistics on words, entity mentions
with titles, and a reconstructed timeline, every row tied to its span in the article text.

>>> import vnnews
>>> corpus = vnnews.load_corpus("seeds")        # doctest: +SKIP
"""
from importlib.metadata import version as _version

from .corpus import (
    Article,
    ArticleLoadError,
    ArticleMetadata,
    Corpus,
    Lexicon,
    LexiconEntry,
    LexiconError,
    LoadProblem,
    article_from_text,
    iter_articles,
    load_corpus,
    read_lexicon,
)
from .text import AlignedText, abbreviation_table, expand_abbreviations, fold, normalize

__version__ = _version("vnnews")

__all__ = [
    "AlignedText",
    "Article",
    "ArticleLoadError",
    "ArticleMetadata",
    "Corpus",
    "Lexicon",
    "LexiconEntry",
    "LexiconError",
    "LoadProblem",
    "abbreviation_table",
    "article_from_text",
    "expand_abbreviations",
    "fold",
    "iter_articles",
    "load_corpus",
    "normalize",
    "read_lexicon",
]
