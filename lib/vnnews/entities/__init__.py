"""Entity mentions in political news: people with their titles, organisations, places.

Every table row that comes from text has ``doc_id``, ``start``, ``end`` (offsets into
``article.text``) and ``text``; mentions also carry their sentence.
"""
from .highlight import highlight
from .mentions import MENTION_COLUMNS, mentions
from .persons import Person
from .positions import office_holders, positions
from .tables import article_people, canonical_name, cooccurrence, mentions_by_article, organisations, people, person_titles, places
from .titles import normalize_title

__all__ = ["MENTION_COLUMNS", "Person", "article_people", "canonical_name", "cooccurrence", "highlight", "mentions",
           "mentions_by_article", "normalize_title", "office_holders", "organisations", "people", "person_titles",
           "places", "positions"]
