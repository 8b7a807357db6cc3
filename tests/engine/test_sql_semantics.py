"""SQLite's value semantics, differentially: typing and affinity, arithmetic, NULLs, comparison, order."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_twin import Twin, same_as_current_sqlite

import engine

TYPES = ["INTEGER", "INT", "BIGINT", "SMALLINT", "REAL", "FLOAT", "DOUBLE", "DOUBLE PRECISION", "NUMERIC",
         "DECIMAL(10,2)", "VARCHAR(20)", "CHAR(5)", "TEXT", "CLOB", "BOOLEAN", "DATE", "TIME", "TIMESTAMP", "BLOB",
         "", "UNSIGNED BIG INT", "STRING"]
VALUES = ["1", "'1'", "' 12 '", "'1.0'", "'1e3'", "'0x10'", "'abc'", "1.0", "1.5", "3.0e20", "X'31'", "NULL",
          "-0.0", "9223372036854775807", "'9223372036854775808'", "TRUE", "''"]


@pytest.mark.parametrize("declared", TYPES)
def test_affinity_of_each_declared_type(declared: str) -> None:
    twin = Twin([f"CREATE TABLE t(id INTEGER PRIMARY KEY, v {declared})"])
    for value in VALUES:
        twin.both(f"INSERT INTO t(v) VALUES ({value})")
    twin.same("SELECT id, v, typeof(v) FROM t ORDER BY id")
    twin.same("SELECT id FROM t WHERE v = 1 ORDER BY id")
    twin.same("SELECT id FROM t WHERE v = '1' ORDER BY id")
    twin.same("SELECT id FROM t WHERE v > 0 ORDER BY id")
    twin.same("SELECT v FROM t ORDER BY v, id")


EXPRESSIONS = [
    # integer and real arithmetic, division, modulo, overflow
    "7 / 2", "-7 / 2", "7 / -2", "7.0 / 2", "7 % 3", "-7 % 3", "7 % -3", "5.5 % 2", "-7.5 % 2", "1 / 0", "1 % 0",
    "1.0 / 0", "9223372036854775807 + 1", "-9223372036854775808 - 1", "9223372036854775807 * 2",
    "-9223372036854775808 / -1", "- -9223372036854775808", "2 * 3.0", "'3' + 4", "'3.5' * 2", "'abc' + 1",
    "'12abc' + 1", "X'3132' + 0", "1 << 63", "1 << 64", "-1 >> 1", "5 & 3", "5 | 3", "~5", "NULL + 1",
    # concatenation and text conversion of numbers
    "'a' || 1 || 1.5 || NULL", "1.0 || ''", "1e20 || ''", "0.1 + 0.2 || ''", "123456789012345678.0 || ''",
    # three-valued logic
    "NULL AND 0", "NULL AND 1", "NULL OR 1", "NULL OR 0", "NOT NULL", "NOT 'abc'", "'1abc' AND 1", "0.5 AND 1",
    "NULL IS NULL", "NULL IS NOT NULL", "1 IS 1.0", "'a' IS NOT 'A'", "NULL = NULL", "NULL <> 1",
    # comparisons across storage classes
    "1 < 'a'", "'a' < X'00'", "1 = 1.0", "'1' = 1", "'abc' > 5", "X'41' = 'A'", "2 BETWEEN 1 AND 3",
    "2 BETWEEN 3 AND 1", "NULL BETWEEN 1 AND 2", "1 BETWEEN NULL AND 2", "5 NOT BETWEEN 1 AND 2",
    # IN with NULLs
    "1 IN (1, NULL)", "2 IN (1, NULL)", "2 NOT IN (1, NULL)", "NULL IN (1, 2)", "NULL IN ()", "1 IN ()",
    "'1' IN (1, 2)", "1 IN ('1', 2)", "1 IN (SELECT NULL)", "3 NOT IN (SELECT 1 UNION SELECT 2)",
    # CAST
    "CAST('12abc' AS INTEGER)", "CAST('  -3.9e1x' AS REAL)", "CAST('1e3' AS INTEGER)", "CAST(3.99 AS INTEGER)",
    "CAST(-3.99 AS INTEGER)", "CAST(1e30 AS INTEGER)", "CAST('abc' AS NUMERIC)", "CAST('3.0' AS NUMERIC)",
    "CAST(12 AS TEXT)", "CAST(1.5 AS TEXT)", "CAST(X'414243' AS TEXT)", "CAST('abc' AS BLOB)", "CAST(NULL AS TEXT)",
    "CAST(5 AS REAL)", "typeof(CAST('5' AS NUMERIC))", "CAST('0x10' AS INTEGER)",
    # integers of more digits than Python's int() reads (4,300), or than a float holds
    "CAST(hex(zeroblob(4096)) AS INTEGER)", "CAST('-1' || hex(zeroblob(3000)) AS INTEGER)",
    "CAST('  +00' || hex(zeroblob(3000)) || '12' AS INTEGER)", "('1' || hex(zeroblob(3000))) + 0",
    "typeof(hex(zeroblob(3000)) + 0)", "'-0' || hex(zeroblob(3000)) < 1", "9" * 400, "-" + "0" * 5000 + "7",
    "CAST('9223372036854775808' AS INTEGER)", "CAST('-9223372036854775809' AS INTEGER)",
    # CASE, COALESCE, NULLIF, IFNULL, IIF
    "CASE WHEN NULL THEN 1 WHEN 0 THEN 2 ELSE 3 END", "CASE 1 WHEN 1.0 THEN 'one' ELSE 'other' END",
    "CASE NULL WHEN NULL THEN 1 ELSE 2 END", "CASE '1' WHEN 1 THEN 'x' END", "COALESCE(NULL, NULL, 3, 4)",
    "NULLIF(1, 1.0)", "NULLIF('a', 'b')", "IFNULL(NULL, 'x')", "IIF(0, 'y', 'n')", "IIF(NULL, 1, 2)",
    # LIKE and GLOB
    "'abc' LIKE 'A%'", "'abc' LIKE 'a_c'", "'a%c' LIKE 'a!%c' ESCAPE '!'", "'abc' NOT LIKE '%b%'",
    "NULL LIKE 'a'", "1.0 LIKE '1.0'", "'abc' GLOB 'a*'", "'abc' GLOB 'A*'", "'a1' GLOB 'a[0-9]'",
    "'ab' GLOB '[^a]b'",
    # collations
    "'a' = 'A' COLLATE NOCASE", "'a ' = 'a' COLLATE RTRIM", "'B' < 'a' COLLATE NOCASE", "'B' < 'a'",
]


@pytest.mark.parametrize("expression", EXPRESSIONS)
def test_expression_matches_sqlite(expression: str) -> None:
    Twin().same_outcome(f"SELECT {expression}")


def test_sort_order_nulls_first_and_mixed_types() -> None:
    twin = Twin(["CREATE TABLE t(v)", "INSERT INTO t VALUES (NULL), (2), ('b'), (1.5), (X'00'), ('A'), (-1), ('a')"])
    twin.same("SELECT v FROM t ORDER BY v")
    twin.same("SELECT v FROM t ORDER BY v DESC")
    twin.same("SELECT v FROM t ORDER BY v NULLS LAST")
    twin.same("SELECT v FROM t ORDER BY v DESC NULLS FIRST")
    twin.same("SELECT v FROM t ORDER BY v COLLATE NOCASE, v")
    twin.same("SELECT DISTINCT typeof(v) FROM t ORDER BY 1")


def test_nocase_stops_at_a_nul_and_then_orders_by_byte_length() -> None:
    """SQLite's NOCASE (sqlite3StrNICmp) stops at a NUL byte: texts equal up to it are equal if they are as
    long in bytes ('a\\0b' = 'a\\0C'), else the shorter is less; =, <, ORDER BY, GROUP BY, DISTINCT, compounds,
    indexes and UNIQUE all agree."""
    values = ["a\0b", "A\0c", "a\0bb", "a\0é", "a", "a\0", "\0x", "\0", "ab", "B\0a", "b"]
    twin = Twin(["CREATE TABLE t(x TEXT COLLATE NOCASE)", "CREATE TABLE i(x TEXT COLLATE NOCASE)",
                 "CREATE INDEX ix ON i(x)", "CREATE TABLE u(x TEXT COLLATE NOCASE UNIQUE)"])
    for value in values:
        twin.both("INSERT INTO t VALUES (?)", (value,))
        twin.both("INSERT INTO i VALUES (?)", (value,))
        twin.same_outcome("INSERT INTO u VALUES (?)", (value,))
    twin.same("SELECT 'a' || char(0) || 'b' = 'A' || char(0) || 'c' COLLATE NOCASE, "
              "'a' || char(0) || 'b' < 'a' || char(0) || 'cc' COLLATE NOCASE, 'a' || char(0) > 'a' COLLATE NOCASE")
    for table in ("t", "i"):
        twin.same(f"SELECT rowid FROM {table} ORDER BY x, rowid")
        twin.same(f"SELECT count(*), min(rowid) FROM {table} GROUP BY x ORDER BY 2")
        twin.same(f"SELECT count(DISTINCT x) FROM {table}")
        twin.same(f"SELECT rowid FROM {table} WHERE x = 'a' || char(0) || 'z' ORDER BY 1")
        twin.same(f"SELECT rowid FROM {table} WHERE x > 'a' || char(0) || 'z' ORDER BY 1")
        twin.same(f"SELECT a.rowid, b.rowid FROM {table} a JOIN t b ON a.x = b.x ORDER BY 1, 2")
    twin.same("SELECT hex(x) FROM u ORDER BY x")
    twin.same("SELECT count(*) FROM (SELECT char(0) || '1.5' COLLATE NOCASE UNION SELECT char(0) || '2.5')")


def test_column_collations_apply_to_comparison_order_and_grouping() -> None:
    twin = Twin(["CREATE TABLE t(a TEXT COLLATE NOCASE, b TEXT COLLATE RTRIM, c TEXT)",
                 "INSERT INTO t VALUES ('x', 'x ', 'X'), ('X', 'x', 'x'), ('y', 'y  ', 'Y')"])
    twin.same("SELECT count(*) FROM t WHERE a = 'X'")
    twin.same("SELECT count(*) FROM t WHERE b = 'x'")
    twin.same("SELECT count(*) FROM t WHERE c = 'X'")
    twin.same("SELECT a FROM t ORDER BY a, rowid")
    twin.same("SELECT count(*) FROM t WHERE a IN ('X', 'Z')")


def test_a_left_column_without_collate_compares_binary_whatever_the_right_column_declares() -> None:
    """Every column has a collation (BINARY unless declared), and the left operand's wins: only an explicit
    COLLATE, or a left operand that is not a column, lets the right column's NOCASE apply."""
    twin = Twin(["CREATE TABLE t(plain, folded COLLATE NOCASE)", "INSERT INTO t VALUES ('a', 'A')"])
    twin.same("SELECT plain = folded, plain IS folded, plain IS NOT folded, plain < folded, folded = plain, "
              "plain || '' = folded, plain = folded COLLATE NOCASE, plain IN (folded), folded IN (plain) FROM t")
    twin.same("SELECT count(*) FROM t a JOIN t b ON a.plain = b.folded")
    twin.same("SELECT count(*) FROM t WHERE plain IN (SELECT folded FROM t)")


