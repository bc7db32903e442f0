"""CoNLL-U (Universal Dependencies v2): the sentences, words and POS tags of the corpus in one file.

One file for the corpus, ``corpus.conllu``; each article opens with ``# newdoc id``, each paragraph
with ``# newpar id``, and every sentence carries ``# sent_id`` (``doc_id-sentence``, the ``sentence``
index of vnnews's tables), ``# doc_id``, ``# part`` (title, lead, body, caption...) and ``# text``.

A word of several syllables is one token with spaces inside FORM (``Bộ Chính trị``), as UD v2 allows
for Vietnamese (https://universaldependencies.org/v2/conll-u.html: "allow spaces in the FORM and
LEMMA fields"; UD_Vietnamese-VTB does the same), so no ``_`` joining. Fields:

- FORM: the word as written, any run of whitespace inside it written as one space;
- LEMMA ``_`` (Vietnamese does not inflect; vnnews does not lemmatise);
- UPOS: from the VLSP 2013 tag by ``lib/vnnews/data/vlsp2013_upos.tsv``; a CH token made of symbols
  only (``%``, ``$``, ``§``) is SYM;
- XPOS: the VLSP 2013 tag of underthesea's POS model;
- FEATS, HEAD, DEPREL, DEPS ``_`` (no parse);
- MISC: ``TokenRange=start:end``, the token's span in ``article.text`` (end exclusive, as UDPipe
  writes it); ``SpaceAfter=No`` when the next token follows without a space; ``SpacesAfter=\\n``
  (UDPipe's escapes: ``\\s`` space, ``\\t``, ``\\n``, ``\\p`` for ``|``, ``\\\\``) when the whitespace
  after it is not one plain space, so the text can be rebuilt.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from ..annotation import annotate
from ..corpus import Article
from ..data import read_table
from .files import output_folder

__all__ = ["article_conllu", "upos", "write_conllu"]

_MISC_ESCAPES = str.maketrans({"\\": "\\\\", " ": "\\s", "\t": "\\t", "\n": "\\n", "\r": "\\r", "|": "\\p"})


@cache
def _upos_table() -> dict[str, str]:
    table = read_table("vlsp2013_upos.tsv")
    return dict(zip(table["xpos"], table["upos"]))


def _is_symbol(char: str) -> bool:
    """A symbol in UD's sense (SYM): Unicode category S*, or a ``... SIGN`` such as ``%``, ``#``, ``§``."""
    return unicodedata.category(char).startswith("S") or "SIGN" in unicodedata.name(char, "")


def upos(xpos: str, form: str = "") -> str:
    """The Universal POS tag of a VLSP 2013 tag (``X`` for a tag the table does not list).

    Examples
    --------
    >>> upos("Np"), upos("Nc"), upos("Cc"), upos("CH", "."), upos("CH", "%"), upos("???")
    ('PROPN', 'NOUN', 'CCONJ', 'PUNCT', 'SYM', 'X')
    """
    tag = _upos_table().get(xpos, "X")
    if tag == "PUNCT" and form and all(_is_symbol(c) for c in form):
        return "SYM"
    return tag


def _field(text: str) -> str:
    """A FORM or ``# text`` value: whitespace runs as one space (CoNLL-U has no tab or newline in a field)."""
    return " ".join(text.split())


def _misc(start: int, end: int, after: str | None) -> str:
    misc = f"TokenRange={start}:{end}"
    if after == "":
        misc += "|SpaceAfter=No"
    elif after is not None and after != " ":
        misc += "|SpacesAfter=" + after.translate(_MISC_ESCAPES)
    return misc


def article_conllu(article: Article) -> str:
    """The CoNLL-U lines of one article: a block per sentence, each ending with a blank line.

    Examples
    --------
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Bộ Chính trị họp tại Hà Nội.", doc_id="x")
    >>> print(article_conllu(a), end="")  # doctest: +NORMALIZE_WHITESPACE
    # newdoc id = x
    # newpar id = x-p0
    # sent_id = x-0
    # doc_id = x
    # part = lead
    # text = Bộ Chính trị họp tại Hà Nội.
    1 Bộ Chính trị _ NOUN N _ _ _ _ TokenRange=0:12
    2 họp _ VERB V _ _ _ _ TokenRange=13:16
    3 tại _ ADP E _ _ _ _ TokenRange=17:20
    4 Hà Nội _ PROPN Np _ _ _ _ TokenRange=21:27|SpaceAfter=No
    5 . _ PUNCT CH _ _ _ _ TokenRange=27:28|SpaceAfter=No
    <BLANKLINE>
    """
    text = article.text
    annotation = annotate(article)
    tokens = annotation.tokens
    starts, ends = tokens["start"].tolist(), tokens["end"].tolist()
    forms, tags, token_sentence = tokens["text"].tolist(), tokens["pos"].tolist(), tokens["sentence"].tolist()
    nexts = starts[1:] + [len(text)]
    sentences = annotation.sentences
    blocks = []
    paragraph = None
    k = 0
    for number, part, para, sentence_text in zip(sentences["sentence"].tolist(), sentences["part"].tolist(),
                                                  sentences["paragraph"].tolist(), sentences["text"].tolist()):
        first = k
        while k < len(starts) and token_sentence[k] == number:
            k += 1
        if k == first:  # every sentence has a token (its span is stripped text); CoNLL-U cannot hold one without
            continue
        lines = [f"# newdoc id = {article.doc_id}"] if not blocks else []
        if para != paragraph:
            paragraph = para
            lines.append(f"# newpar id = {article.doc_id}-p{paragraph}")
        lines += [f"# sent_id = {article.doc_id}-{number}", f"# doc_id = {article.doc_id}", f"# part = {part}",
                  f"# text = {_field(sentence_text)}"]
        for i in range(first, k):
            gap = text[ends[i] : nexts[i]]
            after = None if gap.strip() else gap  # text between tokens that is not space: TokenRange tells
            lines.append(f"{i - first + 1}\t{_field(forms[i]) or '_'}\t_\t{upos(tags[i], forms[i])}\t{tags[i]}\t_\t_\t_\t_\t"
                         f"{_misc(starts[i], ends[i], after)}")
        blocks.append("\n".join(lines) + "\n\n")
    if k != len(starts):
        raise ValueError(f"{article.doc_id}: tokens out of sentence order at token {k}")
    return "".join(blocks)


def write_conllu(corpus: Iterable[Article], out: str | Path) -> list[Path]:
    """Write the corpus as ``out/corpus.conllu`` (see the module docstring for the fields).

    Parameters
    ----------
    corpus : iterable of Article
    out : str or Path
        Folder, created when missing.

    Returns
    -------
    list of Path
        The file written.

    Examples
    --------
    >>> import tempfile
    >>> from vnnews import article_from_text
    >>> a = article_from_text("Sáng 1/7, Tỉnh ủy họp.", doc_id="x")
    >>> path = write_conllu([a], tempfile.mkdtemp())[0]
    >>> path.name, path.read_text(encoding="utf-8").count("\\t_\\tPROPN\\tNp\\t")
    ('corpus.conllu', 1)
    """
    folder = output_folder(out)
    path = folder / "corpus.conllu"
    with path.open("w", encoding="utf-8", newline="") as handle:
        for article in corpus:
            handle.write(article_conllu(article))
    return [path]

