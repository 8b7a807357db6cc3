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


def _flaky_by_definition(good: pd.DataFrame) -> list[tuple]:
    """The flaky files as the module's docstring defines them, one (engine, file) history at a time."""
    rows = []
    for (engine_name, path), outcomes in good.groupby(["engine", "file_path"], sort=True):
        outcomes = outcomes.sort_values(["started_at", "run_id"], kind="stable")
        passed = list(outcomes["status"] == "PASS")
        commits: dict[str, set[bool]] = {}
        for commit, value in zip(outcomes["git_commit"], passed, strict=True):
            if isinstance(commit, str):
                commits.setdefault(commit, set()).add(value)
        same = sum(1 for values in commits.values() if len(values) > 1)
        turns = sum(1 for index in range(1, len(passed) - 1) if passed[index - 1] != passed[index] != passed[index + 1])
        if same or turns:
            rows.append((engine_name, path, len(passed), same, turns, "".join("P" if v else "F" for v in passed)))
    return sorted(rows, key=lambda row: (row[0], -row[3], -row[4]))  # stable: files in order within a tie


@pytest.mark.parametrize("seed", range(6))
def test_flaky_files_of_many_histories_follow_the_definition(seed: int) -> None:
    import numpy as np

    rng = np.random.default_rng(seed)
    runs = 40
    all_runs = pd.DataFrame({
        "run_id": range(1, runs + 1), "engine": rng.choice(["duckdb", "vibesql", "sqlite"], runs),
        "git_commit": pd.Series(rng.choice(["a", "b", "c", None], runs), dtype="string"),
        "started_at": pd.to_datetime("2026-01-01") + pd.to_timedelta(rng.integers(0, 5, runs), unit="h"),
        "broken": rng.random(runs) < 0.1})
    results_rows = [(run_id, path, rng.choice(["PASS", "PASS", "FAIL", "ERROR"]), None)
                    for run_id in range(1, runs + 1) for path in ("a.test", "b.test", "c/d.test", "e.test")
                    if rng.random() < 0.8]
    file_results = pd.DataFrame(results_rows, columns=["run_id", "file_path", "status", "error_message"])
    flaky = summaries.flaky_files(file_results, all_runs)
    good = file_results.merge(all_runs[~all_runs["broken"]], on="run_id")
    assert [tuple(row) for row in flaky.itertuples(index=False)] == _flaky_by_definition(good)
    assert len(flaky) > 0


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
