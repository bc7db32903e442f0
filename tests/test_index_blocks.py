"""The corpus index of a large corpus is held as columns, block by block: the same ``docs`` and ``articles``
tables as one block gives, whatever the block size and whichever columns are missing in a block."""
from __future__ import annotations

import pandas as pd
import pytest

from vnnews import load_corpus
from vnnews.annotation import sources
from vnnews.annotation.cache import cache_directory

ROWS = ('id,title,content,date,author\n'
        'a1,Tin một,"Sáng 1/7, Bộ Chính trị họp.",2020-07-01,\n'
        'a2,Tin hai,"Chiều 2/7, Quốc hội họp phiên bế mạc.",,\n'
        'a1,Tin ba,"Ngày 3/7, Chính phủ họp thường kỳ.",2020-07-03,Minh Anh\n')


@pytest.mark.parametrize("block", [1, 2, 4096])
def test_blocks_of_the_index_make_the_tables_of_one_block(tmp_path, monkeypatch, block):
    table = tmp_path / "bao.csv"
    table.write_text(ROWS, encoding="utf-8")
    monkeypatch.setattr(sources, "ROWS_PER_BLOCK", block)
    with cache_directory(tmp_path / "cache"):
        index = sources.index_corpus(table, chunk=1)
    expected = load_corpus(table).to_frame()
    pd.testing.assert_frame_equal(index.articles, expected)
    assert index.articles.to_csv() == expected.to_csv()
    assert index.docs["ord"].to_pylist() == [0, 1, 2]
    assert index.docs["doc_id"].to_pylist() == ["a1", "a2", "a1-2"]
    assert index.docs.num_rows == index.articles.shape[0] == 3
