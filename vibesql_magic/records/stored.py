"""A failing record of a stored run, found again on disk: what the magic's ``--repro`` and ``--diff`` start from.

``record_results`` names a record by its file's key (its path relative to the corpus root)
and line; the user names it by the file on disk. The file is found as given, else under
``$VIBESQL_SLT_CORPUS``; its key is the longest stored ``file_path`` its path ends with. The
file must be the one the run ran (``test_results.file_hash``): after an edit, lines and
expectations may belong to other records.

A hashed actual result is stored as its count and hash and only the first values, so the
diff gets the full values by running the record again on the run's engine (through the
runner's adapters), and uses them only if they hash as the run's did.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vibesql_magic.engines import EngineError, parse_engine
from vibesql_magic.records import repro
from vibesql_magic.records.diff import DiffError, RowDiff, oracle_for, record_diff
from vibesql_magic.records.render import hash_values
from vibesql_magic.records.repro import Repro, ReproError
from vibesql_magic.records.script import QUERY

CORPUS_VARIABLE = "VIBESQL_SLT_CORPUS"
ROW_CLASSES = ("wrong values", "wrong row count")
"""The failure classes of a query that returned rows, other than the expected ones."""


class StoredRecordError(Exception):
    """The record, its file or its run cannot be found (one line for the user)."""


@dataclass(slots=True)
class StoredRecord:
    """One record of one stored run, with its file on disk."""

    path: Path
    key: str
    line: int
    run_id: int
    engine: str | None
    dialect: str
    status: str | None
    failure_class: str | None
    actual: str | None
    error_message: str | None


def _rows(connection: Any, sql: str, params: tuple = ()) -> list[tuple]:
    cursor = connection.cursor()
    cursor.execute(sql, params)
    return cursor.fetchall()


def find_file(given: str) -> Path:
    """The ``.test`` file named as given, else under ``$VIBESQL_SLT_CORPUS``."""
    path = Path(given)
    if path.is_file():
        return path
    corpus = os.environ.get(CORPUS_VARIABLE)
    if corpus and not path.is_absolute() and (Path(corpus) / path).is_file():
        return Path(corpus) / path
    where = f" (nor under ${CORPUS_VARIABLE}={corpus})" if corpus else f" (set ${CORPUS_VARIABLE} to the corpus root)"
    raise StoredRecordError(f"no such file: {given}{where}")


def _key(connection: Any, path: Path) -> str:
    """The stored ``file_path`` that the file's path ends with (the longest, if several)."""
    resolved = path.resolve().as_posix()
    keys = [key for (key,) in _rows(connection, "SELECT DISTINCT file_path FROM test_results")
            if resolved == key or resolved.endswith("/" + key)]
    if not keys:
        raise StoredRecordError(f"{path} is in no stored run (no test_results.file_path it ends with)")
    return max(keys, key=len)


def find(connection: Any, location: str, run_id: int | None = None) -> StoredRecord:
    """The record at ``FILE:LINE`` in run ``run_id`` (default: the latest run that stored it failing)."""
    given, line = repro.parse_location(location)
    path = find_file(str(given))
    key = _key(connection, path)
    try:
        if run_id is None:
            found = _rows(connection, "SELECT MAX(run_id) FROM record_results WHERE file_path = ? AND line = ? "
                                      "AND status = 'FAIL'", (key, line))
            run_id = found[0][0] if found else None
            if run_id is None:
                raise StoredRecordError(f"no stored run failed {key}:{line}")
        records = _rows(connection, "SELECT status, failure_class, actual, error_message FROM record_results "
                                    "WHERE run_id = ? AND file_path = ? AND line = ?", (run_id, key, line))
    except StoredRecordError:
        raise
    except Exception as exc:  # no record_results, or an unreadable side file: the engine's error names it
        raise StoredRecordError(" ".join(str(exc).split())) from exc
    runs = _rows(connection, "SELECT engine, dialect FROM test_runs WHERE run_id = ?", (run_id,))
    if not runs:
        raise StoredRecordError(f"no run {run_id} in this database")
    hashes = _rows(connection, "SELECT file_hash FROM test_results WHERE run_id = ? AND file_path = ?", (run_id, key))
    stored_hash = hashes[0][0] if hashes else None
    if stored_hash and stored_hash != hashlib.sha256(path.read_bytes()).hexdigest():
        raise StoredRecordError(f"{path} is not the file run {run_id} ran (its content hash differs): its lines may "
                                "belong to other records now")
    engine, dialect = runs[0]
    status, failure, actual, message = records[0] if records else (None, None, None, None)
    return StoredRecord(path, key, line, int(run_id), engine, (dialect or "sqlite").lower(), status, failure,
                        actual, message)


def script(stored: StoredRecord, minimize_with: str | None = None) -> tuple[Repro, str | None]:
    """The record's repro with the run's actual result as a comment; minimized against an engine if asked,
    with the line that says how much was removed."""
    try:
        case = repro.build(stored.path, stored.line, stored.dialect)
    except ReproError as exc:
        raise StoredRecordError(str(exc)) from None
    case.actual = "\n".join(part for part in (stored.actual, stored.error_message) if part) or (
        f"(run {stored.run_id} stored no failure for this record)")
    if minimize_with is None:
        return case, None
    before = len(case.setup)
    smallest = repro.minimize(case, parse_engine(minimize_with, stored.dialect))
    case.setup, case.record.sql = smallest.setup, smallest.sql
    return case, (f"minimized against sqlite3 on {minimize_with}: removed {smallest.removed_statements} of {before} "
                  f"setup statements, {smallest.removed_rows} inserted rows and {smallest.query_cuts} query parts "
                  f"({smallest.trials} trials)")


def _actual_values(stored: StoredRecord, case: Repro) -> list[str]:
    """The run's actual values: as stored, or from the run's engine again when only their hash was kept."""
    head = (stored.actual or "").partition("\n")[0]
    words = head.split()
    if not (len(words) == 5 and words[1:4] == ["values", "hashing", "to"] and words[0].isdigit()):
        return (stored.actual or "").split("\n") if stored.actual else []
    count, digest = int(words[0]), words[4]
    engine = stored.engine or "vibesql"
    try:
        with repro.connector(parse_engine(engine, stored.dialect)) as connect:
            outcome = repro.outcome(connect, case.setup, case.record)
    except EngineError as exc:
        raise DiffError(f"run {stored.run_id} kept only the hash of its {count} actual values, and {engine} cannot "
                        f"run here to give them again: {exc}") from None
    values = list(outcome[1]) if len(outcome) > 1 else []
    if len(values) != count or hash_values(values) != digest:
        raise DiffError(f"run {stored.run_id} kept only the hash of its {count} actual values, and {engine} now "
                        f"gives {len(values)} values hashing to {hash_values(values)}: the actual rows cannot be known")
    return values


def diff(stored: StoredRecord) -> RowDiff:
    """The missing, extra and changed rows of the stored failing query."""
    if stored.status != "FAIL":
        raise DiffError(f"run {stored.run_id} stored no failure for {stored.key}:{stored.line}")
    try:
        case = repro.build(stored.path, stored.line, stored.dialect)
    except ReproError as exc:
        raise StoredRecordError(str(exc)) from None
    if case.record.kind != QUERY or stored.failure_class not in ROW_CLASSES:
        raise DiffError(f"{stored.key}:{stored.line} failed as {stored.failure_class!r}: it returned no rows to "
                        "compare")
    actual = _actual_values(stored, case)
    with oracle_for(stored.path, stored.dialect) as oracle:
        return record_diff(case.record, actual, oracle)
