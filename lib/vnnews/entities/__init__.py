"""Entity mentions in political news: people with their titles, organisations, places.

Every table row that comes from text has ``doc_id``, ``start``, ``end`` (offsets into
``article.text``) and ``text``; mentions also carry their sentence.
"""
from .highlight import highlight
from .mentions import mentions
from .tables import canonical_name, cooccurrence, organisations, people, person_titles, places
from .titles import normalize_title

__all__ = ["canonical_name", "cooccurrence", "highlight", "mentions", "normalize_title", "organisations", "people",
           "person_titles", "places"]
