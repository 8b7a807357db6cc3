"""RETURNING: the rows an INSERT, UPDATE or DELETE changed, as SQLite 3.35+ reports them.

SQLite evaluates a RETURNING list as each row is written, after its BEFORE triggers and
foreign key actions but before its AFTER triggers, against the new row (the old one for
DELETE); an uncorrelated subquery in the list is evaluated once per statement, which the
statement's shared subquery cache gives here too. Rows are handed back after the statement
has made all its changes. Only the target table's columns are visible, ``t.*`` is refused
as SQLite refuses it, and aggregates are a misuse.
"""

from __future__ import annotations

from sqlglot import exp

from engine.errors import OperationalError
from engine.query.codegen import compile_function
from engine.query.executor import Env
from engine.query.resolvers import RowResolver
from engine.query.scope import ROWID_NAMES, Scope
from engine.query.select import expand_stars
from engine.query.syntax import column_name
from engine.sql.result_names import display_name
from engine.statements.compiled import Result
from engine.store.storage import Table


class Returning:
    """A compiled RETURNING list over one table's row (loop variables i0 and r0 of ``scope``)."""

    def __init__(self, scope: Scope, table: Table, node: exp.Returning) -> None:
        for item in node.expressions:
            if isinstance(item, exp.Column) and isinstance(item.this, exp.Star):
                raise OperationalError('RETURNING may not use "TABLE.*" wildcards')
        scope.sources[0].needs_rowid = True
        items = expand_stars(scope, node.expressions)
        scope.no_from = True  # an aggregate of the row's columns in a subquery stays the subquery's
        compiler = RowResolver(scope).compiler
        codes = [compiler.value(expression) for _, expression in items]
        body = "(" + "".join(code.src + ", " for code in codes) + ")"
        self.function = compile_function(scope.gen, "_returning", f"lambda i0, r0, _env, _p, _o: {body}")
        names = [name if name is not None else _name(table, expression) for name, expression in items]
        self.names = [name if isinstance(name, str) else display_name(name) for name in names]
        self.rows: list[tuple] = []

    def add(self, rowid: int, row: tuple, env: Env, outer: tuple = ()) -> None:
        self.rows.append(self.function(rowid, row, env, env.params, outer))

    def result(self, count: int) -> Result:
        """The statement's result: the rows collected since the last call, and the change count."""
        rows, self.rows = self.rows, []
        return Result(self.names, rows, count, [None] * len(self.names))


def _name(table: Table, expression: exp.Expression) -> str | exp.Expression:
    """SQLite names a rowid reference (rowid, oid, _rowid_) "rowid", or after the INTEGER PRIMARY KEY column."""
    name = column_name(expression)
    schema = table.schema
    if isinstance(name, str) and name.lower() in ROWID_NAMES and schema.column_position(name) is None:
        return "rowid" if schema.rowid_column is None else schema.columns[schema.rowid_column].name
    return name
