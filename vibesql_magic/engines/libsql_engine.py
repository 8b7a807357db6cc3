"""libSQL, Turso's fork of SQLite, through its Python package ``libsql`` (or ``libsql-experimental``).

Its DB-API raises the built-in ``ValueError`` for every SQL error (mapped to
:class:`~vibesql_magic.engines.wrappers.DatabaseError`), answers ``()`` for a statement's
description, and opens transactions implicitly unless connected with
``isolation_level=None`` (the corpus issues its own BEGIN).
"""

from __future__ import annotations

import contextlib
from typing import Any

from vibesql_magic.engines.spec import (
    Adapter,
    EngineMissing,
    EngineSpec,
    OpenedEngine,
    distribution_version,
    require,
    versions,
)
from vibesql_magic.engines.wrappers import Connection, MappedCursor

_MODULES = (("libsql", "libsql"), ("libsql_experimental", "libsql-experimental"))


def _module(engine: str) -> tuple[Any, str]:
    """The newer package when installed, else the older one it was renamed from."""
    for module, distribution in _MODULES:
        with contextlib.suppress(EngineMissing):
            return require(module, distribution, engine), distribution
    return require(*_MODULES[0], engine), _MODULES[0][1]  # raises the message naming the current one


def open_libsql(spec: EngineSpec) -> OpenedEngine:
    """A fresh in-memory libSQL database per call, in autocommit mode."""
    libsql, distribution = _module(spec.name)
    errors = (ValueError, getattr(libsql, "Error", ValueError))

    def connect() -> Connection:
        connection = libsql.connect(":memory:", isolation_level=None)
        return Connection(lambda: MappedCursor(connection.cursor(), errors), connection.close)

    probe = libsql.connect(":memory:", isolation_level=None)
    try:
        sqlite_version = probe.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        probe.close()
    return OpenedEngine(connect, "libSQL",
                        versions(f"{sqlite_version}", distribution, distribution_version(distribution)))


ADAPTER = Adapter("libsql", "libSQL", "sqlite", True, open_libsql, package="libsql>=0.1")
