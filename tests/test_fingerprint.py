"""What the key of a stored layer is made of: the code the map runs, not the code that only reads the store.

An upgrade that changes a corpus table (a reduction, a statistic) must not send a user's whole store back to
the models; an edit to a rule the map runs must. The first test is what makes leaving modules out safe: it
watches every Python call while articles are annotated and fails if one lands in a module left out."""
from __future__ import annotations

import datetime as dt
import importlib.util
import shutil
import sys
from pathlib import Path

import vnnews
from vnnews import article_from_text
from vnnews.annotation.active import active_store, ensure_annotated
from vnnews.annotation.cache import DEPENDS_STORE, REDUCE_ONLY, cache_directory

PACKAGE = Path(vnnews.__file__).resolve().parent

ARTICLES = [
    "Bộ Chính trị làm việc với Tỉnh ủy Nghệ An\n\nSáng 1/7/2020, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng Trần Văn An "
    "làm việc với Ban Thường vụ Tỉnh ủy Nghệ An. Năm 2019, GRDP của tỉnh tăng 9,1%, đạt 150.000 tỷ đồng.\n\n"
    "Ông An đề nghị tỉnh hoàn thành dự án trước ngày 30/9. Ba tháng sau, Thủ tướng phê duyệt đề án.",
    "Tòa án xử vụ án tham nhũng\n\nHà Nội - Ngày 12/3, TAND TP Hà Nội mở phiên tòa xét xử ông Lê Minh Hoàng, "
    "nguyên Giám đốc Sở Tài chính, cùng 5 đồng phạm. Cáo trạng nêu thiệt hại hơn 20 tỷ đồng trong giai đoạn 2015-2018."
    "\n\nPhiên tòa dự kiến kéo dài đến cuối tuần.\n\nMinh Anh",
]


def _module(path: str) -> str:
    return path.replace("\\", "/")


def test_annotating_calls_no_module_left_out_of_the_layer_key(tmp_path):
    articles = [article_from_text(text, doc_id=f"a{i}", published=dt.date(2020, 7, 1)) for i, text in enumerate(ARTICLES)]
    called: set[str] = set()

    def watch(frame, event, arg):
        if event == "call" and frame.f_code.co_filename.startswith(str(PACKAGE)):
            called.add(_module(str(Path(frame.f_code.co_filename).relative_to(PACKAGE))))

    with cache_directory(tmp_path / "cache"):
        stores = active_store()
        sys.setprofile(watch)
        try:
            ensure_annotated(articles, stores=stores)
        finally:
            sys.setprofile(None)
        assert all(stores.locate(key) for key in ensure_annotated(articles, stores=stores))
    assert {"annotation/layers.py", "annotation/tokenisation.py", "stats/numbers.py", "stats/diversity.py"} <= called
    assert not called & set(REDUCE_ONLY)


def test_every_module_left_out_exists_in_a_subpackage_the_store_depends_on():
    for module in REDUCE_ONLY:
        assert (PACKAGE / module).is_file(), module
        assert module.split("/")[0] in DEPENDS_STORE


def _fingerprint_of(package: Path) -> str:
    spec = importlib.util.spec_from_file_location("copied_cache", package / "annotation" / "cache.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.code_fingerprint(DEPENDS_STORE)


def test_an_edit_to_a_reduction_keeps_the_layer_key_and_an_edit_to_a_rule_changes_it(tmp_path):
    copy = tmp_path / "vnnews"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = _fingerprint_of(copy)
    with open(copy / "stats" / "frequencies.py", "a", encoding="utf-8") as reduction:
        reduction.write("\n# a corpus table changed\n")
    with open(copy / "annotation" / "reduce.py", "a", encoding="utf-8") as reduce:
        reduce.write("\n# the reduce changed\n")
    assert _fingerprint_of(copy) == before
    with open(copy / "stats" / "numbers.py", "a", encoding="utf-8") as rule:
        rule.write("\n# a rule of the map changed\n")
    assert _fingerprint_of(copy) != before
