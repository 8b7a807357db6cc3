"""DuckDB as a magic backend: ``duckdb:///PATH`` or ``duckdb://`` for a database in memory.

``integer_division`` is set, so ``/`` between integers truncates as in SQLite (DuckDB's own ``/`` gives
a double); sqlglot adds NULLS FIRST where SQLite's ascending order puts NULLs first.
"""

from __future__ import annotations

from pathlib import Path

from vibesql_magic.backends.transpiling import Backend, TranspileError, TranspilingConnection
from vibesql_magic.errors import VibeSQLError


def open_duckdb(target: str) -> Backend:
    """Open (or create) the DuckDB database of ``target``."""
    from vibesql_magic.backends import database_path

    try:
        import duckdb
    except ImportError:
        raise VibeSQLError.brief(f"--connect {target}: DuckDB is not installed; pip install duckdb") from None
    path = database_path(target, "duckdb://")
    if path is not None and not Path(path).expanduser().parent.is_dir():
        raise VibeSQLError.brief(f"--connect {target}: the folder {str(Path(path).parent)!r} does not exist; "
                                 "create it or name a DuckDB file in an existing folder")
    try:
        raw = duckdb.connect(":memory:" if path is None else str(Path(path).expanduser()))
    except duckdb.Error as error:
        raise VibeSQLError.brief(f"--connect {target}: DuckDB cannot open it: {error}") from None
    raw.execute("SET GLOBAL integer_division = true")  # cursors are connections of their own
    return Backend(target, TranspilingConnection(raw, "duckdb"), (duckdb.Error, TranspileError))
