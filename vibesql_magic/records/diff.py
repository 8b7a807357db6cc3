"""What a failing query got wrong, row by row: the missing, extra and changed rows.

A query's values come one per line, in the order of its sort mode, so rows are read back as
runs of as many values as the record has columns (``valuesort`` sorts values one by one:
each value is its own row). Aligning the expected rows with the actual ones (difflib's
longest matching blocks, which for ``rowsort`` is a sorted merge) leaves three kinds of
difference: an expected row with no actual one (``missing``), an actual row with no expected
one (``extra``), and one in place of the other (``changed``, with the columns that differ).

A hashed expectation (``N values hashing to H``) lists no rows. Then sqlite3 gives them: the
corpus expects SQLite's answers, so the record is replayed there after its setup (see
``repro``), and its values are used only if they hash to the expected ``H``; otherwise the
diff says plainly that the expected rows cannot be known.
"""

from __future__ import annotations

import contextlib
import difflib
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from vibesql_magic.records.render import hash_values, render_rows, sort_values
from vibesql_magic.records.repro import build
from vibesql_magic.records.script import QUERY, Record

MISSING, EXTRA, CHANGED = "missing", "extra", "changed"
FRAME_COLUMNS = ["change", "expected_row", "actual_row", "expected", "actual", "columns"]


class DiffError(Exception):
    """The record has no rows to compare (one line for the user)."""


@dataclass(frozen=True, slots=True)
class Change:
    """One difference; rows are numbered from 1 in the expected and actual results."""

    kind: str
    expected_row: int | None
    actual_row: int | None
    expected: tuple[str, ...] | None
    actual: tuple[str, ...] | None

    def differing_columns(self) -> list[int]:
        """The 1-based columns where a changed row differs."""
        if self.expected is None or self.actual is None:
            return []
        return [index + 1 for index, (want, got) in enumerate(zip(self.expected, self.actual, strict=True))
                if want != got]


@dataclass(slots=True)
class RowDiff:
    """Expected against actual rows of one query record, and where the expected rows came from."""

    changes: list[Change] = field(default_factory=list)
    expected_rows: int = 0
    actual_rows: int = 0
    source: str = "listed in the file"
    """``listed in the file``, or ``sqlite3 (the expected hash matches)`` for a hashed expectation."""

    def text(self, limit: int = 40) -> list[str]:
        """The diff as lines of text (``vibesql-slt test``)."""
        counts = {kind: sum(change.kind == kind for change in self.changes) for kind in (MISSING, EXTRA, CHANGED)}
        lines = [f"rows: {self.expected_rows} expected ({self.source}), {self.actual_rows} actual: "
                 f"{counts[MISSING]} missing, {counts[EXTRA]} extra, {counts[CHANGED]} changed"]
        for change in self.changes[:limit]:
            if change.kind == MISSING:
                lines.append(f"- expected row {change.expected_row}: {_row_text(change.expected)}")
            elif change.kind == EXTRA:
                lines.append(f"+ actual row {change.actual_row}: {_row_text(change.actual)}")
            else:
                columns = ", ".join(str(column) for column in change.differing_columns())
                where = (f"row {change.expected_row}" if change.expected_row == change.actual_row
                         else f"expected row {change.expected_row}, actual row {change.actual_row}")
                lines.append(f"~ {where}: {_row_text(change.expected)} -> "
                             f"{_row_text(change.actual)} (column {columns})")
        if not self.changes:
            lines.append("no row differs")
        if len(self.changes) > limit:
            lines.append(f"... {len(self.changes) - limit} more differences")
        return lines

    def frame(self) -> pd.DataFrame:
        """One row per difference (the magic's ``--diff``); the source is in ``attrs``."""
        rows = [(change.kind, change.expected_row, change.actual_row, _row_text(change.expected),
                 _row_text(change.actual), ", ".join(str(column) for column in change.differing_columns()) or None)
                for change in self.changes]
        frame = pd.DataFrame.from_records(rows, columns=FRAME_COLUMNS)
        for name in ("expected_row", "actual_row"):
            frame[name] = frame[name].astype("Int64")
        frame.attrs["source"] = self.source
        return frame


def _row_text(row: tuple[str, ...] | None) -> str | None:
    return None if row is None else " | ".join(row)


