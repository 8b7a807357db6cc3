"""What a database's schema is, read through its catalog with plain SQL.

Each fact comes from the most structured source the engine answers: table names from
``information_schema.tables`` (else ``sqlite_master``); columns from ``PRAGMA table_info``
(else ``information_schema.columns``); foreign keys and unique keys from SQLite's
``PRAGMA foreign_key_list`` / ``index_list`` / ``index_info``. An engine that does not
answer those PRAGMAs (ours, DuckDB) still reports each table's CREATE statement in
``sqlite_master``, which :mod:`vibesql_magic.bench.ddl_text` reads with sqlglot; CHECK
constraints come from that text on every engine, since no catalog here lists them apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vibesql_magic.bench import ddl_text
from vibesql_magic.bench.schema import Column, ForeignKey, Schema, Table


class CatalogError(Exception):
    """The engine's catalog does not say enough to seed or query the schema."""


def _rows(connection: Any, sql: str) -> list[tuple] | None:
    """The rows of a catalog query, or None when the engine does not answer it.

    An engine that ignores a PRAGMA it does not know returns no result set at all
    (``description`` is None), which is not the same as an empty answer.
    """
    try:
        cursor = connection.cursor()
        cursor.execute(sql)
        if cursor.description is None:
            return None
        return [tuple(row) for row in cursor.fetchall()]
    except Exception:
        return None


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def table_names(connection: Any) -> list[str]:
    """User tables, in the order the catalog lists them."""
    rows = _rows(connection, "SELECT table_name FROM information_schema.tables "
                             "WHERE table_type = 'BASE TABLE' AND table_schema = 'main'")
    if rows is None:
        rows = _rows(connection, "SELECT name FROM sqlite_master WHERE type = 'table'")
    if rows is None:
        raise CatalogError("the engine lists its tables in neither information_schema.tables nor sqlite_master")
    return [name for (name,) in rows if not str(name).lower().startswith("sqlite_")]


def _create_statements(connection: Any) -> dict[str, list[str]]:
    """``table -> [its CREATE TABLE, its CREATE UNIQUE INDEX...]`` from sqlite_master (empty without one)."""
    rows = _rows(connection, "SELECT type, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL") or []
    statements: dict[str, list[str]] = {}
    for kind, table, sql in rows:
        if kind in ("table", "index"):
            statements.setdefault(str(table).lower(), []).append(str(sql))
    return statements


def _columns(connection: Any, table: str) -> tuple[list[Column], tuple[str, ...]]:
    """Columns and primary key from PRAGMA table_info, else information_schema.columns."""
    rows = _rows(connection, f"PRAGMA table_info({_literal(table)})")
    if rows:
        columns = [Column(str(name), str(kind or ""), bool(not_null), default)
                   for _, name, kind, not_null, default, _pk in rows]
        key = tuple(str(row[1]) for row in sorted((row for row in rows if row[5]), key=lambda row: row[5]))
        return columns, key
    rows = _rows(connection, "SELECT column_name, data_type, is_nullable, column_default FROM "
                             f"information_schema.columns WHERE table_name = {_literal(table)} "
                             "ORDER BY ordinal_position")
    if not rows:
        raise CatalogError(f"the engine describes no columns of table {table}")
    return [Column(str(name), str(kind or ""), nullable == "NO", default) for name, kind, nullable, default
            in rows], ()


def _pragma_foreign_keys(connection: Any, table: str) -> list[ForeignKey] | None:
    rows = _rows(connection, f"PRAGMA foreign_key_list({_literal(table)})")
    if rows is None:
        return None
    grouped: dict[int, list[tuple]] = {}
    for row in rows:
        grouped.setdefault(int(row[0]), []).append(row)
    keys = []
    for _, parts in sorted(grouped.items()):
        parts.sort(key=lambda row: row[1])
        parent_columns = tuple(str(row[4]) for row in parts if row[4] is not None)
        keys.append(ForeignKey(tuple(str(row[3]) for row in parts), str(parts[0][2]), parent_columns))
    return keys


def _pragma_uniques(connection: Any, table: str) -> list[tuple[str, ...]] | None:
    indexes = _rows(connection, f"PRAGMA index_list({_literal(table)})")
    if indexes is None:
        return None
    uniques = []
    for _, name, unique, origin, partial in indexes:
        if not unique or origin == "pk" or partial:
            continue
        info = _rows(connection, f"PRAGMA index_info({_literal(str(name))})") or []
        uniques.append(tuple(str(row[2]) for row in sorted(info)))
    return uniques


def _resolve_parents(tables: Sequence[Table]) -> tuple[Table, ...]:
    """Spell parent names as their tables do and fill in omitted parent columns (the parent's key)."""
    by_name = {table.name.lower(): table for table in tables}
    resolved = []
    for table in tables:
        keys = []
        for key in table.foreign_keys:
            parent = by_name.get(key.parent.lower())
            if parent is None:
                raise CatalogError(f"table {table.name} references {key.parent}, which does not exist")
            columns = key.parent_columns or parent.primary_key
            if len(columns) != len(key.columns):
                raise CatalogError(f"table {table.name}: a foreign key to {parent.name} has "
                                   f"{len(key.columns)} columns but the parent key has {len(columns)}")
            keys.append(ForeignKey(key.columns, parent.name,
                                   tuple(parent.column(name).name for name in columns)))
        resolved.append(Table(table.name, table.columns, table.primary_key, table.uniques, tuple(keys),
                              table.checks))
    return tuple(resolved)


def read_table(connection: Any, name: str, create_sql: Sequence[str], dialect: str) -> Table:
    """One table's description: structured catalog first, its CREATE text for the rest."""
    columns, primary_key = _columns(connection, name)
    from_text = ddl_text.constraints(create_sql, dialect) if create_sql else None
    foreign_keys = _pragma_foreign_keys(connection, name)
    uniques = _pragma_uniques(connection, name)
    if from_text is None and (foreign_keys is None or uniques is None):
        raise CatalogError(f"the engine reports neither PRAGMA foreign_key_list nor a CREATE statement "
                           f"for table {name}: its constraints cannot be read")
    if from_text is not None:
        foreign_keys = foreign_keys if foreign_keys is not None else from_text.foreign_keys
        uniques = uniques if uniques is not None else from_text.uniques
        primary_key = primary_key or from_text.primary_key
    unique_keys = tuple(dict.fromkeys(tuple(key) for key in uniques or () if tuple(key) != primary_key))
    return Table(name, tuple(columns), primary_key, unique_keys, tuple(foreign_keys or ()),
                 from_text.checks if from_text is not None else ())


def read_schema(connection: Any, dialect: str = "sqlite") -> Schema:
    """Every user table of the database behind ``connection``, with its constraints."""
    statements = _create_statements(connection)
    tables = [read_table(connection, name, statements.get(name.lower(), []), dialect)
              for name in table_names(connection)]
    return Schema(_resolve_parents(tables))