# --- generated expressions over generated rows ---------------------------------------------------------------

LITERALS = st.one_of(
    st.integers(-1000, 1000).map(str),
    st.sampled_from(["9223372036854775807", "-9223372036854775808", "0", "NULL", "0.5", "-2.25", "1e3", "'12'",
                     "'abc'", "''", "' 7 '", "X'3132'", "'2.5e1'"]),
)
COLUMNS = st.sampled_from(["i", "r", "t", "u"])
BINARY = st.sampled_from(["+", "-", "*", "/", "%", "||", "=", "<>", "<", "<=", ">", ">=", "AND", "OR", "IS",
                          "IS NOT", "&", "|"])


def expressions(depth: int = 3) -> st.SearchStrategy[str]:
    leaf = st.one_of(LITERALS, COLUMNS)
    if depth == 0:
        return leaf
    inner = expressions(depth - 1)
    return st.one_of(
        leaf,
        st.tuples(inner, BINARY, inner).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
        inner.map(lambda e: f"(- {e})"),
        inner.map(lambda e: f"(NOT {e})"),
        inner.map(lambda e: f"({e} IS NULL)"),
        st.tuples(inner, inner, inner).map(lambda t: f"({t[0]} BETWEEN {t[1]} AND {t[2]})"),
        st.tuples(inner, inner, inner).map(lambda t: f"CASE WHEN {t[0]} THEN {t[1]} ELSE {t[2]} END"),
        st.tuples(inner, st.sampled_from(["INTEGER", "REAL", "TEXT", "NUMERIC"])).map(
            lambda t: f"CAST({t[0]} AS {t[1]})"),
        st.tuples(inner, inner).map(lambda t: f"({t[0]} IN ({t[1]}, 3, NULL))"),
        st.tuples(st.sampled_from(["abs", "coalesce", "nullif", "typeof", "length", "upper", "round", "max",
                                   "min", "ifnull", "instr", "substr"]), inner, inner).map(_function),
    )


