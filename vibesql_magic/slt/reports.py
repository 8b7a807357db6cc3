"""Reports over the results database: status, failure analysis, regressions, ad-hoc queries.

Each report returns :class:`Table` objects (data, not text) so that the CLI, a
notebook or a test can use them; :func:`format_table` renders one for a terminal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from vibesql_magic.slt.store import FAILING_STATUSES, ResultsStore

_FAILURE_LINE = re.compile(r"line (\d+): (.*)")
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")
_NUMBER = re.compile(r"\d+")
_EXAMPLES = 3


class ReportError(Exception):
    """The report cannot be made as asked (no such run, nothing to compare)."""


@dataclass(slots=True)
class Table:
    """A titled table of values."""

    title: str
    columns: list[str]
    rows: list[tuple[Any, ...]] = field(default_factory=list)


def _cell(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, float):
        return f"{value:.1f}" if value.is_integer() or abs(value) >= 1 else f"{value:g}"
    return " ".join(str(value).split())


def format_table(table: Table, max_width: int = 80) -> str:
    """A plain-text table with a header rule; cells are flattened to one line and cut at ``max_width``."""
    cells = [[_cell(value)[:max_width] for value in row] for row in table.rows]
    widths = [len(name) for name in table.columns]
    for row in cells:
        widths = [max(width, len(text)) for width, text in zip(widths, row, strict=True)]
    lines = [table.title] if table.title else []
    header = "  ".join(name.ljust(width) for name, width in zip(table.columns, widths, strict=True))
    lines.append(header.rstrip())
    lines.append("  ".join("-" * width for width in widths))
    for row, values in zip(cells, table.rows, strict=True):
        lines.append("  ".join(
            text.rjust(width) if isinstance(value, int | float) else text.ljust(width)
            for text, width, value in zip(row, widths, values, strict=True)).rstrip())
    if not table.rows:
        lines.append("(no rows)")
    return "\n".join(lines)


def run_query(store: ResultsStore, sql: str) -> Table:
    """Any SQL against the results database."""
    columns, rows = store.query(sql)
    return Table("", columns, rows)


def latest_run(store: ResultsStore) -> int:
    """The newest run's id."""
    run_id = store.scalar("SELECT MAX(run_id) FROM test_runs")
    if run_id is None:
        raise ReportError("the results database holds no runs yet")
    return int(run_id)


def _require_run(store: ResultsStore, run_id: int) -> dict[str, Any]:
    run = store.run(run_id)
    if run is None:
        raise ReportError(f"no run {run_id} in the results database")
    return run


def status(store: ResultsStore, run_id: int | None = None, recent: int = 10) -> list[Table]:
    """The recent runs, and one run (default: the latest) by category."""
    run_id = latest_run(store) if run_id is None else run_id
    _require_run(store, run_id)
    runs = store.query(
        "SELECT run_id, started_at, engine, dialect, total_files, passed, failed, untested, "
        "ROUND(100.0 * passed / total_files, 1) AS pass_rate, git_commit, label, "
        "CASE WHEN completed_at IS NULL THEN 'no' ELSE 'yes' END AS completed "
        f"FROM test_runs ORDER BY run_id DESC LIMIT {int(recent)}")
    rows = [(*row[:9], row[9] and row[9][:10], *row[10:]) for row in runs[1]]  # short commit
    by_category = store.query(
        "SELECT f.category, COUNT(*) AS files, "
        "SUM(CASE WHEN r.status = 'PASS' THEN 1 ELSE 0 END) AS passed, "
        "SUM(CASE WHEN r.status = 'FAIL' THEN 1 ELSE 0 END) AS failed, "
        "SUM(CASE WHEN r.status = 'TIMEOUT' THEN 1 ELSE 0 END) AS timeout, "
        "SUM(CASE WHEN r.status = 'ERROR' THEN 1 ELSE 0 END) AS error, "
        "ROUND(100.0 * SUM(CASE WHEN r.status = 'PASS' THEN 1 ELSE 0 END) / COUNT(*), 1) AS pass_rate, "
        "SUM(r.records_total) AS records, SUM(r.records_failed) AS records_failed "
        "FROM test_results r JOIN test_files f ON f.file_path = r.file_path "
        "WHERE r.run_id = ? GROUP BY f.category ORDER BY f.category", (run_id,))
    return [Table("Recent runs", runs[0], rows),
            Table(f"Run {run_id} by category", by_category[0], by_category[1])]


