"""The PEP 249 (DB-API 2.0) interface: Connection and Cursor over a `Database`.

Transaction handling follows Python's sqlite3 module, which users already know: with the
default ``isolation_level`` ("") an INSERT, UPDATE, DELETE or REPLACE outside a
transaction opens one implicitly, and ``commit()``/``rollback()`` end it; with
``isolation_level=None`` every statement commits on its own unless BEGIN is issued.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from engine.dumps import reader, writer
from engine.errors import Error, InterfaceError, ProgrammingError
from engine.sql.script import content_start, line_and_column, split_statements
from engine.statements import dispatch
from engine.statements.compiled import Result
from engine.statements.database import Database
from engine.statements.dispatch import locate_error
from engine.store.catalog import Column, ExternalTableSchema

_DML = re.compile(r"(?:\s+|--[^\n]*|/\*.*?\*/)*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE | re.DOTALL)


class Cursor:
    """Runs statements and hands out their rows."""

    arraysize: int

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.arraysize = 1
        self._result: Result | None = None
        self._position = 0
        self._closed = False
        self.rowcount = -1
        self.lastrowid: int | None = None

    # -- PEP 249 --

    @property
    def description(self) -> list[tuple] | None:
        result = self._result
        if result is None or result.columns is None:
            return None
        decltypes = result.decltypes or [None] * len(result.columns)
        return [(name, decltype, None, None, None, None, None)
                for name, decltype in zip(result.columns, decltypes, strict=True)]

    def execute(self, operation: str, parameters: Sequence[Any] | dict[str, Any] = ()) -> Cursor:
        self._check_open()
        connection = self.connection
        database = connection._database
        dml = _DML.match(operation)
        if dml and connection.isolation_level is not None and not database.undo.in_transaction:
            database.undo.begin()
        result = dispatch.execute(database, operation, parameters, connection)
        self._set_result(result)
        if dml is None:  # as sqlite3's cursor, which counts only statements led by one of these words
            self.rowcount = -1  # (WITH ... UPDATE changes rows, but its rowcount is -1 there)
        if dml and dml.group(1).upper() in ("INSERT", "REPLACE"):
            self.lastrowid = database.last_insert_rowid
        return self

    def executemany(self, operation: str, seq_of_parameters: Iterable[Sequence[Any] | dict[str, Any]]) -> Cursor:
        self._check_open()
        total = 0
        dml = _DML.match(operation) is not None
        for parameters in seq_of_parameters:
            self.execute(operation, parameters)
            if self._result is not None and self._result.columns is not None:
                if not dml:
                    raise ProgrammingError("executemany() can only execute DML statements.")
                continue  # sqlite3 runs a DML statement with RETURNING but counts none of its changes
            total += max(self.rowcount, 0)
        self.rowcount = total
        self._result = None
        return self

    def executescript(self, sql_script: str) -> Cursor:
        """Run every statement of a script; an error names the line and column in the script."""
        self._check_open()
        connection = self.connection
        if connection.isolation_level is not None:
            connection.commit()
        for statement in split_statements(sql_script):
            try:
                result = dispatch.execute(connection._database, statement.text, (), connection)
            except Error as error:
                _locate_in_script(error, sql_script, statement.start)
                raise
            self._set_result(result)
        self._result = None
        return self

    def fetchone(self) -> tuple | None:
        rows = self._rows()
        if self._position >= len(rows):
            return None
        row = rows[self._position]
        self._position += 1
        return row

    def fetchmany(self, size: int | None = None) -> list[tuple]:
        rows = self._rows()
        count = self.arraysize if size is None else size
        chunk = rows[self._position:self._position + count]
        self._position += len(chunk)
        return chunk

    def fetchall(self) -> list[tuple]:
        rows = self._rows()
        chunk = rows[self._position:]
        self._position = len(rows)
        return chunk

    def fetchdf(self):
        """The remaining rows as a pandas DataFrame with nullable integer, float, string and datetime columns."""
        from engine.dataframe import to_dataframe  # pandas loads only when a DataFrame is asked for

        description = self.description or []
        rows = self.fetchall()
        return to_dataframe([d[0] for d in description], [d[1] for d in description], rows)

    def close(self) -> None:
        self._closed = True
        self._result = None

    def setinputsizes(self, sizes: object) -> None:
        """Part of PEP 249; this engine needs no size hints."""

    def setoutputsize(self, size: int, column: int | None = None) -> None:
        """Part of PEP 249; this engine needs no size hints."""

    def __iter__(self) -> Iterator[tuple]:
        return self

    def __next__(self) -> tuple:
        row = self.fetchone()
        if row is None:
            raise StopIteration
        return row

    # -- internals --

    def _set_result(self, result: Result) -> None:
        self._result = result
        self._position = 0
        self.rowcount = result.rowcount

    def _rows(self) -> list[tuple]:
        self._check_open()
        if self._result is None:
            return []
        return self._result.rows

    def _check_open(self) -> None:
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        self.connection._check_open()


def _locate_in_script(error: Error, script: str, start: int) -> None:
    """Move an error's position from its statement into the script (the statement start if it has none)."""
    if error.line is not None:
        locate_error(error, script, start)
    else:
        error.line, error.column = line_and_column(script, start + content_start(script[start:]))
        error.sql = script


