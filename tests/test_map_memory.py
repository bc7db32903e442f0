"""What the map keeps in memory after a batch: an article's DataFrames stay (notebooks read them), the Arrow tables
and column lists only the map reads are dropped once its layers are made; the column lists are made again on demand."""
from __future__ import annotations

from vnnews import article_from_text
from vnnews.annotation import tokenisation
from vnnews.annotation.cache import cache_directory
from vnnews.annotation.columns import table_columns
from vnnews.annotation.layers import annotate_chunk, article_key


def test_a_batch_leaves_only_the_dataframes_of_its_articles(tmp_path):
    article = article_from_text("Tiêu đề\n\nSáng 1/7/2020, Bộ Chính trị họp tại Hà Nội.", doc_id="a")
    with cache_directory(tmp_path / "cache"):
        tokenisation.clear_memory()
        tokenisation.prepare([article])
        kept = tokenisation._MEMORY[article_key(article)]
        assert set(tokenisation.LAYER_TABLES.values()) <= set(kept)  # built once for the layers
        manifest, layers = annotate_chunk([article])
        assert set(kept) == {"sentences", "tokens"}
        assert layers["tokens"].num_rows == len(kept["tokens"])
        assert table_columns(article, "tokens")["text"] == kept["tokens"]["text"].tolist()
