"""vnnews loads underthesea's syllable tokenizer without running underthesea's package __init__: the words
are still underthesea's, and a later ``import underthesea`` in the same process is the whole package."""
from __future__ import annotations

import json
import os
import subprocess
import sys

_SCRIPT = """
import json, sys
from vnnews.annotation.models import segment_sentences
words = segment_sentences(["Bộ Chính trị họp tại Hà Nội ngày 2/10.", "Ông Nguyễn Văn A nói: \\"Tốt\\"."])
loaded_before = sorted(m for m in sys.modules if m == "underthesea" or m.startswith("underthesea."))
import underthesea
print(json.dumps({"words": words, "before": loaded_before,
                  "reference": [underthesea.word_tokenize(s) for s in ["Bộ Chính trị họp tại Hà Nội ngày 2/10.",
                                                                        "Ông Nguyễn Văn A nói: \\"Tốt\\"."]],
                  "ner": callable(getattr(underthesea, "ner", None))}))
"""


def test_tokenizer_without_underthesea_package_then_whole_package():
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    out = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, env=env, check=True, timeout=300)
    found = json.loads(out.stdout.strip().splitlines()[-1])
    assert found["before"] == []  # nothing of underthesea left in sys.modules by the tokenizer's import
    assert found["words"] == found["reference"]
    assert found["words"][0] == ["Bộ Chính trị", "họp", "tại", "Hà Nội", "ngày", "2/10", "."]
    assert found["ner"]  # the later import is the whole package
