"""Word segmentation with the user lexicon: each of its words and names is one token.

underthesea's ``word_tokenize`` has a ``fixed_words`` option, but in the installed version (9.5)
it is not fit for this: it recompiles its tokeniser pattern on every call and leaves it in a
module global that every later call, with or without fixed words, goes on using; it puts the
words into a regex unescaped and matches them case-sensitively as written; and its CRF may still
glue a fixed word to the word before it. So the sentence is segmented as usual, then the tokens
an entry covers are merged into one, and a token that runs across an entry's edge is cut at that
edge (:func:`keep_entries`); every span stays an exact span of the sentence.
"""
from __future__ import annotations

from ..corpus.lexicon import Lexicon, LexiconEntry

__all__ = ["SEGMENTATION_KINDS", "keep_entries"]

#: the kinds of entry kept as one token (titles are phrases of several words: ``Phó`` + ``Chủ tịch``)
SEGMENTATION_KINDS = ("word", "person", "organisation", "place")

Span = tuple[int, int]


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def keep_entries(sentence: str, words: list[str], spans: list[Span],
                 lexicon: Lexicon) -> tuple[list[str], list[Span], dict[int, LexiconEntry]]:
    """The tokens of ``sentence`` with every lexicon entry written in it as one token.

    Parameters
    ----------
    sentence : str
    words, spans : list
        The segmenter's words and their spans in ``sentence``, in order.
    lexicon : Lexicon

    Returns
    -------
    words : list of str
        The words, a merged or cut one written as in the sentence (single spaces).
    spans : list of (int, int)
    entries : dict
        Index of a token -> the entry it is.

    Examples
    --------
    >>> lex = Lexicon.from_rows([("word", "kinh tế tuần hoàn"), ("organisation", "Quỹ Ánh Dương Xanh")])
    >>> s = "Quỹ Ánh Dương Xanh bàn kinh tế tuần hoàn."
    >>> words = ["Quỹ Ánh", "Dương Xanh", "bàn", "kinh tế", "tuần hoàn", "."]
    >>> spans = [(0, 7), (8, 18), (19, 22), (23, 30), (31, 40), (40, 41)]
    >>> words, spans, entries = keep_entries(s, words, spans, lex)
    >>> [(w, s[a:b]) for w, (a, b) in zip(words, spans)]
    [('Quỹ Ánh Dương Xanh', 'Quỹ Ánh Dương Xanh'), ('bàn', 'bàn'), ('kinh tế tuần hoàn', 'kinh tế tuần hoàn'), ('.', '.')]
    >>> {k: e.kind for k, e in entries.items()}
    {0: 'organisation', 2: 'word'}
    """
    matches = lexicon.find(sentence, kinds=SEGMENTATION_KINDS)
    if not matches:
        return words, spans, {}
    out: list[tuple[str, Span]] = []
    entries: dict[int, LexiconEntry] = {}
    tokens = list(zip(words, spans))
    k = 0

    def piece(a: int, b: int) -> None:
        span = _trim(sentence, a, b)
        if span is not None:
            out.append((" ".join(sentence[span[0] : span[1]].split()), span))

    for m in matches:
        while k < len(tokens) and tokens[k][1][1] <= m.start:
            out.append(tokens[k])
            k += 1
        if k < len(tokens) and tokens[k][1][0] < m.start:  # runs into the entry: its part before it
            piece(tokens[k][1][0], m.start)
        entries[len(out)] = m.entry
        out.append((" ".join(sentence[m.start : m.end].split()), (m.start, m.end)))
        while k < len(tokens) and tokens[k][1][1] <= m.end:
            k += 1
        if k < len(tokens) and tokens[k][1][0] < m.end:  # runs out of the entry: its part after it
            rest = _trim(sentence, m.end, tokens[k][1][1])
            if rest is None:
                k += 1
            else:
                tokens[k] = (" ".join(sentence[rest[0] : rest[1]].split()), rest)
    out.extend(tokens[k:])
    return [w for w, _ in out], [s for _, s in out], entries
