"""Everything vnnews takes from underthesea, in one place: the word segmenter, the POS model,
the stopword list and the administrative-unit data (all shipped inside the installed package,
so nothing is downloaded at run time).
"""
from __future__ import annotations

import importlib.util
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["administrative_units", "pos_tags", "segment_words", "stopwords"]


@cache
def _pos_model() -> Any:
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger

    model = FastCRFSequenceTagger()
    model.load(str(resources.files("underthesea.pipeline.pos_tag") / "models" / "pos_crf_vlsp2013_20230303"))
    return model


def segment_words(sentence: str) -> list[str]:
    """Words of one sentence by underthesea's bundled CRF segmenter (syllables joined by spaces)."""
    from underthesea import word_tokenize

    return word_tokenize(sentence)


def pos_tags(words: list[str]) -> list[str]:
    """VLSP 2013 POS tags of already segmented words, by underthesea's bundled Rust CRF model."""
    if not words:
        return []
    return [t[2:] if t[:2] in ("B-", "I-") else t for t in _pos_model().predict([[w] for w in words])]


def _shipped(*parts: str) -> Path:
    """A data file inside the installed underthesea, found without importing underthesea (slow to import)."""
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("underthesea is not installed")
    return Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)


@cache
def stopwords() -> tuple[str, ...]:
    """underthesea's Vietnamese stopword list, as shipped (``underthesea.datasets.stopwords.words``)."""
    return tuple(_shipped("datasets", "stopwords", "stopwords.txt").read_text(encoding="utf-8").split("\n"))


@cache
def administrative_units() -> dict[str, Any]:
    """underthesea's mapping of provinces, districts and wards (before and after the 2025 merger)."""
    path = _shipped("address", "data", "mapping.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
