"""Engines for the runner's tests, loaded by workers as ``--engine slt_test_engines:NAME``."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from typing import Any


class _CrashingCursor:
    """A sqlite3 cursor that dies on marked statements, the ways a real driver can die."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    def execute(self, sql: str, parameters: Any = ()) -> _CrashingCursor:
        if "CRASH_EXIT" in sql:
            os._exit(3)
        if "CRASH_ABORT" in sql:  # as a Rust engine's panic does (panic = "abort")
            sys.stderr.write("thread '<unnamed>' panicked at core/translate/expr.rs:1958:37:\n"
                             "not yet implemented\nnote: run with `RUST_BACKTRACE=1` for a backtrace\n")
            sys.stderr.flush()
            os.abort()
        if "CRASH_MEMORY" in sql:
            raise MemoryError("simulated out of memory")
        self._cursor.execute(sql, parameters)
        return self

    @property
    def description(self) -> Any:
        return self._cursor.description

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    def fetchone(self) -> Any:
        return self._cursor.fetchone()


class _CrashingConnection:
    def __init__(self) -> None:
        self._connection = sqlite3.connect(":memory:", isolation_level=None)

    def cursor(self) -> _CrashingCursor:
        return _CrashingCursor(self._connection.cursor())

    def close(self) -> None:
        self._connection.close()


def crashing() -> _CrashingConnection:
    """sqlite3, except that ``CRASH_EXIT`` exits, ``CRASH_ABORT`` panics and aborts, ``CRASH_MEMORY`` raises."""
    return _CrashingConnection()


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


class _OffByOneCursor:
    """A sqlite3 cursor whose ``>`` means ``>=``: a deliberately wrong engine, for repro and minimization."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    def execute(self, sql: str, parameters: Any = ()) -> _OffByOneCursor:
        self._cursor.execute(sql.replace(" > ", " >= "), parameters)
        return self

    @property
    def description(self) -> Any:
        return self._cursor.description

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    def fetchone(self) -> Any:
        return self._cursor.fetchone()


class _OffByOneConnection:
    def __init__(self) -> None:
        self._connection = sqlite3.connect(":memory:", isolation_level=None)

    def cursor(self) -> _OffByOneCursor:
        return _OffByOneCursor(self._connection.cursor())

    def close(self) -> None:
        self._connection.close()


def off_by_one() -> _OffByOneConnection:
    """sqlite3, except that ``a > b`` (spaced so) is run as ``a >= b``."""
    return _OffByOneConnection()
