"""Statements that differ only in the tables they name share one parse (engine.sql.shared_trees).

Each group below runs, on one connection and in both orders, against sqlite3: the rows with
their types, the column names (cut from each statement's own text) or the error class and
message must be what sqlite3 gives each statement alone. The tables differ in their columns,
types and indexes, so a tree that kept anything of the table it was first parsed for shows.
Some groups have a table's name where it is not one (a string, an alias, a parameter, a
column): those must not share a tree, and must still answer right.
"""

from __future__ import annotations

import pytest
from sqlglot import exp

from engine.sql.parser import parse_statement
from engine.sql.shared_trees import SharedTrees, is_plain_name, names_pattern
from tests.engine.sqlite_twin import Twin, same_answer, typed

SETUP = (
    "CREATE TABLE t1(a INTEGER, b TEXT, c REAL)",
    "CREATE TABLE t2(a TEXT, b INTEGER)",
    "CREATE TABLE tab10(a INTEGER PRIMARY KEY, b TEXT COLLATE NOCASE, c)",
    "CREATE INDEX t2_b ON t2(b)",
    "CREATE UNIQUE INDEX tab10_b ON tab10(b)",
    "INSERT INTO t1 VALUES (1, 'x', 1.5), (2, 'Y', NULL), (3, '10', 2.0)",
    "INSERT INTO t2 VALUES ('1', 10), ('2', 20), ('x', NULL)",
    "INSERT INTO tab10 VALUES (1, 'X', 'q'), (5, 'y', 7), (10, 'z', NULL)",
)

GROUPS = [
    ["SELECT a, b FROM t1 WHERE a > 1 ORDER BY a", "SELECT a, b FROM t2 WHERE a > 1 ORDER BY a",
     "SELECT a, b FROM tab10 WHERE a > 1 ORDER BY a"],
    ["SELECT b FROM t1 WHERE b = 'x' OR b < 'Z' ORDER BY 1", "SELECT b FROM tab10 WHERE b = 'x' OR b < 'Z' ORDER BY 1",
     "SELECT b FROM t2 WHERE b = 'x' OR b < 'Z' ORDER BY 1"],
    ["SELECT t1.a + 1, t1.b FROM t1 ORDER BY 1", "SELECT t2.a + 1, t2.b FROM t2 ORDER BY 1"],
    ['SELECT "t1".a, T1.b FROM "t1" ORDER BY 1', 'SELECT "t2".a, T2.b FROM "t2" ORDER BY 1',
     'SELECT "T1".a, t1.b FROM "T1" ORDER BY 1'],
    ["SELECT x.a, y.b FROM t1 AS x JOIN t2 AS y ON x.a = y.a ORDER BY 1, 2",
     "SELECT x.a, y.b FROM t2 AS x JOIN t1 AS y ON x.a = y.a ORDER BY 1, 2",
     "SELECT x.a, y.b FROM tab10 AS x JOIN t1 AS y ON x.a = y.a ORDER BY 1, 2"],
    ["SELECT a FROM t1 WHERE a IN (SELECT a FROM t2) ORDER BY a",
     "SELECT a FROM t2 WHERE a IN (SELECT a FROM t1) ORDER BY a",
     "SELECT a FROM tab10 WHERE a IN (SELECT a FROM t1) ORDER BY a"],
    ["SELECT count(*), max(b) FROM t1 GROUP BY a > 1 ORDER BY 1",
     "SELECT count(*), max(b) FROM t2 GROUP BY a > 1 ORDER BY 1"],
    ["SELECT t1.a, count(*) FROM t1 GROUP BY t1.a HAVING t1.a > 1 ORDER BY t1.a",
     "SELECT t2.a, count(*) FROM t2 GROUP BY t2.a HAVING t2.a > 1 ORDER BY t2.a"],
    ["WITH w AS (SELECT a FROM t1) SELECT * FROM w ORDER BY 1",
     "WITH w AS (SELECT a FROM t2) SELECT * FROM w ORDER BY 1"],
    ["SELECT c FROM t1 ORDER BY 1", "SELECT c FROM t2 ORDER BY 1", "SELECT c FROM tab10 ORDER BY 1"],
    ["SELECT t1.b FROM t2", "SELECT t2.b FROM t1"],
    # a table's name where it names no table: not shared, still right
    ["SELECT 't1' AS n, a FROM t1 ORDER BY a", "SELECT 't2' AS n, a FROM t2 ORDER BY a"],
    ["SELECT 't2' AS n, a FROM t1 ORDER BY a", "SELECT 't1' AS n, a FROM t2 ORDER BY a"],
    ["SELECT a AS t2 FROM t1 ORDER BY 1", "SELECT a AS t1 FROM t2 ORDER BY 1"],
    ["SELECT t2.a FROM t1 AS t2 ORDER BY 1", "SELECT t1.a FROM t2 AS t1 ORDER BY 1"],
    ["WITH t1 AS (SELECT 5 AS a) SELECT a FROM t1", "WITH t2 AS (SELECT 6 AS a) SELECT a FROM t2"],
    ["SELECT t1.a FROM t1 JOIN t2 USING (a) ORDER BY 1", "SELECT t2.a FROM t2 JOIN t1 USING (a) ORDER BY 1"],
]


