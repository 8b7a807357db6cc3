"""Moving schemas and data between a dump file and an engine.

Dumps are read by our engine, which reads all three kinds this project meets (its own,
VibeSQL's and ``sqlite3 .dump``'s); the CREATE statements its catalog reports
(``sqlite_master``) are then run on the engine under benchmark, translated by sqlglot
when that engine speaks another dialect, and rows are copied through DB-API
``executemany``. The same copy writes a seeded database back to a dump for an engine
that cannot write one itself.
"""

from __future__ import annotations

import datetime
import decimal
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlglot

from vibesql_magic.bench.catalog import read_schema
from vibesql_magic.bench.engines import Engine, open_engine
from vibesql_magic.bench.schema import Schema, Table, insertion_order

_KIND_ORDER = {"table": 0, "index": 1, "view": 2, "trigger": 3}


class LoadError(Exception):
    """A dump that cannot be read, or a schema the engine refuses."""


def one_line(exc: BaseException) -> str:
    """An exception's message on one line, with its class when it has none."""
    return " ".join(str(exc).split()) or exc.__class__.__name__


def quote(name: str) -> str:
    """A double-quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def read_dump(path: Path) -> Any:
    """A connection of our engine holding the dump at ``path``."""
    if not Path(path).is_file():
        raise LoadError(f"no such file: {path}")
    connection = open_engine("vibesql").connect()
    try:
        connection.load_dump(str(path))
    except Exception as exc:  # the loader's message names path:line:column
        raise LoadError(one_line(exc)) from exc
    return connection


def schema_statements(connection: Any) -> list[str]:
    """The CREATE statements of a database: tables, then indexes, views and triggers."""
    rows = connection.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
    rows = [row for row in rows if row[0] in _KIND_ORDER and not str(row[1]).lower().startswith("sqlite_")]
    return [str(sql) for _, _, sql in sorted(rows, key=lambda row: _KIND_ORDER[row[0]])]


def _translated(statement: str, dialect: str) -> str:
    if dialect == "sqlite":
        return statement
    try:
        return "; ".join(sqlglot.transpile(statement, read="sqlite", write=dialect))
    except sqlglot.errors.SqlglotError as exc:
        raise LoadError(f"cannot translate to {dialect}: {one_line(exc)}: {statement[:120]}") from exc


def create_schema(connection: Any, statements: Sequence[str], engine: Engine) -> None:
    """Run the CREATE statements; retry those that wait on another (DuckDB wants parents first)."""
    pending = [_translated(statement, engine.dialect) for statement in statements]
    while pending:
        failed: list[tuple[str, Exception]] = []
        for statement in pending:
            try:
                connection.execute(statement)
            except Exception as exc:
                failed.append((statement, exc))
        if len(failed) == len(pending):
            statement, exc = failed[0]
            raise LoadError(f"{engine.name} refuses the schema: {one_line(exc)}: {statement[:160]}")
        pending = [statement for statement, _ in failed]
    with_commit(connection)


def with_commit(connection: Any) -> None:
    """Commit if the connection has a transaction open (DB-API connections differ on DDL)."""
    try:
        connection.commit()
    except Exception:
        return


def set_foreign_keys(connection: Any, enabled: bool) -> None:
    """``PRAGMA foreign_keys`` where the engine has it (DuckDB always checks, and has no such PRAGMA)."""
    try:
        connection.execute(f"PRAGMA foreign_keys = {'ON' if enabled else 'OFF'}")
    except Exception:
        return


def _plain(value: Any) -> Any:
    """Values every engine binds: DuckDB hands back decimals and datetimes."""
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat(sep=" ") if isinstance(value, datetime.datetime) else value.isoformat()
    return value


def insert_sql(table: Table, columns: Sequence[str] | None = None) -> str:
    """``INSERT INTO "t" ("a", "b") VALUES (?, ?)``."""
    names = list(columns) if columns is not None else [column.name for column in table.columns]
    return (f"INSERT INTO {quote(table.name)} ({', '.join(quote(name) for name in names)}) "
            f"VALUES ({', '.join('?' * len(names))})")


def insert_batches(target: Any, schema: Schema, batches: Callable[[Table], Iterable[Sequence[tuple]]],
                   advance: Callable[[int], None] | None = None) -> int:
    """Insert every table's rows, parents first, one transaction per batch; return the row count."""
    tables, _ = insertion_order(schema)
    copied = 0
    for table in tables:
        statement = insert_sql(table)
        for rows in batches(table):
            target.execute("BEGIN")
            target.executemany(statement, [tuple(_plain(value) for value in row) for row in rows])
            target.execute("COMMIT")
            copied += len(rows)
            if advance is not None:
                advance(len(rows))
    return copied


