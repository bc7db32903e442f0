"""Python's cycle collector paused while the map annotates a batch of articles."""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["cycles_collected_after"]


@contextmanager
def cycles_collected_after() -> Iterator[None]:
    """Python's cycle collector paused while a batch is annotated, then on again as it was.

    The map allocates millions of short-lived containers (tokens, spans, rows) and keeps the models'
    large dictionaries alive; every 700 new containers the collector would walk the young ones (2-5% of
    the map's time) to find almost nothing: what the map makes is freed by reference counting. Cycles
    made in a batch are collected at the first collection after it, so memory stays bounded by a batch.

    Examples
    --------
    >>> import gc
    >>> with cycles_collected_after():
    ...     paused = not gc.isenabled()
    >>> paused, gc.isenabled()
    (True, True)
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
