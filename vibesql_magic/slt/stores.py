"""Results databases in other forms: a Parquet folder partitioned by run, or a DuckDB file, and back.

Both hold every table of the database, record-level tables included, whatever they are: the tables
come from ``sqlite_master``, so a table a later schema step adds is exported with no change here.
Values keep SQLite's storage: INTEGER columns are int64, REAL double, BLOB binary and every other
column text, so TIMESTAMPs stay the exact text the dump holds and a round trip gives the same dump,
byte for byte. The CREATE statements (tables, indexes, views) travel beside the data as written:
``_schema.sql`` in the folder, the table ``vibesql_schema`` in DuckDB.

A Parquet folder holds ``TABLE/run_id=N/part-0.parquet`` for a table with a ``run_id`` column and
``TABLE/part-0.parquet`` otherwise; DuckDB, Spark and pyarrow read either as one table with
``run_id`` as its partition column. Nothing is left half-written: the folder or file is built under a
temporary name beside the target and renamed into place at the end.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from vibesql_magic import record_store
from vibesql_magic.dumpfiles import EngineDumps

SCHEMA_FILE = "_schema.sql"
SCHEMA_TABLE = "vibesql_schema"
PARTITION = "run_id"


class StoreError(Exception):
    """A store that cannot be written or read; the message says what to do."""


def _arrow() -> Any:
    try:
        import pyarrow
    except ImportError:
        raise StoreError("Parquet and DuckDB stores need pyarrow; pip install -e '.[scale]'") from None
    return pyarrow


def storage_type(declared: str | None) -> str:
    """SQLite's affinity of a declared type, as the Arrow type that holds its values: int64, float64, binary,
    or string."""
    upper = (declared or "").upper()
    if "INT" in upper:
        return "int64"
    if any(part in upper for part in ("REAL", "FLOA", "DOUB")):
        return "float64"
    return "binary" if "BLOB" in upper else "string"


def schema_entries(connection: Any) -> list[tuple[str, str, str, str]]:
    """(type, name, table, sql) of every table, index and view, in creation order."""
    cursor = connection.cursor()
    cursor.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                   "AND name NOT LIKE 'sqlite_%'")
    return [tuple(row) for row in cursor.fetchall()]


def table_arrow(connection: Any, table: str) -> Any:
    """The rows of ``table`` as an Arrow table typed by storage_type; a value of another type is refused."""
    pa = _arrow()
    cursor = connection.cursor()
    cursor.execute(f"SELECT * FROM {_quote(table)}")
    names = [d[0] for d in cursor.description]
    types = {row[1]: row[2] for row in _rows(connection, f"PRAGMA table_info({_quote(table)})")}
    rows = cursor.fetchall()
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in names]
    arrays = []
    for name, values in zip(names, columns, strict=True):
        kind = storage_type(types.get(name))
        try:
            arrays.append(pa.array(list(values), type=getattr(pa, kind)()))
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError) as error:
            raise StoreError(f"{table}.{name} is declared {types.get(name)!r} but holds a value Parquet cannot "
                             f"keep as {kind} ({error}); fix the row or declare the column's real type") from None
    return pa.Table.from_arrays(arrays, names=names)


def export_entries(connection: Any, records: bool = False) -> list[tuple[str, str, str, str]]:
    """The schema entries an export writes: every table, index and view, and with ``records`` the
    record-level tables a dump keeps as side files (``record_results``, ``record_features``), as the real
    tables a store run writes, so the store holds the record rows too."""
    entries = schema_entries(connection)
    if not records:
        return entries
    present = {name for _kind, name, _table, _sql in entries}
    attached = {name.lower() for (name,) in _rows(connection, "SELECT table_name FROM information_schema.tables")}
    for table, columns in ((record_store.TABLE, record_store.COLUMNS),
                           (record_store.FEATURES_TABLE, record_store.FEATURE_COLUMNS)):
        if table not in present and table in attached:
            entries.append(("table", table, table,
                            f"CREATE TABLE {table} ({', '.join(f'{name} {kind}' for name, kind in columns)})"))
    return entries


def export_parquet(connection: Any, target: Path, records: bool = False) -> dict[str, int]:
    """Write the database to the folder ``target`` (which must not exist yet); rows per table.

    ``records``: the dump's record side files go in as tables too (`export_entries`)."""
    import pyarrow.parquet as pq

    _refuse_existing(target)
    entries = export_entries(connection, records)
    counts: dict[str, int] = {}
    with _building(target, directory=True) as building:
        (building / SCHEMA_FILE).write_text("".join(f"{sql};\n" for _kind, _name, _table, sql in entries))
        for kind, name, _table, _sql in entries:
            if kind != "table":
                continue
            data = table_arrow(connection, name)
            counts[name] = data.num_rows
            folder = building / name
            folder.mkdir()
            if PARTITION in data.column_names:
                for run_id in sorted({value for value in data.column(PARTITION).to_pylist() if value is not None}):
                    part = folder / f"{PARTITION}={run_id}"
                    part.mkdir()
                    pq.write_table(_rows_of_run(data, run_id), part / "part-0.parquet")
                if data.column(PARTITION).null_count:
                    raise StoreError(f"{name} has rows without a run_id; Parquet partitions by run")
            else:
                pq.write_table(data, folder / "part-0.parquet")
    return counts