def batches_from(source: Any, batch_size: int = 5000) -> Callable[[Table], Iterator[list[tuple]]]:
    """A table's rows read from a connection, a batch at a time."""

    def read(table: Table) -> Iterator[list[tuple]]:
        cursor = source.execute(f"SELECT * FROM {quote(table.name)}")
        while rows := cursor.fetchmany(batch_size):
            yield rows

    return read


@dataclass(frozen=True)
class Snapshot:
    """A dump read into memory once: its CREATE statements, schema and rows (shared by worker threads)."""

    statements: tuple[str, ...]
    schema: Schema
    rows: dict[str, list[tuple]]

    def batches(self, table: Table, batch_size: int = 5000) -> Iterator[list[tuple]]:
        """A table's rows, a batch at a time."""
        rows = self.rows[table.name.lower()]
        for start in range(0, len(rows), batch_size):
            yield rows[start:start + batch_size]


def read_snapshot(path: Path) -> Snapshot:
    """The dump at ``path``, read by our engine."""
    source = read_dump(path)
    schema = read_schema(source)
    rows = {table.name.lower(): [tuple(row) for row in source.execute(f"SELECT * FROM {quote(table.name)}")]
            for table in schema.tables}
    return Snapshot(tuple(schema_statements(source)), schema, rows)


def load_copy(engine: Engine, path: Path, snapshot: Snapshot | None = None) -> Any:
    """A fresh database of ``engine`` holding the dump at ``path`` (a private copy per call).

    Our engine loads the dump itself; another engine gets the snapshot's schema and rows
    (read here when not given).
    """
    if not Path(path).is_file():
        raise LoadError(f"no such file: {path}")
    target = engine.connect()
    if hasattr(target, "load_dump"):
        try:
            target.load_dump(str(path))
        except Exception as exc:
            raise LoadError(one_line(exc)) from exc
        return target
    snapshot = snapshot or read_snapshot(path)
    create_schema(target, snapshot.statements, engine)
    set_foreign_keys(target, False)
    insert_batches(target, snapshot.schema, snapshot.batches)
    set_foreign_keys(target, True)
    return target


def save_as_dump(connection: Any, statements: Sequence[str], schema: Schema, path: Path) -> None:
    """Write the database to ``path`` as a SQL dump, atomically; the same data gives the same bytes.

    Our engine saves its own dumps; another engine's rows are copied into our engine, which
    writes the dump, so a seeded database has one format whichever engine seeded it.
    (sqlite3's ``iterdump`` would be quicker, but our engine cannot yet read the
    ``sqlite_sequence`` lines it writes for AUTOINCREMENT tables.)
    """
    if not hasattr(connection, "save_dump"):
        ours = open_engine("vibesql")
        copy = ours.connect()
        create_schema(copy, statements, ours)
        set_foreign_keys(copy, False)
        insert_batches(copy, schema, batches_from(connection))
        set_foreign_keys(copy, True)
        connection = copy
    try:
        connection.save_dump(str(path))
    except OSError as exc:
        raise LoadError(f"cannot write {path}: {exc.strerror or exc}") from exc

