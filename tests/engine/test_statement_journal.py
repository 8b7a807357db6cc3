"""What a failing statement leaves behind, against sqlite3, in autocommit and inside a transaction.

SQLite opens a statement journal only for a statement that writes several rows and has a constraint that
may abort it (sqlite3MayAbort: NOT NULL, CHECK, UNIQUE or a rowid key under ABORT; NOT NULL or CHECK
under REPLACE; a foreign key). Without one, a type error (a STRICT column's, or a rowid alias given 'x')
inside a transaction leaves the rows written before it, under any policy, and OR ROLLBACK leaves the
transaction open; in autocommit the statement is rolled back whole.
"""

from __future__ import annotations

import itertools
import sqlite3

import pytest

import engine

SETUP = ["CREATE TABLE t(a INTEGER PRIMARY KEY, b)", "CREATE TABLE u(a INT) STRICT", "CREATE TABLE log(x)",
         "CREATE TABLE src(k, v)", "INSERT INTO src VALUES (1, 5), ('y', 6), (3, 7)",
         "INSERT INTO t VALUES (2, 1), (4, 2)", "INSERT INTO log VALUES (1), (2)"]
SCHEMAS = {
    "plain": [],
    "a trigger": ["CREATE TRIGGER tr AFTER INSERT ON t BEGIN INSERT INTO log VALUES (new.a); END"],
    "a child table": ["CREATE TABLE c(x REFERENCES t(a))"],
    "a unique column": ["CREATE UNIQUE INDEX t_b ON t(b)"],
    "a check": ["CREATE TABLE w(a INT CHECK (a > 0))", "DROP TABLE u", "CREATE TABLE u(a INT CHECK (a > 0)) STRICT"],
}
STATEMENTS = ["INSERT{p} INTO t(a) VALUES (100), ('x')", "INSERT{p} INTO t(a, b) SELECT k, v FROM src",
              "INSERT{p} INTO log(rowid, x) VALUES (7, 1), ('x', 2)",
              "UPDATE{p} log SET rowid = CASE WHEN x = 2 THEN 'x' ELSE rowid + 10 END",
              "INSERT{p} INTO u VALUES (100), ('x')", "UPDATE{p} t SET a = CASE WHEN a = 4 THEN 'x' ELSE a + 10 END"]
POLICIES = ["", " OR IGNORE", " OR FAIL", " OR REPLACE", " OR ROLLBACK", " OR ABORT"]


def _outcome(connect, schema: list[str], statement: str, in_transaction: bool) -> tuple:
    connection = connect(":memory:", isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")  # ours starts with them on, sqlite3 off
    for setup in SETUP + schema:
        connection.execute(setup)
    if in_transaction:
        connection.execute("BEGIN")
    try:
        connection.execute(statement)
        error = None
    except (sqlite3.Error, engine.Error) as raised:
        error = (type(raised).__name__, str(raised))
    return (error, connection.execute("SELECT * FROM t ORDER BY a").fetchall(),
            connection.execute("SELECT rowid, * FROM log ORDER BY rowid").fetchall(),
            connection.execute("SELECT * FROM u").fetchall(), connection.in_transaction)


@pytest.mark.parametrize(("schema", "statement"), list(itertools.product(SCHEMAS, STATEMENTS)))
def test_a_type_error_leaves_what_sqlite_leaves(schema: str, statement: str) -> None:
    for policy, in_transaction in itertools.product(POLICIES, (False, True)):
        sql = statement.format(p=policy)
        ours = _outcome(engine.connect, SCHEMAS[schema], sql, in_transaction)
        assert ours == _outcome(sqlite3.connect, SCHEMAS[schema], sql, in_transaction), (sql, in_transaction)
