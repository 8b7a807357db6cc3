"""DuckDB, whose Python package is a DB-API module of its own."""

from __future__ import annotations

from vibesql_magic.engines.spec import Adapter, EngineSpec, OpenedEngine, require


def open_duckdb(spec: EngineSpec) -> OpenedEngine:
    """A fresh in-memory DuckDB database per call."""
    duckdb = require("duckdb", "duckdb", spec.name)
    return OpenedEngine(lambda: duckdb.connect(":memory:"), "DuckDB", getattr(duckdb, "__version__", None))


ADAPTER = Adapter("duckdb", "DuckDB", "duckdb", False, open_duckdb, package="duckdb>=1.0")
