"""Helpers of the runner's tests: the test cases, the corpus, the CLI in this process and as its own."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vibesql_magic.slt.cli import main
from vibesql_magic.slt.journal import ResultsFile
from vibesql_magic.slt.store import ResultsStore

TESTS = Path(__file__).resolve().parent
CASES = TESTS / "cases"
REPO = TESTS.parents[1]


def corpus_path() -> Path | None:
    """SQLite's corpus beside the repository (or at $VIBESQL_SLT_CORPUS), None when absent."""
    configured = os.environ.get("VIBESQL_SLT_CORPUS")
    path = Path(configured) if configured else REPO.parent / "shared" / "sqllogictest"
    return path if path.is_dir() else None


@dataclass
class Outcome:
    code: int
    out: str
    err: str


CLI = Callable[..., Outcome]


def cli_in_process(capsys: Any) -> CLI:
    """Run ``vibesql-slt`` in this process (its workers are still separate processes), capturing its output."""

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
