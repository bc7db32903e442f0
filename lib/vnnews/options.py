"""Checking keyword options: a wrong value is a ValueError naming the allowed values, never a
silently different answer."""
from __future__ import annotations

from collections.abc import Collection
from typing import TypeVar

__all__ = ["check_option"]

T = TypeVar("T")


def check_option(name: str, value: T, allowed: Collection[T]) -> T:
    """Return ``value`` when it is one of ``allowed``, else raise a ValueError that lists them.

    Examples
    --------
    >>> check_option("per", "article", ("article", "corpus"))
    'article'
    >>> check_option("unit", "syllables", ("word", "syllable"))
    Traceback (most recent call last):
    ...
    ValueError: unit must be one of 'word', 'syllable', not 'syllables'
    """
    if value not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(map(repr, allowed))}, not {value!r}")
    return value
