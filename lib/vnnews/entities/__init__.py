"""Entity mentions in political news: people with their titles, organisations, places.

Every table row that comes from text has ``doc_id``, ``start``, ``end`` (offsets into
``article.text``), ``text`` and ``sentence``.
"""
from .mentions import mentions

__all__ = ["mentions"]
