"""WITH ... INSERT: the rows (a SELECT, VALUES subqueries, an UPSERT's SET) read the statement's CTEs, as in
sqlite3; inside a trigger body SQLite's grammar has no WITH before INSERT, UPDATE or DELETE."""

from __future__ import annotations

import pytest
from sqlite_twin import Twin

SETUP = ["CREATE TABLE log(x)", "CREATE TABLE u(a PRIMARY KEY, b)", "INSERT INTO u VALUES (5, 0)"]

STATEMENTS = [
    "WITH c(x) AS (SELECT 5) INSERT INTO log SELECT x FROM c",
    "WITH c(x) AS (SELECT 6) INSERT INTO log VALUES ((SELECT x FROM c)), (7)",
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3) INSERT INTO log SELECT x * 10 FROM c",
    "WITH log(x) AS (SELECT 99) INSERT INTO log SELECT x FROM log",
    "WITH c(x) AS (SELECT 5) INSERT INTO u SELECT x, 1 FROM c WHERE true "
    "ON CONFLICT (a) DO UPDATE SET b = (SELECT x + 100 FROM c)",
    "WITH c(y) AS (SELECT 2) INSERT INTO log SELECT z FROM c",
    "CREATE TRIGGER tr AFTER INSERT ON u BEGIN WITH c(x) AS (SELECT 1) INSERT INTO log SELECT x FROM c; END",
    "CREATE TRIGGER tr AFTER INSERT ON u BEGIN SELECT 1; WITH c(x) AS (SELECT '(insert') UPDATE log SET x = 1; END",
    "CREATE TRIGGER tr AFTER INSERT ON u BEGIN WITH c(x) AS (SELECT 1) SELECT x FROM c; END",
]


@pytest.mark.parametrize("statement", STATEMENTS)
def test_with_insert_matches_sqlite(statement: str) -> None:
    twin = Twin(SETUP)
    twin.same_outcome(statement)
    twin.same("SELECT x FROM log ORDER BY rowid")
    twin.same("SELECT * FROM u")


def test_a_verb_after_with_in_a_trigger_body_is_the_syntax_error() -> None:
    twin = Twin(SETUP)
    message = twin.same_error("CREATE TRIGGER tr AFTER INSERT ON u BEGIN WITH c AS (SELECT 1) DELETE FROM log; END")
    assert message == 'near "DELETE": syntax error'
