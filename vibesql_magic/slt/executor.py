"""Run one script's records against one DB-API connection and judge each record.

A record fails when ``statement ok`` raises, ``statement error`` succeeds, a query
raises or returns the wrong number of columns, its values (after sorting) differ from
the expected ones or their hash, or its label's hash differs from an earlier query
with the same label. A file passes when no record failed.

Every failure has a short kind ("statement failed", "query result mismatch", ...)
so that stored error messages group well (``vibesql-slt analyze``).
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vibesql_magic.records.render import hash_values, render_rows, sort_values
from vibesql_magic.records.script import (
    HALT,
    HASH_THRESHOLD,
    INVALID,
    QUERY,
    STATEMENT,
    Record,
    ScriptError,
    applies,
    parse_script,
    read_script,
)
from vibesql_magic.slt.failure_classes import failure_class
from vibesql_magic.slt.store import ERROR, FAIL, MAX_MESSAGE, PASS

KEPT_FAILURES = 25  # failures a file outcome carries when not verbose
_DETAIL_LIMIT = 240
_FIRST_VALUES = 20  # values shown after the hash of a hashed actual result
# What ``record_results`` keeps: nothing, failing records (the default of ``run``), or every record.
RECORDS_NONE, RECORDS_FAILING, RECORDS_ALL = "none", "failing", "all"


@dataclass(slots=True)
class Failure:
    """One failed record; ``expected``/``actual`` are kept only when asked for (``vibesql-slt test``)."""

    line: int
    kind: str
    detail: str = ""
    sql: str = ""
    expected: list[str] | None = None
    actual: list[str] | None = None
    message: str = ""
    """The engine's whole error message, when an error is the failure (``record_results``)."""
    row_count_differs: bool = False
    hashed: bool = False
    """The values were compared by their hash (hashed expectation, or over ``hash-threshold``)."""

    def summary(self) -> str:
        """``line N: kind: detail`` — the form ``analyze`` parses."""
        head = f"line {self.line}: {self.kind}"
        return f"{head}: {self.detail}" if self.detail else head


@dataclass(slots=True)
class FileOutcome:
    """What running one file produced."""

    status: str
    records_total: int = 0
    records_passed: int = 0
    records_failed: int = 0
    records_skipped: int = 0
    duration_ms: int = 0
    failures: list[Failure] = field(default_factory=list)
    error: str | None = None
    """Why the file could not run to its end (ERROR, TIMEOUT)."""
    file_hash: str | None = None
    """SHA-256 of the file's bytes: runs over different versions of a file are not one file's history."""
    records: list[tuple] = field(default_factory=list)
    """``record_results`` rows without run and file: (line, record_kind, status, sql_text, expected, actual,
    error_message, failure_class, duration_ms, record_hash), as the run's ``--records`` asks."""

    def error_message(self) -> str | None:
        """The stored summary: the error, or the first failures one per line, at most 2000 chars."""
        if self.error is not None:
            return self.error[:MAX_MESSAGE]
        if not self.failures:
            return None
        lines: list[str] = []
        used = 0
        for failure in self.failures:
            text = failure.summary()
            if used + len(text) + 1 > MAX_MESSAGE - 40:
                break
            lines.append(text)
            used += len(text) + 1
        rest = self.records_failed - len(lines)
        if rest > 0:
            lines.append(f"... and {rest} more failed records")
        return "\n".join(lines)[:MAX_MESSAGE]