@pytest.mark.parametrize("group", GROUPS, ids=lambda group: group[0][:50])
@pytest.mark.parametrize("backwards", [False, True], ids=["forwards", "backwards"])
def test_statements_naming_other_tables_answer_as_alone(group: list[str], backwards: bool) -> None:
    twin = Twin(SETUP)
    for sql in reversed(group) if backwards else group:
        same_answer(twin, sql)


@pytest.mark.parametrize("template", [
    "UPDATE {t} SET b = b || '!' WHERE a > 1",
    "DELETE FROM {t} WHERE b IS NULL OR a = 2",
    "INSERT INTO {t}(a, b) SELECT a + 100, b FROM {t} WHERE a < 3",
    "UPDATE {t} SET a = a + 1 WHERE {t}.b IN (SELECT b FROM {t} WHERE a < 10)",
])
def test_row_changes_naming_other_tables_change_their_own(template: str) -> None:
    twin = Twin(SETUP)
    for table in ("t1", "t2", "tab10", "t1"):
        twin.same_outcome(template.format(t=table))
        for name in ("t1", "t2", "tab10"):
            twin.same(f"SELECT * FROM {name} ORDER BY 1, 2")


def test_parameters_named_like_tables() -> None:
    twin = Twin(SETUP)
    for sql, parameters in [("SELECT a FROM t1 WHERE a > :t2 ORDER BY 1", {"t2": 1}),
                            ("SELECT a FROM t2 WHERE a > :t1 ORDER BY 1", {"t1": 1})]:
        ours, theirs = twin.rows(sql, parameters)
        assert typed(ours) == typed(theirs), sql


def test_a_statement_of_the_same_shape_gets_the_kept_tree_renamed() -> None:
    trees = SharedTrees()
    names = names_pattern(["t1", "t2"])
    first = trees.parse("SELECT t1.a FROM t1 WHERE a > 1 GROUP BY t1.a", names)
    hash(first)  # sqlglot keeps each node's hash, and its equality compares hashes
    second = trees.parse("SELECT T2.a FROM t2 WHERE a > 1 GROUP BY t2.a", names)
    assert second is first
    assert second == parse_statement.__wrapped__("SELECT T2.a FROM t2 WHERE a > 1 GROUP BY t2.a")
    assert [column.table for column in second.find_all(exp.Column) if column.table] == ["T2", "t2"]
    again = trees.parse("SELECT t1.a FROM t1 WHERE a > 1 GROUP BY t1.a", names)
    assert again == parse_statement.__wrapped__("SELECT t1.a FROM t1 WHERE a > 1 GROUP BY t1.a")


@pytest.mark.parametrize("first, second", [
    ("SELECT 't1', a FROM t1", "SELECT 't2', a FROM t2"),
    ("SELECT a AS t1 FROM t2", "SELECT a AS t2 FROM t1"),
    ("SELECT a FROM t1 WHERE a = :t2", "SELECT a FROM t2 WHERE a = :t1"),
    ("SELECT t1 FROM t2", "SELECT t2 FROM t1"),
    ("REPLACE INTO t1 VALUES (1)", "REPLACE INTO t2 VALUES (1)"),
])
def test_a_name_that_names_no_table_keeps_no_tree(first: str, second: str) -> None:
    trees = SharedTrees()
    names = names_pattern(["t1", "t2"])
    assert trees.parse(second, names) is not trees.parse(first, names)


@pytest.mark.parametrize("name, plain", [
    ("tab1", True), ("t_10", True), ("T1", True),
    ("t", False), ("select", False), ("log10", False), ("atan2", False), ("tä1", False), ("1t", False),
    ("a$1", False),
])
def test_only_names_with_a_digit_that_sqlglot_reads_as_plain_names_are_blanked(name: str, plain: bool) -> None:
    assert is_plain_name(name) is plain


@pytest.mark.parametrize("query", ["SELECT pk FROM {t} WHERE c0 = 3 ORDER BY 1",
                                   "SELECT pk FROM {t} WHERE c0 > 3 ORDER BY 1", "SELECT c0 FROM {t} ORDER BY c0"])
def test_a_query_read_through_each_tables_own_index_compiles_one_source(query: str) -> None:
    """tab1 and tab2 have the same columns and each an index of its own name on c0: the query compiles,
    per table, to one generated source (the index's name is bound, not written into it), and each reads
    its own table through its own index."""
    from engine.query import codegen

    setup = [statement for n in (1, 2, 3) for statement in (
        f"CREATE TABLE tab{n}(pk INTEGER PRIMARY KEY, c0 INTEGER, c1 TEXT)",
        f"CREATE INDEX idx_tab{n}_c0 ON tab{n}(c0)",
        f"INSERT INTO tab{n} VALUES " + ", ".join(f"({k}, {k * n % 7}, 'r{k}')" for k in range(1, 12)))]
    twin = Twin(setup)
    same_answer(twin, query.format(t="tab1"))
    sources = set(codegen._CODE_CACHE)
    for table in ("tab2", "tab3"):
        assert same_answer(twin, query.format(t=table))
        assert set(codegen._CODE_CACHE) == sources, table