def export_duckdb(connection: Any, target: Path, records: bool = False) -> dict[str, int]:
    """Write the database to the DuckDB file ``target`` (which must not exist yet); rows per table.

    The views are created too, transpiled from SQLite's dialect as the magic sends a cell, so a
    notebook's query of a view reads the same on ``duckdb:///FILE``. ``records`` as for `export_parquet`.
    """
    from vibesql_magic.backends.transpiling import TranspilingConnection

    duckdb = _duckdb()
    _refuse_existing(target)
    entries = export_entries(connection, records)
    counts: dict[str, int] = {}
    with _building(target, directory=False) as building:
        database = duckdb.connect(str(building))
        try:
            database.execute(f"CREATE TABLE {SCHEMA_TABLE} (position INTEGER, kind VARCHAR, name VARCHAR, "
                             "tbl_name VARCHAR, sql VARCHAR)")
            database.executemany(f"INSERT INTO {SCHEMA_TABLE} VALUES (?, ?, ?, ?, ?)",
                                 [(position, *entry) for position, entry in enumerate(entries)])
            for kind, name, _table, _sql in entries:
                if kind == "table":
                    data = table_arrow(connection, name)
                    counts[name] = data.num_rows
                    database.register("vibesql_export", data)
                    database.execute(f"CREATE TABLE {_quote(name)} AS SELECT * FROM vibesql_export")
                    database.unregister("vibesql_export")
            views = TranspilingConnection(database, "duckdb", owned=False).cursor()
            for kind, _name, _table, sql in entries:
                if kind == "view":
                    views.execute(sql)
            database.execute("CHECKPOINT")
        finally:
            database.close()
    return counts


def read_store(source: Path, skip: frozenset[str] = frozenset()) -> tuple[list[tuple[str, str, str, str]],
                                                                          dict[str, Any]]:
    """The schema entries and the Arrow table of each table of a Parquet folder or a DuckDB file (but those
    in ``skip``, whose data is not read)."""
    if source.is_dir():
        return _read_parquet(source, skip)
    if source.is_file():
        return _read_duckdb(source, skip)
    raise StoreError(f"no such store: {source} (a folder written by export --to parquet, or a DuckDB file)")


def is_store(path: Path) -> bool:
    """Whether ``path`` is a Parquet folder or a DuckDB file this module wrote (import takes either)."""
    if path.is_dir():
        return (path / SCHEMA_FILE).is_file()
    if path.is_file():
        with open(path, "rb") as handle:
            return handle.read(12)[8:12] == b"DUCK"
    return False


def import_store(source: Path, connection: Any, attach: frozenset[str] = frozenset()) -> dict[str, int]:
    """Create the store's tables, rows, indexes and views in the empty database behind ``connection``.

    ``attach``: tables left in the store, attached to our engine's ``connection`` as read-only tables that
    read the store only when a query touches them, and only run N's partition for ``WHERE run_id = N``
    (`attach_table`): the record tables, which hold millions of rows that most reads never touch.
    """
    attach = attach if hasattr(connection, "attach_table") else frozenset()
    entries, tables = read_store(source, attach)
    cursor = connection.cursor()
    counts: dict[str, int] = {}
    for kind, name, _table, sql in entries:
        if kind == "table" and name in attach:
            attach_table(source, connection, name, sql)
        elif kind == "table":
            cursor.execute(sql)
            data = tables[name]
            counts[name] = data.num_rows
            marks = ", ".join("?" * data.num_columns)
            columns = ", ".join(_quote(column) for column in data.column_names)
            rows = zip(*(data.column(i).to_pylist() for i in range(data.num_columns)), strict=True)
            cursor.executemany(f"INSERT INTO {_quote(name)} ({columns}) VALUES ({marks})", list(rows))
    for kind, _name, _table, sql in entries:
        if kind != "table":
            cursor.execute(sql)
    return counts


