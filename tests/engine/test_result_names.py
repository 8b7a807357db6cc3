"""Unaliased result columns are named by their text as written, as sqlite3 names them, also when every
name and literal in them is inside a subquery (the text is then found from the subquery's positions)."""

from __future__ import annotations

import pytest
from sqlite_twin import Twin

SETUP = ["CREATE TABLE t(a, b)", "CREATE TABLE t1(a)", "INSERT INTO t VALUES (1, 2)", "INSERT INTO t1 VALUES (5)"]


@pytest.mark.parametrize("query", [
    "SELECT floor((SELECT s.a FROM t1 s LIMIT 1)) FROM t",
    "SELECT ( (SELECT  max(a) FROM t1) ) , (SELECT (SELECT 1)) FROM t",
    "select -(select a from t1), b from t",
    "SELECT (SELECT a FROM t1 UNION SELECT 2), abs((SELECT 1)) FROM t",
    "SELECT exists(select 1), NOT EXISTS (SELECT a FROM t1), (with x as (select 1) select * from x) from t",
    "SELECT a, (SELECT b) FROM t",
    "SELECT coalesce((SELECT a FROM t1 WHERE a > 100), (SELECT 7)) FROM t",
    "SELECT ((SELECT 3) + (SELECT 4)), ((SELECT *  FROM t1) + (SELECT 4)) from t",
    "SELECT * FROM (SELECT abs((SELECT a FROM t1)), (SELECT ((SELECT 2))) FROM t)",
    "SELECT (SELECT abs((SELECT a FROM t1)) FROM t) FROM t",
    "SELECT a FROM t UNION SELECT upper((SELECT 'x')) ORDER BY 1",
])
def test_unaliased_columns_are_named_as_written(query: str) -> None:
    twin = Twin(SETUP)
    names = [[column[0] for column in connection.execute(query).description]
             for connection in (twin.ours, twin.theirs)]
    assert names[0] == names[1]