def _function(parts: tuple[str, str, str]) -> str:
    name, first, second = parts
    if name in ("abs", "typeof", "length", "upper"):
        return f"{name}({first})"
    if name == "round":
        return f"round({first}, 1)"
    return f"{name}({first}, {second})"


ROWS = ["(1, 1.5, 'a', NULL)", "(-3, 2.0, '10', 7)", "(NULL, -0.5, 'B', 'x')", "(12, NULL, '', X'00')",
        "(0, 3.0e10, ' 5 ', 2.5)"]
SETUP = ["CREATE TABLE g(i INTEGER, r REAL, t TEXT, u)"] + [f"INSERT INTO g VALUES {row}" for row in ROWS]


@settings(max_examples=400, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(expression=expressions(), condition=expressions(2))
def test_generated_expressions_in_select_where_and_order_by(expression: str, condition: str) -> None:
    twin = Twin(SETUP)
    twin.same_outcome(f"SELECT {expression} FROM g ORDER BY rowid")
    twin.same_outcome(f"SELECT rowid FROM g WHERE {condition} ORDER BY rowid")
    twin.same_outcome(f"SELECT rowid, {expression} FROM g ORDER BY 2, 1")


@settings(max_examples=150, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(key=expressions(1), value=expressions(2))
def test_generated_grouping_and_aggregates(key: str, value: str) -> None:
    twin = Twin(SETUP)
    twin.same_outcome(f"SELECT {key} AS k, count(*), sum({value}), min({value}), max({value}), total({value}), "
                      f"count(DISTINCT {value}) FROM g GROUP BY 1 ORDER BY 1")


@settings(max_examples=600, deadline=None, derandomize=True, database=None)
@given(value=st.one_of(st.floats(allow_nan=False, allow_infinity=False),
                       st.floats(min_value=-1e6, max_value=1e6),
                       st.builds(lambda whole, places: whole / 10**places / 2,  # exact and near decimal ties
                                 st.integers(-10**9, 10**9), st.integers(0, 8))),
       places=st.integers(-1, 12))
def test_round_matches_sqlite_near_ties_and_at_every_precision(value: float, places: int) -> None:
    Twin().same("SELECT round(?, ?), round(?)", (value, places, value))


def test_in_list_compares_under_the_left_operands_affinity_and_collation() -> None:
    """Unlike '=', IN (list) ignores the items' affinity and collation: '12' IN (int_column) is false."""
    twin = Twin(["CREATE TABLE t(i INTEGER, x TEXT COLLATE NOCASE, y TEXT, b)",
                 "INSERT INTO t VALUES (12, 'ABC', 'abc', '12'), (3, 'abc', 'ABC', 3)", "CREATE INDEX t_i ON t(i)"])
    twin.same("SELECT '12' IN (i, 3, NULL), '12' = i, '12' IN (i), i IN ('12'), i IN ('12', y) FROM t ORDER BY i")
    twin.same("SELECT 'abc' IN (x), 'abc' = x, x IN ('abc'), x IN (y), y IN (x), 'abc' IN (x, 'zz'), "
              "y IN (x COLLATE BINARY), y COLLATE NOCASE IN (x) FROM t ORDER BY i")
    twin.same("SELECT b IN (i), b = i, b IN (12), 12 IN (b), CAST('12' AS TEXT) IN (i) FROM t ORDER BY i")
    twin.same("SELECT a.i, b.i FROM t a, t b WHERE a.i IN (b.b, 99) ORDER BY 1, 2")  # an index probe
    twin.same("SELECT a.i, b.i FROM t a, t b WHERE a.b IN (b.i) ORDER BY 1, 2")


COMPOUNDS = ["SELECT 2.0 UNION SELECT 2", "SELECT 2 UNION SELECT 2.0", "SELECT 2.0 INTERSECT SELECT 2",
             "SELECT 2 UNION ALL SELECT 2.0 EXCEPT SELECT 3", "SELECT 2.0 UNION ALL SELECT 2 INTERSECT SELECT 2.0",
             "SELECT x FROM (SELECT 2.0 x UNION ALL SELECT 2) UNION SELECT 3",
             "SELECT 'a' COLLATE NOCASE UNION SELECT 'A'",
             "SELECT 'b' UNION SELECT 'A' COLLATE NOCASE UNION SELECT 'a'",
             "SELECT 'B' COLLATE NOCASE INTERSECT SELECT 'b'", "SELECT 'B' COLLATE NOCASE EXCEPT SELECT 'b'",
             "SELECT 'a' UNION ALL SELECT 'B' COLLATE NOCASE ORDER BY 1",
             "SELECT 'a' COLLATE NOCASE AS x UNION ALL SELECT 'B' ORDER BY x",
             "SELECT 'a' COLLATE NOCASE UNION ALL SELECT 'B' ORDER BY 1 COLLATE BINARY",
             "SELECT t FROM c EXCEPT SELECT 'A' COLLATE NOCASE ORDER BY 1",  # a column's BINARY outranks it
             "SELECT * FROM c UNION SELECT 'A' COLLATE NOCASE ORDER BY 1",
             "SELECT t || '' FROM c UNION SELECT 'A' COLLATE NOCASE ORDER BY 1",
             # with ORDER BY SQLite merges sorted sides: each keeps its first row, UNION takes the right's
             "SELECT 2.0 UNION SELECT 2 ORDER BY 1", "SELECT 2.0 UNION ALL SELECT 2 EXCEPT SELECT 3 ORDER BY 1",
             "SELECT 2 UNION SELECT 2.0 UNION ALL SELECT 2.0 ORDER BY 1",
             "SELECT 2 UNION ALL SELECT 2.0 INTERSECT SELECT 2 ORDER BY 1",
             "SELECT t COLLATE NOCASE FROM c UNION SELECT 'A' ORDER BY 1"]


@pytest.mark.parametrize("query", COMPOUNDS)
def test_compound_keeps_sqlites_row_among_equals_and_uses_its_collation(query: str) -> None:
    """SQLite's choice among equal rows (2.0 UNION 2 is 2); the leftmost collation compares and sorts."""
    Twin(["CREATE TABLE c(t TEXT)", "INSERT INTO c VALUES ('a'), ('B')"]).same(query)


@pytest.mark.parametrize("query", [
    "SELECT t, count(*) FROM n GROUP BY t ORDER BY 1", "SELECT DISTINCT t FROM n ORDER BY 1",
    "SELECT DISTINCT u COLLATE NOCASE FROM n ORDER BY 1",
    "SELECT u, count(*) FROM n GROUP BY u COLLATE NOCASE ORDER BY 1",
    "SELECT u COLLATE NOCASE AS k, count(*), max(u) FROM n GROUP BY k HAVING k > 'a' ORDER BY 1",
    "SELECT DISTINCT t, u FROM n ORDER BY 1, 2", "SELECT count(DISTINCT t), group_concat(DISTINCT t) FROM n",
    "SELECT count(DISTINCT u COLLATE NOCASE), count(DISTINCT u) FROM n",
    "SELECT t FROM n GROUP BY t HAVING count(DISTINCT u) > 1 ORDER BY 1",
    "SELECT (1 COLLATE NOCASE), count(*) FROM n GROUP BY 1",
    "SELECT rowid, row_number() OVER (PARTITION BY t ORDER BY rowid) FROM n ORDER BY rowid",
    "SELECT rowid, rank() OVER (ORDER BY u COLLATE NOCASE), count(*) OVER (PARTITION BY u COLLATE NOCASE) FROM n "
    "ORDER BY rowid",
    "SELECT CAST(t AS TEXT) = 'A', +t = 'A', (t) = 'A', t || '' = 'A', CAST(t AS INTEGER) = 'A' FROM n",
    "SELECT CAST(u AS TEXT) FROM n EXCEPT SELECT 'A' COLLATE NOCASE ORDER BY 1",
    # an explicit COLLATE inside an expression is the expression's collation; a subquery's is not
    "SELECT 'a' || 'B' COLLATE NOCASE = 'ab', upper(u COLLATE NOCASE) = 'a', (u COLLATE NOCASE) || '' = 'A' FROM n",
    "SELECT count(DISTINCT quote(u COLLATE NOCASE)), count(DISTINCT quote(t)) FROM n",
    "SELECT (SELECT u COLLATE NOCASE FROM n LIMIT 1) = 'A', (SELECT t FROM n LIMIT 1) = 'A'"])
def test_grouping_distinct_and_partitions_use_collations(query: str) -> None:
    """GROUP BY, DISTINCT, PARTITION BY and window peers treat 'A' and 'a' as one under NOCASE."""
    Twin(["CREATE TABLE n(t TEXT COLLATE NOCASE, u TEXT)",
          "INSERT INTO n VALUES ('A', 'A'), ('a', 'a'), ('b', 'b'), ('B', 'B')"]).same(query)


def test_case_and_functions_have_no_affinity_or_column_collation() -> None:
    """CASE, iif, coalesce and other functions give a value with no affinity: CASE WHEN 1 THEN i END = '1'
    is false for an INTEGER i = 1, and a NOCASE column loses its collation through them."""
    twin = Twin(["CREATE TABLE n(i INTEGER, t TEXT COLLATE NOCASE)", "INSERT INTO n VALUES (1, 'a')"])
    twin.same("SELECT CASE WHEN 1 THEN i END = '1', iif(1, i, 0) = '1', coalesce(i, 0) = '1', ifnull(i, 0) = '1', "
              "nullif(i, 5) = '1', max(i, 0) = '1', (i) = '1', CASE i WHEN '1' THEN 'y' ELSE 'n' END FROM n")
    twin.same("SELECT CASE WHEN 1 THEN t END = 'A', coalesce(t, 'x') = 'A', iif(1, t, 0) = 'A', "
              "CASE WHEN 1 THEN t COLLATE NOCASE END = 'A' FROM n")
    twin.same("SELECT a.rowid, (SELECT count(*) FROM n c WHERE c.t < iif(1, a.i, 'x')) FROM n a")


@pytest.mark.parametrize("query", ["SELECT zeroblob(9223372036854775807) FROM (SELECT 1) LIMIT 0",
                                   "SELECT zeroblob(9223372036854775807) AS v FROM (SELECT 1 UNION SELECT 2) "
                                   "ORDER BY v LIMIT 0", "SELECT count(*) FROM (SELECT 1 LIMIT 0)"])
def test_limit_zero_evaluates_nothing(query: str) -> None:
    Twin().same_outcome(query)


@pytest.mark.parametrize("query", [
    "SELECT a FROM e INTERSECT SELECT abs(-9223372036854775808) FROM t ORDER BY 1",
    "SELECT a FROM e EXCEPT SELECT zeroblob(1e18) FROM t ORDER BY 1 LIMIT 1",
    "SELECT a FROM t INTERSECT SELECT a FROM e INTERSECT SELECT abs(-9223372036854775808) FROM t ORDER BY 1",
    "SELECT a FROM t EXCEPT SELECT a FROM t INTERSECT SELECT abs(-9223372036854775808) FROM t ORDER BY 1",
    "SELECT * FROM (SELECT a FROM e INTERSECT SELECT abs(-9223372036854775808) FROM t ORDER BY 1)",
    # without ORDER BY, or with a left side that has rows, or for UNION, the right side runs
    "SELECT a FROM e INTERSECT SELECT abs(-9223372036854775808) FROM t",
    "SELECT a FROM e INTERSECT SELECT abs(-9223372036854775808) FROM t LIMIT 1",
    "SELECT a FROM t INTERSECT SELECT abs(-9223372036854775808) FROM t ORDER BY 1",
    "SELECT a FROM e UNION SELECT abs(-9223372036854775808) FROM t ORDER BY 1"])
def test_intersect_and_except_in_order_never_run_the_right_side_after_an_empty_left(query: str) -> None:
    """With ORDER BY SQLite merges the sorted sides, and INTERSECT or EXCEPT ends at once when the left side
    has no first row: the right side's errors are never raised."""
    Twin(["CREATE TABLE t(a)", "CREATE TABLE e(a)", "INSERT INTO t VALUES (1), (2)"]).same_outcome(query)


@pytest.mark.parametrize("query", [
    "SELECT a, (SELECT count(t.b) FROM s) FROM t GROUP BY a", "SELECT (SELECT count(t.b) FROM s) FROM t",
    "SELECT a FROM t GROUP BY a HAVING (SELECT count(*) FROM s WHERE count(t.b) > 1)",
    "SELECT a FROM t x GROUP BY a HAVING (SELECT max(c) FROM s WHERE c < sum(x.b)) > 5",
    "SELECT a FROM t GROUP BY a ORDER BY (SELECT count(t.b) FROM s)"])
def test_an_aggregate_of_enclosing_columns_in_a_subquery_is_the_enclosing_querys(query: str) -> None:
    """SQLite computes such an aggregate in the enclosing query (over its rows, per group), and so does
    ours (tests/engine/test_outer_aggregates.py has the other forms)."""
    twin = Twin(["CREATE TABLE t(a, b)", "CREATE TABLE s(c)", "INSERT INTO t VALUES (1, 10), (1, 20), (2, 30)",
                 "INSERT INTO s VALUES (5), (6)"])
    twin.same(query)


def test_an_aggregate_that_names_a_column_of_its_own_query_stays_there() -> None:
    twin = Twin(["CREATE TABLE t(a, b)", "CREATE TABLE s(c)", "INSERT INTO t VALUES (1, 10), (1, 20), (2, 30)",
                 "INSERT INTO s VALUES (5), (6)"])
    twin.same("SELECT a, (SELECT sum(t.b + c) FROM s), (SELECT count(*) FROM s WHERE c < t.b) FROM t ORDER BY 1, 2")
    twin.same("SELECT a FROM t GROUP BY a HAVING (SELECT sum(c) + count(*) FROM s) > 5 ORDER BY 1")


@pytest.mark.parametrize("values", ["9223372036854775807, 'e', 9223372036854775807",
                                    "1.5, 9223372036854775807, 9223372036854775807",
                                    "9223372036854775807, 9223372036854775807, 1"])
def test_sum_overflows_only_before_the_first_non_integer(values: str) -> None:
    """sum() checks its integer total only until a non-integer arrives, in plain and window form (that a
    non-integer after the overflow clears it is SQLite 3.43's rule, tested against 3.54 below)."""
    rows = " UNION ALL ".join(f"SELECT {k} AS k, {v} AS v" for k, v in enumerate(values.split(", ")))
    Twin().same_outcome(f"SELECT sum(v) FROM ({rows})")
    Twin().same_outcome(f"SELECT sum(v) OVER (ORDER BY k) FROM ({rows})")


def test_unary_plus_takes_a_columns_affinity_away() -> None:
    """SQLite's "+column" has no affinity (sqlglot drops the operator; the parser marks the column)."""
    twin = Twin(["CREATE TABLE n(i INTEGER, t TEXT COLLATE NOCASE)", "INSERT INTO n VALUES (1, 'a')",
                 "CREATE INDEX n_i ON n(i)"])
    twin.same("SELECT +i = '1', i = '1', + i = '1', - +i, +t = 'A', 1 +i = '2', +n.i = '1', (+i) = '1', i + +i, "
              "+i IN ('1'), +1 = '1' FROM n")
    twin.same("SELECT * FROM n WHERE +i = '1'")
    twin.same("SELECT * FROM n WHERE i = +'1'")


def test_nullif_min_and_max_compare_under_their_arguments_collation() -> None:
    """The first argument with a collation decides (a plain column counts, as BINARY)."""
    twin = Twin(["CREATE TABLE n(t TEXT COLLATE NOCASE, u TEXT)", "INSERT INTO n VALUES ('a', 'a')"])
    twin.same("SELECT nullif('A', 'a' COLLATE NOCASE), nullif('A' COLLATE NOCASE, 'a'), nullif(t, 'A'), "
              "nullif(u, 'A' COLLATE NOCASE), nullif(upper(u), 'a' COLLATE NOCASE), max('a', 'B' COLLATE NOCASE), "
              "min(t, 'B'), max(u, 'B' COLLATE NOCASE), min('b', 'A'), max(1, 'a' COLLATE NOCASE, 2) FROM n")


@pytest.mark.parametrize("order", [["A", "a"], ["a", "A", "a"], ["b", "B", "b", "B"]])
def test_a_collated_group_shows_its_first_row_or_the_row_min_or_max_chose(order: list[str]) -> None:
    twin = Twin(["CREATE TABLE n(t TEXT COLLATE NOCASE, v INT)"])
    for position, text in enumerate(order):
        twin.both("INSERT INTO n VALUES (?, ?)", (text, position))
    for query in ["SELECT t, count(*) FROM n GROUP BY t", "SELECT t, max(v) FROM n GROUP BY t",
                  "SELECT t, min(v) FROM n GROUP BY t", "SELECT v, t FROM n GROUP BY t",
                  "SELECT t, v, max(v) FROM n GROUP BY t"]:
        twin.same(query)


@pytest.mark.parametrize("query", ["SELECT v, max(NULL) FROM (SELECT 1 v UNION ALL SELECT 2 UNION ALL SELECT 3)",
                                   "SELECT v, max(w) FROM (SELECT 1 v, NULL w UNION ALL SELECT 2, 5 UNION ALL "
                                   "SELECT 3, NULL)"])
def test_bare_columns_beside_a_min_or_max_of_nulls_come_from_the_last_row(query: str) -> None:
    Twin().same(query)


def test_sum_total_and_avg_follow_current_sqlite_compensated_summation() -> None:
    """SQLite 3.43 made SUM, TOTAL and AVG add REALs with Kahan-Babuska-Neumaier compensation (and let a
    REAL after an integer overflow clear it); 3.40.1 added plainly, so its last bits depend on the rows'
    order. Ours follows the current SQLite: checked against apsw's SQLite 3.54 on random value lists."""
    apsw = pytest.importorskip("apsw")
    current, ours = apsw.Connection(":memory:"), engine.connect(None)
    pool = ["0.1", "0.2", "0.3", "1e16", "-1e16", "1", "-1", "9223372036854775807", "-9223372036854775808", "2.5",
            "4503599627370497", "-4503599627370497", "1e308", "-1e308", "'1.5'", "'12'", "'abc'", "NULL", "x'41'",
            "1e-300", "3.14159", "-0.0", "123456789012345678"]
    generator = random.Random(16)
    for _ in range(400):
        values = [generator.choice(pool) for _ in range(generator.randint(0, 8))]
        rows = " UNION ALL ".join(f"SELECT {value} AS v" for value in values) or "SELECT NULL AS v WHERE 0"
        same_as_current_sqlite(current, ours, f"SELECT sum(v), total(v), avg(v) FROM ({rows})")
    assert ours.execute("SELECT sum(v) FROM (SELECT 0.1 AS v UNION ALL SELECT 0.2 UNION ALL SELECT 0.3)").fetchone() \
        == (0.6,)  # 3.40.1: 0.6000000000000001


SLIDING_FRAMES = ["ROWS BETWEEN 1 PRECEDING AND CURRENT ROW", "ROWS BETWEEN 2 PRECEDING AND 1 FOLLOWING",
                  "ROWS BETWEEN 1 FOLLOWING AND 3 FOLLOWING", "ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING",
                  "ROWS BETWEEN 3 PRECEDING AND 2 PRECEDING", "ROWS BETWEEN 2 FOLLOWING AND 1 FOLLOWING",
                  "RANGE BETWEEN 2 PRECEDING AND 1 FOLLOWING", "RANGE BETWEEN CURRENT ROW AND 2 FOLLOWING",
                  "GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING", "GROUPS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING",
                  "RANGE BETWEEN 1 FOLLOWING AND 3 FOLLOWING", "RANGE BETWEEN 0 FOLLOWING AND UNBOUNDED FOLLOWING",
                  "RANGE BETWEEN 0 FOLLOWING AND 1 FOLLOWING", "RANGE BETWEEN 2 PRECEDING AND 1 PRECEDING"]


def test_range_offsets_are_added_to_the_side_sqlite_adds_them_to() -> None:
    """SQLite tests a RANGE bound by adding the offset to the current row's value (FOLLOWING) or to the
    other row's (PRECEDING), in double or int64 arithmetic, and moves the frame's ends forward only: with
    subnormal keys, 5e-324 - 1 is -1.0 but -1 + 1 = 0 < 5e-324, so -1 is not 1 PRECEDING 5e-324; an integer
    that turns REAL in the arithmetic never leaves its own frame; a REAL offset stays REAL."""
    twin = Twin(["CREATE TABLE t(k, v)"])
    keys = [-1, 5e-324, 0, 1, -5e-324, 2, None, 9223372036854775806, 9223372036854775807, -9223372036854775808,
            1e16, 1, 9007199254740993, "a"]
    for value, key in enumerate(keys):
        twin.both("INSERT INTO t VALUES (?, ?)", (key, value))
    frames = ["1 PRECEDING AND 1 FOLLOWING", "1 PRECEDING AND CURRENT ROW", "2 PRECEDING AND 1 PRECEDING",
              "5e-324 PRECEDING AND 5e-324 PRECEDING", "0.5 PRECEDING AND 0.5 PRECEDING",
              "UNBOUNDED PRECEDING AND 9223372036854775807 PRECEDING", "CURRENT ROW AND 9223372036854775807 FOLLOWING",
              "1e16 FOLLOWING AND UNBOUNDED FOLLOWING", "1 FOLLOWING AND 2 FOLLOWING", "2 FOLLOWING AND 1 FOLLOWING"]
    for frame in frames:
        for order in ("k", "k DESC", "k NULLS LAST", "k DESC NULLS FIRST"):
            for function in ("count(*)", "first_value(v)", "nth_value(v, 2)"):
                for exclude in ("", " EXCLUDE CURRENT ROW", " EXCLUDE TIES"):
                    twin.same(f"SELECT v, {function} OVER (ORDER BY {order} RANGE BETWEEN {frame}{exclude}) "
                              "FROM t ORDER BY v")


@pytest.mark.parametrize("frame", [
    "ROWS BETWEEN UNBOUNDED PRECEDING AND 1 FOLLOWING", "ROWS BETWEEN 2 PRECEDING AND CURRENT ROW",
    "ROWS BETWEEN 1 FOLLOWING AND 3 FOLLOWING", "GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING",
    "ROWS BETWEEN 3 PRECEDING AND 2 PRECEDING"])
def test_nth_value_picks_the_frames_nth_row(frame: str) -> None:
    """nth_value reads the one row it names instead of gathering the frame (a wide frame over a three-way
    join made it quadratic: the campaign from seed 5700000 timed it out); N is the current row's, checked as
    SQLite checks it."""
    twin = Twin(["CREATE TABLE t(i INTEGER PRIMARY KEY, k, v, n)"])
    for i, (k, v, n) in enumerate([(1, "a", 2), (1, "b", 1), (2, None, 3), (4, "d", 2), (5, "e", 1), (5, "f", 9)]):
        twin.both("INSERT INTO t VALUES (?, ?, ?, ?)", (i, k, v, n))
    for argument in ("1", "2", "3", "n", "'2'", "2.0"):
        twin.same(f"SELECT i, nth_value(v, {argument}) OVER (ORDER BY k, i {frame}) FROM t ORDER BY i")
    for argument in ("0", "-1", "1.5", "'x'", "NULL"):
        twin.same_outcome(f"SELECT i, nth_value(v, {argument}) OVER (ORDER BY k, i {frame}) FROM t ORDER BY i")


@pytest.mark.parametrize("exclude", ["EXCLUDE NO OTHERS", "EXCLUDE CURRENT ROW", "EXCLUDE GROUP", "EXCLUDE TIES"])
def test_one_row_functions_step_over_what_exclude_takes_out(exclude: str) -> None:
    """first_value, last_value and nth_value read the one row they name with EXCLUDE too, over frames that
    start or end among the current row's peers, in partitions of one peer group and of none (without ORDER
    BY every row is a peer; a wide frame of many ties was quadratic)."""
    twin = Twin(["CREATE TABLE t(i INTEGER PRIMARY KEY, p, k, v)"])
    for i, (p, k) in enumerate([(1, 1), (1, 1), (1, 2), (1, 2), (1, 2), (1, 3), (2, 5), (2, 5), (2, 5), (3, 7)]):
        twin.both("INSERT INTO t VALUES (?, ?, ?, ?)", (i, p, k, f"v{i}"))
    frames = ["ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING", "ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING",
              "ROWS BETWEEN CURRENT ROW AND 2 FOLLOWING", "ROWS BETWEEN 2 PRECEDING AND CURRENT ROW",
              "RANGE BETWEEN CURRENT ROW AND CURRENT ROW", "GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW",
              "GROUPS BETWEEN CURRENT ROW AND 1 FOLLOWING", "ROWS BETWEEN 2 FOLLOWING AND 3 FOLLOWING"]
    functions = ["first_value(v)", "last_value(v)", "nth_value(v, 1)", "nth_value(v, 2)", "nth_value(v, 4)"]
    for frame in frames:
        for order in ("ORDER BY k", "ORDER BY k DESC, i", "PARTITION BY p ORDER BY k", "PARTITION BY p"):
            for function in functions:
                twin.same(f"SELECT i, {function} OVER ({order} {frame} {exclude}) FROM t ORDER BY i")


def test_sliding_window_sums_step_rows_in_and_out_as_sqlite_does() -> None:
    """Over a frame whose start moves, SQLite takes rows out of SUM, TOTAL and AVG with an inverse step:
    a SUM that once held a REAL stays REAL after the REAL left the frame, a subtraction can overflow, and
    the compensated REAL sum depends on the order of the steps (a RANGE frame that starts FOLLOWING steps
    rows in before it takes others out). Checked against apsw's SQLite 3.54 (3.40.1 gives the same types)
    on random partitions."""
    apsw = pytest.importorskip("apsw")
    generator = random.Random(23)
    pool = [None, 0, 1, -3, 7, 2.5, -0.5, 0.1, 1e16, -1e16, 9223372036854775807, -9223372036854775808, "3", "x"]
    for _ in range(120):
        current, ours = apsw.Connection(":memory:"), engine.connect(None)
        for connection in (current, ours):
            connection.execute("CREATE TABLE t(i INTEGER PRIMARY KEY, k, p, x)")
        for i in range(generator.randint(1, 9)):
            row = (i, generator.randint(0, 6), generator.randint(0, 1), generator.choice(pool))
            for connection in (current, ours):
                connection.execute("INSERT INTO t VALUES (?, ?, ?, ?)", row)
        for frame in SLIDING_FRAMES:
            function = generator.choice(["sum", "total", "avg"])
            order = generator.choice(["k", "k DESC"] if frame.startswith("RANGE") else ["k, i", "k DESC, i", "i DESC"])
            query = f"SELECT i, {function}(x) OVER (PARTITION BY p ORDER BY {order} {frame}) FROM t ORDER BY i"
            same_as_current_sqlite(current, ours, query)
