"""The attributes underthesea's CRF models read, as rows of the model's weight matrix, for a batch of
sentences at once, with the work per string done once per distinct token or run of tokens.

``underthesea_core.CRFFeaturizer`` computes, for every position of a sentence and every template
(``T[-1].lower``, ``T[0,1].is_in_dict``...), the function of the token(s) at the template's offsets and
returns a new Python string for each (~40 per token), which ``CRFTagger`` then looks up again.
:class:`BatchFeaturizer` gives, for the same templates, the row of
:class:`~vnnews.annotation.crf_model.CRFWeights.state` each of those strings names (or the row of
an unknown attribute), without building them position by position:

- the functions of one token (its text, lower case, ``isdigit``, ``istitle``, ``is_in_dict``) do not
  depend on its context: they are asked from the Rust featuriser once per distinct token (template
  ``T[0].f`` on the token alone), and the rows of the one-token templates are looked up once per token;
- a template over a run of tokens (``T[-1,1]``) reads the tokens joined by spaces, lower case joined,
  ``istitle`` true when every token's is, ``is_in_dict`` the joined lower case in the dictionary,
  ``isdigit`` false (a space never parses as a number); its row is looked up once per distinct run;
- ``BOS``/``EOS`` where an offset falls outside the sentence, checked on the first offset, then the
  second.

Every position's rows are then gathered with array indexing. The rows, and so the tags, are those of
``CRFFeaturizer.process`` looked up in the model (``tests/test_crf_features.py`` compares the tags with
``CRFTagger.tag`` on real and constructed text).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

__all__ = ["BatchFeaturizer"]

_TEMPLATE = re.compile(r"T\[(?P<first>-?\d+)(,(?P<second>-?\d+))?](\[(?P<column>.*)])?(\.(?P<function>.*))?")
#: the functions of one token, in the order of the Rust featuriser's answer
_FUNCTIONS = ("", "lower", "isdigit", "istitle", "is_in_dict")
#: distinct tokens remembered before the memo is emptied (their strings, flags and rows: ~1 KB each)
MEMO_TOKENS = 100_000
#: distinct runs of tokens remembered before the memo is emptied (a dict entry and a row of ints each: ~200 bytes)
MEMO_RUNS = 400_000
#: token indices are packed into one integer per run: a run may span this many tokens at most
_LONGEST_RUN = 3
_BASE = 1 << 20


class BatchFeaturizer:
    """The attribute rows of ``CRFFeaturizer(templates, dictionary).process`` in a CRF model.

    Parameters
    ----------
    templates : sequence of str
        The model's feature templates (``features.bin``).
    dictionary : set of str
        The model's dictionary (``dictionary.bin``); only read by ``is_in_dict`` templates.
    attributes : dict of str to int
        The model's attribute names and their rows (:attr:`CRFWeights.attributes`).
    unknown : int
        The row of an attribute the model does not know.

    Examples
    --------
    >>> f = BatchFeaturizer(["T[-1]", "T[0].lower", "T[0,1].is_in_dict"], {"hà nội"},
    ...                     {"T[-1]=BOS": 0, "T[0].lower=nội": 1, "T[0,1].is_in_dict=True": 2}, 9)
    >>> f.rows([["Hà", "Nội"]]).tolist()
    [[0, 9, 2], [9, 1, 9]]
    """

    def __init__(self, templates: Sequence[str], dictionary: set[str], attributes: dict[str, int], unknown: int) -> None:
        from underthesea_core import CRFFeaturizer

        self.dictionary = dictionary
        self.attributes = attributes
        self.unknown = unknown
        parsed = []
        for template in templates:
            m = _TEMPLATE.fullmatch(template)
            if m is None or m["column"] is not None:
                raise ValueError(f"CRF feature template not understood: {template!r}")
            first = int(m["first"])
            second = int(m["second"]) if m["second"] is not None else first
            if not 0 <= second - first < _LONGEST_RUN:
                raise ValueError(f"CRF feature template with a range not understood: {template!r}")
            parsed.append((template, first, second, m["function"] or ""))
        unknown_functions = [t for t, _, _, f in parsed if f not in _FUNCTIONS]
        if unknown_functions:
            raise ValueError(f"CRF feature templates with functions not understood: {unknown_functions}")
        self.templates = parsed
        used = [f for f in _FUNCTIONS if any(function == f for _, _, _, function in parsed)] or [""]
        self._used = {f: k for k, f in enumerate(used)}
        for needed in ("", "lower", "istitle"):  # the text, lower case and istitle of a token feed the runs
            if needed not in self._used:
                self._used[needed] = len(used)
                used.append(needed)
        self._unary = CRFFeaturizer([f"T[0].{f}" if f else "T[0]" for f in used],
                                    dictionary if "is_in_dict" in used else set())
        #: per template: (run length, column in the rows of its run length, first offset, second offset)
        self._place: list[tuple[int, int, int, int]] = []
        #: per run length: its functions, each with the templates of that length and function, in order
        self._by_length: dict[int, dict[str, list[str]]] = {}
        for template, first, second, function in parsed:
            self._by_length.setdefault(second - first + 1, {}).setdefault(function, []).append(template)
        slots = {}
        for functions in self._by_length.values():
            column = 0
            for templates_of in functions.values():
                for template in templates_of:
                    slots[template] = column
                    column += 1
        self._place = [(second - first + 1, slots[template], first, second) for template, first, second, _ in parsed]
        self._width = {length: sum(map(len, functions.values())) for length, functions in self._by_length.items()}
        # the rows of the templates of one run length and function, by the value they read
        by_value: dict[tuple[int, str], dict[str, list[int]]] = {}
        # template -> (the rows by value of its run length and function, its place among them, how many they are)
        place: dict[str, tuple[dict[str, list[int]], int, int]] = {
            t: (by_value.setdefault((length, function), {}), k, len(templates_of))
            for length, functions in self._by_length.items() for function, templates_of in functions.items()
            for k, t in enumerate(templates_of)}
        for name, row in attributes.items():  # ~50,000 attributes a model: one dict lookup each
            template, sep, value = name.partition("=")
            found = place.get(template)
            if found is None or not sep:
                continue
            values, k, width = found
            rows = values.get(value)
            if rows is None:
                rows = values[value] = [unknown] * width
            rows[k] = row
        self._by_value = {group: {value: tuple(rows) for value, rows in values.items()} for group, values in by_value.items()}
        self._absent = {(length, function): (unknown,) * len(templates_of)
                        for length, functions in self._by_length.items() for function, templates_of in functions.items()}
        self._bos = np.array([attributes.get(f"{t}=BOS", unknown) for t, _, _, _ in parsed], dtype=np.int64)
        self._eos = np.array([attributes.get(f"{t}=EOS", unknown) for t, _, _, _ in parsed], dtype=np.int64)
        self._clear()

    def _clear(self) -> None:
        self._index: dict[str, int] = {}
        self._texts: list[str] = []
        self._lower: list[str] = []
        self._title: list[bool] = []
        self._single_array = np.zeros((0, self._width.get(1, 0)), dtype=np.int64)
        #: per run length: packed token indices of a run -> its row of the run table
        self._runs: dict[int, dict[int, int]] = {length: {} for length in self._by_length if length > 1}
        self._run_tables = {length: np.zeros((0, self._width[length]), dtype=np.int64) for length in self._runs}

    def _value_rows(self, length: int, function: str, value: str) -> tuple[int, ...]:
        return self._by_value.get((length, function), {}).get(value, self._absent[length, function])

    def _learn(self, tokens: list[str]) -> None:
        """Ask the Rust featuriser for the functions of the tokens not seen yet (one call), and look up
        the rows of the one-token templates for each."""
        new = list(dict.fromkeys(t for t in tokens if t not in self._index))
        if not new:
            return
        answer = self._unary.process([[[t] for t in new]])[0]
        used = self._used
        singles = self._by_length.get(1, {})
        rows = []
        for token, row in zip(new, answer):
            values = [value.split("=", 1)[1] for value in row]
            self._index[token] = len(self._texts)
            self._texts.append(values[used[""]])
            self._lower.append(values[used["lower"]])
            self._title.append(values[used["istitle"]] == "True")
            rows.append([r for function in singles for r in self._value_rows(1, function, values[used[function]])])
        self._single_array = np.concatenate([self._single_array, np.array(rows, dtype=np.int64).reshape(len(rows), self._width.get(1, 0))])

    def _new_runs(self, length: int, columns: list[list[int]]) -> np.ndarray:
        """The rows of the templates over ``length`` tokens for runs not seen yet: ``columns[j]`` holds
        the index of each run's ``j``-th token."""
        lower = [" ".join(run) for run in zip(*([self._lower[i] for i in column] for column in columns))]
        blocks = []
        for function in self._by_length[length]:
            width = len(self._by_length[length][function])
            if function in ("", "lower"):
                values = lower if function == "lower" else [" ".join(run) for run in zip(*([self._texts[i] for i in column]
                                                                                       for column in columns))]
                table = self._by_value.get((length, function), {})
                absent = self._absent[length, function]
                blocks.append(np.array([table.get(v, absent) for v in values], dtype=np.int64).reshape(len(values), width))
                continue
            if function == "istitle":
                flags = np.ones(len(lower), dtype=bool)
                for column in columns:
                    flags &= np.array([self._title[i] for i in column], dtype=bool)
            elif function == "is_in_dict":
                flags = np.array([v in self.dictionary for v in lower], dtype=bool)
            else:  # isdigit: a run holds a space, which never parses as a number
                flags = np.zeros(len(lower), dtype=bool)
            yes = np.array(self._value_rows(length, function, "True"), dtype=np.int64)
            no = np.array(self._value_rows(length, function, "False"), dtype=np.int64)
            blocks.append(np.where(flags[:, None], yes[None, :], no[None, :]))
        return np.concatenate(blocks, axis=1) if blocks else np.zeros((len(lower), 0), dtype=np.int64)

    def rows(self, sentences: Sequence[Sequence[str]]) -> np.ndarray:
        """The attribute rows of every token of every (non-empty) sentence, one sentence after the other:
        an array of tokens x templates."""
        flat = [t for sentence in sentences for t in sentence]
        lengths = np.array([len(s) for s in sentences], dtype=np.int64)
        if len(self._index) + len(flat) > MEMO_TOKENS or sum(map(len, self._runs.values())) + 2 * len(flat) > MEMO_RUNS:
            self._clear()
        self._learn(flat)
        n = len(flat)
        ids = np.fromiter((self._index[t] for t in flat), dtype=np.int64, count=n)
        starts = np.repeat(np.cumsum(lengths) - lengths, lengths)
        position = np.arange(n) - starts
        size = np.repeat(lengths, lengths)
        grouped: dict[int, np.ndarray] = {1: self._single_array[ids]} if 1 in self._by_length else {}
        for length, memo in self._runs.items():
            where = np.flatnonzero(position + length <= size)
            keys = np.zeros(len(where), dtype=np.int64)
            for j in range(length):
                keys = keys * _BASE + ids[where + j]
            distinct, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
            found = np.fromiter((memo.get(k, -1) for k in distinct.tolist()), dtype=np.int64, count=len(distinct))
            missing = np.flatnonzero(found < 0)
            if len(missing):
                starts = where[first[missing]]
                table = self._run_tables[length]
                found[missing] = np.arange(len(table), len(table) + len(missing))
                memo.update(zip(distinct[missing].tolist(), found[missing].tolist()))
                self._run_tables[length] = np.concatenate([table, self._new_runs(length, [ids[starts + j].tolist()
                                                                                          for j in range(length)])])
            runs = np.zeros((n, self._width[length]), dtype=np.int64)
            runs[where] = self._run_tables[length][found[inverse.reshape(-1)]]
            grouped[length] = runs
        out = np.empty((n, len(self.templates)), dtype=np.int64)
        for column, (length, slot, first, second) in enumerate(self._place):
            source = np.clip(np.arange(n) + first, 0, max(n - 1, 0))
            values = grouped[length][source, slot]
            before = position + first < 0
            after = position + second >= size
            out[:, column] = np.where(before, self._bos[column], np.where(after, self._eos[column], values))
        return out
