"""DataFrames of the notebook queried as tables: by name for one cell, or kept with --register."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from IPython.core.interactiveshell import InteractiveShell
from magic_support import (
    RESULTS_CELL,
    failure,
    run,
)

from vibesql_magic.dataframes import read_tables, sql_type
from vibesql_magic.statements import split_statements

OWNERS = pd.DataFrame({"category": ["select", "index", "ddl"], "owner": ["ann", "bob", None],
                       "weight": [1.5, np.nan, 3.0], "files": pd.array([10, None, 2], dtype="Int64")})


def table_names(ip: InteractiveShell) -> list[str]:
    return run(ip, "%vibesql --tables")["name"].tolist()


@pytest.fixture
def results(shell: InteractiveShell) -> InteractiveShell:
    run(shell, RESULTS_CELL)
    shell.user_ns["owners"] = OWNERS
    return shell


def test_a_dataframe_is_queried_by_name_and_joined_with_a_table(results: InteractiveShell) -> None:
    frame = run(results, "%%vibesql\nSELECT f.file_path, o.owner, o.weight, o.files FROM test_files f\n"
                         "JOIN owners AS o ON o.category = f.category ORDER BY f.file_path")
    assert frame["file_path"].tolist() == ["index/between/1/slt_good_0.test", "select1.test"]
    assert frame["owner"].tolist() == ["bob", "ann"]
    assert frame["weight"].isna().tolist() == [True, False]
    assert frame["files"].tolist() == [pd.NA, 10]
    assert "owners" not in table_names(results)  # dropped after the cell


def test_values_keep_their_types_and_nulls(shell: InteractiveShell) -> None:
    shell.user_ns["frame"] = pd.DataFrame({
        "i": [1, 2], "f": [0.5, np.nan], "s": ["a", None], "b": [True, False],
        "t": pd.to_datetime(["2025-11-19 08:00:00", None]), "o": [b"\x00", "mixed"],
    })
    run(shell, "%vibesql --new frames")
    back = run(shell, "%vibesql SELECT i, f, s, b, t, typeof(o) AS o, typeof(t) AS tt FROM frame")
    assert back.dtypes.tolist()[:5] == ["Int64", "float64", back["s"].dtype, "boolean", "datetime64[ns]"]
    assert back["f"].isna().tolist() == [False, True] and back["s"].isna().tolist() == [False, True]
    assert back["t"].tolist()[0] == pd.Timestamp("2025-11-19 08:00:00") and back["t"].isna().tolist()[1]
    assert back["o"].tolist() == ["blob", "text"] and back["tt"].tolist()[0] == "text"


def test_a_table_of_the_same_name_wins(results: InteractiveShell) -> None:
    results.user_ns["test_runs"] = pd.DataFrame({"run_id": [99]})
    assert run(results, "%vibesql SELECT MAX(run_id) AS m FROM test_runs")["m"].tolist() == [3]


def test_the_copy_is_dropped_when_the_query_fails(results: InteractiveShell) -> None:
    error = failure(results, "%vibesql SELECT nope FROM owners")
    assert error.lines[0] == "OperationalError: no such column: nope"
    assert "owners" not in table_names(results)


def test_a_cell_that_rolls_back_the_copy_still_works(results: InteractiveShell) -> None:
    run(results, "%vibesql BEGIN")
    frame = run(results, "%%vibesql\nSELECT COUNT(*) AS n FROM owners;\nROLLBACK")
    assert frame["n"].tolist() == [3]
    assert "owners" not in table_names(results)


def test_register_keeps_a_copy_and_registering_again_replaces_it(results: InteractiveShell,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    run(results, "%vibesql --register owners")
    assert "Registered DataFrame 'owners' as a table (3 rows)" in capsys.readouterr().out
    results.user_ns["owners"] = OWNERS.head(1)
    assert run(results, "%vibesql SELECT COUNT(*) AS n FROM owners")["n"].tolist() == [3]  # a snapshot
    run(results, "%vibesql --register owners")
    assert run(results, "%vibesql SELECT COUNT(*) AS n FROM owners")["n"].tolist() == [1]
    assert "owners" in table_names(results)


def test_register_never_replaces_a_real_table_or_takes_a_non_frame(results: InteractiveShell) -> None:
    results.user_ns["test_files"] = OWNERS
    assert failure(results, "%vibesql --register test_files").lines == [
        "VibeSQLError: --register test_files: database 'results' already has a table 'test_files'"]
    results.user_ns["number"] = 5
    assert failure(results, "%vibesql --register number").lines == [
        "VibeSQLError: --register number: the notebook has no DataFrame called 'number'"]


def test_a_queried_dataframe_never_lands_in_a_saved_dump(dump_shell: InteractiveShell, tmp_path: Path) -> None:
    dump_shell.user_ns["owners"] = OWNERS
    run(dump_shell, "%%vibesql --new scratch\nCREATE TABLE kept AS SELECT category FROM owners")
    target = tmp_path / "saved.sql"
    run(dump_shell, f"%vibesql --save {target}")
    text = target.read_text()
    assert "kept" in text and "owners" not in text


def test_read_tables_skips_ctes_qualified_names_and_written_tables() -> None:
    statements = split_statements(
        "WITH recent AS (SELECT * FROM runs) SELECT * FROM recent JOIN df ON 1, information_schema.tables;"
        "INSERT INTO target SELECT * FROM source; CREATE TABLE made AS SELECT * FROM frame;"
        "UPDATE changed SET x = (SELECT y FROM lookup); DELETE FROM gone; SELECT * FROM ("
    )
    names = {"runs", "df", "source", "frame", "lookup", "recent", "tables", "target", "made", "changed", "gone"}
    assert read_tables(statements, names) == {"runs", "df", "source", "frame", "lookup"}
    assert read_tables(statements, {"DF", "nowhere"}) == {"DF"}


@pytest.mark.parametrize(("values", "declared"), [
    (pd.Series([1, 2]), "INTEGER"), (pd.Series([1, None], dtype="Int64"), "INTEGER"), (pd.Series([0.5]), "REAL"),
    (pd.Series([True]), "BOOLEAN"), (pd.Series(["a"]), "TEXT"), (pd.Series(["a"], dtype=object), "TEXT"),
    (pd.Series(pd.to_datetime(["2025-01-01"])), "TIMESTAMP"), (pd.Series([1, "a"], dtype=object), ""),
    (pd.Series(["x", "y"], dtype="category"), "TEXT"), (pd.Series([b"x"]), "BLOB"),
])
def test_column_types_follow_the_dtypes(values: pd.Series, declared: str) -> None:
    assert sql_type(values) == declared
