"""The database: catalog, rows, undo log and the statement dispatcher.

A `Database` owns everything one connection sees. Statements arrive as syntax trees from
`engine.parser`; queries and DML are compiled once per (text, schema version) and cached,
everything else runs directly. Every change to rows or schema goes through the methods
here so that it is recorded in the undo log and can be rolled back.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlglot import exp

from engine.errors import OperationalError, ProgrammingError
from engine.query.compiler import ParameterMap
from engine.query.executor import Env
from engine.query.planner import Planner
from engine.sql import parser as P
from engine.sql.literal_rows import scan_insert
from engine.store.catalog import IndexSchema, TableSchema, TriggerSchema, ViewSchema
from engine.store.storage import Index, Table
from engine.store.transactions import UndoLog

_STATEMENT_CACHE_SIZE = 128
_MAYBE_INSERT = re.compile(r"\s*(?:INSERT|REPLACE)\b", re.IGNORECASE)


@dataclass
class Result:
    """What one statement produced."""

    columns: list[str] | None = None  # None: the statement returns no rows
    rows: list[tuple] = field(default_factory=list)
    rowcount: int = -1
    decltypes: list[str | None] | None = None


class QueryResult(Result):
    """Rows of a query; column names are rendered on first use (they are rarely needed)."""

    def __init__(self, planned, rows: list[tuple]) -> None:
        super().__init__(None, rows, -1, planned.decltypes)
        self._planned = planned

    @property
    def columns(self) -> list[str]:
        return self._planned.columns

    @columns.setter
    def columns(self, value) -> None:
        """The dataclass constructor assigns the field; the names come from the plan instead."""


class Database:
    def __init__(self) -> None:
        self.tables: dict[str, Table] = {}
        self.views: dict[str, ViewSchema] = {}
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
        self._statements: OrderedDict = OrderedDict()
        self.trigger_depth = 0

    # -- catalog lookups --

    def find_table(self, name: str) -> Table | None:
        return self.tables.get(name.lower())

    def find_view(self, name: str) -> ViewSchema | None:
        return self.views.get(name.lower())

    def table(self, name: str) -> Table:
        table = self.tables.get(name.lower())
        if table is None:
            if name.lower() in self.views:
                raise ProgrammingError(f"cannot modify {name} because it is a view")
            raise ProgrammingError(f"no such table: {name}")
        return table

    def name_in_use(self, name: str) -> str | None:
        lowered = name.lower()
        if lowered in self.tables:
            return "table"
        if lowered in self.views:
            return "view"
        if lowered in self.index_tables:
            return "index"
        return None

    def schema_changed(self) -> None:
        """Invalidate everything compiled against the old schema."""
        self.schema_version += 1
        self.view_plans.clear()
        self._statements.clear()

    def virtual_table_plan(self, schema_name: str | None, name: str):
        from engine.statements.information_schema import virtual_table

        return virtual_table(self, schema_name, name)

    def triggers_for(self, table: str, event: str, timing: str) -> list[TriggerSchema]:
        lowered = table.lower()
        return [t for t in self.triggers.values() if t.table.lower() == lowered and t.event == event and
                t.timing == timing]

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

        apply(schema, rows, {name: Index(index.schema, _table_view(table, schema, rows))
                             for name, index in old_indexes.items()})
        self.undo.record(lambda: apply(old_schema, old_rows, old_indexes))

    def add_index(self, table: Table, schema: IndexSchema) -> Index:
        index = Index(schema, table)
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

    # -- statements --

    def execute(self, sql: str, params: tuple | dict = (), session=None) -> Result:
        """Run one statement atomically: on error every change it made is undone."""
        statement = self._compiled(sql)
        mark = self.undo.mark()
        try:
            result = statement.run(self, params, session)
        except BaseException as error:
            if not getattr(error, "keep_statement_changes", False):
                self.undo.rollback_to_mark(mark)
            raise
        self.undo.statement_succeeded()
        return result

    def _compiled(self, sql: str):
        cached = self._statements.get(sql)
        if cached is not None:
            self._statements.move_to_end(sql)
            return cached
        statements = P.split_statements(sql) if ";" in sql else [P.StatementText(sql, 0)]
        if len(statements) != 1 or not P.has_content(sql):
            if len(statements) <= 1:
                return _EMPTY_STATEMENT
            raise ProgrammingError("You can only execute one statement at a time.")
        text = statements[0].text
        try:
            literal = scan_insert(text) if _MAYBE_INSERT.match(text) else None
            if literal is not None:
                from engine.statements.dml import compile_literal_insert

                return compile_literal_insert(self, literal)  # unique texts: not worth caching
            tree = P.parse_statement(text)
            statement = compile_statement(self, tree, text)
        except ProgrammingError as error:
            locate_error(error, sql, statements[0].start)
            raise
        if statement.cacheable:
            self._statements[sql] = statement
            if len(self._statements) > _STATEMENT_CACHE_SIZE:
                self._statements.popitem(last=False)
        return statement


def locate_error(error: ProgrammingError, sql: str, start: int) -> None:
    """Give an error the line and column in ``sql`` of what it is about."""
    if error.line is not None:
        index = start + P.offset_of(sql[start:], error.line, error.column)
    else:
        index = start + P.content_start(sql[start:])
        name = _NAMED_ERROR.match(error.message)
        if name is not None:
            found = re.search(r"(?<![\w.])" + re.escape(name.group(1).split(".")[-1]) + r"(?!\w)", sql[start:],
                              re.IGNORECASE)
            if found is not None:
                index = start + found.start()
    error.line, error.column = P.line_and_column(sql, index)
    error.sql = sql


_NAMED_ERROR = re.compile(r"no such (?:column|table|function|view|index): ([\w.]+)")


def _retarget(key, source: str, target: str):
    if key.parent.lower() != source.lower():
        return key
    from dataclasses import replace

    return replace(key, parent=target)


def _table_view(table: Table, schema: TableSchema, rows: dict[int, tuple]) -> Table:
    """A throwaway Table over new rows and schema, to build indexes against them."""
    view = Table(schema)
    view.rows = rows
    return view


class _EmptyStatement:
    """A statement of only comments or whitespace: it does nothing."""

    cacheable = False

    def run(self, database, params, session) -> Result:
        return Result()


_EMPTY_STATEMENT = _EmptyStatement()


class CompiledStatement:
    """A statement ready to run; queries and DML keep their plans between executions."""

    cacheable = True

    def __init__(self, run, parameters: ParameterMap | None = None, cacheable: bool = True) -> None:
        self._run = run
        self.parameters = parameters
        self.cacheable = cacheable

    def run(self, database: Database, params, session) -> Result:
        bound = bind_parameters(self.parameters, params) if self.parameters is not None else ()
        return self._run(database, bound, session)


def bind_parameters(parameters: ParameterMap, params) -> tuple:
    """Match the supplied parameters to the statement's placeholders (qmark or named)."""
    names = parameters.names
    if isinstance(params, dict):
        values = []
        for position, name in enumerate(names):
            if name is None:
                raise ProgrammingError(f"parameter {position + 1} is positional but a mapping was supplied")
            if name not in params:
                raise ProgrammingError(f"You did not supply a value for binding parameter :{name}.")
            values.append(params[name])
        return tuple(_adapt(v) for v in values)
    if params is None:
        params = ()
    if len(params) != len(names):
        raise ProgrammingError(f"Incorrect number of bindings supplied. The current statement uses {len(names)}, "
                               f"and there are {len(params)} supplied.")
    return tuple(_adapt(v) for v in params)