def failure_kind(status: str, line: str) -> str:
    """The group a failure belongs to: its kind, plus the gist of an engine error message.

    ``line 12: statement failed: no such table: t9`` groups as ``statement failed: no such
    table``; quoted names and numbers are ignored so that one cause is one group.
    """
    if status == "TIMEOUT":
        return "timeout"
    match = _FAILURE_LINE.match(line)
    body = match.group(2) if match else line
    if status == "ERROR" and not match:
        body = f"error: {body}"
    kind, _, detail = body.partition(": ")
    if not detail or kind in ("query result mismatch", "wrong number of result columns", "label mismatch"):
        return kind
    gist = _NUMBER.sub("N", _QUOTED.sub("?", detail))
    if "syntax error" in gist:
        gist = "syntax error"
    return f"{kind}: {gist.split(':')[0].strip()[:80]}"


def analyze(store: ResultsStore, run_id: int | None = None) -> Table:
    """A run's failures (default: the latest run) grouped by kind, with counts, files and examples."""
    run_id = latest_run(store) if run_id is None else run_id
    _require_run(store, run_id)
    failing = ", ".join(f"'{name}'" for name in FAILING_STATUSES)
    rows = store.query(f"SELECT file_path, status, error_message FROM test_results "
                       f"WHERE run_id = ? AND status IN ({failing}) ORDER BY file_path", (run_id,))[1]
    groups: dict[str, tuple[list[int], set[str], list[str]]] = {}
    for path, file_status, message in rows:
        lines = [line for line in (message or file_status).splitlines()
                 if line and not line.startswith("... and ")] or [file_status]
        for line in lines:
            count, files, examples = groups.setdefault(failure_kind(file_status, line), ([0], set(), []))
            count[0] += 1
            files.add(path)
            if len(examples) < _EXAMPLES:
                examples.append(f"{path}: {line}")
    ordered = sorted(groups.items(), key=lambda item: (-len(item[1][1]), -item[1][0][0], item[0]))
    return Table(f"Run {run_id}: failures by kind", ["kind", "failures", "files", "examples"],
                 [(kind, count[0], len(files), " | ".join(examples))
                  for kind, (count, files, examples) in ordered])


def analyze_records(store: ResultsStore, run_id: int | None = None) -> list[Table]:
    """A run's failing records ranked by failure class and by SQL feature (none when it kept no records).

    A feature's pass rate counts the run's passing records too, which only ``--records all`` keeps.
    """
    run_id = latest_run(store) if run_id is None else run_id
    _require_run(store, run_id)
    try:
        classes = store.query(
            "SELECT failure_class, COUNT(*), COUNT(DISTINCT file_path), MIN(file_path || ':' || line) "
            "FROM record_results WHERE run_id = ? AND status = 'FAIL' GROUP BY failure_class "
            "ORDER BY 2 DESC, 1", (run_id,))[1]
    except Exception as exc:  # an unreadable side file: the engine's error names it
        raise ReportError(" ".join(str(exc).split())) from exc
    if not classes:
        return []
    features = store.query(
        "SELECT f.feature, SUM(CASE WHEN r.status = 'FAIL' THEN 1 ELSE 0 END) AS failing, "
        "COUNT(DISTINCT CASE WHEN r.status = 'FAIL' THEN r.file_path END), "
        "ROUND(100.0 * SUM(CASE WHEN r.status = 'PASS' THEN 1 ELSE 0 END) / COUNT(*), 1) "
        "FROM record_features f JOIN record_results r ON r.run_id = f.run_id AND r.file_path = f.file_path "
        "AND r.line = f.line WHERE f.run_id = ? AND r.run_id = ? GROUP BY f.feature HAVING failing > 0 "
        "ORDER BY 2 DESC, 1", (run_id, run_id))[1]  # both sides' run: a store's record tables read one partition
    return [Table(f"Run {run_id}: failing records by failure class", ["failure_class", "records", "files",
                                                                        "example"], classes),
            Table(f"Run {run_id}: failing records by SQL feature", ["feature", "records", "files",
                                                                      "pass_pct"], features)]


