"""A failing record as a self-contained SQL script, and that script made small.

``repro`` takes a record by the line it starts on: the script holds the ``statement ok``
records before it that apply under the engine name (skipif/onlyif honoured, as the run
judged them), then the record, with its expected and (from a stored run) actual result as
comments. Run in ``sqlite3`` it gives the expected answer, since the corpus expects SQLite's.

``minimize`` delta-debugs the script against an engine with sqlite3 as the oracle: it
drops setup statements, then rows of multi-row INSERTs, then parts of the query (WHERE
conjuncts, ORDER BY, LIMIT), keeping each cut only while the engine still disagrees with
sqlite3 on the record. Both engines are reached through the runner's adapters, so any
engine the runner supports can be minimized.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlglot import exp, parse_one
from sqlglot.errors import SqlglotError

from vibesql_magic.engines import EngineSpec, engine_service, open_engine, parse_engine
from vibesql_magic.records.render import render_rows, sort_values
from vibesql_magic.records.script import HALT, QUERY, STATEMENT, Record, applies, read_script, split_statements

_MAX_TRIALS = 2000  # engine-against-oracle comparisons one minimization may spend


class ReproError(Exception):
    """No record starts at that line, or it cannot be reproduced (one line for the user)."""


@dataclass
class Repro:
    """The setup statements and the record they lead to."""

    path: Path
    record: Record
    dialect: str
    setup: list[str] = field(default_factory=list)
    actual: str | None = None
    """The stored actual result (``--db``/``--run``), shown as a comment."""

    def script(self) -> str:
        """The self-contained SQL script: setup, the record, its expectation and actual result as comments."""
        record = self.record
        lines = [f"-- {self.path}:{record.line} as engine name {self.dialect!r}: "
                 f"{len(self.setup)} setup statements, then the record"]
        lines += [_terminated(sql) for sql in self.setup]
        kind = f"query {record.types} {record.sort}" if record.kind == QUERY else "statement"
        lines.append(f"-- the record ({kind})")
        lines.append(_terminated(record.sql))
        lines += _commented("expected", _expectation(record))
        if self.actual is not None:
            lines += _commented("actual", self.actual.split("\n"))
        return "\n".join(lines) + "\n"


def _terminated(sql: str) -> str:
    text = sql.strip()
    return text if text.endswith(";") else text + ";"


def _commented(title: str, values: Sequence[str]) -> list[str]:
    return [f"-- {title}:"] + [f"--   {value}" for value in values]


def _expectation(record: Record) -> list[str]:
    if record.kind == STATEMENT or record.expect_error:
        return ["an error" if record.expect_error else "ok"]
    if record.expected is None:
        return ["(nothing checked)"]
    return list(record.expected)


def parse_location(text: str) -> tuple[Path, int]:
    """``PATH:LINE`` split at its last colon."""
    path, _, line = text.rpartition(":")
    if not path or not line.isdigit():
        raise ReproError(f"expected PATH:LINE, got {text!r}")
    return Path(path), int(line)


def build(path: Path, line: int, dialect: str) -> Repro:
    """The repro of the record starting at ``line`` of ``path`` for engine name ``dialect``."""
    if not path.is_file():
        raise ReproError(f"no such file: {path}")
    records = read_script(path)
    dialect = dialect.lower()
    setup: list[str] = []
    for record in records:
        runs = applies(record, dialect)
        if record.line - len(record.guards) <= line <= record.line:  # its guard lines, then its first line
            if record.kind not in (STATEMENT, QUERY):
                raise ReproError(f"{path}:{line} is not a statement or query record")
            if not runs:
                raise ReproError(f"{path}:{line} does not run under engine name {dialect!r} (skipif/onlyif)")
            return Repro(path, record, dialect, setup)
        if record.line > line:
            break
        if not runs:
            continue
        if record.kind == HALT:
            raise ReproError(f"{path}:{line} comes after a halt at line {record.line}")
        if record.kind == STATEMENT and not record.expect_error:
            setup.extend(record.statements)
    raise ReproError(f"no record starts at {path}:{line}")


# -- running a candidate on an engine --------------------------------------------------------------------


@contextlib.contextmanager
def connector(spec: EngineSpec) -> Iterator[Callable[[], Any]]:
    """Fresh connections of an engine (its service running meanwhile), through the runner's adapters."""
    with engine_service(spec) as live:
        yield open_engine(live).connect


def outcome(connect: Callable[[], Any], setup: Sequence[str], record: Record, sql: str | None = None) -> tuple:
    """What the record gives after the setup on a fresh database: ("error",) or ("ok", values)."""
    connection = connect()
    try:
        cursor = connection.cursor()
        for statement in setup:
            with contextlib.suppress(Exception):  # a setup that fails fails alike on both sides
                cursor.execute(statement)
                if cursor.description is not None:
                    cursor.fetchall()
        try:
            rows: list[Any] = []
            for statement in split_statements(sql or record.sql):
                cursor.execute(statement)
                rows = cursor.fetchall() if cursor.description is not None else []
        except Exception:
            return ("error",)
        if record.kind != QUERY or record.expect_error:
            return ("ok",)
        width = len(rows[0]) if rows else len(record.types)
        types = record.types if width == len(record.types) else "T" * width
        return ("ok", sort_values(render_rows(rows, types), record.sort, width))
    finally:
        with contextlib.suppress(Exception):
            connection.close()


