"""The same cells give the same DataFrames on our engine, DuckDB, sqlite3 and PostgreSQL (the bundled results).

DuckDB runs what sqlglot writes from SQLite's dialect, with integer division on: `/` between integers
truncates, and ascending order puts NULLs first, as in SQLite. On PostgreSQL ROUND goes through NUMERIC.
"""

from __future__ import annotations

import pytest
from backends_support import Backends, values
from conformance_queries import QUERIES

from vibesql_magic.backends import Backend
from vibesql_magic.execution import run_sql


@pytest.mark.parametrize("backend", ["duckdb", "sqlite"])
@pytest.mark.parametrize("name", sorted(QUERIES))
def test_the_same_query_gives_the_same_frame(bundled: Backends, backend: str, name: str) -> None:
    sql = QUERIES[name]
    expected = run_sql(bundled.ours, bundled.ours_errors, sql, {}).frame
    other = bundled.others[backend]
    got = run_sql(other.connection, other.errors, sql, {}).frame
    assert list(got.columns) == list(expected.columns)
    assert values(got) == values(expected)
    assert len(expected) > 0 or name in ("like_underscore",)


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_the_same_query_gives_the_same_frame_on_postgresql(bundled: Backends, postgres: Backend, name: str) -> None:
    sql = QUERIES[name]
    expected = run_sql(bundled.ours, bundled.ours_errors, sql, {}).frame
    assert values(run_sql(postgres.connection, postgres.errors, sql, {}).frame) == values(expected)


def test_there_are_at_least_thirty_queries() -> None:
    assert len(QUERIES) >= 30


def test_parameters_stay_parameters(bundled: Backends) -> None:
    other = bundled.others["duckdb"]
    sql = "SELECT run_id FROM test_runs WHERE engine = :engine ORDER BY run_id"
    namespace = {"engine": "x' OR '1' = '1"}
    assert run_sql(other.connection, other.errors, sql, namespace).frame.empty
    assert "?" in other.connection.sent and "'1'" not in other.connection.sent
    expected = run_sql(bundled.ours, bundled.ours_errors, sql, {"engine": "sqlite"}).frame
    assert values(run_sql(other.connection, other.errors, sql, {"engine": "sqlite"}).frame) == values(expected)
