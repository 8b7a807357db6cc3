"""The scale benchmark's generator (tests/benchmarks/scale_benchmark.py) writes a store the runner and DuckDB read."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("duckdb")

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "scale_benchmark.py"


def _benchmark():
    spec = importlib.util.spec_from_file_location("scale_benchmark", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _corpus(tmp_path: Path) -> Path:
    """Three small corpus files, so the test needs no corpus on disk."""
    corpus = tmp_path / "corpus"
    (corpus / "index" / "between" / "10").mkdir(parents=True)
    (corpus / "evidence").mkdir()
    script = ["statement ok", "CREATE TABLE t1(a INTEGER, b TEXT)", ""]
    for number in range(120):
        script += ["statement ok", f"INSERT INTO t1 VALUES({number}, 'v{number}')", ""]
        script += ["query I nosort", f"SELECT a FROM t1 WHERE a = {number} ORDER BY a", "----", str(number), ""]
    for name in ("select1.test", "index/between/10/slt_good_0.test", "evidence/in1.test"):
        (corpus / name).write_text("\n".join(script))
    return corpus


def test_a_generated_store_reads_back_with_its_row_counts(tmp_path: Path) -> None:
    benchmark = _benchmark()
    store = tmp_path / "store"
    counts = benchmark.generate(10_000, store, corpus=_corpus(tmp_path))
    assert counts["record_results"] == 10_000
    assert counts["test_runs"] == 14  # 723 records in the corpus: at most that many a run
    assert (store / "_schema.sql").is_file()
    assert len(list((store / "record_results").glob("run_id=*/part-0.parquet"))) == 14

    duckdb = benchmark.open_backend("duckdb", store).cursor()
    for table in ("record_results", "record_features", "test_results", "test_runs", "test_files"):
        duckdb.execute(f"SELECT COUNT(*) FROM {table}")
        assert duckdb.fetchall() == [(counts[table],)], table
    duckdb.execute("SELECT COUNT(DISTINCT file_path), SUM(CASE WHEN status = 'FAIL' THEN 1 ELSE 0 END) "
                   "FROM record_results")
    files, failing = duckdb.fetchall()[0]
    assert files == 3 and 0 < failing < 10_000
    duckdb.execute("SELECT SUM(records_total) FROM test_results")  # file results agree with the record rows
    assert duckdb.fetchall() == [(10_000,)]
    duckdb.execute("SELECT COUNT(*), COUNT(*) FILTER (WHERE f.status = r.status), COUNT(*) FILTER (WHERE "
                   "f.status = 'FAIL') FROM record_features f JOIN record_results r ON r.run_id = f.run_id "
                   "AND r.file_path = f.file_path AND r.line = f.line")  # each tag keeps its record's status
    tags, agreeing, failing_tags = duckdb.fetchall()[0]
    assert tags == agreeing == counts["record_features"] and failing_tags > 0

    status = subprocess.run([sys.executable, "-m", "vibesql_magic.slt.cli", "status", "--db", str(store)],
                            capture_output=True, text=True, timeout=60)
    assert status.returncode == 0, status.stderr
    assert "    14  " in status.stdout and "Recent runs" in status.stdout


def test_the_notebook_cells_it_times_are_read_from_the_notebooks() -> None:
    cells = dict(_benchmark().notebook_cells())
    assert any("FROM record_results" in sql and ":run_id" in sql for sql in cells.values())
    assert any(name.startswith("pass_rate_over_time") for name in cells)
