"""The user lexicon: people, organisations, places, titles and words a researcher knows and the
grammar does not (a new company, a minority name, a title of one ministry, a term of the field).

A lexicon is a UTF-8 TSV file, one entry per line, columns separated by tabs::

    # comment lines start with "#"; blank lines are ignored; the header row is optional
    kind	form	canonical	notes
    person	Kpă Y Lươm		a Jrai name: "Kpă" is not a Vietnamese family name
    organisation	Quỹ Ánh Dương Xanh		without it: ORG "Quỹ Ánh" and PER "Dương Xanh"
    organisation	VKSND tối cao	Viện Kiểm sát nhân dân tối cao
    place	Nà Ngần
    title	Điều phối viên quốc gia
    word	kinh tế tuần hoàn

- ``kind``: ``person``, ``organisation``, ``place``, ``title`` or ``word``;
- ``form``: the words as written in articles;
- ``canonical`` (optional; not for words, which are counted as written): the name a person,
  organisation, place or title is grouped and shown under (the ``name`` of the organisations and
  places tables, the ``entity`` of mentions, the person of person_titles and people, the
  ``title`` of person_titles); empty: the name as written;
- ``notes`` (optional): for the reader of the file; never used, not part of the cache key.

An example ships as ``lib/vnnews/data/lexicon_example.tsv`` (:data:`EXAMPLE`). A form matches
where an article has the same words in the same order, whole words only, ignoring case and the
old or new placement of tone marks (``Hoà``/``Hòa``), with any run of spaces between words (never
a line break) and punctuation as written (``TP.HCM``); a word the form writes with a capital must
have one in the text (``Hòa Bình`` the place is not ``hòa bình`` "peace"; a form in lower case
matches any case). The longest form wins, left to right. A form is of one kind of name (person,
organisation or place); the same form may also be a title or a word.

What the lexicon does (see :func:`vnnews.load_corpus`, ``lexicon=``):

- segmentation: a ``word`` entry, and the name of a person, organisation or place, is one token
  (names tagged ``Np``);
- mentions: people, organisations and places are mentions with label PER, ORG, LOC (rule
  ``lexicon``) and win over the grammar where they overlap, except a place inside an
  organisation name, which is kept as the grammar keeps it;
- titles: a ``title`` entry is a title head, as those of ``data/titles.tsv``.

Every article carries its lexicon (:attr:`vnnews.Article.lexicon`), into worker processes too,
and :attr:`Lexicon.digest` is part of its cache key: a changed lexicon recomputes every article.
"""
from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..options import check_option
from ..text.normalize import fold

__all__ = ["COLUMNS", "ENVIRONMENT", "EXAMPLE", "KINDS", "LABELS", "Lexicon", "LexiconEntry", "LexiconError", "LexiconMatch", "NAME_KINDS",
           "read_lexicon", "resolve_lexicon"]

#: the kinds of entry
KINDS = ("person", "organisation", "place", "title", "word")
#: the mention label of each kind of name
LABELS = {"person": "PER", "organisation": "ORG", "place": "LOC"}
NAME_KINDS = tuple(LABELS)
#: the columns of a lexicon file, in order (the last two optional)
COLUMNS = ("kind", "form", "canonical", "notes")
#: the example lexicon shipped with vnnews (copy it to start your own)
EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "lexicon_example.tsv"
#: the environment variable naming a lexicon file used when none is given (``vnnews report --lexicon`` sets it)
ENVIRONMENT = "VNNEWS_LEXICON"

#: a token of a form or a text: a run of letters and digits, or one other visible character
_TOKEN = re.compile(r"\w+|[^\w\s]")
_GLUED = "\x00"  # marks a token written with no space before it (the "." and "HCM" of "TP.HCM")


class LexiconError(ValueError):
    """A lexicon file that cannot be read: ``path``, ``line`` (1-based, None for the whole file), ``problem``."""

    def __init__(self, path: str | Path, line: int | None, problem: str) -> None:
        self.path, self.line, self.problem = str(path), line, problem
        super().__init__(f"{self.path}, line {line}: {problem}" if line is not None else f"{self.path}: {problem}")


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


