"""Trigger programs against sqlite3: RAISE(), the order triggers fire in, what NEW and OLD compare as.

RAISE(ABORT | FAIL | ROLLBACK, message) fails the statement with the message as a constraint error
(FAIL keeps its earlier rows, ROLLBACK ends the transaction); RAISE(IGNORE) ends the trigger program and
abandons the change of the row that fired it; outside a trigger program RAISE is an error. SQLite fires
the triggers of one event newest first. NEW.x and OLD.x keep their column's collation but not its
affinity: in a TEXT column's trigger, new.c = 5 is false for the text '5'; the rowid alias's has INTEGER.
NEW.rowid reads the rowid, and a row the event has not (OLD in an INSERT trigger) is no column.
"""

from __future__ import annotations

import pytest
from sqlite_twin import Twin, same_answer

import engine

COUNTS = "SELECT changes(), total_changes()"

SETUP = [
    "CREATE TABLE t(a)",
    "CREATE TABLE log(x)",
    "CREATE TRIGGER d BEFORE INSERT ON t WHEN new.a < 0 BEGIN SELECT RAISE(abort, \"negative\"); END",
    "CREATE TRIGGER e BEFORE INSERT ON t BEGIN SELECT RAISE(IGNORE) WHERE new.a = 0; END",
    "CREATE TRIGGER f AFTER INSERT ON t BEGIN SELECT CASE WHEN new.a > 100 THEN RAISE(FAIL, 'too big') END; END",
    "CREATE TRIGGER g BEFORE INSERT ON t WHEN new.a = 50 BEGIN SELECT RAISE(ROLLBACK, rolled); END",
    "CREATE TABLE u(a)",
    "CREATE TRIGGER ud BEFORE DELETE ON u BEGIN SELECT RAISE(IGNORE) WHERE old.a % 2 = 0; END",
    "CREATE TRIGGER uu BEFORE UPDATE ON u BEGIN SELECT RAISE(IGNORE) WHERE old.a = 1; END",
    "CREATE TRIGGER ua AFTER UPDATE ON u BEGIN INSERT INTO log VALUES (new.a); END",
    "CREATE TABLE w(a)",
    "CREATE TRIGGER wa AFTER INSERT ON w BEGIN INSERT INTO log VALUES (new.a); SELECT RAISE(IGNORE);"
    " INSERT INTO log VALUES (-new.a); END",
    "CREATE TRIGGER wb AFTER INSERT ON w BEGIN INSERT INTO t VALUES (new.a * 7); END",
]

STATEMENTS = [
    "INSERT INTO t VALUES (1), (0), (2)",
    "INSERT INTO t VALUES (-1)",
    "INSERT INTO t VALUES (3), (200), (4)",
    "INSERT INTO t VALUES (5)",
    "INSERT INTO t VALUES (50)",
    "INSERT INTO u VALUES (1), (2), (3), (4)",
    "UPDATE u SET a = a + 10",
    "DELETE FROM u",
    "INSERT INTO w VALUES (1)",
    "INSERT INTO w VALUES (1000)",
]


def test_raise_in_triggers_matches_sqlite_statement_by_statement() -> None:
    twin = Twin(SETUP)
    for statement in STATEMENTS:
        twin.same_outcome(statement)
        for table in ("t", "u", "w", "log"):
            twin.same(f"SELECT * FROM {table} ORDER BY rowid")
        twin.same(COUNTS)
        assert twin.ours.in_transaction == twin.theirs.in_transaction, statement


@pytest.mark.parametrize(("statement", "message"), [
    ("INSERT INTO t VALUES (-1)", "negative"),
    ("INSERT INTO t VALUES (200)", "too big"),
    ("INSERT INTO t VALUES (50)", "rolled"),
])
def test_raise_fails_with_its_message_as_an_integrity_error(statement: str, message: str) -> None:
    twin = Twin(SETUP)
    assert twin.both_fail(statement, engine.IntegrityError) == message


@pytest.mark.parametrize("body", [
    "SELECT RAISE(ABORT, 'a' || 'b')",
    "SELECT RAISE(ABORT)",
    "SELECT RAISE(IGNORE, 'x')",
    "SELECT RAISE(WHAT, 'x')",
    "SELECT RAISE('ABORT', 'x')",
    "SELECT RAISE(FAIL, 1)",
])
def test_raise_follows_sqlites_grammar(body: str) -> None:
    twin = Twin(SETUP)
    sql = f"CREATE TRIGGER bad BEFORE INSERT ON t BEGIN {body}; END"
    twin.same_error(sql)


