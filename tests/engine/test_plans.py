"""Plans the corpus depends on, read from EXPLAIN QUERY PLAN: index lookups, hash joins, join order.

The corpus's index/ files filter indexed columns with =, IN, BETWEEN and ranges; its select5.test
joins up to 64 tables by equalities; its random/ files join a handful. Each of those shapes must keep
its fast plan: a scan where a probe was planned would still give the right answer, only 100x slower.
"""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_twin import Twin

import engine

SCHEMA = """
CREATE TABLE tab0(pk INTEGER PRIMARY KEY, col0 INTEGER, col1 FLOAT, col2 TEXT, col3 INTEGER, col4 FLOAT);
CREATE INDEX idx_tab0_0 ON tab0 (col0);
CREATE INDEX idx_tab0_1 ON tab0 (col1);
CREATE TABLE t1(a1 INTEGER, b1 INTEGER, x1 VARCHAR(40));
CREATE TABLE t2(a2 INTEGER, b2 INTEGER, x2 VARCHAR(40));
CREATE TABLE t3(a3 INTEGER, b3 INTEGER, x3 VARCHAR(40));
CREATE TABLE t4(a4 INTEGER, b4 INTEGER, x4 VARCHAR(40));
"""


def plan(connection: engine.Connection, query: str) -> list[str]:
    return [row[3] for row in connection.execute("EXPLAIN QUERY PLAN " + query).fetchall()]


def fill(connection) -> None:
    connection.executescript(SCHEMA)
    connection.executemany("INSERT INTO tab0 VALUES (?, ?, ?, ?, ?, ?)",
                           [(i, i % 50, i / 7, f"t{i}", i % 13, i / 3) for i in range(200)])
    for table in ("t1", "t2", "t3", "t4"):
        connection.executemany(f"INSERT INTO {table} VALUES (?, ?, ?)", [(i, i % 10, f"x{i}") for i in range(30)])


@pytest.fixture(scope="module")
def connection() -> engine.Connection:
    connection = engine.connect(None, isolation_level=None)
    fill(connection)
    return connection


@pytest.mark.parametrize(("where", "probe"), [
    ("col0 = 5", "col0 = 5"),
    ("col0 IN (1, 2, 3)", "col0 IN (1, 2, 3)"),
    ("col0 BETWEEN 1 AND 5", "col0 BETWEEN 1 AND 5"),
    ("col0 > 45", "col0 > 45"),
    ("col1 <= 2.5", "col1 <= 2.5"),
    ("pk = 7", "pk = 7"),
    ("5 = col0", "5 = col0"),
])
def test_an_indexed_column_is_probed_not_scanned(connection: engine.Connection, where: str, probe: str) -> None:
    expected = f"SCAN tab0 USING INDEX FOR {probe} WHERE {where}"
    assert plan(connection, f"SELECT pk FROM tab0 WHERE {where}") == [expected]


def test_a_probe_keeps_the_other_conditions_as_filters(connection: engine.Connection) -> None:
    [step] = plan(connection, "SELECT pk FROM tab0 WHERE col0 > 5 AND col4 < 10")
    assert step.startswith("SCAN tab0 USING INDEX FOR col0 > 5") and "col4 < 10" in step


def test_an_unindexed_or_disjunctive_condition_scans(connection: engine.Connection) -> None:
    assert plan(connection, "SELECT pk FROM tab0 WHERE col3 = 4") == ["SCAN tab0 WHERE col3 = 4"]
    assert plan(connection, "SELECT pk FROM tab0 WHERE col0 = 1 OR col3 = 4") == [
        "SCAN tab0 WHERE col0 = 1 OR col3 = 4"]


def test_an_equijoin_reads_the_inner_table_through_a_hash(connection: engine.Connection) -> None:
    assert plan(connection, "SELECT x1 FROM t1, t2 WHERE a1 = b2") == ["SCAN t1", "SCAN t2 USING HASH (a1 = b2)"]


def test_a_join_chain_starts_at_its_filtered_end(connection: engine.Connection) -> None:
    steps = plan(connection, "SELECT x1 FROM t1, t2, t3, t4 WHERE a1 = b2 AND a2 = b3 AND a3 = b4 AND a4 = 7")
    assert steps == ["SCAN t4 WHERE a4 = 7", "SCAN t3 USING HASH (a3 = b4)", "SCAN t2 USING HASH (a2 = b3)",
                     "SCAN t1 USING HASH (a1 = b2)"]


def test_a_left_join_keeps_its_order_and_hashes_its_on_clause(connection: engine.Connection) -> None:
    assert plan(connection, "SELECT x1 FROM t1 LEFT JOIN t2 ON a1 = b2") == [
        "SCAN t1", "LEFT JOIN SCAN t2 USING HASH (a1 = b2)"]


