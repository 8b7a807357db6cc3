"""Errors name what the user wrote: unknown functions as spelled, sqlglot-only constructs refused by name."""

from __future__ import annotations

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
    message = twin.both_fail(statement, engine.ProgrammingError)
    with pytest.raises(engine.ProgrammingError) as ours:
        twin.ours.execute(statement)
    assert str(ours.value) == message


@pytest.mark.parametrize(("statement", "operator"), [("SELECT '{}' -> 'a'", "->"), ("SELECT '{}' ->> 'a'", "->>")])
def test_operators_the_engine_lacks_are_refused_by_their_symbol(statement: str, operator: str) -> None:
    with pytest.raises(engine.NotSupportedError, match=f"the {operator} operator is not supported"):
        engine.connect().execute(statement)


def test_functions_sqlglot_reads_with_a_grammar_of_its_own_still_run() -> None:
    twin = Twin(["CREATE TABLE t(a)", "INSERT INTO t VALUES (' 12.5x ')"])
    twin.same("SELECT SUBSTR(CAST(a AS TEXT), 1, 3), Cast(a AS REAL), trim(a), substring(a, 2), char(65), "
              "ceil(1.5), floor(-1.5), group_concat(a), upper(a), ifnull(NULL, 1) FROM t")


def test_the_sqlglot_cast_operator_is_an_unrecognized_token() -> None:
    twin = Twin(["CREATE TABLE t(a)"])
    message = twin.both_fail("SELECT a::int FROM t", engine.ProgrammingError)
    with pytest.raises(engine.ProgrammingError, match=message):
        twin.ours.execute("SELECT a::int FROM t")


@pytest.mark.parametrize(("statement", "construct"), [
    ("SELECT 1 FROM t QUALIFY 1", "QUALIFY"), ("SELECT * FROM t TABLESAMPLE (1)", "TABLESAMPLE"),
    ("SELECT DISTINCT ON (a) a FROM t", "DISTINCT ON"),
])
def test_clauses_of_other_dialects_are_refused_by_name(statement: str, construct: str) -> None:
    twin = Twin(["CREATE TABLE t(a)"])
    twin.both_fail(statement)  # sqlite3: a syntax error
    with pytest.raises(engine.NotSupportedError, match=f"{construct} is not supported"):
        twin.ours.execute(statement)


def test_pragmas_are_run_or_refused_never_ignored() -> None:
    twin = Twin()
    twin.both("PRAGMA journal_mode = WAL")  # tuning only: changes no answer
    twin.same("PRAGMA foreign_keys")
    with pytest.raises(engine.NotSupportedError, match="PRAGMA no_such_pragma is not supported"):
        twin.ours.execute("PRAGMA no_such_pragma")
    with pytest.raises(engine.NotSupportedError, match="reading PRAGMA journal_mode"):
        twin.ours.execute("PRAGMA journal_mode")  # sqlite3 answers 'memory'; an empty answer would be wrong


def test_strict_tables_are_refused_until_enforced() -> None:
    with pytest.raises(engine.NotSupportedError, match="STRICT tables are not supported"):
        engine.connect().execute("CREATE TABLE t(a INTEGER) STRICT")


def test_generated_columns_are_refused_until_computed() -> None:
    with pytest.raises(engine.NotSupportedError, match="generated columns are not supported"):
        engine.connect().execute("CREATE TABLE t(a, b AS (a * 2))")
