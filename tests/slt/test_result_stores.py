"""``vibesql-slt run --db x.duckdb`` and ``--db DIR/``: runs straight into a DuckDB file or a Parquet folder,
with the dump store's journal and resume; every reading command on either; bad targets refused whole."""

from __future__ import annotations

import fcntl
import os
import signal
from pathlib import Path

import duckdb
import pytest
from slt_support import CASES, CLI, spawn_cli
from test_robustness import SLEEPY, sleepy_suite, wait_for_results

from vibesql_magic.slt import summaries
from vibesql_magic.slt.result_stores import DUCKDB, DUMP, PARQUET, StoreFile, results_file, store_kind

SUITE = [CASES / "passing", CASES / "failing"]
STORES = [("r.duckdb", "r.duckdb"), ("store/", "store")]


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    return results_file(db).open().query(sql)[1]


def test_the_path_names_the_store(tmp_path: Path) -> None:
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "_schema.sql").write_text("")
    (tmp_path / "plain").write_text("")
    assert [store_kind(tmp_path / name) for name in ("r.sql", "r.duckdb", "old", "new", "plain")] == \
        [DUMP, DUCKDB, PARQUET, PARQUET, DUMP]
    assert store_kind(f"{tmp_path}/out.d/") == PARQUET
    assert store_kind("conformance.sql") == DUMP


@pytest.mark.parametrize(("name", "stored"), STORES)
def test_a_run_lands_in_the_store_and_every_command_reads_it(cli: CLI, tmp_path: Path, name: str,
                                                             stored: str) -> None:
    db, path = f"{tmp_path}/{name}", tmp_path / stored
    first = cli("run", *SUITE, "--db", db, "--exit-zero")
    assert first.code == 0, first.err
    assert cli("run", CASES / "failing", "--db", db, "--exit-zero").code == 0
    assert not Path(f"{path}.journal").exists() and not Path(f"{path}.records").exists()
    query = cli("query", "--db", db, "SELECT run_id, COUNT(*) FROM record_results GROUP BY run_id ORDER BY run_id")
    assert query.code == 0, query.err
    assert [line.split() for line in query.out.splitlines()[2:]] == [["1", "17"], ["2", "17"]]
    status = cli("status", "--db", db)
    assert status.code == 0 and "Run 2 by category" in status.out
    for command in (["analyze"], ["features"], ["votes"], ["regressions", "--base", "1", "--head", "2"],
                    ["since"], ["report", "--html", tmp_path / "site"]):
        outcome = cli(*command, "--db", db)
        assert outcome.code in (0, 1) and not outcome.err, (command, outcome.err)
    assert (tmp_path / "site" / "index.html").is_file()
    features = rows(path, "SELECT COUNT(*) FROM record_features WHERE run_id = 2")[0][0]
    assert features > 0


def test_parquet_runs_are_partitions_duckdb_reads(cli: CLI, tmp_path: Path) -> None:
    store = tmp_path / "store"
    for _ in range(2):
        assert cli("run", CASES / "failing", "--db", f"{store}/", "--exit-zero").code == 0
    assert sorted(p.name for p in (store / "test_results").iterdir()) == ["run_id=1", "run_id=2"]
    assert not list(store.rglob("*.tmp"))
    counted = duckdb.sql(f"SELECT run_id, COUNT(*) FROM read_parquet('{store}/record_results/*/*.parquet', "
                         "hive_partitioning = true) GROUP BY run_id ORDER BY run_id").fetchall()
    assert counted == [(1, 17), (2, 17)]


def test_duckdb_holds_the_runs_as_tables(cli: CLI, tmp_path: Path) -> None:
    db = tmp_path / "r.duckdb"
    assert cli("run", *SUITE, "--db", db, "--exit-zero").code == 0
    with duckdb.connect(str(db), read_only=True) as database:
        assert database.sql("SELECT passed, failed FROM test_runs").fetchall() == [(9, 1)]
        assert database.sql("SELECT COUNT(*) FROM record_results WHERE status = 'FAIL'").fetchall() == [(17,)]


