"""Everything vnnews takes from underthesea, in one place: the word segmenter, the POS model,
the stopword list and the administrative-unit data (all shipped inside the installed package,
so nothing is downloaded at run time).
"""
from __future__ import annotations

import importlib
import importlib.util
import json
import re
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from .crf_features import BatchFeaturizer
from .crf_model import CRFWeights, best_paths, emissions, read_crfsuite

__all__ = ["administrative_units", "pos_tag_sentences", "pos_tags", "segment_sentence_spans", "segment_sentences", "segment_words", "segmenter_words",
           "stopwords"]

#: tokens tagged in one batch at most (bounds the arrays of a batch whatever the article's size)
BATCH_TOKENS = 100_000


@dataclass(frozen=True)
class _Model:
    """One of underthesea's bundled CRF models: its weights (:mod:`.crf_model`) and a featuriser giving
    the weight rows of each token's attributes (:mod:`.crf_features`)."""

    featurizer: BatchFeaturizer
    weights: CRFWeights

    @property
    def labels(self) -> tuple[str, ...]:
        return self.weights.labels

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        """The labels of the tokens of each sentence, as ``CRFTagger.tag`` gives them sentence by sentence."""
        out: list[list[str]] = [[] for _ in sentences]
        batch: list[int] = []
        size = 0
        for k, tokens in enumerate(sentences):
            if tokens:
                batch.append(k)
                size += len(tokens)
            if size >= BATCH_TOKENS or (k == len(sentences) - 1 and batch):
                chosen = [sentences[i] for i in batch]
                labels = best_paths(emissions(self.weights, self.featurizer.rows(chosen)),
                                    np.array([len(s) for s in chosen]), self.weights.transition)
                names = [self.weights.labels[i] for i in labels.tolist()]
                start = 0
                for i in batch:
                    out[i] = names[start : start + len(sentences[i])]
                    start += len(sentences[i])
                batch, size = [], 0
        return out


@cache
def _model(*parts: str) -> _Model:
    """A model folder of underthesea, read as ``FastCRFSequenceTagger.load`` reads it (its dictionary
    only when a template reads it)."""
    folder = _shipped(*parts)
    weights = read_crfsuite(folder / "models.bin")
    templates = _unpickled(folder / "features.bin", list)
    dictionary = _unpickled(folder / "dictionary.bin", set) if any(t.endswith(".is_in_dict") for t in templates) else set()
    return _Model(BatchFeaturizer(templates, dictionary, weights.attributes, weights.unknown), weights)


def _unpickled(path: Path, kind: type) -> Any:
    """A list or set joblib saved (as underthesea does): a plain pickle, read by the C unpickler (joblib's
    own unpickler is pure Python, ~6x slower on the 725,000 words of the dictionary); through joblib
    when the file holds anything else."""
    import pickle

    with open(path, "rb") as handle:
        try:
            found = pickle.load(handle)
        except Exception:  # noqa: BLE001 - compressed or holding arrays: joblib's own format
            found = None
    if isinstance(found, kind):
        return found
    import joblib

    return joblib.load(path)


def _pos_model() -> _Model:
    return _model("pipeline", "pos_tag", "models", "pos_crf_vlsp2013_20230303")


_WORD_MODEL = ("pipeline", "word_tokenize", "models", "ws_crf_vlsp2013_20230727")


def _word_model() -> _Model:
    return _model(*_WORD_MODEL)


def segment_sentences(sentences: list[str]) -> list[list[str]]:
    """Words of each sentence by underthesea's bundled CRF segmenter (syllables joined by spaces):
    what ``underthesea.word_tokenize(sentence)`` returns for each, the sentences tagged in batches."""
    return [words for words, _ in segment_sentence_spans(sentences)]


Spans = list[tuple[int, int]]