def one_line(text: str, limit: int = _DETAIL_LIMIT) -> str:
    """Collapse whitespace so a message fits on one line of an error summary."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def _error_text(exc: BaseException) -> str:
    text = one_line(str(exc))
    return text or exc.__class__.__name__


class ScriptRun:
    """The state of one script's execution: labels, hash threshold, counts and failures."""

    def __init__(self, cursor: Any, dialect: str, *, keep_details: bool, reached: Any = None,
                 records: str = RECORDS_NONE) -> None:
        self.cursor = cursor
        self.reached = reached
        self.dialect = dialect.lower()
        self.keep_details = keep_details
        self.records = records
        self.threshold = 0
        self.labels: dict[str, str] = {}
        self.outcome = FileOutcome(PASS)

    def run(self, records: list[Record]) -> FileOutcome:
        """Execute records in order until the end or an applicable ``halt``."""
        outcome = self.outcome
        dialect = self.dialect
        reached = self.reached
        keep_all = self.records == RECORDS_ALL
        keep_failing = keep_all or self.records == RECORDS_FAILING
        for position, record in enumerate(records):
            kind = record.kind
            if record.guards and not applies(record, dialect):
                if kind != HASH_THRESHOLD and kind != HALT:
                    outcome.records_total += 1
                    outcome.records_skipped += 1
                    if keep_all:
                        outcome.records.append(record_row(record, "SKIP", None, None))
                continue
            if reached is not None:
                reached.value = record.line
            started = time.perf_counter()
            if kind == STATEMENT:
                failure = self.statement(record)
            elif kind == QUERY:
                failure = self.query(record)
            elif kind == HASH_THRESHOLD:
                self.threshold = record.threshold
                continue
            elif kind == HALT:
                rest = sum(1 for later in records[position + 1:] if later.counts_as_test)
                outcome.records_total += rest
                outcome.records_skipped += rest
                break
            else:  # INVALID
                failure = Failure(record.line, "invalid record", record.problem)
            outcome.records_total += 1
            if failure is None:
                outcome.records_passed += 1
                if keep_all:
                    outcome.records.append(record_row(record, PASS, None, time.perf_counter() - started))
            else:
                outcome.records_failed += 1
                if keep_failing:
                    outcome.records.append(record_row(record, FAIL, failure, time.perf_counter() - started))
                if self.keep_details or len(outcome.failures) < KEPT_FAILURES:
                    outcome.failures.append(failure)
        if outcome.records_failed:
            outcome.status = FAIL
        return outcome

    def statement(self, record: Record) -> Failure | None:
        """Run every statement of the record (as ``sqlite3_exec`` would) and check ok/error."""
        cursor = self.cursor
        try:
            for sql in record.statements:
                cursor.execute(sql)
                if cursor.description is not None:
                    cursor.fetchall()
        except MemoryError:
            raise
        except Exception as exc:
            if not record.expect_error:
                return Failure(record.line, "statement failed", _error_text(exc), record.sql, message=str(exc))
            return self._error_mismatch(record, exc, "statement")
        if record.expect_error:
            return Failure(record.line, "statement succeeded but an error was expected", "", record.sql)
        return None

    def _error_mismatch(self, record: Record, exc: Exception, what: str) -> Failure | None:
        pattern = record.error_pattern
        if pattern is None or pattern.search(str(exc)):
            return None
        return Failure(record.line, f"{what} error did not match",
                       f"expected /{pattern.pattern}/, got: {_error_text(exc)}", record.sql, message=str(exc))

    def query(self, record: Record) -> Failure | None:
        """Run a query, render, sort and compare its values (or their hash) and its label."""
        cursor = self.cursor
        error: Failure | None = None
        try:
            cursor.execute(record.sql)
            description = cursor.description
            rows = cursor.fetchall() if description is not None else []
        except MemoryError:
            raise
        except Exception as exc:
            if record.expect_error:
                return self._error_mismatch(record, exc, "query")
            error = Failure(record.line, "query failed", _error_text(exc), record.sql, message=str(exc))
            partial = self._rows_before_runtime_error(record.sql)
            if partial is None:
                return error
            rows, description = partial, None
        else:
            if record.expect_error:
                return Failure(record.line, "query succeeded but an error was expected", "", record.sql)
        types = record.types
        columns = len(types) if description is None else len(description)
        if columns != len(types):
            return Failure(record.line, "wrong number of result columns",
                           f"expected {len(types)}, got {columns}", record.sql)
        values = sort_values(render_rows(rows, types), record.sort, columns)
        failure = self._compare(record, values, len(rows))
        if failure is None and record.label is not None:
            digest = hash_values(values)
            previous = self.labels.setdefault(record.label, digest)
            if previous != digest:
                failure = Failure(record.line, "label mismatch",
                                  f"{record.label}: result differs from an earlier query with this label",
                                  record.sql)
        if failure is not None and error is not None:
            failure = error  # the rows before a runtime error did not match: the error says why
        if failure is not None and (self.keep_details or self.records != RECORDS_NONE):
            failure.expected = record.expected
            failure.actual = values
        return failure

    def _rows_before_runtime_error(self, sql: str) -> list[Any] | None:
        """Rows a failing query produced before its error, or None when the SQL does not compile.

        The reference runner reports a query as failed only when ``sqlite3_prepare``
        fails; an error while stepping (integer overflow in ``sum()``) just ends the
        result set, and the corpus records what came before it. ``EXPLAIN`` compiles
        without running, which tells the two kinds of error apart on any engine that
        has it; an engine without it gets the strict judgement.
        """
        cursor = self.cursor
        try:
            cursor.execute("EXPLAIN " + sql)
            cursor.fetchall()
        except MemoryError:
            raise
        except Exception:
            return None
        rows: list[Any] = []
        try:
            cursor.execute(sql)
            while (row := cursor.fetchone()) is not None:
                rows.append(row)
        except MemoryError:
            raise
        except Exception:  # the error ends the rows, as an error from sqlite3_step does
            pass
        return rows

    def _compare(self, record: Record, values: list[str], row_count: int) -> Failure | None:
        """Values against the expected ones; over ``hash-threshold`` only a hash can match."""
        expected = record.expected
        if expected is None:
            return None  # no "----" section: the reference runner checks nothing
        expected_hash = record.expected_hash
        if expected_hash is not None:
            count, digest = expected_hash
            actual = hash_values(values)
            if count == len(values) and digest == actual:
                return None
            return Failure(record.line, "query result mismatch",
                           f"expected {count} values hashing to {digest}, "
                           f"got {len(values)} values hashing to {actual}", record.sql,
                           row_count_differs=count != len(values), hashed=True)
        if 0 < self.threshold < len(values):
            return Failure(record.line, "query result mismatch",
                           f"expected {len(expected)} listed values, got {len(values)} values hashing to "
                           f"{hash_values(values)} (over hash-threshold {self.threshold})", record.sql,
                           row_count_differs=len(expected) != len(values), hashed=True)
        if expected == values:
            return None
        columns = len(record.types)
        if columns > 1 and len(expected) == row_count and _rows_match(expected, values, columns):
            return None
        return Failure(record.line, "query result mismatch", _first_difference(expected, values), record.sql,
                       row_count_differs=len(expected) != len(values))


