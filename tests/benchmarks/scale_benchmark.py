"""Benchmark (issue 14): the notebooks' and the record-level queries on our engine, DuckDB and Spark, at scale.

Two parts:

- ``generate(rows, folder)`` writes a Parquet results store of ``rows`` record rows in the layout
  ``vibesql-slt run --db DIR/`` writes (``TABLE/run_id=N/part-0.parquet``, other tables whole, and
  ``_schema.sql``, the runner's own schema with its views). The rows look real: the records are the
  corpus's (file paths, lines, statement/query, SQL text, expected rows), the failures carry the failure
  classes, messages and actual values of the bundled DuckDB run's failing records, the engines are the
  runner's, the commits are this repository's, and a run starts every six hours (12 runs, or one per
  corpus's worth of records beyond that; each run covers a window of the corpus, no record twice).
  ``record_features`` tags every judged record (with its status) with the tags ``vibesql_magic.record_features``
  gives one of its file's records (tagging each of the corpus's 500k records with sqlglot would take
  longer than the benchmark). Vectorised with numpy and pyarrow: a run's columns are slices of the corpus's columns.
- For each size and backend, a child process opens the store and runs the queries: the summaries the
  notebooks are built from (``vibesql_magic.slt.summaries.overview``, ``feature_matrix``), every
  ``%%vibesql`` cell of ``notebooks/*.ipynb`` that reads the results tables (read from the notebooks),
  and three record-level queries (failures by class, by feature, one file's history). The parent reports each
  child's peak RSS, which the child reads from ``/proc`` (VmHWM) for itself and its own children (Spark's
  JVM) before they end: getrusage's maxrss would not do, a child inherits its parent's across fork and exec.

Backends: ``ours`` loads the whole store into our engine, record tables included (``vibesql-slt import``),
``duckdb`` is the magic's ``duckdb://`` backend with each table a view over its Parquet files (so every
query is transpiled), ``spark`` is the magic's ``spark:DIR`` backend.

    python tests/benchmarks/scale_benchmark.py                            # 1M and 10M, all three backends
    python tests/benchmarks/scale_benchmark.py --sizes 100k,1M --backends ours,duckdb --out /tmp/scale
    python tests/benchmarks/scale_benchmark.py --generate-only --sizes 100M
    python tests/benchmarks/scale_benchmark.py --report                  # everything measured under --out

The README's numbers ("Which backend when") come from ``--sizes 100k,1M`` and ``--sizes 3M,10M --ours-max
3M`` with all three backends, then ``--sizes 100M --backends duckdb`` and ``--backends spark``.

Stores are kept under ``--out`` (default ``$TMPDIR/vibesql-scale``) and reused by later runs. Machines
are shared: only orders of magnitude are meaningful.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import itertools
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

REPO = Path(__file__).resolve().parents[2]
BUNDLED_RECORDS = REPO / "notebooks" / "data" / "conformance.sql.records"
# (engine, dialect, version, share of files with failures, share of records failing in such a file):
# the runner's engine names
ENGINES = [("vibesql", "sqlite", "0.1.0", 0.35, 0.08), ("sqlite", "sqlite", "3.40.1", 0.03, 0.01),
           ("duckdb", "duckdb", "1.1.3", 0.5, 0.1), ("postgresql", "postgresql", "15.8", 0.6, 0.15),
           ("datafusion", "datafusion", "43.0.0", 0.7, 0.2), ("libsql", "sqlite", "0.6.0", 0.05, 0.02)]
RUN_WINDOW = 500_000  # records a run covers at most (about the whole corpus on disk)
MIN_RUNS = 12
FEATURE_SAMPLE = 40  # records per file whose SQL is tagged with sqlglot
BACKENDS = ("ours", "duckdb", "spark")


# ---------------------------------------------------------------- the generator


def corpus_dir() -> Path:
    found = os.environ.get("VIBESQL_SLT_CORPUS")
    return Path(found) if found else REPO.parent / "shared" / "sqllogictest"


def read_corpus(corpus: Path) -> dict[str, Any]:
    """Every record of the corpus: file, line, kind, SQL, expected text (each as a numpy/Arrow column)."""
    files, lines, kinds, sqls, expected = [], [], [], [], []
    paths = sorted(path.relative_to(corpus).as_posix() for path in corpus.rglob("*.test"))
    if not paths:
        raise SystemExit(f"no .test files under {corpus}; set VIBESQL_SLT_CORPUS")
    for index, relative in enumerate(paths):
        text = (corpus / relative).read_text(encoding="utf-8", errors="replace").split("\n")
        number = 0
        while number < len(text):
            line = text[number]
            if line.startswith(("statement ", "query ")):
                start = number + 1
                body, number = [], number + 1
                while number < len(text) and text[number].strip() and text[number] != "----":
                    body.append(text[number])
                    number += 1
                result = []
                if number < len(text) and text[number] == "----":
                    number += 1
                    while number < len(text) and text[number].strip() and len(result) < 8:
                        result.append(text[number])
                        number += 1
                kind = "query" if line.startswith("query") else "statement"
                files.append(index)
                lines.append(start)
                kinds.append(kind)
                sqls.append("\n".join(body))
                expected.append("\n".join(result) if kind == "query" else line.split()[1])
            number += 1
    return {"paths": paths, "file": np.array(files, dtype=np.int32), "line": np.array(lines, dtype=np.int64),
            "kind": pa.array(kinds), "sql": pa.array(sqls), "expected": pa.array(expected)}


def _feature_tags(corpus: dict[str, Any]) -> tuple[np.ndarray, pa.Array]:
    """Per record, its tags as CSR (offsets into one tag array): each record gets the tags of one of the
    FEATURE_SAMPLE first records of its file, picked by its line."""
    from vibesql_magic.record_features import features

    logging.getLogger("sqlglot").setLevel(logging.ERROR)  # the corpus's triggers fall back to a Command
    file_of = corpus["file"]
    starts = np.searchsorted(file_of, np.arange(len(corpus["paths"]) + 1))
    sql = corpus["sql"]
    sample_tags: dict[tuple[int, int], list[str]] = {}
    for index in range(len(corpus["paths"])):
        for position in range(min(FEATURE_SAMPLE, starts[index + 1] - starts[index])):
            sample_tags[index, position] = sorted(features(sql[starts[index] + position].as_py()))
    counts = np.empty(len(file_of), dtype=np.int64)
    tags: list[str] = []
    for record, (index, line) in enumerate(zip(file_of.tolist(), corpus["line"].tolist(), strict=True)):
        size = min(FEATURE_SAMPLE, starts[index + 1] - starts[index])
        chosen = sample_tags[index, line % size]
        counts[record] = len(chosen)
        tags.extend(chosen)
    offsets = np.concatenate([[0], np.cumsum(counts)])
    return offsets, pa.array(tags).dictionary_encode()


def _failure_palette() -> dict[str, list[tuple[str, str, str]]]:
    """(failure_class, error_message, actual) of real failing records, per record kind."""
    palette: dict[str, list[tuple[str, str, str]]] = {"query": [], "statement": []}
    for path in sorted(BUNDLED_RECORDS.glob("run-*[0-9].parquet")):
        table = pq.read_table(path, columns=["record_kind", "failure_class", "error_message", "actual"])
        for row in table.to_pylist():
            entry = (row["failure_class"], row["error_message"] or "", row["actual"] or "")
            if row["record_kind"] in palette and entry not in palette[row["record_kind"]]:
                palette[row["record_kind"]].append(entry)
    palette["query"] = palette["query"][:400] or [("wrong values", "value 1: expected '1', got '0'", "0")]
    palette["statement"] = palette["statement"][:100] or [("expected an error", "", "ok")]
    return palette


def _commits() -> list[str]:
    try:
        found = subprocess.run(["git", "-C", str(REPO), "log", "--format=%H", "-n", "400", "--reverse"],
                               capture_output=True, text=True, check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        found = []
    return found or [hashlib.sha1(str(index).encode()).hexdigest() for index in range(400)]


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _scratch_schema() -> tuple[Any, list[tuple[str, str, str, str]]]:
    """The schema a new Parquet store gets from the runner (tables, indexes, views) and its connection."""
    from vibesql_magic import record_store
    from vibesql_magic.slt import stores
    from vibesql_magic.slt.result_stores import StoreDumps
    from vibesql_magic.slt.store import ResultsStore

    connection = StoreDumps("parquet").open(None)
    store = ResultsStore(connection)
    store.migrate()
    for table, columns in ((record_store.TABLE, record_store.COLUMNS),
                           (record_store.FEATURES_TABLE, record_store.FEATURE_COLUMNS)):
        if store.columns(table) is None:
            store.execute(f"CREATE TABLE {table} ({', '.join(f'{n} {t}' for n, t in columns)})")
    return connection, stores.schema_entries(connection)


def _write(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path)


def generate(rows: int, folder: Path, seed: int = 14, corpus: Path | None = None) -> dict[str, int]:
    """Write a store of ``rows`` record rows to ``folder`` (which must not exist); rows per table."""
    from vibesql_magic.slt import stores
    from vibesql_magic.slt.store import categorize

    if folder.exists():
        raise SystemExit(f"{folder} exists; remove it or name another folder")
    rng = np.random.default_rng(seed)
    records = read_corpus(corpus or corpus_dir())
    total = len(records["file"])
    offsets, tags = _feature_tags(records)
    palette = _failure_palette()
    commits = _commits()
    scratch, entries = _scratch_schema()
    schemas = {name: stores.table_arrow(scratch, name).schema for kind, name, _t, _s in entries if kind == "table"}
    paths = records["paths"]
    path_array = pa.array(paths)
    difficulty = rng.random(total)  # which records an engine fails: the same ones run after run
    badness = rng.random((len(ENGINES), len(records["paths"])))  # which files it fails in
    durations = rng.lognormal(-1.5, 1.2, total)
    hashes = pa.array([hashlib.sha1(f"{paths[f]}:{n}".encode()).hexdigest()[:16]
                       for f, n in zip(records["file"].tolist(), records["line"].tolist(), strict=True)])
    is_query = np.asarray(pa.compute.equal(records["kind"], "query").to_numpy(zero_copy_only=False))

    runs = max(MIN_RUNS, -(-rows // min(RUN_WINDOW, total)))  # no record twice in a run
    building = folder.with_name(f".{folder.name}.building")
    shutil.rmtree(building, ignore_errors=True)
    counts = dict.fromkeys(schemas, 0)
    run_rows, result_rows = [], []
    latest: dict[str, tuple[str, str, str | None]] = {}
    begin = datetime(2026, 9, 1, 2, 0, 0)
    result_id = 0
    for run in range(runs):
        run_id = run + 1
        size = rows // runs + (1 if run < rows % runs else 0)
        engine, dialect, version, file_rate, rate = ENGINES[run % len(ENGINES)]
        engine_index = run % len(ENGINES)
        if engine == "vibesql":  # our engine gets better commit after commit
            file_rate *= 1.0 - 0.7 * run / runs
        start = (run * 7919 * 31) % total
        index = (start + np.arange(size, dtype=np.int64)) % total
        skewed = (difficulty[index] + 0.37 * engine_index) % 1.0
        in_bad_file = badness[engine_index, records["file"][index]] < file_rate
        failed = (in_bad_file & (skewed < rate)) ^ (rng.random(size) < 0.00002)  # a few flaky records
        skipped = ~failed & (rng.random(size) < 0.01)
        status = np.where(failed, "FAIL", np.where(skipped, "SKIP", "PASS"))
        kinds = records["kind"].take(pa.array(index))
        query = is_query[index]
        pick = np.where(query, (index * 7 + engine_index) % len(palette["query"]),
                        (index * 7 + engine_index) % len(palette["statement"]))
        failing_class = [None] * size
        message = [None] * size
        actual = [None] * size
        for position in np.flatnonzero(failed).tolist():
            choice = palette["query" if query[position] else "statement"][pick[position]]
            failing_class[position], message[position], actual[position] = choice
        started = begin + timedelta(hours=6 * run)
        data = pa.table({
            "run_id": pa.array(np.full(size, run_id, dtype=np.int64)),
            "file_path": path_array.take(pa.array(records["file"][index])),
            "line": pa.array(records["line"][index]),
            "record_kind": kinds,
            "status": pa.array(status),
            "sql_text": records["sql"].take(pa.array(index)),
            "expected": records["expected"].take(pa.array(index)),
            "actual": pa.array(actual, pa.string()),
            "error_message": pa.array(message, pa.string()),
            "failure_class": pa.array(failing_class, pa.string()),
            "duration_ms": pa.array(np.round(durations[index] * (1.0 + engine_index / 3), 3)),
            "record_hash": hashes.take(pa.array(index)),
        }, schema=schemas["record_results"])
        _write(data, building / "record_results" / f"run_id={run_id}" / "part-0.parquet")
        counts["record_results"] += size
        judged = index[~skipped]
        spans = offsets[judged + 1] - offsets[judged]
        tag_index = np.repeat(offsets[judged], spans) + (np.arange(spans.sum()) - np.repeat(np.cumsum(spans) - spans,
                                                                                             spans))
        owner = np.repeat(judged, spans)
        features = pa.table({
            "run_id": pa.array(np.full(len(owner), run_id, dtype=np.int64)),
            "file_path": path_array.take(pa.array(records["file"][owner])),
            "line": pa.array(records["line"][owner]),
            "feature": tags.take(pa.array(tag_index)).cast(pa.string()),
            "status": pa.array(np.repeat(status[~skipped], spans)),
        }, schema=schemas["record_features"])
        _write(features, building / "record_features" / f"run_id={run_id}" / "part-0.parquet")
        counts["record_features"] += len(owner)

        file_of = records["file"][index]
        per_file = np.bincount(file_of, minlength=len(paths))
        failed_per_file = np.bincount(file_of, weights=failed, minlength=len(paths)).astype(np.int64)
        skipped_per_file = np.bincount(file_of, weights=skipped, minlength=len(paths)).astype(np.int64)
        tested = started
        passed_files = failed_files = 0
        results = []
        for file_index in np.flatnonzero(per_file).tolist():
            result_id += 1
            bad = int(failed_per_file[file_index])
            file_status = "FAIL" if bad else "PASS"
            passed_files += not bad
            failed_files += bool(bad)
            reason = None
            if bad:
                first = int(np.flatnonzero(failed & (file_of == file_index))[0])
                cause = failing_class[first] if ":" in failing_class[first] else \
                    f"query result mismatch: {message[first]}"
                reason = f"line {records['line'][index[first]]}: {cause}"
                if bad > 1:
                    reason += f"\n... and {bad - 1} more failed records"
            duration = int(per_file[file_index] * (1 + engine_index) * 0.4) + 3
            tested += timedelta(milliseconds=duration)
            results.append((result_id, run_id, paths[file_index], file_status, _stamp(tested), duration, reason,
                            int(per_file[file_index]), int(per_file[file_index] - bad - skipped_per_file[file_index]),
                            bad, int(skipped_per_file[file_index]),
                            hashlib.sha256(paths[file_index].encode()).hexdigest()))
            latest[paths[file_index]] = (file_status, _stamp(tested),
                                         _stamp(tested) if not bad else (latest.get(paths[file_index]) or
                                                                         (None, None, None))[2])
        _write(_rows_table(results, schemas["test_results"]),
               building / "test_results" / f"run_id={run_id}" / "part-0.parquet")
        counts["test_results"] += len(results)
        result_rows.extend(results)
        run_rows.append((run_id, _stamp(started), _stamp(tested), len(results), passed_files, failed_files, 0,
                         commits[min(run // len(ENGINES), len(commits) - 1)], None, engine, version, "main",
                         "bench-host", None, dialect, "all"))
    _write(_rows_table(run_rows, schemas["test_runs"]), building / "test_runs" / "part-0.parquet")
    counts["test_runs"] = len(run_rows)
    files = [(path, *categorize(path), *latest[path]) for path in paths if path in latest]
    _write(_rows_table(files, schemas["test_files"]), building / "test_files" / "part-0.parquet")
    counts["test_files"] = len(files)
    for name, schema in schemas.items():
        if not (building / name).exists():  # the runner's other tables, as a new store has them
            data = stores.table_arrow(scratch, name)
            _write(data.cast(schema), building / name / "part-0.parquet")
            counts[name] = data.num_rows
    (building / stores.SCHEMA_FILE).write_text("".join(f"{sql};\n" for _k, _n, _t, sql in entries))
    os.replace(building, folder)
    return counts


def _rows_table(rows: list[tuple], schema: pa.Schema) -> pa.Table:
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(schema)
    return pa.table([pa.array(list(values), type=field.type) for values, field in zip(columns, schema, strict=True)],
                    schema=schema)


# ---------------------------------------------------------------- the queries

RECORD_QUERIES = {
    "failures by class": (
        "SELECT t.engine, r.failure_class, COUNT(*) AS records, COUNT(DISTINCT r.file_path) AS files "
        "FROM record_results r JOIN test_runs t ON t.run_id = r.run_id WHERE r.status = 'FAIL' "
        "GROUP BY t.engine, r.failure_class ORDER BY records DESC, t.engine, r.failure_class LIMIT 50", ()),
    "failures by feature": (
        "SELECT f.feature, COUNT(*) AS records, SUM(CASE WHEN r.status = 'FAIL' THEN 1 ELSE 0 END) AS failing, "
        "ROUND(100.0 * SUM(CASE WHEN r.status = 'PASS' THEN 1 ELSE 0 END) / COUNT(*), 1) AS pass_pct "
        "FROM record_features f JOIN record_results r ON r.run_id = f.run_id AND r.file_path = f.file_path "
        "AND r.line = f.line WHERE r.run_id = (SELECT MAX(run_id) FROM test_runs WHERE engine = 'vibesql') "
        "GROUP BY f.feature ORDER BY failing DESC, f.feature LIMIT 40", ()),
    "one file's history": (
        "SELECT r.run_id, t.started_at, t.engine, SUBSTR(t.git_commit, 1, 10) AS git_commit, COUNT(*) AS records, "
        "SUM(CASE WHEN r.status = 'FAIL' THEN 1 ELSE 0 END) AS failing "
        "FROM record_results r JOIN test_runs t ON t.run_id = r.run_id WHERE r.file_path = ? "
        "GROUP BY r.run_id, t.started_at, t.engine, t.git_commit ORDER BY r.run_id", ("select1.test",)),
}
_RESULTS_TABLES = re.compile(r"\b(test_runs|test_results|test_files|record_results|record_features)\b")


def notebook_cells() -> list[tuple[str, str]]:
    """(name, SQL) of every %%vibesql cell and ``%vibesql SELECT`` line of the bundled notebooks that reads
    the results tables, as the notebooks hold them."""
    found = []
    for notebook in sorted((REPO / "notebooks").glob("*.ipynb")):
        cells = json.loads(notebook.read_text())["cells"]
        for number, cell in enumerate(cells):
            source = "".join(cell["source"]) if cell["cell_type"] == "code" else ""
            sql = None
            if source.startswith("%%vibesql"):
                sql = source.split("\n", 1)[1] if "\n" in source else ""
            else:
                line = re.search(r"^\w+ = %vibesql (SELECT .*)$", source, re.MULTILINE)
                sql = line.group(1) if line else None
            if sql and _RESULTS_TABLES.search(sql):
                found.append((f"{notebook.stem}[{number}]", sql.strip()))
    return found


def _bind(sql: str, values: dict[str, Any]) -> tuple[str, tuple]:
    """``:name`` markers as ``?`` with their values in order (the magic keeps them parameters too)."""
    order: list[Any] = []

    def replace(match: re.Match) -> str:
        order.append(values[match.group(1)])
        return "?"
    return re.sub(r"(?<!:):([A-Za-z_]\w*)", replace, sql), tuple(order)


def open_backend(backend: str, folder: Path) -> Any:
    """A DB-API connection over the store, as the runner (ours) or the magic (duckdb, spark) opens it."""
    if backend == "ours":
        from vibesql_magic.slt.result_stores import StoreDumps
        return StoreDumps("parquet").open(folder)
    if backend == "duckdb":
        from vibesql_magic.backends import open_target
        from vibesql_magic.slt import stores
        connection = open_target("duckdb://", {}).connection
        for entry in (folder / stores.SCHEMA_FILE).read_text().split(";\n"):
            match = re.match(r"\s*CREATE TABLE (\w+)", entry)
            if match:
                name = match.group(1)
                connection.raw.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet("
                                       f"'{folder / name}/**/*.parquet', union_by_name = true)")
        for entry in (folder / stores.SCHEMA_FILE).read_text().split(";\n"):
            if entry.lstrip().upper().startswith("CREATE VIEW"):
                connection.cursor().execute(entry)
        return connection
    if backend == "spark":
        from vibesql_magic.backends import open_target
        return open_target(f"spark:{folder}", {}).connection
    raise SystemExit(f"unknown backend {backend}; use one of {', '.join(BACKENDS)}")


def run_queries(backend: str, folder: Path) -> dict[str, Any]:
    """Open the store and time every query; {'open': s, 'queries': {name: s or error}}."""
    from vibesql_magic.slt import summaries
    from vibesql_magic.slt.feature_matrix import feature_matrix

    clock = time.perf_counter()
    connection = open_backend(backend, folder)
    timings: dict[str, Any] = {"open": time.perf_counter() - clock, "queries": {}, "rows": {}}

    def timed(name: str, work: Any) -> Any:
        clock = time.perf_counter()
        try:
            value = work()
        except Exception as exc:  # a query a backend cannot answer is reported, not fatal
            timings["queries"][name] = f"error: {' '.join(str(exc).split())[:160]}"
            return None
        timings["queries"][name] = time.perf_counter() - clock
        timings["rows"][name] = len(value) if hasattr(value, "__len__") else None
        return value

    latest = timed("why_it_fails latest run", lambda: summaries.frame(
        connection, "SELECT MAX(run_id) AS run_id FROM record_results WHERE status = 'FAIL'"))
    run_id = int(latest["run_id"].iloc[0]) if latest is not None and len(latest) else 1
    timed("summaries.overview", lambda: summaries.overview(connection).runs)
    timed("feature_matrix", lambda: feature_matrix(connection))
    for name, sql in notebook_cells():
        text, values = _bind(sql, {"run_id": run_id})
        timed(name, lambda text=text, values=values: summaries.frame(connection, text, values))
    for name, (sql, values) in RECORD_QUERIES.items():
        timed(name, lambda sql=sql, values=values: summaries.frame(connection, sql, values))
    return timings


# ---------------------------------------------------------------- the driver


def parse_size(text: str) -> int:
    text = text.strip().lower()
    scale = {"k": 1_000, "m": 1_000_000, "g": 1_000_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("kmg")) * scale)


def label(rows: int) -> str:
    for unit, scale in (("M", 1_000_000), ("k", 1_000)):
        if rows >= scale and rows % scale == 0:
            return f"{rows // scale}{unit}"
    return str(rows)


def measure(backend: str, folder: Path, timeout: float) -> dict[str, Any]:
    """Run the queries in a child process; its timings and peak RSS (MiB)."""
    with tempfile.NamedTemporaryFile("r", suffix=".json") as output:
        child = subprocess.Popen([sys.executable, __file__, "--child", backend, str(folder), output.name])
        clock = time.perf_counter()
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - clock > timeout:
                child.kill()
                pid, status, usage = os.wait4(child.pid, 0)
                return {"error": f"stopped after {timeout:.0f} s", "rss_mib": usage.ru_maxrss / 1024}
            time.sleep(0.2)
        text = output.read()
    if status != 0 or not text:
        return {"error": f"exit status {status}", "rss_mib": usage.ru_maxrss / 1024}
    result = json.loads(text)
    result["rss_mib"] = result.pop("peak_kib") / 1024
    return result


def _peak_kib(pid: str) -> int:
    """A process's peak RSS (VmHWM: unlike getrusage's maxrss, not inherited across fork and exec), 0 if gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _descendants(pid: str) -> list[str]:
    found = []
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        with contextlib.suppress(OSError):
            for child in children.read_text().split():
                found += [child, *_descendants(child)]
    return found


