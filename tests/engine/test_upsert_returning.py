"""SQLite 3.35+ DML, differentially against sqlite3: RETURNING, UPSERT (ON CONFLICT) and UPDATE ... FROM.

Each test runs the same statements on our engine and on sqlite3 and compares what the cursor
gives back (column names, typed rows, rowcount), the error class and message where sqlite3
raises, and afterwards every table; the tables must also survive ``save_dump`` and a reload.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_twin import Twin, same_result, typed

import engine


def same_error(twin: Twin, sql: str) -> None:
    """Both refuse the statement with the same error class and message."""
    twin.same_error(sql)


def same_tables(twin: Twin, tmp_path: Path | None = None) -> None:
    """Every table holds the same rows on both, and (given a directory) after a dump and reload.

    A dump keeps the rows in rowid order but, as SQLite's own .dump, not the rowids of a table
    without an INTEGER PRIMARY KEY, so the reloaded tables are compared without them."""
    names = [row[0] for row in twin.theirs.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    reloaded = None
    if tmp_path is not None:
        twin.ours.save_dump(tmp_path / "dump.sql")
        reloaded = engine.connect(tmp_path / "dump.sql")
    for name in names:
        for select in (f"SELECT rowid, * FROM {name} ORDER BY rowid", f"SELECT * FROM {name} ORDER BY rowid"):
            theirs = typed(twin.theirs.execute(select).fetchall())
            assert typed(twin.ours.execute(select).fetchall()) == theirs, name
        if reloaded is not None:
            assert typed(reloaded.execute(select).fetchall()) == theirs, name


# --- RETURNING ---------------------------------------------------------------------------------------------


def test_returning_names_rows_and_rowcount_on_insert_update_delete(tmp_path: Path) -> None:
    twin = Twin(["CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT, b INT DEFAULT 7)", "CREATE TABLE u(x, y)"])
    same_result(twin, "INSERT INTO t(a, b) VALUES ('p', 2), ('q', '4') "
                      "RETURNING *, a || 'x', rowid, b  AS  renamed, t.a, upper( a ), typeof(b)")
    same_result(twin, "INSERT INTO t(a) VALUES ('r') RETURNING id, b, 'lit', NULL, -id AS neg")
    same_result(twin, "INSERT INTO u VALUES (1, 2) RETURNING rowid, oid, _rowid_, *")
    same_result(twin, "INSERT INTO u SELECT id, a FROM t WHERE id > 1 RETURNING y, x")
    same_result(twin, "UPDATE t SET b = b * 10 WHERE id < 3 RETURNING b AS 'new b', id, (SELECT count(*) FROM u)")
    same_result(twin, "UPDATE t SET a = NULL WHERE id > 100 RETURNING *")
    same_result(twin, "DELETE FROM u WHERE x = 2 RETURNING *, x + y")
    same_result(twin, "DELETE FROM t WHERE id = ? RETURNING a, b", (3,))
    same_result(twin, "UPDATE t SET b = ? RETURNING b", (5,))
    same_tables(twin, tmp_path)


def test_returning_sees_the_row_before_after_triggers_and_subqueries_once(tmp_path: Path) -> None:
    """SQLite computes the list as each row is written, before its AFTER triggers run, and an uncorrelated
    subquery once, at the first row."""
    twin = Twin(["CREATE TABLE t(id INTEGER PRIMARY KEY, a, b DEFAULT 7)", "CREATE TABLE log(x)",
                 "CREATE TRIGGER ti AFTER INSERT ON t BEGIN UPDATE t SET b = b * 100 WHERE id = new.id; "
                 "INSERT INTO log VALUES (new.id); END",
                 "CREATE TRIGGER tu AFTER UPDATE ON t BEGIN INSERT INTO log VALUES ('u' || new.b); END",
                 "INSERT INTO t VALUES (1, 1, 1)"])
    same_result(twin, "INSERT INTO t(a) VALUES (5), (6) RETURNING *, (SELECT count(*) FROM log), "
                      "(SELECT count(*) FROM t)")
    same_result(twin, "UPDATE t SET a = a + 1 RETURNING *, (SELECT group_concat(x) FROM log), "
                      "(SELECT sum(b) FROM t), (SELECT count(*) FROM log WHERE x = t.id)")
    same_result(twin, "DELETE FROM t WHERE id >= 2 RETURNING *, (SELECT count(*) FROM t)")
    same_tables(twin, tmp_path)


def test_returning_after_foreign_key_actions() -> None:
    twin = Twin(["CREATE TABLE p(id INTEGER PRIMARY KEY)", "CREATE TABLE c(x REFERENCES p(id) ON DELETE CASCADE, y)",
                 "INSERT INTO p VALUES (1), (2)", "INSERT INTO c VALUES (1, 1), (2, 2), (2, 3)"])
    same_result(twin, "DELETE FROM p WHERE id = 2 RETURNING *, (SELECT count(*) FROM c)")
    same_error(twin, "INSERT INTO c VALUES (5, 5) RETURNING *")
    same_tables(twin)


@pytest.mark.parametrize("statement", [
    "INSERT INTO t VALUES (1, 1) RETURNING count(*)", "UPDATE t SET a = 1 RETURNING sum(a)",
    "INSERT INTO t VALUES (1, 1) RETURNING zz", "INSERT INTO t VALUES (1, 1) RETURNING t.*",
    "INSERT INTO t VALUES (1, 1) RETURNING s.a", "DELETE FROM t RETURNING x.a",
])
def test_returning_errors(statement: str) -> None:
    twin = Twin(["CREATE TABLE t(a, b)", "CREATE TABLE s(a)", "INSERT INTO t VALUES (0, 0)"])
    same_error(twin, statement)
    same_tables(twin)


def test_returning_is_refused_in_a_trigger_body() -> None:
    twin = Twin(["CREATE TABLE t(a)", "CREATE TABLE s(a)"])
    same_error(twin, "CREATE TRIGGER tr AFTER INSERT ON t BEGIN INSERT INTO s VALUES (1) RETURNING *; END")


def test_returning_in_transactions_and_savepoints(tmp_path: Path) -> None:
    twin = Twin(["CREATE TABLE t(id INTEGER PRIMARY KEY, a UNIQUE)", "INSERT INTO t VALUES (1, 1)"])
    twin.ours.commit()
    twin.theirs.commit()
    twin.both("BEGIN")
    same_result(twin, "INSERT INTO t(a) VALUES (2) RETURNING *")
    twin.both("SAVEPOINT s")
    same_result(twin, "UPDATE t SET a = a + 10 RETURNING *")
    twin.both("ROLLBACK TO s")
    same_error(twin, "INSERT INTO t(a) VALUES (3), (1) RETURNING *")
    same_result(twin, "DELETE FROM t WHERE a = 2 RETURNING a")
    twin.both("ROLLBACK")
    same_result(twin, "SELECT * FROM t")
    same_tables(twin, tmp_path)


def test_returning_rows_through_the_cursor() -> None:
    """fetchone/fetchmany/iteration and executemany behave as sqlite3's cursor does."""
    ours, theirs = engine.connect(None), sqlite3.connect(":memory:")
    for connection in (ours, theirs):
        connection.execute("CREATE TABLE t(a)")
    results = []
    for connection in (ours, theirs):
        cursor = connection.execute("INSERT INTO t VALUES (1), (2), (3) RETURNING a * 2 AS d")
        results.append((cursor.fetchone(), cursor.fetchmany(1), list(cursor), cursor.description[0][0]))
    assert results[0] == results[1]
    results = []
    for connection in (ours, theirs):
        cursor = connection.executemany("INSERT INTO t VALUES (?) RETURNING a", [(4,), (5,)])
        results.append((cursor.fetchall(), cursor.rowcount, connection.execute("SELECT * FROM t").fetchall()))
    assert results[0] == results[1]


@pytest.mark.parametrize(("statement", "construct"), [
    ("UPDATE t SET a = 5 LIMIT 1", "UPDATE ... LIMIT"),
    ("UPDATE t SET a = 5 ORDER BY a LIMIT 1", "UPDATE ... ORDER BY"),
    ("DELETE FROM t ORDER BY a LIMIT 1", "DELETE ... ORDER BY"), ("DELETE FROM t LIMIT 1", "DELETE ... LIMIT"),
])
def test_update_and_delete_limits_are_refused_not_ignored(statement: str, construct: str) -> None:
    """sqlite3 here is built with UPDATE/DELETE ... LIMIT; ours refuses the clause rather than change every row."""
    twin = Twin(["CREATE TABLE t(a)", "INSERT INTO t VALUES (1), (2)"])
    twin.theirs.execute(statement)
    with pytest.raises(engine.NotSupportedError, match=construct.replace(".", r"\.")):
        twin.ours.execute(statement)
    assert twin.ours.execute("SELECT * FROM t ORDER BY a").fetchall() == [(1,), (2,)]
