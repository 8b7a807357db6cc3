"""Each SQL feature's pass rate across runs and engines, from ``record_features`` and ``record_results``.

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
from vibesql_magic.slt.summaries import frame

PASS_RATE, FAILING_ONLY = "pass rate", "failing records"
COLUMNS = ["run_id", "engine", "kept", "measure", "feature", "records", "failing", "passing", "pass_pct"]
_MATRIX_SQL = (
    "SELECT r.run_id, t.engine, t.records AS kept, f.feature, COUNT(*) AS records, "
    "SUM(CASE WHEN r.status = 'FAIL' THEN 1 ELSE 0 END) AS failing, "
    "SUM(CASE WHEN r.status = 'PASS' THEN 1 ELSE 0 END) AS passing "
    "FROM record_features f JOIN record_results r ON r.run_id = f.run_id AND r.file_path = f.file_path "
    "AND r.line = f.line JOIN test_runs t ON t.run_id = r.run_id "
    "GROUP BY r.run_id, t.engine, t.records, f.feature ORDER BY r.run_id, f.feature")


def feature_matrix(connection: Any) -> pd.DataFrame:
    """One row per run with records and feature: records tagged, failing, passing, and the pass rate where the
    run kept every record (``measure`` = ``pass rate``), else only failing counts (``failing records``)."""
    try:
        found = frame(connection, _MATRIX_SQL)
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