def _child(backend: str, folder: str, output: str) -> None:
    timings = run_queries(backend, Path(folder))
    # this process's peak and its children's (Spark's JVM), read before they end
    timings["peak_kib"] = _peak_kib("self") + sum(_peak_kib(pid) for pid in _descendants(str(os.getpid())))
    if backend == "spark":
        from pyspark.sql import SparkSession
        active = SparkSession.getActiveSession()
        if active is not None:
            active.stop()
    Path(output).write_text(json.dumps(timings))


def report(results: dict[tuple[int, str], dict[str, Any]], sizes: list[int], backends: list[str]) -> None:
    names: list[str] = []
    for result in results.values():
        for name in ["open", *result.get("queries", {})]:
            if name not in names:
                names.append(name)
    columns = [(rows, backend) for rows in sizes for backend in backends if (rows, backend) in results]
    print("\nseconds per query (open = load or connect):")
    print(f"{'query':<36}" + "".join(f"{label(r) + ' ' + b:>14}" for r, b in columns))

    def cell(result: dict[str, Any], name: str) -> str:
        if "error" in result:
            return "-"
        value = result["open"] if name == "open" else result["queries"].get(name)
        return f"{value:.2f}" if isinstance(value, float) else ("error" if value else "")
    for name in [*names, "total"]:
        row = []
        for key in columns:
            result = results[key]
            row.append(f"{_total(result):.2f}" if name == "total" and "error" not in result else cell(result, name))
        print(f"{name[:36]:<36}" + "".join(f"{value:>14}" for value in row))
    print(f"{'peak RSS MiB':<36}" + "".join(f"{results[key]['rss_mib']:>14.0f}" for key in columns))
    for key in columns:
        result = results[key]
        if "error" in result:
            print(f"{label(key[0])} {key[1]}: {result['error']}")
        for name, value in result.get("queries", {}).items():
            if isinstance(value, str):
                print(f"{label(key[0])} {key[1]} {name}: {value}")
    print("\ntotal seconds, ratios to DuckDB, and the fastest backend per size:")
    for rows in sizes:
        totals = {b: _total(results[rows, b]) for b in backends if (rows, b) in results
                  and "error" not in results[rows, b]}
        if not totals:
            continue
        base = totals.get("duckdb")
        parts = [f"{b} {t:.1f} s" + (f" ({t / base:.1f}x)" if base else "") for b, t in totals.items()]
        print(f"  {label(rows):>6}: " + ", ".join(parts) + f"; fastest: {min(totals, key=totals.get)}")
    print("\nwhere the curves cross (of two backends, the faster one changes between two sizes; a lead under "
          f"{_TIE:.0%} or {_TIE_SECONDS} s is a tie):")
    for first, second in [(a, b) for index, a in enumerate(backends) for b in backends[index + 1:]]:
        for name in ["total", "queries only", *names]:
            order = []
            for rows in sizes:
                one, two = (_seconds(results[rows, b], name) if (rows, b) in results else None
                            for b in (first, second))
                if one is not None and two is not None and abs(one - two) > max(_TIE * min(one, two), _TIE_SECONDS):
                    order.append((rows, first if one < two else second))
            flips = [(before, after) for before, after in itertools.pairwise(order) if before[1] != after[1]]
            for before, after in flips:
                print(f"  {first}/{second} {name}: {before[1]} faster at {label(before[0])}, "
                      f"{after[1]} at {label(after[0])}")
            if name == "total" and order and not flips:
                print(f"  {first}/{second} total: {order[0][1]} faster at every size both ran "
                      f"({', '.join(label(rows) for rows, _ in order)})")


