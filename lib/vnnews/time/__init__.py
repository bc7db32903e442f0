"""Time: every time expression normalised against the article's date, dated events, and the
cross-article timeline.
"""
from .events import EVENT_COLUMNS, events
from .expressions import TIMEX_COLUMNS, Timex, article_timexes, temporal_expressions
from .political_events import political_event
from .timeline import DateRange, bulk_date_range, timeline

__all__ = ["EVENT_COLUMNS", "TIMEX_COLUMNS", "DateRange", "Timex", "article_timexes", "bulk_date_range", "events",
           "political_event", "temporal_expressions", "timeline"]
