"""Seeding: the same seed gives the same bytes, every constraint holds in sqlite3, configs and errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from bench_support import SESSIONS, count, load_in_sqlite, results_schema, seed, write_vibesql_dump

from vibesql_magic.bench.config import ColumnOverride, SeedConfig, TableSeed
from vibesql_magic.bench.seeding import SeedError


def test_the_same_seed_gives_the_same_bytes_and_another_seed_others(tmp_path: Path, sessions_dump: Path) -> None:
    again, other = tmp_path / "again.sql", tmp_path / "other.sql"
    seed(SESSIONS, again)
    seed(SESSIONS, other, seed_value=2)
    assert again.read_bytes() == sessions_dump.read_bytes()
    assert other.read_bytes() != sessions_dump.read_bytes()


def test_sqlite3_seeds_the_very_same_rows(tmp_path: Path, sessions_dump: Path) -> None:
    """The rows are a function of the seed and the schema, not of the engine that took them in."""
    by_sqlite = tmp_path / "sqlite.sql"
    seed(SESSIONS, by_sqlite, engine_name="sqlite")
    assert by_sqlite.read_bytes() == sessions_dump.read_bytes()


def test_every_constraint_holds_in_sqlite3(sessions_dump: Path) -> None:
    connection = load_in_sqlite(sessions_dump)  # CHECK, UNIQUE, NOT NULL and PRIMARY KEY fail the load
    for table in ("workspaces", "sessions", "instances", "chat_messages", "tags", "session_tags"):
        assert count(connection, table) == 40
    kinds = {kind for (kind,) in connection.execute("SELECT DISTINCT type FROM sessions")}
    assert kinds <= {"competition", "ensemble", "debate"} and len(kinds) > 1
    # a self-reference points at earlier rows, and some rows are roots
    assert connection.execute("SELECT COUNT(*) FROM tags WHERE parent_id >= id").fetchone()[0] == 0
    assert connection.execute("SELECT COUNT(*) FROM tags WHERE parent_id IS NULL").fetchone()[0] > 0


def test_the_results_schema_seeds_on_every_engine(tmp_path: Path) -> None:
    schema = results_schema(tmp_path / "results.sql")
    for name in ("vibesql", "sqlite", "duckdb"):
        output = tmp_path / f"{name}.sql"
        report = seed(schema, output, rows=30, engine_name=name)
        connection = load_in_sqlite(output)
        assert count(connection, "test_results") == 30, name
        assert report.total_rows == 30 * len(report.rows)


def test_vibesql_and_sqlite3_dumps_serve_as_schemas(tmp_path: Path) -> None:
    vibesql_dump = tmp_path / "vibesql.sql"
    write_vibesql_dump(vibesql_dump, 300)  # only NOT NULL constraints and unique indexes, TIMESTAMP literals
    seed(vibesql_dump, tmp_path / "a.sql", rows=25)
    connection = load_in_sqlite(tmp_path / "a.sql")
    assert count(connection, "test_results") == 25  # the dump's own rows are not kept: it is the schema only
    assert connection.execute("SELECT COUNT(DISTINCT file_path) FROM test_files").fetchone()[0] == 25

    sqlite_dump = sqlite_dump_of(SESSIONS.read_text().replace(" AUTOINCREMENT", ""), tmp_path)
    seed(sqlite_dump, tmp_path / "b.sql", rows=10)
    assert count(load_in_sqlite(tmp_path / "b.sql"), "session_tags") == 10


def sqlite_dump_of(script: str, tmp_path: Path) -> Path:
    native = sqlite3.connect(":memory:")
    native.executescript(script)
    path = tmp_path / "sqlite-dump.sql"
    path.write_text("\n".join(native.iterdump()))
    return path


def test_a_sqlite3_dump_with_autoincrement_serves_as_a_schema(tmp_path: Path) -> None:
    seed(sqlite_dump_of(SESSIONS.read_text(), tmp_path), tmp_path / "b.sql", rows=10)


def test_a_cycle_is_broken_at_a_nullable_column(tmp_path: Path) -> None:
    schema = tmp_path / "cycle.sql"
    schema.write_text("CREATE TABLE teams (id INTEGER PRIMARY KEY, lead_id INTEGER REFERENCES people(id));\n"
                      "CREATE TABLE people (id INTEGER PRIMARY KEY, team_id INTEGER NOT NULL REFERENCES teams(id));\n")
    seed(schema, tmp_path / "out.sql", rows=20)
    connection = load_in_sqlite(tmp_path / "out.sql")
    assert connection.execute("SELECT COUNT(*) FROM teams WHERE lead_id IS NOT NULL").fetchone()[0] > 10


def test_a_cycle_of_not_null_keys_is_refused_by_name(tmp_path: Path) -> None:
    schema = tmp_path / "cycle.sql"
    schema.write_text("CREATE TABLE a (id INTEGER PRIMARY KEY, b_id INTEGER NOT NULL REFERENCES b(id));\n"
                      "CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER NOT NULL REFERENCES a(id));\n")
    with pytest.raises(SeedError, match="tables a, b reference each other through NOT NULL foreign keys"):
        seed(schema, tmp_path / "out.sql")


def test_config_sets_counts_and_overrides_columns(tmp_path: Path) -> None:
    config = SeedConfig(rows=5, tables={
        "workspaces": TableSeed(rows=3),
        "instances": TableSeed(rows=50, columns={"score": ColumnOverride(minimum=10, maximum=20),
                                                 "model": ColumnOverride(values=("small", "large"))}),
        "chat_messages": TableSeed(columns={"content": ColumnOverride(generator="email")}),
    })
    seed(SESSIONS, tmp_path / "out.sql", config=config)
    connection = load_in_sqlite(tmp_path / "out.sql")
    assert count(connection, "workspaces") == 3 and count(connection, "instances") == 50
    low, high = connection.execute("SELECT MIN(score), MAX(score) FROM instances").fetchone()
    assert 10 <= low <= high <= 20
    assert {model for (model,) in connection.execute("SELECT model FROM instances")} == {"small", "large"}
    assert all("@" in content for (content,) in connection.execute("SELECT content FROM chat_messages"))


def test_a_check_the_seeder_cannot_read_is_named_with_the_key_to_set(tmp_path: Path) -> None:
    schema = tmp_path / "codes.sql"
    schema.write_text("CREATE TABLE codes (id INTEGER PRIMARY KEY, code TEXT NOT NULL CHECK (length(code) = 3));\n")
    with pytest.raises(SeedError, match=r"table codes: .*CHECK \(LENGTH\(code\) = 3\) is not understood.*"
                                        r"tables\.codes\.columns"):
        seed(schema, tmp_path / "out.sql")
    config = SeedConfig(rows=10, tables={"codes": TableSeed(columns={"code": ColumnOverride(values=("abc",))})})
    seed(schema, tmp_path / "out.sql", config=config)
    assert count(load_in_sqlite(tmp_path / "out.sql"), "codes") == 10


def test_too_few_values_for_a_composite_key_is_a_clear_error(tmp_path: Path) -> None:
    schema = tmp_path / "pairs.sql"
    schema.write_text("CREATE TABLE pairs (a INTEGER NOT NULL CHECK (a IN (1, 2)), "
                      "b INTEGER NOT NULL CHECK (b IN (1, 2)), UNIQUE (a, b));\n")
    seed(schema, tmp_path / "ok.sql", rows=4)
    with pytest.raises(SeedError, match=r"table pairs: no new value for UNIQUE \(a, b\) .* at row 5"):
        seed(schema, tmp_path / "out.sql", rows=5)
