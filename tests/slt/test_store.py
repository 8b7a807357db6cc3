"""The results database: migrations of older dumps, idempotent journal folding, current file status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from slt_support import CASES, CLI, rows

from vibesql_magic.dumpfiles import EngineDumps
from vibesql_magic.slt.journal import ResultsFile
from vibesql_magic.slt.store import SCHEMA_VERSION, ResultsStore, categorize

# A dump as VibeSQL writes it: the three base tables, no constraints but NOT NULL, no extensions.
VIBESQL_DUMP = """-- VibeSQL Database Dump
-- Generated: 2025-11-19 08:34:36.842944 UTC
--

-- Tables and Data
CREATE TABLE test_files (file_path VARCHAR(500) NOT NULL, category VARCHAR(50) NOT NULL, \
subcategory VARCHAR(50), status VARCHAR(20) NOT NULL, last_tested TIMESTAMP, last_passed TIMESTAMP);

INSERT INTO test_files VALUES ('select1.test', 'select', 'root', 'PASS', \
TIMESTAMP '2025-11-19 08:34:36.842944', TIMESTAMP '2025-11-19 08:34:36.842944');
INSERT INTO test_files VALUES ('queries.test', 'queries', 'root', 'FAIL', \
TIMESTAMP '2025-11-19 08:34:36.842944', NULL);

CREATE TABLE test_runs (run_id INTEGER NOT NULL, started_at TIMESTAMP NOT NULL, completed_at TIMESTAMP, \
total_files INTEGER, passed INTEGER, failed INTEGER, untested INTEGER, git_commit VARCHAR(40), \
ci_run_id VARCHAR(100));

INSERT INTO test_runs VALUES (7, TIMESTAMP '2025-11-19 08:30:00', TIMESTAMP '2025-11-19 08:34:36.842944', \
623, 1, 1, 621, 'abc123', NULL);

CREATE TABLE test_results (result_id INTEGER NOT NULL, run_id INTEGER NOT NULL, \
file_path VARCHAR(500) NOT NULL, status VARCHAR(20) NOT NULL, tested_at TIMESTAMP NOT NULL, \
duration_ms INTEGER, error_message VARCHAR(2000));

INSERT INTO test_results VALUES (1, 7, 'select1.test', 'PASS', TIMESTAMP '2025-11-19 08:34:36.842944', \
120, NULL);
INSERT INTO test_results VALUES (2, 7, 'queries.test', 'FAIL', TIMESTAMP '2025-11-19 08:34:36.842944', \
80, 'it''s -- broken');

-- Indexes
CREATE UNIQUE INDEX pk_test_files ON test_files (file_path Ascending);

