"""What a results database says: runs with their pass rates, broken runs apart, flaky files, changes; on any dump."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from slt_support import engines_results, record_run, results

import engine
from vibesql_magic.slt import summaries


@pytest.fixture
def overview(tmp_path: Path) -> summaries.Overview:
    return summaries.overview(results(engines_results(tmp_path / "results.sql")).connection)


def test_runs_have_file_and_record_rates_and_the_broken_one_is_apart(overview: summaries.Overview) -> None:
    runs = overview.runs
    assert runs["engine"].tolist() == ["vibesql"] * 4 + ["sqlite", "duckdb"]
    assert runs["files_pct"].tolist() == [0.0, 66.7, 33.3, 100.0, 100.0, 33.3]
    assert runs["records_pct"].tolist() == [0.0, 93.3, 90.0, 100.0, 100.0, 73.9]  # duckdb: 17 of 23 records ran
    assert runs["broken"].tolist() == [True, False, False, False, False, False]
    assert runs["broken_reason"].iloc[0] == "3 of 3 files failed alike: cannot import name ?"
    assert overview.latest[["engine", "run_id"]].values.tolist() == [["duckdb", 6], ["sqlite", 5], ["vibesql", 4]]


def test_failing_files_leave_broken_runs_out(overview: summaries.Overview) -> None:
    failing = overview.failing
    mine = failing[failing["engine"] == "vibesql"].set_index("file_path")
    assert mine["failures"].to_dict() == {"index/between/1/slt_good_0.test": 2, "evidence/in1.test": 1}
    assert "select1.test" not in mine.index  # it failed only in the broken run
    assert set(overview.latest_failures["engine"]) == {"duckdb"}


def test_flaky_means_alternating_over_three_runs_or_split_at_one_commit(overview: summaries.Overview,
                                                                        tmp_path: Path) -> None:
    assert overview.flaky[["engine", "file_path", "same_commit_flips", "alternations", "history"]].values.tolist() \
        == [["vibesql", "evidence/in1.test", 0, 1, "PFP"]]
    db = tmp_path / "again.sql"
    for started, status in (("2025-11-01 08:00:00", "PASS"), ("2025-11-01 09:00:00", "FAIL")):
        record_run(db, "vibesql", "same", started, {"a.test": (status, None, 1, int(status == "PASS"))})
    again = summaries.overview(results(db).connection)
    assert again.flaky[["same_commit_flips", "alternations", "history"]].values.tolist() == [[1, 0, "PF"]]


def test_changes_between_each_engines_last_two_good_runs(overview: summaries.Overview) -> None:
    assert overview.changes[["engine", "change", "file_path", "before", "after"]].values.tolist() == [
        ["vibesql", "fixed", "evidence/in1.test", "FAIL", "PASS"],
        ["vibesql", "fixed", "index/between/1/slt_good_0.test", "FAIL", "PASS"]]


def test_the_matrix_is_each_engines_latest_good_run_per_category(overview: summaries.Overview) -> None:
    matrix = overview.matrix.set_index(["category", "engine"])["records_pct"]
    assert matrix[("evidence", "duckdb")] == 40.0 and matrix[("index", "vibesql")] == 100.0
    assert len(matrix) == 9


def test_a_vibesql_dump_without_extension_columns(tmp_path: Path) -> None:
    connection = engine.connect()
    cursor = connection.cursor()
    cursor.execute("CREATE TABLE test_runs (run_id INTEGER PRIMARY KEY, started_at TIMESTAMP, "
                   "completed_at TIMESTAMP, total_files INTEGER, passed INTEGER, failed INTEGER, untested INTEGER, "
                   "git_commit VARCHAR(40), ci_run_id VARCHAR(100))")
    cursor.execute("CREATE TABLE test_results (result_id INTEGER PRIMARY KEY, run_id INTEGER, file_path VARCHAR(500), "
                   "status VARCHAR(20), tested_at TIMESTAMP, duration_ms INTEGER, error_message VARCHAR(2000))")
    cursor.execute("CREATE TABLE test_files (file_path VARCHAR(500) PRIMARY KEY, category VARCHAR(50), "
                   "subcategory VARCHAR(50), status VARCHAR(20), last_tested TIMESTAMP, last_passed TIMESTAMP)")
    cursor.execute("INSERT INTO test_runs VALUES (1, '2025-11-01 08:00:00', '2025-11-01 08:10:00', 2, 1, 1, 0, "
                   "'abc', NULL)")
    cursor.execute("INSERT INTO test_files VALUES ('a.test', 'a', 'root', 'PASS', NULL, NULL), "
                   "('b.test', 'b', 'root', 'FAIL', NULL, NULL)")
    cursor.execute("INSERT INTO test_results VALUES (1, 1, 'a.test', 'PASS', '2025-11-01 08:01:00', 1, NULL), "
                   "(2, 1, 'b.test', 'FAIL', '2025-11-01 08:02:00', 1, 'line 3: wrong')")
    overview = summaries.overview(connection)
    assert overview.runs[["engine", "files_pct"]].values.tolist() == [["unknown", 50.0]]
    assert overview.runs["records_pct"].isna().all() and not overview.runs["broken"].any()
    assert overview.matrix["files_pct"].tolist() == [100.0, 0.0]


def test_an_empty_database_gives_empty_frames() -> None:
    overview = summaries.overview(engine.connect())
    assert not overview.has_results
    for frame in (overview.runs, overview.matrix, overview.failing, overview.flaky, overview.changes):
        assert isinstance(frame, pd.DataFrame) and frame.empty
