"""The attributes underthesea's CRF models read, built the way ``underthesea_core.CRFFeaturizer``
builds them, with the per-token work done once per distinct token.

``CRFFeaturizer`` computes, for every position of a sentence and every template (``T[-1].lower``,
``T[0,1].is_in_dict``...), the function of the token(s) at the template's offsets, and returns a new
Python string for each: ~40 per token, most of the time ``word_tokenize`` spends. The functions of one
token (its lower case, ``isdigit``, ``istitle``, ``is_in_dict``) do not depend on its context, so
:class:`MemoFeaturizer` asks the Rust featuriser for them once per distinct token (template
``T[0].f`` on the token alone) and then only assembles the strings: ``T[k].f=`` followed by the value
of the token at offset ``k``; for a run of tokens (``T[-1,1]``) the tokens joined by spaces, lower case
joined, ``istitle`` true when every token's is, ``is_in_dict`` the joined lower case in the dictionary,
``isdigit`` false (a space never parses as a number); ``BOS``/``EOS`` when an offset falls outside the
sentence, checked on the first offset, then the second. The attribute lists, and so the tags, are
the same as ``CRFFeaturizer.process`` gives, in the same order (``tests/test_crf_features.py``
compares them on real text).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from operator import itemgetter

__all__ = ["MemoFeaturizer"]

_TEMPLATE = re.compile(r"T\[(?P<first>-?\d+)(,(?P<second>-?\d+))?](\[(?P<column>.*)])?(\.(?P<function>.*))?")
#: the functions of one token, in the order of the columns of :attr:`MemoFeaturizer._values`
_FUNCTIONS = ("", "lower", "isdigit", "istitle", "is_in_dict")
#: distinct tokens remembered before the memo is emptied: each holds ~30 strings (~2 KB), so this bounds
#: the memo near 40 MB per model on an archive, while the frequent tokens of news text stay well within it
MEMO_TOKENS = 20_000


class MemoFeaturizer:
    """``CRFFeaturizer(templates, dictionary).process`` for sentences of one column, one sentence a call.

    Parameters
    ----------
    templates : sequence of str
        The model's feature templates (``features.bin``).
    dictionary : set of str
        The model's dictionary (``dictionary.bin``).

    Examples
    --------
    >>> f = MemoFeaturizer(["T[-1]", "T[0].lower", "T[0,1].is_in_dict"], {"hà nội"})
    >>> f.process(["Hà", "Nội"])
    [('T[-1]=BOS', 'T[0].lower=hà', 'T[0,1].is_in_dict=True'), ('T[-1]=Hà', 'T[0].lower=nội', 'T[0,1].is_in_dict=EOS')]
    """

    def __init__(self, templates: Sequence[str], dictionary: set[str]) -> None:
        from underthesea_core import CRFFeaturizer

        self.dictionary = dictionary
        self.templates: list[tuple[str, int, int, str]] = []
        for template in templates:
            m = _TEMPLATE.search(template)
            if m is None:
                raise ValueError(f"CRF feature template not understood: {template!r}")
            first = int(m["first"])
            second = int(m["second"]) if m["second"] is not None else first
            if second < first:
                raise ValueError(f"CRF feature template with a decreasing range: {template!r}")
            self.templates.append((template, first, second, m["function"] or ""))
        self._unary = CRFFeaturizer([f"T[0].{f}" if f else "T[0]" for f in _FUNCTIONS], dictionary)
        unknown = [t for t, _, _, f in self.templates if f not in _FUNCTIONS]
        if unknown:
            raise ValueError(f"CRF feature templates with functions not understood: {unknown}")
        self._single = [t for t in self.templates if t[1] == t[2]]
        slots = {t[0]: k for k, t in enumerate(self._single)}
        #: per template: offsets, function, the getter of its string among a token's own (templates of one
        #: token), its prefix, its true and false attributes, its BOS and EOS attributes
        self._plan = [(first, second, function, itemgetter(slots[template]) if template in slots else None, f"{template}=",
                       f"{template}=True", f"{template}=False", f"{template}=BOS", f"{template}=EOS")
                      for template, first, second, function in self.templates]
        self._values: dict[str, tuple[str, ...]] = {}
        self._strings: dict[str, tuple[str, ...]] = {}

    def _learn(self, tokens: Sequence[str]) -> None:
        """Ask the Rust featuriser for the functions of the tokens not seen yet (one call), and
        build each such token's attribute strings for the templates of one token."""
        new = list(dict.fromkeys(t for t in tokens if t not in self._values))
        if not new:
            return
        if len(self._values) + len(new) > MEMO_TOKENS:
            self._values.clear()
            self._strings.clear()
            new = list(dict.fromkeys(tokens))
        rows = self._unary.process([[[t] for t in new]])[0]
        for token, row in zip(new, rows):
            values = tuple(value.split("=", 1)[1] for value in row)
            self._values[token] = values
            self._strings[token] = tuple(f"{template}={values[_FUNCTIONS.index(function)]}"
                                         for template, _, _, function in self._single)

    def process(self, tokens: Sequence[str]) -> list[tuple[str, ...]]:
        """The attributes of each token of one sentence, as ``CRFFeaturizer.process([[[t] for t in tokens]])[0]``
        gives them (as tuples, which ``CRFTagger.tag`` takes as it takes lists)."""
        n = len(tokens)
        if not n:
            return []
        self._learn(tokens)
        strings = [self._strings[t] for t in tokens]
        values = [self._values[t] for t in tokens]
        sources = {"": list(tokens), "lower": [v[1] for v in values], "istitle": [v[3] == "True" for v in values]}
        sources["is_in_dict"] = sources["lower"]
        dictionary = self.dictionary
        out = []
        for first, second, function, slot, prefix, yes, no, bos, eos in self._plan:
            lo, hi = max(0, -first), min(n, n - second)
            if hi <= lo:
                middle = []
            elif slot is not None:
                middle = list(map(slot, strings[lo + first : hi + first]))
            elif function == "isdigit":
                middle = [no] * (hi - lo)
            else:
                source = sources.get(function, sources[""])
                runs = zip(*(source[lo + first + j : hi + first + j] for j in range(second - first + 1)))
                if function == "istitle":
                    middle = [yes if all(run) else no for run in runs]
                elif function == "is_in_dict":
                    middle = [yes if joined in dictionary else no for joined in map(" ".join, runs)]
                else:
                    middle = list(map(prefix.__add__, map(" ".join, runs)))
            if lo or hi < n:  # BOS where the first offset falls before the sentence, else EOS where one falls after
                head = min(lo, n)
                middle = [bos] * head + middle + [eos] * (n - max(hi, head))
            out.append(middle)
        return list(zip(*out))
