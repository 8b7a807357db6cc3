"""Constraints read from a table's CREATE statements (sqlglot), where the catalog has no table for them.

Only what the statement says is reported: primary key, UNIQUE keys (column, table and
``CREATE UNIQUE INDEX`` ones), foreign keys, and the SQL of each CHECK expression.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import sqlglot
from sqlglot import exp

from vibesql_magic.bench.schema import ForeignKey


@dataclass(frozen=True)
class TextConstraints:
    """The constraints one table's statements declare."""

    primary_key: tuple[str, ...]
    uniques: tuple[tuple[str, ...], ...]
    foreign_keys: tuple[ForeignKey, ...]
    checks: tuple[str, ...]


def _names(node: exp.Expression | None) -> tuple[str, ...]:
    if node is None:
        return ()
    return tuple(item.name for item in node.expressions)


def _reference(columns: tuple[str, ...], reference: exp.Reference) -> ForeignKey:
    target = reference.this
    table = target.this if isinstance(target, exp.Schema) else target
    parent_columns = _names(target) if isinstance(target, exp.Schema) else ()
    return ForeignKey(columns, table.name, parent_columns)


class _Collector:
    def __init__(self, dialect: str) -> None:
        self.dialect = dialect
        self.primary_key: tuple[str, ...] = ()
        self.uniques: list[tuple[str, ...]] = []
        self.foreign_keys: list[ForeignKey] = []
        self.checks: list[str] = []

    def column(self, definition: exp.ColumnDef) -> None:
        for constraint in definition.constraints:
            self.constraint(constraint.kind, (definition.name,))

    def constraint(self, kind: exp.Expression, columns: tuple[str, ...]) -> None:
        if isinstance(kind, exp.PrimaryKeyColumnConstraint):
            self.primary_key = columns
        elif isinstance(kind, exp.UniqueColumnConstraint):
            self.uniques.append(_names(kind.this) if isinstance(kind.this, exp.Schema) else columns)
        elif isinstance(kind, exp.Reference):
            self.foreign_keys.append(_reference(columns, kind))
        elif isinstance(kind, exp.CheckColumnConstraint):
            self.checks.append(kind.this.sql(self.dialect))

    def table_item(self, item: exp.Expression) -> None:
        if isinstance(item, exp.ColumnDef):
            self.column(item)
        elif isinstance(item, exp.PrimaryKey):
            self.primary_key = tuple(part.name for part in item.expressions)
        elif isinstance(item, exp.ForeignKey):
            self.foreign_keys.append(_reference(tuple(part.name for part in item.expressions),
                                                item.args["reference"]))
        elif isinstance(item, exp.Constraint):
            for part in item.expressions:
                self.table_item(part)
        else:
            self.constraint(item, ())

    def unique_index(self, index: exp.Index) -> None:
        columns = index.args["params"].args.get("columns") or []
        names = tuple(part.this.name if isinstance(part, exp.Ordered) else part.name for part in columns)
        if all(names):  # an index on expressions constrains no column
            self.uniques.append(names)


def constraints(statements: Sequence[str], dialect: str = "sqlite") -> TextConstraints:
    """The constraints of a CREATE TABLE and the CREATE UNIQUE INDEX statements on the same table."""
    collector = _Collector(dialect)
    for sql in statements:
        tree = sqlglot.parse_one(sql, read=dialect)
        if not isinstance(tree, exp.Create):
            continue
        if tree.kind == "TABLE" and isinstance(tree.this, exp.Schema):
            for item in tree.this.expressions:
                collector.table_item(item)
        elif tree.kind == "INDEX" and tree.args.get("unique") and not tree.find(exp.Where):
            collector.unique_index(tree.this)
    return TextConstraints(collector.primary_key, tuple(collector.uniques), tuple(collector.foreign_keys),
                           tuple(collector.checks))