def test_the_same_run_gives_the_same_rows_in_a_dump_and_in_each_store(cli: CLI, tmp_path: Path) -> None:
    comparisons = {
        "test_results": "SELECT file_path, status, error_message, records_total, records_passed, records_failed, "
                        "records_skipped, file_hash FROM test_results ORDER BY file_path",
        "test_files": "SELECT file_path, category, subcategory, status FROM test_files ORDER BY file_path",
        "test_runs": "SELECT run_id, total_files, passed, failed, untested, engine, dialect, records FROM test_runs",
        "record_results": "SELECT file_path, line, record_kind, status, sql_text, expected, actual, error_message, "
                          "failure_class, record_hash FROM record_results ORDER BY file_path, line",
        "record_features": "SELECT file_path, line, feature FROM record_features ORDER BY file_path, line, feature",
    }
    found = {}
    for name in ("r.sql", "r.duckdb", "store/"):
        assert cli("run", *SUITE, "--db", f"{tmp_path}/{name}", "--exit-zero", "--records", "all").code == 0
        found[name] = {table: rows(tmp_path / name, sql) for table, sql in comparisons.items()}
    assert found["r.sql"]["record_results"] and found["r.sql"]["record_features"]
    assert found["r.duckdb"] == found["r.sql"]
    assert found["store/"] == found["r.sql"]


@pytest.mark.parametrize(("name", "stored"), STORES)
def test_ctrl_c_keeps_finished_files_and_resume_completes_the_run(cli: CLI, tmp_path: Path, name: str,
                                                                   stored: str) -> None:
    suite = sleepy_suite(tmp_path / "suite", files=6, milliseconds=300)
    db, path = f"{tmp_path}/{name}", tmp_path / stored
    process = spawn_cli("run", suite, "--engine", SLEEPY, "--jobs", "1", "--db", db, "--records", "all")
    wait_for_results(path, 1)
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert not Path(f"{path}.journal").exists()
    kept = rows(path, "SELECT COUNT(*) FROM test_results")[0][0]
    assert 1 <= kept < 6
    assert rows(path, "SELECT COUNT(DISTINCT file_path) FROM record_results")[0][0] >= kept
    assert rows(path, "SELECT completed_at FROM test_runs") == [(None,)]
    resumed = cli("run", suite, "--engine", SLEEPY, "--db", db, "--resume", "1", "--records", "all")
    assert resumed.code == 0, resumed.err
    assert rows(path, "SELECT file_path, status FROM test_results ORDER BY file_path") == \
        [(f"slow{index}.test", "PASS") for index in range(6)]
    assert rows(path, "SELECT COUNT(*), COUNT(DISTINCT file_path) FROM record_results") == [(12, 6)]
    run = rows(path, "SELECT run_id, completed_at IS NOT NULL, passed FROM test_runs")
    assert run == [(1, 1, 6)]
    fresh = cli("run", suite, "--engine", SLEEPY, "--db", db)
    assert fresh.code == 0 and rows(path, "SELECT run_id FROM test_runs ORDER BY run_id") == [(1,), (2,)]


@pytest.mark.parametrize("name", ["r.duckdb", "store/"])
def test_a_store_being_written_refuses_a_second_run(cli: CLI, tmp_path: Path, name: str) -> None:
    db = f"{tmp_path}/{name}"
    results = results_file(db)
    assert isinstance(results, StoreFile)
    with open(results.writer_lock_path, "a") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)  # as a run in another process holds it
        refused = cli("run", CASES / "passing" / "queries.test", "--db", db)
    assert refused.code == 2
    assert refused.err.count("\n") == 1 and "is being written by another run" in refused.err
    assert not results.path.exists() and not results.journal_path.exists()


def _nothing_beside(target: Path) -> list[str]:
    return sorted(path.name for path in target.parent.iterdir() if path.name != target.name)


def test_a_duckdb_path_that_is_not_duckdb_is_refused_and_left_alone(cli: CLI, tmp_path: Path) -> None:
    db = tmp_path / "r.duckdb"
    db.write_text("not a database\n")
    for command in (["run", CASES / "passing" / "queries.test"], ["status"], ["query", "SELECT 1"]):
        outcome = cli(*command, "--db", db)
        assert outcome.code == 2 and outcome.err.count("\n") == 1, outcome.err
        assert "is not a DuckDB file" in outcome.err
    assert db.read_text() == "not a database\n" and _nothing_beside(db) == []