def segment_sentence_spans(sentences: list[str]) -> list[tuple[list[str], Spans | None]]:
    """:func:`segment_sentences` with the span of each word in its sentence, where the syllable tokenizer
    gives them (every syllable is the sentence's own text, see :func:`_syllable_tokens`), else ``None``
    (the caller aligns the words to the text)."""
    tokenize = _syllable_tokens()
    syllables = [tokenize(sentence) for sentence in sentences]
    out: list[tuple[list[str], Spans | None]] = []
    for (tokens, token_spans), tags in zip(syllables, _word_model().tag([tokens for tokens, _ in syllables])):
        words: list[str] = []
        spans: Spans = []
        for k, (tag, syllable) in enumerate(zip(tags, tokens)):
            if tag == "I-W" and k > 0:
                words[-1] = words[-1] + " " + syllable
                if token_spans is not None:
                    spans[-1] = (spans[-1][0], token_spans[k][1])
            else:
                words.append(syllable)
                if token_spans is not None:
                    spans.append(token_spans[k])
        out.append((words, spans if token_spans is not None else None))
    return out


#: the modules of underthesea its syllable tokenizer needs (the packages on the way are not run)
_TOKENIZER_MODULES = ("pipeline.text_normalize.token_normalize", "pipeline.word_tokenize.regex_tokenize")


#: distinct short tokens whose normalised form is remembered (bounds the memory of :func:`_syllable_tokenizer`)
_NORMALISED_TOKENS = 200_000


def _syllable_tokenizer() -> Callable[[str], list[str]]:
    """``tokenize(sentence, use_token_normalize=True, fixed_words=[])`` of underthesea's syllable tokenizer
    (:func:`_regex_tokenize`), the same tokens in less time (:func:`_syllable_tokens`)."""
    tokens = _syllable_tokens()
    return lambda sentence: tokens(sentence)[0]


@cache
def _syllable_tokens() -> Callable[[str], tuple[list[str], Spans | None]]:
    """The tokens of underthesea's syllable tokenizer (``tokenize(sentence, use_token_normalize=True,
    fixed_words=[])``, :func:`_regex_tokenize`) in less time, with their spans in the sentence when every token
    is the sentence's own text, not normalised, and the tokens leave out nothing but white space (else ``None``).

    The match of each token is its text (every alternative of underthesea's pattern is one named group
    spanning it, so the group ``extract_match`` returns is the whole match), and ``token_normalize`` is
    remembered per distinct token (it reads the token alone: short ones go through the character
    normalisation and the token map, longer ones stay as they are). Underthesea's own function, without spans, when its
    module is not laid out as read here, or has compiled user words into its pattern."""
    tokenize = _regex_tokenize()
    names = getattr(tokenize, "__globals__", {})
    patterns, normalize_text, normalize_token = (names.get(n) for n in ("patterns", "normalize_characters_in_text",
                                                                         "token_normalize"))
    if not isinstance(patterns, re.Pattern) or not callable(normalize_text) or not callable(normalize_token) \
            or any(name not in _ALTERNATIVES for name in patterns.groupindex):
        return lambda sentence: (tokenize(sentence, use_token_normalize=True, fixed_words=[]), None)
    normalised: dict[str, str] = {}

    def syllables(sentence: str) -> tuple[list[str], Spans | None]:
        if names.get("recompile_regex_patterns") or names.get("patterns") is not patterns:
            return tokenize(sentence, use_token_normalize=True, fixed_words=[]), None  # its pattern was changed: its own way
        text = normalize_text(sentence)
        matches = list(patterns.finditer(text))
        tokens = [m.group() for m in matches]
        out = list(map(normalised.get, tokens))  # None where not seen yet
        if None in out:
            for k, token in enumerate(tokens):
                if out[k] is None:
                    out[k] = token if len(token) > 6 else normalize_token(token, use_character_normalize=True)
                    if len(normalised) < _NORMALISED_TOKENS:
                        normalised[token] = out[k]
        if text == sentence and out == tokens and sum(map(len, out)) == len("".join(sentence.split())):
            return out, [m.span() for m in matches]
        return out, None

    return syllables