@pytest.mark.parametrize("sql", ["SELECT RAISE(ABORT, 'x')", "SELECT RAISE(IGNORE) FROM t",
                                 "UPDATE t SET a = RAISE(FAIL, 'no')"])
def test_raise_outside_a_trigger_program_is_refused(sql: str) -> None:
    twin = Twin(SETUP)
    assert twin.both_fail(sql) == "RAISE() may only be used within a trigger-program"


def test_triggers_of_one_event_fire_newest_first() -> None:
    twin = Twin(["CREATE TABLE t(a)", "CREATE TABLE log(x)"])
    for timing, name in (("AFTER", "a1"), ("AFTER", "a2"), ("BEFORE", "b1"), ("AFTER", "a3"), ("BEFORE", "b2")):
        twin.both(f"CREATE TRIGGER {name} {timing} INSERT ON t BEGIN INSERT INTO log VALUES ('{name}'); END")
    twin.both("INSERT INTO t VALUES (1)")
    twin.both("DROP TRIGGER a2")
    twin.both("CREATE TRIGGER a2 AFTER INSERT ON t BEGIN INSERT INTO log VALUES ('a2 again'); END")
    twin.both("INSERT INTO t VALUES (2)")
    assert twin.same("SELECT x FROM log ORDER BY rowid")[:5] == [("b2",), ("b1",), ("a3",), ("a2",), ("a1",)]


def test_trigger_order_survives_a_dump(tmp_path) -> None:
    ours = engine.connect(None)
    ours.executescript("CREATE TABLE t(a); CREATE TABLE log(x);"
                       "CREATE TRIGGER a1 AFTER INSERT ON t BEGIN INSERT INTO log VALUES (1); END;"
                       "CREATE TRIGGER a2 AFTER INSERT ON t BEGIN INSERT INTO log VALUES (2); END;")
    ours.save_dump(tmp_path / "d.sql")
    loaded = engine.connect(tmp_path / "d.sql")
    loaded.execute("INSERT INTO t VALUES (0)")
    assert loaded.execute("SELECT x FROM log ORDER BY rowid").fetchall() == [(2,), (1,)]


def test_new_and_old_compare_without_their_columns_affinity_but_with_their_collation() -> None:
    twin = Twin(["CREATE TABLE t(c0 VARCHAR(5), c1 INTEGER, c2 TEXT COLLATE NOCASE)",
                 "CREATE TABLE log(w, a, b, c, d, e, f)"])
    for timing in ("BEFORE", "AFTER"):
        twin.both(f"CREATE TRIGGER i{timing} {timing} INSERT ON t BEGIN INSERT INTO log VALUES ('{timing} insert', "
                  "new.c0 = 5, new.c1 = '5', typeof(new.c1), new.c0 < 10, new.c2 = 'ABC', new.c0 IN (5)); END")
        twin.both(f"CREATE TRIGGER u{timing} {timing} UPDATE ON t WHEN old.c1 = '5' OR new.c0 = 6 BEGIN "
                  f"INSERT INTO log VALUES ('{timing} update', new.c0 = 6, old.c0 = 5, new.c1 = '6', old.c1 = '5', "
                  "old.c2 = 'abc', (SELECT old.c0 = 5)); END")
    twin.both("INSERT INTO t VALUES (5, '5', 'abc')")
    twin.both("UPDATE t SET c0 = 6, c1 = '6'")
    twin.both("UPDATE t SET c0 = 5")
    twin.same("SELECT * FROM log ORDER BY rowid")


@pytest.mark.parametrize("table", ["t(c0 INTEGER PRIMARY KEY, c1 TEXT)", "t(c0 INTEGER, c1 TEXT, PRIMARY KEY(c0))",
                                   "t(c0 INTEGER PRIMARY KEY DESC, c1 TEXT)", "t(c0 INT PRIMARY KEY, c1 TEXT)",
                                   "t(c0 INTEGER PRIMARY KEY, c1 TEXT) WITHOUT ROWID"])
