"""Reading articles: finding a corpus's files, decoding them, reading tables and their metadata,
finding each article's parts and date, Article and Corpus."""
from .articles import Article, article_from_text
from .collection import Corpus
from .decoding import ArticleLoadError
from .lexicon import Lexicon, LexiconEntry, LexiconError, LexiconMatch, read_lexicon
from .loading import ArticleStream, iter_articles, load_corpus
from .metadata import ArticleMetadata
from .problems import FileRead, IgnoredFile, LoadProblem
from .records import table_row_text

__all__ = ["Article", "ArticleLoadError", "ArticleMetadata", "ArticleStream", "Corpus", "FileRead", "IgnoredFile", "Lexicon",
           "LexiconEntry", "LexiconError", "LexiconMatch", "LoadProblem", "article_from_text", "iter_articles", "load_corpus",
           "read_lexicon", "table_row_text"]