_TIE, _TIE_SECONDS = 0.2, 0.05


def _seconds(result: dict[str, Any], name: str) -> float | None:
    """One query's seconds, ``total``, or ``queries only`` (the total without the open); None if it failed."""
    if "error" in result:
        return None
    if name in ("total", "queries only"):
        return _total(result) - (result["open"] if name == "queries only" else 0.0)
    value = result["open"] if name == "open" else result["queries"].get(name)
    return value if isinstance(value, float) else None


def _total(result: dict[str, Any]) -> float:
    return result["open"] + sum(value for value in result["queries"].values() if isinstance(value, float))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1M,10M", help="record rows per store, e.g. 100k,1M,10M,100M")
    parser.add_argument("--backends", default=",".join(BACKENDS))
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "vibesql-scale",
                        help="where the stores are written and kept (never the repository)")
    parser.add_argument("--ours-max", default="1M", help="largest size our engine loads (it holds all in memory)")
    parser.add_argument("--timeout", type=float, default=900, help="seconds one backend may take at one size")
    parser.add_argument("--generate-only", action="store_true")
    parser.add_argument("--report", action="store_true",
                        help="measure nothing: report every size measured earlier under --out (kept in results.json)")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(*args.child)
        return 0
    sizes = sorted(parse_size(size) for size in args.sizes.split(","))
    backends = [backend.strip() for backend in args.backends.split(",")]
    if args.out.resolve().is_relative_to(REPO):
        raise SystemExit(f"--out {args.out} is inside the repository; name a folder elsewhere")
    args.out.mkdir(parents=True, exist_ok=True)
    saved = args.out / "results.json"  # what earlier runs measured, so sizes can be measured one at a time
    measured = {tuple(key.split(" ", 1)): value for key, value in
                (json.loads(saved.read_text()) if saved.is_file() else {}).items()}
    results: dict[tuple[int, str], dict[str, Any]] = {}
    for rows in [] if args.report else sizes:
        folder = args.out / f"records-{label(rows)}"
        if not (folder / "_schema.sql").is_file():
            clock = time.perf_counter()
            counts = generate(rows, folder)
            print(f"generated {label(rows)} in {time.perf_counter() - clock:.1f} s at {folder}: {counts}", flush=True)
        if args.generate_only:
            continue
        for backend in backends:
            if backend == "ours" and rows > parse_size(args.ours_max):
                continue
            results[rows, backend] = measure(backend, folder, args.timeout)
            outcome = results[rows, backend]
            measured[str(rows), backend] = outcome
            saved.write_text(json.dumps({" ".join(key): value for key, value in measured.items()}, indent=1))
            spent = "error: " + outcome["error"] if "error" in outcome else f"{_total(outcome):.1f} s"
            print(f"{label(rows)} {backend}: {spent}, peak RSS {outcome['rss_mib']:.0f} MiB", flush=True)
    if args.report:
        results = {(int(rows), backend): value for (rows, backend), value in measured.items()
                   if backend in backends}
        sizes = sorted({rows for rows, _ in results})
    if results:
        report(results, sizes, backends)
    return 0


if __name__ == "__main__":
    sys.exit(main())
