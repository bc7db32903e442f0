"""A large annotated corpus without hours of annotation: the stored layers of an annotated corpus
copied under the keys of copies of its articles.

Annotating 20,000 articles cold takes hours on a shared 2-core machine; the export's cost and
memory are those of loading the files and reducing the store, which this reproduces at full size:
each copy is a file of its own (the article with one closing line naming the copy, so the loader
sees a new text) whose key in the store holds the layers of the original article. Only the words
repeat, so vocabulary-wide tables have the vocabulary of the original corpus. Benchmark use only.

Usage: ``python benchmarks/replicate.py CORPUS CACHE TIMES OUT_CORPUS``.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc


def replicate(corpus: Path, cache: Path, times: int, out: Path) -> int:
    """Write ``times`` copies of every article of ``corpus`` (annotated in ``cache``) into ``out``; returns the articles written."""
    from vnnews.annotation.active import active_store
    from vnnews.annotation.cache import cache_directory
    from vnnews.annotation.layers import LAYERS, article_key
    from vnnews.annotation.store import MANIFEST_SCHEMA
    from vnnews.corpus import iter_articles

    out.mkdir(parents=True, exist_ok=True)
    written = 0
    with cache_directory(cache):
        store = active_store().primary
        originals = {a.doc_id: article_key(a) for a in iter_articles(corpus)}
        copies: dict[str, dict[int, str]] = {}  # original key -> copy number -> key of the copy
        for copy in range(times):
            for path in sorted(corpus.glob("*.txt")):
                target = out / f"{path.stem}_{copy:02d}.txt"
                target.write_text(path.read_text(encoding="utf-8").rstrip("\n") + f"\n\nBản sao {copy + 1}.\n", encoding="utf-8")
                written += 1
        for article in iter_articles(out):
            stem, number = article.doc_id.rsplit("_", 1)
            copies.setdefault(originals[stem], {})[int(number)] = article_key(article)
        for chunk in list(store._chunks):
            keys = [k for k in store.stored_keys(chunk) if k in copies]
            if not keys:
                continue
            tables = {name: store.layer(chunk, name) for name in LAYERS}
            for copy in range(times):
                new = {k: copies[k][copy] for k in keys if copy in copies[k]}
                manifest = [{"key": key, "file_key": None, "stored": True, "encoding": "utf-8", "notes": "", "duplicate_key": key,
                             "syllables": 0, "tokens": 0, "mentions": 0, "time_expressions": 0} for key in new.values()]
                layers = {}
                for name, table in tables.items():
                    mapped = pa.array([new.get(k) for k in table["key"].to_pylist()], pa.string())
                    layers[name] = table.set_column(0, "key", mapped).filter(pc.is_valid(mapped))
                store.write_chunk(pa.Table.from_pylist(manifest, schema=MANIFEST_SCHEMA), layers)
    return written


if __name__ == "__main__":
    print(replicate(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])))
