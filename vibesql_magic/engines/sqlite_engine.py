"""SQLite itself: Python's ``sqlite3`` module, and apsw (a newer SQLite, built into its wheel).

apsw is not a PEP 249 module: its cursor's ``description`` raises once a statement has
finished (a query with no rows finishes inside ``execute``), and it runs every statement
of a text. :class:`ApswCursor` records each statement's columns from apsw's execution
trace, which fires after SQLite prepared the statement, before it runs; the rows and
the errors (apsw.Error subclasses, already DB-API-like) are apsw's own.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from vibesql_magic.engines.spec import Adapter, EngineSpec, OpenedEngine, require, versions
from vibesql_magic.engines.wrappers import Connection


def open_sqlite(spec: EngineSpec) -> OpenedEngine:
    """The stdlib module in autocommit mode (the corpus issues its own BEGIN)."""
    return OpenedEngine(lambda: sqlite3.connect(":memory:", isolation_level=None), "SQLite (sqlite3)",
                        sqlite3.sqlite_version)


class ApswCursor:
    """An apsw cursor with a PEP 249 ``description`` (None for a statement, as for sqlite3)."""

    def __init__(self, connection: Any) -> None:
        self._cursor = connection.cursor()
        self._cursor.exec_trace = self._prepared
        self._description: tuple[tuple[Any, ...], ...] = ()
        self._rows: Iterator[Any] = iter(())

    def _prepared(self, cursor: Any, sql: str, bindings: Any) -> bool:
        self._description = cursor.description  # each statement of a text in turn: the last one counts
        return True

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> ApswCursor:
        """Run the text; a query's rows are stepped lazily, as sqlite3 does."""
        self._description = ()
        self._rows = iter(self._cursor.execute(sql, parameters or None))
        return self

    @property
    def description(self) -> tuple[tuple[Any, ...], ...] | None:
        """The columns of the last statement run, None when it returns none."""
        return self._description or None

    def fetchone(self) -> Any:
        """The next row, or None (errors while stepping raise here)."""
        return next(self._rows, None)

    def fetchall(self) -> list[Any]:
        """The remaining rows."""
        return list(self._rows)

    def close(self) -> None:
        """Close apsw's cursor."""
        self._cursor.close()


def open_apsw(spec: EngineSpec) -> OpenedEngine:
    """apsw's own SQLite (usually newer than the one Python links)."""
    apsw = require("apsw", "apsw", spec.name)

    def connect() -> Connection:
        connection = apsw.Connection(":memory:")
        return Connection(lambda: ApswCursor(connection), connection.close)

    return OpenedEngine(connect, "SQLite (apsw)",
                        versions(apsw.sqlite_lib_version(), "apsw", apsw.apsw_version()))


SQLITE = Adapter("sqlite", "SQLite (sqlite3)", "sqlite", True, open_sqlite)
APSW = Adapter("apsw", "SQLite (apsw)", "sqlite", True, open_apsw, package="apsw>=3.45")
