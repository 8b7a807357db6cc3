"""The statement dispatcher: SQL text in, a compiled statement out, run atomically.

Queries and DML are compiled once per (text, schema version) and kept in the database's
statement cache; schema statements, transaction control and PRAGMA run directly. Every
statement is atomic: on error each change it made is undone.
"""

from __future__ import annotations

import re

from sqlglot import exp

from engine.errors import NotSupportedError, OperationalError, ProgrammingError
from engine.query.compiler import ParameterMap
from engine.query.executor import Env
from engine.semantics.datetime_functions import statement_clock
from engine.sql import nodes
from engine.sql.literal_rows import scan_insert
from engine.sql.script import StatementText, content_start, has_content, line_and_column, offset_of, split_statements
from engine.statements import ddl, dml, pragmas
from engine.statements.compiled import EMPTY_STATEMENT, CompiledStatement, QueryResult, Result
from engine.statements.database import Database
from engine.statements.sequences import compile_sequence_write, writes_sequences

_STATEMENT_CACHE_SIZE = 128
_MAYBE_INSERT = re.compile(r"\s*(?:INSERT|REPLACE)\b", re.IGNORECASE)


def execute(database: Database, sql: str, params: tuple | dict = (), session=None) -> Result:
    """Run one statement atomically: on error every change it made is undone."""
    statement = _compiled(database, sql)
    database.statement_may_abort = True  # until a write says it has no statement journal (engine.statements.dml)
    mark = database.undo.mark()
    try:
        result = statement.run(database, params, session)
    except BaseException as error:
        if not getattr(error, "keep_statement_changes", False):
            database.undo.rollback_to_mark(mark)
        if getattr(error, "rollback_transaction", False):  # a trigger's RAISE(ROLLBACK)
            database.undo.rollback(explicit=False)
        raise
    database.undo.statement_succeeded()
    return result

def _compiled(database: Database, sql: str):
    cached = database.statements.get(sql)
    if cached is not None:
        database.statements.move_to_end(sql)
        return cached
    statements = split_statements(sql) if ";" in sql else [StatementText(sql, 0)]
    if len(statements) != 1 or not has_content(sql):
        if len(statements) <= 1:
            return EMPTY_STATEMENT
        raise ProgrammingError("You can only execute one statement at a time.")
    text = statements[0].text
    try:
        literal = scan_insert(text) if _MAYBE_INSERT.match(text) else None
        if literal is not None:
            return dml.compile_literal_insert(database, literal)  # unique texts: not worth caching
        tree = database.shared_trees.parse(text, database.table_names())
        statement = compile_statement(database, tree, text)
    except OperationalError as error:
        locate_error(error, sql, statements[0].start)
        raise
    finally:
        database.planner.release_compilers()
    if statement.cacheable:
        database.statements[sql] = statement
        if len(database.statements) > _STATEMENT_CACHE_SIZE:
            database.statements.popitem(last=False)
    return statement


def locate_error(error: OperationalError, sql: str, start: int) -> None:
    """Give an error the line and column in ``sql`` of what it is about."""
    if error.line is not None:
        index = start + offset_of(sql[start:], error.line, error.column)
    else:
        index = start + content_start(sql[start:])
        name = _NAMED_ERROR.match(error.message)
        if name is not None:
            found = re.search(r"(?<![\w.])" + re.escape(name.group(1).split(".")[-1]) + r"(?!\w)", sql[start:],
                              re.IGNORECASE)
            if found is not None:
                index = start + found.start()
    error.line, error.column = line_and_column(sql, index)
    error.sql = sql


_NAMED_ERROR = re.compile(r"no such (?:column|table|function|view|index): ([\w.]+)")


def compile_statement(database: Database, tree: object, sql: str) -> CompiledStatement:
    """Turn a parsed statement into something runnable."""
    if isinstance(tree, exp.Query | exp.Values):
        return _compile_query(database, tree)
    if isinstance(tree, exp.Insert | exp.Update | exp.Delete) and writes_sequences(tree):
        return compile_sequence_write(database, tree)
    if isinstance(tree, exp.Insert):
        return dml.compile_insert(database, tree)
    if isinstance(tree, exp.Update):
        return dml.compile_update(database, tree)
    if isinstance(tree, exp.Delete):
        return dml.compile_delete(database, tree)
    if isinstance(tree, nodes.Explain):
        return _compile_explain(database, tree)
    runner = _control_runner(tree) or ddl.runner_for(tree, sql)
    if runner is None:
        raise OperationalError(f"unsupported statement: {sql.strip()[:60]}")
    return CompiledStatement(runner, cacheable=False)