@dataclass(frozen=True)
class LexiconEntry:
    """One entry: ``kind`` (one of :data:`KINDS`), ``form`` as written, ``canonical`` name (``""``:
    the form) and ``notes``. Text is taken in Unicode NFC with single spaces.

    Examples
    --------
    >>> LexiconEntry("organisation", "VKSND  tối cao", "Viện Kiểm sát nhân dân tối cao").form
    'VKSND tối cao'
    >>> LexiconEntry("persn", "Rơ Mah Tuân")
    Traceback (most recent call last):
    ...
    ValueError: kind must be one of 'person', 'organisation', 'place', 'title', 'word', not 'persn'
    """

    kind: str
    form: str
    canonical: str = ""
    notes: str = ""

    def __post_init__(self) -> None:
        check_option("kind", self.kind, KINDS)
        for name in ("form", "canonical", "notes"):
            object.__setattr__(self, name, _clean(getattr(self, name)))
        if not self.form:
            raise ValueError("empty form")
        if not re.search(r"\w", self.form):
            raise ValueError(f"form {self.form!r} has no letter or digit")
        if self.kind == "word" and self.canonical:
            raise ValueError(f"a word has no canonical name ({self.canonical!r}): words are counted as written; "
                             "use the notes column")

    @property
    def name(self) -> str:
        """The canonical name, else the form."""
        return self.canonical or self.form

    @property
    def key(self) -> str:
        """The folded form: entries with the same key are the same words."""
        return fold(self.form)


@dataclass(frozen=True)
class LexiconMatch:
    """Where an entry is written in a text: ``text[start:end]`` are its words."""

    start: int
    end: int
    entry: LexiconEntry


