"""Each named engine through the runner: a fresh database per file, its version, its dialect, its failures."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from engines_support import CASES, clusters, missing
from slt_support import CLI, rows

from vibesql_magic.engines import ENGINE_NAMES, SQLITE_FAMILY, EngineError, open_engine, parse_engine
from vibesql_magic.engines.spec import EngineMissing, require
from vibesql_magic.engines.wrappers import DatabaseError, arrow_rows
from vibesql_magic.slt.runner import check_file
from vibesql_magic.slt.suite import FileTask

RUNNABLE = [name for name in ENGINE_NAMES if name != "glaredb"]


def test_every_engine_answers_to_its_own_dialect_unless_told() -> None:
    dialects = {name: parse_engine(name).dialect for name in ENGINE_NAMES}
    assert dialects == {"vibesql": "sqlite", "sqlite": "sqlite", "apsw": "sqlite", "libsql": "sqlite",
                        "turso": "sqlite", "limbo": "sqlite", "duckdb": "duckdb", "chdb": "chdb",
                        "datafusion": "datafusion", "glaredb": "glaredb", "postgres": "postgresql"}
    assert set(SQLITE_FAMILY) == {"vibesql", "sqlite", "apsw", "libsql", "turso", "limbo"}
    assert parse_engine("duckdb", "SQLite").dialect == "sqlite"
    assert parse_engine("slt_test_engines:crashing").dialect == "slt_test_engines"
    with pytest.raises(EngineError, match="unknown engine 'mysql': use vibesql, sqlite, apsw, "):
        parse_engine("mysql")


@pytest.mark.parametrize("engine", RUNNABLE)
def test_each_engine_runs_files_on_fresh_databases(engine: str, cli: CLI, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  request: pytest.FixtureRequest) -> None:
    reason = missing(engine)
    if reason is not None:
        pytest.skip(reason)
    db = tmp_path / "r.sql"
    # A temporary folder of its own, so other processes' clusters are not taken for this run's (beside the
    # system's: PostgreSQL's server user must be able to reach it, which pytest's 0700 folders forbid).
    private = Path(tempfile.mkdtemp(prefix="vibesql-test-tmp-"))
    private.chmod(0o755)
    request.addfinalizer(lambda: shutil.rmtree(private, ignore_errors=True))
    monkeypatch.setenv("TMPDIR", str(private))
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    before = clusters()
    # Both files create t1: the second sees no table of the first's (a fresh database per file).
    outcome = cli("run", CASES / "portable.test", CASES / "failing.test", "--engine", engine, "--jobs", "1",
                  "--db", db)
    assert outcome.code == 1, outcome.err  # failing.test fails
    assert clusters() == before  # PostgreSQL's cluster is gone with the run
    dialect = "postgresql" if engine == "postgres" else parse_engine(engine).dialect
    [(name, version, recorded_dialect)] = rows(db, "SELECT engine, engine_version, dialect FROM test_runs")
    assert (name, recorded_dialect) == (engine, dialect) and version
    results = rows(db, "SELECT file_path, status, records_total, records_passed, records_failed, "
                       "records_skipped, error_message FROM test_results ORDER BY file_path")
    assert results[1] == ("portable.test", "PASS", 10, 9, 0, 1, None)
    path, status, total, passed, failed, skipped, message = results[0]
    assert (path, status, total, passed, failed, skipped) == ("failing.test", "FAIL", 3, 1, 2, 0)
    first, second = str(message).split("\n")
    assert first.startswith("line 6: statement failed: ") and "no_such_table" in first.lower()
    assert second == "line 9: query result mismatch: value 1: expected '2', got '1'"


# Limbo, Turso's earlier name, panics on ROLLBACK ("Failed to clear page cache: Dirty"): its own bug.
@pytest.mark.parametrize("engine", [name for name in SQLITE_FAMILY if name != "limbo"])
def test_sqlite_family_connections_commit_each_statement_so_a_files_own_begin_works(engine: str) -> None:
    if missing(engine):
        pytest.skip(missing(engine))
    outcome = check_file(FileTask(CASES / "transactions.test", "transactions.test"), parse_engine(engine), 60)
    assert (outcome.status, outcome.records_passed, outcome.error) == ("PASS", 6, None)


def test_limbo_panics_are_errors_with_the_signal_and_the_record(cli: CLI, tmp_path: Path) -> None:
    if missing("limbo"):
        pytest.skip(missing("limbo"))
    db = tmp_path / "r.sql"
    outcome = cli("run", CASES / "limbo_panic.test", CASES / "portable.test", "--engine", "limbo", "--jobs", "1",
                  "--db", db, "--exit-zero")
    assert outcome.code == 0, outcome.err
    [(status, message), after] = rows(db, "SELECT status, error_message FROM test_results ORDER BY file_path")
    assert status == "ERROR" and after == ("PASS", None)
    assert str(message).startswith("line 6: worker process died (signal SIGABRT): thread ")
    assert "panicked at" in str(message)


def test_glaredb_is_left_out_and_says_why(cli: CLI, tmp_path: Path) -> None:
    outcome = cli("run", CASES / "portable.test", "--engine", "glaredb", "--db", tmp_path / "r.sql")
    assert outcome.code == 2
    assert outcome.err.count("\n") == 1
    assert "engine glaredb is left out: " in outcome.err and "printed tables" in outcome.err


def test_a_missing_package_names_its_pip_install(cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                 ) -> None:
    shadow = tmp_path / "shadow" / "apsw"
    shadow.mkdir(parents=True)  # what a worker finds first (workers get our sys.path): an apsw that is not there
    (shadow / "__init__.py").write_text("raise ModuleNotFoundError(\"No module named 'apsw'\", name='apsw')\n")
    monkeypatch.syspath_prepend(str(shadow.parent))
    outcome = cli("run", CASES / "portable.test", "--engine", "apsw", "--db", tmp_path / "r.sql")
    assert outcome.code == 2
    assert outcome.err == ("vibesql-slt: error: engine apsw needs the apsw package: pip install 'apsw' "
                           "(or pip install 'vibesql-magic[engines]')\n")
    with pytest.raises(EngineMissing, match=r"pip install 'no-such-engine'"):
        require("no_such_engine_module", "no-such-engine", "example")


@pytest.mark.parametrize("engine", ["libsql", "datafusion"])
def test_wrapped_engines_raise_database_errors(engine: str) -> None:
    if missing(engine):
        pytest.skip(missing(engine))
    connection = open_engine(parse_engine(engine)).connect()
    cursor = connection.cursor()
    with pytest.raises(DatabaseError, match="no_such_table"):
        cursor.execute("SELECT * FROM no_such_table")
    cursor.execute("CREATE TABLE t1(a INTEGER)")
    assert cursor.description is None
    cursor.execute("SELECT 7 AS a, NULL AS b")
    assert [entry[0] for entry in cursor.description] == ["a", "b"] and cursor.fetchall() == [(7, None)]
    connection.close()


def test_arrow_results_keep_columns_of_one_name_apart() -> None:
    pyarrow = pytest.importorskip("pyarrow")
    table = pyarrow.table([pyarrow.array([1, 2]), pyarrow.array(["x", None])], names=["a", "a"])
    description, values = arrow_rows(table)
    assert [entry[0] for entry in description] == ["a", "a"] and values == [(1, "x"), (2, None)]
    assert arrow_rows(pyarrow.table({})) == (None, [])


def test_apsw_describes_a_query_that_returned_no_rows() -> None:
    if missing("apsw"):
        pytest.skip(missing("apsw"))
    cursor = open_engine(parse_engine("apsw")).connect().cursor()
    cursor.execute("CREATE TABLE t1(a INTEGER, b TEXT)")
    assert cursor.description is None
    cursor.execute("SELECT a, b FROM t1")
    assert [entry[0] for entry in cursor.description] == ["a", "b"] and cursor.fetchall() == []
