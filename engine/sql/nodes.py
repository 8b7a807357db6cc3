"""Syntax nodes of the SQLite statements sqlglot does not parse the way SQLite means them.

Transaction control, savepoints, PRAGMA, EXPLAIN, REINDEX, CREATE ROLE/SCHEMA/TRIGGER,
ALTER TABLE and CREATE TABLE (whose declared types and constraints must survive verbatim)
are parsed by `engine.sql.parser` and `engine.sql.ddl_parser` into these dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlglot import exp


@dataclass(frozen=True)
class Savepoint:
    name: str


@dataclass(frozen=True)
class Release:
    name: str


@dataclass(frozen=True)
class RollbackTo:
    name: str


@dataclass(frozen=True)
class Begin:
    pass


@dataclass(frozen=True)
class Commit:
    pass


@dataclass(frozen=True)
class Rollback:
    pass


@dataclass(frozen=True)
class Reindex:
    name: str | None


@dataclass(frozen=True)
class CreateRole:
    name: str
    text: str


@dataclass(frozen=True)
class CreateSchema:
    name: str
    if_not_exists: bool
    text: str


@dataclass(frozen=True)
class Pragma:
    name: str
    value: str | None


@dataclass(frozen=True)
class Explain:
    statement: object
    query_plan: bool


@dataclass(frozen=True)
class NoOp:
    """Statements with no effect on an in-memory database (ANALYZE, VACUUM)."""

    text: str


@dataclass(frozen=True)
class ColumnDefinition:
    name: str
    declared_type: str
    not_null: bool = False
    primary_key: bool = False
    primary_key_desc: bool = False
    autoincrement: bool = False
    unique: bool = False
    default: exp.Expression | None = None
    default_sql: str | None = None
    collation: str | None = None
    check: exp.Expression | None = None
    check_sql: str | None = None
    references: ForeignKeyDefinition | None = None
    generated: exp.Expression | None = None  # AS (expr): computed from the row's other columns
    generated_sql: str | None = None
    stored: bool = False


@dataclass(frozen=True)
class ForeignKeyDefinition:
    columns: tuple[str, ...]
    table: str
    ref_columns: tuple[str, ...]
    on_delete: str = "NO ACTION"
    on_update: str = "NO ACTION"


@dataclass(frozen=True)
class CreateTable:
    name: str
    if_not_exists: bool
    columns: tuple[ColumnDefinition, ...] = ()
    primary_key: tuple[str, ...] = ()
    uniques: tuple[tuple[str, ...], ...] = ()
    primary_key_place: int = 0  # how many of the table's UNIQUE constraints come before its PRIMARY KEY(...)
    checks: tuple[tuple[exp.Expression, str], ...] = ()
    foreign_keys: tuple[ForeignKeyDefinition, ...] = ()
    as_select: exp.Expression | None = None
    temporary: bool = False
    without_rowid: bool = False
    strict: bool = False


@dataclass(frozen=True)
class CreateTrigger:
    name: str
    if_not_exists: bool
    timing: str  # BEFORE, AFTER, INSTEAD OF
    event: str  # INSERT, UPDATE, DELETE
    update_columns: tuple[str, ...]
    table: str
    when: exp.Expression | None
    body: tuple[object, ...]
    text: str = field(compare=False)
    # where in ``text`` the WHEN expression (as if it followed "SELECT ") and each body statement start,
    # so a rename can edit their identifiers in the text
    when_offset: int = field(default=0, compare=False)
    table_span: tuple[int, int] = field(default=(0, 0), compare=False)  # the ON table's name
    update_column_spans: tuple[tuple[int, int], ...] = field(default=(), compare=False)  # UPDATE OF names
    body_offsets: tuple[int, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class AlterTable:
    table: str
    action: str  # "add column", "rename to", "rename column", "drop column"
    column: ColumnDefinition | None = None
    old_name: str | None = None
    new_name: str | None = None


@dataclass(frozen=True)
class DropTrigger:
    name: str
    if_exists: bool
