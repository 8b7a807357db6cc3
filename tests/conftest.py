"""Shared fixtures of the runner's tests: test cases, the corpus, the results backend, the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from vibesql_magic.slt.cli import main
from vibesql_magic.slt.journal import ResultsFile
from vibesql_magic.slt.store import ResultsStore

TESTS = Path(__file__).resolve().parent
CASES = TESTS / "slt_cases"
REPO = TESTS.parent


def engine_runs() -> bool:
    """Whether our engine can already run SQL (so it can be the engine under test)."""
    try:
        import engine

        return list(engine.connect(None).execute("SELECT 1").fetchall()) == [(1,)]
    except Exception:
        return False


def engine_stores() -> bool:
    """Whether our engine can already hold a results database: run SQL, save a dump, load it back."""
    try:
        import engine

        with tempfile.TemporaryDirectory() as directory:
            dump = Path(directory) / "probe.sql"
            connection = engine.connect(None)
            connection.execute("CREATE TABLE probe(x INTEGER PRIMARY KEY, y VARCHAR(10))")
            connection.execute("INSERT INTO probe VALUES (?, ?)", (1, "a'b"))
            connection.save_dump(str(dump))
            loaded = engine.connect(str(dump)).execute("SELECT x, y FROM probe").fetchall()
    except Exception:
        return False
    return [tuple(row) for row in loaded] == [(1, "a'b")]


ENGINE_RUNS = engine_runs()
ENGINE_STORES = engine_stores()
SQLITE_BACKEND = "sqlite_store_backend:backend"


def corpus_path() -> Path | None:
    """SQLite's corpus beside the repository (or at $VIBESQL_SLT_CORPUS), None when absent."""
    configured = os.environ.get("VIBESQL_SLT_CORPUS")
    path = Path(configured) if configured else REPO.parent / "shared" / "sqllogictest"
    return path if path.is_dir() else None


@pytest.fixture
def corpus() -> Path:
    path = corpus_path()
    if path is None:
        pytest.skip("the SQLLogicTest corpus is not available")
    return path


@pytest.fixture
def results_backend(monkeypatch: pytest.MonkeyPatch) -> str:
    """Store results in our engine when it is ready, else in the sqlite3 test backend."""
    paths = [str(TESTS), os.environ.get("PYTHONPATH")]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(path for path in paths if path))
    if ENGINE_STORES:
        monkeypatch.delenv("VIBESQL_SLT_BACKEND", raising=False)
        return "engine"
    monkeypatch.setenv("VIBESQL_SLT_BACKEND", SQLITE_BACKEND)
    return "sqlite"


@dataclass
class Outcome:
    code: int
    out: str
    err: str


CLI = Callable[..., Outcome]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], results_backend: str) -> CLI:
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


def results(db: Path) -> ResultsStore:
    """The results database as a run left it (folding any journal)."""
    return ResultsFile(db).open()


def rows(db: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Rows of a query on a results database."""
    return results(db).query(sql, params)[1]


def spawn_cli(*args: str | Path, cwd: Path | None = None) -> subprocess.Popen[str]:
    """Start ``vibesql-slt`` as its own process, leading its own process group (for kills and signals)."""
    return subprocess.Popen([sys.executable, "-m", "vibesql_magic.slt.cli", *map(str, args)], cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