#: the named groups of underthesea's syllable pattern, each one whole alternative (what :func:`_syllable_tokenizer` relies on)
_ALTERNATIVES = frozenset({"special", "abbr", "url", "email", "phone", "datetime", "name", "number", "emoji", "punct",
                           "word_hyphen", "word", "sym", "non_word"})


@cache
def _regex_tokenize() -> Callable[..., list[str]]:
    """``underthesea.pipeline.word_tokenize.regex_tokenize.tokenize`` (how ``word_tokenize`` splits a sentence
    into syllables), imported without running ``underthesea/__init__.py``, which imports every pipeline
    (classification, chunking, NER, ``requests``...: ~0.35 s a process) though none is used here. The
    packages on the way are stand-ins only while the two modules load, then taken out of ``sys.modules``,
    so a later ``import underthesea`` is the ordinary one. The ordinary import when underthesea is already
    imported or its layout is not the one read here."""
    spec = importlib.util.find_spec("underthesea") if "underthesea" not in sys.modules else None
    if spec is not None and spec.submodule_search_locations:
        root = Path(next(iter(spec.submodule_search_locations)))
        packages = ("underthesea", "underthesea.pipeline", "underthesea.pipeline.text_normalize",
                    "underthesea.pipeline.word_tokenize")
        if not any(name in sys.modules for name in packages) and \
                all((root / name.replace(".", "/")).with_suffix(".py").is_file() for name in _TOKENIZER_MODULES):
            try:
                for name in packages:
                    stand_in = types.ModuleType(name)
                    stand_in.__path__ = [str(root.joinpath(*name.split(".")[1:]))]
                    sys.modules[name] = stand_in
                normalizer = importlib.import_module("underthesea." + _TOKENIZER_MODULES[0])
                sys.modules["underthesea.pipeline.text_normalize"].token_normalize = normalizer.token_normalize  # type: ignore[attr-defined]
                return importlib.import_module("underthesea." + _TOKENIZER_MODULES[1]).tokenize
            except Exception:  # noqa: BLE001 - another layout: the ordinary import below
                pass
            finally:
                for name in [n for n in sys.modules if n == "underthesea" or n.startswith("underthesea.")]:
                    del sys.modules[name]
    from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize

    return tokenize


def segment_words(sentence: str) -> list[str]:
    """Words of one sentence (:func:`segment_sentences`).

    Examples
    --------
    >>> segment_words("Bộ Chính trị họp tại Hà Nội.")
    ['Bộ Chính trị', 'họp', 'tại', 'Hà Nội', '.']
    """
    return segment_sentences([sentence])[0]


def pos_tag_sentences(sentences: list[list[str]]) -> list[list[str]]:
    """VLSP 2013 POS tags of the words of each already segmented sentence, by underthesea's bundled CRF model."""
    return [[t[2:] if t[:2] in ("B-", "I-") else t for t in tags] for tags in _pos_model().tag(sentences)]


def pos_tags(words: list[str]) -> list[str]:
    """VLSP 2013 POS tags of the words of one sentence (:func:`pos_tag_sentences`)."""
    return pos_tag_sentences([words])[0]


def _shipped(*parts: str) -> Path:
    """A data file inside the installed underthesea, found without importing underthesea (slow to import)."""
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("underthesea is not installed")
    return Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)


@cache
def segmenter_words() -> frozenset[str]:
    """The words of the dictionary underthesea's word segmenter reads (lower case, syllables joined by spaces): a run
    of syllables the segmenter joined that is not among them (``cấm cầu``) is its own guess, not a word."""
    folder = _shipped(*_WORD_MODEL)
    return frozenset(_unpickled(folder / "dictionary.bin", set))


@cache
def stopwords() -> tuple[str, ...]:
    """underthesea's Vietnamese stopword list, as shipped (``underthesea.datasets.stopwords.words``)."""
    return tuple(_shipped("datasets", "stopwords", "stopwords.txt").read_text(encoding="utf-8").split("\n"))


@cache
def administrative_units() -> dict[str, Any]:
    """underthesea's mapping of provinces, districts and wards (before and after the 2025 merger)."""
    path = _shipped("address", "data", "mapping.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
