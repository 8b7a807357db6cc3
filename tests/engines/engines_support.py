"""Helpers of the engine adapters' tests: which engines are installed here, the CLI, the results."""

from __future__ import annotations

import glob
import importlib.util
import os
import tempfile
from pathlib import Path

from vibesql_magic.engines import EngineMissing
from vibesql_magic.engines.postgres_engine import server_programs

CASES = Path(__file__).resolve().parent / "cases"

# The module each named engine imports (checked without importing it: chDB must not load in this process).
MODULES = {"sqlite": "sqlite3", "vibesql": "engine", "apsw": "apsw", "libsql": "libsql", "turso": "turso",
           "limbo": "limbo", "duckdb": "duckdb", "chdb": "chdb", "datafusion": "datafusion", "postgres": "psycopg"}


def missing(engine: str) -> str | None:
    """Why ``engine`` cannot run here (its package or server is not installed), or None."""
    module = MODULES[engine]
    if engine == "libsql" and importlib.util.find_spec("libsql") is None:
        module = "libsql_experimental"
    if importlib.util.find_spec(module) is None:
        return f"{module} is not installed"
    if engine == "postgres":
        try:
            server_programs()
        except EngineMissing as exc:
            return str(exc)
    return None


def clusters() -> set[str]:
    """The PostgreSQL clusters that exist now (the adapter's temporary directories)."""
    return set(glob.glob(os.path.join(tempfile.gettempdir(), "vibesql-postgres-*")))