def _adapt(value: object) -> object:
    """Python values to SQL values, as sqlite3's default adapters do."""
    cls = value.__class__
    if value is None or cls is int or cls is float or cls is str or cls is bytes:
        return value
    if cls is bool:
        return int(value)
    if isinstance(value, bytearray | memoryview):
        return bytes(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    import datetime
    import decimal

    if isinstance(value, datetime.datetime):
        return value.isoformat(" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    try:
        import numpy

        if isinstance(value, numpy.generic):
            return _adapt(value.item())
    except ImportError:  # pragma: no cover - numpy is a dependency
        pass
    raise ProgrammingError(f"Error binding parameter: type '{type(value).__name__}' is not supported")


def compile_statement(database: Database, tree: object, sql: str) -> CompiledStatement:
    """Turn a parsed statement into something runnable."""
    from engine.statements import ddl, dml

    if isinstance(tree, exp.Query | exp.Values):
        return _compile_query(database, tree)
    if isinstance(tree, exp.Insert):
        return dml.compile_insert(database, tree)
    if isinstance(tree, exp.Update):
        return dml.compile_update(database, tree)
    if isinstance(tree, exp.Delete):
        return dml.compile_delete(database, tree)
    if isinstance(tree, P.Explain):
        return _compile_explain(database, tree)
    runner = _control_runner(tree) or ddl.runner_for(tree, sql)
    if runner is None:
        raise ProgrammingError(f"unsupported statement: {sql.strip()[:60]}")
    return CompiledStatement(runner, cacheable=False)


def _compile_query(database: Database, tree: exp.Expression) -> CompiledStatement:
    parameters = ParameterMap(tree)
    planned = database.planner.plan_query(tree, parameters)
    plan = planned.plan

    def run(db: Database, params: tuple, session) -> Result:
        from engine.semantics.datetime_functions import statement_clock

        with statement_clock():
            rows = plan.execute(Env(params, db), ())
        return QueryResult(planned, rows)

    return CompiledStatement(run, parameters)


def _compile_explain(database: Database, tree: P.Explain) -> CompiledStatement:
    inner = tree.statement
    if not isinstance(inner, exp.Query):
        lines = [f"{type(inner).__name__.upper()} statement"]
    else:
        planned = database.planner.plan_query(inner, ParameterMap())
        lines = planned.plan.explain()

    def run(db: Database, params: tuple, session) -> Result:
        rows = [(position, 0, 0, line) for position, line in enumerate(lines)]
        return Result(["id", "parent", "notused", "detail"], rows, -1, [None] * 4)

    return CompiledStatement(run, cacheable=False)


def _control_runner(tree: object):
    """Transaction control and PRAGMA, which act on the session rather than the schema."""
    actions = {
        P.Begin: lambda db: db.undo.begin(),
        P.Commit: lambda db: db.undo.commit(),
        P.Rollback: lambda db: db.undo.rollback(),
    }
    action = actions.get(type(tree))
    if action is None and isinstance(tree, P.Savepoint):
        def action(db):
            return db.undo.savepoint(tree.name)
    elif action is None and isinstance(tree, P.Release):
        def action(db):
            return db.undo.release(tree.name)
    elif action is None and isinstance(tree, P.RollbackTo):
        def action(db):
            return db.undo.rollback_to(tree.name)
    if action is not None:
        def run(db: Database, params: tuple, session) -> Result:
            if db.trigger_depth:
                raise OperationalError("cannot change transactions inside a trigger")
            action(db)
            return Result()

        return run
    if isinstance(tree, P.Pragma):
        return lambda db, params, session: _pragma(db, tree)
    if isinstance(tree, P.NoOp):
        return lambda db, params, session: Result()
    return None


def _pragma(database: Database, pragma: P.Pragma) -> Result:
    name, value = pragma.name, pragma.value
    if name == "foreign_keys":
        if value is None:
            return Result(["foreign_keys"], [(int(database.foreign_keys),)], -1, [None])
        if not database.undo.in_transaction:  # SQLite ignores it inside a transaction
            database.foreign_keys = value.strip().upper() in ("1", "ON", "TRUE", "YES")
        return Result()
    if name == "table_info" and value is not None:
        table = database.table(value)
        rows = [(position, column.name, column.declared_type, int(column.not_null), column.default_sql,
                 (table.schema.primary_key.index(position) + 1) if position in table.schema.primary_key else 0)
                for position, column in enumerate(table.schema.columns)]
        return Result(["cid", "name", "type", "notnull", "dflt_value", "pk"], rows, -1, [None] * 6)
    # Other pragmas (journal_mode, synchronous, ...) have no meaning for an in-memory engine.
    return Result()
