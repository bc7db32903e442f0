"""Normalised views and their offset maps, on text where lengths change."""
from __future__ import annotations

import random
import unicodedata

import pytest

from vnnews import expand_abbreviations, fold, normalize
from vnnews.text.normalize import clean_characters, collapse_whitespace, modern_tone_marks, to_nfc


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Bí thư Tỉnh uỷ", "Bí thư Tỉnh ủy"),
        ("khoá XII", "khóa XII"),
        ("hoà bình", "hòa bình"),
        ("HOÀ BÌNH", "HÒA BÌNH"),
        ("Thuỷ lợi, sức khoẻ, thoả thuận, hoạ sĩ", "Thủy lợi, sức khỏe, thỏa thuận, họa sĩ"),
        # unchanged: final consonant or vowel after the pair, and qu + y
        ("hoàn thành, ngoài ra, khuỳnh tay, quý II, quỹ, hoạch định", "hoàn thành, ngoài ra, khuỳnh tay, quý II, quỹ, hoạch định"),
    ],
)
def test_modern_tone_marks(old: str, new: str) -> None:
    view = modern_tone_marks(old)
    assert view.text == new
    assert len(view.text) == len(old)


def test_keep_tone_marks_option() -> None:
    assert normalize("Tỉnh uỷ", tone_marks="keep").text == "Tỉnh uỷ"
    with pytest.raises(ValueError):
        normalize("x", tone_marks="old")  # type: ignore[arg-type]


def test_nfc_offsets_both_directions() -> None:
    original = "Ủy viên Bộ Chính trị Phạm Minh Chính"
    nfd = unicodedata.normalize("NFD", original)
    view = to_nfc(nfd)
    assert view.text == original
    assert len(nfd) > len(original)
    start = original.index("Phạm Minh Chính")
    end = start + len("Phạm Minh Chính")
    s, e = view.to_source(start, end)
    assert unicodedata.normalize("NFC", nfd[s:e]) == "Phạm Minh Chính"
    assert view.from_source(s, e) == (start, end)


def test_cleanup_maps_deleted_and_replaced_characters() -> None:
    source = "“Đổi mới”\u200b –\u00a0năm 1986"
    view = clean_characters(source)
    assert view.text == '"Đổi mới" - năm 1986'
    zw = source.index("\u200b")
    # the deleted zero-width space maps to an empty span where it was
    assert view.from_source(zw, zw + 1) == (9, 9)
    # the straight quote came from the curly one
    assert view.to_source(0, 1) == (0, 1) and source[0] == "“"
    year = view.text.index("1986")
    assert source[slice(*view.to_source(year, year + 4))] == "1986"


def test_whitespace_collapse() -> None:
    source = "  Sáng 1/7,   hội nghị \n\n\n khai mạc "
    view = collapse_whitespace(source)
    assert view.text == "Sáng 1/7, hội nghị\n\nkhai mạc"
    i = view.text.index("khai")
    assert source[slice(*view.to_source(i, i + 8))] == "khai mạc"


def test_normalize_composes_steps_and_maps_every_word_back() -> None:
    source = unicodedata.normalize("NFD", "Bí thư Tỉnh uỷ\u00a0 Đào Hồng Lan – “khoá XX”")
    view = normalize(source)
    assert view.text == 'Bí thư Tỉnh ủy Đào Hồng Lan - "khóa XX"'
    for word in view.text.split():
        i = view.text.index(word)
        s, e = view.to_source(i, i + len(word))
        assert normalize(source[s:e]).text == word
        assert view.from_source(s, e) == (i, i + len(word))
    steps = set(view.edits_frame()["step"])
    assert {"nfc", "tone_marks", "characters", "whitespace"} <= steps
    for edit in view.edits:
        assert source[edit.source_start : edit.source_end] == edit.before


def test_offset_maps_are_monotonic_round_trips() -> None:
    rng = random.Random(7)
    source = unicodedata.normalize("NFD", "Hội nghị  “Trung ương 12”, khoá XII\u200b – TP.HCM, UV BCT, ĐBQH tỉnh.  ") * 5
    view = normalize(source, abbreviations=True)
    for _ in range(300):
        a = rng.randrange(len(view.text))
        b = rng.randrange(a + 1, len(view.text) + 1)
        s, e = view.to_source(a, b)
        assert 0 <= s <= e <= len(source)
        a2, b2 = view.from_source(s, e)
        assert a2 <= a and b2 >= b  # the source span covers at least what we started from


def test_abbreviation_expansion_and_offsets() -> None:
    text = "Bí thư Tỉnh ủy, CT HĐND tỉnh, Trưởng Đoàn ĐBQH tỉnh Quảng Nam; UV BCT; TP.HCM và BCT"
    view = expand_abbreviations(text)
    assert view.text == (
        "Bí thư Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh, Trưởng Đoàn đại biểu Quốc hội tỉnh Quảng Nam; "
        "Ủy viên Bộ Chính trị; Thành phố Hồ Chí Minh và Bộ Chính trị"
    )
    i = view.text.index("đại biểu Quốc hội")
    assert text[slice(*view.to_source(i, i + len("đại biểu Quốc hội")))] == "ĐBQH"
    j = text.index("UV BCT")
    a, b = view.from_source(j, j + 6)
    assert view.text[a:b] == "Ủy viên Bộ Chính trị"


def test_abbreviations_need_word_boundaries_and_case() -> None:
    # lower-case or inside longer words they are not abbreviations; ambiguous ones wait to be asked
    assert expand_abbreviations("hđnd, UBNDX, CT").text == "hđnd, UBNDX, CT"
    assert expand_abbreviations("CT", include_ambiguous=True).text == "Chủ tịch"
    assert expand_abbreviations("UBND tỉnh", kinds={"place"}).text == "UBND tỉnh"


def test_fold_keeps_length_and_offsets() -> None:
    text = "TỈNH UỶ Hoà Bình İstanbul"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("tỉnh ủy hòa bình")