@dataclass
class Minimized:
    """The smallest disagreeing case found and what was removed to get there."""

    setup: list[str]
    sql: str
    removed_statements: int
    removed_rows: int
    query_cuts: int
    trials: int


class _Budget:
    def __init__(self) -> None:
        self.trials = 0

    def spend(self) -> bool:
        self.trials += 1
        return self.trials <= _MAX_TRIALS


def _ddmin(items: list[Any], still_fails: Callable[[list[Any]], bool]) -> list[Any]:
    """Zeller's delta debugging: the smallest sublist (1-minimal as far as the budget goes) that still fails."""
    granularity = 2
    while len(items) >= 2:
        size = max(1, len(items) // granularity)
        chunks = [items[start:start + size] for start in range(0, len(items), size)]
        reduced = False
        for index in range(len(chunks)):
            complement = [item for other, chunk in enumerate(chunks) if other != index for item in chunk]
            if still_fails(complement):
                items, granularity, reduced = complement, max(granularity - 1, 2), True
                break
        if not reduced:
            if granularity >= len(items):
                break
            granularity = min(len(items), granularity * 2)
    if len(items) == 1 and still_fails([]):
        return []
    return items


def _insert_rows(statement: str) -> tuple[exp.Insert, list[exp.Expression]] | None:
    try:
        tree = parse_one(statement, dialect="sqlite")
    except SqlglotError:
        return None
    values = tree.expression if isinstance(tree, exp.Insert) else None
    if not isinstance(values, exp.Values) or len(values.expressions) < 2:
        return None
    return tree, list(values.expressions)


def _with_rows(tree: exp.Insert, rows: list[exp.Expression]) -> str:
    copy = tree.copy()
    copy.expression.set("expressions", [row.copy() for row in rows])
    return copy.sql(dialect="sqlite")


def _query_cuts(sql: str) -> Iterator[str]:
    """Smaller versions of a SELECT: without ORDER BY, without LIMIT, without one WHERE conjunct."""
    try:
        tree = parse_one(sql, dialect="sqlite")
    except SqlglotError:
        return
    if not isinstance(tree, exp.Select):
        return
    for key in ("order", "limit", "offset"):
        if tree.args.get(key) is not None:
            copy = tree.copy()
            copy.set(key, None)
            yield copy.sql(dialect="sqlite")
    where = tree.args.get("where")
    if where is not None:
        conjuncts = list(where.this.flatten()) if isinstance(where.this, exp.And) else [where.this]
        for index in range(len(conjuncts)):
            rest = [part for other, part in enumerate(conjuncts) if other != index]
            copy = tree.copy()
            copy.set("where", exp.Where(this=exp.and_(*[part.copy() for part in rest])) if rest else None)
            yield copy.sql(dialect="sqlite")


def minimize(repro: Repro, engine: EngineSpec, oracle: EngineSpec | None = None) -> Minimized:
    """Shrink the repro while ``engine`` still disagrees with ``oracle`` (sqlite3) on the record."""
    oracle = oracle or parse_engine("sqlite", repro.dialect)
    budget = _Budget()
    with connector(engine) as ours, connector(oracle) as theirs:

        def disagrees(setup: list[str], sql: str) -> bool:
            return budget.spend() and outcome(ours, setup, repro.record, sql) != outcome(
                theirs, setup, repro.record, sql)

        sql = repro.record.sql
        if not disagrees(repro.setup, sql):
            raise ReproError(f"{repro.path}:{repro.record.line}: {engine.name} agrees with sqlite3; "
                             "nothing to minimize")
        setup = _ddmin(list(repro.setup), lambda candidate: disagrees(candidate, sql))
        removed_rows = 0
        for position in range(len(setup)):
            parsed = _insert_rows(setup[position])
            if parsed is None:
                continue
            tree, rows = parsed

            def with_rows(candidate: list[Any], position: int = position, tree: exp.Insert = tree) -> bool:
                if not candidate:
                    return False
                trial = list(setup)
                trial[position] = _with_rows(tree, candidate)
                return disagrees(trial, sql)

            kept = _ddmin(rows, with_rows)
            if len(kept) < len(rows):
                removed_rows += len(rows) - len(kept)
                setup[position] = _with_rows(tree, kept)
        cuts = 0
        shrinking = True
        while shrinking:
            shrinking = False
            for smaller in _query_cuts(sql):
                if disagrees(setup, smaller):
                    sql, cuts, shrinking = smaller, cuts + 1, True
                    break
    return Minimized(setup, sql, len(repro.setup) - len(setup), removed_rows, cuts, budget.trials)
