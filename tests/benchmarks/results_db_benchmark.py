"""Benchmark: the conformance results database in our engine versus sqlite3 (and DuckDB).

Generates VibeSQL-style dumps of the results schema (../shared/spec/results-schema.md) with
about 30k and 300k ``test_results`` rows, then measures, in one run and on the same
machine: the time to load the dump (for ours also to reload it from its snapshot, alone and
with every table read once, as a reload decodes a table's rows when they are first read), the
peak memory of a process that loaded it, and the warm time (median of repeated runs) of the
four queries users run first. Timings of
both engines are taken in this process, back to back; peak memory is measured in a fresh
subprocess per engine so one engine's allocations do not hide the other's.

    python tests/benchmarks/results_db_benchmark.py              # 30k and 300k rows
    python tests/benchmarks/results_db_benchmark.py --rows 30000  # one size

Only ratios are meaningful: the machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

QUERIES = {
    "status by category": """
        SELECT category, COUNT(*) AS total,
               SUM(CASE WHEN status='PASS' THEN 1 ELSE 0 END) AS passed,
               SUM(CASE WHEN status='FAIL' THEN 1 ELSE 0 END) AS failed,
               SUM(CASE WHEN status='UNTESTED' THEN 1 ELSE 0 END) AS untested
        FROM test_files GROUP BY category ORDER BY category""",
    "progress over time": """
        SELECT DATE(completed_at) AS date, passed, failed,
               ROUND(100.0 * passed / total_files, 1) AS pass_rate
        FROM test_runs WHERE completed_at IS NOT NULL
        ORDER BY completed_at DESC LIMIT 30""",
    "most problematic": """
        SELECT file_path, COUNT(*) AS failure_count
        FROM test_results WHERE status = 'FAIL'
        GROUP BY file_path HAVING COUNT(*) > 5
        ORDER BY failure_count DESC LIMIT 20""",
    "recent failures": """
        SELECT tf.file_path, tf.category, tr.error_message, tr.tested_at
        FROM test_results tr JOIN test_files tf ON tr.file_path = tf.file_path
        WHERE tr.status = 'FAIL'
        ORDER BY tr.tested_at DESC LIMIT 50""",
}

SCHEMA = """CREATE TABLE test_files (file_path VARCHAR(500) NOT NULL, category VARCHAR(50) NOT NULL, subcategory VARCHAR(50), status VARCHAR(20) NOT NULL, last_tested TIMESTAMP, last_passed TIMESTAMP);
CREATE TABLE test_runs (run_id INTEGER NOT NULL, started_at TIMESTAMP NOT NULL, completed_at TIMESTAMP, total_files INTEGER, passed INTEGER, failed INTEGER, untested INTEGER, git_commit VARCHAR(40), ci_run_id VARCHAR(100));
CREATE TABLE test_results (result_id INTEGER NOT NULL, run_id INTEGER NOT NULL, file_path VARCHAR(500) NOT NULL, status VARCHAR(20) NOT NULL, tested_at TIMESTAMP NOT NULL, duration_ms INTEGER, error_message VARCHAR(2000));
"""  # noqa: E501 - VibeSQL writes each CREATE TABLE on one line

CATEGORIES = {"select": ["root"], "evidence": ["root"], "index": ["between", "commute", "delete", "in", "orderby",
                                                                  "view"],
              "random": ["aggregates", "expr", "groupby", "select"]}
# What VibeSQL's runner stores for a failing file: one line per failed record (``line N: kind: detail``,
# details quoting SQL, values and hashes, some with quotes), a tail "... and N more failed records",
# or a single error line for a file that could not run. Drawn fresh per row, so messages vary as in
# a real results database instead of repeating five strings.
FAILURE_KINDS = [
    "query result mismatch: expected {n} values hashing to {hash}, got {m} values hashing to {hash2}",
    "statement failed: no such table: t{n}",
    "statement failed: near \"{word}\": syntax error",
    "query failed: integer overflow in SELECT {n} * {m}",
    "query failed: no such column: col{n}",
    "statement succeeded but an error was expected: INSERT INTO t{n} VALUES({m}, 'x{m}')",
    "query result mismatch: row {n}: expected '{word}' got '{word2}'",
    "query failed: misuse of aggregate: {word}()",
]
WORDS = ["VALUE", "min", "count", "avg", "OVER", "RETURNING", "it's", "GROUP", "x'00'", "total"]
FILE_ERRORS = ["TIMEOUT after {n} ms", "worker crashed: exit status {n}",
               "cannot read file: line {n}: unterminated record"]


def _error_message(rng: random.Random) -> str:
    """One failing file's stored message: usually several lines, sometimes a tail, always varied."""
    def fill(template: str) -> str:
        return template.format(n=rng.randrange(1, 10**4), m=rng.randrange(1, 10**4), hash=f"{rng.getrandbits(64):016x}",
                               hash2=f"{rng.getrandbits(64):016x}", word=rng.choice(WORDS),
                               word2=rng.choice(WORDS))

    failures = min(int(rng.expovariate(0.25)) + 1, 40)
    line = rng.randrange(1, 200)
    lines = []
    for _ in range(min(failures, 12)):
        line += rng.randrange(3, 60)
        lines.append(f"line {line}: " + fill(rng.choice(FAILURE_KINDS)))
    if failures > 12:
        lines.append(f"... and {failures - 12} more failed records")
    return "\n".join(lines)[:2000]


