"""Shared fixtures: paths of the repository's seeds and helpers to write test corpora."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return ROOT / "seeds"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache root of the test's own (``VNNEWS_CACHE_DIR``), with the in-memory tables forgotten before and after."""
    from vnnews.annotation.cache import clear_memory

    root = tmp_path / "cache"
    monkeypatch.setenv("VNNEWS_CACHE_DIR", str(root))
    clear_memory()
    yield root
    clear_memory()


def cp1258_bytes(text: str) -> bytes:
    """Encode Vietnamese text as Windows-1258 does: precomposed where the code page has the
    letter, else base letter (with its breve/circumflex/horn) plus a combining tone mark."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", ch)
        tones = [m for m in marks if m in "\u0300\u0301\u0303\u0309\u0323"]
        shape = [m for m in marks if m not in tones]
        out.append((unicodedata.normalize("NFC", base + "".join(shape)) + "".join(tones)).encode("cp1258"))
    return b"".join(out)



def pytest_configure(config: pytest.Config) -> None:
    """Every test session (unit tests, doctests and the notebook kernels nbval starts) annotates
    into a cache of its own, never the checkout's ``.cache``."""
    import os
    import tempfile

    os.environ["VNNEWS_CACHE_DIR"] = tempfile.mkdtemp(prefix="vnnews-test-cache-")


def pytest_unconfigure(config: pytest.Config) -> None:
    import os
    import shutil

    shutil.rmtree(os.environ.get("VNNEWS_CACHE_DIR", ""), ignore_errors=True)
