"""The description of a schema that seeding and the workloads work from: tables, columns, keys, checks.

It is plain data, filled in by :mod:`vibesql_magic.bench.catalog` from an engine's catalog.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    """A column as the catalog describes it."""

    name: str
    declared_type: str
    not_null: bool = False
    default_sql: str | None = None

    @property
    def affinity(self) -> str:
        """SQLite's type affinity of the declared type (section 3.1 of SQLite's datatype page)."""
        declared = self.declared_type.upper()
        if "INT" in declared:
            return "INTEGER"
        if any(word in declared for word in ("CHAR", "CLOB", "TEXT")):
            return "TEXT"
        if "BLOB" in declared or not declared:
            return "BLOB"
        if any(word in declared for word in ("REAL", "FLOA", "DOUB")):
            return "REAL"
        return "NUMERIC"

    @property
    def max_length(self) -> int | None:
        """``n`` of ``VARCHAR(n)``, ``CHAR(n)``: the longest text worth generating."""
        match = re.search(r"CHAR\s*\(\s*(\d+)\s*\)", self.declared_type, re.IGNORECASE)
        return int(match.group(1)) if match else None


@dataclass(frozen=True)
class ForeignKey:
    """``columns`` of the child reference ``parent_columns`` of ``parent``."""

    columns: tuple[str, ...]
    parent: str
    parent_columns: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A table's columns and constraints."""

    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    uniques: tuple[tuple[str, ...], ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()
    checks: tuple[str, ...] = ()

    def column(self, name: str) -> Column:
        """The column of that name (case-insensitive, as in SQL)."""
        for column in self.columns:
            if column.name.lower() == name.lower():
                return column
        raise KeyError(name)

    @property
    def integer_key(self) -> str | None:
        """The single INTEGER primary key column, which gets sequential ids."""
        if len(self.primary_key) == 1 and self.column(self.primary_key[0]).affinity == "INTEGER":
            return self.primary_key[0]
        return None

    @property
    def unique_keys(self) -> tuple[tuple[str, ...], ...]:
        """The primary key and every UNIQUE key."""
        return ((self.primary_key,) if self.primary_key else ()) + self.uniques


@dataclass(frozen=True)
class Schema:
    """Every user table of a database."""

    tables: tuple[Table, ...]

    def table(self, name: str) -> Table:
        """The table of that name (case-insensitive)."""
        for table in self.tables:
            if table.name.lower() == name.lower():
                return table
        raise KeyError(name)

    def referencing(self, parent: str) -> list[tuple[Table, ForeignKey]]:
        """Every foreign key that points at ``parent``."""
        return [(table, key) for table in self.tables for key in table.foreign_keys
                if key.parent.lower() == parent.lower()]


class CycleError(Exception):
    """Tables that reference each other through NOT NULL foreign keys: no insertion order satisfies them."""


def insertion_order(schema: Schema) -> tuple[list[Table], list[tuple[Table, ForeignKey]]]:
    """Tables parents first, and the foreign keys to fill in afterwards to break cycles.

    A self-reference needs no order (a row may point at an earlier row of its table). A
    cycle between tables is broken at a foreign key whose columns are all nullable: its
    rows go in with NULL there and are updated once the parent is full. Ties are broken
    by name, so the order is the same whatever order the catalog listed the tables in.
    """
    tables = sorted(schema.tables, key=lambda table: table.name.lower())
    pending = {table.name.lower(): table for table in tables}
    deferred: list[tuple[Table, ForeignKey]] = []
    ordered: list[Table] = []

    def waiting_on(table: Table) -> list[ForeignKey]:
        return [key for key in table.foreign_keys if key.parent.lower() != table.name.lower()
                and key.parent.lower() in pending and (table, key) not in deferred]

    while pending:
        ready = [table for table in pending.values() if not waiting_on(table)]
        if ready:
            for table in ready:
                ordered.append(table)
                del pending[table.name.lower()]
            continue
        breakable = [(table, key) for table in pending.values() for key in waiting_on(table)
                     if all(not table.column(name).not_null and name not in table.primary_key
                            for name in key.columns)]
        if not breakable:
            names = ", ".join(sorted(table.name for table in pending.values()))
            raise CycleError(f"tables {names} reference each other through NOT NULL foreign keys: no order "
                             "of inserts satisfies them (make one of those columns nullable)")
        deferred.append(breakable[0])
    return ordered, deferred
