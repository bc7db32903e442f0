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


#: sentences that reach every alternative of underthesea's syllable pattern and its normalisations
_SYLLABLE_CASES = [
    "Bộ Chính trị họp tại Hà Nội ngày 2/10/2020, lúc 14:30:00; giá 4.123,2 đồng (tăng 60.542.000).",
    "Xem http://vnexpress.net/thoi-su-123.html hoặc vnexpress.net, thư gửi ban.bientap@vnexpress.net!",
    "TP.HCM, T.Ư, ThS. Nguyễn, Mr. Smith, H&M, NĐ-CP, xe 51A-123.45, số 03-5730-2357, màn 4K, 3x4 ==> v.v...",
    "Hoà bình, thuỷ lợi, Khoá XIII: kinh-tế--xã hội :)) <3 °C 5% $ × ÷ ^ _ ʺ ok",
    "Tho\u0302i, Tha\u0300nh pho\u0302\u0301 (dấu tổ hợp, chưa NFC) … “trích dẫn” — hết",
    "dựng ĐTC-2022 cao 1.000,5 m2 vào 08-2014 và 20.08.2014; 2014/08/20 :Dương Tuấn Anh :D",
]


def test_syllable_tokenizer_gives_underthesea_tokens():
    """The remembered-normalisation tokenizer the segmenter runs gives the tokens of underthesea's own
    ``tokenize`` (the input of ``word_tokenize``'s CRF), on every kind of token its pattern knows, twice
    (the second time from what it remembered)."""
    from vnnews.annotation.models import _regex_tokenize, _syllable_tokenizer

    reference = _regex_tokenize()
    fast = _syllable_tokenizer()
    for _ in range(2):
        for sentence in _SYLLABLE_CASES:
            assert fast(sentence) == reference(sentence, use_token_normalize=True, fixed_words=[]), sentence
    assert fast("Hoà bình") == ["Hòa", "bình"]  # underthesea's token map: the new tone placement


def test_word_spans_from_the_tokenizer_are_the_aligned_spans():
    """The segmenter gives each word's span in its sentence straight from the syllable tokenizer's matches
    where every syllable is the sentence's own text: the spans the words aligned to the text give, so
    ``sentence[start:end]`` is the word; where underthesea normalised a syllable (``Hoà`` → ``Hòa``, combining
    marks) it gives none and the words are aligned to the text instead."""
    from vnnews.annotation.models import segment_sentence_spans
    from vnnews.annotation.tokenisation import _align

    found = segment_sentence_spans(_SYLLABLE_CASES)
    for sentence, (words, spans) in zip(_SYLLABLE_CASES, found):
        if spans is not None:
            assert spans == _align(sentence, words), sentence
            assert [sentence[a:b].split() for a, b in spans] == [w.split() for w in words], sentence
    assert [spans is None for _, spans in found] == [False, False, False, True, True, False]
    (words, spans), = segment_sentence_spans(["Ông  Nguyễn Văn A họp ở Hà Nội."])
    assert list(zip(words, spans))[:2] == [("Ông", (0, 3)), ("Nguyễn Văn A", (5, 17))]