def test_new_and_old_of_the_rowid_alias_compare_with_integer_affinity(table: str) -> None:
    """NEW.x of an INTEGER PRIMARY KEY reads the rowid, whose affinity is INTEGER (resolve.c sets it):
    new.c0 = '1' is true there, and only there (not for INTEGER PRIMARY KEY DESC, INT PRIMARY KEY or a
    WITHOUT ROWID table's key); the fuzzer found a RAISE(FAIL) that sqlite3 ran and ours did not."""
    comparisons = ("new.c0 = '1'", "'1' = new.c0", "'1' BETWEEN new.c0 AND new.c0", "new.c0 IN ('1')", "'1' < new.c0",
                   "new.c1 = 1", "typeof(new.c0)")
    twin = Twin([f"CREATE TABLE {table}", "CREATE TABLE log(w, a, b, c, d, e, f, g)"])
    for timing in ("BEFORE", "AFTER"):
        twin.both(f"CREATE TRIGGER i{timing} {timing} INSERT ON t WHEN new.c0 = '1' OR new.c0 = '2' BEGIN "
                  f"INSERT INTO log VALUES ('{timing} insert', {', '.join(comparisons)}); END")
        twin.both(f"CREATE TRIGGER d{timing} {timing} DELETE ON t BEGIN INSERT INTO log VALUES ('{timing} delete', "
                  f"{', '.join(comparison.replace('new.', 'old.') for comparison in comparisons)}); END")
    twin.both("INSERT INTO t VALUES ('1', '1')")
    twin.both("INSERT INTO t VALUES (2, '2')")
    twin.both("DELETE FROM t")
    twin.same("SELECT * FROM log ORDER BY rowid")


@pytest.mark.parametrize("table", ["t(a, b)", "t(a INTEGER PRIMARY KEY, b)", "t(rowid TEXT, b)", "t(oid, b)"])
def test_new_and_old_rowid_read_the_rowid_of_the_row_that_fired(table: str) -> None:
    """NEW.rowid, NEW.oid and NEW._rowid_ read the row's rowid (a rowid alias's value; -1 in BEFORE INSERT
    while it is not chosen yet), unless a column has that name."""
    twin = Twin([f"CREATE TABLE {table}", "CREATE TABLE log(w, x, y, z)"])
    for timing in ("BEFORE", "AFTER"):
        twin.both(f"CREATE TRIGGER i{timing} {timing} INSERT ON t WHEN new.rowid <> 0 BEGIN INSERT INTO log VALUES "
                  f"('{timing} insert', new.rowid, new.oid, typeof(new._rowid_)); END")
        twin.both(f"CREATE TRIGGER u{timing} {timing} UPDATE ON t BEGIN INSERT INTO log VALUES "
                  f"('{timing} update', old.rowid, new._rowid_, (SELECT new.oid - old.oid)); END")
        twin.both(f"CREATE TRIGGER d{timing} {timing} DELETE ON t BEGIN INSERT INTO log VALUES "
                  f"('{timing} delete', old.rowid, old._rowid_, old.b); END")
    for statement in ("INSERT INTO t(b) VALUES (1), (2)", "INSERT INTO t(rowid, b) VALUES (10, 3)",
                      "INSERT INTO t(_rowid_, b) VALUES ('12', 4)", "INSERT INTO t(b) SELECT b + 10 FROM t",
                      "UPDATE t SET b = b * 2 WHERE b < 3", "DELETE FROM t WHERE b > 10",
                      "REPLACE INTO t(rowid, b) VALUES (10, 99)"):
        same_answer(twin, statement)
    twin.same("SELECT * FROM log ORDER BY rowid")


@pytest.mark.parametrize(("event", "reads"), [("INSERT", "old.a"), ("INSERT", "old.rowid"), ("DELETE", "new.a"),
                                              ("DELETE", "new.rowid"), ("INSERT", "(SELECT old.a)")])
def test_a_row_the_event_has_not_is_no_column(event: str, reads: str) -> None:
    """An INSERT trigger has no OLD row and a DELETE trigger no NEW one: reading it is "no such column" when
    the trigger first runs (it was NULL in ours, a silent wrong answer), and the statement changes nothing."""
    twin = Twin(["CREATE TABLE t(a, b)", "CREATE TABLE log(x)", "INSERT INTO t VALUES (1, 2)",
                 f"CREATE TRIGGER r AFTER {event} ON t BEGIN INSERT INTO log SELECT {reads}; END"])
    same_answer(twin, "INSERT INTO t VALUES (3, 4)" if event == "INSERT" else "DELETE FROM t")
    twin.same("SELECT * FROM t ORDER BY rowid")
    twin.same("SELECT * FROM log")


def test_new_rowid_of_a_without_rowid_table_is_no_column() -> None:
    twin = Twin(["CREATE TABLE w(a PRIMARY KEY, b) WITHOUT ROWID",
                 "CREATE TRIGGER r AFTER INSERT ON w BEGIN SELECT new.rowid; END"])
    same_answer(twin, "INSERT INTO w VALUES (1, 2)")
