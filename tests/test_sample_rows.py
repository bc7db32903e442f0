"""The precision-read script (``scripts/sample_rows.py``, a developer script): a sheet's context marks the very span
of the row, also when the export's CSV guarded a part opening like a formula, and ``--score`` counts ``doubtful``
judgements both ways."""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import sample_rows  # noqa: E402
from vnnews import load_corpus  # noqa: E402
from vnnews.export import export_tables  # noqa: E402


def test_context_marks_the_span_of_a_part_the_csv_guarded(tmp_path: Path) -> None:
    text = "Tiêu đề\n\n- Đối với xã đã có Văn phòng đăng ký đất đai thì Sở Tài chính cấp giấy."
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(text, encoding="utf-8")
    export_tables(load_corpus(tmp_path / "corpus"), tmp_path / "out")
    parts = pd.read_csv(tmp_path / "out" / "parts.csv", keep_default_na=False)
    assert parts["text"].str.startswith("'-").any()  # the guard the export writes
    start = text.index("Sở Tài chính")
    context = sample_rows._Contexts(parts, 200).around("a", start, start + len("Sở Tài chính"))
    assert "thì [[Sở Tài chính]] cấp" in context


def test_score_counts_doubtful_rows_right_and_strictly_wrong(tmp_path: Path) -> None:
    sheet = pd.DataFrame({"row": [1, 2, 3, 4, 5], "kind": ["PER", "PER", "PER", "ORG", "ORG"],
                          "judgement": ["right", "doubtful", "wrong", "right", ""]})
    path = tmp_path / "sheet.csv"
    sheet.to_csv(path, index=False)
    table = sample_rows.score(path).set_index("kind")
    assert table.loc["PER", ["right", "wrong", "doubtful", "precision", "strict"]].tolist() == [1, 1, 1, 0.667, 0.333]
    assert table.loc["ORG", ["right", "unjudged", "precision"]].tolist() == [1, 1, 1.0]
    assert table.loc["all", ["right", "wrong", "doubtful", "precision", "strict"]].tolist() == [2, 1, 1, 0.75, 0.5]
