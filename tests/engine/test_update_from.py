"""UPDATE ... FROM (SQLite 3.33+), differentially against sqlite3.

The target is joined with the FROM list (tables, views, subqueries, CTEs, VALUES, joins, table-valued
functions); SET and WHERE see every source, RETURNING only the target; a target row the join matches
several times changes once. Each test compares the cursor's rows and rowcount, changes() and
total_changes(), the error class and message where sqlite3 raises, and afterwards every table. Where
several FROM rows match one target row SQLite takes the values of an arbitrary one, so the tests give
such joins only SET values that do not depend on the match.
"""

from __future__ import annotations

import pytest
from sqlite_twin import Twin, typed
from sqlite_twin import same_result as same_statement_result

import engine

SETUP = [
    "CREATE TABLE t(id INTEGER PRIMARY KEY, a, b)",
    "INSERT INTO t VALUES (1, 10, 100), (2, 20, 200), (3, 30, 300), (4, 40, 400)",
    "CREATE TABLE d(id, x, tag)",
    "INSERT INTO d VALUES (1, 5, 'p'), (2, 7, 'q'), (2, 8, 'q'), (5, 9, 'r')",
]


def same_result(twin: Twin, sql: str, parameters: tuple = (), totals: bool = True) -> list[tuple]:
    """Rows, names, rowcount and changes() (``totals``: total_changes() too, which in SQLite also counts
    the rows triggers and failed statements changed) are sqlite3's."""
    return same_statement_result(twin, sql, parameters,
                                 "SELECT changes(), total_changes()" if totals else "SELECT changes()")


