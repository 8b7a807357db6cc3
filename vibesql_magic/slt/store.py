"""The results database: its schema, forward migrations, and writing runs into it.

The tables are those of ``shared/spec/results-schema.md`` (the columns VibeSQL's own
tooling writes) plus our extensions. :class:`ResultsStore` reaches the database only
through a PEP 249 connection (qmark parameters) and plain SQL, so any engine that
speaks SQLite's dialect can hold it; the product uses our own engine, whose
connections load and save SQL dumps (`vibesql_magic.dumpfiles`).

Writes arrive as *entries* (plain dicts, see :mod:`vibesql_magic.slt.journal`):
``run`` (a run's header), ``result`` (one file's outcome) and ``end`` (a run's
completion), and the benchmark entries of :mod:`vibesql_magic.slt.benchmark_tables`.
Applying an entry twice changes nothing, so a journal that was folded but not yet
cleared can be folded again safely.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from vibesql_magic.engines import SQLITE_FAMILY
from vibesql_magic.record_store import FEATURES_TABLE
from vibesql_magic.record_store import TABLE as RECORDS_TABLE
from vibesql_magic.slt import benchmark_tables

SCHEMA_VERSION = 7

BASE_TABLES = {
    "test_files": """CREATE TABLE IF NOT EXISTS test_files (
    file_path VARCHAR(500) PRIMARY KEY,
    category VARCHAR(50) NOT NULL,
    subcategory VARCHAR(50),
    status VARCHAR(20) NOT NULL,
    last_tested TIMESTAMP,
    last_passed TIMESTAMP
)""",
    "test_runs": """CREATE TABLE IF NOT EXISTS test_runs (
    run_id INTEGER PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    completed_at TIMESTAMP,
    total_files INTEGER,
    passed INTEGER,
    failed INTEGER,
    untested INTEGER,
    git_commit VARCHAR(40),
    ci_run_id VARCHAR(100)
)""",
    "test_results": """CREATE TABLE IF NOT EXISTS test_results (
    result_id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL,
    file_path VARCHAR(500) NOT NULL,
    status VARCHAR(20) NOT NULL,
    tested_at TIMESTAMP NOT NULL,
    duration_ms INTEGER,
    error_message VARCHAR(2000),
    FOREIGN KEY (run_id) REFERENCES test_runs(run_id),
    FOREIGN KEY (file_path) REFERENCES test_files(file_path)
)""",
}

# Our compatible extensions: added to dumps that lack them (VibeSQL's, older ones).
EXTENSION_COLUMNS = {
    "test_runs": [("engine", "VARCHAR(200)"), ("engine_version", "VARCHAR(100)"),
                  ("branch_name", "VARCHAR(200)"), ("host", "VARCHAR(200)"), ("label", "VARCHAR(500)")],
    "test_results": [("records_total", "INTEGER"), ("records_passed", "INTEGER"),
                     ("records_failed", "INTEGER"), ("records_skipped", "INTEGER")],
}
# Version 3: the skipif/onlyif name a run used (``--as``); runs are compared only under the same name.
# Runs recorded before it have NULL: which name they used is not known.
DIALECT_COLUMN = ("test_runs", "dialect", "VARCHAR(50)")

def _oracle_views(family: frozenset[str]) -> list[str]:
    """Version 5: oracle voting over each engine's latest complete run per skipif/onlyif name.

    Among the latest runs of several engines under one name, a file an engine fails is an
    ``engine bug`` when every other engine passes it, ``dialect`` when every engine outside the
    SQLite family fails it and the family passes it, and ``contested`` otherwise (a file only
    one engine ran gets no vote). Files, not yet records: the same tallies over
    ``(file_path, line)`` serve record-level results. File versions are not stored: the views
    trust that the latest runs read the same corpus.
    """
    members = ", ".join(f"'{name}'" for name in sorted(family))
    return [
        """CREATE VIEW IF NOT EXISTS latest_engine_runs AS
SELECT r.run_id, r.engine, r.dialect FROM test_runs r
WHERE r.completed_at IS NOT NULL AND r.dialect IS NOT NULL AND r.engine IS NOT NULL
  AND r.run_id = (SELECT MAX(later.run_id) FROM test_runs later WHERE later.engine = r.engine
                  AND later.dialect = r.dialect AND later.completed_at IS NOT NULL)""",
        f"""CREATE VIEW IF NOT EXISTS engine_outcomes AS
SELECT l.dialect, l.engine, l.run_id, res.file_path, CASE WHEN res.status = 'PASS' THEN 1 ELSE 0 END AS passed,
       CASE WHEN l.engine IN ({members}) THEN 1 ELSE 0 END AS sqlite_family
FROM latest_engine_runs l JOIN test_results res ON res.run_id = l.run_id
WHERE res.status <> 'UNTESTED'""",
        """CREATE VIEW IF NOT EXISTS oracle_votes AS
