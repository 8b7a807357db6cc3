"""Fixtures of the runner's tests: the corpus, the CLI, and test engines the workers can import."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from slt_support import CLI, TESTS, cli_in_process, corpus_path


@pytest.fixture
def corpus() -> Path:
    path = corpus_path()
    if path is None:
        pytest.skip("the SQLLogicTest corpus is not available")
    return path


@pytest.fixture(autouse=True)
def test_engines_importable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Worker and CLI subprocesses import the test engines (slt_test_engines) from this folder."""
    paths = [str(TESTS), os.environ.get("PYTHONPATH")]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(path for path in paths if path))


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> CLI:
    """Run ``vibesql-slt`` in this process (its workers are still separate processes)."""
    return cli_in_process(capsys)
