"""Place names: Vietnam's provinces (the 63 before and the 34 after the 2025 merger),
districts and wards from the administrative data shipped inside underthesea, and
countries, regions and cities from ``data/places.tsv``.

Keys are :func:`vnnews.text.normalize.fold` forms, so ``Hoà Bình`` and ``Hòa Bình`` are one place.
"""
from __future__ import annotations

import re
from functools import cache

from ..annotation.models import administrative_units
from ..data import read_table
from ..text.normalize import fold

__all__ = ["place_kinds"]


@cache
def _unit_prefix() -> re.Pattern[str]:
    units = read_table("unit_words.tsv")
    admin = sorted((w for w, k in zip(units["word"], units["kind"]) if k == "admin"), key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in admin) + r")\s+", re.IGNORECASE)


def _strip_unit(name: str) -> str:
    return _unit_prefix().sub("", name.strip())


@cache
def place_kinds() -> dict[str, str]:
    """Folded place name -> kind (``province``, ``district``, ``ward``, ``country``, ``region``, ``city``).

    Examples
    --------
    >>> kinds = place_kinds()
    >>> kinds["hòa bình"], kinds["lạc sơn"], kinds["lào"]
    ('province', 'district', 'country')
    """
    kinds: dict[str, str] = {}
    data = administrative_units()
    if data:
        stripped: dict[str, str] = {}  # a district is named on every row of its wards: strip each name once
        # districts before wards: a name that is both is more often the district
        for key, kind in (("old_district", "district"), ("old_ward", "ward"), ("new_ward", "ward")):
            for row in data.get("ward_mapping", []):
                raw = row.get(key) or ""
                name = stripped.get(raw)
                if name is None:
                    name = stripped[raw] = _strip_unit(raw)
                # numbered wards ("Phường 1") are not names on their own
                if name and not name[0].isdigit():
                    kinds.setdefault(fold(name), kind)
        for table in ("province_names", "old_province_names"):
            for entry in data.get(table, {}).values():
                kinds[fold(entry["short"])] = "province"
    for name, kind in zip(*(read_table("places.tsv")[c] for c in ("name", "kind"))):
        kinds[fold(name)] = kind
    return kinds
