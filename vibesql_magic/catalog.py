"""What a database holds, asked with plain SQL over any DB-API connection.

A connection with its own catalog (Spark's, through ``catalog_tables``/``catalog_columns``) answers
itself. Otherwise information_schema (our engine, DuckDB, most servers) is asked first; one without it (sqlite3)
falls back to ``sqlite_master`` for the table list and to an empty ``SELECT *`` for column names, so
listing and completion degrade to names only instead of failing. The frames of ``--tables`` and
``--describe`` are built here from the same answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from engine.dataframe import TEXT_DTYPE
from vibesql_magic.errors import VibeSQLError
from vibesql_magic.results_schema import INTERNAL_TABLES

Errors = tuple[type[BaseException], ...]


@dataclass(frozen=True)
class Table:
    name: str
    kind: str  # 'BASE TABLE' or 'VIEW'


@dataclass(frozen=True)
class Column:
    name: str
    type: str | None  # as declared, with its length: 'VARCHAR(500)'
    nullable: bool | None
    default: str | None
    primary_key: bool | None


def quote_identifier(name: str) -> str:
    """A name as a double-quoted SQL identifier, safe for any name."""
    return '"' + name.replace('"', '""') + '"'


def tables(connection: Any, errors: Errors) -> list[Table]:
    """The tables and views of the database, sorted by name."""
    own = getattr(connection, "catalog_tables", None)  # a backend without SQL catalog tables (Spark)
    if own is not None:
        return sorted((Table(name, kind) for name, kind in own()), key=lambda table: table.name.lower())
    try:
        rows = _rows(connection, "SELECT table_name, table_type FROM information_schema.tables")
    except errors:
        rows = _rows(connection, "SELECT name, CASE type WHEN 'view' THEN 'VIEW' ELSE 'BASE TABLE' END "
                                 "FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'")
    return sorted((Table(name, kind) for name, kind in rows), key=lambda table: table.name.lower())


def find_table(connection: Any, errors: Errors, name: str) -> Table | None:
    """The table or view called ``name`` (SQL names ignore case), or None."""
    wanted = name.lower()
    return next((table for table in tables(connection, errors) if table.name.lower() == wanted), None)


def columns(connection: Any, errors: Errors, table: str) -> list[Column]:
    """The columns of a table or view in order."""
    own = getattr(connection, "catalog_columns", None)
    if own is not None:
        return [Column(name, kind, nullable, None, None) for name, kind, nullable in own(table)]
    try:
        cursor = connection.cursor()
        cursor.execute("SELECT * FROM information_schema.columns WHERE lower(table_name) = lower(?) "
                       "ORDER BY ordinal_position", (table,))
        names = [d[0].lower() for d in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    except errors:
        cursor = connection.cursor()
        cursor.execute(f"SELECT * FROM {quote_identifier(table)} LIMIT 0")
        cursor.fetchall()
        return [Column(d[0], d[1] if isinstance(d[1], str) else None, None, None, None) for d in cursor.description]
    # is_primary_key is our engine's extension; other engines' information_schema lacks it
    return [Column(row["column_name"], _declared(row.get("data_type"), row.get("character_maximum_length"),
                                                 row.get("numeric_precision"), row.get("numeric_scale")),
                   _yes(row.get("is_nullable")), row.get("column_default"), _yes(row.get("is_primary_key")))
            for row in rows]


def row_count(connection: Any, table: str) -> int:
    """How many rows a table or view has."""
    return _rows(connection, f"SELECT COUNT(*) FROM {quote_identifier(table)}")[0][0]


def _declared(data_type: str | None, length: int | None, precision: int | None, scale: int | None) -> str | None:
    """The declared type back from information_schema's parts: 'VARCHAR' and 500 give 'VARCHAR(500)'."""
    if not data_type:
        return None
    if length is not None:
        return f"{data_type}({length})"
    if precision is not None and scale is not None and data_type.upper() in ("DECIMAL", "NUMERIC"):
        return f"{data_type}({precision}, {scale})"
    return data_type


def _yes(value: str | None) -> bool | None:
    return None if value is None else value.upper() == "YES"


def _rows(connection: Any, sql: str, parameters: tuple = ()) -> list[tuple]:
    cursor = connection.cursor()
    cursor.execute(sql, parameters)
    return [tuple(row) for row in cursor.fetchall()]


def tables_frame(connection: Any, errors: Errors, internal: bool = False) -> pd.DataFrame:
    """``--tables``: each table and view with its kind and, for tables, its row count.

    Internal tables (the results schema's bookkeeping, ``INTERNAL_TABLES``) are listed only with ``internal``.
    """
    listed = [table for table in tables(connection, errors)
              if internal or table.name.lower() not in INTERNAL_TABLES]
    return pd.DataFrame({
        "name": pd.Series([table.name for table in listed], dtype=TEXT_DTYPE),
        "type": pd.Series(["view" if table.kind == "VIEW" else "table" for table in listed], dtype=TEXT_DTYPE),
        "rows": pd.array([None if table.kind == "VIEW" else row_count(connection, table.name) for table in listed],
                         dtype="Int64"),
    })


def describe_frame(connection: Any, errors: Errors, name: str) -> tuple[Table, int, pd.DataFrame]:
    """``--describe``: the table, its row count and its columns with their types and constraints."""
    table = find_table(connection, errors, name)
    if table is None:
        raise VibeSQLError.brief(f"no table or view named {name!r}; %vibesql --tables lists them")
    described = columns(connection, errors, table.name)
    frame = pd.DataFrame({
        "column": pd.Series([column.name for column in described], dtype=TEXT_DTYPE),
        "type": pd.Series([column.type for column in described], dtype=TEXT_DTYPE),
        "nullable": pd.array([column.nullable for column in described], dtype="boolean"),
        "primary_key": pd.array([column.primary_key for column in described], dtype="boolean"),
        "default": pd.Series([column.default for column in described], dtype=TEXT_DTYPE),
    })
    return table, row_count(connection, table.name), frame
