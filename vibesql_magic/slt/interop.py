"""Engines side by side, as pandas DataFrames: who passes what, what only one engine fails, votes, speed.

Each engine is taken at its latest good run (``summaries.latest_runs``); engines are compared only
within one skipif/onlyif name (``dialect``), the largest such group by default, because under other
names other records ran. The unit is the file until record-level results are stored.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from vibesql_magic.slt import summaries
from vibesql_magic.slt.reports import VERDICTS, failure_kind

UNRECORDED = "(not recorded)"


def latest_by_dialect(connection: Any) -> pd.DataFrame:
    """Each engine's latest good run with the name it ran under (runs before names were stored: unrecorded)."""
    latest = summaries.latest_runs(summaries.runs(connection))
    present = summaries.columns(connection, "test_runs") or set()
    if "dialect" in present and not latest.empty:
        ids = ", ".join(str(int(run_id)) for run_id in latest["run_id"])
        names = summaries.frame(connection, f"SELECT run_id, dialect FROM test_runs WHERE run_id IN ({ids})")
        latest = latest.merge(names, on="run_id", how="left")
    else:
        latest = latest.assign(dialect=None)
    latest["dialect"] = latest["dialect"].fillna(UNRECORDED).astype(str)
    return latest


def largest_group(latest: pd.DataFrame) -> pd.DataFrame:
    """The runs of the name most engines ran under (ties: the recorded name first, then alphabetical)."""
    if latest.empty:
        return latest
    sizes = latest.groupby("dialect")["engine"].nunique().reset_index(name="engines")
    sizes["unrecorded"] = sizes["dialect"] == UNRECORDED
    chosen = sizes.sort_values(["engines", "unrecorded", "dialect"], ascending=[False, True, True]).iloc[0]
    return latest[latest["dialect"] == chosen["dialect"]].reset_index(drop=True)


def file_outcomes(connection: Any, group: pd.DataFrame) -> pd.DataFrame:
    """engine × file: status, duration and first failure of each run in ``group``."""
    names = ["engine", "file_path", "category", "status", "duration_ms", "error_message"]
    if group.empty:
        return pd.DataFrame(columns=names)
    ids = ", ".join(str(int(run_id)) for run_id in group["run_id"])
    table = summaries.frame(connection, f"""
        SELECT res.run_id, res.file_path, f.category, res.status, res.duration_ms, res.error_message
        FROM test_results res JOIN test_files f ON f.file_path = res.file_path
        WHERE res.run_id IN ({ids}) AND res.status <> 'UNTESTED'""")
    return table.merge(group[["run_id", "engine"]], on="run_id")[names]


def interop(outcomes: pd.DataFrame) -> pd.DataFrame:
    """The interop score: files every engine of the group ran, and those every one of them passed."""
    engines = outcomes["engine"].nunique()
    per_file = outcomes.groupby("file_path").agg(ran=("engine", "nunique"),
                                                 passed=("status", lambda status: int((status == "PASS").sum())))
    shared = per_file[per_file["ran"] == engines]
    everyone = int((shared["passed"] == engines).sum())
    return pd.DataFrame({"engines": [engines], "files_all_ran": [len(shared)], "files_all_pass": [everyone],
                         "interop_pct": [round(100.0 * everyone / len(shared), 1) if len(shared) else 0.0]})


def failing_on_one_engine(outcomes: pd.DataFrame) -> pd.DataFrame:
    """Files that exactly one engine fails while the others pass, with that engine and its first failure."""
    failing = outcomes[outcomes["status"] != "PASS"]
    counts = outcomes.groupby("file_path")["engine"].nunique()
    lonely = failing.groupby("file_path").filter(lambda rows: len(rows) == 1)
    lonely = lonely[lonely["file_path"].map(counts) > 1]
    first = lonely["error_message"].fillna("").str.split("\n").str[0].str.slice(0, 100)
    return (lonely.assign(first_failure=first)[["file_path", "engine", "status", "first_failure"]]
            .sort_values(["engine", "file_path"]).reset_index(drop=True))


def vote_counts(connection: Any) -> pd.DataFrame:
    """Failing files per engine and oracle verdict (view ``oracle_votes``), per name (``as``); empty without votes."""
    names = ["as", "engine", *VERDICTS]
    if summaries.columns(connection, "oracle_votes") is None:
        return pd.DataFrame(columns=names)
    table = summaries.frame(connection, "SELECT dialect AS \"as\", engine, verdict, COUNT(*) AS files "
                                        "FROM oracle_votes GROUP BY dialect, engine, verdict")
    if table.empty:
        return pd.DataFrame(columns=names)
    grid = table.pivot_table(index=["as", "engine"], columns="verdict", values="files", fill_value=0)
    return grid.reindex(columns=list(VERDICTS), fill_value=0).astype(int).reset_index()[names]


def top_failure_kinds(outcomes: pd.DataFrame, top: int = 3) -> pd.DataFrame:
    """Per engine, its most common kinds of failure (``analyze``'s grouping) and in how many files."""
    rows = []
    for row in outcomes[outcomes["status"] != "PASS"].itertuples():
        lines = [line for line in str(row.error_message or row.status).split("\n") if not line.startswith("... and ")]
        for kind in {failure_kind(row.status, line) for line in lines}:
            rows.append((row.engine, kind, row.file_path))
    kinds = pd.DataFrame(rows, columns=["engine", "kind", "file_path"])
    counted = kinds.groupby(["engine", "kind"])["file_path"].nunique().reset_index(name="files")
    counted = counted.sort_values(["engine", "files", "kind"], ascending=[True, False, True])
    return counted.groupby("engine").head(top).reset_index(drop=True)


def slowest_categories(outcomes: pd.DataFrame, reference: str = "sqlite") -> pd.DataFrame:
    """Per engine, the category where it is slowest beside ``reference`` (time on files both passed)."""
    passed = outcomes[outcomes["status"] == "PASS"]
    base = passed[passed["engine"] == reference][["file_path", "duration_ms"]].rename(
        columns={"duration_ms": "reference_ms"})
    paired = passed[passed["engine"] != reference].merge(base, on="file_path")
    if paired.empty:
        return pd.DataFrame(columns=["engine", "category", "engine_s", "reference_s", "times_slower"])
    sums = paired.groupby(["engine", "category"])[["duration_ms", "reference_ms"]].sum().reset_index()
    sums["times_slower"] = (sums["duration_ms"] / sums["reference_ms"].clip(lower=1)).round(1)
    sums["engine_s"] = (sums["duration_ms"] / 1000).round(1)
    sums["reference_s"] = (sums["reference_ms"] / 1000).round(1)
    worst = sums.sort_values(["engine", "times_slower"], ascending=[True, False]).groupby("engine").head(1)
    return worst[["engine", "category", "engine_s", "reference_s", "times_slower"]].reset_index(drop=True)
