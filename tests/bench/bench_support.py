"""Helpers of the benchmark tests: the example schemas, seeding into a dump, checking a dump in sqlite3."""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

import engine
from vibesql_magic.bench.config import SeedConfig
from vibesql_magic.bench.engines import open_engine
from vibesql_magic.bench.seeding import SeedReport, seed_file
from vibesql_magic.slt.store import ResultsStore

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from results_db_benchmark import write_dump as write_vibesql_dump

__all__ = ["write_vibesql_dump"]

SCHEMAS = Path(__file__).resolve().parents[2] / "vibesql_magic" / "bench" / "schemas"
SESSIONS = SCHEMAS / "sessions.sql"


@dataclass
class Outcome:
    """Exit code and output of one CLI call."""

    code: int
    out: str
    err: str


def results_schema(path: Path) -> Path:
    """A dump of the results database's schema (VibeSQL's tables and ours), with no rows."""
    connection = engine.connect()
    ResultsStore(connection).migrate()
    connection.execute("DELETE FROM schema_version")
    connection.commit()
    connection.save_dump(str(path))
    return path


def seed(schema: Path, output: Path, *, rows: int = 40, seed_value: int = 1, engine_name: str = "vibesql",
         config: SeedConfig | None = None) -> SeedReport:
    """Seed ``schema`` into the dump ``output``."""
    return seed_file(open_engine(engine_name), schema, config or SeedConfig(rows=rows), seed_value, output,
                     show_progress=False)


def load_in_sqlite(dump: Path) -> sqlite3.Connection:
    """The dump loaded by sqlite3, then checked with foreign keys on: any broken constraint fails.

    CHECK, NOT NULL, UNIQUE and PRIMARY KEY fail the load itself; foreign keys are checked
    over every row once all tables exist (a dump lists tables by name, children may come first).
    """
    connection = sqlite3.connect(":memory:")
    connection.executescript(dump.read_text())
    connection.execute("PRAGMA foreign_keys = ON")
    assert connection.execute("PRAGMA foreign_keys").fetchone() == (1,)
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    return connection


def count(connection: sqlite3.Connection, table: str) -> int:
    """Rows in a table."""
    return connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
