"""chDB, ClickHouse in a Python package, through its Arrow results.

chDB's own DB-API cursor re-parses a JSON text of every result; this adapter asks for
Arrow tables (``query(sql, "ArrowTable")``) and reads the rows from their columns.
Tables need ``data_type_default_nullable=1`` to hold NULLs as SQL means them. chDB
hangs when imported before a fork, so it is imported here, in the worker, only.
"""

from __future__ import annotations

from typing import Any

from vibesql_magic.engines.spec import Adapter, EngineSpec, OpenedEngine, require, versions
from vibesql_magic.engines.wrappers import Connection, ResultCursor, arrow_rows

SETTINGS = ("SET data_type_default_nullable = 1",)


def open_chdb(spec: EngineSpec) -> OpenedEngine:
    """A fresh in-memory chDB session per call."""
    chdb = require("chdb", "chdb", spec.name)
    pyarrow = require("pyarrow", "pyarrow", spec.name)
    # chDB's errors (its ChdbError classes derive from RuntimeError), and Arrow's on converting values
    errors = (getattr(chdb, "ChdbError", RuntimeError), RuntimeError, pyarrow.ArrowException)

    def connect() -> Connection:
        session = chdb.connect(":memory:")
        for setting in SETTINGS:
            session.query(setting)

        def run(sql: str) -> tuple[Any, list[tuple[Any, ...]]]:
            return arrow_rows(session.query(sql, "ArrowTable"))

        return Connection(lambda: ResultCursor(run, errors), session.close)

    return OpenedEngine(connect, "chDB", versions(getattr(chdb, "engine_version", None), "chdb",
                                                  getattr(chdb, "__version__", None)))


ADAPTER = Adapter("chdb", "chDB (ClickHouse)", "chdb", False, open_chdb, package="chdb>=3.0")
