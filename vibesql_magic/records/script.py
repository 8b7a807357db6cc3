"""Parse SQLLogicTest scripts into records, line by line as SQLite's reference runner reads them.

The reference runner (sqllogictest.c) defines the format: records are separated by blank
lines (a line of only whitespace is blank), a trailing ``\\r`` is dropped, a line whose
first character is ``#`` is skipped wherever it appears, and the first line of a record
is split on whitespace. We keep its rules and accept the common sqllogictest-rs
extensions: ``statement error <regex>`` and ``query error <regex>``.

Parsing does not depend on the engine: ``skipif``/``onlyif`` guards are kept on the
record and evaluated by the executor, so one parse serves any engine name.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

# Record kinds (small ints: the executor dispatches on them once per record).
STATEMENT = 0
QUERY = 1
HASH_THRESHOLD = 2
HALT = 3
INVALID = 4

_HASH_LINE = re.compile(r"(\d+) values hashing to ([0-9a-f]{32})\Z")


@dataclass(slots=True)
class Record:
    """One record of a script; fields that do not apply to its kind stay at their defaults."""

    kind: int
    line: int
    guards: tuple[tuple[bool, str], ...] = ()
    """``(only, engine)`` pairs: ``onlyif`` when ``only`` is true, ``skipif`` otherwise (lower case)."""
    sql: str = ""
    statements: tuple[str, ...] = ()
    """A statement record's SQL split into statements (``sqlite3_exec`` runs them all)."""
    expect_error: bool = False
    error_pattern: re.Pattern[str] | None = None
    types: str = ""
    sort: str = "nosort"
    label: str | None = None
    expected: list[str] | None = None
    """Expected values one per line; None when the record has no ``----`` section."""
    expected_hash: tuple[int, str] | None = None
    """``(count, md5)`` when the expected result is ``N values hashing to MD5``."""
    threshold: int = 0
    problem: str = ""
    """Why an INVALID record is malformed."""

    @property
    def counts_as_test(self) -> bool:
        """Statements, queries and malformed records are what records_* columns count."""
        return self.kind in (STATEMENT, QUERY, INVALID)


def applies(record: Record, dialect: str) -> bool:
    """Whether ``skipif``/``onlyif`` guards let the record run for engine name ``dialect``."""
    return all((name == dialect) == only for only, name in record.guards)


class ScriptError(Exception):
    """The script cannot be read at all (missing, unreadable)."""


def read_script(path: Path) -> list[Record]:
    """Read and parse a script file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ScriptError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return parse_script(data.decode("utf-8", errors="replace"))


def _clean_lines(text: str) -> list[str]:
    """Lines as the reference runner sees them: one trailing ``\\r`` removed, blank lines empty."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for index, line in enumerate(lines):
        if line.endswith("\r"):
            line = line[:-1]
            lines[index] = line
        if line and line[-1].isspace() and not line.strip():
            lines[index] = ""
    return lines


def split_statements(sql: str) -> tuple[str, ...]:
    """Split SQL into statements at semicolons that end a complete statement.

    ``sqlite3.complete_statement`` is only used as SQLite's tokenizer: it knows about
    string literals, comments and trigger bodies, whatever engine runs the result.
    """
    if ";" not in sql.rstrip().rstrip(";"):
        return (sql,)
    pieces: list[str] = []
    start = 0
    position = sql.find(";")
    while position >= 0:
        candidate = sql[start:position + 1]
        if sqlite3.complete_statement(candidate):
            if candidate.strip(" \t\r\n;"):
                pieces.append(candidate.strip())
            start = position + 1
        position = sql.find(";", position + 1)
    if sql[start:].strip():
        pieces.append(sql[start:].strip())
    return tuple(pieces)


def parse_script(text: str) -> list[Record]:
    """Parse a whole script into records in file order (line numbers are 1-based)."""
    lines = _clean_lines(text)
    count = len(lines)
    records: list[Record] = []
    index = 0
    while index < count:
        line = lines[index]
        if not line or line[0] == "#":
            index += 1
            continue
        guards: list[tuple[bool, str]] = []
        tokens = line.split()
        # Guard lines: the rest of a guard line after the engine name is a comment.
        while tokens and tokens[0] in ("skipif", "onlyif"):
            guards.append((tokens[0] == "onlyif", tokens[1].lower() if len(tokens) > 1 else ""))
            index = _next_content(lines, index + 1)
            if index >= count or not lines[index]:
                tokens = []
                break
            line = lines[index]
            tokens = line.split()
        if not tokens:
            continue
        record, index = _parse_record(lines, index, line, tokens)
        record.guards = tuple(guards)
        records.append(record)
    return records