def _compile_query(database: Database, tree: exp.Expression) -> CompiledStatement:
    parameters = ParameterMap(tree)
    planned = database.planner.plan_query(tree, parameters)
    planned.name_columns()  # a cached statement keeps no syntax tree alive
    plan = planned.plan

    def run(db: Database, params: tuple, session) -> Result:
        with statement_clock():
            rows = plan.execute(Env(params, db), ())
        return QueryResult(planned, rows)

    return CompiledStatement(run, parameters)


def _compile_explain(database: Database, tree: nodes.Explain) -> CompiledStatement:
    inner = tree.statement
    if not isinstance(inner, exp.Query):
        lines = [f"{type(inner).__name__.upper()} statement"]
    else:
        database.planner.explaining = True
        try:
            planned = database.planner.plan_query(inner, ParameterMap())
        finally:
            database.planner.explaining = False
        lines = planned.plan.explain()

    def run(db: Database, params: tuple, session) -> Result:
        rows = [(position, 0, 0, line) for position, line in enumerate(lines)]
        return Result(["id", "parent", "notused", "detail"], rows, -1, [None] * 4)

    return CompiledStatement(run, cacheable=False)


def _control_runner(tree: object):
    """Transaction control and PRAGMA, which act on the session rather than the schema."""
    actions = {
        nodes.Begin: lambda db: db.undo.begin(),
        nodes.Commit: lambda db: db.undo.commit(),
        nodes.Rollback: lambda db: db.undo.rollback(),
    }
    action = actions.get(type(tree))
    if action is None and isinstance(tree, nodes.Savepoint):
        def action(db):
            return db.undo.savepoint(tree.name)
    elif action is None and isinstance(tree, nodes.Release):
        def action(db):
            return db.undo.release(tree.name)
    elif action is None and isinstance(tree, nodes.RollbackTo):
        def action(db):
            return db.undo.rollback_to(tree.name)
    if action is not None:
        def run(db: Database, params: tuple, session) -> Result:
            if db.trigger_depth:
                raise OperationalError("cannot change transactions inside a trigger")
            action(db)
            return Result()

        return run
    if isinstance(tree, nodes.Pragma):
        return lambda db, params, session: _pragma(db, tree)
    if isinstance(tree, nodes.NoOp):
        return lambda db, params, session: Result()
    return None


def _pragma(database: Database, pragma: nodes.Pragma) -> Result:
    name, value = pragma.name, pragma.value
    if name == "foreign_keys":
        if value is None:
            return Result(["foreign_keys"], [(int(database.foreign_keys),)], -1, [None])
        if not database.undo.in_transaction:  # SQLite ignores it inside a transaction
            database.foreign_keys = value.strip().upper() in ("1", "ON", "TRUE", "YES")
        return Result()
    if pragmas.is_schema_pragma(name):
        columns, rows = pragmas.schema_pragma(database, name, value) if value is not None else (
            pragmas.schema_pragma(database, name, "")[0], [])
        return Result(columns, rows, -1, [None] * len(columns))
    if name in _TUNING_PRAGMAS and value is not None:
        return Result()  # setting how pages are cached or synced changes no answer of an in-memory engine
    if name in _TUNING_PRAGMAS:
        raise NotSupportedError(f"reading PRAGMA {name} is not supported")
    raise NotSupportedError(f"PRAGMA {name} is not supported")


# pragmas that tune storage only: setting one is harmless here, reading one would answer wrongly
_TUNING_PRAGMAS = frozenset(("journal_mode", "synchronous", "cache_size", "temp_store", "mmap_size", "page_size",
                             "locking_mode", "busy_timeout", "cache_spill", "auto_vacuum", "wal_autocheckpoint",
                             "threads", "journal_size_limit", "secure_delete", "automatic_index"))

