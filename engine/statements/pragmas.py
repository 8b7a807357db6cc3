"""The schema PRAGMAs (table_info, table_xinfo, index_list, index_info, index_xinfo, foreign_key_list) as
sqlite3 answers them: the same columns, values and row order.

Tools that introspect a database through these PRAGMAs (ORMs, notebooks, migration scripts) then
read ours as they read sqlite3's. As in SQLite, an unknown table or index gives no rows, not an error,
and table_info describes a view's columns too.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlglot import exp

from engine.errors import NotSupportedError, OperationalError
from engine.query.executor import QueryPlan
from engine.statements.information_schema import CatalogRows
from engine.store.catalog import IndexSchema, TableSchema, reported_type
from engine.store.storage import Table

Answer = tuple[list[str], list[tuple]]


_SCHEMA_TABLE = [("type", "TEXT"), ("name", "TEXT"), ("tbl_name", "TEXT"), ("rootpage", "INT"), ("sql", "TEXT")]


def _table_info(database, name: str, extended: bool) -> list[tuple]:
    table = database.find_table(name)
    if table is None:
        return _columns_info(_described_columns(database, name), extended)
    schema = table.schema
    not_null = set(schema.not_null_positions)
    rows = []
    for position, column in enumerate(schema.columns):
        if column.hidden and not extended:
            continue
        key = schema.primary_key.index(position) + 1 if position in schema.primary_key else 0
        row = (len(rows), column.name, reported_type(column.declared_type), int(position in not_null),
               column.default_sql, key)
        rows.append((*row, column.hidden) if extended else row)
    return rows


def _described_columns(database, name: str) -> list[tuple[str, str]]:
    """(name, declared type) of each column of a view, an external table or sqlite_schema; [] if none."""
    view = database.find_view(name)
    if view is not None:
        planned = database.planner.plan_view(view)
        return [(column, decltype or "") for column, decltype in zip(planned.columns, planned.decltypes, strict=True)]
    external = database.find_external_table(name)
    if external is not None:
        return [(column.name, column.declared_type) for column in external.columns]
    if name.lower() in ("sqlite_schema", "sqlite_master"):
        return _SCHEMA_TABLE
    return []


def _columns_info(columns: list[tuple[str, str]], extended: bool) -> list[tuple]:
    rows = []
    for cid, (column, declared) in enumerate(columns):
        row = (cid, column, reported_type(declared), 0, None, 0)
        rows.append((*row, 0) if extended else row)
    return rows


_ORIGINS = {"index": "c", "unique": "u", "primary key": "pk"}


def _index_list(database, name: str) -> list[tuple]:
    table = database.find_table(name)
    if table is None:
        return []
    indexes = list(reversed(table.indexes.values()))  # SQLite lists the newest first
    return [(seq, index.name, int(index.unique), _ORIGINS[index.schema.origin], int(index.member is not None))
            for seq, index in enumerate(indexes)]


def _find_index(database, name: str) -> tuple[IndexSchema, TableSchema] | None:
    table_name = database.index_tables.get(name.lower())
    if table_name is None:
        return None
    table: Table = database.tables[table_name]
    return table.indexes[name.lower()].schema, table.schema


def _index_info(database, name: str, extended: bool) -> list[tuple]:
    found = _find_index(database, name)
    if found is None:
        return []
    index, schema = found
    rows = []
    for seq, (position, desc) in enumerate(zip(index.columns, index.descending, strict=True)):
        column = schema.columns[position]
        rows.append((seq, position, column.name, int(desc), column.collation or "BINARY", 1) if extended
                    else (seq, position, column.name))
    if not extended:
        return rows
    if not schema.without_rowid:  # each entry ends with the row's rowid
        return [*rows, (len(rows), -1, None, 0, "BINARY", 0)]
    # a WITHOUT ROWID table's entries end with the rest of its primary key (its own index: every column)
    rest = range(len(schema.columns)) if index.origin == "primary key" else schema.primary_key
    for position in rest:
        if position not in index.columns:
            column = schema.columns[position]
            rows.append((len(rows), position, column.name, 0, column.collation or "BINARY", 0))
    return rows


def _foreign_key_list(database, name: str) -> list[tuple]:
    table = database.find_table(name)
    if table is None:
        return []
    schema = table.schema
    rows = []
    for number, key in enumerate(reversed(schema.foreign_keys)):  # SQLite numbers the last declared 0
        parents = key.parent_columns or (None,) * len(key.columns)
        for seq, (position, parent) in enumerate(zip(key.columns, parents, strict=True)):
            rows.append((number, seq, key.parent, schema.columns[position].name, parent, key.on_update,
                         key.on_delete, "NONE"))
    return rows


_PRAGMAS: dict[str, tuple[list[str], Callable[[object, str], list[tuple]]]] = {
    "table_info": (["cid", "name", "type", "notnull", "dflt_value", "pk"],
                   lambda database, name: _table_info(database, name, False)),
    "table_xinfo": (["cid", "name", "type", "notnull", "dflt_value", "pk", "hidden"],
                    lambda database, name: _table_info(database, name, True)),
    "index_list": (["seq", "name", "unique", "origin", "partial"], _index_list),
    "index_info": (["seqno", "cid", "name"], lambda database, name: _index_info(database, name, False)),
    "index_xinfo": (["seqno", "cid", "name", "desc", "coll", "key"],
                    lambda database, name: _index_info(database, name, True)),
    "foreign_key_list": (["id", "seq", "table", "from", "to", "on_update", "on_delete", "match"], _foreign_key_list),
}


def is_schema_pragma(name: str) -> bool:
    return name in _PRAGMAS


def pragma_table(database, name: str, arguments: list[exp.Expression]) -> QueryPlan:
    """``FROM pragma_NAME('table')``: the PRAGMA's answer as a table (its argument a literal)."""
    if name not in _PRAGMAS:
        raise OperationalError(f"no such table: pragma_{name}")
    if len(arguments) != 1 or not isinstance(arguments[0], exp.Literal) or not arguments[0].is_string:
        raise NotSupportedError(f"pragma_{name}() with an argument other than a string literal is not supported")
    argument = arguments[0].name
    columns, produce = _PRAGMAS[name]
    none = [None] * len(columns)
    plan = CatalogRows(f"pragma_{name}", lambda: produce(database, argument))
    return QueryPlan(plan, list(columns), list(none), list(none), list(none), [])


def schema_pragma(database, name: str, argument: str) -> Answer:
    """The column names and rows of ``PRAGMA name(argument)``."""
    columns, produce = _PRAGMAS[name]
    return list(columns), produce(database, argument)
