"""Runs written straight into a DuckDB file or a Parquet folder, with the dump store's journal and resume.

``--db`` picks the store by its path: ``*.sql`` is the SQL dump (the default), ``*.duckdb`` a DuckDB
file, and a folder holding ``_schema.sql``, a path ending in ``/`` or one with no suffix a Parquet
folder (the layouts of :mod:`vibesql_magic.slt.stores`). :class:`StoreFile` is a
:class:`~vibesql_magic.slt.journal.ResultsFile` over such a store: the same ``.journal`` and ``.lock``
beside it, the same record parts in ``.records`` while a run goes, folded at the end. Reading loads the
store into our engine (every runner command then works unchanged); folding applies the journal there
and writes back through DuckDB or pyarrow, never half-way: the DuckDB file is rebuilt beside itself and
renamed over, and a Parquet folder gets each touched run as ``TABLE/run_id=N/part-0.parquet`` and its
other tables whole, each file by temporary name and rename, ``_schema.sql`` last. A crash mid-fold
leaves the journal, and folding again rewrites the same files.

Record rows land in the store as the real tables ``record_results`` and ``record_features`` (the
dump keeps them as side files instead). A run holds the store's writer lock while it goes, so a second
run on the same store is refused at once rather than interleaved (a DuckDB file has one writer).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from vibesql_magic import record_store
from vibesql_magic.dumpfiles import EngineDumps
from vibesql_magic.slt import stores
from vibesql_magic.slt.journal import ResultsFile, ResultsFileError
from vibesql_magic.slt.store import ResultsStore

DUMP = "dump"
DUCKDB = "duckdb"
PARQUET = "parquet"
_RECORD_TABLES = {record_store.TABLE: record_store.COLUMNS, record_store.FEATURES_TABLE: record_store.FEATURE_COLUMNS}


def store_kind(path: Path | str) -> str:
    """Which store ``--db`` names: ``dump``, ``duckdb`` or ``parquet``."""
    text = str(path)
    path = Path(text)
    if path.suffix.lower() == ".duckdb":
        return DUCKDB
    if text.endswith(("/", os.sep)) or (path.is_dir() and (path / stores.SCHEMA_FILE).is_file()):
        return PARQUET
    if not path.suffix and not path.is_file():
        return PARQUET
    return DUMP


def results_file(path: Path | str, kind: str | None = None) -> ResultsFile:
    """The results file ``--db`` names, of ``kind`` (default: the kind its path says)."""
    kind = kind or store_kind(path)
    return ResultsFile(Path(path)) if kind == DUMP else StoreFile(Path(path), kind)


class StoreDumps:
    """Our engine's connections loaded from, and saved to, a DuckDB file or a Parquet folder."""

    errors = EngineDumps.errors

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def open(self, dump: Path | None, progress: Any = None, attach_records: bool = False) -> Any:
        """A connection holding the store at ``dump`` (empty for None), its record tables created; with
        ``attach_records`` those stay in the store, read-only tables read by the queries that touch them."""
        connection = EngineDumps().open(None)
        if dump is not None:
            check_store(dump, self.kind)
            stores.import_store(dump, connection, frozenset(_RECORD_TABLES) if attach_records else frozenset())
        return connection

    def save(self, connection: Any, path: Path, runs: set[int] | None = None) -> None:
        """Write the database to the store at ``path``; for Parquet, only the partitions of ``runs`` (None: all)."""
        if self.kind == DUCKDB:
            _save_duckdb(connection, path)
        else:
            _save_parquet(connection, path, None if not path.exists() else runs)


def check_store(path: Path, kind: str) -> None:
    """Refuse a path that holds something other than a store of ``kind`` (an empty folder is a new store)."""
    if kind == DUCKDB and path.exists() and not (path.is_file() and stores.is_store(path)):
        raise stores.StoreError(f"{path} is not a DuckDB file; name a new .duckdb path or a store written by "
                                "vibesql-slt")
    if kind == PARQUET and path.exists():
        if not path.is_dir():
            raise stores.StoreError(f"{path} is a file, not a Parquet folder; name a folder for --db")
        if not (path / stores.SCHEMA_FILE).is_file() and any(path.iterdir()):
            raise stores.StoreError(f"{path} is a folder without {stores.SCHEMA_FILE}: not a results store; "
                                    "name an empty or new folder")


