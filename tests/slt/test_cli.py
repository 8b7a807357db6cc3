"""The vibesql-slt command line: run, test, the reports, and its exit codes."""

from __future__ import annotations

import io
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from slt_support import CASES, CLI, rows

from vibesql_magic.slt.executor import FileOutcome
from vibesql_magic.slt.progress import PlainProgress
from vibesql_magic.slt.store import PASS
from vibesql_magic.slt.suite import FileTask, discover

PASSING = CASES / "passing"
FAILING = CASES / "failing"
PASSING_FILES = len(list(PASSING.glob("*.test")))


def test_run_records_every_file_and_the_run(cli: CLI, tmp_path: Path) -> None:
    db = tmp_path / "results.sql"
    outcome = cli("run", PASSING, "--engine", "sqlite", "--jobs", "2", "--db", db, "--label", "mine")
    assert outcome.code == 0, outcome.err
    assert f"{PASSING_FILES} files" in outcome.out and "100.0% pass" in outcome.out
    assert db.exists() and not Path(f"{db}.journal").exists()
    run = rows(db, "SELECT run_id, engine, engine_version, total_files, passed, failed, untested, label, "
                   "host, completed_at FROM test_runs")
    assert run[0][:8] == (1, "sqlite", sqlite3.sqlite_version, PASSING_FILES, PASSING_FILES, 0, 0, "mine")
    assert run[0][8] and run[0][9]
    files = rows(db, "SELECT file_path, category, subcategory, status FROM test_files ORDER BY file_path")
    assert [row[0] for row in files] == sorted(path.name for path in PASSING.glob("*.test"))
    assert ("hashing.test", "hashing", "root", "PASS") in files
    counts = rows(db, "SELECT records_total, records_passed, records_failed, records_skipped, duration_ms "
                      "FROM test_results WHERE file_path = 'guards.test'")
    assert counts[0][:4] == (7, 5, 0, 2) and counts[0][4] >= 0


def test_run_on_our_engine(cli: CLI, tmp_path: Path) -> None:
    outcome = cli("run", PASSING, "--engine", "vibesql", "--db", tmp_path / "r.sql")
    assert outcome.code == 0 and "100.0% pass" in outcome.out, outcome.out


def test_reports_over_two_runs(cli: CLI, tmp_path: Path) -> None:
    suite = tmp_path / "suite"
    shutil.copytree(PASSING, suite)
    shutil.copytree(FAILING, suite / "failing")
    db = tmp_path / "results.sql"
    assert cli("run", suite, "--engine", "sqlite", "--db", db, "--root", suite).code == 1  # every_failure.test fails
    # guards.test gains a failing record: a regression of the same engine under the same name.
    guards = suite / "guards.test"
    guards.write_text(guards.read_text() + "\nquery I nosort\nSELECT 1\n----\n2\n")
    assert cli("run", suite, "--engine", "sqlite", "--db", db, "--root", suite, "--exit-zero").code == 0

    status = cli("status", "--db", db)
    assert status.code == 0
    assert "Recent runs" in status.out and "Run 2 by category" in status.out

    analysis = cli("analyze", "--db", db, "--run", "1")
    assert analysis.code == 0
    assert "statement failed: no such table" in analysis.out
    assert "label mismatch" in analysis.out and "every_failure.test: line " in analysis.out

    regressions = cli("regressions", "--db", db)
    assert regressions.code == 1
    assert "guards.test" in regressions.out.split("Fixes")[0]
    fixes = cli("regressions", "--db", db, "--base", "2", "--head", "1")
    assert fixes.code == 0
    assert "guards.test" in fixes.out.split("Fixes")[1]

    query = cli("query", "--db", db, "SELECT run_id, COUNT(*) AS files FROM test_results GROUP BY run_id")
    assert query.code == 0
    assert query.out.split("\n")[0].split() == ["run_id", "files"]
    assert query.out.split("\n")[2].split() == ["1", str(PASSING_FILES + 1)]


