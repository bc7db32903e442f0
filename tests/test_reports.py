"""Every notebook runs, as `vnnews report` runs it, on corpora of every size a user brings."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from vnnews.report import run_notebooks

ROOT = Path(__file__).resolve().parents[1]
THOI_SU = ROOT.parent / "shared" / "corpora" / "vnexpress-2022" / "thoi_su"

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
MIDDLES = ["Văn", "Thị", "Minh", "Quốc", "Thanh"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hùng", "Lan", "Long", "Nam", "Sơn", "Tâm", "Thủy", "Trung", "Vinh"]
PROVINCES = ["Quảng Nam", "Nghệ An", "Bắc Ninh", "Lâm Đồng", "Hà Tĩnh", "Cà Mau", "Thái Bình", "Gia Lai"]
TITLES = ["Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Phó Chủ tịch HĐND tỉnh", "Giám đốc Sở Nội vụ tỉnh"]


def constructed_article(i: int) -> str:
    """A short political news item, different for every ``i``: a dateline, a lead with a date,
    a titled person, a body, an organisation and a fraction."""
    person = f"{SURNAMES[i % 10]} {MIDDLES[i % 5]} {GIVEN[i % 14]}"
    province = PROVINCES[i % 8]
    day, month = 1 + i % 28, 1 + i % 12
    return (
        f"Hội nghị Tỉnh ủy {province} lần thứ {i + 1}\n\n"
        f"Thứ hai, {day:02d}/{month:02d}/2021 - 08:30\n\n"
        f"Sáng {day}/{month}, {TITLES[i % 4]} {province} {person} chủ trì hội nghị sơ kết 6 tháng đầu năm 2021. "
        f"Đến ngày {day}/{month}, có {10 + i % 20}/67 đảng bộ (đạt {round((10 + i % 20) / 67 * 100, 2)}%) đã tổ chức đại hội.\n\n"
        f"Ông {GIVEN[i % 14]} yêu cầu các sở, ngành triển khai nghị quyết nhiệm kỳ 2020 - 2025. "
        f"Ban Tổ chức Trung ương cử đoàn công tác dự hội nghị.\n\n"
        f"{SURNAMES[(i + 3) % 10].upper()} {GIVEN[(i + 5) % 14].upper()}"
    )


def write_corpus(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True)
    for i in range(count):
        (folder / f"bai_{i:03d}.txt").write_text(constructed_article(i), encoding="utf-8")
    return folder


def assert_every_notebook_runs(corpus: Path, out: Path) -> list:
    runs = run_notebooks(corpus, out=out, notebooks=ROOT / "notebooks", progress=False)
    assert len(runs) == len(list((ROOT / "notebooks").glob("*.ipynb")))
    failed = [(Path(r.notebook).name, r.error) for r in runs if r.error]
    assert failed == []
    return runs


@pytest.mark.parametrize("count", [0, 1])
def test_every_notebook_runs_on_an_empty_and_a_one_article_corpus(tmp_path: Path, count: int) -> None:
    corpus = write_corpus(tmp_path / "corpus", count)
    assert_every_notebook_runs(corpus, tmp_path / "reports")


def test_reports_of_75_articles_open_offline_with_interactive_tables_and_hidden_code(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 75)
    runs = assert_every_notebook_runs(corpus, tmp_path / "reports")
    index = (tmp_path / "reports" / "index.html").read_text(encoding="utf-8")
    days = sorted(f"2021-{1 + i % 12:02d}-{1 + i % 28:02d}" for i in range(75))
    assert "<td>75</td>" in index and f"{days[0]} to {days[-1]} (75 dated)" in index
    for run in runs:
        page = Path(run.html).read_text(encoding="utf-8")
        assert f'href="{Path(run.html).name}"' in index
        assert "<title>vnnews · " in page and 'class="vnnews-toc"' in page
        # nothing is fetched from the network when the page opens
        assert re.findall(r'<(?:script|link)[^>]+(?:src|href)="https?://', page) == []
        assert '<script src="assets/itables.js"></script>' in page
        # code hidden: no input area is rendered
        assert "hl-ipython3" not in page and "vnnews.load_corpus(corpus)" not in page  # no code cell rendered
    statistics = Path(runs[1].html).read_text(encoding="utf-8")
    assert "new ITable(" in statistics  # DataTables: sortable, searchable, paginated
    assert (tmp_path / "reports" / "assets" / "itables.js").stat().st_size > 100_000


def test_every_notebook_runs_on_200_real_articles_and_pages_stay_small(tmp_path: Path) -> None:
    if not THOI_SU.is_dir():
        pytest.skip(f"the real corpora are not here ({THOI_SU}); they sit beside the checkout in ../shared")
    corpus = tmp_path / "thoi_su_200"
    corpus.mkdir()
    for path in sorted(THOI_SU.glob("*.txt"))[:200]:
        shutil.copy(path, corpus / path.name)
    runs = assert_every_notebook_runs(corpus, tmp_path / "reports")
    sizes = {Path(r.html).name: Path(r.html).stat().st_size for r in runs}
    assert max(sizes.values()) < 2_000_000, sizes