def same_tables(twin: Twin) -> None:
    names = [row[0] for row in twin.theirs.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    for name in names:
        select = f"SELECT * FROM {name}"
        ours, theirs = twin.ours.execute(select).fetchall(), twin.theirs.execute(select).fetchall()
        assert sorted(typed(ours), key=repr) == sorted(typed(theirs), key=repr), name


@pytest.mark.parametrize("statement", [
    "UPDATE t SET a = d.x FROM d WHERE d.id = t.id AND d.id <> 2",
    "UPDATE t SET a = d.x, b = t.b + d.x FROM d WHERE d.id = t.id AND d.x <> 8 RETURNING *",
    # the classic use: an aggregate of the other table, one row per target row
    "UPDATE t SET b = agg.s FROM (SELECT id, sum(x) AS s, count(*) AS n FROM d GROUP BY id) AS agg "
    "WHERE agg.id = t.id RETURNING id, b",
    "WITH c(k, v) AS (SELECT id, max(x) FROM d GROUP BY id) UPDATE t SET a = c.v FROM c WHERE c.k = t.id",
    "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) "
    "UPDATE t SET b = r.n * 7 FROM r WHERE r.n = t.id RETURNING *",
    "UPDATE t SET a = j.value FROM json_each('[11, 22, 33]') AS j WHERE j.key + 1 = t.id RETURNING a",
    "UPDATE t SET a = j.value FROM d, json_each(json_array(d.x, d.tag)) AS j "
    "WHERE d.id = t.id AND d.id = 1 AND j.key = 1",
    "UPDATE t SET b = v.column2 FROM (VALUES (1, 'one'), (3, 'three')) AS v WHERE v.column1 = t.id",
    "UPDATE t SET b = vd.y FROM vd WHERE vd.id = t.id AND vd.y < 800",
    "UPDATE t SET a = 1 FROM d JOIN d AS e ON d.id = e.id WHERE e.id = t.id",
    "UPDATE t SET a = coalesce(e.x, -1) FROM d LEFT JOIN d AS e ON e.id = d.id + 4 WHERE d.id = t.id "
    "AND d.id = 1 RETURNING a",
    "UPDATE t SET a = 2 FROM (d JOIN d AS e ON d.id = e.id) WHERE t.id = d.id",
    "UPDATE t SET a = 3 FROM d NATURAL JOIN d AS e WHERE e.id = t.id",
    "UPDATE t SET a = 4 FROM d JOIN d AS e USING (id) WHERE e.id = t.id",
    "UPDATE t SET a = 5 FROM d, d AS e WHERE d.id = t.id AND e.id = t.id",
    "UPDATE t AS u SET a = d.x FROM d WHERE d.id = u.id AND d.x < 8 RETURNING t.a, a, b",
    "UPDATE t AS u SET a = u.a + t.a FROM t WHERE u.id = t.id + 1 RETURNING *",
    "UPDATE t SET a = 6 FROM t AS t",
    "UPDATE main.t SET a = d.x FROM d WHERE d.id = t.id AND d.id = 1",
    "UPDATE t SET (a, b) = (d.x, d.tag) FROM d WHERE d.id = t.id AND d.id = 1 RETURNING *",
    "UPDATE t SET (a, b) = (SELECT d.x + 1, d.x + t.a) FROM d WHERE d.id = t.id AND d.x < 8 RETURNING *",
    "UPDATE t SET a = (SELECT count(*) FROM d AS e WHERE e.tag = d.tag) FROM d WHERE d.id = t.id",
    "UPDATE t SET a = d.x FROM d WHERE d.id = t.id AND d.x = (SELECT min(x) FROM d AS e WHERE e.id = t.id)",
    "UPDATE t SET a = 7 FROM d WHERE d.id = t.id AND EXISTS (SELECT 1 FROM d AS e WHERE e.tag = d.tag "
    "AND e.x <> d.x)",
    "UPDATE t SET a = 8 FROM (SELECT max(x) AS m FROM d WHERE 0) AS z WHERE t.id = 1",
    "UPDATE t SET a = 9 FROM (SELECT count(*) AS c FROM d WHERE 0) AS z",
    "UPDATE t SET id = t.id + 10 FROM d WHERE d.id = t.id RETURNING *",
    "UPDATE t SET a = t.rowid, b = d.rowid FROM d WHERE d.id = t.id AND d.id = 1 RETURNING rowid, *",
    "UPDATE t SET a = 1 FROM d WHERE d.id = t.id AND a = 1",
])
def test_update_from_joins_the_target_with_the_from_list(statement: str) -> None:
    twin = Twin([*SETUP, "CREATE VIEW vd AS SELECT id, x * 100 AS y FROM d"])
    same_result(twin, statement)
    same_tables(twin)


def test_a_target_row_the_join_matches_several_times_changes_once() -> None:
    twin = Twin(SETUP)
    # d has two rows for id 2 and none for 3 or 4: three matches, two target rows
    assert same_result(twin, "UPDATE t SET b = -b FROM d WHERE d.id = t.id RETURNING id, b") == [(1, -100),
                                                                                               (2, -200)]
    same_result(twin, "UPDATE t SET a = a + 1 FROM d, d AS e WHERE e.id >= 0")  # every row, 16 matches each
    same_result(twin, "UPDATE t SET a = 0 FROM d WHERE d.id = t.id AND d.tag = 'q'", ())
    same_result(twin, "UPDATE t SET a = ? FROM d WHERE d.id = t.id AND d.x = ?", (42, 8))
    same_result(twin, "UPDATE t SET a = 1 FROM d WHERE 0")
    same_tables(twin)


def test_the_cursor_counts_what_sqlite3_counts() -> None:
    """sqlite3's cursor counts only statements it sees starting INSERT, UPDATE, DELETE or REPLACE."""
    twin = Twin(SETUP)
    same_result(twin, "WITH c AS (SELECT 2 AS k) UPDATE t SET a = 99 FROM c WHERE c.k = t.id")
    same_result(twin, "WITH c AS (SELECT 3 AS k) UPDATE t SET a = 98 WHERE id IN (SELECT k FROM c)")
    same_result(twin, "WITH c AS (SELECT 4 AS k) DELETE FROM t WHERE id IN (SELECT k FROM c)")
    same_result(twin, "UPDATE t SET b = 0 FROM d WHERE d.id = t.id")
    same_tables(twin)


@pytest.mark.parametrize("statement", [
    "UPDATE t SET a = 1 FROM t",
    "UPDATE t SET a = 1 FROM d JOIN t USING (id)",
    "UPDATE t AS z SET a = 1 FROM t AS Z",
    "UPDATE t SET a = 1 FROM t WHERE t.id = 1",  # WHERE's names are resolved first
    "UPDATE t SET a = 1 FROM t AS t2 WHERE id = 1",
    "UPDATE t SET a = 6 FROM t AS t WHERE t.id = 1",
    "UPDATE t SET a = id FROM d WHERE d.id = t.id",
    "UPDATE t SET a = rowid FROM d WHERE d.id = t.id",
    "UPDATE t SET a = d.x FROM d WHERE d.id = t.id RETURNING d.x",
    "UPDATE t AS z SET a = d.x FROM d WHERE d.id = z.id RETURNING z.a",
    "UPDATE t AS z SET a = d.x FROM d WHERE d.id = t.id",
    "UPDATE t SET a = d.x FROM d AS t WHERE 1",
    "UPDATE t SET a = 1 FROM nosuch WHERE t.id = 1",
    "UPDATE t SET a = 1 FROM d WHERE nosuch = 1",
    "UPDATE t SET x = 1 FROM d",
    "UPDATE t SET a = 1 FROM d WHERE sum(d.x) > 0",
    "UPDATE t SET (a, b) = (1, 2, 3) FROM d",
    "UPDATE t SET (a, b) = (SELECT 1, 2, 3) FROM d",
    "UPDATE t SET (a, b) = 1",
    "UPDATE t SET a = (1, 2) FROM d",
    "UPDATE t SET a = (SELECT d.x, d.id) FROM d",
    "SELECT rowid FROM t, d",
])
def test_update_from_errors(statement: str) -> None:
    twin = Twin(SETUP)
    twin.same_error(statement)
    same_tables(twin)


def test_row_values_in_set_without_from() -> None:
    twin = Twin(SETUP)
    for statement in ["UPDATE t SET (a, b) = (b, a) WHERE id = 1 RETURNING *",
                      "UPDATE t SET (a, a) = (1, 2), b = 3 WHERE id = 2 RETURNING *",
                      "UPDATE t SET (a, b) = (1, 2), a = 5 WHERE id = 3 RETURNING *",
                      "UPDATE t SET (b, a) = (SELECT x, tag FROM d WHERE d.id = t.id ORDER BY x) RETURNING *",
                      "UPDATE t SET (a) = (SELECT 7) WHERE id = 4 RETURNING *"]:
        same_result(twin, statement)
    same_tables(twin)


def test_conflict_policies_triggers_and_constraints_are_those_of_update() -> None:
    twin = Twin([
        "CREATE TABLE p(k TEXT PRIMARY KEY)", "INSERT INTO p VALUES ('x'), ('y')",
        "CREATE TABLE t(id INTEGER PRIMARY KEY, a UNIQUE, b CHECK (b < 1000), g AS (a * 2), "
        "c TEXT REFERENCES p(k))",
        "INSERT INTO t(id, a, b, c) VALUES (1, 10, 100, 'x'), (2, 20, 200, 'x'), (3, 30, 300, 'x')",
        "CREATE TABLE d(id, x, c)", "INSERT INTO d VALUES (1, 5, 'y'), (2, 7, 'zz'), (3, 5, 'x'), (4, 8, 'x')",
        "CREATE TABLE log(m)",
        "CREATE TRIGGER tb BEFORE UPDATE ON t BEGIN INSERT INTO log VALUES ('before ' || old.id || ' ' || new.a); "
        "END",
        "CREATE TRIGGER ta AFTER UPDATE OF b ON t BEGIN INSERT INTO log VALUES ('after ' || old.id || ' ' || new.b); "
        "END",
    ])
    twin.same_error("UPDATE t SET a = d.x FROM d WHERE d.id = t.id")  # rows 1 and 3 both get 5
    same_tables(twin)
    # as SQLite, the rows change in rowid order: row 1 takes 5 and row 3 is skipped, or replaces row 1
    same_result(twin, "UPDATE OR IGNORE t SET a = d.x FROM d WHERE d.id = t.id RETURNING id, a, g", totals=False)
    same_tables(twin)
    same_result(twin, "UPDATE OR REPLACE t SET a = d.x + 1 FROM d WHERE d.id = t.id RETURNING id, a", totals=False)
    same_tables(twin)
    twin.same_error("UPDATE t SET b = d.x * 1000 FROM d WHERE d.id = t.id")
    twin.same_error("UPDATE t SET g = 1 FROM d")
    twin.same_error("UPDATE t SET c = d.c FROM d WHERE d.id = t.id")
    twin.same_error("UPDATE OR IGNORE t SET c = d.c FROM d WHERE d.id = t.id")
    twin.both("UPDATE t SET c = d.c, b = d.x FROM d WHERE d.id = t.id AND d.c <> 'zz'")
    same_tables(twin)


def test_a_trigger_body_may_update_from() -> None:
    twin = Twin([*SETUP, "CREATE TABLE k(v)",
                 "CREATE TRIGGER tr AFTER INSERT ON k BEGIN "
                 "UPDATE t SET b = d.x + new.v FROM d WHERE d.id = t.id AND d.id = new.v; END"])
    twin.both("INSERT INTO k VALUES (1)")
    twin.both("INSERT INTO k VALUES (3)")
    same_tables(twin)


def test_strict_tables_check_update_from() -> None:
    twin = Twin([*SETUP, "CREATE TABLE s(id INTEGER PRIMARY KEY, v INTEGER) STRICT",
                 "INSERT INTO s VALUES (1, 1), (2, 2)"])
    same_result(twin, "UPDATE s SET v = d.x * 2 FROM d WHERE d.id = s.id AND d.x < 8")
    twin.same_error("UPDATE s SET v = d.tag FROM d WHERE d.id = s.id", engine.IntegrityError)
    same_tables(twin)


def test_without_rowid_targets_change_once_in_key_order() -> None:
    twin = Twin([*SETUP, "CREATE TABLE w(k PRIMARY KEY, v UNIQUE) WITHOUT ROWID",
                 "INSERT INTO w VALUES (1, 0), (2, 1), (3, 2)"])
    same_result(twin, "UPDATE w SET v = -k FROM d WHERE d.id = w.k RETURNING *")
    same_result(twin, "UPDATE OR IGNORE w SET v = 9 FROM d WHERE d.id >= 0 RETURNING *")
    same_tables(twin)


@pytest.mark.parametrize(("statement", "construct"), [
    ("UPDATE t SET a = 1 FROM d WHERE d.id = t.id ORDER BY t.id LIMIT 1", "UPDATE ... ORDER BY"),
    ("UPDATE t SET a = 1 FROM d LIMIT 1", "UPDATE ... LIMIT"),
    ("UPDATE t SET a = 1 FROM d RIGHT JOIN t AS u ON d.id = u.id WHERE t.id = 1", "RIGHT JOIN"),
    ("UPDATE t SET a = 1 FROM t AS u FULL JOIN d ON d.id = u.id", "FULL JOIN"),
    ("UPDATE t SET a = sum(d.x) FROM d", "aggregate functions in the SET of UPDATE ... FROM"),
])
def test_what_is_refused_changes_nothing(statement: str, construct: str) -> None:
    """sqlite3 runs these; ours refuses them rather than change other rows."""
    twin = Twin(SETUP)
    twin.theirs.execute(statement)
    with pytest.raises(engine.NotSupportedError, match=construct.replace(".", r"\.")):
        twin.ours.execute(statement)
    assert twin.ours.execute("SELECT * FROM t").fetchall() == [(1, 10, 100), (2, 20, 200), (3, 30, 300),
                                                               (4, 40, 400)]
