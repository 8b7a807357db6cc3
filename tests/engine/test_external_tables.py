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