def _declared_columns(create_sql: str, name: str) -> list[tuple[str, str]]:
    """(column, declared type) of the table that ``create_sql`` creates, read back by a scratch database."""
    scratch = EngineDumps().open(None)
    try:
        scratch.cursor().execute(create_sql)
        return [(row[1], row[2]) for row in _rows(scratch, f"PRAGMA table_info({_quote(name)})")]
    finally:
        scratch.close()


def attach_table(source: Path, connection: Any, name: str, create_sql: str) -> None:
    """Table ``name`` of the store at ``source`` as a read-only table of our engine's ``connection``, read
    from the store by each statement that touches it (one run's partition for ``run_id = N``)."""
    columns = _declared_columns(create_sql, name)
    names = [column for column, _declared in columns]

    def rows(run_id: int | None = None) -> list[tuple]:
        data = _store_table(source, name, names, run_id)
        return list(zip(*(column.to_pylist() for column in data.columns), strict=True))

    def rows_where(column: str, value: object) -> list[tuple]:
        if column != PARTITION or names.count(PARTITION) == 0:
            return rows()
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return rows(value) if isinstance(value, int) and not isinstance(value, bool) else []

    connection.attach_table(name, columns, rows, rows_where)


def _store_table(source: Path, name: str, names: list[str], run_id: int | None) -> Any:
    """The columns ``names`` of table ``name`` of a store (of run ``run_id`` alone if given), as Arrow."""
    import pyarrow.parquet as pq

    pa = _arrow()
    if source.is_dir():
        folder = source / name
        if run_id is None:
            parts = sorted(folder.glob(f"{PARTITION}=*/part-0.parquet"), key=_run_of) or [folder / "part-0.parquet"]
        else:
            parts = [folder / f"{PARTITION}={run_id}" / "part-0.parquet"]
        read = [pq.read_table(part, columns=names) for part in parts if part.is_file()]
        if read:
            return pa.concat_tables(read)
        if run_id is None and not any(folder.glob(f"{PARTITION}=*")):
            raise StoreError(f"{source}: table {name} has no Parquet files; the store is incomplete")
        return pa.table({column: pa.array([], pa.null()) for column in names})
    database = _open_duckdb(source)
    try:
        chosen = ", ".join(_quote(column) for column in names)
        where = "" if run_id is None else f" WHERE {_quote(PARTITION)} = {int(run_id)}"
        return database.sql(f"SELECT {chosen} FROM {_quote(name)}{where}").to_arrow_table()
    finally:
        database.close()


def _read_parquet(source: Path, skip: frozenset[str] = frozenset()) -> tuple[list[tuple[str, str, str, str]],
                                                                            dict[str, Any]]:
    import pyarrow.parquet as pq

    schema = source / SCHEMA_FILE
    if not schema.is_file():
        raise StoreError(f"{source} has no {SCHEMA_FILE}: it was not written by vibesql-slt export --to parquet")
    reader = EngineDumps().open(None)  # a scratch database reads the CREATE statements back
    reader.executescript(schema.read_text())
    entries = schema_entries(reader)
    pa = _arrow()
    tables = {}
    for kind, name, _table, _sql in entries:
        if kind != "table" or name in skip:
            continue
        folder = source / name
        parts = sorted(folder.glob(f"{PARTITION}=*/part-0.parquet"), key=_run_of) or [folder / "part-0.parquet"]
        read = [pq.read_table(part) for part in parts if part.is_file()]
        if not read:
            raise StoreError(f"{source}: table {name} has no Parquet files; the store is incomplete")
        tables[name] = pa.concat_tables(read)
    return entries, tables


