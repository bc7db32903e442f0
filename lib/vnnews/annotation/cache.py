"""Where the annotation cache lives and what its keys are made of.

Annotations are kept in a store (:mod:`vnnews.annotation.store`) keyed by a hash of each
article's text and date and of the code that made them (:func:`code_fingerprint`), so an
unchanged article is served from the cache, and a changed article or an edited rule is
computed afresh. The cache root is, in order: the directory given, the ``VNNEWS_CACHE_DIR``
environment variable, ``.cache/vnnews`` in the project checkout vnnews is installed from,
else ``~/.cache/vnnews``.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["DEPENDS_MENTIONS", "DEPENDS_STORE", "DEPENDS_TIME", "DEPENDS_TOKENS", "REDUCE_ONLY", "cache_directory", "clear_memory",
           "code_fingerprint", "corpus_key", "default_cache_dir", "text_key"]


def default_cache_dir() -> Path:
    """Where cached annotations go when no directory is given (see module docs)."""
    env = os.environ.get("VNNEWS_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "pyproject.toml").is_file() and (checkout / "lib" / "vnnews").is_dir() and os.access(checkout, os.W_OK):
        return checkout / ".cache" / "vnnews"
    return Path.home() / ".cache" / "vnnews"


#: what each cached layer is computed from: the subpackages (and data) whose code its key hashes
DEPENDS_TOKENS = ("text", "corpus", "annotation", "data")
DEPENDS_MENTIONS = (*DEPENDS_TOKENS, "entities")
DEPENDS_TIME = (*DEPENDS_TOKENS, "time")
#: the store holds every per-article layer: tokens, mentions, people, time, numbers and partial counts
DEPENDS_STORE = (*DEPENDS_TOKENS, "entities", "time", "stats")
#: modules of those subpackages that only read the store: the reduce, the corpus index, the parallel driver,
#: the corpus statistics, the timeline, office holders and highlighting. An edit to them changes no stored
#: layer, so they are not part of a layer's key (the store of a corpus survives an upgrade of its tables);
#: the tables' own cache (:func:`vnnews.streaming.corpus_digest`) still counts them.
#: ``tests/test_fingerprint.py`` checks that annotating articles calls none of them.
REDUCE_ONLY = ("annotation/parallel.py", "annotation/reduce.py", "annotation/sources.py", "entities/highlight.py",
               "entities/positions.py", "stats/collocations.py", "stats/concordance.py", "stats/dated_facts.py",
               "stats/defaults.py", "stats/dispersion.py", "stats/frequencies.py", "stats/groups.py", "stats/keyness.py",
               "stats/sizes.py", "time/timeline.py")


@cache
def code_fingerprint(depends: tuple[str, ...] | None = None) -> str:
    """A hash of the modules and data files of the installed vnnews package that a layer depends on.

    Part of every cache key, so a changed rule or data table (``data/titles.tsv``) is never
    served results computed before the change, while an edit elsewhere (a plot, a corpus table
    of :data:`REDUCE_ONLY`) keeps the cache.

    Parameters
    ----------
    depends : tuple of str, optional
        Subpackages (``"text"``, ``"entities"``, ``"data"``...) whose files count, but for the
        modules of :data:`REDUCE_ONLY`; every file when None.
    """
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha1()
    for path in sorted(package.rglob("*")):
        inside = path.relative_to(package).parts
        if depends is not None and (len(inside) < 2 or inside[0] not in depends or "/".join(inside) in REDUCE_ONLY):
            continue
        if path.suffix in (".py", ".tsv", ".csv", ".json") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\x00")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def text_key(text: str, version: str, *, depends: tuple[str, ...] | None = None) -> str:
    """Cache key of ``text`` under pipeline ``version`` and the code it ``depends`` on (:func:`code_fingerprint`)."""
    return hashlib.sha1(f"{code_fingerprint(depends)}\x00{version}\x00{text}".encode()).hexdigest()


def corpus_key(articles: Iterable[Any], version: str, *, depends: tuple[str, ...] | None = None) -> str:
    """Cache key of a whole corpus: its articles' ids, texts, dates and user lexicons, in order, under ``version``."""
    digest = hashlib.sha1(f"{code_fingerprint(depends)}\x00{version}".encode())
    for a in articles:
        lexicon = getattr(a, "lexicon", None)
        digest.update(f"{a.doc_id}\x00{a.date}\x00{lexicon.digest if lexicon else ''}\x00".encode())
        digest.update(hashlib.sha1(a.text.encode("utf-8")).digest())
    return digest.hexdigest()


def clear_memory() -> None:
    """Forget what this process keeps in memory (tables of recent articles, open stores and corpora);
    the store on disk stays."""
    from .active import reset_stores
    from .reduce import forget_recent
    from .tokenisation import clear_memory as forget_tables

    forget_tables()
    forget_recent()
    reset_stores()


@contextmanager
def cache_directory(directory: str | Path) -> Iterator[Path]:
    """Use ``directory`` as the cache root (``VNNEWS_CACHE_DIR``) for the duration of a ``with`` block.

    Examples
    --------
    >>> import tempfile
    >>> with cache_directory(tempfile.mkdtemp()) as root:
    ...     default_cache_dir() == root
    True
    """
    saved = os.environ.get("VNNEWS_CACHE_DIR")
    root = Path(directory)
    os.environ["VNNEWS_CACHE_DIR"] = str(root)
    clear_memory()
    try:
        yield root
    finally:
        if saved is None:
            os.environ.pop("VNNEWS_CACHE_DIR", None)
        else:
            os.environ["VNNEWS_CACHE_DIR"] = saved
        clear_memory()
