"""Reading articles: decoding files, finding each article's parts and date, Article and Corpus."""
from .articles import Article, Corpus, LoadProblem, article_from_text
from .decoding import ArticleLoadError
from .loading import candidate_files, load_corpus

__all__ = ["Article", "ArticleLoadError", "Corpus", "LoadProblem", "article_from_text", "candidate_files", "load_corpus"]