class Connection:
    """A session on one in-memory database, optionally loaded from a SQL dump."""

    def __init__(self, database: str | Path | None = None, isolation_level: str | None = "") -> None:
        self._database = Database()
        self._closed = False
        self.isolation_level = isolation_level
        if database is not None and str(database) != ":memory:":
            self.load_dump(database)

    # session values read by changes() and friends
    @property
    def changes(self) -> int:
        return self._database.changes

    @property
    def total_changes(self) -> int:
        return self._database.total_changes

    @property
    def last_insert_rowid(self) -> int:
        return self._database.last_insert_rowid

    @property
    def in_transaction(self) -> bool:
        return self._database.undo.in_transaction

    def cursor(self) -> Cursor:
        self._check_open()
        return Cursor(self)

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] = ()) -> Cursor:
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql: str, seq_of_parameters: Iterable[Sequence[Any] | dict[str, Any]]) -> Cursor:
        return self.cursor().executemany(sql, seq_of_parameters)

    def executescript(self, sql_script: str) -> Cursor:
        return self.cursor().executescript(sql_script)

    def commit(self) -> None:
        self._check_open()
        self._database.undo.commit(explicit=False)

    def rollback(self) -> None:
        self._check_open()
        self._database.undo.rollback(explicit=False)

    def close(self) -> None:
        """Close the connection; uncommitted changes are discarded, as in sqlite3."""
        if not self._closed:
            self._database.undo.rollback(explicit=False)
            self._database.close()
            self._closed = True

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.commit()
        else:
            self.rollback()

    def attach_table(self, name: str, columns: Sequence[tuple[str, str]],
                     rows: Callable[[], Iterable[tuple]],
                     rows_where: Callable[[str, object], Iterable[tuple]] | None = None) -> None:
        """Add a read-only table ``name`` with ``(column, declared type)`` columns whose rows ``rows()``
        produces each time a statement reads it: data kept outside the database (a columnar side
        store) becomes queryable with SQL, is read only when a query touches it, and stays out of dumps.
        An exception from ``rows()`` reaches the query as an OperationalError carrying its message.
        ``rows_where(column, value)``, if given, yields at least the rows whose ``column`` equals
        ``value`` (more is harmless: the query filters them again); a query with ``column = value``
        in its WHERE clause reads through it, so a store partitioned by that column reads one part."""
        self._check_open()
        schema = ExternalTableSchema(name, [Column(column, declared) for column, declared in columns], rows,
                                     rows_where)
        self._database.attach_external_table(schema)

    # -- dumps --

    def load_dump(self, path: str | Path, progress: Callable[[int, int], None] | None = None) -> None:
        """Load a SQL dump into this database, all or nothing; ``progress(done, total)`` hears how much
        of the dump's text has been read (about every megabyte)."""
        self._check_open()
        reader.load_dump(self._database, Path(path), progress)

    def save_dump(self, path: str | Path) -> None:
        """Write the database as a SQL dump, atomically (temporary file, fsync, rename)."""
        self._check_open()
        writer.save_dump(self._database, Path(path))

    def dump_sql(self) -> str:
        """The database as the text of a SQL dump."""
        self._check_open()
        return writer.dump_sql(self._database)

    def _check_open(self) -> None:
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed database.")


def connect(database: str | Path | None = None, isolation_level: str | None = "") -> Connection:
    """A new connection: an empty database, or one loaded from a SQL dump at ``database``."""
    return Connection(database, isolation_level)


__all__ = ["Connection", "Cursor", "InterfaceError", "connect"]
