"""vibesql engine: an embedded SQL database in Python with SQLite's semantics.

``engine.connect()`` returns a PEP 249 connection; SQL is parsed by sqlglot and run by
this package's planner and executor over in-memory tables that load from and save to
human-readable SQL dumps.

Layers, each importing only those below it (checked by import-linter, see pyproject.toml):
``connection`` (PEP 249) → ``dumps`` → ``statements`` → ``query`` → ``sql`` | ``store``
→ ``semantics`` → ``errors``.
"""

from __future__ import annotations

import datetime as _datetime
import time as _time

from engine.connection import Connection, Cursor, connect
from engine.errors import (
    DatabaseError,
    DataError,
    Error,
    IntegrityError,
    InterfaceError,
    InternalError,
    NotSupportedError,
    OperationalError,
    ProgrammingError,
    Warning,
)

apilevel = "2.0"
threadsafety = 1  # threads may share the module, not connections
paramstyle = "qmark"  # named (:name) parameters with a mapping work too
sqlite_version = "3.40.1"  # the SQLite whose semantics the engine follows
__version__ = "0.1.0"


class DBAPITypeObject:
    """A PEP 249 type object: compares equal to the declared type names of its kind."""

    def __init__(self, *names: str) -> None:
        self.names = frozenset(names)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, str):
            base = other.split("(")[0].strip().upper()
            return base in self.names or any(name in base for name in self.names)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.names)


STRING = DBAPITypeObject("CHAR", "CLOB", "TEXT", "VARCHAR", "STRING")
BINARY = DBAPITypeObject("BLOB", "BINARY")
NUMBER = DBAPITypeObject("INT", "REAL", "FLOA", "DOUB", "NUMERIC", "DECIMAL", "BOOLEAN")
DATETIME = DBAPITypeObject("DATE", "TIME", "TIMESTAMP", "DATETIME")
ROWID = DBAPITypeObject("ROWID")

Date = _datetime.date
Time = _datetime.time
Timestamp = _datetime.datetime
Binary = bytes


def DateFromTicks(ticks: float) -> _datetime.date:
    return Date(*_time.localtime(ticks)[:3])


def TimeFromTicks(ticks: float) -> _datetime.time:
    return Time(*_time.localtime(ticks)[3:6])


def TimestampFromTicks(ticks: float) -> _datetime.datetime:
    return Timestamp(*_time.localtime(ticks)[:6])


__all__ = [
    "BINARY", "DATETIME", "NUMBER", "ROWID", "STRING", "Binary", "Connection", "Cursor", "DataError",
    "DatabaseError", "Date", "DateFromTicks", "Error", "IntegrityError", "InterfaceError", "InternalError",
    "NotSupportedError", "OperationalError", "ProgrammingError", "Time", "TimeFromTicks", "Timestamp",
    "TimestampFromTicks", "Warning", "apilevel", "connect", "paramstyle", "threadsafety",
]