def _expected_text(record: Record) -> str | None:
    """What the record expects, as ``record_results.expected`` holds it."""
    if record.kind == STATEMENT or record.expect_error:
        wanted = "error" if record.expect_error else "ok"
        return f"{wanted} /{record.error_pattern.pattern}/" if record.error_pattern is not None else wanted
    if record.expected_hash is not None:
        return f"{record.expected_hash[0]} values hashing to {record.expected_hash[1]}"
    return None if record.expected is None else "\n".join(record.expected)


def _actual_text(record: Record, failure: Failure) -> str | None:
    """What the engine gave: ok/error for statements and errors, else the values (or count, hash, first values)."""
    if failure.kind in ("statement failed", "query failed") or failure.kind.endswith("error did not match"):
        return "error"
    if failure.kind.endswith("but an error was expected"):
        return "ok"
    if failure.kind == "timeout":
        return None
    values = failure.actual
    if values is None:
        return failure.detail or None
    if failure.hashed:
        head = f"{len(values)} values hashing to {hash_values(values)}"
        return "\n".join([head, *values[:_FIRST_VALUES]])
    return "\n".join(values)


_KIND_NAMES = {STATEMENT: "statement", QUERY: "query"}


def record_row(record: Record, status: str, failure: Failure | None, seconds: float | None) -> tuple:
    """One ``record_results`` row without run and file (see ``FileOutcome.records``).

    ``record_hash`` identifies the record by its text (kind, SQL, types, sort, expectation), so the
    same record is recognised across runs and file versions whatever line it moved to.
    """
    expected = _expected_text(record)
    kind = _KIND_NAMES.get(record.kind)
    identity = "\0".join((kind or "invalid", record.sql, record.types, record.sort, expected or ""))
    digest = hashlib.sha1(identity.encode("utf-8")).hexdigest()[:16]
    duration = None if seconds is None else round(seconds * 1000, 3)
    if failure is None:
        return (record.line, kind, status, record.sql or None, expected, None, None, None, duration, digest)
    message = failure.message or failure.detail or None
    cause = failure_class(failure.kind, failure.message or failure.detail,
                          row_count_differs=failure.row_count_differs)
    return (record.line, kind, status, record.sql or None, expected, _actual_text(record, failure), message, cause,
            duration, digest)


