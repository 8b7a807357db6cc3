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


# A file's outcome in a recorded run: (status, error message, records run, records passed).
FileResult = tuple[str, str | None, int, int]


def record_run(db: Path, engine: str, commit: str | None, started_at: str, files: dict[str, FileResult]) -> int:
    """Record a completed run through the results file's own journal, as the runner does; its run id."""
    results_file = ResultsFile(db)
    run_id = results_file.begin({"started_at": started_at, "total_files": len(files), "git_commit": commit,
                                 "engine": engine, "label": None})
    results_file.append([{"kind": "result", "run_id": run_id, "file_path": path, "status": status,
                          "tested_at": started_at, "duration_ms": 5, "error_message": message,
                          "records_total": total, "records_passed": passed, "records_failed": total - passed,
                          "records_skipped": 0}
                         for path, (status, message, total, passed) in files.items()])
    results_file.append([{"kind": "end", "run_id": run_id, "completed_at": started_at}])
    results_file.fold()
    return run_id


LONG_REASON = "\n".join(f"line {10 * number}: statement failed: Parser Error: syntax error at or near "
                        f"\"ON\" in CREATE TRIGGER number {number}" for number in range(1, 7))


def engines_results(db: Path) -> Path:
    """A results database with a story: our engine's history (a broken first commit, a flaky file, a fix),
    and one run each of sqlite and duckdb at the last commit."""
    good = ("PASS", None, 10, 10)
    record_run(db, "vibesql", "c1", "2025-11-01 08:00:00", {
        "select1.test": ("FAIL", "line 4: statement failed: cannot import name 'functions'", 10, 0),
        "evidence/in1.test": ("FAIL", "line 9: query failed: cannot import name 'functions'", 10, 0),
        "index/between/1/slt_good_0.test": ("FAIL", "line 2: statement failed: cannot import name 'x'", 10, 0)})
    for day, flaky in ((2, good), (3, ("FAIL", "line 9: wrong", 10, 9)), (4, good)):
        record_run(db, "vibesql", f"c{day}", f"2025-11-0{day} 08:00:00", {
            "select1.test": good, "evidence/in1.test": flaky,
            "index/between/1/slt_good_0.test": ("FAIL" if day < 4 else "PASS", "line 2: wrong" if day < 4 else None,
                                                10, 8 if day < 4 else 10)})
    record_run(db, "sqlite", "c4", "2025-11-04 09:00:00", dict.fromkeys(
        ("select1.test", "evidence/in1.test", "index/between/1/slt_good_0.test"), good))
    record_run(db, "duckdb", "c4", "2025-11-04 09:05:00", {
        "select1.test": good, "evidence/in1.test": ("FAIL", LONG_REASON, 10, 4),
        "index/between/1/slt_good_0.test": ("ERROR", "worker process died (signal 11)", 3, 3)})
    return db
