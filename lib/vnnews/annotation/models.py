"""Everything vnnews takes from underthesea, in one place: the word segmenter, the POS model,
the stopword list and the administrative-unit data (all shipped inside the installed package,
so nothing is downloaded at run time).
"""
from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .crf_features import MemoFeaturizer

__all__ = ["administrative_units", "pos_tags", "segment_words", "stopwords"]


@dataclass(frozen=True)
class _Model:
    """One of underthesea's bundled CRF models: its featuriser (memoised, :mod:`.crf_features`) and tagger."""

    featurizer: MemoFeaturizer
    estimator: Any

    def tag(self, tokens: list[str]) -> list[str]:
        return self.estimator.tag(self.featurizer.process(tokens)) if tokens else []


@cache
def _model(*parts: str) -> _Model:
    """A model folder of underthesea loaded as ``FastCRFSequenceTagger.load`` loads it."""
    import joblib
    from underthesea_core import CRFTagger

    folder = _shipped(*parts)
    estimator = CRFTagger()
    estimator.load(str(folder / "models.bin"))
    return _Model(MemoFeaturizer(joblib.load(folder / "features.bin"), joblib.load(folder / "dictionary.bin")), estimator)


def _pos_model() -> _Model:
    return _model("pipeline", "pos_tag", "models", "pos_crf_vlsp2013_20230303")


def _word_model() -> _Model:
    return _model("pipeline", "word_tokenize", "models", "ws_crf_vlsp2013_20230727")


def segment_words(sentence: str) -> list[str]:
    """Words of one sentence by underthesea's bundled CRF segmenter (syllables joined by spaces):
    what ``underthesea.word_tokenize(sentence)`` returns, with the segmenter called directly."""
    from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize

    syllables = tokenize(sentence, use_token_normalize=True, fixed_words=[])
    words: list[str] = []
    for k, (tag, syllable) in enumerate(zip(_word_model().tag(syllables), syllables)):
        if tag == "I-W" and k > 0:
            words[-1] = words[-1] + " " + syllable
        else:
            words.append(syllable)
    return words


def pos_tags(words: list[str]) -> list[str]:
    """VLSP 2013 POS tags of already segmented words, by underthesea's bundled Rust CRF model."""
    return [t[2:] if t[:2] in ("B-", "I-") else t for t in _pos_model().tag(words)]


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
