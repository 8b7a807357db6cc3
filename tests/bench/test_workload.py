"""Workloads: every pattern runs on a seeded schema on every engine, results are stored, Ctrl-C keeps them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from bench_support import load_in_sqlite, results_schema, seed

from vibesql_magic.bench.catalog import read_schema
from vibesql_magic.bench.engines import open_engine
from vibesql_magic.bench.loading import load_copy, read_dump
from vibesql_magic.bench.operations import BUILDERS, Catalog, WorkerData
from vibesql_magic.bench.patterns import PATTERNS, pattern_weights, resolve
from vibesql_magic.bench.workload import WorkloadOptions, run_workload
from vibesql_magic.slt.journal import ResultsFile


def run_every_variant(engine_name: str, dump: Path) -> list[str]:
    """Run each variant of each operation kind once; return the failures."""
    engine = open_engine(engine_name)
    connection = load_copy(engine, dump)
    schema = read_schema(read_dump(dump))
    data = WorkerData(connection, schema, seed=3, worker=0)
    failures = []
    for kind, build in BUILDERS.items():
        for variant in build(Catalog(schema, {})):
            try:
                params = variant.params(data)
                cursor = connection.cursor()
                cursor.execute(variant.sql, params)
                if cursor.description is not None:
                    cursor.fetchall()
                connection.commit()
                if variant.after is not None:
                    variant.after(data, params)
            except Exception as exc:
                failures.append(f"{kind} on {variant.table}: {exc}\n  {variant.sql}")
    return failures


@pytest.mark.parametrize("engine_name", ["vibesql", "sqlite"])
def test_every_operation_runs_on_the_sessions_schema(engine_name: str, sessions_dump: Path) -> None:
    assert run_every_variant(engine_name, sessions_dump) == []


def test_every_operation_runs_on_duckdb(tmp_path: Path) -> None:
    dump = tmp_path / "seeded.sql"
    seed(results_schema(tmp_path / "schema.sql"), dump, rows=30)
    assert run_every_variant("duckdb", dump) == []


def test_every_pattern_resolves_on_the_sessions_schema(sessions_dump: Path) -> None:
    catalog = Catalog(read_schema(read_dump(sessions_dump)), {})
    for name in PATTERNS:
        mix = resolve(pattern_weights(name), catalog)
        assert abs(sum(mix.shares().values()) - 1) < 1e-9, name
        assert not mix.left_out, name


def test_writes_keep_every_constraint(tmp_path: Path, sessions_dump: Path) -> None:
    """After a write-heavy run the data still loads in sqlite3 with every constraint checked."""
    engine = open_engine("vibesql")
    connection = load_copy(engine, sessions_dump)
    schema = read_schema(connection)
    data = WorkerData(connection, schema, seed=5, worker=0)
    mix = resolve(pattern_weights("write-heavy"), Catalog(schema, {}))
    choose = mix.chooser(data.rng)
    for _ in range(300):
        variant = choose()
        params = variant.params(data)
        connection.execute(variant.sql, params)
        connection.commit()
        if variant.after is not None:
            variant.after(data, params)
    connection.save_dump(str(tmp_path / "after.sql"))
    load_in_sqlite(tmp_path / "after.sql")


def test_a_workload_counts_every_transaction(sessions_dump: Path) -> None:
    options = WorkloadOptions(open_engine("sqlite"), sessions_dump, "oltp", pattern_weights("oltp"),
                              connections=2, transactions=101)
    result = run_workload(options)
    assert result.concurrency == "threads" and not result.interrupted
    assert result.total.count == 101 and result.total.errors == 0
    assert sum(row.count for row in result.figures[:-1]) == 101
    assert result.total.p50_ms <= result.total.p95_ms <= result.total.p99_ms <= result.total.max_ms
    assert result.sustained is None


def test_the_cli_stores_a_run_with_a_custom_mix(cli, tmp_path: Path, sessions_dump: Path) -> None:
    config = tmp_path / "workload.toml"
    config.write_text('pattern = "read-heavy"\ntransactions = 40\n[mix]\nupdate = 0\n'
                      '[[operations]]\nname = "sessions_by_status"\n'
                      'sql = "SELECT COUNT(*) FROM sessions WHERE status = ?"\nparams = ["sessions.status"]\n'
                      'weight = 30\n')
    results = tmp_path / "results.sql"
    outcome = cli("workload", "--engine", "vibesql", "--data", sessions_dump, "--config", config,
                  "--results", results, "--machine-tag", "test-box")
    assert outcome.code == 0, outcome.err
    assert "stored as benchmark run 1" in outcome.out
    store = ResultsFile(results).open()
    run = store.query("SELECT engine, suite, pattern, machine_tag, transactions, concurrency, interrupted "
                      "FROM benchmark_runs")[1]
    assert run == [("vibesql", "workload", "read-heavy+workload", "test-box", 40, "processes", 0)]
    operations = dict(store.query("SELECT operation, count FROM benchmark_results")[1])
    assert operations["all"] == 40 and "sessions_by_status" in operations and "update" not in operations


def test_a_bad_workload_config_names_the_key(cli, tmp_path: Path, sessions_dump: Path) -> None:
    config = tmp_path / "workload.toml"
    config.write_text('[[operations]]\nname = "x"\nsql = "SELECT ?, ?"\nparams = ["sessions.id"]\n')
    outcome = cli("workload", "--data", sessions_dump, "--config", config, "--duration", "1")
    assert outcome.code == 2
    assert outcome.err == (f"vibesql-bench: error: {config}: operations[0].params: has 1 names but the SQL has "
                           "2 '?' marks\n")


def test_ctrl_c_stops_cleanly_and_keeps_what_was_measured(tmp_path: Path, sessions_dump: Path) -> None:
    results = tmp_path / "results.sql"
    command = [sys.executable, "-m", "vibesql_magic.bench.cli", "workload", "--engine", "sqlite", "--data",
               str(sessions_dump), "--pattern", "read-heavy", "--tps", "100", "--duration", "120",
               "--results", str(results)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        first = process.stderr.readline()  # the first live line: the workload has started
        assert "read-heavy on sqlite" in first, first
        process.send_signal(signal.SIGINT)
        out, _ = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 130
    assert "(interrupted)" in out and "stored as benchmark run 1" in out
    store = ResultsFile(results).open()
    assert store.query("SELECT interrupted, completed_at IS NOT NULL FROM benchmark_runs")[1] == [(1, 1)]
    assert store.scalar("SELECT count FROM benchmark_results WHERE operation = 'all'") >= 0


def test_corpus_times_each_file_on_each_engine(cli, tmp_path: Path) -> None:
    cases = Path(__file__).resolve().parents[1] / "slt" / "cases"
    results = tmp_path / "results.sql"
    outcome = cli("corpus", cases / "passing" / "queries.test", cases / "failing", "--root", cases,
                  "--engine", "vibesql", "--engine", "sqlite", "--repeat", "2", "--results", results)
    assert outcome.code == 0, outcome.err
    store = ResultsFile(results).open()
    runs = store.query("SELECT run_id, engine, suite FROM benchmark_runs ORDER BY run_id")[1]
    assert runs == [(1, "vibesql", "corpus"), (2, "sqlite", "corpus")]
    rows = store.query("SELECT operation, count, errors FROM benchmark_results WHERE run_id = 2 "
                       "ORDER BY operation")[1]
    # a file that fails its records is still timed; only a file that cannot run counts as an error
    assert rows == [("all", 4, 0), ("failing/every_failure.test", 2, 0), ("passing/queries.test", 2, 0)]
