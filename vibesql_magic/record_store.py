"""The record-level results: one Parquet file per run beside the results dump, read as ``record_results``.

A run can fail millions of records, too many for a SQL dump, so record rows live in a
columnar side store: ``RESULTS.sql.records/run-N.parquet`` (DuckDB and Spark read the
files directly). While a run goes, each finished file's records are written as their own
part (``run-N.parts/KEY.parquet``, atomically, before the file's journal entry), so a
killed run keeps every record of the files that finished; folding merges a run's parts
into its run file, atomically. Our engine exposes the files as the read-only table
``record_results``, read only when a query touches it; a missing or unreadable file
makes that query fail naming it, while the rest of the database loads as ever.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from vibesql_magic.record_features import features

TABLE = "record_results"
FEATURES_TABLE = "record_features"
# Each tag carries its record's status (schema version 7), so a feature's failing records are counted from the
# tags alone: joining the tags with record_results was most of the feature matrix's time at 100 M record rows.
FEATURE_COLUMNS: list[tuple[str, str]] = [("run_id", "INTEGER"), ("file_path", "VARCHAR(500)"), ("line", "INTEGER"),
                                          ("feature", "VARCHAR(100)"), ("status", "VARCHAR(10)")]
_FEATURE_SCHEMA = pa.schema([("run_id", pa.int64()), ("file_path", pa.string()), ("line", pa.int64()),
                             ("feature", pa.string()), ("status", pa.string())])
COLUMNS: list[tuple[str, str]] = [
    ("run_id", "INTEGER"), ("file_path", "VARCHAR(500)"), ("line", "INTEGER"), ("record_kind", "VARCHAR(10)"),
    ("status", "VARCHAR(10)"), ("sql_text", "TEXT"), ("expected", "TEXT"), ("actual", "TEXT"),
    ("error_message", "TEXT"), ("failure_class", "VARCHAR(200)"), ("duration_ms", "REAL"),
    ("record_hash", "VARCHAR(16)"),
]
SCHEMA = pa.schema([(name, pa.int64() if kind == "INTEGER" else pa.float64() if kind == "REAL" else pa.string())
                    for name, kind in COLUMNS])
NAMES = [name for name, _ in COLUMNS]
_PART_SUFFIX = ".parquet"


class RecordStoreError(Exception):
    """A side file is missing or unreadable (the message names it)."""


def records_dir(dump: Path) -> Path:
    """Where the record files of the dump at ``dump`` live."""
    return dump.with_name(dump.name + ".records")


def run_file(directory: Path, run_id: int) -> Path:
    return directory / f"run-{run_id}.parquet"


def _parts_dir(directory: Path, run_id: int) -> Path:
    return directory / f"run-{run_id}.parts"


def _table(rows: Sequence[Sequence[Any]]) -> pa.Table:
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(NAMES)
    return pa.table([pa.array(list(values), type=field.type) for values, field in zip(columns, SCHEMA, strict=True)],
                    schema=SCHEMA)


def _write_atomically(table: pa.Table, path: Path) -> None:
    """Temporary file, fsync, rename, fsync the folder: a reader sees the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + f".{os.getpid()}.tmp")
    try:
        pq.write_table(table, temporary, compression="zstd")
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    descriptor = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_part(directory: Path, run_id: int, file_path: str, rows: Sequence[Sequence[Any]]) -> None:
    """Store one finished file's record rows (``COLUMNS`` order) as a part of run ``run_id``."""
    name = hashlib.sha1(file_path.encode("utf-8")).hexdigest()[:24] + _PART_SUFFIX
    _write_atomically(_table(rows), _parts_dir(directory, run_id) / name)


def read_file(path: Path, columns: list[str] | None = None) -> pa.Table:
    """One record file (a run's or a part), or RecordStoreError naming it."""
    try:
        return pq.read_table(path, columns=columns, schema=SCHEMA)
    except FileNotFoundError:
        raise RecordStoreError(f"record file {path} is missing") from None
    except (OSError, pa.ArrowException) as exc:
        raise RecordStoreError(f"record file {path} is unreadable: {' '.join(str(exc).split())[:200]}") from None


def _parts(directory: Path, run_id: int) -> list[Path]:
    return sorted(_parts_dir(directory, run_id).glob("*" + _PART_SUFFIX))


def _with_parts(directory: Path, run_id: int, parts: list[Path]) -> pa.Table:
    """The run's stored records with its parts' records in place of those of the same files."""
    fresh = [read_file(part) for part in parts]
    path = run_file(directory, run_id)
    tables = []
    if path.exists():
        stored = read_file(path)
        replaced = {value for table in fresh for value in table.column("file_path").to_pylist()}
        if replaced:
            keep = pa.array([value not in replaced for value in stored.column("file_path").to_pylist()], pa.bool_())
            stored = stored.filter(keep)
        tables.append(stored)
    return pa.concat_tables([*tables, *fresh]) if tables or fresh else _table([])


def merge_parts(directory: Path) -> None:
    """Fold every run's parts into its run file (caller holds the results file's writer lock)."""
    for parts_dir in sorted(directory.glob("run-*.parts")):
        run_id = int(parts_dir.name[len("run-"):-len(".parts")])
        parts = _parts(directory, run_id)
        if parts:
            _write_atomically(_with_parts(directory, run_id, parts), run_file(directory, run_id))
            for part in parts:
                with contextlib.suppress(FileNotFoundError):
                    part.unlink()
        with contextlib.suppress(OSError):
            parts_dir.rmdir()


