"""``vnnews annotate`` on a Dask LocalCluster of N worker processes (one thread each), timed from
the first task to the last (the cluster's start-up is not counted; workers load the models first).

Usage: ``python benchmarks/dask_annotate.py CORPUS CACHE N``; prints the seconds as JSON.
"""
from __future__ import annotations

import json
import logging
import sys
import time


def _warm() -> None:
    from vnnews import article_from_text
    from vnnews.annotation import annotate

    annotate(article_from_text("Khởi động mô hình.", doc_id="warm"), use_cache=False)


def main() -> int:
    from distributed import Client, LocalCluster

    from vnnews.annotation import annotate_corpus

    corpus, cache, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        client.run(_warm)
        started = time.perf_counter()
        summary = annotate_corpus(corpus, cache_dir=cache, scheduler=client)
        print(json.dumps({"seconds": round(time.perf_counter() - started, 3), "articles": int((summary["error"] == "").sum())}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
