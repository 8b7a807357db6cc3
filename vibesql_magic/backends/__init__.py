"""Databases other than our engine behind the magic: ``%vibesql --connect TARGET``.

A target is ``duckdb:///PATH`` (``duckdb://`` for memory), ``sqlite:///PATH``, ``postgresql://…``,
``spark:PARQUET_DIR``, or the name of a notebook variable holding a DB-API connection or a SparkSession.
Each is opened by its own adapter module and wrapped in a `TranspilingConnection`, so the cells
stay in SQLite's dialect whatever runs them.
"""

from __future__ import annotations

from collections.abc import Mapping

from vibesql_magic.backends.transpiling import Backend, TranspileError, TranspilingConnection
from vibesql_magic.errors import VibeSQLError

__all__ = ["Backend", "TranspileError", "TranspilingConnection", "open_target"]

SCHEMES = ("duckdb://", "sqlite://", "postgresql://", "postgres://")


def open_target(target: str, namespace: Mapping[str, object]) -> Backend:
    """The backend a ``--connect`` target names; a target that cannot be opened is one line saying what to do."""
    from vibesql_magic.backends import dbapi_backend, duckdb_backend, postgres_backend, spark_backend, sqlite_backend

    if target.startswith("duckdb://"):
        return duckdb_backend.open_duckdb(target)
    if target.startswith("sqlite://"):
        return sqlite_backend.open_sqlite(target)
    if target.startswith(("postgresql://", "postgres://")):
        return postgres_backend.open_postgres(target)
    if target.startswith("spark:"):
        return spark_backend.open_spark(target)
    if target.isidentifier() and spark_backend.is_session(namespace.get(target)):
        return spark_backend.open_session(target, namespace[target])
    if target.isidentifier():
        return dbapi_backend.open_variable(target, namespace)
    raise VibeSQLError.brief(f"--connect {target}: not a target; use duckdb:///PATH, duckdb://, sqlite:///PATH, "
                             "postgresql://USER@HOST/DB, spark:PARQUET_DIR or the name of a variable holding a "
                             "DB-API connection or a SparkSession")


def database_path(target: str, scheme: str) -> str | None:
    """The file of ``scheme:///PATH`` (None for ``scheme://``, an in-memory database)."""
    rest = target[len(scheme):]
    if not rest:
        return None
    if not rest.startswith("/"):
        raise VibeSQLError.brief(f"--connect {target}: write {scheme}/PATH (three slashes before a relative "
                                 f"path, four before an absolute one), or {scheme} for a database in memory")
    return rest[1:]
