"""changes() and total_changes() against sqlite3, statement by statement.

SQLite adds a trigger program's changes (foreign key actions are trigger programs too) to
total_changes() when the program ends, leaves them out of changes(), counts nothing for a
failed statement but the rows an OR FAIL statement kept, and counts DROP TABLE's implicit
DELETE of a referenced table as a DELETE, without firing the dropped table's triggers.
"""

from __future__ import annotations

import pytest
from sqlite_twin import Twin

COUNTS = "SELECT changes(), total_changes()"

SCRIPTS = {
    "nested triggers": [
        "CREATE TABLE t(a INTEGER PRIMARY KEY, b UNIQUE)",
        "CREATE TABLE log(x)",
        "CREATE TRIGGER tr AFTER INSERT ON t BEGIN INSERT INTO log VALUES (new.a);"
        " INSERT INTO log SELECT x FROM log WHERE x = 1; SELECT 1; END",
        "CREATE TRIGGER tr2 AFTER INSERT ON log WHEN new.x = 7 BEGIN INSERT INTO log VALUES (70); END",
        "INSERT INTO t VALUES (1, 1)",
        "INSERT INTO t VALUES (7, 7)",
        "INSERT INTO t VALUES (8, 7)",
        "CREATE TABLE q(a)",
        "CREATE TRIGGER tq BEFORE DELETE ON q BEGIN INSERT INTO log VALUES (9); END",
        "INSERT INTO q VALUES (1), (2)",
        "DELETE FROM q",
    ],
    "foreign key actions": [
        "CREATE TABLE p(id INTEGER PRIMARY KEY)",
        "CREATE TABLE ch(pid REFERENCES p ON DELETE CASCADE ON UPDATE SET NULL)",
        "INSERT INTO p VALUES (1), (2)",
        "INSERT INTO ch VALUES (1), (1), (2)",
        "UPDATE p SET id = 3 WHERE id = 2",
        "DELETE FROM p WHERE id = 1",
        "CREATE TABLE s(id INTEGER PRIMARY KEY, up REFERENCES s ON DELETE CASCADE)",
        "INSERT INTO s VALUES (1, NULL), (2, 1), (3, 2), (4, 1), (5, 4)",
        "DELETE FROM s WHERE id = 1",
    ],
    "replace and failures": [
        "CREATE TABLE t(a INTEGER PRIMARY KEY, b UNIQUE)",
        "INSERT INTO t VALUES (1, 1), (2, 2)",
        "INSERT OR REPLACE INTO t VALUES (3, 1)",
        "REPLACE INTO t VALUES (3, 2)",
        "INSERT OR IGNORE INTO t VALUES (6, 6), (7, 2)",
        "INSERT INTO t VALUES (9, 2)",
        "SELECT x FROM nosuch",
        "CREATE TABLE f(a UNIQUE)",
        "INSERT INTO f VALUES (1), (2), (3)",
        "INSERT OR FAIL INTO f VALUES (10), (11), (2)",
        "UPDATE OR FAIL f SET a = a + 1 WHERE a < 3",
        "UPDATE OR FAIL f SET a = 1000 - a",
        "UPDATE OR FAIL f SET a = CASE WHEN a > 980 THEN 5 ELSE 3 END",
        "CREATE TABLE st(a INTEGER) STRICT",
        "INSERT INTO st VALUES (3)",
        "INSERT OR FAIL INTO st VALUES (1), ('x')",
        "SELECT * FROM st",
    ],
    "drop table": [
        "CREATE TABLE log(x)",
        "CREATE TABLE p2(id INTEGER PRIMARY KEY)",
        "CREATE TABLE c2(pid REFERENCES p2 ON DELETE CASCADE)",
        "CREATE TRIGGER tp AFTER DELETE ON p2 BEGIN INSERT INTO log VALUES (old.id); END",
        "CREATE TRIGGER tc AFTER DELETE ON c2 BEGIN INSERT INTO log VALUES (-old.pid); END",
        "INSERT INTO p2 VALUES (3), (5), (6), (7)",
        "INSERT INTO c2 VALUES (5), (5), (6)",
        "COMMIT",
        "DROP TABLE p2",
        "SELECT * FROM log ORDER BY x",
        "CREATE TABLE p3(id INTEGER PRIMARY KEY)",
        "CREATE TABLE c3(pid REFERENCES p3)",
        "INSERT INTO p3 VALUES (1), (2)",
        "COMMIT",
        "DROP TABLE p3",
        "CREATE TABLE p4(id INTEGER PRIMARY KEY)",
        "CREATE TABLE c4(pid REFERENCES p4)",
        "INSERT INTO p4 VALUES (1)",
        "INSERT INTO c4 VALUES (1)",
        "COMMIT",
        "DROP TABLE p4",
        "SELECT * FROM p4",
        "CREATE TABLE s(id INTEGER PRIMARY KEY, up REFERENCES s ON DELETE CASCADE)",
        "INSERT INTO s VALUES (1, NULL), (2, 1), (3, 2), (4, 1), (5, 4)",
        "COMMIT",
        "DROP TABLE s",
        "CREATE TABLE lone(a)",
        "INSERT INTO lone VALUES (1), (2)",
        "COMMIT",
        "DROP TABLE lone",
    ],
}


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_counts_match_sqlite_after_every_statement(name: str) -> None:
    twin = Twin()
    for statement in SCRIPTS[name]:
        twin.same_outcome(statement)
        assert twin.rows(COUNTS)[0] == twin.rows(COUNTS)[1], statement


def test_a_failed_statement_sets_changes_to_zero_yet_its_finished_triggers_count() -> None:
    twin = Twin(["CREATE TABLE t(a UNIQUE)", "CREATE TABLE log(x)",
                 "CREATE TRIGGER tr BEFORE INSERT ON t BEGIN INSERT INTO log VALUES (new.a); END",
                 "INSERT INTO t VALUES (1)"])
    twin.both_fail("INSERT INTO t VALUES (2), (1)")
    twin.same(COUNTS)
    twin.same("SELECT * FROM log")
