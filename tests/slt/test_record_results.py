"""Record-level results: every failing record in ``record_results``, kept beside the dump in Parquet."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from slt_support import CLI, rows, spawn_cli

from vibesql_magic import record_store
from vibesql_magic.dumpfiles import EngineDumps
from vibesql_magic.slt.journal import ResultsFile

SLEEPY = "slt_test_engines:sleepy"

MIXED = """\
statement ok
CREATE TABLE t1(a INTEGER, b TEXT)

statement ok
INSERT INTO t1 VALUES (1, 'x'), (2, 'y'), (3, 'z')

statement ok
INSERT INTO missing_table VALUES (1)

statement error
SELECT 1

query I rowsort
SELECT a FROM t1
----
1
2
4

query I nosort
SELECT a FROM t1 ORDER BY a
----
3 values hashing to 00000000000000000000000000000000

query I nosort
SELECT a FROM t1 WHERE a < 3
----
1
2
3

query II nosort
SELECT a FROM t1
----

query I nosort
SELECT no_such_column FROM t1
----
1

skipif sqlite
query I nosort
SELECT 1
----
2

query I nosort
SELECT a FROM t1 WHERE a = 1
----
1
"""
EXPECTED_FAILURES = [
    (7, "statement", "statement failed: no such table: ?", "ok", "error", "no such table: missing_table"),
    (10, "statement", "expected an error", "error", "ok", None),
    (13, "query", "wrong values", "1\n2\n4", "1\n2\n3", "value 3: expected '4', got '3'"),
    (20, "query", "wrong values", "3 values hashing to 00000000000000000000000000000000", None, None),
    (25, "query", "wrong row count", "1\n2\n3", "1\n2", "expected 3 values, got 2"),
    (32, "query", "wrong column count", "", None, "expected 2, got 1"),
    (36, "query", "query failed: no such column: ?", "1", "error", "no such column: no_such_column"),
]


def _suite(directory: Path) -> Path:
    directory.mkdir()
    (directory / "mixed.test").write_text(MIXED)
    (directory / "other.test").write_text("statement ok\nCREATE TABLE t(x)\n\nquery I nosort\nSELECT 5\n----\n6\n")
    (directory / "good.test").write_text("query I nosort\nSELECT 5\n----\n5\n")
    return directory


def _records(db: Path, where: str = "1 = 1") -> list[tuple]:
    return rows(db, "SELECT line, record_kind, failure_class, expected, actual, error_message FROM record_results "
                    f"WHERE {where} ORDER BY file_path, line")


def test_failing_records_round_trip_and_match_the_files_failure_counts(cli: CLI, tmp_path: Path) -> None:
    db = tmp_path / "r.sql"
    outcome = cli("run", _suite(tmp_path / "suite"), "--engine", "sqlite", "--db", db, "--jobs", "1")
    assert outcome.code == 1, outcome.err
    got = _records(db, "file_path = 'mixed.test'")
    assert [row[:3] for row in got] == [row[:3] for row in EXPECTED_FAILURES]
    by_line = {row[0]: row for row in got}
    for line, _, _, expected, actual, message in EXPECTED_FAILURES:
        assert by_line[line][3] == expected
        if actual is not None:
            assert by_line[line][4] == actual
        if message is not None:
            assert message in by_line[line][5]
    hashed = by_line[20][4].split("\n")
    assert hashed[0].startswith("3 values hashing to ") and hashed[1:] == ["1", "2", "3"]
    # counts per file equal what test_results says, and nothing but failures is kept by default
    assert rows(db, "SELECT r.file_path, r.records_failed, (SELECT COUNT(*) FROM record_results x WHERE x.run_id "
                    "= r.run_id AND x.file_path = r.file_path) FROM test_results r ORDER BY 1") == [
        ("good.test", 0, 0), ("mixed.test", 7, 7), ("other.test", 1, 1)]
    assert rows(db, "SELECT DISTINCT status, run_id FROM record_results") == [("FAIL", 1)]
    assert rows(db, "SELECT COUNT(DISTINCT record_hash), COUNT(DISTINCT length(file_hash)) FROM record_results, "
                    "test_results") == [(8, 1)]
    # DuckDB (and Spark) read the very same files
    table = pq.read_table(record_store.run_file(record_store.records_dir(db), 1))
    assert table.num_rows == 8 and table.column_names == record_store.NAMES
    assert not (record_store.records_dir(db) / "run-1.parts").exists()  # folded into the run's file


def test_records_all_keeps_passing_and_skipped_records_with_timings(cli: CLI, tmp_path: Path) -> None:
    db = tmp_path / "r.sql"
    cli("run", _suite(tmp_path / "suite"), "--engine", "sqlite", "--db", db, "--records", "all")
    counts = rows(db, "SELECT status, COUNT(*), MIN(duration_ms >= 0) FROM record_results "
                      "WHERE file_path = 'mixed.test' GROUP BY status ORDER BY status")
    assert [row[:2] for row in counts] == [("FAIL", 7), ("PASS", 3), ("SKIP", 1)]
    assert counts[0][2] == 1 and counts[1][2] == 1
    cli("run", _suite(tmp_path / "again"), "--engine", "sqlite", "--db", db, "--records", "none")
    assert rows(db, "SELECT run_id, COUNT(*) FROM record_results GROUP BY run_id") == [(1, 14)]


def test_a_corrupt_or_missing_side_file_is_named_and_the_rest_loads(cli: CLI, tmp_path: Path) -> None:
    db = tmp_path / "r.sql"
    cli("run", _suite(tmp_path / "suite"), "--engine", "sqlite", "--db", db)
    side = record_store.run_file(record_store.records_dir(db), 1)
    side.write_bytes(b"not parquet at all")
    assert rows(db, "SELECT COUNT(*) FROM test_results") == [(3,)]  # loads: records are read only when asked
    failed = cli("query", "--db", db, "SELECT COUNT(*) FROM record_results")
    assert failed.code == 2 and str(side) in failed.err and "unreadable" in failed.err
    side.unlink()
    missing = cli("query", "--db", db, "SELECT COUNT(*) FROM record_results")
    assert missing.code == 2 and f"record file {side} is missing" in missing.err
    assert cli("query", "--db", db, "SELECT COUNT(*) FROM test_runs").code == 0


def test_a_query_for_one_run_reads_that_runs_file_alone(cli: CLI, tmp_path: Path) -> None:
    db = tmp_path / "r.sql"
    cli("run", _suite(tmp_path / "suite"), "--engine", "sqlite", "--db", db)
    cli("run", _suite(tmp_path / "again"), "--engine", "sqlite", "--db", db)
    record_store.run_file(record_store.records_dir(db), 1).write_bytes(b"not parquet at all")
    one = "SELECT COUNT(*) FROM record_results WHERE run_id = {} AND file_path = 'mixed.test'"
    assert rows(db, one.format(2)) == [(7,)]  # run 1's file, unreadable now, is never opened
    assert rows(db, one.format("'2'")) == rows(db, one.format("2.0")) == [(7,)]
    assert rows(db, one.format(3)) == [(0,)]
    assert rows(db, "SELECT COUNT(DISTINCT feature) > 0 FROM record_features WHERE run_id = 2") == [(1,)]
    failed = cli("query", "--db", db, "SELECT COUNT(*) FROM record_results WHERE run_id >= 2")
    assert failed.code == 2 and "run-1.parquet" in failed.err  # any other condition reads every run


def test_a_killed_run_keeps_the_records_of_finished_files(tmp_path: Path) -> None:
    suite = tmp_path / "suite"
    suite.mkdir()
    for index in range(6):
        (suite / f"slow{index}.test").write_text(f"statement ok\nSELECT sleep_ms(300)\n\n"
                                                 f"query I nosort\nSELECT {index}\n----\n{index + 1}\n")
    db = tmp_path / "r.sql"
    process = spawn_cli("run", suite, "--engine", SLEEPY, "--jobs", "1", "--db", db)
    deadline = time.monotonic() + 60
    while len(ResultsFile(db).pending()) < 3:  # the run's header and two files
        assert time.monotonic() < deadline, "the run did not record results in time"
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.communicate()
    kept = rows(db, "SELECT file_path, records_failed FROM test_results ORDER BY file_path")
    assert 2 <= len(kept) < 6
    assert rows(db, "SELECT file_path, COUNT(*) FROM record_results GROUP BY file_path ORDER BY file_path") == kept


def test_the_engine_refuses_to_write_the_external_table(tmp_path: Path) -> None:
    results = ResultsFile(tmp_path / "r.sql").fold()
    with pytest.raises(Exception, match="record_results may not be modified"):
        results.execute("INSERT INTO record_results (run_id) VALUES (1)")
    assert results.query("SELECT COUNT(*) FROM record_results")[1] == [(0,)]


def test_the_magics_dumps_see_record_results_and_plain_dumps_stay_as_they_were(cli: CLI, tmp_path: Path) -> None:
    db = tmp_path / "r.sql"
    cli("run", _suite(tmp_path / "suite"), "--engine", "sqlite", "--db", db)
    connection = EngineDumps().open(db)  # how %vibesql loads a dump
    assert connection.execute("SELECT COUNT(*) FROM record_results WHERE failure_class = 'wrong values'"
                              ).fetchall() == [(3,)]
    plain = tmp_path / "plain.sql"
    plain.write_text(db.read_text())
    with pytest.raises(Exception, match="no such table: record_results"):
        EngineDumps().open(plain).execute("SELECT * FROM record_results")


def test_parts_fold_into_a_run_file_that_holds_no_records_yet(tmp_path: Path) -> None:
    """A first fold of files that all passed leaves an empty run file; the next fold adds to it."""
    directory = tmp_path / "r.sql.records"
    record_store.write_part(directory, 1, "a.test", [])
    record_store.merge_parts(directory)
    failing = (1, "b.test", 3, "query", "FAIL", "SELECT 1", "1", "2", None, "wrong values", 0.5, "h")
    record_store.write_part(directory, 1, "b.test", [failing])
    record_store.merge_parts(directory)
    assert [tuple(row.values()) for row in pq.read_table(record_store.run_file(directory, 1)).to_pylist()] == [failing]


def test_each_tag_keeps_its_records_status_and_an_older_tag_cache_is_rebuilt(cli: CLI, tmp_path: Path) -> None:
    """record_features carries each tag's record status (the feature matrix counts from the tags alone); a
    dump's cached tags from before that (no status column) are tagged again, never read as NULL statuses."""
    db = tmp_path / "r.sql"
    cli("run", _suite(tmp_path / "suite"), "--engine", "sqlite", "--db", db, "--records", "all")
    joined = ("SELECT COUNT(*), SUM(CASE WHEN f.status = r.status THEN 1 ELSE 0 END), "
              "SUM(CASE WHEN f.status = 'FAIL' THEN 1 ELSE 0 END) FROM record_features f JOIN record_results r "
              "ON r.run_id = f.run_id AND r.file_path = f.file_path AND r.line = f.line")
    [(tags, agreeing, failing)] = rows(db, joined)
    assert tags == agreeing and failing > 0
    cache = record_store.records_dir(db) / "run-1.features.parquet"
    assert pq.read_schema(cache).names == [name for name, _ in record_store.FEATURE_COLUMNS]
    pq.write_table(pq.read_table(cache).drop_columns(["status"]), cache)  # as an older vibesql-slt cached them
    assert rows(db, joined) == [(tags, agreeing, failing)]
    assert "status" in pq.read_schema(cache).names
