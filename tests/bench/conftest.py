"""Fixtures of the benchmark tests: the CLI run in this process."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench_support import SESSIONS, Outcome, seed

from vibesql_magic.bench.cli import main


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):
    """Run ``vibesql-bench`` in this process."""

    def run(*args: str | Path) -> Outcome:
        capsys.readouterr()
        code = main([str(arg) for arg in args])
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return run


@pytest.fixture(scope="session")
def sessions_dump(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sessions schema seeded once (40 rows a table, seed 1) for tests that only read it."""
    path = tmp_path_factory.mktemp("seeded") / "sessions.sql"
    seed(SESSIONS, path)
    return path