def timed_out_record(path: Path, line: int, reason: str) -> list[tuple]:
    """The ``record_results`` row of the record a worker was running when its file's time ran out.

    Its class is ``timeout``; the worker was killed, so the records it had judged before are lost,
    and how long this record itself ran is not known (``duration_ms`` NULL).
    """
    try:
        records = read_script(path)
    except ScriptError:
        return []
    record = next((record for record in records if record.line == line), None)
    if record is None:
        return []
    return [record_row(record, FAIL, Failure(line, "timeout", reason, record.sql, message=reason), None)]


def _rows_match(expected: list[str], values: list[str], columns: int) -> bool:
    """The sqllogictest-rs layout: one row per line, values separated by whitespace."""
    for index, line in enumerate(expected):
        row = values[index * columns:(index + 1) * columns]
        if line.split() != " ".join(row).split():
            return False
    return True


def _first_difference(expected: list[str], values: list[str]) -> str:
    if len(expected) != len(values):
        return f"expected {len(expected)} values, got {len(values)}"
    for index, (want, got) in enumerate(zip(expected, values, strict=True)):
        if want != got:
            return f"value {index + 1}: expected {one_line(want, 60)!r}, got {one_line(got, 60)!r}"
    return ""


def run_records(records: list[Record], connection: Any, dialect: str, *, keep_details: bool = False,
                reached: Any = None, keep_records: str = RECORDS_NONE) -> FileOutcome:
    """Run parsed records on an open connection (the caller owns the connection).

    ``reached``, when given, has its ``value`` set to each record's line before the record
    runs: in shared memory, it tells the parent where a worker that died had got to.
    """
    return ScriptRun(connection.cursor(), dialect, keep_details=keep_details, reached=reached,
                     records=keep_records).run(records)


def not_a_script(records: list[Record]) -> str | None:
    """Why parsed text is no SQLLogicTest script (no statement or query record in it), or None when it is one."""
    if any(record.kind in (STATEMENT, QUERY) for record in records):
        return None
    invalid = next((record for record in records if record.kind == INVALID), None)
    if invalid is None:
        return "no SQLLogicTest records in the file (no statement or query)"
    return (f"not a SQLLogicTest script: no statement or query records; line {invalid.line}: {invalid.problem}")


def run_file(path: Path, connect: Callable[[], Any], dialect: str, *, keep_details: bool = False,
             reached: Any = None, keep_records: str = RECORDS_NONE) -> FileOutcome:
    """Run one file on a fresh connection; problems outside the records give an ERROR outcome."""
    started = time.perf_counter()
    try:
        data = path.read_bytes()
    except OSError as exc:
        return FileOutcome(ERROR, error=f"cannot read {path}: {exc.strerror or exc}")
    file_hash = hashlib.sha256(data).hexdigest()
    records = parse_script(data.decode("utf-8", errors="replace"))
    unusable = not_a_script(records)
    if unusable is not None:
        return FileOutcome(ERROR, error=unusable, file_hash=file_hash)
    try:
        connection = connect()
    except MemoryError:
        raise
    except Exception as exc:
        return FileOutcome(ERROR, error=f"cannot connect: {_error_text(exc)}", file_hash=file_hash)
    try:
        outcome = run_records(records, connection, dialect, keep_details=keep_details, reached=reached,
                              keep_records=keep_records)
    finally:
        with contextlib.suppress(Exception):  # a failing close must not hide the outcome
            connection.close()
    outcome.duration_ms = round((time.perf_counter() - started) * 1000)
    outcome.file_hash = file_hash
    return outcome
