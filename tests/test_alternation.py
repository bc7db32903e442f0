"""Word lists written as tries (``vnnews.text.alternation``) match what the longest-first lists matched."""
from __future__ import annotations

import random
import re

from vnnews.text.alternation import first_letter_dispatch, words_alternation
from vnnews.text.regex_gates import line_gate

WORDS = ["chủ tịch", "phó chủ tịch", "chủ tịch nước", "chủ", "phó", "phó thủ tướng", "thủ tướng", "tỉnh", "tỉnh ủy",
         "tỉnh trưởng", "thành phố", "thành ủy", "ủy viên", "ủy ban", "ban", "bí thư", "bí", "thứ ba", "thứ", "thứ hai"]


def _flat(words: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(set(words), key=len, reverse=True))


def _texts(seed: int, count: int = 300) -> list[str]:
    pieces = [w for word in WORDS for w in word.split()] + ["nước", "xã", "hội", "ủy", "tịch", ",", "  ", "\n"]
    rng = random.Random(seed)
    return [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(count)]


def test_trie_finds_the_spans_the_longest_first_list_found() -> None:
    for around in (r"(?<!\w)(?:{})(?!\w)", r"(?:{})\s+\w", r"(?:{})"):  # the rest of the pattern may make the engine back up
        flat = re.compile(around.format(_flat(WORDS)))
        trie = re.compile(around.format(words_alternation(WORDS)))
        for text in _texts(7):
            assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)], text


def test_trie_with_a_space_pattern_of_its_own() -> None:
    def space(word: str) -> str:
        return r"\s*" if word.startswith("thứ ") else r"\s+"

    words = ["thứ ba", "thứ hai", "thứ", "tháng ba"]
    flat = re.compile("|".join(re.escape(w).replace(r"\ ", space(w)) for w in sorted(words, key=len, reverse=True)))
    trie = re.compile(words_alternation(words, space=space))
    for text in ["thứba", "thứ  hai", "tháng ba", "thángba", "thứ tư"]:
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_case_variants_keep_the_longest_first_list() -> None:
    """Under re.IGNORECASE two letters differing by case could both open a match: the list stays as it was."""
    assert words_alternation(["AB", "ab x"]) == r"ab\s+x|AB"
    assert words_alternation([]) == "(?!)"


def test_first_letter_dispatch_tries_the_same_alternatives_in_the_same_order() -> None:
    alternatives = [r"(?:ban|bcđ)\s+tổ\s+chức", r"bộ\s+y\s+tế", r"ban\s+tổ", r"cục\s+thuế", r"bộ"]
    flat = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")")
    grouped = re.compile(r"(?<!\w)(?:" + first_letter_dispatch(alternatives) + r")")
    for text in ["ban tổ chức", "ban tổ", "bcđ tổ chức tỉnh", "bộ y tế và bộ", "cục thuế", "ban"]:
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert first_letter_dispatch([r"\d+", "ban"]) == r"\d+|ban"  # an alternative opening with a class: as it was


def test_gate_of_a_trie_holds_its_words_whole() -> None:
    """A rule written with a trie keeps a gate of whole words (tháng, tuần), not of their shared first letter."""
    pattern = re.compile(r"(?<!\w)(?:" + words_alternation(["tháng", "tuần", "tiếng"]) + r")\s+\d")
    assert set(line_gate(pattern).pattern.strip("(?:)").split("|")) == {"tháng", "tuần", "tiếng"}
