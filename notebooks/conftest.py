"""nbval runs the bundled notebooks; ``why_it_fails`` also reads SQLite's corpus (its diff and its
repro replay ``.test`` files), so without the corpus it is skipped and says where it looked."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

NEEDS_CORPUS = {"why_it_fails.ipynb"}


def _corpus() -> Path:
    configured = os.environ.get("VIBESQL_SLT_CORPUS")
    return Path(configured) if configured else Path(__file__).resolve().parents[1].parent / "shared" / "sqllogictest"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    corpus = _corpus()
    if corpus.is_dir():
        return
    skip = pytest.mark.skip(reason=f"SQLite's corpus not found at {corpus} (set VIBESQL_SLT_CORPUS)")
    for item in items:
        if item.path.name in NEEDS_CORPUS:
            item.add_marker(skip)