def _next_content(lines: list[str], index: int) -> int:
    """Skip comment lines (``#`` in column one), as the reference runner's nextLine does."""
    count = len(lines)
    while index < count and lines[index][:1] == "#":
        index += 1
    return index


def _block(lines: list[str], index: int, stop_at_separator: bool) -> tuple[list[str], int, bool]:
    """Lines up to a blank line (or ``----``): the lines, the next index, whether ``----`` ended them."""
    count = len(lines)
    block: list[str] = []
    while index < count:
        line = lines[index]
        if not line:
            return block, index, False
        if line[0] != "#":
            if stop_at_separator and line == "----":
                return block, index + 1, True
            block.append(line)
        index += 1
    return block, index, False


def _parse_record(lines: list[str], index: int, line: str, tokens: list[str]) -> tuple[Record, int]:
    """Parse the record whose first line is ``lines[index]``; return it and the index after it."""
    number = index + 1
    keyword = tokens[0]
    if keyword == "statement":
        body, end, _ = _block(lines, index + 1, stop_at_separator=False)
        sql = "\n".join(body)
        mode = tokens[1] if len(tokens) > 1 else ""
        if mode not in ("ok", "error"):
            return Record(INVALID, number, problem="statement argument should be 'ok' or 'error'"), end
        record = Record(STATEMENT, number, sql=sql, statements=split_statements(sql),
                        expect_error=mode == "error")
        if mode == "error":
            record.error_pattern = _error_pattern(line, "error")
            if record.error_pattern is None and len(tokens) > 2:
                return Record(INVALID, number, problem="invalid error regex"), end
        return record, end
    if keyword == "query":
        return _parse_query(lines, index, line, tokens)
    end = _block(lines, index + 1, stop_at_separator=False)[1]
    if keyword == "hash-threshold":
        if len(tokens) < 2 or not tokens[1].isdigit():
            return Record(INVALID, number, problem="hash-threshold needs a number"), end
        return Record(HASH_THRESHOLD, number, threshold=int(tokens[1])), end
    if keyword == "halt":
        return Record(HALT, number), end
    return Record(INVALID, number, problem=f"unknown record type: {keyword!r}"), end


def _error_pattern(line: str, after: str) -> re.Pattern[str] | None:
    """The regex that follows ``after`` on the line (sqllogictest-rs), or None when absent/invalid."""
    rest = line.split(after, 1)[1].strip()
    if not rest:
        return None
    try:
        return re.compile(rest)
    except re.error:
        return None


def _parse_query(lines: list[str], index: int, line: str, tokens: list[str]) -> tuple[Record, int]:
    number = index + 1
    sql_lines, end, has_separator = _block(lines, index + 1, stop_at_separator=True)
    expected: list[str] | None = None
    if has_separator:
        expected, end, _ = _block(lines, end, stop_at_separator=False)
    sql = "\n".join(sql_lines)
    types = tokens[1] if len(tokens) > 1 else ""
    if types == "error":
        pattern = _error_pattern(line, "error")
        if pattern is None and len(tokens) > 2:
            return Record(INVALID, number, problem="invalid error regex"), end
        return Record(QUERY, number, sql=sql, expect_error=True, error_pattern=pattern), end
    if not types:
        return Record(INVALID, number, problem="missing type string"), end
    bad = types.strip("TIR")
    if bad:
        return Record(INVALID, number, problem=f"unknown type character {bad[0]!r} in type string"), end
    sort = tokens[2] if len(tokens) > 2 else "nosort"
    if sort not in ("nosort", "rowsort", "valuesort"):
        return Record(INVALID, number, problem=f"unknown sort method: {sort!r}"), end
    record = Record(QUERY, number, sql=sql, types=types, sort=sort,
                    label=tokens[3] if len(tokens) > 3 else None, expected=expected)
    if expected is not None and len(expected) == 1:
        match = _HASH_LINE.match(expected[0])
        if match:
            record.expected_hash = (int(match.group(1)), match.group(2))
    return record, end