def test_runs_under_different_names_are_not_compared(cli: CLI, tmp_path: Path) -> None:
    db = tmp_path / "results.sql"
    assert cli("run", PASSING, "--engine", "sqlite", "--db", db).code == 0
    # As "mysql", guards.test takes MySQL's branches and fails: not a regression, other records ran.
    assert cli("run", PASSING, "--engine", "sqlite", "--as", "mysql", "--db", db, "--exit-zero").code == 0
    assert rows(db, "SELECT run_id, engine, dialect FROM test_runs ORDER BY run_id") == [
        (1, "sqlite", "sqlite"), (2, "sqlite", "mysql")]
    assert "sqlite  mysql" in cli("status", "--db", db).out

    default = cli("regressions", "--db", db)
    assert default.code == 2
    assert "no earlier run of engine sqlite as mysql to compare run 2 with" in default.err
    explicit = cli("regressions", "--db", db, "--base", "1", "--head", "2")
    assert explicit.code == 2
    assert "different skipif/onlyif names ran different records: run 1 as sqlite, run 2 as mysql" in explicit.err


def test_fail_under(cli: CLI, tmp_path: Path) -> None:
    outcome = cli("run", FAILING, "--engine", "sqlite", "--db", tmp_path / "r.sql", "--fail-under", "50")
    assert outcome.code == 1
    assert "pass rate 0.0% is under 50%" in outcome.err
    both = cli("run", PASSING, FAILING, "--engine", "sqlite", "--db", tmp_path / "r.sql", "--fail-under", "50")
    assert both.code == 0, both.err  # the threshold decides, not the one failing file


def test_a_run_with_a_failing_file_exits_1_unless_exit_zero(cli: CLI, tmp_path: Path) -> None:
    db = tmp_path / "r.sql"
    failing = cli("run", PASSING, FAILING, "--engine", "sqlite", "--db", db)
    assert failing.code == 1
    assert failing.err == ("1 file did not pass (1 FAIL); exit status 1 (--exit-zero records a run without "
                           "failing)\n")
    recorded = cli("run", PASSING, FAILING, "--engine", "sqlite", "--db", db, "--exit-zero")
    assert recorded.code == 0 and recorded.err == ""
    assert rows(db, "SELECT run_id, failed FROM test_runs ORDER BY run_id") == [(1, 1), (2, 1)]


