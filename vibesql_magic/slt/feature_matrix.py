"""Each SQL feature's pass rate across runs and engines, from ``record_features`` (each tag keeps its record's status).

A pass rate needs the passing records too, which a run keeps only with ``--records all``
(``test_runs.records = 'all'``). A run that kept its failing records alone says how many
failing records use each feature, and nothing about how many passed: its column holds
that count, ``pass_pct`` stays empty, and ``measure`` says which of the two a row is, so
nobody reads a count as a rate.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from vibesql_magic.slt.reports import ReportError, Table
from vibesql_magic.slt.summaries import columns, frame

PASS_RATE, FAILING_ONLY = "pass rate", "failing records"
COLUMNS = ["run_id", "engine", "kept", "measure", "feature", "records", "failing", "passing", "pass_pct"]
# Each tag belongs to a judged record of its run (``record_store.feature_table`` tags the PASS and FAIL
# records, never a SKIP, and a run's tags are written and replaced with its records) and carries that record's
# status (schema version 7), so a feature's records are its tags and its failing records its FAIL tags: one
# GROUP BY over the tags, no join. Joining the tags with the failing records of record_results took 13.4 s on
# DuckDB at 100 M record rows, most of it reading and hashing the failing records' keys.
_MATRIX_SQL = (
    "SELECT a.run_id, t.engine, t.records AS kept, a.feature, a.records, a.failing, "
    "a.records - a.failing AS passing "
    "FROM (SELECT run_id, feature, COUNT(*) AS records, SUM(CASE WHEN status = 'FAIL' THEN 1 ELSE 0 END) AS failing "
    "FROM record_features GROUP BY run_id, feature) a "
    "JOIN test_runs t ON t.run_id = a.run_id "
    "ORDER BY a.run_id, a.feature")
# A store written before version 7 and read where it lies (a Parquet folder or DuckDB file from an older
# vibesql-slt, which a run's fold rewrites whole) has tags without statuses: they are joined with the failing
# records, reading the tags and the failing records once each.
_MATRIX_BY_JOIN_SQL = (
    "SELECT a.run_id, t.engine, t.records AS kept, a.feature, a.records, COALESCE(b.failing, 0) AS failing, "
    "a.records - COALESCE(b.failing, 0) AS passing "
    "FROM (SELECT run_id, feature, COUNT(*) AS records FROM record_features GROUP BY run_id, feature) a "
    "JOIN test_runs t ON t.run_id = a.run_id "
    "LEFT JOIN (SELECT f.run_id, f.feature, COUNT(*) AS failing FROM record_features f "
    "JOIN record_results r ON r.run_id = f.run_id AND r.file_path = f.file_path AND r.line = f.line "
    "WHERE r.status = 'FAIL' GROUP BY f.run_id, f.feature) b ON b.run_id = a.run_id AND b.feature = a.feature "
    "ORDER BY a.run_id, a.feature")


def feature_matrix(connection: Any) -> pd.DataFrame:
    """One row per run with records and feature: records tagged, failing, passing, and the pass rate where the
    run kept every record (``measure`` = ``pass rate``), else only failing counts (``failing records``)."""
    tagged = columns(connection, "record_features")
    try:
        found = frame(connection, _MATRIX_SQL if tagged is None or "status" in tagged else _MATRIX_BY_JOIN_SQL)
    except Exception as exc:  # no record tables, or an unreadable side file: the engine's error names it
        raise ReportError(" ".join(str(exc).split())) from exc
    if found.empty:
        return pd.DataFrame({name: pd.Series(dtype="object") for name in COLUMNS})
    every = found["kept"] == "all"
    found["measure"] = every.map({True: PASS_RATE, False: FAILING_ONLY})
    rate = (100.0 * found["passing"] / (found["passing"] + found["failing"])).round(1)
    found["pass_pct"] = rate.where(every).astype("Float64")
    return found[COLUMNS]


def _cell(row: pd.Series) -> str:
    if row["measure"] == PASS_RATE:
        return f"{row['pass_pct']:.1f}% of {row['records']}"
    return f"{row['failing']} failing"


def matrix_table(matrix: pd.DataFrame, top: int = 40) -> tuple[Table, list[str]]:
    """The matrix as a table (features by runs, the features failing most first) and a note per run that kept
    only its failing records."""
    if matrix.empty:
        return Table("SQL features by run", ["feature"], []), ["no run kept records (record_results is empty)"]
    matrix = matrix.assign(column=matrix["engine"].fillna("?") + " run " + matrix["run_id"].astype(str))
    order = list(dict.fromkeys(matrix.sort_values("run_id")["column"]))
    cells = matrix.assign(cell=matrix.apply(_cell, axis=1)).pivot(index="feature", columns="column", values="cell")
    ranking = matrix.groupby("feature")["failing"].sum().sort_values(ascending=False, kind="stable")
    features = list(ranking.index[:top])
    rows = [(feature, *(cells.at[feature, column] if pd.notna(cells.at[feature, column]) else "-"
                        for column in order)) for feature in features]
    notes = [f"{column} kept failing records only: its cells count failing records per feature, not a pass rate "
             "(a run with --records all has one)"
             for column, kept in matrix.drop_duplicates("column")[["column", "kept"]].itertuples(index=False)
             if kept != "all"]
    title = f"SQL features by run ({len(features)} of {len(ranking)} features, the most failing first)"
    return Table(title, ["feature", *order], rows), notes