@dataclass(slots=True)
class Comparison:
    """Files that passed in ``base`` and fail in ``head`` (regressions), and the other way (fixes)."""

    base: int
    head: int
    regressions: Table
    fixes: Table


def _previous_comparable_run(store: ResultsStore, head: int) -> int:
    """The latest earlier run of the same engine under the same skipif/onlyif name."""
    run = _require_run(store, head)
    engine, dialect = run.get("engine"), run.get("dialect")
    runs = store.query("SELECT run_id, engine, dialect FROM test_runs WHERE run_id < ? ORDER BY run_id DESC",
                       (head,))[1]
    for run_id, run_engine, run_dialect in runs:
        if run_engine == engine and run_dialect == dialect:
            return int(run_id)
    raise ReportError(f"no earlier run of engine {engine or 'unknown'} as {dialect or 'an unrecorded name'} "
                      f"to compare run {head} with")


def check_same_dialect(store: ResultsStore, runs: Sequence[int]) -> str | None:
    """The one skipif/onlyif name the runs share; a ReportError when they differ (their files ran other records).

    Runs recorded before the name was stored (NULL) compare only with each other.
    """
    names = {run_id: _require_run(store, run_id).get("dialect") for run_id in runs}
    if len(set(names.values())) > 1:
        listed = ", ".join(f"run {run_id} as {name or 'an unrecorded name'}" for run_id, name in names.items())
        raise ReportError(f"runs under different skipif/onlyif names ran different records: {listed}")
    return next(iter(names.values()), None)


def regressions(store: ResultsStore, base: int | None = None, head: int | None = None) -> Comparison:
    """Compare two runs under the same name (default: the latest run and the previous comparable one)."""
    head = latest_run(store) if head is None else head
    _require_run(store, head)
    base = _previous_comparable_run(store, head) if base is None else base
    check_same_dialect(store, (base, head))
    before = store.results_of(base)
    after = _results_with_messages(store, head)
    broken: list[tuple[Any, ...]] = []
    fixed: list[tuple[Any, ...]] = []
    for path, (now, message) in sorted(after.items()):
        then = before.get(path)
        if then == "PASS" and now != "PASS":
            broken.append((path, now, (message or "").split("\n")[0]))
        elif then is not None and then != "PASS" and now == "PASS":
            fixed.append((path, then))
    return Comparison(base, head,
                      Table(f"Regressions: passed in run {base}, not in run {head}",
                            ["file_path", "status", "first failure"], broken),
                      Table(f"Fixes: failed in run {base}, pass in run {head}",
                            ["file_path", "was"], fixed))


def _results_with_messages(store: ResultsStore, run_id: int) -> dict[str, tuple[str, str | None]]:
    rows = store.query("SELECT file_path, status, error_message FROM test_results WHERE run_id = ?",
                       (run_id,))[1]
    return {path: (file_status, message) for path, file_status, message in rows}


VERDICTS = ("engine bug", "dialect", "contested")


def votes(store: ResultsStore) -> Table:
    """Failing files per engine by oracle verdict (view ``oracle_votes``), per skipif/onlyif name."""
    counts = store.query("SELECT dialect, engine, verdict, COUNT(*) FROM oracle_votes "
                         "GROUP BY dialect, engine, verdict")[1]
    grid: dict[tuple[str, str], dict[str, int]] = {}
    for dialect, engine, verdict, count in counts:
        grid.setdefault((dialect, engine), {})[verdict] = int(count)
    rows = [(dialect, engine, *(tallies.get(verdict, 0) for verdict in VERDICTS))
            for (dialect, engine), tallies in sorted(grid.items())]
    return Table("Failing files by oracle verdict (latest run of each engine, per skipif/onlyif name)",
                 ["as", "engine", *VERDICTS], rows)


def summarize_statuses(counts: dict[str, int], order: Sequence[str] = ("PASS", *FAILING_STATUSES)) -> str:
    """``12 PASS, 3 FAIL`` in a stable order."""
    return ", ".join(f"{counts[name]} {name}" for name in order if counts.get(name))
