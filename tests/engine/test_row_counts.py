"""count(*) of one source's rows is counted, not collected row by row: the same answers as sqlite3 wherever
that shortcut applies, and wherever it must not (a WHERE, a filter, DISTINCT, other aggregates, a join)."""

from __future__ import annotations

import pytest
from sqlite_twin import Twin

SETUP = [
    "CREATE TABLE t (a INTEGER, b TEXT)",
    "CREATE TABLE empty (a)",
    "CREATE TABLE u (a INTEGER PRIMARY KEY, b)",
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) "
    "INSERT INTO t SELECT i, CASE WHEN i % 3 THEN 'x' END FROM n",
    "INSERT INTO u SELECT a * 2, b FROM t WHERE a < 50",
    "DELETE FROM t WHERE a % 7 = 0",
    "INSERT INTO t (rowid, a) VALUES (7, 7007)",  # a rowid below the largest: the table is no longer in order
    "CREATE VIEW v AS SELECT a FROM t WHERE a > 400",
    "CREATE INDEX t_b ON t (b)",
    "CREATE TABLE p (a, b)",
    "INSERT INTO p SELECT a, b FROM t",
    "CREATE INDEX p_half ON p (a) WHERE a > 250",
]

QUERIES = [
    "SELECT count(*) FROM t",
    "SELECT count(*), count(*) * 2, count(*) AS n FROM t",
    "SELECT count(*) FROM empty",
    "SELECT count(*) + 1, typeof(count(*)) FROM empty",
    "SELECT count(*) FROM u",
    "SELECT count(*) FROM v",
    "SELECT count(*) FROM (SELECT a FROM t LIMIT 10)",
    "SELECT count(*) FROM (SELECT DISTINCT b FROM t)",
    "WITH c AS (SELECT * FROM t WHERE b IS NULL) SELECT count(*) FROM c",
    "SELECT count(*) FROM json_each('[1, 2, [3]]')",
    "SELECT count(*) FROM t HAVING count(*) > 5",
    "SELECT count(*) FROM empty HAVING count(*) > 0",
    "SELECT count(*) FROM t LIMIT 0",
    "SELECT count(*) FROM t LIMIT 1 OFFSET 1",
    "SELECT count(*) FROM t ORDER BY 1",
    "SELECT (SELECT count(*) FROM u), count(*) FROM t",
    "SELECT a, (SELECT count(*) FROM u) FROM t WHERE a < 4 ORDER BY a",
    "SELECT count(*) FROM p",
    # not the shortcut's: the answers must still be sqlite3's
    "SELECT count(*) FROM u WHERE a = 4",
    "SELECT count(*) FROM u WHERE a > 10",
    "SELECT count(*) FROM t WHERE b = 'x'",
    "SELECT count(*) FROM t WHERE b IS NULL",
    "SELECT count(*) FROM t WHERE b IN ('x', 'y')",
    "SELECT count(*) FROM p WHERE a > 300",
    "SELECT count(*) FROM t WHERE a > 100",
    "SELECT count(b), count(*) FROM t",
    "SELECT count(*) FILTER (WHERE b IS NOT NULL) FROM t",
    "SELECT count(DISTINCT b) FROM t",
    "SELECT count(*), max(a) FROM t",
    "SELECT count(*), a FROM t",
    "SELECT count(*) FROM t, u",
    "SELECT count(*) FROM t GROUP BY b ORDER BY 1",
    "SELECT count(*) OVER () FROM u LIMIT 2",
]


@pytest.fixture(scope="module")
def twin() -> Twin:
    return Twin(SETUP)


@pytest.mark.parametrize("query", QUERIES)
def test_counts_match_sqlite(twin: Twin, query: str) -> None:
    twin.same(query, ordered="ORDER BY" in query or "LIMIT" not in query)


def test_a_cached_count_sees_rows_written_after_it_was_compiled(twin: Twin) -> None:
    twin.same("SELECT count(*) FROM u")
    twin.both("INSERT INTO u (b) VALUES ('new')")
    twin.same("SELECT count(*) FROM u")
    twin.both("DELETE FROM u WHERE b = 'new'")
    twin.same("SELECT count(*) FROM u")
