"""``vibesql-slt report --html DIR``: a results database as a static site, for people outside Jupyter.

``DIR/index.html`` holds the engines' latest runs, the categories × engines matrix, pass rate over time,
the failing files with their full reasons (and their failing records where ``record_results`` holds
them), what changed, flaky files and broken runs, with a search box that filters the files. Charts are
SVG files beside it and badges are in ``DIR/badges``; nothing is fetched from the network, so a plain
file server, or the file opened from disk, shows it all.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd

from vibesql_magic.slt import badges, summaries
from vibesql_magic.slt.summaries import Overview

RECORDS_PER_FILE = 20  # failing records shown under a file; the count says how many there are
REASON_LINES = 3  # lines of a reason shown at once; the rest, never cut, opens below them
_CHART_DPI = 96


@cache
def _template() -> Any:
    import jinja2

    environment = jinja2.Environment(loader=jinja2.PackageLoader("vibesql_magic.slt", "templates"),
                                     autoescape=True, trim_blocks=False, undefined=jinja2.StrictUndefined)
    return environment.get_template("report.html.j2")


def write_report(connection: Any, directory: Path, source: str) -> Path:
    """Write the site for the results behind ``connection`` into ``directory``; the path of index.html."""
    overview = summaries.overview(connection)
    directory.mkdir(parents=True, exist_ok=True)
    made = {badge.engine: f"badges/{badge.slug}.svg" for badge in badges.badges(overview)}
    badges.write_badges(overview, directory / "badges")
    failures = _failures(overview, connection)
    page = _template().render(
        title="SQLLogicTest conformance", source=source,
        generated=f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC", runs_count=len(overview.runs),
        empty_note=_empty_note(overview), engines=_engines(overview, made), matrix=_matrix(overview),
        interop=_interop(overview), charts=_charts(overview, directory), failures=failures,
        has_records=any(row["records"] for row in failures),
        changes=_rows(overview.changes), flaky=_rows(overview.flaky), broken=_broken(overview))
    index = directory / "index.html"
    _write_atomically(index, page)
    return index


def _empty_note(overview: Overview) -> str:
    if not overview.has_results:
        return "This database holds no results tables: nothing has been recorded in it yet."
    if overview.runs.empty:
        return "This database holds no completed runs yet."
    return "Every run in this database is broken (see below): there is nothing to compare."


def _when(value: Any) -> str:
    return "" if pd.isna(value) else f"{pd.Timestamp(value):%Y-%m-%d %H:%M:%S}"


def _percent(value: Any) -> str:
    return "–" if pd.isna(value) else f"{float(value):.1f}%"


def _engines(overview: Overview, made: dict[str, str]) -> list[dict[str, Any]]:
    """The latest good run of each engine, as the first table and the badges show it."""
    rows = []
    for run in overview.latest.itertuples(index=False):
        records = "–" if pd.isna(run.records) else (f"{_percent(run.records_pct)} "
                                                    f"({int(run.records_passed):,} of {int(run.records):,})")
        rows.append({"name": run.engine, "run_id": int(run.run_id), "started": _when(run.started_at),
                     "commit": "" if pd.isna(run.git_commit) else str(run.git_commit)[:10], "records": records,
                     "files": f"{_percent(run.files_pct)} ({int(run.files_passed)} of {int(run.files)})",
                     "badge": made.get(run.engine, ""),
                     "headline": _percent(run.records_pct if not pd.isna(run.records_pct) else run.files_pct)})
    return rows


def _color(percent: float) -> str:
    """Red at 0 %, amber at 50 %, green at 100 % (hue 0 to 120), dark enough for white text."""
    return f"hsl({1.2 * max(0.0, min(100.0, percent)):.0f}, 65%, 36%)"


def _matrix(overview: Overview) -> dict[str, Any]:
    """Categories × engines: records passed (%) in each engine's latest run, files where records are unknown."""
    frame = overview.matrix
    cells = {}
    for row in frame.itertuples(index=False):
        by_records = not pd.isna(row.records_pct)
        value = float(row.records_pct if by_records else row.files_pct)
        cells[(row.category, row.engine)] = {
            "text": f"{value:.1f}", "color": _color(value),
            "title": f"{row.engine}, {row.category}: {int(row.files_passed)} of {int(row.files)} files pass"
                     + (f", {int(row.records_passed):,} of {int(row.records):,} records" if by_records else "")}
    return {"categories": sorted(frame["category"].unique()), "engines": sorted(frame["engine"].unique()),
            "cells": cells}


