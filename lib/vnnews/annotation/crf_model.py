"""underthesea's CRF models read into arrays, and their best label paths found for many sentences at once.

underthesea ships its CRF models in the CRFsuite binary format (``models.bin``: a ``FEAT`` chunk of
state and transition features, then the label and attribute names in ``CQDB`` string databases).
``underthesea_core.CRFTagger`` loads such a file and tags one sentence a call: it looks up each
attribute string of each token, sums the state weights of the known ones in the order given, and runs
Viterbi. :func:`read_crfsuite` reads the same file into a state-weight matrix (one row per attribute,
one column per label) and a transition matrix, and :func:`best_paths` runs the same Viterbi, with the
same sums in the same order and the same tie-breaking (the first label of equal scores), over a batch
of sentences at once, so a sentence costs a few array operations, not a Python call per token and
attribute string. ``tests/test_crf_features.py`` checks the tags against ``CRFTagger.tag``.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

__all__ = ["CRFWeights", "best_paths", "emissions", "read_crfsuite"]

#: state weights the Rust loader keeps: it drops those this close to zero
_NEGLIGIBLE = 1e-10


@dataclass(frozen=True)
class CRFWeights:
    """A linear-chain CRF: ``labels``, ``attributes`` (name -> row of ``state``), ``state``
    (attributes + 1 rows, one column per label; the last row, all zeros, stands for an attribute
    the model does not know) and ``transition`` (from label, to label)."""

    labels: tuple[str, ...]
    attributes: dict[str, int]
    state: np.ndarray
    transition: np.ndarray

    @property
    def unknown(self) -> int:
        """The row of :attr:`state` for an attribute the model does not know (zeros)."""
        return len(self.state) - 1


def _strings(data: bytes, offset: int, path: Path) -> list[str]:
    """The strings of a CQDB database at ``offset``, by id (its backward array of record offsets)."""
    if data[offset : offset + 4] != b"CQDB":
        raise ValueError(f"{path}: not a CRFsuite model (no string database at byte {offset})")
    count, backward = struct.unpack_from("<II", data, offset + 16)
    names = []
    for record in struct.unpack_from(f"<{count}I", data, offset + backward):
        size = struct.unpack_from("<I", data, offset + record + 4)[0]
        start = offset + record + 8
        names.append(data[start : start + size - 1].decode("utf-8"))
    return names


def read_crfsuite(path: str | Path) -> CRFWeights:
    """Read a CRFsuite ``models.bin`` as ``underthesea_core.CRFTagger.load`` reads it.

    Raises
    ------
    ValueError
        Naming the file, when it is not a CRFsuite linear-chain model.
    """
    path = Path(path)
    data = path.read_bytes()
    if data[:4] != b"lCRF" or data[8:12] != b"FOMC":
        raise ValueError(f"{path}: not a CRFsuite linear-chain model")
    _, _, n_labels, n_attributes, off_features, off_labels, off_attributes = struct.unpack_from("<7I", data, 12)
    if data[off_features : off_features + 4] != b"FEAT":
        raise ValueError(f"{path}: not a CRFsuite model (no feature chunk)")
    n_features = struct.unpack_from("<I", data, off_features + 8)[0]
    features = np.frombuffer(data, dtype=np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")]),
                             count=n_features, offset=off_features + 12)
    labels = _strings(data, off_labels, path)
    names = _strings(data, off_attributes, path)
    if len(labels) != n_labels or len(names) != n_attributes:
        raise ValueError(f"{path}: the model's label or attribute table does not match its header")
    state = np.zeros((n_attributes + 1, n_labels))
    transition = np.zeros((n_labels, n_labels))
    kinds = features["type"]
    for kind in np.unique(kinds):
        if kind not in (0, 1):
            raise ValueError(f"{path}: feature type {kind} not understood")
    kept = features[(kinds == 0) & (np.abs(features["weight"]) > _NEGLIGIBLE)]
    state[kept["src"], kept["dst"]] = kept["weight"]  # a later feature of the same pair wins, as in the loader
    moves = features[kinds == 1]
    transition[moves["src"], moves["dst"]] = moves["weight"]
    return CRFWeights(tuple(labels), {name: k for k, name in enumerate(names)}, state, transition)


def emissions(weights: CRFWeights, rows: np.ndarray) -> np.ndarray:
    """State scores of every token (one row of ``rows`` per token: the attribute rows of its
    attributes, in the model's template order): each label's weights summed in that order."""
    scores = np.zeros((len(rows), len(weights.labels)))
    gathered = np.empty_like(scores)
    for column in rows.T:
        np.take(weights.state, column, axis=0, out=gathered)
        scores += gathered
    return scores


#: sentences decoded together: sorted by length, so a batch runs as many steps as its longest sentence
BUCKET_SENTENCES = 256


def best_paths(scores: np.ndarray, lengths: np.ndarray, transition: np.ndarray) -> np.ndarray:
    """The best label of every token: Viterbi over each sentence of a batch.

    Parameters
    ----------
    scores : ndarray (tokens, labels)
        State scores of the tokens of all sentences, one sentence after the other.
    lengths : ndarray of int
        Tokens of each sentence (none empty).
    transition : ndarray (labels, labels)

    Returns
    -------
    ndarray of int
        A label index per token; among paths of equal score the one with the first labels, as
        ``CRFTagger`` (``score[t][y] = max_y' (score[t-1][y'] + transition[y'][y]) + state[t][y]``).

    Examples
    --------
    >>> import numpy as np
    >>> best_paths(np.array([[1.0, 0.0], [0.0, 1.0], [2.0, 0.0]]), np.array([2, 1]), np.array([[0.0, -5.0], [0.0, 0.0]])).tolist()
    [0, 0, 0]
    """
    lengths = np.asarray(lengths, dtype=np.int64)
    out = np.zeros(len(scores), dtype=np.intp)
    if not len(lengths):
        return out
    starts = np.cumsum(lengths) - lengths
    order = np.argsort(lengths, kind="stable")
    for k in range(0, len(order), BUCKET_SENTENCES):
        chosen = order[k : k + BUCKET_SENTENCES]
        sizes = lengths[chosen]
        tokens = np.concatenate([np.arange(a, a + n) for a, n in zip(starts[chosen].tolist(), sizes.tolist())])
        out[tokens] = _viterbi(scores[tokens], sizes, transition)
    return out


def _viterbi(scores: np.ndarray, lengths: np.ndarray, transition: np.ndarray) -> np.ndarray:
    """:func:`best_paths` for one batch of sentences, padded to the longest."""
    n_sentences, n_labels = len(lengths), transition.shape[0]
    longest = int(lengths.max())
    starts = np.cumsum(lengths) - lengths
    sentence = np.repeat(np.arange(n_sentences), lengths)
    position = np.arange(len(scores)) - starts[sentence]
    padded = np.zeros((n_sentences, longest, n_labels))
    padded[sentence, position] = scores
    score = padded[:, 0, :].copy()
    back = np.zeros((n_sentences, longest, n_labels), dtype=np.intp)
    arriving = np.ascontiguousarray(transition.T)[None, :, :]  # [to, from]: the choice of the previous label is the last axis
    for t in range(1, longest):
        moves = score[:, None, :] + arriving
        previous = moves.argmax(axis=2)
        back[:, t] = previous
        best = np.take_along_axis(moves, previous[:, :, None], axis=2)[:, :, 0]
        score = np.where((lengths > t)[:, None], best + padded[:, t, :], score)
    label = score.argmax(axis=1)  # each sentence's score stopped growing at its own last token
    paths = np.zeros((n_sentences, longest), dtype=np.intp)
    current = np.zeros(n_sentences, dtype=np.intp)
    rows = np.arange(n_sentences)
    for t in range(longest - 1, -1, -1):
        current = np.where(lengths - 1 == t, label, current)
        paths[:, t] = current
        if t:
            current = np.where(t < lengths, back[rows, t, current], current)
    return paths[sentence, position]
