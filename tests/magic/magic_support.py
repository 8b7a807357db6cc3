"""Helpers of the magic's tests: results dumps, a sqlite3 factory, running cells like a notebook."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from IPython.core.interactiveshell import InteractiveShell

from vibesql_magic.errors import VibeSQLError
from vibesql_magic.slt.store import BASE_TABLES

RESULTS_SCHEMA = ";\n".join(BASE_TABLES.values()) + ";\n"
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