def _quote(text: str | None) -> str:
    return "NULL" if text is None else "'" + text.replace("'", "''") + "'"


def _timestamp(moment: datetime) -> str:
    return "TIMESTAMP '" + moment.strftime("%Y-%m-%d %H:%M:%S.%f") + "'"


def write_dump(path: Path, result_rows: int, seed: int = 7) -> None:
    """A VibeSQL-style dump: header, schemas, one INSERT per row, then the unique indexes."""
    rng = random.Random(seed)
    files = [f"{category}/{sub}/slt_good_{n}.test" for category, subs in CATEGORIES.items() for sub in subs
             for n in range(40)]
    runs = max(result_rows // len(files), 1)
    start = datetime(2025, 1, 1, 8, 0, 0)
    flaky = {name: rng.random() for name in files}
    lines = ["-- VibeSQL Database Dump", "-- Generated: 2025-11-19 08:34:36.842944 UTC", "--", "", "-- Schemas", "",
             "-- Roles", "", "-- Tables and Data"]
    schema = SCHEMA.strip().split("\n")
    lines.append(schema[0])
    for name in files:
        category, sub = name.split("/")[0], name.split("/")[1]
        status = rng.choice(["PASS", "PASS", "FAIL", "UNTESTED"])
        lines.append(f"INSERT INTO test_files VALUES ({_quote(name)}, {_quote(category)}, {_quote(sub)}, "
                     f"{_quote(status)}, {_timestamp(start)}, NULL);")
    lines.append(schema[1])
    result_lines = []
    result_id = 0
    for run in range(1, runs + 1):
        began = start + timedelta(hours=6 * run)
        passed = failed = 0
        for name in files:
            if result_id >= result_rows:
                break
            result_id += 1
            failing = rng.random() < flaky[name] * 0.6
            broken = failing and rng.random() < 0.1  # the file could not run: no duration
            passed += not failing
            failed += failing
            if broken:
                error = _quote(rng.choice(FILE_ERRORS).format(n=rng.randrange(1, 10**5)))
            else:
                error = _quote(_error_message(rng)) if failing else "NULL"
            duration = "NULL" if broken or rng.random() < 0.05 else str(rng.randrange(1, 5000))
            tested = began + timedelta(seconds=result_id % 3600, microseconds=rng.randrange(10**6))
            result_lines.append(
                f"INSERT INTO test_results VALUES ({result_id}, {run}, {_quote(name)}, "
                f"{_quote('FAIL' if failing else 'PASS')}, {_timestamp(tested)}, {duration}, {error});")
        lines.append(f"INSERT INTO test_runs VALUES ({run}, {_timestamp(began)}, "
                     f"{_timestamp(began + timedelta(minutes=20))}, {len(files)}, {passed}, {failed}, 0, "
                     f"{_quote(format(rng.getrandbits(160), '040x'))}, NULL);")
    lines.append(schema[2])
    lines.extend(result_lines)
    lines += ["", "-- Indexes", "CREATE UNIQUE INDEX pk_test_files ON test_files (file_path Ascending);",
              "CREATE UNIQUE INDEX pk_test_runs ON test_runs (run_id Ascending);",
              "CREATE UNIQUE INDEX pk_test_results ON test_results (result_id Ascending);", "", "-- End of dump", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def sqlite_text(dump: str) -> str:
    """The same dump in SQLite's syntax: typed literals and VibeSQL's index spelling removed."""
    text = dump.replace("TIMESTAMP '", "'").replace(" Ascending)", ")")
    return text


def load_vibesql(path: Path):
    import engine

    return engine.connect(path)


def load_sqlite(path: Path):
    connection = sqlite3.connect(":memory:")
    connection.executescript(sqlite_text(path.read_text(encoding="utf-8")))
    return connection


LOADERS = {"vibesql": load_vibesql, "sqlite3": load_sqlite}


def timed_load(name: str, path: Path):
    gc.collect()
    began = time.perf_counter()
    connection = LOADERS[name](path)
    return connection, time.perf_counter() - began


def read_every_table(connection) -> float:
    """Seconds to read each table once: a warm reload decodes a table's rows when it is first read."""
    began = time.perf_counter()
    for (table,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        connection.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchall()  # decodes it, reads one row
    return time.perf_counter() - began


def query_times(connection, repeat: int) -> dict[str, float]:
    """Median warm time per query, in milliseconds (the first run warms caches and is discarded)."""
    times = {}
    for label, sql in QUERIES.items():
        connection.execute(sql).fetchall()
        samples = []
        for _ in range(repeat):
            began = time.perf_counter()
            connection.execute(sql).fetchall()
            samples.append((time.perf_counter() - began) * 1000)
        times[label] = statistics.median(samples)
    return times


def duckdb_query_times(source: sqlite3.Connection, repeat: int) -> dict[str, float] | None:
    """DuckDB on the same rows (copied from sqlite3; its dump loading is far too slow to time here)."""
    try:
        import duckdb
        import pandas
    except ImportError:
        return None
    connection = duckdb.connect()
    for table in ("test_files", "test_runs", "test_results"):
        frame = pandas.read_sql(f"SELECT * FROM {table}", source)  # noqa: F841 - read by DuckDB by name
        connection.execute(f"CREATE TABLE {table} AS SELECT * FROM frame")
    for column in ("started_at", "completed_at"):
        connection.execute(f"ALTER TABLE test_runs ALTER {column} TYPE TIMESTAMP")
    return query_times(connection, repeat)


def high_water_kb() -> int:
    """This process's peak resident set in KiB.

    Linux's VmHWM belongs to the process image, while ``ru_maxrss`` also carries the parent's
    peak across fork and exec, which would charge one engine for the other's memory.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def peak_memory(name: str, path: Path, warm: bool = False) -> float:
    """Peak resident memory (MB) a fresh process adds by loading the dump and running the queries once.

    The process imports the engine first and takes its high-water mark then, so the figure is the
    database's own cost, not the interpreter's or the libraries'.
    """
    script = (
        f"import sys; sys.path.insert(0, {str(Path(__file__).resolve().parent)!r}); "
        "import results_db_benchmark as b; from pathlib import Path; "
        + ("import engine; " if name == "vibesql" else "")
        + "before = b.high_water_kb(); "
        f"c = b.LOADERS[{name!r}](Path({str(path)!r})); [c.execute(q).fetchall() for q in b.QUERIES.values()]; "
        "print(b.high_water_kb() - before)"
    )
    environment = {**os.environ, "VIBESQL_SNAPSHOTS": "on" if warm else "off"}  # cold: parse the dump
    output = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True,
                            env=environment).stdout
    return int(output) / 1024


def run(rows: int, repeat: int, directory: Path) -> dict:
    importlib.import_module("engine")  # before any clock starts, as sqlite3 is: loads, not imports, are timed
    path = directory / f"results_{rows}.sql"
    write_dump(path, rows)
    report: dict = {"rows": rows, "dump_mb": round(path.stat().st_size / 2**20, 1)}
    for name in LOADERS:
        connection, seconds = timed_load(name, path)
        report[name] = {"load_s": seconds, "queries_ms": query_times(connection, repeat)}
        if name == "vibesql":  # the first load left a snapshot beside the dump: the second reads it
            connection.close()
            connection, report[name]["warm_load_s"] = timed_load(name, path)
            report[name]["warm_read_s"] = report[name]["warm_load_s"] + read_every_table(connection)
        if name == "sqlite3":
            report["duckdb"] = {"queries_ms": duckdb_query_times(connection, repeat)}
        connection.close()
        del connection
    for name in LOADERS:
        report[name]["peak_mb"] = peak_memory(name, path)
    report["vibesql"]["warm_peak_mb"] = peak_memory("vibesql", path, warm=True)
    return report


def print_report(report: dict) -> None:
    ours, theirs, duck = report["vibesql"], report["sqlite3"], report["duckdb"]["queries_ms"]
    print(f"\n== {report['rows']:,} test_results rows ({report['dump_mb']} MB dump) ==")
    print(f"{'':22}{'vibesql':>12}{'sqlite3':>12}{'ratio':>8}{'duckdb':>12}")
    print(f"{'load (s)':22}{ours['load_s']:12.2f}{theirs['load_s']:12.2f}{ours['load_s'] / theirs['load_s']:8.2f}")
    print(f"{'warm load (s)':22}{ours['warm_load_s']:12.3f}{theirs['load_s']:12.2f}"
          f"{ours['warm_load_s'] / theirs['load_s']:8.3f}")
    print(f"{'  + every table read':22}{ours['warm_read_s']:12.3f}{theirs['load_s']:12.2f}"
          f"{ours['warm_read_s'] / theirs['load_s']:8.3f}")
    print(f"{'peak memory (MB)':22}{ours['peak_mb']:12.0f}{theirs['peak_mb']:12.0f}"
          f"{ours['peak_mb'] / max(theirs['peak_mb'], 1):8.2f}")
    print(f"{'warm peak memory (MB)':22}{ours['warm_peak_mb']:12.0f}{theirs['peak_mb']:12.0f}"
          f"{ours['warm_peak_mb'] / max(theirs['peak_mb'], 1):8.2f}")
    for label in QUERIES:
        mine, reference = ours["queries_ms"][label], theirs["queries_ms"][label]
        duck_ms = f"{duck[label]:12.2f}" if duck else f"{'-':>12}"
        print(f"{label + ' (ms)':22}{mine:12.2f}{reference:12.2f}{mine / reference:8.2f}{duck_ms}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[30_000, 300_000])
    parser.add_argument("--repeat", type=int, default=7, help="warm runs per query (the median is reported)")
    parser.add_argument("--json", type=Path, help="also write the measurements to this file")
    arguments = parser.parse_args()
    reports = []
    with tempfile.TemporaryDirectory() as directory:
        for rows in arguments.rows:
            report = run(rows, arguments.repeat, Path(directory))
            print_report(report)
            reports.append(report)
    if arguments.json:
        arguments.json.write_text(json.dumps(reports, indent=2))


if __name__ == "__main__":
    main()
