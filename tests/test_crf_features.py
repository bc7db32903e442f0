"""The fast path to underthesea's CRF models gives what underthesea itself gives: the memoised
featuriser the same attributes as ``underthesea_core.CRFFeaturizer``, and the tokens table the
same words, spans and POS tags as ``word_tokenize`` and the POS model, sentence by sentence
(on written sentences, and on real articles of ../shared/corpora when present)."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import joblib
import pytest
from underthesea import word_tokenize
from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger
from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize
from underthesea_core import CRFFeaturizer

from vnnews import article_from_text, load_corpus
from vnnews.annotation.crf_features import MemoFeaturizer
from vnnews.annotation.tokenisation import _align, annotate
from vnnews.text.sentences import sentence_spans

MODELS = resources.files("underthesea.pipeline")
WORD_MODEL = MODELS / "word_tokenize" / "models" / "ws_crf_vlsp2013_20230727"
POS_MODEL = MODELS / "pos_tag" / "models" / "pos_crf_vlsp2013_20230303"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "vnexpress-2022" / "thoi_su"
if not CORPUS.is_dir():
    CORPUS = Path("/work/shared/corpora/vnexpress-2022/thoi_su")

WRITTEN = [
    "Sáng 1/7/2020, Bộ Chính trị họp tại Hà Nội dưới sự chủ trì của Tổng Bí thư Nguyễn Phú Trọng.",
    "Tỷ lệ đạt 20,89%, tăng 2.147.483.648 đồng so với cùng kỳ; +5 và -7 độ C, v.v... => kết thúc.",
    "TP.HCM", "A", "",
    "Ông  NGUYỄN Văn A (SN 1972) nói: \"Chúng tôi đã làm hết sức!\" - ΑΣ ΣΑ İstanbul ǅ straße ５ 2147483647",
    "UBND tỉnh Đắk Lắk và H'Mông ở xã N’Thôn Hạ, biển số 43H-0530, e-mail T.Ư Đảng.",
]


def _real_articles(n: int) -> list:
    if not CORPUS.is_dir():
        pytest.skip(f"the real corpus {CORPUS} is not on this machine")
    return list(load_corpus(sorted(str(p) for p in CORPUS.glob("*.txt"))[:n]))


def _sentences(articles: list) -> list[str]:
    return [a.text[s:e] for a in articles for p in a.paragraphs for s, e in sentence_spans(a.text, p.start, p.end)]


def _check_features(sentences: list[str]) -> None:
    pos = FastCRFSequenceTagger()
    pos.load(str(POS_MODEL))
    for folder, tokens_of in ((WORD_MODEL, tokenize), (POS_MODEL, word_tokenize)):
        templates, dictionary = joblib.load(str(folder / "features.bin")), joblib.load(str(folder / "dictionary.bin"))
        rust, memo = CRFFeaturizer(templates, dictionary), MemoFeaturizer(templates, dictionary)
        for sentence in sentences:
            tokens = tokens_of(sentence)
            assert [list(row) for row in memo.process(tokens)] == rust.process([[[t] for t in tokens]])[0], (folder.name, sentence)


def _check_tokens(articles: list) -> None:
    pos = FastCRFSequenceTagger()
    pos.load(str(POS_MODEL))
    for article in articles:
        annotation = annotate(article, use_cache=False)
        bounds = dict(zip(annotation.sentences["sentence"], zip(annotation.sentences["start"], annotation.sentences["end"])))
        for sentence, rows in annotation.tokens.groupby("sentence", sort=True):
            s, e = bounds[sentence]
            text = article.text[s:e]
            words = word_tokenize(text)
            tags = [t[2:] if t[:2] in ("B-", "I-") else t for t in pos.predict([[w] for w in words])]
            spans = [(a + s, b + s) for a, b in _align(text, words)]
            assert rows["pos"].tolist() == tags, text
            assert list(zip(rows["start"], rows["end"])) == spans, text
            assert rows["text"].tolist() == [article.text[a:b] for a, b in spans], text


def test_memo_featurizer_gives_the_attributes_of_the_rust_featurizer() -> None:
    _check_features(WRITTEN)


def test_memo_featurizer_gives_the_same_attributes_when_its_memo_is_emptied(monkeypatch) -> None:
    from vnnews.annotation import crf_features

    monkeypatch.setattr(crf_features, "MEMO_TOKENS", 6)  # fewer than the distinct tokens of one sentence
    templates, dictionary = joblib.load(str(WORD_MODEL / "features.bin")), joblib.load(str(WORD_MODEL / "dictionary.bin"))
    rust, memo = CRFFeaturizer(templates, dictionary), MemoFeaturizer(templates, dictionary)
    for sentence in WRITTEN:
        tokens = tokenize(sentence)
        assert [list(row) for row in memo.process(tokens)] == rust.process([[[t] for t in tokens]])[0], sentence
        assert len(memo._values) <= max(6, len(set(tokens)))


def test_memo_featurizer_refuses_templates_it_does_not_know() -> None:
    with pytest.raises(ValueError, match="not understood"):
        MemoFeaturizer(["W[0]"], set())
    with pytest.raises(ValueError, match="T\\[0\\].upper"):
        MemoFeaturizer(["T[0].upper"], set())


def test_tokens_are_what_word_tokenize_and_the_pos_model_give() -> None:
    text = "Tiêu đề ngắn\n\n" + "\n\n".join(WRITTEN[:2] + WRITTEN[5:])
    _check_tokens([article_from_text(text, doc_id="written")])


def test_memo_featurizer_on_real_articles() -> None:
    _check_features(_sentences(_real_articles(10)))


def test_tokens_of_real_articles_are_what_underthesea_gives() -> None:
    _check_tokens(_real_articles(10))
