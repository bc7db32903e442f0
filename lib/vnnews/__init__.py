"""vnnews: research tools for Vietnamese news — corpus statistics on words, entity mentions
with titles, and a reconstructed timeline, every row tied to its span in the article text.

>>> import vnnews
>>> corpus = vnnews.load_corpus("seeds")        # doctest: +SKIP
"""
from .abbreviations import abbreviation_table, expand_abbreviations
from .corpus import Article, Corpus, LoadProblem, article_from_text, load_corpus
from .decoding import ArticleLoadError
from .normalize import fold, normalize
from .offsets import AlignedText

__version__ = "0.1.0"

__all__ = [
    "AlignedText",
    "Article",
    "ArticleLoadError",
    "Corpus",
    "LoadProblem",
    "abbreviation_table",
    "article_from_text",
    "expand_abbreviations",
    "fold",
    "load_corpus",
    "normalize",
]
