"""Benchmark: a run that fails 500k records, stored in record_results, then queried.

Generates FILES scripts of RECORDS/FILES one-value queries and runs them through the
runner (``run_suite``, two workers) with a deliberately wrong DB-API engine defined here
(every query answers ``-1``), so every record fails. Measures, on the same machine in one
run: the whole run, the time spent storing records (parts, journal, the fold that merges
the parts into one Parquet file), the dump's load time with and without the side store,
``SELECT failure_class, COUNT(*) FROM record_results WHERE run_id = ? GROUP BY 1`` in our
engine (first and warm), and the same GROUP BY by DuckDB reading the Parquet file directly.

    python tests/benchmarks/record_results_benchmark.py                      # 500k records
    python tests/benchmarks/record_results_benchmark.py --records 50000 --files 20

Targets (issue 11): stored in <= 30 s, the GROUP BY in <= 1 s. Machines are shared: only
orders of magnitude are meaningful.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the workers import this module's engine

GROUP_BY = "SELECT failure_class, COUNT(*) FROM record_results WHERE run_id = ? GROUP BY 1"


class _WrongCursor:
    description: Any = None

    def execute(self, sql: str, parameters: Any = ()) -> _WrongCursor:
        self.description = [("v", None, None, None, None, None, None)] if sql.startswith("SELECT") else None
        return self

    def fetchall(self) -> list[tuple]:
        return [(-1,)]

    def fetchone(self) -> tuple | None:
        return None


class _WrongConnection:
    def cursor(self) -> _WrongCursor:
        return _WrongCursor()

    def close(self) -> None:
        pass


def wrong() -> _WrongConnection:
    """A DB-API engine that answers every query with -1 (so every record of the generated files fails)."""
    return _WrongConnection()


def _write_suite(directory: Path, records: int, files: int) -> None:
    root = directory / "test"
    root.mkdir(parents=True)
    per_file = records // files
    for index in range(files):
        body = "".join(f"query I nosort\nSELECT {n} FROM t{n % 7} WHERE a > {n}\n----\n{n}\n\n"
                       for n in range(per_file))
        (root / f"file{index:04}.test").write_text(body)


def _timed(function: Any) -> tuple[float, Any]:
    started = time.perf_counter()
    value = function()
    return time.perf_counter() - started, value


def main() -> None:
    from vibesql_magic import record_store
    from vibesql_magic.engines import parse_engine
    from vibesql_magic.slt.journal import ResultsFile
    from vibesql_magic.slt.runner import RunOptions, run_suite
    from vibesql_magic.slt.suite import discover

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=500_000)
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="record-bench-"))
    try:
        _write_suite(work, args.records, args.files)
        tasks = discover([work / "test"])
        db = work / "results.sql"
        options = RunOptions(parse_engine("record_results_benchmark:wrong", "sqlite"), jobs=args.jobs)
        stored = [0.0]
        original = record_store.write_part

        def timed_part(*part_args: Any) -> None:
            seconds, _ = _timed(lambda: original(*part_args))
            stored[0] += seconds

        record_store.write_part = timed_part  # type: ignore[assignment]
        run_seconds, summary = _timed(lambda: run_suite(tasks, ResultsFile(db), options))
        record_store.write_part = original  # type: ignore[assignment]
        print(f"run: {summary.records_failed:,} failing records of {summary.records_total:,} in {run_seconds:.1f} s "
              f"({args.jobs} workers); writing the record parts took {stored[0]:.1f} s")
        side = record_store.run_file(record_store.records_dir(db), summary.run_id)
        print(f"side store: {side.stat().st_size / 1e6:.1f} MB; dump {db.stat().st_size / 1e6:.2f} MB")
        load_with, results = _timed(lambda: ResultsFile(db).open())
        first, answer = _timed(lambda: results.query(GROUP_BY, (summary.run_id,))[1])
        warm, _ = _timed(lambda: results.query(GROUP_BY, (summary.run_id,))[1])
        moved = work / "moved.records"
        record_store.records_dir(db).rename(moved)
        load_without, _ = _timed(lambda: ResultsFile(db)._load())
        moved.rename(record_store.records_dir(db))
        print(f"load: {load_with:.2f} s with the side store, {load_without:.2f} s without")
        print(f"GROUP BY failure_class in our engine: {first:.2f} s first, {warm:.2f} s again -> {answer}")
        try:
            import duckdb
        except ImportError:
            return
        duck, rows = _timed(lambda: duckdb.sql(
            f"SELECT failure_class, COUNT(*) FROM read_parquet('{side}') WHERE run_id = {summary.run_id} "
            "GROUP BY 1").fetchall())
        print(f"GROUP BY failure_class in DuckDB over the same file: {duck:.2f} s -> {rows}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
