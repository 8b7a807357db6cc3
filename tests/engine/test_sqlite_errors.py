"""Errors name what the user wrote: unknown functions as spelled, sqlglot-only constructs refused by name."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_twin import Twin

import engine


@pytest.mark.parametrize("statement", [
    "SELECT concat(1)", "SELECT DeCode(1, 2)", "SELECT unhex('00')", "SELECT Foo(1)", "SELECT initcap('a')",
    "SELECT position(1 IN t)", "SELECT array_agg(a) FROM t", "SELECT concat_ws(',', 1, 2)",
    "SELECT date_add(1)", "SELECT a FROM t WHERE Foo(a) = 1",
])
def test_an_unknown_function_is_named_as_written(statement: str) -> None:
    twin = Twin(["CREATE TABLE t(a)"])
    twin.same_error(statement, engine.OperationalError)


@pytest.mark.parametrize("statement", ["SELECT '{\"a\":[1]}' -> 'a'", "SELECT '{\"a\":[1]}' ->> 'a'",
                                       "SELECT json_array('[1]' -> 0, '{}' ->> 'a')"])
def test_json_operators_sqlglot_reads_its_own_way_run_as_sqlite_runs_them(statement: str) -> None:
    Twin().same(statement)


def test_functions_sqlglot_reads_with_a_grammar_of_its_own_still_run() -> None:
    twin = Twin(["CREATE TABLE t(a)", "INSERT INTO t VALUES (' 12.5x ')"])
    twin.same("SELECT SUBSTR(CAST(a AS TEXT), 1, 3), Cast(a AS REAL), trim(a), substring(a, 2), char(65), "
              "ceil(1.5), floor(-1.5), group_concat(a), upper(a), ifnull(NULL, 1) FROM t")


def test_the_sqlglot_cast_operator_is_an_unrecognized_token() -> None:
    twin = Twin(["CREATE TABLE t(a)"])
    message = twin.both_fail("SELECT a::int FROM t", engine.OperationalError)
    with pytest.raises(engine.OperationalError, match=message):
        twin.ours.execute("SELECT a::int FROM t")


@pytest.mark.parametrize(("statement", "construct"), [
    ("SELECT 1 FROM t QUALIFY 1", "QUALIFY"), ("SELECT * FROM t TABLESAMPLE (1)", "TABLESAMPLE"),
    ("SELECT DISTINCT ON (a) a FROM t", "DISTINCT ON"),
])
def test_clauses_of_other_dialects_are_refused_by_name(statement: str, construct: str) -> None:
    twin = Twin(["CREATE TABLE t(a)"])
    twin.both_fail(statement, engine.NotSupportedError, match=f"{construct} is not supported")  # sqlite3: syntax


@pytest.mark.parametrize("definition", ["a UNIQUE ON CONFLICT REPLACE", "a NOT NULL ON CONFLICT IGNORE",
                                        "a, UNIQUE(a) ON CONFLICT FAIL", "a PRIMARY KEY ON CONFLICT ROLLBACK"])
def test_a_constraints_own_conflict_policy_is_refused_not_ignored(definition: str) -> None:
    """sqlite3 would replace, ignore, fail or roll back where ours aborts: refused, and no table is made."""
    ours = engine.connect()
    with pytest.raises(engine.NotSupportedError, match="on a table constraint is not supported"):
        ours.execute(f"CREATE TABLE t({definition})")
    ours.execute("CREATE TABLE t(a PRIMARY KEY ON CONFLICT ABORT)")  # what every constraint does anyway


def test_pragmas_are_run_or_refused_never_ignored() -> None:
    twin = Twin()
    twin.both("PRAGMA journal_mode = WAL")  # tuning only: changes no answer
    twin.same("PRAGMA foreign_keys")
    with pytest.raises(engine.NotSupportedError, match="PRAGMA no_such_pragma is not supported"):
        twin.ours.execute("PRAGMA no_such_pragma")
    with pytest.raises(engine.NotSupportedError, match="reading PRAGMA journal_mode"):
        twin.ours.execute("PRAGMA journal_mode")  # sqlite3 answers 'memory'; an empty answer would be wrong


@pytest.mark.parametrize("statement", [
    "SELECT foo(1)", "SELECT * FROM nosuch", "SELECT nosuchcol", "SELEC 1", "SELECT 1 +",
    "SELECT abs(-9223372036854775808)", "SELECT sum(x) FROM big", "INSERT INTO t VALUES (1, 1, 2, 1)",
    "INSERT INTO t VALUES (2, NULL, 2, 1)", "INSERT INTO t VALUES (2, 1, 2, 0)", "UPDATE t SET a = 'x'",
    "SELECT count(*) OVER w FROM t", "SELECT ntile(0) OVER () FROM t", "SELECT 1 UNION SELECT 1, 2",
    "SELECT a FROM t ORDER BY 2", "SELECT a FROM t GROUP BY 5", "CREATE TABLE t(x)", "DROP TABLE nosuch",
    "SELECT max()", "SELECT substr()", "SELECT Upper( )", "SELECT initcap()", "SELECT zeroblob(1e10)",
    "SELECT likelihood(1, 2)", "SELECT nth_value(a, 0) OVER () FROM t", "SELECT 1 LIMIT 'x'",
    "INSERT INTO t(zz) VALUES (1)", "SELECT sum(a) OVER (ROWS -1 PRECEDING) FROM t",
    "SELECT * FROM (SELECT 1) AS s(x)", "SELECT * FROM (VALUES (1)) v(x)", "SELECT * FROM t AS u(x)",
    "SELECT t.a FROM t, t", "SELECT * FROM t, t", "SELECT * FROM t s, T S",
    "WITH x AS (SELECT 1) SELECT * FROM x, x", "SELECT 1 FROM t NATURAL JOIN big USING (a)",
    "SELECT 1 FROM t NATURAL JOIN big ON 1", "SELECT abs(1, 2)", "SELECT upper(abs(1), 2)",
    "SELECT sqlite_version(1)",
])
def test_errors_have_sqlite3s_class_and_message(statement: str) -> None:
    """Code written for sqlite3 catches ours: OperationalError for SQL errors, IntegrityError for
    constraints and datatype mismatches, DataError for oversized values."""
    twin = Twin(["CREATE TABLE t(a INTEGER PRIMARY KEY, b NOT NULL, c UNIQUE, d CHECK(d > 0))",
                 "INSERT INTO t VALUES (1, 1, 1, 1)", "CREATE TABLE big(x)",
                 "INSERT INTO big VALUES (9223372036854775807), (1)"])
    twin.same_error(statement)


@pytest.mark.skipif(sqlite3.sqlite_version != "3.40.1", reason="compares with the SQLite the engine follows")
def test_sqlite_version_names_the_sqlite_whose_semantics_the_engine_follows() -> None:
    assert Twin().same("SELECT sqlite_version(), typeof(SQLITE_VERSION())") == [("3.40.1", "text")]


@pytest.mark.parametrize("statement", [
    "SELECT * FROM nosuch", "SELECT * FROM main.nosuch", "SELECT * FROM Main.NoSuch", "SELECT * FROM nosuch(1)",
    "SELECT * FROM main.nosuch(1)", "SELECT * FROM temp.nosuch(1, 2)", "SELECT * FROM t(1)", "SELECT * FROM v(1)",
    "SELECT a FROM t WHERE a IN (SELECT * FROM generate_series(1, 3))",
])
def test_an_unknown_table_or_function_in_from_is_named_as_written(statement: str) -> None:
    twin = Twin(["CREATE TABLE t(a)", "CREATE VIEW v AS SELECT 1"])
    twin.same_error(statement, engine.OperationalError)