def test_a_folder_that_is_not_a_store_is_refused(cli: CLI, tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "cat.jpg").write_text("meow")
    outcome = cli("run", CASES / "passing" / "queries.test", "--db", f"{folder}/")
    assert outcome.code == 2 and outcome.err.count("\n") == 1 and "not a results store" in outcome.err
    assert sorted(p.name for p in folder.iterdir()) == ["cat.jpg"] and _nothing_beside(folder) == []


@pytest.mark.parametrize("name", ["r.duckdb", "store/"])
def test_a_target_in_no_folder_is_refused_and_nothing_is_written(cli: CLI, tmp_path: Path, name: str) -> None:
    (tmp_path / "file").write_text("")
    outcome = cli("run", CASES / "passing" / "queries.test", "--db", f"{tmp_path}/file/{name}")
    assert outcome.code == 2 and outcome.err.count("\n") == 1 and "is not a folder" in outcome.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write any folder")
def test_an_unwritable_folder_is_refused_and_nothing_is_written(cli: CLI, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        outcome = cli("run", CASES / "passing" / "queries.test", "--db", locked / "r.duckdb")
    finally:
        locked.chmod(0o700)
    assert outcome.code == 2 and "permission denied" in outcome.err and not list(locked.iterdir())


def test_reading_a_parquet_store_reads_only_the_record_partitions_a_query_needs(cli: CLI, tmp_path: Path) -> None:
    """The record tables stay in the store: ``status`` and ``regressions`` read none of them, a query on run 2
    reads run 2's partition alone, and a query on every run reads them all (here one is broken: it says which)."""
    store = tmp_path / "store"
    for _ in range(2):
        assert cli("run", *SUITE, "--db", f"{store}/", "--exit-zero").code == 0
    (store / "record_results" / "run_id=1" / "part-0.parquet").write_bytes(b"not parquet")
    (store / "record_features" / "run_id=1" / "part-0.parquet").write_bytes(b"not parquet")
    status = cli("status", "--db", store)
    assert status.code == 0 and "Run 2 by category" in status.out, status.err
    assert cli("regressions", "--db", store, "--base", "1", "--head", "2").code in (0, 1)
    one = cli("query", "--db", store, "SELECT COUNT(*) FROM record_results WHERE run_id = 2")
    assert one.code == 0 and one.out.splitlines()[2].split() == ["17"], one.err
    tags = cli("query", "--db", store, "SELECT COUNT(*) > 0 FROM record_features WHERE run_id = 2")
    assert tags.code == 0 and tags.out.splitlines()[2].split() == ["1"], tags.err
    every = cli("query", "--db", store, "SELECT COUNT(*) FROM record_results")
    assert every.code != 0 and "run_id=1" in every.err
    assert len(summaries.record_failures(results_file(store).open().connection, [2])) == 17  # the report's


def test_the_reports_failing_records_are_those_of_one_query_over_the_runs(cli: CLI, tmp_path: Path) -> None:
    """record_failures reads run by run (so a store reads one partition each) and gives what one ORDER BY
    run_id ... LIMIT over all of them gives, whatever the limit."""
    db = tmp_path / "r.sql"
    for _ in range(3):
        assert cli("run", *SUITE, "--db", db, "--records", "all", "--exit-zero").code == 0
    connection = results_file(db).open().connection
    for limit in (1, 16, 17, 18, 40, 5000):
        expected = summaries.frame(connection, "SELECT run_id, file_path, line, record_kind, status, failure_class, "
                                   "sql_text, expected, actual, error_message FROM record_results WHERE run_id IN "
                                   "(3, 1) AND status <> 'PASS' AND status <> 'SKIP' ORDER BY run_id, file_path, "
                                   f"line LIMIT {limit}")
        found = summaries.record_failures(connection, [3, 1, 3], limit)
        assert found.values.tolist() == expected.values.tolist(), limit
        assert list(found.columns) == list(expected.columns)


@pytest.mark.parametrize(("name", "stored"), STORES)
def test_reading_a_store_leaves_its_record_tables_in_it(cli: CLI, tmp_path: Path, name: str, stored: str) -> None:
    """Read, the record tables are the store's (read-only here); a run still writes them, through the fold."""
    db = f"{tmp_path}/{name}"
    assert cli("run", CASES / "failing", "--db", db, "--exit-zero").code == 0
    reading = results_file(tmp_path / stored).open()
    with pytest.raises(Exception, match="table record_results may not be modified"):
        reading.execute("DELETE FROM record_results")
    assert reading.query("SELECT COUNT(*) FROM record_results")[1] == [(17,)]
    assert cli("run", CASES / "failing", "--db", db, "--exit-zero").code == 0
    assert rows(tmp_path / stored, "SELECT run_id, COUNT(*) FROM record_results GROUP BY run_id ORDER BY run_id") \
        == [(1, 17), (2, 17)]


def test_features_reads_a_store_through_duckdb_with_the_dumps_answers(cli: CLI, tmp_path: Path) -> None:
    """``features`` on a DuckDB or Parquet store runs on DuckDB where the store lies (every run's records
    would be read whole into our engine), and shows what it shows for the same runs in a dump; a broken file
    is one line naming it."""
    shown = {}
    for name in ("r.sql", "r.duckdb", "store/"):
        for _ in range(2):
            assert cli("run", *SUITE, "--db", f"{tmp_path}/{name}", "--records", "all", "--exit-zero").code == 0
        outcome = cli("features", "--db", f"{tmp_path}/{name}")
        assert outcome.code == 0 and not outcome.err, outcome.err
        shown[name] = outcome.out
    assert "% of " in shown["r.sql"]
    assert shown["r.duckdb"] == shown["r.sql"] and shown["store/"] == shown["r.sql"]
    (tmp_path / "store" / "record_features" / "run_id=1" / "part-0.parquet").write_bytes(b"not parquet")
    broken = cli("features", "--db", f"{tmp_path}/store/")
    assert broken.code != 0 and "run_id=1" in broken.err and len(broken.err.strip().splitlines()) == 1


def _as_before_feature_statuses(store: Path) -> None:
    """Make a Parquet store what a vibesql-slt before schema version 7 wrote: tags without their record's status."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    for part in (store / "record_features").rglob("*.parquet"):
        pq.write_table(pq.read_table(part).drop_columns(["status"]), part)
    versions = store / "schema_version" / "part-0.parquet"
    table = pq.read_table(versions)
    pq.write_table(table.filter(pc.less(table.column("version"), 7)), versions)
    schema = (store / "_schema.sql").read_text()
    assert "feature VARCHAR(100), status VARCHAR(10))" in schema
    (store / "_schema.sql").write_text(schema.replace("feature VARCHAR(100), status VARCHAR(10))",
                                                      "feature VARCHAR(100))"))


def test_a_store_from_before_feature_statuses_gives_the_same_matrix_and_a_run_upgrades_it(cli: CLI,
                                                                                          tmp_path: Path) -> None:
    """Tags without statuses (an older store read where it lies) are joined with the failing records instead;
    the next run's fold brings every run's tags forward, not only its own."""
    from vibesql_magic.slt import stores
    from vibesql_magic.slt.feature_matrix import _MATRIX_BY_JOIN_SQL, feature_matrix

    store = tmp_path / "store"
    for _ in range(2):
        assert cli("run", *SUITE, "--db", f"{store}/", "--records", "all", "--exit-zero").code == 0
    expected = cli("features", "--db", store).out
    assert "% of " in expected
    _as_before_feature_statuses(store)
    assert cli("features", "--db", store).out == expected  # DuckDB where the store lies
    old = feature_matrix(results_file(store).open().connection)  # our engine, the record tables attached
    assert old.equals(feature_matrix(stores.duckdb_reader(store)))
    assert cli("run", CASES / "failing", "--db", f"{store}/", "--records", "all", "--exit-zero").code == 0
    tags = f"read_parquet('{store}/record_features/*/*.parquet', union_by_name = true)"
    assert duckdb.sql(f"SELECT run_id, COUNT(*) FILTER (WHERE status IS NULL), COUNT(*) FILTER (WHERE status = 'FAIL') "
                      f"> 0 FROM {tags} GROUP BY run_id ORDER BY run_id").fetchall() == \
        [(1, 0, True), (2, 0, True), (3, 0, True)]
    reader = stores.duckdb_reader(store)
    upgraded = feature_matrix(reader)
    assert upgraded.equals(feature_matrix(results_file(store).open().connection))
    by_join = summaries.frame(reader, _MATRIX_BY_JOIN_SQL)
    assert upgraded[by_join.columns].astype(str).equals(by_join.astype(str))
    assert upgraded[upgraded["run_id"] < 3].reset_index(drop=True).equals(old)