def _read_duckdb(source: Path, skip: frozenset[str] = frozenset()) -> tuple[list[tuple[str, str, str, str]],
                                                                           dict[str, Any]]:
    duckdb = _duckdb()
    database = _open_duckdb(source)
    try:
        try:
            entries = [tuple(row) for row in database.execute(
                f"SELECT kind, name, tbl_name, sql FROM {SCHEMA_TABLE} ORDER BY position").fetchall()]
        except duckdb.Error:
            raise StoreError(f"{source} has no {SCHEMA_TABLE} table: it was not written by vibesql-slt export "
                             "--to duckdb") from None
        tables = {name: database.sql(f"SELECT * FROM {_quote(name)}").to_arrow_table()
                  for kind, name, _table, _sql in entries if kind == "table" and name not in skip}
    finally:
        database.close()
    return entries, tables


def duckdb_reader(source: Path) -> Any:
    """A DuckDB connection reading the store at ``source`` where it lies, taking SQLite's dialect as the
    magic's ``duckdb://`` does (a `TranspilingConnection`, integer division truncating): a DuckDB file opened
    read-only, or a Parquet folder with each table a view of its files and the store's views over them.
    For queries over every run's records, which our engine would have to read whole."""
    from vibesql_magic.backends.transpiling import TranspilingConnection

    duckdb = _duckdb()
    if source.is_file():
        database = _open_duckdb(source)
        database.execute("SET integer_division = true")
        return TranspilingConnection(database, "duckdb")
    schema = source / SCHEMA_FILE
    if not schema.is_file():
        raise StoreError(f"{source} has no {SCHEMA_FILE}: it was not written by vibesql-slt export --to parquet")
    reader = EngineDumps().open(None)
    reader.executescript(schema.read_text())
    entries = schema_entries(reader)
    reader.close()
    database = duckdb.connect()
    database.execute("SET integer_division = true")
    connection = TranspilingConnection(database, "duckdb")
    cursor = connection.cursor()
    try:
        for kind, name, _table, sql in entries:
            if kind != "table":
                continue
            if any((source / name).rglob("*.parquet")):
                files = str(source / name / "**" / "*.parquet").replace("'", "''")
                database.execute(f"CREATE VIEW {_quote(name)} AS SELECT * FROM read_parquet('{files}', "
                                 "union_by_name = true)")
            else:  # a table without rows yet (no run kept records): empty, with its columns
                cursor.execute(sql)
        for kind, _name, _table, sql in entries:
            if kind == "view":
                cursor.execute(sql)
    except duckdb.Error as error:
        database.close()
        raise StoreError(f"{source}: DuckDB cannot read it: {' '.join(str(error).split())[:300]}") from None
    return connection


def _rows_of_run(data: Any, run_id: int) -> Any:
    import pyarrow.compute as pc

    return data.filter(pc.equal(data.column(PARTITION), run_id))


def _run_of(path: Path) -> int:
    return int(path.parent.name.split("=", 1)[1])


def _open_duckdb(source: Path) -> Any:
    """The DuckDB store at ``source``, opened read-only, or the error that says why it cannot be."""
    duckdb = _duckdb()
    try:
        return duckdb.connect(str(source), read_only=True)
    except duckdb.Error as error:
        raise StoreError(f"{source}: DuckDB cannot open it ({error})") from None


def _duckdb() -> Any:
    try:
        import duckdb
    except ImportError:
        raise StoreError("DuckDB stores need duckdb; pip install -e '.[scale]'") from None
    return duckdb


def _refuse_existing(target: Path) -> None:
    if target.exists():
        raise StoreError(f"{target} exists already; export into a new path (or remove it first)")
    if not target.parent.is_dir():
        raise StoreError(f"the folder {target.parent} does not exist; create it first")


@contextlib.contextmanager
def _building(target: Path, directory: bool) -> Any:
    """A temporary path beside ``target``, renamed to it when the block succeeds, removed when it fails."""
    if directory:
        building = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    else:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        os.close(handle)
        building = Path(name)
        building.unlink()  # DuckDB creates its own file
    try:
        yield building
        os.replace(building, target)
    except BaseException:
        if building.is_dir():
            shutil.rmtree(building, ignore_errors=True)
        else:
            with contextlib.suppress(FileNotFoundError):
                building.unlink()
            with contextlib.suppress(FileNotFoundError):
                Path(str(building) + ".wal").unlink()
        raise


def _rows(connection: Any, sql: str) -> list[tuple]:
    cursor = connection.cursor()
    cursor.execute(sql)
    return [tuple(row) for row in cursor.fetchall()]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
