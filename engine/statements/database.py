"""The database: catalog, rows and undo log, the state one connection sees.

Every change to rows or schema goes through the methods here so that it is recorded in
the undo log and can be rolled back. Statements are compiled and run by
`engine.statements.dispatch`, which keeps its cache of compiled statements here so that
a schema change can invalidate it.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import replace

from engine.errors import OperationalError
from engine.query.planner import Planner
from engine.sql.shared_trees import SharedTrees, names_pattern
from engine.statements.information_schema import virtual_table
from engine.statements.pragmas import pragma_table
from engine.store.catalog import ExternalTableSchema, IndexSchema, TableSchema, TriggerSchema, ViewSchema
from engine.store.storage import Index, Table
from engine.store.transactions import UndoLog


class Database:
    def __init__(self) -> None:
        self.tables: dict[str, Table] = {}
        self.views: dict[str, ViewSchema] = {}
        self.external_tables: dict[str, ExternalTableSchema] = {}
        self.index_tables: dict[str, str] = {}  # index name → table name (both lower-case)
        self.triggers: dict[str, TriggerSchema] = {}
        self.schemas: dict[str, str] = {}  # lower name → CREATE SCHEMA text
        self.roles: dict[str, str] = {}
        self.undo = UndoLog()
        self.schema_version = 0
        self.planner = Planner(self)
        self.view_plans: dict = {}
        self.views_in_planning: set[str] = set()
        self.foreign_keys = True
        self.last_insert_rowid = 0
        self.changes = 0
        self.total_changes = 0
        self.statements: OrderedDict = OrderedDict()  # compiled statements by text (dispatch)
        self.shared_trees = SharedTrees()  # parsed statements by their text with table names blanked (dispatch)
        self._names_pattern: tuple[int, re.Pattern | None] = (-1, None)
        self.trigger_depth = 0
        self.statement_may_abort = True  # engine.statements.dml: how a STRICT type error undoes a statement
        # the conflict policy (OR IGNORE, OR REPLACE, ...) of the statement whose triggers run: SQLite applies
        # it to the INSERTs and UPDATEs of their bodies in place of their own; None outside triggers and for ABORT
        self.conflict_override: str | None = None

    def close(self) -> None:
        """Let reference counting free the database once its connection lets it go: the planner points back
        at it, a cycle that left a closed connection's rows, indexes and plans to the cyclic collector (an
        index/ file of SQLLogicTest leaves five tables of up to 10,000 rows). Nothing plans on it afterwards."""
        self.planner.release_compilers()
        self.planner.database = None

    # -- catalog lookups --

    def find_table(self, name: str) -> Table | None:
        return self.tables.get(name.lower())

    def find_view(self, name: str) -> ViewSchema | None:
        return self.views.get(name.lower())

    def find_external_table(self, name: str) -> ExternalTableSchema | None:
        return self.external_tables.get(name.lower())

    def attach_external_table(self, table: ExternalTableSchema) -> None:
        """Add a read-only table whose rows come from outside (not undone by ROLLBACK: it is not data)."""
        if self.name_in_use(table.name):
            raise OperationalError(f"there is already a {self.name_in_use(table.name)} named {table.name}")
        self.external_tables[table.name.lower()] = table
        self.schema_changed()

    def table(self, name: str) -> Table:
        table = self.tables.get(name.lower())
        if table is None:
            if name.lower() in self.views:
                raise OperationalError(f"cannot modify {name} because it is a view")
            if name.lower() in self.external_tables:
                raise OperationalError(f"table {name} may not be modified")
            raise OperationalError(f"no such table: {name}")
        return table

    def name_in_use(self, name: str) -> str | None:
        lowered = name.lower()
        if lowered in self.tables:
            return "table"
        if lowered in self.views:
            return "view"
        if lowered in self.index_tables:
            return "index"
        if lowered in self.external_tables:
            return "table"
        return None

    def schema_changed(self) -> None:
        """Invalidate everything compiled against the old schema."""
        self.schema_version += 1
        self.view_plans.clear()
        self.statements.clear()

    def table_names(self) -> re.Pattern | None:
        """The tables' and views' names as one pattern, for `SharedTrees`; rebuilt after a schema change."""
        version, pattern = self._names_pattern
        if version != self.schema_version:
            pattern = names_pattern([*self.tables, *self.views])
            self._names_pattern = (self.schema_version, pattern)
        return pattern

    def virtual_table_plan(self, schema_name: str | None, name: str):
        return virtual_table(self, schema_name, name)

    def pragma_table_plan(self, name: str, arguments: list):
        return pragma_table(self, name, arguments)

    def triggers_for(self, table: str, event: str, timing: str) -> list[TriggerSchema]:
        """The triggers a row change fires, newest first: SQLite puts each new trigger at the front of its
        table's list (and reads the schema back in creation order, so a reload keeps that order)."""
        lowered = table.lower()
        return [t for t in reversed(self.triggers.values()) if t.table.lower() == lowered and t.event == event
                and t.timing == timing]

    # -- changes to rows, recorded for rollback --

    def insert_row(self, table: Table, rowid: int, row: tuple) -> None:
        sequence = table.sequence
        table.insert(rowid, row)
        self.undo.record(lambda: (table.delete(rowid), setattr(table, "sequence", sequence)))

    def delete_row(self, table: Table, rowid: int) -> tuple:
        row = table.delete(rowid)
        self.undo.record(lambda: table.insert(rowid, row))
        return row

    def replace_row(self, table: Table, rowid: int, row: tuple) -> tuple:
        old = table.replace(rowid, row)
        self.undo.record(lambda: table.replace(rowid, old))
        return old

    # -- changes to the schema, recorded for rollback --

    def add_table(self, table: Table) -> None:
        key = table.name.lower()
        self.tables[key] = table
        for index in table.indexes.values():
            self.index_tables[index.name.lower()] = key
        self.schema_changed()

        def undo() -> None:
            self.tables.pop(key, None)
            for index in table.indexes.values():
                self.index_tables.pop(index.name.lower(), None)
            self.schema_changed()

        self.undo.record(undo)

    def remove_table(self, table: Table) -> None:
        key = table.name.lower()
        triggers = {name: t for name, t in self.triggers.items() if t.table.lower() == key}
        del self.tables[key]
        for index in table.indexes.values():
            self.index_tables.pop(index.name.lower(), None)
        for name in triggers:
            del self.triggers[name]
        self.schema_changed()

        def undo() -> None:
            self.tables[key] = table
            for index in table.indexes.values():
                self.index_tables[index.name.lower()] = key
            self.triggers.update(triggers)
            self.schema_changed()

        self.undo.record(undo)

    def rename_table(self, table: Table, new_name: str) -> None:
        old_name = table.schema.name

        def apply(source: str, target: str) -> None:
            del self.tables[source.lower()]
            table.schema.name = target
            self.tables[target.lower()] = table
            for index in table.indexes.values():
                index.schema.table = target
                self.index_tables[index.name.lower()] = target.lower()
            for trigger in self.triggers.values():
                if trigger.table.lower() == source.lower():
                    trigger.table = target
            for other in self.tables.values():
                other.schema.foreign_keys = [
                    _retarget(key, source, target) for key in other.schema.foreign_keys]
            self.schema_changed()

        apply(old_name, new_name)
        self.undo.record(lambda: apply(new_name, old_name))

    def alter_columns(self, table: Table, schema: TableSchema, rows: dict[int, tuple]) -> None:
        """Swap a table's schema and rows at once (ALTER TABLE ADD COLUMN)."""
        old_schema, old_rows = table.schema, table.rows
        old_indexes = dict(table.indexes)

        def apply(new_schema, new_rows, indexes) -> None:
            table.schema = new_schema
            table.rows = new_rows
            table.indexes = indexes
            self.schema_changed()

        apply(schema, rows, {name: Index(index.schema, _table_view(table, schema, rows), index.member)
                             for name, index in old_indexes.items()})
        self.undo.record(lambda: apply(old_schema, old_rows, old_indexes))

    def add_index(self, table: Table, schema: IndexSchema, member: Callable[[tuple], bool] | None = None) -> Index:
        index = Index(schema, table, member)
        key = schema.name.lower()
        table.indexes[key] = index
        self.index_tables[key] = table.name.lower()
        self.schema_changed()

        def undo() -> None:
            table.indexes.pop(key, None)
            self.index_tables.pop(key, None)
            self.schema_changed()

        self.undo.record(undo)
        return index

    def remove_index(self, name: str) -> None:
        key = name.lower()
        table = self.tables[self.index_tables[key]]
        index = table.indexes.pop(key)
        del self.index_tables[key]
        self.schema_changed()

        def undo() -> None:
            table.indexes[key] = index
            self.index_tables[key] = table.name.lower()
            self.schema_changed()

        self.undo.record(undo)

    def set_catalog_entry(self, catalog: dict, key: str, value: object | None) -> None:
        """Add, replace or (value None) remove a view, trigger, schema or role."""
        missing = object()
        previous = catalog.get(key, missing)
        if value is None:
            catalog.pop(key, None)
        else:
            catalog[key] = value
        self.schema_changed()

        def undo() -> None:
            if previous is missing:
                catalog.pop(key, None)
            else:
                catalog[key] = previous
            self.schema_changed()

        self.undo.record(undo)

    # -- atomic units larger than a statement --

    @contextmanager
    def atomic(self):
        """All changes made inside the block, or none (used to load dumps)."""
        mark = self.undo.mark()
        outer_transaction = self.undo.in_transaction
        self.undo.in_transaction = True
        try:
            yield
        except BaseException:
            self.undo.rollback_to_mark(mark)
            self.undo.in_transaction = outer_transaction
            raise
        self.undo.in_transaction = outer_transaction
        self.undo.statement_succeeded()


def _retarget(key, source: str, target: str):
    if key.parent.lower() != source.lower():
        return key
    return replace(key, parent=target)


def _table_view(table: Table, schema: TableSchema, rows: dict[int, tuple]) -> Table:
    """A throwaway Table over new rows and schema, to build indexes against them."""
    view = Table(schema)
    view.rows = rows
    return view
