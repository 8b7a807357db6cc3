"""Engines for the runner's tests, loaded by workers as ``--engine slt_test_engines:NAME``."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Callable
from typing import Any


class _SqliteWithATwist:
    """A sqlite3 connection whose cursors pass each statement through ``twist`` first."""

    def __init__(self, twist: Callable[[str], str]) -> None:
        self._connection = sqlite3.connect(":memory:", isolation_level=None)
        self._twist = twist

    def cursor(self) -> _TwistedCursor:
        return _TwistedCursor(self._connection.cursor(), self._twist)

    def close(self) -> None:
        self._connection.close()


class _TwistedCursor:
    def __init__(self, cursor: sqlite3.Cursor, twist: Callable[[str], str]) -> None:
        self._cursor = cursor
        self._twist = twist

    def execute(self, sql: str, parameters: Any = ()) -> _TwistedCursor:
        self._cursor.execute(self._twist(sql), parameters)
        return self

    @property
    def description(self) -> Any:
        return self._cursor.description

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    def fetchone(self) -> Any:
        return self._cursor.fetchone()


def _die_on_marks(sql: str) -> str:
    """Die on marked statements, the ways a real driver can die."""
    if "CRASH_EXIT" in sql:
        os._exit(3)
    if "CRASH_ABORT" in sql:  # as a Rust engine's panic does (panic = "abort")
        sys.stderr.write("thread '<unnamed>' panicked at core/translate/expr.rs:1958:37:\n"
                         "not yet implemented\nnote: run with `RUST_BACKTRACE=1` for a backtrace\n")
        sys.stderr.flush()
        os.abort()
    if "CRASH_MEMORY" in sql:
        raise MemoryError("simulated out of memory")
    return sql


def crashing() -> _SqliteWithATwist:
    """sqlite3, except that ``CRASH_EXIT`` exits, ``CRASH_ABORT`` panics and aborts, ``CRASH_MEMORY`` raises."""
    return _SqliteWithATwist(_die_on_marks)


def _sleep_ms(milliseconds: int) -> int:
    time.sleep(milliseconds / 1000)
    return milliseconds


def _wait_for(path: str) -> int:
    """Block until ``path`` exists: a test opens the gate when it has seen what it waits for."""
    deadline = time.monotonic() + 120
    while not os.path.exists(path):
        if time.monotonic() > deadline:
            raise sqlite3.OperationalError(f"the gate {path} never opened")
        time.sleep(0.02)
    return 1


def sleepy() -> sqlite3.Connection:
    """sqlite3 with ``sleep_ms(N)``, to make files that take a while, and ``wait_for(PATH)``."""
    connection = sqlite3.connect(":memory:", isolation_level=None)
    connection.create_function("sleep_ms", 1, _sleep_ms)
    connection.create_function("wait_for", 1, _wait_for)
    return connection


def off_by_one() -> _SqliteWithATwist:
    """sqlite3, except that ``a > b`` (spaced so) is run as ``a >= b``: a deliberately wrong engine."""
    return _SqliteWithATwist(lambda sql: sql.replace(" > ", " >= "))
