"""Shared fixtures and helpers of the magic's tests: a real IPython shell, results dumps, a sqlite3 factory."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from IPython.core.interactiveshell import InteractiveShell

from vibesql_magic.errors import VibeSQLError

RESULTS_SCHEMA = """\
CREATE TABLE test_files (
    file_path VARCHAR(500) PRIMARY KEY,
    category VARCHAR(50) NOT NULL,
    subcategory VARCHAR(50),
    status VARCHAR(20) NOT NULL,
    last_tested TIMESTAMP,
    last_passed TIMESTAMP
);
CREATE TABLE test_runs (
    run_id INTEGER PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    completed_at TIMESTAMP,
    total_files INTEGER,
    passed INTEGER,
    failed INTEGER,
    untested INTEGER,
    git_commit VARCHAR(40),
    ci_run_id VARCHAR(100)
);
CREATE TABLE test_results (
    result_id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL,
    file_path VARCHAR(500) NOT NULL,
    status VARCHAR(20) NOT NULL,
    tested_at TIMESTAMP NOT NULL,
    duration_ms INTEGER,
    error_message VARCHAR(2000),
    FOREIGN KEY (run_id) REFERENCES test_runs(run_id),
    FOREIGN KEY (file_path) REFERENCES test_files(file_path)
);
"""
FILES = [("select1.test", "select", "root"), ("index/between/1/slt_good_0.test", "index", "between"),
         ("evidence/in1.test", "evidence", "root")]
RUNS = 3


def results_dump_sql(runs: int = RUNS) -> str:
    """A small conformance results database as a SQL dump: three files, ``runs`` runs, one result per pair.

    select1.test always passes, the index file fails in every run, evidence/in1.test passes from run 2 on.
    """
    lines = [RESULTS_SCHEMA]
    for (path, category, subcategory), status in zip(FILES, ["PASS", "FAIL", "PASS"], strict=True):
        lines.append(f"INSERT INTO test_files VALUES ('{path}', '{category}', '{subcategory}', '{status}', "
                     f"'2025-11-{runs:02d} 08:00:00', NULL);")
    for run in range(1, runs + 1):
        day = f"2025-11-{run:02d}"
        statuses = ["PASS", "FAIL", "PASS" if run > 1 else "FAIL"]
        passed = statuses.count("PASS")
        lines.append(f"INSERT INTO test_runs VALUES ({run}, '{day} 08:00:00', '{day} 08:10:00', {len(FILES)}, "
                     f"{passed}, {len(FILES) - passed}, 0, 'c{run:03d}', NULL);")
        for number, ((path, _, _), status) in enumerate(zip(FILES, statuses, strict=True), 1):
            message = "NULL" if status == "PASS" else "'query result mismatch: it''s wrong'"
            lines.append(f"INSERT INTO test_results VALUES ({(run - 1) * len(FILES) + number}, {run}, '{path}', "
                         f"'{status}', '{day} 08:0{number}:00', {10 * number}, {message});")
    return "\n".join(lines) + "\n"


def write_results_dump(path: Path, runs: int = RUNS) -> Path:
    path.write_text(results_dump_sql(runs))
    return path


class SQLiteFactory:
    """sqlite3 behind the magic: a dump is a SQL script, saving writes ``iterdump()`` atomically."""

    errors: tuple[type[BaseException], ...] = (sqlite3.Error,)

    def open(self, dump: Path | None, progress: Callable[[int, int], None] | None = None) -> sqlite3.Connection:
        connection = sqlite3.connect(":memory:", isolation_level=None)  # executescript cannot report progress
        if dump is not None:
            connection.executescript(dump.read_text())
        return connection

    def save(self, connection: sqlite3.Connection, path: Path) -> None:
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text("\n".join(connection.iterdump()) + "\n")
        os.replace(temporary, path)


@pytest.fixture(name="shell")
def shell_fixture(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[InteractiveShell]:
    """IPython's shell with the extension freshly loaded, working in an empty directory."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("VIBESQL_DUMP", raising=False)
    ip = InteractiveShell.instance()
    before = dict(ip.user_ns)
    ip.run_line_magic("load_ext", "vibesql_magic")
    yield ip
    ip.run_line_magic("unload_ext", "vibesql_magic")
    ip.config.pop("VibeSQL", None)  # %config settings outlive the extension, as they should in a notebook
    ip.user_ns.clear()  # cheaper than ip.reset(), which collects garbage
    ip.user_ns.update(before)


@pytest.fixture(name="dump_shell", params=["engine", "sqlite3"])
def dump_shell_fixture(request: pytest.FixtureRequest, shell: InteractiveShell) -> InteractiveShell:
    """The shell with the magic over our engine, then over sqlite3 (the same magic, another driver)."""
    if request.param == "sqlite3":
        magics(shell).sessions.factory = SQLiteFactory()
    return shell


def magics(ip: InteractiveShell) -> Any:
    """The extension's Magics instance."""
    return ip.magics_manager.registry["VibeSQLMagics"]


def run(ip: InteractiveShell, code: str) -> Any:
    """Run a cell like a notebook does; its result, or the exception it failed with raised here."""
    result = ip.run_cell(code)
    if result.error_before_exec is not None:
        raise result.error_before_exec
    if result.error_in_exec is not None:
        raise result.error_in_exec
    return result.result


def failure(ip: InteractiveShell, code: str) -> VibeSQLError:
    """The VibeSQLError a cell fails with."""
    result = ip.run_cell(code)
    assert isinstance(result.error_in_exec, VibeSQLError), result.error_in_exec
    return result.error_in_exec


RESULTS_CELL = "%%vibesql --new results\n" + results_dump_sql()
