"""The feature matrix: a pass rate per SQL feature only for runs that kept every record; failing-record counts,
said to be counts, for runs that kept their failing records alone; and its heatmap says which it shows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import matplotlib
import pandas as pd
import pytest
from slt_support import CLI, results

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # after choosing the backend

from vibesql_magic import charts
from vibesql_magic.backends import open_target
from vibesql_magic.slt import summaries
from vibesql_magic.slt.feature_matrix import FAILING_ONLY, PASS_RATE, feature_matrix
from vibesql_magic.slt.stores import import_store

WRONG = "slt_test_engines:off_by_one"  # runs a > b as a >= b
SCRIPT = """\
statement ok
CREATE TABLE t(a INTEGER, b INTEGER)

statement ok
INSERT INTO t VALUES (1, 10), (2, 20), (3, 30)

query I nosort
SELECT count(*) FROM t WHERE a > 1
----
2

query I nosort
SELECT count(*) FROM t WHERE a < 3
----
2

query I nosort
SELECT CASE WHEN a > 2 THEN 1 ELSE 0 END FROM t ORDER BY a
----
0
0
1
"""


@pytest.fixture(name="db")
def db_fixture(cli: CLI, tmp_path: Path) -> Path:
    """Run 1 keeps every record, run 2 its failing ones only: the same engine, the same file."""
    path = tmp_path / "test" / "features.test"
    path.parent.mkdir()
    path.write_text(SCRIPT)
    db = tmp_path / "r.sql"
    for kept in ("all", "failing"):
        assert cli("run", path, "--engine", WRONG, "--as", "sqlite", "--db", db, "--records", kept,
                   "--exit-zero").code == 0
    return db


def test_pass_rates_only_where_every_record_was_kept(db: Path) -> None:
    matrix = feature_matrix(results(db).connection).set_index(["run_id", "feature"])
    # run 1: count(*) in three queries, two of which (a > 1, CASE a > 2) fail under the wrong engine
    assert matrix.loc[(1, "function:count"), ["records", "failing", "passing", "measure"]].tolist() == [
        2, 1, 1, PASS_RATE]
    assert matrix.loc[(1, "function:count"), "pass_pct"] == 50.0
    assert matrix.loc[(1, "case"), "pass_pct"] == 0.0
    assert matrix.loc[(1, "order by"), "pass_pct"] == 0.0
    # run 2 kept failing records only: counts, no rate
    assert matrix.loc[(2, "function:count"), ["failing", "measure"]].tolist() == [1, FAILING_ONLY]
    assert matrix.loc[[2], "pass_pct"].isna().all()


def test_the_features_command_says_which_cells_are_counts(cli: CLI, db: Path) -> None:
    shown = cli("features", "--db", db)
    assert shown.code == 0
    line = next(text for text in shown.out.splitlines() if text.startswith("function:count"))
    assert "50.0% of 2" in line and "1 failing" in line
    assert ("note: slt_test_engines:off_by_one run 2 kept failing records only: its cells count failing records "
            "per feature, not a pass rate") in shown.out
    assert "run 1 kept" not in shown.out


def test_the_heatmap_draws_rates_or_counts_and_says_which(db: Path) -> None:
    matrix = feature_matrix(results(db).connection)
    both = charts.feature_heatmap(matrix)
    assert "no pass rate" in both.axes[0].get_title()
    assert both.axes[1].get_ylabel() == "failing records (count)"
    rates = charts.feature_heatmap(matrix[matrix["run_id"] == 1])
    assert rates.axes[1].get_ylabel() == "records passed (%)"
    assert "50.0" in [text.get_text() for text in rates.axes[0].texts]
    plt.close("all")


# Every tag joined with its record, as the matrix was first written: the answer the shape that joins only
# the failing records must keep.
FULL_JOIN = (
    "SELECT r.run_id, t.engine, t.records AS kept, f.feature, COUNT(*) AS records, "
    "SUM(CASE WHEN r.status = 'FAIL' THEN 1 ELSE 0 END) AS failing, "
    "SUM(CASE WHEN r.status = 'PASS' THEN 1 ELSE 0 END) AS passing "
    "FROM record_features f JOIN record_results r ON r.run_id = f.run_id AND r.file_path = f.file_path "
    "AND r.line = f.line JOIN test_runs t ON t.run_id = r.run_id "
    "GROUP BY r.run_id, t.engine, t.records, f.feature ORDER BY r.run_id, f.feature")


def _cells(frame: pd.DataFrame) -> list[tuple]:
    return [(int(row.run_id), row.engine, row.kept, row.feature, int(row.records), int(row.failing),
             int(row.passing)) for row in frame.itertuples(index=False)]


def test_the_matrix_is_the_full_join_on_every_backend(cli: CLI, db: Path, tmp_path: Path) -> None:
    """Ours on the dump, DuckDB and sqlite3 on its export give the answer of every tag joined with its record,
    with SKIP records (no tags) among them."""
    skipped = db.parent / "test" / "skipped.test"
    skipped.write_text("onlyif mysql\nquery I nosort\nSELECT count(*) FROM (SELECT 1) AS t WHERE 1 > 0\n----\n1\n\n"
                       + SCRIPT)
    assert cli("run", skipped, "--engine", WRONG, "--as", "sqlite", "--db", db, "--records", "all",
               "--exit-zero").code == 0
    ours = results(db).connection
    assert summaries.frame(ours, "SELECT COUNT(*) AS n FROM record_results WHERE status = 'SKIP'")["n"].iloc[0] == 1
    expected = _cells(summaries.frame(ours, FULL_JOIN))
    assert {row[0] for row in expected} == {1, 2, 3} and any(row[5] for row in expected)
    assert _cells(feature_matrix(ours)) == expected
    assert cli("export", "--db", db, "--to", "duckdb", tmp_path / "r.duckdb").code == 0
    lite = sqlite3.connect(tmp_path / "r.db", isolation_level=None)
    import_store(tmp_path / "r.duckdb", lite)
    lite.close()
    for target in (f"duckdb:///{tmp_path / 'r.duckdb'}", f"sqlite:///{tmp_path / 'r.db'}"):
        connection = open_target(target, {}).connection
        assert _cells(feature_matrix(connection)) == expected, target
        connection.close()