def test_text_that_is_not_a_script_is_an_error_that_says_so(cli: CLI, tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# A project\n\nRun it with care.\n\n- one\n- two\n")
    comments = tmp_path / "empty.test"
    comments.write_text("# only a comment\n\nhash-threshold 8\n")
    db = tmp_path / "r.sql"
    outcome = cli("run", readme, comments, "--engine", "sqlite", "--db", db, "--root", tmp_path)
    assert outcome.code == 1 and "2 ERROR" in outcome.out
    assert rows(db, "SELECT file_path, status, error_message, records_total FROM test_results ORDER BY 1") == [
        ("README.md", "ERROR", "not a SQLLogicTest script: no statement or query records; "
                               "line 3: unknown record type: 'Run'", 0),
        ("empty.test", "ERROR", "no SQLLogicTest records in the file (no statement or query)", 0)]


def test_without_a_results_database_the_error_names_db_and_the_bundled_dump(
        cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for command in ("status", "analyze", "regressions"):
        outcome = cli(command)
        assert outcome.code == 2
        [line] = outcome.err.splitlines()
        assert line.startswith("vibesql-slt: error: no results database at conformance.sql; "
                               "name one with --db PATH (the bundled results: --db ")
        assert line.endswith("notebooks/data/conformance.sql)")


def test_test_command_shows_each_failure_as_a_diff(cli: CLI, tmp_path: Path) -> None:
    outcome = cli("test", FAILING / "every_failure.test", "--engine", "sqlite", "--db", tmp_path / "none.sql")
    assert outcome.code == 1
    out = outcome.out
    assert "line 36: query result mismatch: expected 2 values, got 3" in out
    assert "    SELECT a FROM t ORDER BY a" in out
    assert "  rows: 2 expected (listed in the file), 3 actual: 0 missing, 1 extra, 0 changed" in out
    assert "  + actual row 2: 2" in out
    assert "  --- expected" in out and "  -1" in out  # a query that failed midway: its rows as a plain diff
    assert ("over hash-threshold 2)\n    SELECT a FROM t\n  rows: 3 expected (listed in the file), 3 actual: "
            "0 missing, 0 extra, 0 changed\n  no row differs") in out
    assert "every_failure.test: FAIL:" in out
    passing = cli("test", PASSING / "queries.test", "--engine", "sqlite", "--db", tmp_path / "none.sql")
    assert passing.code == 0 and "queries.test: PASS" in passing.out


@pytest.mark.parametrize(("args", "message"), [
    (["run", "no/such/dir", "--engine", "sqlite"], "no such file or directory: no/such/dir"),
    (["run", PASSING, "--engine", "nonsense"], "unknown engine 'nonsense'"),
    (["run", PASSING, "--engine", "no_such_module:connect"], "cannot load no_such_module:connect"),
    (["run", PASSING, "--jobs", "0"], "must be positive"),
    (["run"], "the following arguments are required"),
    (["frobnicate"], "invalid choice"),
    (["status"], "no results database at"),
    (["import", "missing.json"], "no such file"),
])
def test_usage_errors_exit_2_with_one_line(cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           args: list[object], message: str) -> None:
    monkeypatch.chdir(tmp_path)
    outcome = cli(*args)
    assert outcome.code == 2
    assert outcome.err.startswith("vibesql-slt: error: ") and outcome.err.count("\n") == 1
    assert message in outcome.err
    assert outcome.out == ""


def test_results_file_that_is_not_a_dump_exits_2(cli: CLI, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sql"
    bogus.write_text("this is not ( a dump\n")
    for args in (["status"], ["run", PASSING, "--engine", "sqlite"]):
        outcome = cli(*args, "--db", bogus)
        assert outcome.code == 2
        assert outcome.err.startswith(f"vibesql-slt: error: {bogus} is not a results dump")
    assert bogus.read_text() == "this is not ( a dump\n"


def test_bad_run_references_exit_2(cli: CLI, tmp_path: Path) -> None:
    db = tmp_path / "r.sql"
    assert cli("run", PASSING / "queries.test", "--engine", "sqlite", "--db", db).code == 0
    for args, message in ((["regressions", "--base", "9"], "no run 9"),
                          (["regressions"], "no earlier run of engine sqlite"),
                          (["run", PASSING, "--engine", "sqlite", "--resume", "42"], "no run 42"),
                          (["run", PASSING, "--engine", "sqlite", "--resume", "1"], "run 1 is complete"),
                          (["query", "SELEC nonsense"], "syntax error")):
        outcome = cli(*args, "--db", db)
        assert outcome.code == 2, args
        assert message in outcome.err and outcome.err.count("\n") == 1


def test_without_a_terminal_progress_is_a_plain_line_every_interval(tmp_path: Path) -> None:
    script = tmp_path / "one.test"
    script.write_text("statement ok\nSELECT 1\n")
    stream = io.StringIO()
    progress = PlainProgress(discover([script], tmp_path), stream=stream, interval=0.05)
    time.sleep(0.3)
    progress.advance(FileTask(script, "one.test"), FileOutcome(PASS, records_total=1, records_passed=1))
    time.sleep(0.3)
    progress.close()
    lines = stream.getvalue().splitlines()
    assert len(lines) >= 4  # while nothing finished, too
    assert lines[0].startswith("vibesql-slt: files 0/1, 0 records, 0.0% pass, 0% of the script bytes, 0:00 elapsed")
    assert lines[-1].startswith("vibesql-slt: files 1/1, 1 records, 100.0% pass, 100% of the script bytes")
    assert "\r" not in stream.getvalue()
