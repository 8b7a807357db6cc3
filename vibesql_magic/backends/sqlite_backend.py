"""sqlite3 as a magic backend: ``sqlite:///PATH`` (``sqlite://`` for memory), in autocommit mode."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from vibesql_magic.backends.transpiling import Backend, TranspileError, TranspilingConnection
from vibesql_magic.errors import VibeSQLError


def open_sqlite(target: str) -> Backend:
    """Open the SQLite database of ``target``; a missing file is refused rather than created empty."""
    from vibesql_magic.backends import database_path

    path = database_path(target, "sqlite://")
    if path is not None and not Path(path).expanduser().is_file():
        raise VibeSQLError.brief(f"--connect {target}: no such file {path!r}; name an existing SQLite database, "
                                 "or use sqlite:// for an empty one in memory")
    raw = sqlite3.connect(":memory:" if path is None else str(Path(path).expanduser()), isolation_level=None)
    return Backend(target, TranspilingConnection(raw, "sqlite"), (sqlite3.Error, TranspileError))
