"""The feature matrix: a pass rate per SQL feature only for runs that kept every record; failing-record counts,
said to be counts, for runs that kept their failing records alone; and its heatmap says which it shows."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import pytest
from slt_support import CLI, results

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # after choosing the backend

from vibesql_magic import charts
from vibesql_magic.slt.feature_matrix import FAILING_ONLY, PASS_RATE, feature_matrix

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
