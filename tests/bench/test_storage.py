"""Benchmark tables in the results database: migrations of old dumps, idempotent entries, the views."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bench_support import write_vibesql_dump

import engine
from vibesql_magic.slt.benchmark_tables import BENCHMARK_END, BENCHMARK_RESULT, BENCHMARK_RUN, VIEWS
from vibesql_magic.slt.journal import ResultsFile
from vibesql_magic.slt.store import SCHEMA_VERSION, ResultsStore


def test_an_old_dump_gains_the_benchmark_tables_and_keeps_its_rows(tmp_path: Path) -> None:
    old = tmp_path / "old.sql"
    write_vibesql_dump(old, 500)
    before = old.read_bytes()
    store = ResultsFile(old).open()
    assert store.schema_version() == SCHEMA_VERSION
    assert store.columns("benchmark_runs")[:3] == ["run_id", "started_at", "completed_at"]
    assert store.query("SELECT * FROM performance_regressions")[1] == []
    assert old.read_bytes() == before  # reading upgrades in memory only
    original = engine.connect(str(old)).execute("SELECT COUNT(*) FROM test_results").fetchone()[0]
    assert store.scalar("SELECT COUNT(*) FROM test_results") == original > 0


def test_benchmark_tables_of_an_older_shape_gain_the_missing_columns(tmp_path: Path) -> None:
    connection = engine.connect()
    connection.executescript("CREATE TABLE benchmark_runs (run_id INTEGER PRIMARY KEY, started_at TIMESTAMP, "
                             "engine VARCHAR(200), suite VARCHAR(50));"
                             "INSERT INTO benchmark_runs VALUES (1, '2025-01-01 00:00:00', 'vibesql', 'tpcc');")
    connection.commit()
    store = ResultsStore(connection)
    assert store.migrate()
    assert {"machine_tag", "achieved_tps", "interrupted"} <= set(store.columns("benchmark_runs"))
    assert store.query("SELECT run_id, engine, machine_tag FROM benchmark_runs")[1] == [(1, "vibesql", None)]


def _run(run_id: int, tag: str, mean: float, *, started: str, operation: str = "point_select",
         interrupted: int = 0) -> list[dict]:
    return [{"kind": BENCHMARK_RUN, "run_id": run_id, "started_at": started, "engine": "vibesql",
             "suite": "workload", "pattern": "oltp", "machine_tag": tag, "connections": 1, "target_tps": 100.0},
            {"kind": BENCHMARK_RESULT, "run_id": run_id, "operation": operation, "count": 10, "errors": 0,
             "tps": 100.0, "mean_ms": mean, "p50_ms": mean, "p95_ms": mean * 2, "p99_ms": mean * 3,
             "max_ms": mean * 4, "min_ms": mean / 2},
            {"kind": BENCHMARK_END, "run_id": run_id, "completed_at": started, "interrupted": interrupted}]


ENTRIES = [
    *_run(1, "box", 1.00, started="2025-01-01 00:00:00"),
    *_run(2, "box", 1.25, started="2025-01-02 00:00:00"),  # 25% slower than run 1: a regression
    *_run(3, "laptop", 5.00, started="2025-01-03 00:00:00"),  # another machine: compared with nothing
    *_run(4, "box", 1.30, started="2025-01-04 00:00:00"),  # 4% slower than run 2: not one
    *_run(5, "box", 9.00, started="2025-01-05 00:00:00", interrupted=1),  # interrupted: not a baseline
    *_run(6, "box", 1.50, started="2025-01-06 00:00:00"),  # 15% slower than run 4
]


def test_regressions_are_more_than_ten_percent_slower_than_the_previous_run_on_the_same_machine() -> None:
    store = ResultsStore(engine.connect())
    store.migrate()
    store.apply(ENTRIES)
    store.apply(ENTRIES)  # twice changes nothing
    assert store.scalar("SELECT COUNT(*) FROM benchmark_results") == 6
    rows = store.query("SELECT run_id, previous_run_id, mean_change_pct FROM performance_regressions "
                       "ORDER BY run_id")[1]
    assert rows == [(2, 1, 25.0), (6, 4, 15.4)]


def test_the_views_answer_as_in_sqlite3() -> None:
    ours = ResultsStore(engine.connect())
    ours.migrate()
    ours.apply(ENTRIES)
    twin = sqlite3.connect(":memory:")
    for table in ("benchmark_runs", "benchmark_results"):
        twin.execute(ours.scalar("SELECT sql FROM sqlite_master WHERE name = ?", (table,)))
        names, rows = ours.query(f"SELECT * FROM {table}")
        twin.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(names))})", rows)
    for view in VIEWS.values():
        twin.execute(view)
    for view in VIEWS:
        expected = twin.execute(f"SELECT * FROM {view} ORDER BY run_id, operation").fetchall()
        assert ours.query(f"SELECT * FROM {view} ORDER BY run_id, operation")[1] == expected, view
