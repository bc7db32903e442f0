"""The fast path to underthesea's CRF models gives what underthesea itself gives: the batch featuriser
the weight rows of the attributes ``underthesea_core.CRFFeaturizer`` builds, the batched Viterbi the tags
``CRFTagger.tag`` gives sentence by sentence, and the tokens table the same words, spans and POS tags as
``word_tokenize`` and the POS model (on written sentences, and on real articles of ../shared/corpora
when present)."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import joblib
import numpy as np
import pytest
from underthesea import word_tokenize
from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger
from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize
from underthesea_core import CRFFeaturizer, CRFTagger

from vnnews import article_from_text, load_corpus
from vnnews.annotation import crf_features
from vnnews.annotation.crf_features import BatchFeaturizer
from vnnews.annotation.crf_model import best_paths, emissions, read_crfsuite
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


def _models():
    for folder, tokens_of in ((WORD_MODEL, tokenize), (POS_MODEL, word_tokenize)):
        templates, dictionary = joblib.load(str(folder / "features.bin")), joblib.load(str(folder / "dictionary.bin"))
        weights = read_crfsuite(Path(str(folder / "models.bin")))
        tagger = CRFTagger()
        tagger.load(str(folder / "models.bin"))
        yield folder, tokens_of, templates, dictionary, weights, tagger


def _check_features(sentences: list[str], *, batch: int = 1000) -> None:
    """The rows of every token's attributes, and the tags, are those of the Rust featuriser and tagger."""
    for folder, tokens_of, templates, dictionary, weights, tagger in _models():
        rust, ours = CRFFeaturizer(templates, dictionary), BatchFeaturizer(templates, dictionary, weights.attributes, weights.unknown)
        tokenised = [t for t in map(tokens_of, sentences) if t]
        for k in range(0, len(tokenised), batch):
            chosen = tokenised[k : k + batch]
            rows = ours.rows(chosen)
            attributes = [row for tokens in chosen for row in rust.process([[[t] for t in tokens]])[0]]
            assert rows.tolist() == [[weights.attributes.get(a, weights.unknown) for a in row] for row in attributes], folder.name
            labels = best_paths(emissions(weights, rows), np.array([len(t) for t in chosen]), weights.transition)
            expected = [label for tokens in chosen for label in tagger.tag(rust.process([[[t] for t in tokens]])[0])]
            assert [weights.labels[i] for i in labels] == expected, folder.name


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


def test_batch_featurizer_and_viterbi_give_the_attributes_and_tags_of_the_rust_ones() -> None:
    _check_features(WRITTEN)
    _check_features(WRITTEN, batch=1)


def test_the_same_rows_and_tags_when_the_memo_is_emptied(monkeypatch) -> None:
    monkeypatch.setattr(crf_features, "MEMO_TOKENS", 6)  # fewer than the distinct tokens of one sentence
    monkeypatch.setattr(crf_features, "MEMO_RUNS", 10)
    _check_features(WRITTEN * 2, batch=2)


def test_batch_featurizer_refuses_templates_it_does_not_know() -> None:
    with pytest.raises(ValueError, match="not understood"):
        BatchFeaturizer(["W[0]"], set(), {}, 0)
    with pytest.raises(ValueError, match="T\\[0\\].upper"):
        BatchFeaturizer(["T[0].upper"], set(), {}, 0)
    with pytest.raises(ValueError, match="range"):
        BatchFeaturizer(["T[-2,2]"], set(), {}, 0)


def test_a_file_that_is_not_a_crf_model_is_named(tmp_path) -> None:
    path = tmp_path / "models.bin"
    path.write_bytes(b"not a model at all" * 4)
    with pytest.raises(ValueError, match="models.bin: not a CRFsuite"):
        read_crfsuite(path)


def test_viterbi_takes_the_first_label_among_equal_paths_and_decodes_sentences_apart() -> None:
    flat = np.zeros((3, 2))
    assert best_paths(flat, np.array([3]), np.zeros((2, 2))).tolist() == [0, 0, 0]
    transition = np.array([[0.0, 2.0], [-3.0, 0.0]])
    scores = np.array([[1.0, 0.0], [0.0, 0.5], [0.2, 0.0], [0.0, 1.0], [1.0, 0.0]])
    together = best_paths(scores, np.array([2, 3]), transition).tolist()
    apart = best_paths(scores[:2], np.array([2]), transition).tolist() + best_paths(scores[2:], np.array([3]), transition).tolist()
    assert together == apart == [0, 1, 0, 1, 1]


def test_tokens_are_what_word_tokenize_and_the_pos_model_give() -> None:
    text = "Tiêu đề ngắn\n\n" + "\n\n".join(WRITTEN[:2] + WRITTEN[5:])
    _check_tokens([article_from_text(text, doc_id="written")])


def test_batch_featurizer_and_viterbi_on_real_articles() -> None:
    _check_features(_sentences(_real_articles(10)), batch=97)


def test_tokens_of_real_articles_are_what_underthesea_gives() -> None:
    _check_tokens(_real_articles(10))


def test_model_files_read_as_joblib_reads_them(tmp_path) -> None:
    from vnnews.annotation.models import _unpickled

    for folder in (WORD_MODEL, POS_MODEL):
        for name, kind in (("features.bin", list), ("dictionary.bin", set)):
            assert _unpickled(Path(str(folder / name)), kind) == joblib.load(str(folder / name))
    compressed = tmp_path / "words.bin"
    joblib.dump({"hà nội", "việt nam"}, compressed, compress=3)  # not a plain pickle: read through joblib
    assert _unpickled(compressed, set) == {"hà nội", "việt nam"}
