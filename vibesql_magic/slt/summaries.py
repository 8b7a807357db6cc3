"""What a results database says, as pandas DataFrames: runs, categories, failing and flaky files, changes.

These frames feed the charts (``vibesql_magic.charts``), the bundled notebooks and ``vibesql-slt report``.
They are asked with plain SQL over any DB-API connection holding the results tables, including dumps
that lack our extension columns (VibeSQL's own: no ``engine``, no record counts) and empty databases.

Two definitions matter:

- **A broken run** tells nothing about SQL: no file ran, every file errored, or nearly every file failed
  on one same cause (an engine that does not import fails each statement alike). Broken runs are shown
  apart and left out of failure counts, changes and flakiness.
- **A flaky file** changed its outcome where nothing changed: it both passed and failed at one commit,
  or over three consecutive runs it went pass, fail, pass (or fail, pass, fail).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from engine.dataframe import to_dataframe
from vibesql_magic.slt.reports import failure_kind
from vibesql_magic.slt.store import FAILING_STATUSES

RUN_COLUMNS = ["run_id", "started_at", "engine", "git_commit", "label", "files", "files_passed",
               "files_errored", "records", "records_passed", "files_pct", "records_pct", "broken", "broken_reason"]
_ONE_CAUSE_SHARE = 0.9  # a run whose failing files are this share of its files, all for one cause, is broken
_FAILING = ", ".join(f"'{status}'" for status in FAILING_STATUSES)


def columns(connection: Any, table: str, known: dict[str, set[str] | None] | None = None) -> set[str] | None:
    """A table's column names in lower case, or None when it does not exist; ``known`` keeps the answers of
    one reading (`overview`: on DuckDB over a Parquet store each look reads every run's file footer)."""
    if known is not None and table in known:
        return known[table]
    found = _columns(connection, table)
    if known is not None:
        known[table] = found
    return found


def _columns(connection: Any, table: str) -> set[str] | None:
    try:
        cursor = connection.cursor()
        cursor.execute(f"SELECT * FROM {table} LIMIT 0")
        cursor.fetchall()
    except Exception:
        return None
    return {column[0].lower() for column in cursor.description or ()}


def frame(connection: Any, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
    """A query's rows as a DataFrame (our engine's typed ``fetchdf`` where the cursor has it).

    Another driver's rows (DuckDB, sqlite3, Spark through ``%vibesql --connection``) are typed the same
    way (`engine.dataframe.to_dataframe`): integer columns with NULLs stay Int64, text is a string column,
    so a notebook shows the same table on every backend.
    """
    cursor = connection.cursor()
    cursor.execute(sql, tuple(params))
    if hasattr(cursor, "fetchdf"):
        return cursor.fetchdf()
    described = cursor.description or ()
    return to_dataframe([column[0] for column in described],
                        [column[1] if isinstance(column[1], str) else None for column in described],
                        [tuple(row) for row in cursor.fetchall()])


def has_results(connection: Any, known: dict[str, set[str] | None] | None = None) -> bool:
    """Whether the database holds the results tables (an empty database does not)."""
    return all(columns(connection, table, known) is not None for table in ("test_runs", "test_results", "test_files"))


def _or_null(present: set[str] | None, name: str, expression: str) -> str:
    """``expression`` where the column exists, else NULL (a dump from before our extension columns)."""
    return expression if present is not None and name in present else "NULL"


def runs(connection: Any, known: dict[str, set[str] | None] | None = None) -> pd.DataFrame:
    """One row per completed run: its engine, commit, file and record counts, pass percentages, brokenness.

    ``records`` counts the records a run executed (skipped ones left out); a file that stopped early
    (timeout, crash) adds only the records it reached, so ``files_pct`` is the stricter measure.
    """
    if not has_results(connection, known):
        return _no_runs()
    run_columns, result_columns = columns(connection, "test_runs", known), columns(connection, "test_results", known)
    engine = _or_null(run_columns, "engine", "r.engine")
    label = _or_null(run_columns, "label", "r.label")
    records = _or_null(result_columns, "records_total", "res.records_total - COALESCE(res.records_skipped, 0)")
    passed = _or_null(result_columns, "records_passed", "res.records_passed")
    table = frame(connection, f"""
        SELECT r.run_id, r.started_at, COALESCE({engine}, 'unknown') AS engine, r.git_commit, {label} AS label,
               COUNT(res.file_path) AS files,
               COALESCE(SUM(CASE WHEN res.status = 'PASS' THEN 1 ELSE 0 END), 0) AS files_passed,
               COALESCE(SUM(CASE WHEN res.status IN ('ERROR', 'TIMEOUT') THEN 1 ELSE 0 END), 0) AS files_errored,
               SUM({records}) AS records, SUM({passed}) AS records_passed
        FROM test_runs r LEFT JOIN test_results res ON res.run_id = r.run_id AND res.status <> 'UNTESTED'
        WHERE r.completed_at IS NOT NULL
        GROUP BY r.run_id, r.started_at, COALESCE({engine}, 'unknown'), r.git_commit, {label}
        ORDER BY r.run_id""")
    table["started_at"] = pd.to_datetime(table["started_at"])
    table["files_pct"] = _percent(table["files_passed"], table["files"])
    table["records_pct"] = _percent(table["records_passed"], table["records"])
    reasons = _broken_reasons(connection, table)
    table["broken_reason"] = pd.Series([reasons.get(run_id) for run_id in table["run_id"]], dtype="string")
    table["broken"] = table["broken_reason"].notna().astype(bool)
    return table[RUN_COLUMNS]


def _no_runs() -> pd.DataFrame:
    """The runs frame of a database without results, typed as a full one is."""
    types = {"run_id": "Int64", "started_at": "datetime64[ns]", "files": "Int64", "files_passed": "Int64",
             "files_errored": "Int64", "records": "Int64", "records_passed": "Int64", "files_pct": "Float64",
             "records_pct": "Float64", "broken": "bool"}
    return pd.DataFrame({name: pd.Series(dtype=types.get(name, "string")) for name in RUN_COLUMNS})


def _percent(part: pd.Series, whole: pd.Series) -> pd.Series:
    """100 * part / whole, NA (shown <NA>, never NaN) where the whole is 0 or unknown."""
    whole = pd.to_numeric(whole, errors="coerce").astype("Float64")
    part = pd.to_numeric(part, errors="coerce").astype("Float64")
    return (100.0 * part / whole.where(whole > 0)).round(1)


def _broken_reasons(connection: Any, table: pd.DataFrame) -> dict[int, str]:
    """Why each broken run is broken, by run_id (see the module's definition)."""
    failing = frame(connection, f"SELECT run_id, status, error_message FROM test_results "
                                f"WHERE status IN ({_FAILING})")
    causes: dict[int, set[str]] = {}
    for run_id, status, message in failing.itertuples(index=False):
        first = str(message).split("\n", 1)[0] if isinstance(message, str) and message else status
        kind = failure_kind(status, first)  # 'statement failed: X' and 'query failed: X' are one cause X
        causes.setdefault(int(run_id), set()).add(kind.split(" failed: ", 1)[-1])
    reasons = {}
    for row in table.itertuples(index=False):
        files, failed = int(row.files), int(row.files) - int(row.files_passed)
        if files == 0:
            reasons[int(row.run_id)] = "no file ran" + (f" ({row.label})" if isinstance(row.label, str) else "")
        elif int(row.files_errored) == files:
            reasons[int(row.run_id)] = "every file errored"
        elif failed >= 2 and failed >= _ONE_CAUSE_SHARE * files and len(causes.get(int(row.run_id), ())) == 1:
            [cause] = causes[int(row.run_id)]
            reasons[int(row.run_id)] = f"{failed} of {files} files failed alike: {cause}"
    return reasons


def good_runs(all_runs: pd.DataFrame) -> pd.DataFrame:
    """The runs that are not broken."""
    return all_runs[~all_runs["broken"].astype(bool)]


def latest_runs(all_runs: pd.DataFrame) -> pd.DataFrame:
    """Each engine's latest run that is not broken, by engine name."""
    good = good_runs(all_runs)
    return good.sort_values("run_id").groupby("engine").tail(1).sort_values("engine").reset_index(drop=True)


def category_runs(connection: Any, known: dict[str, set[str] | None] | None = None) -> pd.DataFrame:
    """One row per completed run and category: files, records and their pass percentages."""
    names = ["run_id", "category", "files", "files_passed", "records", "records_passed", "files_pct",
             "records_pct"]
    if not has_results(connection, known):
        return pd.DataFrame(columns=names)
    result_columns = columns(connection, "test_results", known)
    records = _or_null(result_columns, "records_total", "res.records_total - COALESCE(res.records_skipped, 0)")
    passed = _or_null(result_columns, "records_passed", "res.records_passed")
    table = frame(connection, f"""
        SELECT res.run_id, f.category, COUNT(*) AS files,
               SUM(CASE WHEN res.status = 'PASS' THEN 1 ELSE 0 END) AS files_passed,
               SUM({records}) AS records, SUM({passed}) AS records_passed
        FROM test_results res
        JOIN test_files f ON f.file_path = res.file_path
        JOIN test_runs r ON r.run_id = res.run_id
        WHERE r.completed_at IS NOT NULL AND res.status <> 'UNTESTED'
        GROUP BY res.run_id, f.category
        ORDER BY res.run_id, f.category""")
    table["files_pct"] = _percent(table["files_passed"], table["files"])
    table["records_pct"] = _percent(table["records_passed"], table["records"])
    return table[names]


def latest_categories(categories: pd.DataFrame, all_runs: pd.DataFrame) -> pd.DataFrame:
    """The category rows of each engine's latest good run, with the engine; the matrix of engines."""
    latest = latest_runs(all_runs)[["run_id", "engine"]]
    return categories.merge(latest, on="run_id").sort_values(["category", "engine"]).reset_index(drop=True)


def results(connection: Any, known: dict[str, set[str] | None] | None = None) -> pd.DataFrame:
    """Every file result of the completed runs: run_id, file_path, status, error_message."""
    if not has_results(connection, known):
        return pd.DataFrame(columns=["run_id", "file_path", "status", "error_message"])
    return frame(connection, "SELECT res.run_id, res.file_path, res.status, res.error_message "
                             "FROM test_results res JOIN test_runs r ON r.run_id = res.run_id "
                             "WHERE r.completed_at IS NOT NULL AND res.status <> 'UNTESTED' "
                             "ORDER BY res.run_id, res.file_path")


def _good_results(file_results: pd.DataFrame, all_runs: pd.DataFrame) -> pd.DataFrame:
    """Results of runs that are not broken, with each run's engine, commit and start."""
    context = good_runs(all_runs)[["run_id", "engine", "git_commit", "started_at"]]
    return file_results.merge(context, on="run_id")


def failing_files(file_results: pd.DataFrame, all_runs: pd.DataFrame) -> pd.DataFrame:
    """Per engine and file, over the runs that are not broken: failures, runs, and the latest failure's reason."""
    names = ["engine", "file_path", "failures", "runs", "last_failed_run", "status", "error_message"]
    good = _good_results(file_results, all_runs)
    if good.empty:
        return pd.DataFrame(columns=names)
    good = good.assign(failed=good["status"].isin(FAILING_STATUSES))
    counts = good.groupby(["engine", "file_path"]).agg(failures=("failed", "sum"), runs=("run_id", "count"))
    last = good[good["failed"]].sort_values("run_id").groupby(["engine", "file_path"]).tail(1)
    last = last.rename(columns={"run_id": "last_failed_run"}).set_index(["engine", "file_path"])
    table = counts.join(last[["last_failed_run", "status", "error_message"]], how="inner").reset_index()
    table["failures"] = table["failures"].astype("Int64")
    table["runs"] = table["runs"].astype("Int64")
    return table.sort_values(["engine", "failures", "file_path"], ascending=[True, False, True])[names] \
        .reset_index(drop=True)


def latest_failures(file_results: pd.DataFrame, all_runs: pd.DataFrame) -> pd.DataFrame:
    """The failing files of each engine's latest good run, with the full reason."""
    latest = latest_runs(all_runs)[["run_id", "engine"]]
    failing = file_results[file_results["status"].isin(FAILING_STATUSES)].merge(latest, on="run_id")
    return failing[["engine", "run_id", "file_path", "status", "error_message"]] \
        .sort_values(["engine", "file_path"]).reset_index(drop=True)


def changes(file_results: pd.DataFrame, all_runs: pd.DataFrame) -> pd.DataFrame:
    """Files whose pass/fail changed between each engine's last two good runs (files both ran)."""
    names = ["engine", "change", "file_path", "before", "after", "base_run", "head_run"]
    good = good_runs(all_runs).sort_values("run_id")
    pieces = []
    for engine, engine_runs in good.groupby("engine"):
        if len(engine_runs) < 2:
            continue
        base, head = engine_runs["run_id"].iloc[-2], engine_runs["run_id"].iloc[-1]
        before = file_results[file_results["run_id"] == base].set_index("file_path")["status"]
        after = file_results[file_results["run_id"] == head].set_index("file_path")["status"]
        both = pd.concat([before.rename("before"), after.rename("after")], axis=1, join="inner")
        moved = both[(both["before"] == "PASS") != (both["after"] == "PASS")].reset_index()
        moved["change"] = ["fixed" if status == "PASS" else "regressed" for status in moved["after"]]
        pieces.append(moved.assign(engine=engine, base_run=base, head_run=head))
    if not pieces:
        return pd.DataFrame(columns=names)
    return pd.concat(pieces)[names].sort_values(["engine", "change", "file_path"]).reset_index(drop=True)


def flaky_files(file_results: pd.DataFrame, all_runs: pd.DataFrame) -> pd.DataFrame:
    """Files that passed and failed at one commit, or alternated over three consecutive runs, per engine.

    ``history`` spells the file's outcomes over the engine's good runs in order (P pass, F anything else).
    """
    names = ["engine", "file_path", "runs", "same_commit_flips", "alternations", "history"]
    good = _good_results(file_results, all_runs).sort_values(["started_at", "run_id"], kind="stable")
    # whole columns, not a loop over the (engine, file) groups: that loop was most of overview's time
    # (10 s of 10.8 at 100 M record rows, where 200 runs give each file's history 200 entries)
    good = good.assign(passed=(good["status"] == "PASS").to_numpy(dtype=bool)).sort_values(
        ["engine", "file_path"], kind="stable").reset_index(drop=True)
    keys = ["engine", "file_path"]
    group = good.groupby(keys, sort=False)
    before, after = group["passed"].shift(1), group["passed"].shift(-1)
    middle = before.notna() & after.notna()
    turns = middle & (before != good["passed"]) & (good["passed"] != after)
    dated = good.dropna(subset=["git_commit"])
    split = dated.groupby([*keys, "git_commit"], sort=False)["passed"].nunique() > 1
    table = pd.DataFrame({
        "runs": group.size(),
        "same_commit_flips": split.groupby(level=[0, 1], sort=False).sum(),
        "alternations": turns.groupby([good["engine"], good["file_path"]], sort=False).sum(),
        "history": good["passed"].map({True: "P", False: "F"}).groupby([good["engine"], good["file_path"]],
                                                                       sort=False).agg("".join),
    })
    table["same_commit_flips"] = table["same_commit_flips"].fillna(0)
    table = table[(table["same_commit_flips"] > 0) | (table["alternations"] > 0)]
    rows = [(engine, path, int(runs), int(same), int(turns), history)
            for (engine, path), runs, same, turns, history in table.itertuples(name=None)]
    table = pd.DataFrame(rows, columns=names)
    return table.sort_values(["engine", "same_commit_flips", "alternations"], ascending=[True, False, False]) \
        .reset_index(drop=True)


def record_failures(connection: Any, run_ids: Sequence[int], limit: int = 5000) -> pd.DataFrame | None:
    """Failing records of the given runs from ``record_results``, or None when the database has no such table."""
    present = columns(connection, "record_results")
    if present is None or not run_ids:
        return None
    wanted = [name for name in ("run_id", "file_path", "line", "record_kind", "status", "failure_class",
                                "sql_text", "expected", "actual", "error_message") if name in present]
    status = "status <> 'PASS' AND status <> 'SKIP'" if "status" in present else "1 = 1"
    order = ", line" if "line" in present else ""
    # one run at a time, in run order, as ORDER BY run_id would give them: ``run_id = ?`` reads only that
    # run's part of a store's record table, where ``IN`` would read every run's
    found: list[pd.DataFrame] = []
    left = int(limit)
    for run_id in sorted({int(run_id) for run_id in run_ids}):
        part = frame(connection, f"SELECT {', '.join(wanted)} FROM record_results WHERE run_id = ? "
                                 f"AND {status} ORDER BY file_path{order} LIMIT {max(left, 0)}", [run_id])
        found.append(part)
        left -= len(part)
        if left <= 0:
            break
    return pd.concat(found, ignore_index=True) if len(found) > 1 else found[0]


@dataclass
class Overview:
    """Every frame of one results database that the notebooks and the report show (see the functions above)."""

    has_results: bool
    runs: pd.DataFrame
    categories: pd.DataFrame
    results: pd.DataFrame
    latest: pd.DataFrame
    broken: pd.DataFrame
    matrix: pd.DataFrame
    failing: pd.DataFrame
    latest_failures: pd.DataFrame
    flaky: pd.DataFrame
    changes: pd.DataFrame


def overview(connection: Any) -> Overview:
    """Read the runs, their categories and file results once, and derive the rest from them."""
    known: dict[str, set[str] | None] = {}  # each table's columns, looked up once
    all_runs, categories, file_results = runs(connection, known), category_runs(connection, known), \
        results(connection, known)
    return Overview(
        has_results(connection, known), all_runs, categories, file_results, latest=latest_runs(all_runs),
        broken=all_runs[all_runs["broken"].astype(bool)], matrix=latest_categories(categories, all_runs),
        failing=failing_files(file_results, all_runs), latest_failures=latest_failures(file_results, all_runs),
        flaky=flaky_files(file_results, all_runs), changes=changes(file_results, all_runs))
