"""A cached statement keeps its plan, not its syntax tree.

Every sqlglot node reaches its whole tree through its parents, and a tree is a few hundred
objects in reference cycles: kept alive by the 128 cached statements, they would move into the
garbage collector's older generations and be walked again and again. The plans keep what they
run and what they return: the column names, cut from the text when the statement is compiled.

What the engine lets go is freed by reference counting, not left in cycles for the collector: a
statement's planning objects once it is compiled, a shared tree once no statement will get it
again, a plan the cache evicts, and a closed connection's database. Collecting them, on objects
long out of the cache, was a tenth of a corpus run.
"""

from __future__ import annotations

import gc
import sys

import pytest
from sqlglot import exp

import engine
from engine.statements.database import Database
from engine.store.storage import Index, Table

QUERIES = [
    "SELECT a + 1, b FROM t WHERE a > 1 AND c < 2.5 ORDER BY 1",
    "SELECT t.a, u.d FROM t, u WHERE t.a = u.a AND t.b IN (SELECT d FROM u WHERE u.a > 0)",
    "SELECT a, count(*) AS n, sum(c) FROM t GROUP BY a HAVING count(*) > 0",
    "SELECT a, row_number() OVER (PARTITION BY b ORDER BY c) FROM t",
    "WITH w AS (SELECT a FROM t WHERE a BETWEEN 1 AND 3) SELECT * FROM w JOIN u USING (a)",
    "SELECT a FROM t UNION SELECT a FROM u ORDER BY 1",
    "SELECT * FROM t LEFT JOIN u ON t.a = u.a WHERE u.d IS NULL",
]


def syntax_reachable_from(root: object) -> list[str]:
    """The syntax nodes ``root`` reaches, outside modules (which hold the catalog's own trees)."""
    seen = {id(module.__dict__) for module in list(sys.modules.values()) if module is not None}
    stack, found = [root], []
    while stack:
        item = stack.pop()
        if id(item) in seen or isinstance(item, type):
            continue
        seen.add(id(item))
        if isinstance(item, exp.Expression):
            found.append(item.sql())
            continue
        stack.extend(gc.get_referents(item))
    return found


@pytest.mark.parametrize("sql", QUERIES)
def test_a_cached_query_keeps_no_syntax_tree(sql: str) -> None:
    connection = engine.connect()
    connection.executescript("CREATE TABLE t(a INTEGER, b TEXT, c REAL); CREATE TABLE u(a INTEGER, d TEXT);"
                             "CREATE INDEX u_a ON u(a); INSERT INTO t VALUES (1, 'x', 1.5), (2, 'y', 0.5);"
                             "INSERT INTO u VALUES (1, 'x'), (3, 'z');")
    cursor = connection.execute(sql)
    names = [column[0] for column in cursor.description]
    cursor.fetchall()
    cached = connection._database.statements[sql]
    assert syntax_reachable_from(cached) == []
    assert [column[0] for column in connection.execute(sql).description] == names


def test_explain_still_describes_the_conditions_of_each_loop() -> None:
    connection = engine.connect()
    connection.executescript("CREATE TABLE t(a INTEGER, b TEXT); CREATE TABLE u(a INTEGER, d TEXT)")
    connection.execute("SELECT * FROM t, u WHERE t.a = u.a AND t.b > 'k'").fetchall()
    lines = [row[3] for row in connection.execute("EXPLAIN SELECT * FROM t, u WHERE t.a = u.a AND t.b > 'k'")]
    assert any("t.b > 'k'" in line for line in lines), lines
    assert any("HASH" in line and "t.a = u.a" in line for line in lines), lines


def cyclic_garbage_of(run) -> list[object]:
    """What only the cyclic collector would free of what ``run()`` leaves behind."""
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        run()
        gc.collect()
        return list(gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()


def test_compiling_a_statement_leaves_its_planning_objects_to_reference_counting() -> None:
    connection = engine.connect()
    connection.executescript("CREATE TABLE t(a INTEGER, b TEXT, c REAL); CREATE TABLE u(a INTEGER, d TEXT);"
                             "INSERT INTO t VALUES (1, 'x', 1.5); INSERT INTO u VALUES (1, 'x');")

    def run() -> None:
        for sql in QUERIES:
            connection.execute(sql).fetchall()
        connection.execute("UPDATE t SET c = c + 1 WHERE a IN (SELECT a FROM u)")

    kinds = {type(item).__name__ for item in cyclic_garbage_of(run)}
    assert not kinds & {"Scope", "RowResolver", "GroupResolver", "ExpressionCompiler", "Source"}, kinds


def test_a_tree_let_go_by_the_shared_trees_is_freed_by_reference_counting() -> None:
    connection = engine.connect()
    connection.executescript("CREATE TABLE t1(a INTEGER, b INTEGER)")
    # more distinct shapes than the shared trees keep: the first ones' trees are let go
    texts = [f"SELECT a + {'b + ' * n}1 FROM t1 WHERE a > b" for n in range(100)]
    garbage = cyclic_garbage_of(lambda: [connection.execute(sql).fetchall() for sql in texts])
    assert not [item for item in garbage if isinstance(item, exp.Select)]


def test_a_plan_the_statement_cache_lets_go_is_freed_by_reference_counting() -> None:
    connection = engine.connect()
    connection.executescript("CREATE TABLE t(a INTEGER, b TEXT); INSERT INTO t VALUES (1, 'x')")
    # more distinct statements than the cache keeps, with a window, an aggregate and a subquery
    texts = [f"SELECT a + {n}, row_number() OVER (ORDER BY b), (SELECT count(*) FROM t) FROM t" for n in range(80)]
    texts += [f"SELECT b, sum(a) FROM t WHERE a > {n} GROUP BY b" for n in range(80)]
    garbage = cyclic_garbage_of(lambda: [connection.execute(sql).fetchall() for sql in texts])
    assert not {type(item).__name__ for item in garbage} & {"SelectCore", "SubqueryRuntime", "CodeGen"}


def test_a_closed_connection_is_freed_by_reference_counting() -> None:
    def run() -> None:
        connection = engine.connect()
        connection.executescript("CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT); CREATE INDEX t_b ON t(b)")
        connection.executemany("INSERT INTO t VALUES (?, ?)", [(n, f"x{n}") for n in range(200)])
        connection.execute("SELECT a FROM t WHERE b > 'x5' ORDER BY 1").fetchall()
        connection.commit()
        connection.close()

    garbage = cyclic_garbage_of(run)
    assert not [item for item in garbage if isinstance(item, Database | Table | Index)]
