"""Turso, the Rust rewrite of SQLite (package ``pyturso``), and Limbo, its earlier name (``pylimbo``).

Turso's DB-API is PEP 249 as it stands, with two quirks: it opens transactions implicitly
unless connected with ``isolation_level=None`` (the corpus issues its own BEGIN), and
``execute`` refuses a text of several statements (the runner sends one at a time).

Limbo's cursor never has a ``description``. :class:`LimboCursor` takes the width of
the first row instead (the rows are Limbo's own); a query that returns no rows then has
no description, and the runner judges it as having the columns it was expected to have.
Limbo's Rust panics abort the process: the runner records the file as ERROR with the
signal and the record it had reached.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vibesql_magic.engines.spec import Adapter, EngineSpec, OpenedEngine, distribution_version, require
from vibesql_magic.engines.wrappers import Connection, column

_UNREAD = object()


def open_turso(spec: EngineSpec) -> OpenedEngine:
    """A fresh in-memory Turso database per call, in autocommit mode."""
    turso = require("turso", "pyturso", spec.name)
    return OpenedEngine(lambda: turso.connect(":memory:", isolation_level=None), "Turso",
                        distribution_version("pyturso"))


class LimboCursor:
    """Limbo's cursor with a description made from the first row's width."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor
        self._first: Any = _UNREAD

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> LimboCursor:
        """Run one statement."""
        self._first = _UNREAD
        self._cursor.execute(sql, tuple(parameters))
        return self

    def _peek(self) -> Any:
        if self._first is _UNREAD:
            self._first = self._cursor.fetchone()
        return self._first

    @property
    def description(self) -> tuple[tuple[Any, ...], ...] | None:
        """Unnamed columns, as many as the first row has; None when there is no row."""
        described = self._cursor.description
        if described is not None:
            return described
        first = self._peek()
        return None if first is None else tuple(column("") for _ in first)

    def fetchone(self) -> Any:
        """The next row, or None."""
        first = self._peek()
        self._first = None if first is None else _UNREAD
        return first

    def fetchall(self) -> list[Any]:
        """The remaining rows."""
        first = self._peek()
        self._first = None
        return [] if first is None else [first, *self._cursor.fetchall()]

    def close(self) -> None:
        """Close Limbo's cursor."""
        self._cursor.close()


def open_limbo(spec: EngineSpec) -> OpenedEngine:
    """A fresh in-memory Limbo database per call."""
    limbo = require("limbo", "pylimbo", spec.name)

    def connect() -> Connection:
        connection = limbo.connect(":memory:")
        return Connection(lambda: LimboCursor(connection.cursor()), connection.close)

    return OpenedEngine(connect, "Limbo",
                        getattr(limbo, "__version__", None) or distribution_version("pylimbo"))


TURSO = Adapter("turso", "Turso", "sqlite", True, open_turso, package="pyturso>=0.1")
LIMBO = Adapter("limbo", "Limbo (Turso's earlier name)", "sqlite", True, open_limbo, package="pylimbo>=0.0.20")
