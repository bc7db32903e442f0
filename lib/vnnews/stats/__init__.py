"""Corpus statistics on Vietnamese words: each function takes articles (a Corpus or any
iterable of Article) and keyword-only options, and returns a tidy DataFrame.

Counts run on the words of the running text (lead, body, headings) by default, from the
cached tokenisation layer (:mod:`vnnews.annotation.tokenisation`).
"""
from ._common import RUNNING_TEXT, underthesea_stopwords
from .collocations import collocation_scores, collocations
from .concordance import kwic
from .dated_facts import dated_facts
from .defaults import ReportDefaults, report_defaults
from .dispersion import dispersion, dispersion_scores
from .diversity import lexical_diversity, mattr, mtld, ttr
from .frequencies import frequencies, ngrams
from .groups import article_groups, frequencies_over_time, group_keyness, mentions_over_time
from .keyness import keyness, keyness_scores
from .numbers import number_consistency, numbers, parse_amount
from .sizes import sizes

__all__ = [
    "RUNNING_TEXT", "ReportDefaults", "article_groups", "collocation_scores", "collocations", "dated_facts",
    "dispersion", "dispersion_scores", "frequencies", "frequencies_over_time", "group_keyness", "keyness",
    "keyness_scores", "kwic", "lexical_diversity", "mattr", "mentions_over_time", "mtld", "ngrams",
    "number_consistency", "numbers", "parse_amount", "report_defaults", "sizes", "ttr", "underthesea_stopwords",
]