def test_a_join_of_many_tables_hashes_every_step(connection: engine.Connection) -> None:
    """select5.test joins dozens of tables; Python nests only 20 blocks, so the nest is staged."""
    tables = [f"t{1 + i % 4} AS j{i}" for i in range(24)]
    conditions = [f"j{i}.a{1 + i % 4} = j{i + 1}.b{1 + (i + 1) % 4}" for i in range(23)]
    query = f"SELECT j0.x1 FROM {', '.join(tables)} WHERE {' AND '.join(conditions)} AND j23.a4 = 3"
    steps = plan(connection, query)
    assert len(steps) == 24
    assert steps[0] == "SCAN j23 WHERE j23.a4 = 3"
    assert all("USING HASH" in step for step in steps[1:])
    reference = sqlite3.connect(":memory:", isolation_level=None)
    fill(reference)
    # the staged nest compiles and runs, with sqlite3's answer
    assert sorted(connection.execute(query).fetchall()) == sorted(reference.execute(query).fetchall())


@pytest.mark.parametrize("query", [
    "SELECT p.id, q.id FROM p, q WHERE p.k = q.k",  # NULLs join nothing; 1, 1.0 and '1' as SQLite compares them
    "SELECT p.id, q.id FROM p, q WHERE q.k = p.k AND q.id > 2",  # the hashed side filtered first
    "SELECT p.id, q.id, q.rowid FROM p, q WHERE p.k = q.k",  # the hashed rows carry their rowid
    "SELECT p.id, q.id FROM p LEFT JOIN q ON p.k = q.k",
    "SELECT p.id, q.id FROM p, q WHERE p.k = q.k AND p.t = q.t",  # a key of two columns
    "SELECT p.id, q.id FROM p, q WHERE p.k = q.k + 0",  # a key that is not a plain column
    "SELECT a.id, b.id, c.id FROM p AS a, q AS b, p AS c WHERE a.k = b.k AND b.t = c.t",
])
def test_a_hash_join_matches_what_sqlite_joins(query: str) -> None:
    twin = Twin(["CREATE TABLE p(id INTEGER PRIMARY KEY, k, t TEXT)",
                 "CREATE TABLE q(id INTEGER PRIMARY KEY, k, t TEXT)",
                 "INSERT INTO p VALUES (1, 1, 'a'), (2, NULL, 'b'), (3, 1.0, 'a'), (4, '1', 'c'), (5, 2, NULL)",
                 "INSERT INTO q VALUES (1, 1, 'a'), (2, NULL, 'b'), (3, 2.0, NULL), (4, '1', 'c'), (5, 1, 'c')"])
    assert any("USING HASH" in step for step in plan(twin.ours, query))
    twin.same(query + " ORDER BY 1, 2")


def test_aggregates_windows_and_ordering_are_planned_above_the_loops(connection: engine.Connection) -> None:
    assert plan(connection, "SELECT col0, count(*) FROM tab0 GROUP BY col0") == [
        "SCAN tab0", "AGGREGATE GROUP BY 1 key(s)"]
    assert plan(connection, "SELECT pk, row_number() OVER (ORDER BY col1) FROM tab0") == [
        "SCAN tab0", "WINDOW 1 function(s)"]
    assert plan(connection, "SELECT pk FROM tab0 WHERE col3 > 2 ORDER BY col1 LIMIT 3") == [
        "SCAN tab0 WHERE col3 > 2", "ORDER BY 1 term(s)", "LIMIT"]


@pytest.mark.parametrize("where", [
    "id = 3", "id = '3'", "id = 3.0", "id IN (1, '2', 5.0)", "k = 'b'", "k = 'B'", "k IN ('a', 'C')", "n = 2",
    "n = '2'", "n IS NULL", "k = 'b' AND n > 1", "id = 3 OR id = 4", "id > 2", "n BETWEEN 1 AND 2",
])
@pytest.mark.parametrize("statement", ["UPDATE t SET v = v || '!' WHERE {}", "DELETE FROM t WHERE {}"])
def test_update_and_delete_probe_indexes_and_change_what_sqlite_changes(statement: str, where: str) -> None:
    """UPDATE and DELETE find their rows through the join planner (index and rowid probes), as queries do."""
    twin = Twin(["CREATE TABLE t(id INTEGER PRIMARY KEY, k TEXT COLLATE NOCASE UNIQUE, n INTEGER, v TEXT)",
                 "CREATE INDEX t_n ON t(n)",
                 "INSERT INTO t VALUES (1, 'a', 1, 'x'), (2, 'b', 2, 'y'), (3, 'c', NULL, 'z'), (4, 'd', 2, 'w'),"
                 " (5, 'e', 3, 'u')"])
    twin.both(statement.format(where))
    twin.same("SELECT * FROM t ORDER BY id")
    assert twin.ours.execute("SELECT changes()").fetchall() == twin.theirs.execute("SELECT changes()").fetchall()