-- End of dump
"""


def write_vibesql_dump(path: Path) -> None:
    path.write_text(VIBESQL_DUMP)


def test_an_old_dump_is_upgraded_when_written_and_loses_nothing(cli: CLI, tmp_path: Path) -> None:
    db = tmp_path / "old.sql"
    write_vibesql_dump(db)
    before = db.read_text()
    store = ResultsFile(db).open()
    assert store.schema_version() == SCHEMA_VERSION  # upgraded in memory for reading...
    assert cli("status", "--db", db).code == 0
    assert db.read_text() == before  # ...but a read does not rewrite the file

    assert cli("run", CASES / "passing" / "queries.test", "--engine", "sqlite", "--db", db,
               "--commit", "feedbeef", "--branch", "main").code == 0
    reloaded = EngineDumps().open(db)
    upgraded = ResultsStore(reloaded)
    assert upgraded.schema_version() == SCHEMA_VERSION
    assert {"engine", "engine_version", "branch_name", "host", "label"} <= set(upgraded.columns("test_runs"))
    assert {"records_total", "records_passed", "records_failed", "records_skipped"} <= set(
        upgraded.columns("test_results"))
    assert rows(db, "SELECT run_id, git_commit, branch_name, total_files, engine, dialect FROM test_runs "
                    "ORDER BY run_id") == [(7, "abc123", None, 623, None, None),  # its name is not known
                                           (8, "feedbeef", "main", 1, "sqlite", "sqlite")]
    assert rows(db, "SELECT version FROM schema_version ORDER BY version") == [(1,), (2,), (3,), (4,), (5,), (6,), (7,)]
    assert {"file_hash"} <= set(upgraded.columns("test_results")) and "records" in upgraded.columns("test_runs")
    assert rows(db, "SELECT result_id, file_path, status, error_message FROM test_results "
                    "ORDER BY result_id") == [
        (1, "select1.test", "PASS", None), (2, "queries.test", "FAIL", "it's -- broken"),
        (3, "queries.test", "PASS", None)]
    files = rows(db, "SELECT file_path, status, last_passed IS NOT NULL FROM test_files ORDER BY file_path")
    assert files == [("queries.test", "PASS", 1), ("select1.test", "PASS", 1)]


def entries(run_id: int = 1) -> list[dict[str, object]]:
    return [
        {"kind": "run", "run_id": run_id, "started_at": "2025-01-01 10:00:00.000000", "total_files": 3,
         "engine": "sqlite"},
        {"kind": "result", "run_id": run_id, "file_path": "a/x/one.test", "status": "PASS",
         "tested_at": "2025-01-01 10:00:01.000000", "duration_ms": 5, "records_total": 4},
        {"kind": "result", "run_id": run_id, "file_path": "two.test", "status": "TIMEOUT",
         "tested_at": "2025-01-01 10:00:02.000000", "error_message": "timed out after 1 s"},
        {"kind": "end", "run_id": run_id, "completed_at": "2025-01-01 10:00:03.000000"},
    ]


@pytest.fixture
def store() -> ResultsStore:
    store = ResultsStore(EngineDumps().open(None))
    store.migrate()
    return store


def test_applying_entries_twice_changes_nothing(store: ResultsStore) -> None:
    store.apply(entries())
    snapshot = [store.query(f"SELECT * FROM {table} ORDER BY 1")[1]
                for table in ("test_runs", "test_results", "test_files")]
    store.apply(entries())  # a journal folded again after a crash between save and clear
    assert [store.query(f"SELECT * FROM {table} ORDER BY 1")[1]
            for table in ("test_runs", "test_results", "test_files")] == snapshot
    assert store.query("SELECT total_files, passed, failed, untested, completed_at FROM test_runs")[1] == [
        (3, 1, 1, 1, "2025-01-01 10:00:03.000000")]
    assert store.query("SELECT file_path, category, subcategory FROM test_files ORDER BY 1")[1] == [
        ("a/x/one.test", "a", "x"), ("two.test", "two", "root")]


def test_an_older_result_never_hides_a_newer_status(store: ResultsStore) -> None:
    store.apply(entries(1))
    history = entries(2)
    for entry in history:
        for key in ("started_at", "tested_at", "completed_at"):
            if key in entry:
                entry[key] = str(entry[key]).replace("2025", "2020")
    history[1]["status"] = "FAIL"
    history[2]["status"] = "PASS"
    store.apply(history)
    files = store.query("SELECT file_path, status, last_tested, last_passed FROM test_files ORDER BY 1")[1]
    assert files == [
        ("a/x/one.test", "PASS", "2025-01-01 10:00:01.000000", "2025-01-01 10:00:01.000000"),
        ("two.test", "TIMEOUT", "2025-01-01 10:00:02.000000", "2020-01-01 10:00:02.000000")]


def test_a_torn_journal_line_is_ignored(tmp_path: Path) -> None:
    results = ResultsFile(tmp_path / "r.sql")
    results.append(entries()[:2])
    with open(results.journal_path, "a") as journal:
        journal.write(json.dumps(entries()[2])[:25])  # the write a kill cut short
    assert [entry["kind"] for entry in results.pending()] == ["run", "result"]
    store = results.open()
    assert store.query("SELECT file_path FROM test_results")[1] == [("a/x/one.test",)]
    assert not results.journal_path.exists()


@pytest.mark.parametrize(("path", "category", "subcategory"), [
    ("select1.test", "select", "root"), ("evidence/in1.test", "evidence", "in"),
    ("index/between/1/slt_good_0.test", "index", "between"),
    ("random/expr/slt_good_1.test", "random", "expr"),
])
def test_categories(path: str, category: str, subcategory: str) -> None:
    assert categorize(path) == (category, subcategory)
