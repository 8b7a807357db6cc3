"""A results-store backend on sqlite3, for tests only: the product stores results in our engine.

sqlite3 shares SQLite's semantics with our engine, so it exercises the store's SQL
while the engine cannot yet load and save dumps. Dumps are ``iterdump()`` scripts.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


class SqliteDumpBackend:
    """Load a dump with ``executescript``, save one with ``iterdump`` and an atomic rename."""

    def connect(self, path: Path | None) -> sqlite3.Connection:
        connection = sqlite3.connect(":memory:", isolation_level=None)
        if path is not None:
            connection.executescript(Path(path).read_text(encoding="utf-8"))
        return connection

    def save(self, connection: sqlite3.Connection, path: Path) -> None:
        temporary = Path(f"{path}.tmp")
        temporary.write_text("\n".join(connection.iterdump()) + "\n", encoding="utf-8")
        os.replace(temporary, path)


def backend() -> SqliteDumpBackend:
    """The ``MODULE:CALLABLE`` that ``$VIBESQL_SLT_BACKEND`` names."""
    return SqliteDumpBackend()
