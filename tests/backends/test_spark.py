"""Spark over a Parquet results store: the same cells, the same DataFrames (marker ``spark``: a session takes
tens of seconds to start, so the default suite leaves these out and .ci/run runs them after it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from backends_support import Backends, values
from conformance_queries import QUERIES

from vibesql_magic import catalog
from vibesql_magic.backends import Backend, open_target
from vibesql_magic.execution import run_sql
from vibesql_magic.slt.stores import export_parquet

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def store(bundled: Backends, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("spark") / "store"
    export_parquet(bundled.ours, folder)
    return folder


@pytest.fixture(scope="module")
def spark(store: Path) -> Iterator[Backend]:
    pytest.importorskip("pyspark")
    backend = open_target(f"spark:{store}", {})
    yield backend
    backend.connection.close()


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_the_same_query_gives_the_same_frame_on_spark(bundled: Backends, spark: Backend, name: str) -> None:
    sql = QUERIES[name]
    expected = run_sql(bundled.ours, bundled.ours_errors, sql, {}).frame
    got = run_sql(spark.connection, spark.errors, sql, {}).frame
    assert list(got.columns) == list(expected.columns)
    assert values(got) == values(expected)


def test_parameters_go_through_sparks_args(spark: Backend) -> None:
    sql = "SELECT run_id FROM test_runs WHERE engine = :engine ORDER BY run_id"
    assert run_sql(spark.connection, spark.errors, sql, {"engine": "x' OR '1' = '1"}).frame.empty
    assert "'1'" not in spark.connection.sent
    assert len(run_sql(spark.connection, spark.errors, sql, {"engine": "sqlite"}).frame) > 0


def test_the_catalog_is_sparks(spark: Backend) -> None:
    tables = {table.name: table.kind for table in catalog.tables(spark.connection, spark.errors)}
    assert tables["test_results"] == "BASE TABLE" and tables["performance_regressions"] == "VIEW"
    assert [column.name for column in catalog.columns(spark.connection, spark.errors, "test_runs")][:2] == [
        "run_id", "started_at"]