SELECT o.dialect, o.engine, o.run_id, o.file_path,
       CASE WHEN t.voters - t.passing = 1 THEN 'engine bug'
            WHEN o.sqlite_family = 0 AND t.family > 0 AND t.family_failing = 0 AND t.others_passing = 0
                 THEN 'dialect'
            ELSE 'contested' END AS verdict,
       t.voters, t.passing
FROM engine_outcomes o
JOIN (SELECT dialect, file_path, COUNT(*) AS voters, SUM(passed) AS passing, SUM(sqlite_family) AS family,
             SUM(CASE WHEN sqlite_family = 1 AND passed = 0 THEN 1 ELSE 0 END) AS family_failing,
             SUM(CASE WHEN sqlite_family = 0 AND passed = 1 THEN 1 ELSE 0 END) AS others_passing
      FROM engine_outcomes GROUP BY dialect, file_path) t
  ON t.dialect = o.dialect AND t.file_path = o.file_path
WHERE o.passed = 0 AND t.voters >= 2""",
    ]


EXTENSION_INDEXES = [
    "CREATE INDEX IF NOT EXISTS idx_test_results_run_id ON test_results(run_id)",
    "CREATE INDEX IF NOT EXISTS idx_test_results_file_path ON test_results(file_path)",
]
SCHEMA_VERSION_TABLE = """CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    applied_at TIMESTAMP NOT NULL,
    description VARCHAR(200)
)"""

RUN_COLUMNS = ("run_id", "started_at", "total_files", "git_commit", "ci_run_id",
               "engine", "engine_version", "branch_name", "host", "label", "dialect", "records")
RESULT_COLUMNS = ("run_id", "file_path", "status", "tested_at", "duration_ms", "error_message",
                  "records_total", "records_passed", "records_failed", "records_skipped", "file_hash")
# Version 6: record-level results. Each result keeps its file's content hash, so runs over different
# versions of a file are never compared as one; each run says which records it kept in the side store
# (``failing`` or ``all``; NULL: none, as runs before version 6 and imported runs).
RECORD_COLUMNS = (("test_results", "file_hash", "VARCHAR(64)"), ("test_runs", "records", "VARCHAR(10)"))
# File statuses, as the schema names them.
PASS = "PASS"
FAIL = "FAIL"
TIMEOUT = "TIMEOUT"
ERROR = "ERROR"
UNTESTED = "UNTESTED"
FAILING_STATUSES = (FAIL, TIMEOUT, ERROR)
MAX_MESSAGE = 2000  # test_results.error_message is VARCHAR(2000)


def timestamp(moment: datetime | None = None) -> str:
    """A TIMESTAMP value as the results database stores it: UTC, ``YYYY-MM-DD HH:MM:SS.ffffff``."""
    moment = moment or datetime.now(UTC)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def categorize(file_path: str) -> tuple[str, str]:
    """Category and subcategory of a corpus-relative path.

    The category is the first path part (``index`` for ``index/between/1/slt_good_0.test``),
    or for a top-level file its stem without trailing digits (``select`` for
    ``select1.test``); the subcategory is the second part (``between``), or ``root`` for
    a top-level file; a file directly inside a category gets its stem without trailing
    digits (``in`` for ``evidence/in1.test``), so numbered siblings group together.
    """
    parts = file_path.split("/")
    if len(parts) == 1:
        return _stem_group(parts[0]), "root"
    if len(parts) == 2:
        return parts[0], _stem_group(parts[1])
    return parts[0], parts[1]


def _stem_group(name: str) -> str:
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return stem.rstrip("0123456789") or stem


class ResultsStore:
    """The results tables behind one DB-API connection."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    # -- plain access -------------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run a query; return its column names and rows."""
        cursor = self.connection.cursor()
        cursor.execute(sql, tuple(params))
        names = [column[0] for column in cursor.description or ()]
        return names, [tuple(row) for row in cursor.fetchall()] if cursor.description else []

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        """Run a statement."""
        self.connection.cursor().execute(sql, tuple(params))

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row, or None."""
        rows = self.query(sql, params)[1]
        return rows[0][0] if rows else None

    def columns(self, table: str) -> list[str] | None:
        """A table's column names, or None when it does not exist."""
        try:
            return self.query(f"SELECT * FROM {table} LIMIT 0")[0]
        except Exception:
            return None

    # -- schema -----------------------------------------------------------------

    def schema_version(self) -> int:
        """The recorded schema version; 0 for a dump that predates versioning (VibeSQL's)."""
        if self.columns("schema_version") is None:
            return 0
        return int(self.scalar("SELECT MAX(version) FROM schema_version") or 0)

    def migrate(self) -> bool:
        """Bring the schema forward to :data:`SCHEMA_VERSION`; return whether anything changed.

        Every step only adds what is missing, so it is safe on a partly upgraded dump.
        """
        version = self.schema_version()
        if version >= SCHEMA_VERSION:
            return False
        if version < 1:
            for ddl in BASE_TABLES.values():
                self.execute(ddl)
            self.execute(SCHEMA_VERSION_TABLE)
            self._mark(1, "SQLLogicTest results tables")
        if version < 2:
            for table, extra in EXTENSION_COLUMNS.items():
                for name, sql_type in extra:
                    self._add_column(table, name, sql_type)
            for ddl in EXTENSION_INDEXES:
                self.execute(ddl)
            self._mark(2, "engine, host and record counts; result indexes")
        if version < 3:
            self._add_column(*DIALECT_COLUMN)
            self._mark(3, "the skipif/onlyif name of each run")
        if version < 4:
            benchmark_tables.add_benchmark_tables(self.execute, self.columns)
            self._mark(4, "benchmark runs and results; trend and regression views")
        if version < 5:
            for ddl in _oracle_views(SQLITE_FAMILY):
                self.execute(ddl)
            self._mark(5, "oracle voting: latest_engine_runs, engine_outcomes, oracle_votes")
        if version < 6:
            for column in RECORD_COLUMNS:
                self._add_column(*column)
            self._mark(6, "record-level results: file content hashes, runs' kept records")
        if version < 7:
            self._feature_statuses()
            self._mark(7, "record_features keeps each tagged record's status")
        return True

    def _feature_statuses(self) -> None:
        """Version 7: give ``record_features`` (where it is a table here, as in a store loaded for writing)
        the status of each tag's record, read from ``record_results``. A dump's side files and a store read
        in place (attached, read-only) get it from the code that reads them."""
        present = self.columns(FEATURES_TABLE)
        if present is None or "status" in {column.lower() for column in present} or not self._writable(FEATURES_TABLE):
            return
        statuses = {(run_id, path, line): status for run_id, path, line, status in
                    self.query(f"SELECT run_id, file_path, line, status FROM {RECORDS_TABLE}")[1]}
        tags = self.query(f"SELECT run_id, file_path, line, feature FROM {FEATURES_TABLE}")[1]
        self.execute(f"DELETE FROM {FEATURES_TABLE}")
        self.execute(f"ALTER TABLE {FEATURES_TABLE} ADD COLUMN status VARCHAR(10)")
        if tags:
            self.connection.cursor().executemany(
                f"INSERT INTO {FEATURES_TABLE} (run_id, file_path, line, feature, status) VALUES (?, ?, ?, ?, ?)",
                [(*tag, statuses.get(tuple(tag[:3]))) for tag in tags])

    def _writable(self, table: str) -> bool:
        """Whether ``table`` is a table of the database rather than one attached read-only from files."""
        return self.scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)) == 1

    def _add_column(self, table: str, name: str, sql_type: str) -> None:
        if name not in {column.lower() for column in self.columns(table) or ()}:
            self.execute(f"ALTER TABLE {table} ADD COLUMN {name} {sql_type}")

    def _mark(self, version: int, description: str) -> None:
        self.execute("INSERT INTO schema_version (version, applied_at, description) VALUES (?, ?, ?)",
                     (version, timestamp(), description))

    # -- runs ---------------------------------------------------------------------

    def next_run_id(self) -> int:
        """One more than the largest run id."""
        return int(self.scalar("SELECT MAX(run_id) FROM test_runs") or 0) + 1

    def next_benchmark_run_id(self) -> int:
        """One more than the largest benchmark run id."""
        return self._benchmarks().next_run_id()

    def _benchmarks(self) -> benchmark_tables.BenchmarkWriter:
        return benchmark_tables.BenchmarkWriter(self.execute, lambda sql, params: self.query(sql, params)[1])

    def run(self, run_id: int) -> dict[str, Any] | None:
        """A run's row as a dict, or None."""
        names, rows = self.query("SELECT * FROM test_runs WHERE run_id = ?", (run_id,))
        return dict(zip(names, rows[0], strict=True)) if rows else None

    def results_of(self, run_id: int) -> dict[str, str]:
        """``file_path -> status`` of a run's results."""
        rows = self.query("SELECT file_path, status FROM test_results WHERE run_id = ?", (run_id,))[1]
        return {path: status for path, status in rows}

    def apply(self, entries: Iterable[dict[str, Any]]) -> None:
        """Write journal entries into the tables, then recount the runs they touch."""
        entries = list(entries)
        has_results = any(entry.get("kind") == "result" for entry in entries)
        files = self._file_states() if has_results else {}
        next_id = int(self.scalar("SELECT MAX(result_id) FROM test_results") or 0) + 1 if has_results else 0
        result_ids: dict[int, dict[str, int]] = {}
        touched: set[int] = set()
        benchmarks = self._benchmarks()
        for entry in entries:
            kind = entry.get("kind")
            run_id = int(entry["run_id"])
            if kind in benchmark_tables.KINDS:
                benchmarks.apply(entry)
                continue
            if kind == "run":
                self._write_run(entry)
            elif kind == "end":
                self.execute("UPDATE test_runs SET completed_at = ? WHERE run_id = ?",
                             (entry["completed_at"], run_id))
            elif kind == "result":
                if run_id not in result_ids:
                    result_ids[run_id] = dict(self.query(
                        "SELECT file_path, result_id FROM test_results WHERE run_id = ?", (run_id,))[1])
                self._write_file(entry, files)  # first: test_results.file_path references it
                next_id = self._write_result(entry, result_ids[run_id], next_id)
            else:
                continue
            touched.add(run_id)
        for run_id in sorted(touched):
            self._update_totals(run_id)

    def _write_run(self, entry: dict[str, Any]) -> None:
        values = [entry.get(name) for name in RUN_COLUMNS]
        if self.run(int(entry["run_id"])) is None:
            marks = ", ".join("?" * len(RUN_COLUMNS))
            self.execute(f"INSERT INTO test_runs ({', '.join(RUN_COLUMNS)}) VALUES ({marks})", values)
        else:
            assignments = ", ".join(f"{name} = ?" for name in RUN_COLUMNS[1:])
            self.execute(f"UPDATE test_runs SET {assignments} WHERE run_id = ?", [*values[1:], values[0]])

    def _write_result(self, entry: dict[str, Any], existing: dict[str, int], next_id: int) -> int:
        values = [entry.get(name) for name in RESULT_COLUMNS]
        result_id = existing.get(entry["file_path"])
        if result_id is not None:
            assignments = ", ".join(f"{name} = ?" for name in RESULT_COLUMNS)
            self.execute(f"UPDATE test_results SET {assignments} WHERE result_id = ?", [*values, result_id])
            return next_id
        marks = ", ".join("?" * (len(RESULT_COLUMNS) + 1))
        self.execute(f"INSERT INTO test_results (result_id, {', '.join(RESULT_COLUMNS)}) VALUES ({marks})",
                     [next_id, *values])
        existing[entry["file_path"]] = next_id
        return next_id + 1

    def _file_states(self) -> dict[str, list[Any]]:
        rows = self.query("SELECT file_path, last_tested, last_passed FROM test_files")[1]
        return {path: [_text(tested), _text(passed)] for path, tested, passed in rows}

    def _write_file(self, entry: dict[str, Any], files: dict[str, list[Any]]) -> None:
        """Upsert the file's current status; an older result (a history run) never hides a newer one."""
        path, status, tested_at = entry["file_path"], entry["status"], entry["tested_at"]
        category, subcategory = categorize(path)
        passed_at = tested_at if status == "PASS" else None
        state = files.get(path)
        if state is None:
            self.execute("INSERT INTO test_files (file_path, category, subcategory, status, last_tested, "
                         "last_passed) VALUES (?, ?, ?, ?, ?, ?)",
                         (path, category, subcategory, status, tested_at, passed_at))
            files[path] = [tested_at, passed_at]
            return
        last_tested, last_passed = state
        if passed_at is not None and (last_passed is None or passed_at > last_passed):
            last_passed = passed_at
        if last_tested is None or tested_at >= last_tested:
            self.execute("UPDATE test_files SET category = ?, subcategory = ?, status = ?, last_tested = ?, "
                         "last_passed = ? WHERE file_path = ?",
                         (category, subcategory, status, tested_at, last_passed, path))
            last_tested = tested_at
        elif last_passed != state[1]:
            self.execute("UPDATE test_files SET last_passed = ? WHERE file_path = ?", (last_passed, path))
        files[path] = [last_tested, last_passed]

    def _update_totals(self, run_id: int) -> None:
        """Recount a run's passed/failed/untested from its results (untested: planned but not run)."""
        counts = dict(self.query("SELECT status, COUNT(*) FROM test_results WHERE run_id = ? GROUP BY status",
                                 (run_id,))[1])
        passed = counts.get("PASS", 0)
        failed = sum(counts.get(status, 0) for status in FAILING_STATUSES)
        tested = sum(counts.values())
        total = self.scalar("SELECT total_files FROM test_runs WHERE run_id = ?", (run_id,))
        total = max(int(total or 0), tested)
        self.execute("UPDATE test_runs SET total_files = ?, passed = ?, failed = ?, untested = ? "
                     "WHERE run_id = ?", (total, passed, failed, total - passed - failed, run_id))


def _text(value: Any) -> str | None:
    """TIMESTAMP values compare as text whatever type the engine hands back."""
    return None if value is None else str(value)
