"""Smoke test over the real corpora in ../shared/corpora (skipped when that folder is absent):
they load with no options, as a researcher would point vnnews at them."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from vnnews import load_corpus

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
if not CORPORA.is_dir():
    CORPORA = Path("/work/shared/corpora")
pytestmark = pytest.mark.skipif(not CORPORA.is_dir(), reason="the real corpora (../shared/corpora) are not on this machine")


def test_baomoi_crawl_loads_with_its_metadata() -> None:
    path = CORPORA / "baomoi-2025" / "articles.csv"
    if not path.exists():
        pytest.skip(f"{path} is not here")
    corpus = load_corpus(path)
    frame = corpus.to_frame()
    assert len(corpus) == 212 and corpus.skipped == []
    assert set(frame["date_source"]) == {"metadata"} and frame["published"].str.endswith("+07:00").all()
    assert set(frame["date"].dt.strftime("%Y-%m")) == {"2025-06"} and frame["url"].str.startswith("https://baomoi.com/").all()
    assert frame["title"].notna().all() and (frame["row"].tolist() == list(range(1, 213)))
    # gold rows are numbered as the loader numbers them
    gold = json.loads((ROOT / "tests" / "gold" / "corpora.json").read_text(encoding="utf-8"))["sources"]
    by_row = frame.set_index("row")["url"]
    for source in gold.values():
        if "row" in source:
            assert by_row[source["row"]] == source["url"]


def test_vnexpress_folders_load_with_category_url_and_duplicates_flagged() -> None:
    folder = CORPORA / "vnexpress-2022"
    if not folder.is_dir():
        pytest.skip(f"{folder} is not here")
    corpus = load_corpus(folder)
    kinds = Counter((p.kind, p.action) for p in corpus.problems)
    files = sum(1 for _ in folder.rglob("*.txt"))
    assert files == 1219 and len(corpus) + kinds[("empty", "skipped")] == files  # every file loaded or reported
    assert kinds[("duplicate", "loaded")] >= 90 and set(kinds) <= {("empty", "skipped"), ("duplicate", "loaded")}
    frame = corpus.to_frame()
    assert Counter(frame["category"]) == {"thoi_su": 624, "phap_luat": len(corpus) - 624}
    assert frame["url"].str.startswith("https://vnexpress.net/").all()  # from the file,url tables beside the folders
    assert sorted(corpus.files_frame().query("role == 'metadata'")["path"].map(lambda p: Path(p).name)) == [
        "phap_luat_urls.csv", "thoi_su_urls.csv"]