def _run_ids(directory: Path) -> set[int]:
    found = set()
    for path in (*directory.glob("run-*.parquet"), *directory.glob("run-*.parts")):
        stem, _, rest = path.name[len("run-"):].partition(".")
        if rest not in ("parquet", "parts"):
            continue
        if stem.isdigit():
            found.add(int(stem))
    return found


def _run_tables(directory: Path, expected_runs: set[int],
                only: int | None = None) -> Iterator[tuple[int, pa.Table, bool]]:
    """Each run's records (parts of an unfolded run included) and whether they are its folded file;
    a run in ``expected_runs`` whose file is missing is an error naming the file. ``only`` reads
    that one run."""
    runs = _run_ids(directory) | expected_runs
    for run_id in sorted(runs if only is None else runs & {only}):
        parts = _parts(directory, run_id)
        if not parts and not run_file(directory, run_id).exists() and run_id not in expected_runs:
            continue
        if parts:
            yield run_id, _with_parts(directory, run_id, parts), False
        else:
            yield run_id, read_file(run_file(directory, run_id)), True


def read_rows(directory: Path, expected_runs: set[int], only: int | None = None) -> Iterator[tuple]:
    """Every record row of every run (or of run ``only``)."""
    for _, table, _ in _run_tables(directory, expected_runs, only):
        yield from zip(*(column.to_pylist() for column in table.columns), strict=True)


def feature_table(table: pa.Table) -> pa.Table:
    """One row per tag of each judged (not skipped) record, with the record's status."""
    rows: list[tuple] = []
    columns = table.select(["run_id", "file_path", "line", "status", "sql_text"]).to_pylist()
    for row in columns:
        if row["status"] != "SKIP" and row["sql_text"]:
            key = (row["run_id"], row["file_path"], row["line"])
            rows.extend((*key, tag, row["status"]) for tag in sorted(features(row["sql_text"])))
    names = ("run_id", "file_path", "line", "feature", "status")
    return pa.table({name: [row[index] for row in rows] for index, name in enumerate(names)}, schema=_FEATURE_SCHEMA)


def read_features(directory: Path, expected_runs: set[int], only: int | None = None) -> Iterator[tuple]:
    """Every feature tag of every run's records (or of run ``only``). Parsing is the costly part, so a
    folded run's tags are kept beside its file (``run-N.features.parquet``, rebuilt when the run file
    is newer)."""
    for run_id, table, folded in _run_tables(directory, expected_runs, only):
        cache = directory / f"run-{run_id}.features.parquet"
        tags = None
        if folded and cache.exists() and cache.stat().st_mtime_ns >= run_file(directory, run_id).stat().st_mtime_ns:
            with contextlib.suppress(OSError, pa.ArrowException):
                # a cache from before the tags kept their record's status is rebuilt (read with the
                # current schema, it would give every tag a NULL status)
                if set(_FEATURE_SCHEMA.names) <= set(pq.read_schema(cache).names):
                    tags = pq.read_table(cache, schema=_FEATURE_SCHEMA)
        if tags is None:
            tags = feature_table(table)
            if folded:
                with contextlib.suppress(OSError):  # a read-only folder: the tags are recomputed next time
                    _write_atomically(tags, cache)
        yield from zip(*(column.to_pylist() for column in tags.columns), strict=True)


def _tables(connection: Any) -> set[str]:
    cursor = connection.cursor()
    cursor.execute("SELECT lower(table_name) FROM information_schema.tables")
    return {name for (name,) in cursor.fetchall()}


def _runs_with_records(connection: Any) -> set[int]:
    """Runs whose header says they kept records (a dump from before schema version 6 has none)."""
    cursor = connection.cursor()
    try:
        cursor.execute("SELECT run_id FROM test_runs WHERE records IS NOT NULL")
    except Exception:  # no such column: an older or foreign dump keeps no records
        return set()
    return {int(run_id) for (run_id,) in cursor.fetchall()}


def attach_to_results(connection: Any, dump: Path, *, always: bool = False) -> None:
    """Expose the record files of the results dump at ``dump`` as ``record_results`` on an engine
    connection (one with ``attach_table``) when it has a side store, or ``always`` (the runner's
    results file, where the table exists from the first run on); never twice."""
    if not hasattr(connection, "attach_table") or (not always and not records_dir(dump).exists()):
        return
    if TABLE in _tables(connection):
        return
    directory = records_dir(dump)

    def provider(read: Callable[..., Iterator[tuple]]) -> tuple[Callable[[], list], Callable[[str, object], list]]:
        """Every row, and the rows of one run for ``WHERE run_id = ?`` (that run's file alone)."""
        def everything() -> list[tuple]:
            return list(read(directory, _runs_with_records(connection)))

        def where(column: str, value: object) -> list[tuple]:
            if column != "run_id":
                return everything()
            run_id = _run_number(value)
            return [] if run_id is None else list(read(directory, _runs_with_records(connection), run_id))
        return everything, where

    connection.attach_table(TABLE, COLUMNS, *provider(read_rows))
    connection.attach_table(FEATURES_TABLE, FEATURE_COLUMNS, *provider(read_features))


def _run_number(value: object) -> int | None:
    """The run a ``run_id = value`` condition can match (an INTEGER column's value after affinity)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value if isinstance(value, int) and not isinstance(value, bool) else None