def check_writable(path: Path, kind: str) -> None:
    """A run's target must be a store of its kind, or new inside a folder we may write."""
    check_store(path, kind)
    parent = path.parent
    if not parent.is_dir():
        raise stores.StoreError(f"{parent} is not a folder (missing, or a file); create the folder first")
    if not os.access(parent, os.W_OK | os.X_OK) or (path.is_dir() and not os.access(path, os.W_OK | os.X_OK)):
        raise stores.StoreError(f"cannot write {path}: permission denied; choose a --db you may write")


class StoreFile(ResultsFile):
    """A DuckDB file or Parquet folder as a results file: journal, lock and record parts as for a dump."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(path, StoreDumps(kind))
        self.kind = kind
        # the loaded store's schema was brought forward (a store from an older vibesql-slt): the next fold
        # writes every run's partitions, not only the touched runs', so no partition keeps the old columns
        self._upgraded = False
        self.writer_lock_path = self.path.with_name(self.path.name + ".writer.lock")

    @contextlib.contextmanager
    def writer(self) -> Iterator[None]:
        """Hold the store for one run; a second run on it is refused with a one-line error."""
        check_writable(self.path, self.kind)
        with open(self.writer_lock_path, "a") as handle:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise stores.StoreError(f"{self.path} is being written by another run; wait for it to finish "
                                        "or use another --db") from None
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    def open(self) -> ResultsStore:
        """The store for reading. With no journal to fold, the record tables are not loaded: a query reads
        them from the store when it touches them (only run N's for ``run_id = N``), so ``status``,
        ``regressions`` or ``report`` on a store of 10 M record rows load its few thousand other rows, not
        all (about 1.4 GB a million record rows in our engine). Writing goes through ``fold``, which loads
        everything."""
        if self.journal_path.exists() or not self.path.exists():
            return super().open()
        return self._load(attach_records=True)

    def _load(self, attach_records: bool = False) -> ResultsStore:
        exists = self.path.exists()
        try:
            connection = self.dumps.open(self.path if exists else None, attach_records=attach_records)
            store = ResultsStore(connection)
            if store.migrate() and exists and not attach_records:
                self._upgraded = True
            for table, columns in _RECORD_TABLES.items():
                if store.columns(table) is None:
                    store.execute(f"CREATE TABLE {table} ({', '.join(f'{n} {t}' for n, t in columns)})")
        except stores.StoreError as exc:
            raise ResultsFileError(str(exc)) from exc
        except Exception as exc:
            raise ResultsFileError(f"{self.path} is not a results store: {' '.join(str(exc).split())[:200]}"
                                   ) from exc
        return store

    def _fold_locked(self) -> ResultsStore:
        """Apply the journal and the runs' record parts, write the touched runs to the store, clear both."""
        store = self._fresh()
        entries = self.pending()
        directory = record_store.records_dir(self.path)
        parts = {int(folder.name[len("run-"):-len(".parts")]): sorted(folder.glob("*.parquet"))
                 for folder in directory.glob("run-*.parts")}
        if entries or any(parts.values()) or not self.path.exists():
            try:
                store.apply(entries)
                for files in parts.values():
                    _add_records(store, [record_store.read_file(part) for part in files])
                runs = {int(entry["run_id"]) for entry in entries} | set(parts)
                self.dumps.save(store.connection, self.path, None if self._upgraded else runs)
                self._upgraded = False
            except ResultsFileError:
                raise
            except Exception as exc:  # the journal and the parts stay, so nothing is lost
                raise ResultsFileError(f"cannot update {self.path}: {exc.__class__.__name__}: "
                                       f"{' '.join(str(exc).split())[:300]}") from exc
            self._cached = (store, _store_signature(self.path))
        with contextlib.suppress(FileNotFoundError):
            self.journal_path.unlink()
        for run_id, files in parts.items():
            for part in files:
                with contextlib.suppress(FileNotFoundError):
                    part.unlink()
            with contextlib.suppress(OSError):
                (directory / f"run-{run_id}.parts").rmdir()
        with contextlib.suppress(OSError):
            directory.rmdir()
        return store

    def _fresh(self) -> ResultsStore:
        signature = _store_signature(self.path)
        if self._cached is not None and self._cached[1] == signature:
            return self._cached[0]
        store = self._load()
        self._cached = (store, signature)
        return store


def _store_signature(path: Path) -> tuple[int, int, int] | None:
    """Identity of the store on disk: the DuckDB file, or the Parquet folder's ``_schema.sql`` (written last)."""
    target = path / stores.SCHEMA_FILE if path.is_dir() else path
    try:
        status = target.stat()
    except FileNotFoundError:
        return None
    return status.st_ino, status.st_size, status.st_mtime_ns


def _add_records(store: ResultsStore, tables: list[Any]) -> None:
    """Each part's record rows and feature tags, in place of any stored for the same run and file."""
    for table in tables:
        keys = sorted({(row["run_id"], row["file_path"]) for row in table.select(["run_id", "file_path"]).to_pylist()})
        for name in _RECORD_TABLES:
            for run_id, file_path in keys:
                store.execute(f"DELETE FROM {name} WHERE run_id = ? AND file_path = ?", (run_id, file_path))
        tags = record_store.feature_table(table)
        for name, data in ((record_store.TABLE, table), (record_store.FEATURES_TABLE, tags)):
            if data.num_rows:
                marks = ", ".join("?" * data.num_columns)
                store.connection.cursor().executemany(
                    f"INSERT INTO {name} ({', '.join(data.column_names)}) VALUES ({marks})",
                    list(zip(*(column.to_pylist() for column in data.columns), strict=True)))


def _save_duckdb(connection: Any, path: Path) -> None:
    """The whole database as a new DuckDB file beside ``path``, renamed over it."""
    building = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
    try:
        stores.export_duckdb(connection, building / path.name)
        os.replace(building / path.name, path)
    finally:
        shutil.rmtree(building, ignore_errors=True)


def _save_parquet(connection: Any, folder: Path, runs: set[int] | None) -> None:
    """Each table's partitions of ``runs`` (every partition when None) and its unpartitioned tables whole."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    folder.mkdir(exist_ok=True)
    entries = stores.schema_entries(connection)
    for kind, name, _table, _sql in entries:
        if kind != "table":
            continue
        data = stores.table_arrow(connection, name)
        if stores.PARTITION not in data.column_names:
            _write(pq, data, folder / name / "part-0.parquet")
            continue
        if data.column(stores.PARTITION).null_count:
            raise stores.StoreError(f"{name} has rows without a run_id; Parquet partitions by run")
        present = {value for value in data.column(stores.PARTITION).to_pylist()}
        for run_id in sorted(present if runs is None else present & runs):
            rows = data.filter(pc.equal(data.column(stores.PARTITION), run_id))
            _write(pq, rows, folder / name / f"{stores.PARTITION}={run_id}" / "part-0.parquet")
        empty = folder / name / "part-0.parquet"  # an empty table's file: import and readers need one
        if not present:
            _write(pq, data, empty)
        else:
            with contextlib.suppress(FileNotFoundError):
                empty.unlink()
    schema = "".join(f"{sql};\n" for _kind, _name, _table, sql in entries)
    temporary = folder / f".{stores.SCHEMA_FILE}.{os.getpid()}.tmp"
    temporary.write_text(schema, encoding="utf-8")
    os.replace(temporary, folder / stores.SCHEMA_FILE)


def _write(pq: Any, table: Any, path: Path) -> None:
    """One Parquet file by temporary name and rename: a reader sees the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        pq.write_table(table, temporary)
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
