"""Catalog introspection as SQL: information_schema.tables/columns/views, sqlite_master
and sqlite_sequence.

Tools on top of the engine (the magic's table listing and completion, the runner's
migrations) ask the catalog with plain SQL, as they would ask any other database, so
they keep working when another engine stands behind them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from engine.errors import OperationalError
from engine.query.executor import Env, Plan, QueryPlan

_LENGTH = re.compile(r"\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\)")


class CatalogRows(Plan):
    """Rows computed from the catalog each time the statement runs."""

    def __init__(self, name: str, produce: Callable[[], list[tuple]]) -> None:
        self.name = name
        self.produce = produce

    def execute(self, env: Env, outer: tuple) -> list[tuple]:
        return self.produce()

    def explain(self) -> list[str]:
        return [f"SCAN {self.name} (catalog)"]


def _tables(database) -> list[tuple]:
    rows = [("main", "main", table.name, "BASE TABLE") for table in database.tables.values()]
    rows += [("main", "main", view.name, "VIEW") for view in database.views.values()]
    rows += [("main", "main", table.name, "FOREIGN") for table in database.external_tables.values()]
    return sorted(rows, key=lambda row: row[2].lower())


def _columns(database) -> list[tuple]:
    rows = []
    for table in sorted(database.tables.values(), key=lambda t: t.name.lower()):
        schema = table.schema
        for position, column in enumerate(schema.columns, 1):
            declared = column.declared_type
            size = _LENGTH.search(declared)
            length = int(size.group(1)) if size and not size.group(2) else None
            precision = int(size.group(1)) if size and size.group(2) else None
            scale = int(size.group(2)) if size and size.group(2) else None
            rows.append(("main", "main", schema.name, column.name, position, column.default_sql,
                         "NO" if column.not_null or ((position - 1) in schema.primary_key and
                         schema.rowid_column is None) else "YES",
                         declared.split("(")[0].strip().upper() if declared else "", length, precision, scale,
                         "YES" if (position - 1) in schema.primary_key else "NO"))
    for external in sorted(database.external_tables.values(), key=lambda t: t.name.lower()):
        for position, column in enumerate(external.columns, 1):
            rows.append(("main", "main", external.name, column.name, position, None, "YES",
                         column.declared_type.split("(")[0].strip().upper(), None, None, None, "NO"))
    for view in sorted(database.views.values(), key=lambda v: v.name.lower()):
        planned = database.planner.plan_view(view)
        for position, name in enumerate(planned.columns, 1):
            declared = planned.decltypes[position - 1] or ""
            rows.append(("main", "main", view.name, name, position, None, "YES",
                         declared.split("(")[0].strip().upper(), None, None, None, "NO"))
    return rows


def _views(database) -> list[tuple]:
    return [("main", "main", view.name, view.sql) for view in sorted(database.views.values(),
                                                                     key=lambda v: v.name.lower())]


def _schemata(database) -> list[tuple]:
    return [("main", "main")] + [("main", name) for name in sorted(database.schemas)]


def _sqlite_master(database) -> list[tuple]:
    rows = []
    for table in database.tables.values():
        rows.append(("table", table.name, table.name, 0, table.schema.sql()))
        for index in table.indexes.values():
            if table.schema.without_rowid and index.schema.origin == "primary key":
                continue  # the table itself is that index: sqlite_schema has no row for it
            sql = index.schema.sql(table.schema) if index.schema.origin == "index" else None
            rows.append(("index", index.name, table.name, 0, sql))
    for view in database.views.values():
        rows.append(("view", view.name, view.name, 0, view.sql))
    for trigger in database.triggers.values():
        rows.append(("trigger", trigger.name, trigger.table, 0, trigger.sql))
    return rows


SEQUENCE_TABLE = "sqlite_sequence"


def sequence_rows(database) -> list[tuple]:
    """sqlite_sequence's rows: one per AUTOINCREMENT table that has had a row (engine.statements.sequences)."""
    return [(table.name, table.sequence) for table in database.tables.values()
            if table.schema.autoincrement and table.sequence > 0]


def has_sequences(database) -> bool:
    """Whether sqlite_sequence exists: SQLite creates it with the first AUTOINCREMENT table."""
    return any(table.schema.autoincrement for table in database.tables.values())


_VIRTUAL = {
    ("information_schema", "tables"): (["table_catalog", "table_schema", "table_name", "table_type"], _tables),
    ("information_schema", "columns"): (
        ["table_catalog", "table_schema", "table_name", "column_name", "ordinal_position", "column_default",
         "is_nullable", "data_type", "character_maximum_length", "numeric_precision", "numeric_scale",
         "is_primary_key"], _columns),
    ("information_schema", "views"): (["table_catalog", "table_schema", "table_name", "view_definition"], _views),
    ("information_schema", "schemata"): (["catalog_name", "schema_name"], _schemata),
    (None, "sqlite_master"): (["type", "name", "tbl_name", "rootpage", "sql"], _sqlite_master),
    (None, "sqlite_schema"): (["type", "name", "tbl_name", "rootpage", "sql"], _sqlite_master),
    (None, SEQUENCE_TABLE): (["name", "seq"], sequence_rows),
}


def virtual_table(database, schema_name: str | None, name: str) -> QueryPlan:
    entry = _VIRTUAL.get((schema_name, name.lower()))
    if entry is None or (name.lower() == SEQUENCE_TABLE and not has_sequences(database)):
        raise OperationalError(f"no such table: {schema_name + '.' if schema_name else ''}{name}")
    columns, produce = entry
    none = [None] * len(columns)
    plan = CatalogRows(f"{schema_name}.{name}" if schema_name else name, lambda: produce(database))
    return QueryPlan(plan, list(columns), list(none), list(none), list(none), [])
