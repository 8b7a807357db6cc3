"""Run the same SQL on our engine and on sqlite3 and compare: the engine's correctness is differential."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence

import pytest

import engine

Rows = list[tuple]


def typed(rows: Iterable[Sequence]) -> list[tuple]:
    """Rows with each value paired with its type: 1, 1.0 and '1' must not compare equal."""
    return [tuple((type(value).__name__, value) for value in row) for row in rows]


class Twin:
    """Our engine and sqlite3 side by side, fed the same statements."""

    def __init__(self, setup: Iterable[str] = (), foreign_keys: bool = True, current_sqlite: bool = False) -> None:
        """``current_sqlite`` also feeds apsw's SQLite 3.54, which ``same_outcome`` consults where ours differs
        from 3.40: ours follows later SQLite where it fixed a 3.40 bug."""
        self.ours = engine.connect(None)
        self.theirs = sqlite3.connect(":memory:")
        self.current = pytest.importorskip("apsw").Connection(":memory:") if current_sqlite else None
        if foreign_keys:
            for connection in (self.theirs, self.current):
                if connection is not None:
                    connection.execute("PRAGMA foreign_keys = ON")  # ours enforces them by default
        for statement in setup:
            self.both(statement)

    def both(self, sql: str, parameters: Sequence | dict = ()) -> None:
        """Run a statement that must succeed on both."""
        self.ours.execute(sql, parameters)
        self.theirs.execute(sql, parameters)
        if self.current is not None:
            self.current.execute(sql, parameters)

    def rows(self, sql: str, parameters: Sequence | dict = ()) -> tuple[Rows, Rows]:
        return (self.ours.execute(sql, parameters).fetchall(), self.theirs.execute(sql, parameters).fetchall())

    def same(self, sql: str, parameters: Sequence | dict = (), ordered: bool = True) -> Rows:
        """Assert both give the same rows (and value types); unordered results are compared sorted."""
        ours, theirs = self.rows(sql, parameters)
        if not ordered:
            ours, theirs = sorted(ours, key=repr), sorted(theirs, key=repr)
        assert typed(ours) == typed(theirs), sql
        return ours

    def same_outcome(self, sql: str, parameters: Sequence | dict = ()) -> None:
        """Both succeed with the same rows, or both fail (ours with an engine.Error); with ``current_sqlite``,
        ours may instead give what SQLite 3.54 gives."""
        expected = _outcome(self.theirs, sql, parameters, sqlite3.Error)
        actual = _outcome(self.ours, sql, parameters, engine.Error)
        if actual != expected and self.current is not None:
            expected = _outcome(self.current, sql, parameters, pytest.importorskip("apsw").Error)
        assert actual == expected, sql

    def both_fail(self, sql: str, ours_error: type[engine.Error] = engine.Error, match: str | None = None) -> str:
        """Both reject the statement; returns sqlite3's message for comparison. Unless ``ours_error``
        says otherwise, ours raises the class sqlite3 raises (code written for sqlite3 catches it)."""
        return str(self._failures(sql, ours_error, match)[1])

    def same_error(self, sql: str, ours_error: type[engine.Error] = engine.Error) -> str:
        """Both reject the statement with the same message (and class, as in `both_fail`); returns it."""
        ours, theirs = self._failures(sql, ours_error)
        assert str(ours) == str(theirs), sql
        return str(theirs)

    def _failures(self, sql: str, ours_error: type[engine.Error], match: str | None = None) -> tuple:
        with pytest.raises(sqlite3.Error) as theirs:
            self.theirs.execute(sql).fetchall()
        with pytest.raises(ours_error, match=match) as ours:
            self.ours.execute(sql).fetchall()
        if ours_error is engine.Error:
            assert type(ours.value).__name__ == type(theirs.value).__name__, (sql, ours.value, theirs.value)
        return ours.value, theirs.value


def _outcome(connection, sql: str, parameters: Sequence | dict, error: type[Exception]) -> list[tuple] | str:
    """The typed rows, or "error" for an error of the connection's own class (others propagate)."""
    try:
        return typed(connection.execute(sql, parameters).fetchall())
    except error:
        return "error"


def same_as_current_sqlite(current, ours: engine.Connection, sql: str) -> None:
    """Ours gives what ``current`` (an apsw connection: SQLite 3.54) gives, where 3.40's answer is a bug later
    SQLite fixed: the same typed rows, or an error with the same message."""
    try:
        expected = typed(current.execute(sql).fetchall())
    except pytest.importorskip("apsw").Error as error:
        with pytest.raises(engine.Error, match=re.escape(str(error).split(": ")[-1])):
            ours.execute(sql).fetchall()
        return
    assert typed(ours.execute(sql).fetchall()) == expected, sql


def same_answer(twin: Twin, sql: str, parameters: Sequence | dict = ()) -> Rows | None:
    """One run on each: the same error (class and message), or the same column names, typed rows and
    rowcount. Returns sqlite3's rows, or None where both failed."""
    try:
        theirs = twin.theirs.execute(sql, parameters)
    except sqlite3.Error as error:
        with pytest.raises(engine.Error) as ours:
            twin.ours.execute(sql, parameters).fetchall()
        assert (type(ours.value).__name__, str(ours.value)) == (type(error).__name__, str(error)), sql
        return None
    return _same_cursors(twin.ours.execute(sql, parameters), theirs, sql)


def same_result(twin: Twin, sql: str, parameters: tuple = (), counts: str | None = None) -> list[tuple]:
    """The statement gives the same column names, rows and rowcount on both, and ``counts`` (a query such
    as ``SELECT changes()``) the same answer afterwards."""
    rows = _same_cursors(twin.ours.execute(sql, parameters), twin.theirs.execute(sql, parameters), sql)
    if counts is not None:
        assert twin.ours.execute(counts).fetchall() == twin.theirs.execute(counts).fetchall(), sql
    return rows


def _same_cursors(ours, theirs, sql: str) -> Rows:
    """Both cursors of one statement have the same column names, typed rows and rowcount; sqlite3's rows."""
    assert _column_names(ours) == _column_names(theirs), sql
    rows = theirs.fetchall()
    assert typed(ours.fetchall()) == typed(rows), sql
    assert ours.rowcount == theirs.rowcount, sql
    return rows


def _column_names(cursor) -> list[str] | None:
    return [d[0] for d in cursor.description] if cursor.description else None
