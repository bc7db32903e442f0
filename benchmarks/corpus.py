"""Benchmark corpora: folders of ``.txt`` articles of about 880 syllables built from real text.

The paragraphs of the real crawls in ``../shared/corpora`` (VnExpress 2022, one article per file,
title first) are dealt out in order into articles of about ``syllables`` syllables, each with a
real title, so every article is running news text of the genre and every one differs. When that
folder is absent the VLSP 2013 test sentences shipped inside underthesea's wheel are used instead
(three sentences a paragraph). The texts are written to a temporary folder, never into the repository.
"""
from __future__ import annotations

import os
import random
import re
from functools import cache
from importlib import resources
from pathlib import Path

__all__ = ["SHARED_CORPORA", "build_corpus", "source_paragraphs"]

#: the real crawls (``VNNEWS_CORPORA`` overrides where they are looked for)
SHARED_CORPORA = Path(os.environ.get("VNNEWS_CORPORA") or Path(__file__).resolve().parents[1].parent / "shared" / "corpora")


def _vlsp_paragraphs() -> list[str]:
    path = resources.files("underthesea.pipeline.pos_tag") / "models" / "pos_crf_vlsp2013_20230303" / "test_output.txt"
    sentences, words = [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if len(words) >= 5:
                text = re.sub(r"\s+([,.;:!?%)\]…])", r"\1", " ".join(words))
                sentences.append(re.sub(r"([(\[])\s+", r"\1", text))
            words = []
            continue
        words.append(line.split("\t")[0])
    return [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]


@cache
def source_paragraphs(root: Path = SHARED_CORPORA) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """Titles, paragraphs and a description of where they come from."""
    folders = sorted(p for p in (root / "vnexpress-2022").glob("*") if p.is_dir()) if root.is_dir() else []
    titles, paragraphs = [], []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            lines = [line.strip() for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
            if len(lines) < 3:
                continue
            titles.append(lines[0])
            paragraphs.extend(line for line in lines[1:] if len(line.split()) >= 8)
    if paragraphs:
        return tuple(titles), tuple(paragraphs), f"paragraphs of {len(titles)} VnExpress 2022 articles ({root})"
    vlsp = _vlsp_paragraphs()
    return tuple(p.split(",")[0][:80] for p in vlsp[::7]), tuple(vlsp), "VLSP 2013 test sentences shipped in underthesea"


def build_corpus(folder: Path, n: int, *, syllables: int = 880) -> dict[str, int | str]:
    """Write ``n`` articles of about ``syllables`` syllables into ``folder`` (one ``.txt`` each).

    Returns
    -------
    dict
        ``articles``, ``syllables`` (total), ``source`` (where the text comes from).
    """
    titles, paragraphs, source = source_paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    total, k = 0, 0
    order: list[int] = []
    for i in range(n):
        chosen, size = [], 0
        while size < syllables:
            if k % len(paragraphs) == 0:  # each pass over the paragraphs in another order: no two articles alike
                order = random.Random(k // len(paragraphs)).sample(range(len(paragraphs)), len(paragraphs)) if k else \
                    list(range(len(paragraphs)))
            paragraph = paragraphs[order[k % len(paragraphs)]]
            k += 1
            chosen.append(paragraph)
            size += len(paragraph.split())
        title = titles[i % len(titles)]
        (folder / f"bench_{i:06d}.txt").write_text(title + "\n\n" + "\n\n".join(chosen) + "\n", encoding="utf-8")
        total += size + len(title.split())
    return {"articles": n, "syllables": total, "source": source}
