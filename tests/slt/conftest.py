"""Fixtures of the runner's tests: the corpus, the CLI, and test engines the workers can import."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from slt_support import TESTS, Outcome, corpus_path

from vibesql_magic.slt.cli import main


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
def cli(capsys: pytest.CaptureFixture[str]):
    """Run ``vibesql-slt`` in this process (its workers are still separate processes)."""

    def run(*args: str | Path) -> Outcome:
        capsys.readouterr()
        try:
            code = main([str(arg) for arg in args])
        except SystemExit as exit_:  # argparse's own exits
            code = int(exit_.code or 0)
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return run