def rows_of(values: Sequence[str], columns: int, sort: str) -> list[tuple[str, ...]]:
    """Values one per line as rows (``valuesort``: one value a row, since values were sorted apart)."""
    width = 1 if sort == "valuesort" or columns < 1 else columns
    return [tuple(values[start:start + width]) for start in range(0, len(values), width)]


def diff_values(expected: Sequence[str], actual: Sequence[str], columns: int, sort: str = "nosort") -> RowDiff:
    """The missing, extra and changed rows between two value lists of a query with ``columns`` columns."""
    want, got = rows_of(expected, columns, sort), rows_of(actual, columns, sort)
    changes: list[Change] = []
    matcher = difflib.SequenceMatcher(None, want, got, autojunk=False)
    for tag, low, high, start, end in matcher.get_opcodes():
        if tag == "equal":
            continue
        paired = min(high - low, end - start) if tag == "replace" and len(want[0]) == len(got[0]) else 0
        changes += [Change(CHANGED, low + offset + 1, start + offset + 1, want[low + offset], got[start + offset])
                    for offset in range(paired)]
        changes += [Change(MISSING, row + 1, None, want[row], None) for row in range(low + paired, high)]
        changes += [Change(EXTRA, None, row + 1, None, got[row]) for row in range(start + paired, end)]
    return RowDiff(changes, len(want), len(got))


class Oracle:
    """sqlite3's answer to each query record of one file, after the setup that precedes it.

    One connection serves every record asked for in line order: a later record's setup
    extends an earlier one's (the ``statement ok`` records before it), so only the new
    statements run.
    """

    def __init__(self, path: Path, dialect: str) -> None:
        self.path, self.dialect = path, dialect
        self.connection = sqlite3.connect(":memory:", isolation_level=None)
        self.done: list[str] = []

    def close(self) -> None:
        self.connection.close()

    def values(self, line: int) -> tuple[Record, list[str] | None]:
        """The record starting at ``line`` and sqlite3's values for it (None when sqlite3 fails on it)."""
        case = build(self.path, line, self.dialect)
        if case.setup[:len(self.done)] != self.done:  # asked out of order: start over
            self.connection.close()
            self.connection = sqlite3.connect(":memory:", isolation_level=None)
            self.done = []
        cursor = self.connection.cursor()
        for statement in case.setup[len(self.done):]:
            with contextlib.suppress(sqlite3.Error):  # it failed in the run too, or was meant to
                cursor.execute(statement)
            self.done.append(statement)
        record = case.record
        try:
            rows = cursor.execute(record.sql).fetchall()
        except sqlite3.Error:
            return record, None
        return record, sort_values(render_rows(rows, record.types), record.sort, len(record.types))


def expected_values(record: Record, oracle: Oracle | None) -> tuple[list[str], str]:
    """The record's expected values and where they came from; DiffError when they cannot be known."""
    if record.kind != QUERY or record.expect_error or record.expected is None:
        raise DiffError(f"line {record.line} is not a query with expected rows")
    if record.expected_hash is None:
        return list(record.expected), "listed in the file"
    count, digest = record.expected_hash
    if oracle is None:
        raise DiffError(f"line {record.line} expects {count} values hashing to {digest}; the file lists no rows")
    _, values = oracle.values(record.line)
    if values is None:
        raise DiffError(f"line {record.line} expects {count} values hashing to {digest}, and sqlite3 fails on it: "
                        "the expected rows cannot be known")
    if len(values) != count or hash_values(values) != digest:
        raise DiffError(f"line {record.line} expects {count} values hashing to {digest}; sqlite3 "
                        f"{sqlite3.sqlite_version} gives {len(values)} values hashing to {hash_values(values)}: the "
                        "expected rows cannot be known")
    return values, f"by sqlite3 {sqlite3.sqlite_version}, whose values hash as expected"


def record_diff(record: Record, actual: Sequence[str], oracle: Oracle | None) -> RowDiff:
    """The diff of one query record against the engine's ``actual`` values."""
    expected, source = expected_values(record, oracle)
    result = diff_values(expected, actual, len(record.types), record.sort)
    result.source = source
    return result


@contextlib.contextmanager
def oracle_for(path: Path, dialect: str) -> Iterator[Oracle]:
    """An Oracle over ``path``, closed afterwards."""
    oracle = Oracle(path, dialect)
    try:
        yield oracle
    finally:
        oracle.close()
