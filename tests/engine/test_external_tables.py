"""External tables: rows from outside the database, read when a statement reads the table, never dumped."""

from __future__ import annotations

import sqlite3

import pytest

import engine

COLUMNS = [("k", "INTEGER"), ("name", "TEXT"), ("score", "REAL")]
ROWS = [(1, "a", 1.5), (2, "b", None), (3, "a", 4.0), (4, None, 2.0)]


def _connection(calls: list[int]) -> engine.Connection:
    connection = engine.connect(None, isolation_level=None)
    connection.execute("CREATE TABLE names (name TEXT, label TEXT)")
    connection.execute("INSERT INTO names VALUES ('a', 'first'), ('b', 'second')")

    def rows() -> list[tuple]:
        calls.append(1)
        return ROWS

    connection.attach_table("ext", COLUMNS, rows)
    return connection


@pytest.mark.parametrize("sql", [
    "SELECT name, COUNT(*), SUM(score) FROM ext GROUP BY name ORDER BY name",
    "SELECT e.k, n.label FROM ext e JOIN names n ON n.name = e.name ORDER BY e.k",
    "SELECT k FROM ext WHERE score > 1.5 ORDER BY k",
    "SELECT typeof(k), typeof(score) FROM ext ORDER BY k",
])
def test_queries_answer_as_over_a_table_in_sqlite(sql: str) -> None:
    oracle = sqlite3.connect(":memory:")
    oracle.execute("CREATE TABLE ext (k INTEGER, name TEXT, score REAL)")
    oracle.executemany("INSERT INTO ext VALUES (?, ?, ?)", ROWS)
    oracle.execute("CREATE TABLE names (name TEXT, label TEXT)")
    oracle.execute("INSERT INTO names VALUES ('a', 'first'), ('b', 'second')")
    assert _connection([]).execute(sql).fetchall() == oracle.execute(sql).fetchall()


def test_rows_are_read_only_when_a_statement_touches_the_table() -> None:
    calls: list[int] = []
    connection = _connection(calls)
    connection.execute("SELECT * FROM names").fetchall()
    assert calls == []
    connection.execute("SELECT COUNT(*) FROM ext").fetchall()
    assert calls == [1]


def test_the_table_is_listed_refuses_writes_and_stays_out_of_dumps() -> None:
    connection = _connection([])
    assert ("ext", "FOREIGN") in connection.execute(
        "SELECT table_name, table_type FROM information_schema.tables").fetchall()
    assert connection.execute("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = "
                              "'ext'").fetchall() == [("k", "INTEGER"), ("name", "TEXT"), ("score", "REAL")]
    for sql in ("INSERT INTO ext VALUES (9, 'z', 0)", "DELETE FROM ext", "UPDATE ext SET k = 0"):
        with pytest.raises(engine.Error, match="ext may not be modified"):
            connection.execute(sql)
    with pytest.raises(engine.Error, match="ext may not be dropped"):
        connection.execute("DROP TABLE ext")
    with pytest.raises(engine.Error, match="already"):
        connection.execute("CREATE TABLE ext (x)")
    assert "ext" not in connection.dump_sql()


def test_a_failing_provider_is_one_engine_error_with_its_message() -> None:
    connection = engine.connect(None)

    def rows() -> list[tuple]:
        raise OSError("side file /x/run-1.parquet is unreadable")

    connection.attach_table("broken", [("a", "INTEGER")], rows)
    with pytest.raises(engine.OperationalError, match=r"/x/run-1\.parquet is unreadable"):
        connection.execute("SELECT * FROM broken")
    with pytest.raises(engine.OperationalError, match="already a table"):
        connection.attach_table("broken", [("a", "INTEGER")], rows)


def _partitioned(asked: list[tuple]) -> engine.Connection:
    """``ext`` as a store that can read the rows of one ``k`` (it returns a superset, as a file per
    value would: the rows with that k and every row whose k is NULL)."""
    connection = _connection([])

    def rows_where(column: str, value: object) -> list[tuple]:
        asked.append((column, value))
        position = [name for name, _ in COLUMNS].index(column)
        return [row for row in ROWS if row[position] is None or row[position] == value]

    connection.attach_table("ext2", COLUMNS, lambda: ROWS, rows_where)
    return connection


@pytest.mark.parametrize(("sql", "pushed"), [
    ("SELECT * FROM ext2 WHERE k = 3", ("k", 3)),
    ("SELECT * FROM ext2 WHERE k = '3'", ("k", 3)),  # the column's affinity converts the value first
    ("SELECT * FROM ext2 WHERE 3.0 = k AND score > 1", ("k", 3.0)),
    ("SELECT * FROM ext2 WHERE k = NULL", ("k", None)),
    ("SELECT * FROM ext2 WHERE name = 'a' ORDER BY k", ("name", "a")),
    ("SELECT * FROM ext2 WHERE name = 'A'", ("name", "A")),
    ("SELECT (SELECT COUNT(*) FROM ext2 WHERE ext2.k = n.rowid) FROM names n", ("k", 1)),
    ("SELECT n.label, e.k FROM names n JOIN ext2 e ON e.name = n.name WHERE e.k = 1", ("k", 1)),
    ("SELECT * FROM ext2 WHERE k = 3 OR k = 1 ORDER BY k", None),
    ("SELECT * FROM ext2 WHERE name LIKE 'a' ORDER BY k", None),
])
def test_an_equality_reads_through_rows_where_and_answers_as_sqlite(sql: str, pushed: tuple | None) -> None:
    asked: list[tuple] = []
    ours = _partitioned(asked).execute(sql).fetchall()
    oracle = sqlite3.connect(":memory:")
    oracle.execute("CREATE TABLE ext2 (k INTEGER, name TEXT, score REAL)")
    oracle.executemany("INSERT INTO ext2 VALUES (?, ?, ?)", ROWS)
    oracle.execute("CREATE TABLE names (name TEXT, label TEXT)")
    oracle.execute("INSERT INTO names VALUES ('a', 'first'), ('b', 'second')")
    assert ours == oracle.execute(sql).fetchall()
    if pushed is None:
        assert asked == []
    elif pushed[1] is not None:
        assert asked[0] == pushed