def _pattern(form: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The matching key of a form (folded tokens, glued ones marked) and the tokens that must be capitalised."""
    key, caps, last = [], [], None
    for k, m in enumerate(_TOKEN.finditer(form)):
        glued = last is not None and m.start() == last
        key.append((_GLUED if glued else "") + fold(m.group()))
        if m.group()[0].isupper():
            caps.append(k)
        last = m.end()
    return tuple(key), tuple(caps)


@dataclass(frozen=True)
class _Matcher:
    """Entries of some kinds by matching key, most specific first (more capitals, then name kinds)."""

    entries: dict[tuple[str, ...], tuple[tuple[tuple[int, ...], LexiconEntry], ...]]
    first: frozenset[str]
    longest: int

    @classmethod
    def of(cls, entries: Iterable[LexiconEntry]) -> _Matcher:
        grouped: dict[tuple[str, ...], list[tuple[tuple[int, ...], LexiconEntry]]] = {}
        for entry in entries:
            key, caps = _pattern(entry.form)
            grouped.setdefault(key, []).append((caps, entry))
        ordered = {k: tuple(sorted(v, key=lambda c: (-len(c[0]), KINDS.index(c[1].kind)))) for k, v in grouped.items()}
        return cls(ordered, frozenset(k[0] for k in ordered), max(map(len, ordered), default=0))

    def find(self, text: str, start: int, end: int) -> list[LexiconMatch]:
        tokens = [m.span() for m in _TOKEN.finditer(text, start, end)]
        folded = fold(text)
        out: list[LexiconMatch] = []
        i = 0
        while i < len(tokens):
            best: tuple[int, LexiconEntry] | None = None
            a, b = tokens[i]
            if folded[a:b] in self.first:
                key = [folded[a:b]]
                for k in range(i, min(len(tokens), i + self.longest)):
                    if k > i:
                        gap = text[tokens[k - 1][1] : tokens[k][0]]
                        if "\n" in gap:
                            break
                        key.append(("" if gap else _GLUED) + folded[tokens[k][0] : tokens[k][1]])
                    for caps, entry in self.entries.get(tuple(key), ()):
                        if all(text[tokens[i + c][0]].isupper() for c in caps):
                            best = (k, entry)
                            break
            if best is None:
                i += 1
                continue
            k, entry = best
            out.append(LexiconMatch(a, tokens[k][1], entry))
            i = k + 1
        return out


def _conflict(entry: LexiconEntry, earlier: LexiconEntry) -> str | None:
    """Why ``entry`` cannot stand beside an earlier one with the same key, or None."""
    article = "an" if earlier.kind[0] in "aeiou" else "a"
    if entry.kind == earlier.kind:
        if entry.canonical != earlier.canonical:
            return f"{entry.form!r} is already {article} {entry.kind} with canonical name {earlier.name!r}"
        return None
    if entry.kind in LABELS and earlier.kind in LABELS:
        return f"{entry.form!r} is already {article} {earlier.kind}: a name is of one kind"
    return None


@dataclass(frozen=True)
class Lexicon:
    """A user lexicon: its entries (see the module docs for the file format and what it does).

    Attributes
    ----------
    entries : tuple of LexiconEntry
        In file order, each (kind, form) once (a form written in another case is another entry:
        ``hòa bình`` matches any case, ``Hòa Bình`` capitals only).
    source : str
        The file it was read from (``""`` when made in Python); not part of :attr:`digest`.
    digest : str
        A hash of the entries' kinds, forms and canonical names (not their order, not notes):
        part of every article's cache key.

    Examples
    --------
    >>> lex = Lexicon.from_rows([("organisation", "Quỹ Ánh Dương Xanh"), ("word", "kinh tế tuần hoàn")])
    >>> text = "Quỹ Ánh Dương Xanh bàn về nền Kinh tế tuần hoàn."
    >>> [(m.entry.kind, text[m.start:m.end]) for m in lex.find(text)]
    [('organisation', 'Quỹ Ánh Dương Xanh'), ('word', 'Kinh tế tuần hoàn')]
    >>> Lexicon.from_rows([("place", "Hòa Bình")]).find("vì hòa bình")
    []
    """

    entries: tuple[LexiconEntry, ...] = ()
    source: str = field(default="", compare=False)
    digest: str = field(init=False, compare=False)

    def __post_init__(self) -> None:
        kept: list[LexiconEntry] = []
        seen: dict[str, list[LexiconEntry]] = {}
        for entry in self.entries:
            if not isinstance(entry, LexiconEntry):
                raise TypeError(f"lexicon entries are LexiconEntry objects, not {type(entry).__name__}")
            earlier = seen.setdefault(entry.key, [])
            problems = [p for p in (_conflict(entry, e) for e in earlier) if p]
            if problems:
                raise ValueError(problems[0])
            if not any(e.kind == entry.kind and e.form == entry.form for e in earlier):
                earlier.append(entry)
                kept.append(entry)
        object.__setattr__(self, "entries", tuple(kept))
        lines = sorted(f"{e.kind}\t{e.form}\t{e.canonical}" for e in kept)
        object.__setattr__(self, "digest", hashlib.sha1("\n".join(lines).encode("utf-8")).hexdigest()[:16] if kept else "")
        object.__setattr__(self, "_matchers", {})
        object.__setattr__(self, "_canonical", {(e.kind, e.key): e.canonical for e in kept if e.canonical})

    def __reduce__(self) -> tuple[Any, ...]:  # matchers are rebuilt where the lexicon is used (worker processes)
        return (Lexicon, (self.entries, self.source))

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[LexiconEntry]:
        return iter(self.entries)

    def __repr__(self) -> str:
        counts = ", ".join(f"{sum(e.kind == k for e in self.entries)} {k}" for k in KINDS if any(e.kind == k for e in self.entries))
        return f"<Lexicon{' ' + self.source if self.source else ''}: {len(self)} entries ({counts or 'none'})>"

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, ...] | LexiconEntry], *, source: str = "") -> Lexicon:
        """A lexicon from ``(kind, form[, canonical[, notes]])`` tuples (or entries)."""
        return cls(tuple(r if isinstance(r, LexiconEntry) else LexiconEntry(*r) for r in rows), source=source)

    @classmethod
    def read(cls, path: str | Path) -> Lexicon:
        """The lexicon of a TSV file (see :func:`read_lexicon`)."""
        return read_lexicon(path)

    def find(self, text: str, *, kinds: Iterable[str] | None = None, start: int = 0, end: int | None = None) -> list[LexiconMatch]:
        """Where entries of ``kinds`` (default: all) are written in ``text[start:end]``, longest
        first, left to right, not overlapping; spans are offsets into ``text``."""
        wanted = frozenset(KINDS if kinds is None else [check_option("kind", k, KINDS) for k in kinds])
        matchers: dict[frozenset[str], _Matcher] = self._matchers  # type: ignore[attr-defined]
        if wanted not in matchers:
            matchers[wanted] = _Matcher.of(e for e in self.entries if e.kind in wanted)
        matcher = matchers[wanted]
        if not matcher.entries:
            return []
        return matcher.find(text, start, len(text) if end is None else end)

    def canonical(self, kind: str, text: str) -> str | None:
        """The canonical name of the ``kind`` entry whose form is ``text`` (ignoring case, tone
        placement and spacing), when it has one.

        Examples
        --------
        >>> Lexicon.from_rows([("organisation", "VKSND tối cao", "Viện Kiểm sát nhân dân tối cao")]).canonical(
        ...     "organisation", "VKSND Tối cao")
        'Viện Kiểm sát nhân dân tối cao'
        """
        return self._canonical.get((kind, fold(_clean(text))))  # type: ignore[attr-defined]

    def to_frame(self) -> Any:
        """The entries as a table: ``kind, form, canonical, notes``."""
        import pandas as pd

        return pd.DataFrame([(e.kind, e.form, e.canonical, e.notes) for e in self.entries], columns=list(COLUMNS))


def _row_problem(cells: list[str], line: str) -> str | None:
    while len(cells) > 2 and not cells[-1].strip():
        cells.pop()  # spreadsheets add empty cells at the end of a row
    if len(cells) < 2:
        hint = " (columns are separated by tabs, not spaces)" if " " in line.strip() else ""
        return f"1 column; a row has 2 to 4 tab-separated columns: {', '.join(COLUMNS)}{hint}"
    if len(cells) > len(COLUMNS):
        return f"{len(cells)} columns; a row has 2 to 4 tab-separated columns: {', '.join(COLUMNS)}"
    return None


def read_lexicon(path: str | Path) -> Lexicon:
    """Read a lexicon file (format in the module docs), or raise :class:`LexiconError` naming the
    file, the line and the problem.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "my.tsv"
    >>> _ = f.write_text("kind\\tform\\tcanonical\\nperson\\tRơ Mah Tuân\\nplace\\tNà Ngần\\n", encoding="utf-8")
    >>> [(e.kind, e.form) for e in read_lexicon(f)]
    [('person', 'Rơ Mah Tuân'), ('place', 'Nà Ngần')]
    >>> _ = f.write_text("person\\tRơ Mah Tuân\\nngười\\tNà Ngần\\n", encoding="utf-8")
    >>> read_lexicon(f)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    vnnews.corpus.lexicon.LexiconError: .../my.tsv, line 2: kind must be one of 'person', 'organisation', 'place', 'title', 'word', not 'người'
    """
    from .decoding import ArticleLoadError, regular_file

    try:
        regular_file(path)  # FIFOs and devices are never opened
        data = Path(path).read_bytes()
    except ArticleLoadError as exc:
        raise LexiconError(path, None, exc.reason) from None
    except OSError as exc:
        raise LexiconError(path, None, f"cannot read: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise LexiconError(path, line, f"not UTF-8 (byte 0x{data[exc.start]:02x}): save the file as UTF-8") from None
    entries: list[LexiconEntry] = []
    by_key: dict[str, list[tuple[LexiconEntry, int]]] = {}
    first_row = True
    for number, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if first_row and cells[0].strip().lower() == "kind":
            first_row = False
            names = [c.strip().lower() for c in cells if c.strip()]
            if names != list(COLUMNS[: len(names)]) or len(names) < 2:
                raise LexiconError(path, number, f"the header row is {', '.join(COLUMNS)} (the last two optional), "
                                                 f"not {', '.join(names)}")
            continue
        first_row = False
        problem = _row_problem(cells, line)
        if problem:
            raise LexiconError(path, number, problem)
        try:
            entry = LexiconEntry(*(c.strip() for c in cells))
        except ValueError as exc:
            raise LexiconError(path, number, str(exc)) from None
        same = by_key.setdefault(entry.key, [])
        for earlier, line_number in same:
            reason = _conflict(entry, earlier)
            if reason:
                raise LexiconError(path, number, f"{reason} (line {line_number})")
        if all(earlier.kind != entry.kind or earlier.form != entry.form for earlier, _ in same):
            same.append((entry, number))
            entries.append(entry)
    return Lexicon(tuple(entries), source=str(path))


def resolve_lexicon(lexicon: str | Path | Lexicon | None) -> Lexicon | None:
    """The lexicon an option names: a :class:`Lexicon`, a file path, or None for the file named by
    the ``VNNEWS_LEXICON`` environment variable (None when it is unset or empty)."""
    if lexicon is None:
        lexicon = os.environ.get(ENVIRONMENT) or None
        if lexicon is None:
            return None
    if isinstance(lexicon, Lexicon):
        return lexicon
    if isinstance(lexicon, (str, Path)):
        return read_lexicon(lexicon)
    raise TypeError(f"lexicon must be a path or a Lexicon, not {type(lexicon).__name__}")
