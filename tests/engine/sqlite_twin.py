"""Run the same SQL on our engine and on sqlite3 and compare: the engine's correctness is differential."""

from __future__ import annotations

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

    def __init__(self, setup: Iterable[str] = (), foreign_keys: bool = True) -> None:
        self.ours = engine.connect(None)
        self.theirs = sqlite3.connect(":memory:")
        if foreign_keys:
            self.theirs.execute("PRAGMA foreign_keys = ON")  # ours enforces them by default
        for statement in setup:
            self.both(statement)

    def both(self, sql: str, parameters: Sequence | dict = ()) -> None:
        """Run a statement that must succeed on both."""
        self.ours.execute(sql, parameters)
        self.theirs.execute(sql, parameters)

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
        """Both succeed with the same rows, or both fail (ours with an engine.Error)."""
        try:
            theirs = self.theirs.execute(sql, parameters).fetchall()
        except sqlite3.Error:
            with pytest.raises(engine.Error):
                self.ours.execute(sql, parameters).fetchall()
            return
        assert typed(self.ours.execute(sql, parameters).fetchall()) == typed(theirs), sql

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


def same_result(twin: Twin, sql: str, parameters: tuple = (), counts: str | None = None) -> list[tuple]:
    """The statement gives the same column names, rows and rowcount on both, and ``counts`` (a query such
    as ``SELECT changes()``) the same answer afterwards."""
    ours, theirs = twin.ours.execute(sql, parameters), twin.theirs.execute(sql, parameters)
    names = [d[0] for d in theirs.description] if theirs.description else None
    assert ([d[0] for d in ours.description] if ours.description else None) == names, sql
    rows = theirs.fetchall()
    assert typed(ours.fetchall()) == typed(rows), sql
    assert ours.rowcount == theirs.rowcount, sql
    if counts is not None:
        assert twin.ours.execute(counts).fetchall() == twin.theirs.execute(counts).fetchall(), sql
    return rows
