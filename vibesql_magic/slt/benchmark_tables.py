"""The benchmark tables of the results database, their views, and writing benchmark journal entries.

``benchmark_runs`` (one row per workload or corpus timing) and ``benchmark_results`` (one
row per operation, plus ``operation = 'all'`` for the whole mix) follow VibeSQL's
benchmark schema, whose names other tools read. ``query_performance_trend`` puts each
result beside the previous run of the same benchmark on the same machine tag (LAG);
``performance_regressions`` keeps the results more than 10% slower (mean latency) than
that previous run. The schema step only adds what is missing, so it also upgrades a dump
whose benchmark tables lack some of our columns.

Entries (see :mod:`vibesql_magic.slt.journal`): ``benchmark_run`` opens a run,
``benchmark_result`` is one operation's figures, ``benchmark_end`` closes the run with
its totals. Applying one twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

BENCHMARK_RUN = "benchmark_run"
BENCHMARK_RESULT = "benchmark_result"
BENCHMARK_END = "benchmark_end"
KINDS = (BENCHMARK_RUN, BENCHMARK_RESULT, BENCHMARK_END)
ALL_OPERATIONS = "all"
REGRESSION_THRESHOLD = 1.10  # more than 10% slower than the previous run

# (name, type, what CREATE TABLE adds): ALTER TABLE adds a missing column without the constraint.
RUN_COLUMNS: list[tuple[str, str, str]] = [
    ("run_id", "INTEGER", "PRIMARY KEY"), ("started_at", "TIMESTAMP", "NOT NULL"), ("completed_at", "TIMESTAMP", ""),
    ("git_commit", "VARCHAR(40)", ""), ("branch_name", "VARCHAR(200)", ""), ("machine_tag", "VARCHAR(200)", ""),
    ("engine", "VARCHAR(200)", "NOT NULL"), ("engine_version", "VARCHAR(100)", ""),
    ("suite", "VARCHAR(50)", "NOT NULL"), ("pattern", "VARCHAR(500)", ""), ("target_tps", "REAL", ""),
    ("connections", "INTEGER", ""), ("duration_s", "REAL", ""), ("concurrency", "VARCHAR(20)", ""),
    ("dataset", "VARCHAR(500)", ""), ("transactions", "INTEGER", ""), ("errors", "INTEGER", ""),
    ("achieved_tps", "REAL", ""), ("sustained", "INTEGER", ""), ("interrupted", "INTEGER", ""),
    ("host", "VARCHAR(200)", ""), ("label", "VARCHAR(500)", ""),
]
RESULT_COLUMNS: list[tuple[str, str, str]] = [
    ("result_id", "INTEGER", "PRIMARY KEY"), ("run_id", "INTEGER", "NOT NULL"),
    ("operation", "VARCHAR(500)", "NOT NULL"), ("count", "INTEGER", "NOT NULL"), ("errors", "INTEGER", "NOT NULL"),
    ("tps", "REAL", ""), ("mean_ms", "REAL", ""), ("p50_ms", "REAL", ""), ("p95_ms", "REAL", ""),
    ("p99_ms", "REAL", ""), ("max_ms", "REAL", ""), ("min_ms", "REAL", ""),
]
TABLES = {
    "benchmark_runs": (RUN_COLUMNS, ""),
    "benchmark_results": (RESULT_COLUMNS, ", UNIQUE (run_id, operation), "
                                          "FOREIGN KEY (run_id) REFERENCES benchmark_runs(run_id)"),
}
INDEXES = ["CREATE INDEX IF NOT EXISTS idx_benchmark_results_run_id ON benchmark_results(run_id)"]

# "The same benchmark": what was run, on which data, on what, how hard, where.
_SAME_BENCHMARK = ("PARTITION BY r.machine_tag, r.engine, r.suite, r.pattern, r.dataset, r.connections, "
                   "r.target_tps, b.operation ORDER BY r.started_at, r.run_id")
VIEWS = {
    "query_performance_trend": f"""CREATE VIEW IF NOT EXISTS query_performance_trend AS