def _interop(overview: Overview) -> str:
    """How many files every engine passes, among the files every engine's latest run ran."""
    latest = overview.latest
    if len(latest) < 2:
        return ""
    results = overview.results[overview.results["run_id"].isin(latest["run_id"])]
    per_file = results.groupby("file_path")["status"].agg(["count", lambda statuses: (statuses == "PASS").all()])
    shared = per_file[per_file["count"] == len(latest)]
    everywhere = int(shared.iloc[:, 1].sum())
    return (f"Interop: {everywhere} of the {len(shared)} files all {len(latest)} engines ran pass on every "
            f"engine.")


def _charts(overview: Overview, directory: Path) -> list[dict[str, str]]:
    """Draw the charts as SVG files beside index.html; their titles, notes and file names."""
    if overview.runs.empty:
        return []
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from vibesql_magic import charts

    drawn = [("pass-rate", "Pass rate over time, per engine", "pass_rate.svg",
              "Records and files passed in each run, one series per engine; runs at one commit share a place on "
              "the axis and engines are set slightly apart; broken runs are the grey crosses at the bottom.",
              lambda: charts.pass_rate_history(overview.runs))]
    if not overview.categories.empty:
        drawn.append(("categories", "Pass rate over time per category", "categories.svg",
                      "One panel per category, each engine a series over its runs.",
                      lambda: charts.category_history(overview.categories, overview.runs)))
    made = []
    for anchor, title, name, note, draw in drawn:
        figure = draw()
        figure.savefig(directory / name, format="svg", dpi=_CHART_DPI, bbox_inches="tight")
        plt.close(figure)
        made.append({"anchor": anchor, "title": title, "file": name, "note": note})
    return made


def _search(*values: Any) -> str:
    return " ".join(str(value) for value in values if not pd.isna(value)).lower()


def _failures(overview: Overview, connection: Any) -> list[dict[str, Any]]:
    """Each failing file of each engine's latest run, with the full reason and its failing records."""
    failing = overview.latest_failures
    records = summaries.record_failures(connection, [int(run_id) for run_id in failing["run_id"].unique()])
    by_file: dict[tuple[int, str], pd.DataFrame] = {}
    if records is not None and not records.empty:
        by_file = {(int(run_id), str(path)): rows for (run_id, path), rows in records.groupby(["run_id", "file_path"])}
    rows = []
    for row in failing.itertuples(index=False):
        reason = "" if pd.isna(row.error_message) else str(row.error_message)
        mine = by_file.get((int(row.run_id), str(row.file_path)))
        shown = [] if mine is None else [_record(record) for record in mine.head(RECORDS_PER_FILE).to_dict("records")]
        lines = reason.splitlines()
        rows.append({"engine": row.engine, "file": row.file_path, "status": row.status,
                     "reason_head": "\n".join(lines[:REASON_LINES]), "reason_rest": "\n".join(lines[REASON_LINES:]),
                     "reason_rest_lines": max(0, len(lines) - REASON_LINES),
                     "records": shown, "more": len(mine) if mine is not None and len(mine) > len(shown) else 0,
                     "search": _search(row.engine, row.file_path, row.status, reason)})
    return rows


def _record(record: dict[str, Any]) -> dict[str, str]:
    """A failing record's fields as text (absent columns and NULLs as empty)."""
    names = ("line", "failure_class", "sql_text", "expected", "actual", "error_message")
    return {name: "" if pd.isna(record.get(name)) else str(record.get(name)) for name in names}


def _rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """A frame's rows as dicts, with the text the search box matches."""
    return [{**row, "search": _search(row.get("engine"), row.get("file_path"))} for row in frame.to_dict("records")]


def _broken(overview: Overview) -> list[dict[str, Any]]:
    return [{"run_id": int(run.run_id), "engine": run.engine, "started": _when(run.started_at),
             "commit": "" if pd.isna(run.git_commit) else str(run.git_commit)[:10], "reason": run.broken_reason}
            for run in overview.broken.itertuples(index=False)]


def _write_atomically(path: Path, text: str) -> None:
    """Write through a temporary file and a rename, so a reader never sees half a page."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
