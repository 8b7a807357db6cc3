"""Rows inserted in one step (a table that checks nothing per row but NOT NULL) and unique indexes built
in one pass give what sqlite3 gives row by row: values and their types, rowids, counts, errors, rollback."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_twin import Twin, same_result, typed

import engine
from engine.semantics.values import parse_number, spells_a_number

TABLES = [
    "CREATE TABLE t (a INTEGER, b NUMERIC, c TEXT, d REAL, e BLOB, f)",
    "CREATE TABLE t (a INTEGER, b NUMERIC NOT NULL, c TEXT, d REAL, e BLOB, f)",
    "CREATE TABLE t (a TIMESTAMP, b VARCHAR(10), c, d INT NOT NULL, e FLOAT, f DOUBLE)",
]
values = st.one_of(
    st.none(), st.integers(-(2**63), 2**63 - 1), st.floats(-1e6, 1e6, allow_nan=False).map(lambda x: round(x, 3)),
    st.sampled_from(["12", " 3.5 ", "1e3", "-0", "0x10", "abc", "", "2025-01-01 08:00:00", "+7", "12abc", "0.0"]),
    st.binary(max_size=3))


def literal(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bytes):
        return "X'" + value.hex() + "'"
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return repr(value)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table=st.sampled_from(TABLES), rollback=st.booleans(),
       statements=st.lists(st.lists(st.tuples(*[values] * 6), min_size=1, max_size=12), min_size=1, max_size=4))
def test_multi_row_inserts_match_sqlite(table: str, rollback: bool, statements: list) -> None:
    twin = Twin([table, "CREATE TABLE log (n)"])
    twin.both("BEGIN")
    for rows in statements:
        sql = "INSERT INTO t VALUES " + ", ".join("(" + ", ".join(map(literal, row)) + ")" for row in rows)
        twin.same_outcome(sql)
        twin.same("SELECT changes(), total_changes(), last_insert_rowid()")
    twin.both("ROLLBACK" if rollback else "COMMIT")
    twin.same("SELECT rowid, a, typeof(a), b, typeof(b), c, typeof(c), d, typeof(d), e, typeof(e), f, typeof(f) "
              "FROM t ORDER BY rowid")
    twin.same("INSERT INTO t VALUES (1, 2, 3, 4, 5, 6) RETURNING rowid")


@pytest.mark.parametrize("taken", [(9223372036854775807,), (9223372036854775807, 3, 5), (9223372036854775800,)])
def test_rows_after_the_largest_rowid_take_free_ones(taken: tuple[int, ...]) -> None:
    twin = Twin(["CREATE TABLE t (a)", *(f"INSERT INTO t (rowid, a) VALUES ({rowid}, 'taken')" for rowid in taken)])
    rows = ", ".join(f"('{letter}')" for letter in "abcdefghij")  # enough rows to be inserted in one step
    same_result(twin, f"INSERT INTO t VALUES {rows}", counts="SELECT changes(), count(*), max(rowid) FROM t")


@pytest.mark.parametrize("rows", [
    "(1, 'a'), (2, 'b'), (1, 'c')",  # a duplicate key
    "(NULL, 'a'), (NULL, 'b'), (3, 'c')",  # NULLs never collide
    "('x', 1), ('X', 2)",  # equal under the column's NOCASE
    "(1, 1), (1.0, 2)",  # 1 and 1.0 are one key
])
def test_unique_indexes_built_in_one_pass_match_sqlite(rows: str) -> None:
    twin = Twin(["CREATE TABLE t (k COLLATE NOCASE, v)", f"INSERT INTO t VALUES {rows}"])
    ours_error = theirs_error = None
    try:
        twin.theirs.execute("CREATE UNIQUE INDEX t_k ON t (k)")
    except sqlite3.Error as error:
        theirs_error = str(error)
    try:
        twin.ours.execute("CREATE UNIQUE INDEX t_k ON t (k)")
    except engine.Error as error:
        ours_error = str(error)
    assert ours_error == theirs_error
    for probe in ("SELECT v FROM t WHERE k = 1", "SELECT v FROM t WHERE k = 'x'", "SELECT count(*) FROM t"):
        ours, theirs = twin.rows(probe)
        assert typed(ours) == typed(theirs), probe


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(st.text(alphabet=" \t\n\x0b\x0c\r+-.eE0123456789x\x00\u0663", max_size=6), max_size=5))
def test_a_column_of_texts_spells_a_number_when_one_of_them_does(texts: list[str]) -> None:
    """The check that lets a numeric column of timestamps skip affinity row by row."""
    assert spells_a_number(texts) == any(parse_number(text) is not None for text in texts)
