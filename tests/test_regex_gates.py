"""Line gates (vnnews.text.regex_gates): a gate is found wherever its pattern matches, so skipping the
lines without it changes no match of the temporal tagger."""
from __future__ import annotations

import re

import pytest

from vnnews import article_from_text
from vnnews.text.normalize import fold
from vnnews.text.regex_gates import line_gate
from vnnews.time.expressions import _candidates, article_timexes
from vnnews.time.rules import RULES

_TEXT = fold("""Sáng 1/7/2020, tại Hà Nội, Đại hội đại biểu toàn quốc lần thứ XIII của Đảng họp từ 24 đến 26-9-2020.
Từ ngày 2, 3 và 4/10, các đoàn làm việc với tỉnh; ngày 15 tháng 8 năm 2021 kết thúc đợt một.
Quốc hội khóa XV, Hội nghị Trung ương 4 khóa XIII, 6 tháng đầu năm 2020, nửa cuối năm nay, quý II/2021, quý I và II.
Hàng năm vào tháng 7, 8 và tháng 9, từ tháng 3 đến tháng 5/2022, tháng 3, 4/2021, cuối tháng 10 tới, vào 3/2019.
Nhiệm kỳ 2020 - 2025, những năm 1990, năm 2019, hôm qua, sáng nay, tuần tới, tháng trước, quý này, năm ngoái.
Đầu năm, cùng kỳ năm 2019, cùng ngày, buổi chiều, lúc 8h30 sáng thứ hai, ba hôm sau, cách đây 2 năm, trong 3 ngày qua.
Nhiều năm qua, hiện nay, gần đây.
Một dòng không có gì.""")


@pytest.mark.parametrize("k", range(len(RULES)))
def test_every_match_holds_its_gate(k):
    rule = RULES[k]
    gate = line_gate(rule.pattern)
    for m in rule.pattern.finditer(_TEXT):
        assert gate is None or gate.search(_TEXT, m.start(), m.end()), (rule.name, m.group())


def test_gates_keep_every_candidate(monkeypatch):
    from vnnews.time import expressions

    gated = [(a, b, rank, m.groupdict()) for a, b, rank, _, m in _candidates(_TEXT, _TEXT, None)]
    monkeypatch.setattr(expressions, "line_gate", lambda pattern: None)
    assert gated == [(a, b, rank, m.groupdict()) for a, b, rank, _, m in _candidates(_TEXT, _TEXT, None)]
    assert len({rank for _, _, rank, _ in gated}) >= 25  # the text is written to exercise most rules
    a = article_from_text("Tiêu đề\n\nSáng 1/7, hội nghị sơ kết 6 tháng đầu năm 2020.", doc_id="x")
    assert [a.text[t.start : t.end] for t in article_timexes(a)] == ["Sáng 1/7", "6 tháng đầu năm 2020"]


def test_gate_of_a_pattern_needs_what_every_match_holds():
    assert line_gate(re.compile(r"(?<!\w)(?:từ\s+)?tháng\s+\d")).pattern == "tháng"
    assert line_gate(re.compile(r"(?<!\w)(?:nửa|bán\s+niên)\s+\d")).search("bán  niên 2") is not None
    assert line_gate(re.compile(r"(?i)tháng")) is None  # case-insensitive: no gate
    assert line_gate(re.compile(r"(?:tháng)?\s*")) is None  # nothing always matched: no gate
