"""A WHERE conjunct's compile kept with a shared tree (engine.query.kept_predicates), against sqlite3.

Each group runs on one connection, twice over in turn, in both orders: the first statement of a
tree's shape compiles and keeps its predicates, the later ones take them where every column answers
the same. The tables share column names but differ in types, collations, column order, rowid and
generated columns, so a kept predicate taken where it does not belong gives a wrong answer here.
"""

from __future__ import annotations

import pytest

from engine.query.compiler import ExpressionCompiler
from tests.engine.sqlite_twin import Twin, same_answer

SETUP = (
    "CREATE TABLE t1(a INTEGER, b TEXT, c REAL)",
    "CREATE TABLE t2(a INTEGER, b TEXT, c REAL)",  # t1's columns: its predicates are taken
    "CREATE TABLE t3(a TEXT, b INTEGER, c REAL)",  # other affinities
    "CREATE TABLE t4(b TEXT COLLATE NOCASE, a INTEGER, c REAL)",  # another order, another collation
    "CREATE TABLE t5(a INTEGER, b TEXT, c REAL AS (a * 2.5 + 0.25))",  # a generated column
    "CREATE TABLE t6(x INTEGER)",  # none of the columns
    "CREATE TABLE t7(a INTEGER, b TEXT, c TEXT AS (b || 'g'))",  # a virtual column: names bound before WHERE's
    "CREATE VIEW t8 AS SELECT a, b, c FROM t1 WHERE b <> 'q'",
    "CREATE INDEX t2_a ON t2(a)",
    "INSERT INTO t1 VALUES (1, 'x', 1.5), (2, 'Y', NULL), (3, '10', 2.0), (NULL, 'z', 4.0)",
    "INSERT INTO t2 VALUES (1, 'X', 2.5), (2, 'y', 5.0), (7, '3', NULL)",
    "INSERT INTO t3 VALUES ('1', 10, 1.5), ('2', 20, 0.5), ('x', NULL, 3.0)",
    "INSERT INTO t4 VALUES ('x', 1, 1.5), ('Y', 2, NULL), ('10', 3, 2.0)",
    "INSERT INTO t5(a, b) VALUES (1, 'x'), (2, 'Y'), (4, 'q')",
    "INSERT INTO t6 VALUES (1)",
    "INSERT INTO t7(a, b) VALUES (1, 'x'), (2, 'Y'), (5, 'q')",
)

TABLES = ("t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8")

TEMPLATES = [
    "SELECT a, b FROM {t} WHERE a > 1 OR b = 'x' OR c BETWEEN 1 AND 2 ORDER BY 1, 2",
    "SELECT a FROM {t} WHERE (a IN (1, 3, '2') OR b < 'Z') AND c IS NOT NULL ORDER BY 1",
    "SELECT a FROM {t} WHERE a > 1 AND b >= 'Y' AND c < 3 ORDER BY 1",
    # the first two conjuncts compile to other names where a and b differ: the third, of the same columns
    # everywhere, must not take names that are the first two's here
    "SELECT a FROM {t} WHERE a > 1 AND b >= 'Y' AND (c < 3 OR c = 9) ORDER BY 1",
    "SELECT a FROM {t} WHERE CASE WHEN a > 1 THEN b ELSE 'x' END = 'x' OR coalesce(c, 0) > 1.5 ORDER BY 1",
    "SELECT a FROM {t} WHERE CAST(a AS TEXT) = '2' OR -a < -2 OR a + 1 = 2 ORDER BY 1",
    "SELECT a FROM {t} WHERE b = 'y' OR b = 'Y' ORDER BY 1",
    "SELECT a FROM {t} WHERE a = 1 OR a IN (SELECT a FROM t1 WHERE c > 1) OR b = '10' ORDER BY 1",
    "SELECT a FROM {t} AS o WHERE a > 5 OR EXISTS (SELECT 1 FROM t1 WHERE t1.a = o.a + 1) OR c > 4 ORDER BY 1",
    "SELECT a AS c, b FROM {t} WHERE c > 1 OR b = 'x' ORDER BY 1",  # c: the column, not the alias
    "SELECT a + 1 AS k FROM {t} WHERE k > 2 OR k IS NULL ORDER BY 1",  # k: the result alias
    "SELECT {t}.a FROM {t} LEFT JOIN t1 AS j ON j.a = {t}.a AND {t}.c > 1 WHERE j.b IS NULL OR {t}.b > 'a' ORDER BY 1",
    "SELECT a FROM {t} WHERE a > ? OR b = ? ORDER BY 1",
    "SELECT a, c FROM {t} WHERE b = 'x' OR a > 1 ORDER BY 1",
    "SELECT a, c || 'h' FROM {t} WHERE b = 'x' OR a > 1 ORDER BY 1",
]


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda template: template[:60])
@pytest.mark.parametrize("backwards", [False, True], ids=["forwards", "backwards"])
def test_statements_sharing_a_tree_answer_as_alone(template: str, backwards: bool) -> None:
    twin = Twin(SETUP)
    tables = TABLES[::-1] if backwards else TABLES
    parameters = (1, "x") if "?" in template else ()
    for table in tables * 2:
        same_answer(twin, template.format(t=table), parameters)


def test_a_copy_of_a_tree_keeps_no_compiles() -> None:
    """The result column is named by writing its tree as SQL, which copies the subquery and its kept
    WHERE: the copy must come without them (their bindings reach the tables). Only the rows are
    compared: ours names this column by sqlglot's rendering, its only names being in a subquery."""
    twin = Twin(SETUP)
    for table in TABLES * 2:
        twin.same(f"SELECT floor((SELECT s.a FROM t1 s WHERE s.c OR s.b = 'x' ORDER BY 1 LIMIT 1)) FROM {table} "
                  "LEFT JOIN t1 ON NULL", ordered=False)


@pytest.mark.parametrize("backwards", [False, True], ids=["forwards", "backwards"])
def test_rowid_in_statements_sharing_a_tree(backwards: bool) -> None:
    """Left out above: sqlite3 3.40 gives a view a NULL rowid, later SQLite (and ours) none."""
    twin = Twin(SETUP)
    tables = [table for table in TABLES if table != "t8"]
    for table in (tables[::-1] if backwards else tables) * 2:
        same_answer(twin, f"SELECT a FROM {table} WHERE rowid > 1 OR a IS NULL OR b = 'x' ORDER BY 1")


def test_a_kept_predicate_is_taken_where_the_columns_answer_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """t1 and t2 have the same columns: the long OR compiles once for both; t3's columns differ."""
    compiled: list[str] = []
    predicate = ExpressionCompiler.predicate

    def counting(self, node, fold=True, operands=None):
        if node.__class__.__name__ == "Or" and node.parent.__class__.__name__ == "Where":
            compiled.append(node.sql())
        return predicate(self, node, fold, operands)

    monkeypatch.setattr(ExpressionCompiler, "predicate", counting)
    twin = Twin(SETUP)
    template = "SELECT a FROM {t} WHERE a > 1 OR b = 'x' OR c < 2 ORDER BY 1"
    for table in ("t1", "t2", "t1", "t3"):
        same_answer(twin, template.format(t=table))
    assert len(compiled) == 2  # t1 once (t2 and t1 again take it), t3 once