SELECT r.run_id, r.started_at, r.git_commit, r.branch_name, r.machine_tag, r.engine, r.engine_version,
       r.suite, r.pattern, r.dataset, r.connections, r.target_tps, r.achieved_tps, b.operation, b.count, b.errors,
       b.tps, b.mean_ms, b.p50_ms, b.p95_ms, b.p99_ms, b.max_ms,
       LAG(r.run_id) OVER ({_SAME_BENCHMARK}) AS previous_run_id,
       LAG(b.mean_ms) OVER ({_SAME_BENCHMARK}) AS previous_mean_ms,
       LAG(b.p95_ms) OVER ({_SAME_BENCHMARK}) AS previous_p95_ms,
       ROUND(100.0 * (b.mean_ms - LAG(b.mean_ms) OVER ({_SAME_BENCHMARK}))
             / LAG(b.mean_ms) OVER ({_SAME_BENCHMARK}), 1) AS mean_change_pct
FROM benchmark_runs r JOIN benchmark_results b ON b.run_id = r.run_id
WHERE r.completed_at IS NOT NULL AND COALESCE(r.interrupted, 0) = 0""",
    "performance_regressions": f"""CREATE VIEW IF NOT EXISTS performance_regressions AS
SELECT run_id, previous_run_id, started_at, git_commit, machine_tag, engine, suite, pattern, dataset, connections,
       target_tps, operation, previous_mean_ms, mean_ms, mean_change_pct, previous_p95_ms, p95_ms
FROM query_performance_trend
WHERE previous_mean_ms IS NOT NULL AND mean_ms > {REGRESSION_THRESHOLD} * previous_mean_ms""",
}


def _create(table: str) -> str:
    columns, extra = TABLES[table]
    body = ", ".join(" ".join(part for part in column if part) for column in columns)
    return f"CREATE TABLE IF NOT EXISTS {table} ({body}{extra})"


def add_benchmark_tables(execute: Callable[[str], None], columns_of: Callable[[str], list[str] | None]) -> None:
    """Create the tables, indexes and views, or add the columns an older version of them lacks."""
    for table, (columns, _) in TABLES.items():
        present = columns_of(table)
        if present is None:
            execute(_create(table))
            continue
        have = {name.lower() for name in present}
        for name, sql_type, _ in columns:
            if name not in have:
                execute(f"ALTER TABLE {table} ADD COLUMN {name} {sql_type}")
    for ddl in (*INDEXES, *VIEWS.values()):
        execute(ddl)


_RUN_FIELDS = [name for name, _, _ in RUN_COLUMNS]
_RESULT_FIELDS = [name for name, _, _ in RESULT_COLUMNS if name != "result_id"]
_END_FIELDS = ("completed_at", "duration_s", "transactions", "errors", "achieved_tps", "sustained", "interrupted")


class BenchmarkWriter:
    """Applies benchmark entries through a store's ``execute`` and ``query``."""

    def __init__(self, execute: Callable[[str, Sequence[Any]], None],
                 query: Callable[[str, Sequence[Any]], list[tuple]]) -> None:
        self.execute = execute
        self.query = query

    def next_run_id(self) -> int:
        """One more than the largest benchmark run id."""
        rows = self.query("SELECT MAX(run_id) FROM benchmark_runs", ())
        return int(rows[0][0] or 0) + 1

    def apply(self, entry: dict[str, Any]) -> None:
        """Write one entry (idempotent)."""
        kind, run_id = entry["kind"], int(entry["run_id"])
        if kind == BENCHMARK_RUN:
            self._upsert("benchmark_runs", _RUN_FIELDS, entry, "run_id = ?", (run_id,))
        elif kind == BENCHMARK_RESULT:
            self._upsert("benchmark_results", _RESULT_FIELDS, entry, "run_id = ? AND operation = ?",
                         (run_id, entry["operation"]))
        elif kind == BENCHMARK_END:
            fields = [name for name in _END_FIELDS if name in entry]
            assignments = ", ".join(f"{name} = ?" for name in fields)
            self.execute(f"UPDATE benchmark_runs SET {assignments} WHERE run_id = ?",
                         [*(entry[name] for name in fields), run_id])

    def _upsert(self, table: str, fields: Sequence[str], entry: dict[str, Any], where: str,
                key: Sequence[Any]) -> None:
        values = [entry.get(name) for name in fields]
        if self.query(f"SELECT 1 FROM {table} WHERE {where}", key):
            assignments = ", ".join(f"{name} = ?" for name in fields)
            self.execute(f"UPDATE {table} SET {assignments} WHERE {where}", [*values, *key])
            return
        if table == "benchmark_results":
            next_id = int(self.query("SELECT MAX(result_id) FROM benchmark_results", ())[0][0] or 0) + 1
            fields, values = ["result_id", *fields], [next_id, *values]
        marks = ", ".join("?" * len(fields))
        self.execute(f"INSERT INTO {table} ({', '.join(fields)}) VALUES ({marks})", values)
