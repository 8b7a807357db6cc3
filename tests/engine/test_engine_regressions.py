"""Differential tests against sqlite3 for engine bugs found while building the product.

Each test runs the same statements on our engine and on sqlite3 and compares the rows,
so a bug that comes back is caught where it first showed up.
"""

from __future__ import annotations

import sqlite3

import pytest

import engine

SETUP = [
    "CREATE TABLE t(a INTEGER, b INTEGER, c TEXT)",
    "INSERT INTO t VALUES (1, 2, 'x'), (1, 3, 'y'), (2, 5, 'x'), (3, 1, NULL)",
]


def both(setup: list[str]):
    ours = engine.connect(None)
    theirs = sqlite3.connect(":memory:")
    for statement in setup:
        ours.execute(statement)
        theirs.execute(statement)
    return ours, theirs


@pytest.mark.parametrize("query", [
    # a result alias of an aggregate used in HAVING and ORDER BY
    "SELECT a, sum(b) AS s FROM t GROUP BY a HAVING s > 3 ORDER BY s, a",
    # a result alias of a grouped column and of an expression over it
    "SELECT a AS x, count(*) FROM t GROUP BY x HAVING x > 1 ORDER BY x",
    "SELECT a + 1 AS x, count(*) FROM t GROUP BY a HAVING x > 2 ORDER BY 1",
    # ORDER BY a column that is not selected, with LIMIT (the sort key is not a result column)
    "SELECT b FROM t ORDER BY a, b LIMIT 3",
    "SELECT c FROM t ORDER BY b DESC LIMIT 2 OFFSET 1",
])
def test_same_rows_as_sqlite(query: str) -> None:
    ours, theirs = both(SETUP)
    assert ours.execute(query).fetchall() == theirs.execute(query).fetchall()


@pytest.mark.parametrize(("statement", "parameters", "query"), [
    # the WHERE is compiled before the SET, yet parameters number in text order
    ("UPDATE t SET b = ? WHERE a = ?", (9, 2), "SELECT * FROM t ORDER BY a, b"),
    ("UPDATE t SET b = :value WHERE c = :name", {"value": 7, "name": "x"}, "SELECT * FROM t ORDER BY a, b"),
    ("DELETE FROM t WHERE b IN (?, ?)", (2, 5), "SELECT * FROM t ORDER BY a, b"),
    ("INSERT INTO t VALUES (?2, ?1, ?3)", (10, 20, "z"), "SELECT * FROM t ORDER BY a, b"),
])
def test_parameters_bind_in_text_order(statement: str, parameters: object, query: str) -> None:
    ours, theirs = both(SETUP)
    ours.execute(statement, parameters)
    theirs.execute(statement, parameters)
    assert ours.execute(query).fetchall() == theirs.execute(query).fetchall()


@pytest.mark.parametrize("statement", ["SELEC 1", "FOO BAR", "SELECT FROM WHERE"])
def test_what_sqlite_rejects_is_a_syntax_error(statement: str) -> None:
    ours, theirs = both([])
    with pytest.raises(sqlite3.OperationalError):
        theirs.execute(statement)
    with pytest.raises(engine.OperationalError, match="syntax error"):
        ours.execute(statement)
