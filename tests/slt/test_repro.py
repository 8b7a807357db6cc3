"""repro: a failing record as a script that gives the expected answer in sqlite3 and the wrong one in the
failing engine; --minimize makes it smaller while the engine still disagrees with sqlite3."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from slt_support import CLI

from vibesql_magic.engines import open_engine, parse_engine
from vibesql_magic.records.render import render_rows
from vibesql_magic.records.repro import ReproError, build
from vibesql_magic.records.script import split_statements

WRONG = "slt_test_engines:off_by_one"
SCRIPT = """\
statement ok
CREATE TABLE t1(a INTEGER, b INTEGER)

statement ok
INSERT INTO t1 VALUES (0, 5), (1, 50), (2, 500), (3, 7), (1, 9)

onlyif mysql
statement ok
DROP TABLE t1

statement ok
CREATE TABLE t2(x TEXT)

statement ok
INSERT INTO t2 VALUES ('a'), ('b')

statement error
SELECT * FROM no_such_table

query I nosort
SELECT count(*) FROM t2
----
2

skipif postgresql
query I nosort
SELECT b FROM t1 WHERE a > 1 AND b < 100 ORDER BY b
----
7
"""
RECORD_LINE = 25  # the skipif line; the query itself is on line 26


def _suite(tmp_path: Path) -> Path:
    path = tmp_path / "test" / "cases" / "wrong.test"
    path.parent.mkdir(parents=True)
    path.write_text(SCRIPT)
    return path


def _last_values(script: str, connection: object) -> list[str]:
    cursor = connection.cursor()  # type: ignore[attr-defined]
    rows: list = []
    for statement in split_statements(script):
        cursor.execute(statement)
        if cursor.description is not None:  # the query; the comments after it run as nothing
            rows = cursor.fetchall()
    return render_rows(rows, "I")


def test_the_script_gives_the_expected_answer_in_sqlite3_and_the_actual_in_the_engine(
        cli: CLI, tmp_path: Path) -> None:
    path = _suite(tmp_path)
    db = tmp_path / "r.sql"
    assert cli("run", path, "--engine", WRONG, "--as", "sqlite", "--db", db).code == 1
    out = tmp_path / "repro.sql"
    made = cli("repro", f"{path}:{RECORD_LINE}", "--db", db, "--run", "1", "-o", out)
    assert made.code == 0, made.err
    script = out.read_text()
    assert "DROP TABLE" not in script and "no_such_table" not in script and "count(*)" not in script
    assert "-- expected:\n--   7\n-- actual:\n--   7\n--   9\n--   50\n--   expected 1 values, got 3" in script
    assert _last_values(script, sqlite3.connect(":memory:")) == ["7"]
    assert _last_values(script, open_engine(parse_engine(WRONG)).connect()) == ["7", "9", "50"]


def test_minimize_gives_a_smaller_case_that_still_fails(cli: CLI, tmp_path: Path) -> None:
    path = _suite(tmp_path)
    full = build(path, RECORD_LINE, "sqlite")
    made = cli("repro", f"{path}:{RECORD_LINE}", "--engine", WRONG, "--as", "sqlite", "--minimize")
    assert made.code == 0, made.err
    assert "removed 2 of 4 setup statements, 4 inserted rows and 2 query parts" in made.err
    script = made.out
    assert "t2" not in script and "ORDER BY" not in script and "b < 100" not in script
    assert script.count("(") == 3  # CREATE TABLE t1(...) and one inserted row, which has a = 1
    assert len(script) < len(full.script())
    wrong = _last_values(script, open_engine(parse_engine(WRONG)).connect())
    assert wrong != _last_values(script, sqlite3.connect(":memory:"))


def test_records_that_cannot_be_reproduced_say_why(cli: CLI, tmp_path: Path) -> None:
    path = _suite(tmp_path)
    with pytest.raises(ReproError, match="no record starts at"):
        build(path, 3, "sqlite")
    with pytest.raises(ReproError, match="does not run under engine name 'postgresql'"):
        build(path, RECORD_LINE, "postgresql")
    agreeing = cli("repro", f"{path}:20", "--engine", "sqlite", "--minimize")
    assert agreeing.code == 2 and "sqlite agrees with sqlite3; nothing to minimize" in agreeing.err
