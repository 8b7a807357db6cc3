"""``vibesql-slt export --to parquet|duckdb`` and ``import`` of either back: lossless, atomic, per table."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from slt_support import CLI

from vibesql_magic.bundled import bundled_dump
from vibesql_magic.record_store import records_dir
from vibesql_magic.slt.journal import ResultsFile


@pytest.fixture(name="db")
def db_fixture(tmp_path: Path) -> Path:
    """The bundled results at the current schema version, with a table the store module has never heard of."""
    db = tmp_path / "results.sql"
    shutil.copy(bundled_dump(), db)
    store = ResultsFile(db).fold()  # migrates
    store.execute("CREATE TABLE record_like (run_id INTEGER NOT NULL, file_path VARCHAR(500), line INTEGER, "
                  "score REAL, payload BLOB, note TEXT)")
    store.execute("INSERT INTO record_like VALUES (1, 'select1.test', 7, 0.5, x'00ff', 'it''s'), "
                  "(2, 'a/b.test', NULL, NULL, NULL, NULL), (2, 'a/c.test', 3, -1e300, x'', '')")
    ResultsFile(db).dumps.save(store.connection, db)
    return db


@pytest.mark.parametrize(("form", "name"), [("parquet", "store"), ("duckdb", "store.duckdb")])
def test_a_round_trip_gives_the_same_dump_byte_for_byte(cli: CLI, db: Path, tmp_path: Path, form: str,
                                                       name: str) -> None:
    target = tmp_path / name
    exported = cli("export", "--db", db, "--to", form, target)
    assert exported.code == 0, exported.err
    assert "7 tables" in exported.out
    back = tmp_path / "back.sql"
    imported = cli("import", "--db", back, target)
    assert imported.code == 0, imported.err
    assert back.read_bytes() == db.read_bytes()
    assert cli("status", "--db", back).code == 0


def test_parquet_is_partitioned_by_run_and_readable_by_duckdb(cli: CLI, db: Path, tmp_path: Path) -> None:
    target = tmp_path / "store"
    assert cli("export", "--db", db, "--to", "parquet", target).code == 0
    assert sorted(path.name for path in (target / "record_like").iterdir()) == ["run_id=1", "run_id=2"]
    assert (target / "schema_version" / "part-0.parquet").is_file()
    counted = duckdb.sql(f"SELECT run_id, COUNT(*) FROM read_parquet('{target}/test_results/*/*.parquet', "
                         "hive_partitioning = true) GROUP BY run_id ORDER BY run_id").fetchall()
    expected = ResultsFile(db).open().query("SELECT run_id, COUNT(*) FROM test_results GROUP BY run_id "
                                            "ORDER BY run_id")[1]
    assert counted == expected


def test_duckdb_holds_the_tables_as_tables(cli: CLI, db: Path, tmp_path: Path) -> None:
    target = tmp_path / "r.duckdb"
    assert cli("export", "--db", db, "--to", "duckdb", target).code == 0
    expected = ResultsFile(db).open().query("SELECT COUNT(*) FROM test_results")[1]
    with duckdb.connect(str(target), read_only=True) as database:
        assert database.sql("SELECT COUNT(*) FROM test_results").fetchall() == expected
        assert database.sql("SELECT note FROM record_like ORDER BY run_id, file_path").fetchall() == [
            ("it's",), (None,), ("",)]


def test_nothing_is_overwritten_or_left_half_written(cli: CLI, db: Path, tmp_path: Path) -> None:
    target = tmp_path / "store"
    target.mkdir()
    refused = cli("export", "--db", db, "--to", "parquet", target)
    assert refused.code == 2 and "exists already" in refused.err
    store = ResultsFile(db).open()
    store.execute("INSERT INTO record_like VALUES (3, 'x.test', 'not a number', 0, NULL, NULL)")
    ResultsFile(db).dumps.save(store.connection, db)
    for form, name in (("parquet", "fresh"), ("duckdb", "fresh.duckdb")):
        failed = cli("export", "--db", db, "--to", form, tmp_path / name)
        assert failed.code == 2 and "record_like.line is declared 'INTEGER'" in failed.err
    left = sorted(path.name for path in tmp_path.iterdir() if not path.name.startswith("results.sql"))
    assert left == ["store"]  # no temporary folder or file beside it


def test_a_whole_store_goes_into_a_new_database_only(cli: CLI, db: Path, tmp_path: Path) -> None:
    target = tmp_path / "store"
    assert cli("export", "--db", db, "--to", "parquet", target).code == 0
    refused = cli("import", "--db", db, target)
    assert refused.code == 2 and "exists already" in refused.err
    plain = tmp_path / "plain"
    plain.mkdir()
    assert cli("import", "--db", tmp_path / "x.sql", plain).code == 2


def test_duckdb_holds_the_views_as_views_giving_our_rows(cli: CLI, db: Path, tmp_path: Path) -> None:
    target = tmp_path / "r.duckdb"
    assert cli("export", "--db", db, "--to", "duckdb", target).code == 0
    ours = ResultsFile(db).open()
    with duckdb.connect(str(target), read_only=True) as database:
        views = {name for (name,) in database.sql("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
        assert views == {name for (name,) in ours.query("SELECT name FROM sqlite_master WHERE type = 'view'")[1]}
        for view, order in (("performance_regressions", "run_id, operation"),
                            ("oracle_votes", "dialect, engine, file_path")):
            sql = f"SELECT * FROM {view} ORDER BY {order}"
            assert database.sql(sql).fetchall() == [tuple(row) for row in ours.query(sql)[1]]


@pytest.mark.parametrize(("form", "name"), [("parquet", "store"), ("duckdb", "store.duckdb")])
def test_a_dumps_record_files_go_into_the_store_as_tables(cli: CLI, db: Path, tmp_path: Path, form: str,
                                                         name: str) -> None:
    shutil.copytree(records_dir(bundled_dump()), records_dir(db))
    # record_features is derived from the run's file when first read (its cache is not bundled)
    dump = ResultsFile(db).open()
    expected = {table: dump.query(f"SELECT COUNT(*) FROM {table}")[1][0][0]
                for table in ("record_results", "record_features")}
    assert min(expected.values()) > 0
    target = tmp_path / name
    exported = cli("export", "--db", db, "--to", form, target)
    assert exported.code == 0, exported.err
    source = (f"read_parquet('{target}/{{}}/*/*.parquet', hive_partitioning = true)" if form == "parquet"
              else "{}")
    with duckdb.connect(str(target) if form == "duckdb" else ":memory:") as database:
        for table, rows in expected.items():
            assert database.sql(f"SELECT COUNT(*) FROM {source.format(table)}").fetchall() == [(rows,)]
    back = tmp_path / "back.sql"
    assert cli("import", "--db", back, target).code == 0
    assert ResultsFile(back).open().query("SELECT COUNT(*) FROM record_results")[1] == [
        (expected["record_results"],)]
