"""Schema objects: tables' columns and constraints, indexes, views, triggers, schemas and roles.

The catalog describes; `engine.storage` holds the rows. Names are matched
case-insensitively, as in SQLite, but kept as written for dumps and descriptions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlglot import exp

from engine.semantics.sql_text import quote_identifier
from engine.semantics.values import BLOB, INTEGER, affinity_of_type

STRICT_TYPES = ("INT", "INTEGER", "REAL", "TEXT", "BLOB", "ANY")
# what each STRICT type stores once its affinity is applied (the rowid alias is checked as a rowid)
_STRICT_CLASSES = {"INT": (int,), "INTEGER": (int,), "REAL": (float,), "TEXT": (str,), "BLOB": (bytes,)}


def strict_type(declared: str) -> str | None:
    """The STRICT type a declared type names (quotes removed, any case), or None."""
    name = reported_type(declared).upper()
    return name if name in STRICT_TYPES else None


def reported_type(declared: str) -> str:
    """The type as SQLite reports it (PRAGMA table_info): a STRICT type's name in capitals, else as
    written, without the quotes of a quoted name."""
    if len(declared) >= 2 and declared[0] == declared[-1] and declared[0] in "\"'`":
        declared = declared[1:-1].replace(declared[0] * 2, declared[0])
    elif len(declared) >= 2 and declared[0] == "[" and declared[-1] == "]":
        declared = declared[1:-1]
    return declared.upper() if declared.upper() in STRICT_TYPES else declared


@dataclass
class Column:
    name: str
    declared_type: str = ""
    not_null: bool = False
    default: exp.Expression | None = None
    default_sql: str | None = None
    collation: str | None = None
    primary_key: bool = False
    check: exp.Expression | None = None
    check_sql: str | None = None
    generated: exp.Expression | None = None  # computed from the row on every write (VIRTUAL ones too)
    generated_sql: str | None = None
    stored: bool = False

    @property
    def affinity(self) -> str:
        return affinity_of_type(self.declared_type)

    @property
    def hidden(self) -> int:
        """PRAGMA table_xinfo's hidden: 2 for a VIRTUAL generated column, 3 for a STORED one."""
        if self.generated is None:
            return 0
        return 3 if self.stored else 2


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[int, ...]
    parent: str
    parent_columns: tuple[str, ...]  # empty: the parent's primary key
    on_delete: str = "NO ACTION"
    on_update: str = "NO ACTION"


@dataclass
class TableSchema:
    name: str
    columns: list[Column]
    primary_key: tuple[int, ...] = ()
    primary_key_desc: bool = False
    autoincrement: bool = False
    uniques: list[tuple[int, ...]] = field(default_factory=list)
    checks: list[tuple[exp.Expression, str]] = field(default_factory=list)
    foreign_keys: list[ForeignKey] = field(default_factory=list)
    without_rowid: bool = False  # its primary key is NOT NULL and never aliases a rowid
    strict: bool = False  # every column has one of STRICT_TYPES, and every write is checked against it

    def __post_init__(self) -> None:
        self.reindex_columns()

    def reindex_columns(self) -> None:
        """Refresh the derived lookups after columns change (ALTER TABLE)."""
        self._positions = {column.name.lower(): i for i, column in enumerate(self.columns)}
        self.affinities = tuple(BLOB if self.strict and strict_type(column.declared_type) == "ANY" else column.affinity
                                for column in self.columns)
        # (position, storage classes allowed, type name) of each column a write must type-check
        # generated columns are not checked (as in sqlite3 3.40)
        self.type_checks = tuple((p, _STRICT_CLASSES[strict_type(c.declared_type)], strict_type(c.declared_type))
                                 for p, c in enumerate(self.columns)
                                 if self.strict and strict_type(c.declared_type) != "ANY" and p != self._rowid_alias()
                                 and c.generated is None)
        self.generated_positions = tuple(p for p, c in enumerate(self.columns) if c.generated is not None)
        self.generation_order, self.generation_loops = self._generation_order()
        # the columns an INSERT without a column list gives values to
        self.insertable_positions = [p for p, c in enumerate(self.columns) if c.generated is None]
        self.rowid_column = self._rowid_alias()

    def _generation_order(self) -> tuple[tuple[int, ...], dict[int, str]]:
        """The generated columns in an order that computes each after the generated columns it reads, by
        SQLite's repeated passes; and those no pass can compute, each with the name SQLite's error gives
        ("generated column loop on" the last column that waited)."""
        generated = set(self.generated_positions)
        reads = {p: {self._positions.get(c.name.lower()) for c in self.columns[p].generated.find_all(exp.Column)}
                 & generated for p in generated}
        ordered, done, pending = [], set(), list(self.generated_positions)
        while pending:
            waiting = []
            for position in pending:
                if reads[position] - done:
                    waiting.append(position)
                else:
                    ordered.append(position)
                    done.add(position)
            if len(waiting) == len(pending):
                return tuple(ordered), dict.fromkeys(waiting, self.columns[waiting[-1]].name)
            pending = waiting
        return tuple(ordered), {}

    def _rowid_alias(self) -> int | None:
        """INTEGER PRIMARY KEY (exactly that type name, single column, not DESC) aliases the rowid."""
        if len(self.primary_key) != 1 or self.primary_key_desc or self.without_rowid:
            return None
        position = self.primary_key[0]
        if self.columns[position].declared_type.upper() == INTEGER:
            return position
        return None

    @property
    def not_null_positions(self) -> list[int]:
        """Columns that reject NULL: declared NOT NULL, or the primary key of a WITHOUT ROWID or STRICT table
        (but not a rowid alias, which a NULL gives a new rowid)."""
        implied = set(self.primary_key) - {self.rowid_column} if self.without_rowid or self.strict else set()
        return [p for p, column in enumerate(self.columns) if column.not_null or p in implied]

    def column_position(self, name: str) -> int | None:
        return self._positions.get(name.lower())

    @property
    def column_names(self) -> list[str]:
        return [column.name for column in self.columns]

    def sql(self) -> str:
        """A CREATE TABLE statement that rebuilds this schema (used by dumps)."""
        parts = []
        single_pk = len(self.primary_key) == 1
        for position, column in enumerate(self.columns):
            text = quote_identifier(column.name)
            if column.declared_type:
                text += " " + column.declared_type
            if single_pk and self.primary_key[0] == position:
                text += " PRIMARY KEY"
                if self.primary_key_desc:
                    text += " DESC"
                if self.autoincrement:
                    text += " AUTOINCREMENT"
            if column.generated_sql is not None:
                text += f" GENERATED ALWAYS AS ({column.generated_sql}) " + ("STORED" if column.stored else "VIRTUAL")
            if column.not_null:
                text += " NOT NULL"
            if column.default_sql is not None:
                text += " DEFAULT " + column.default_sql
            if column.collation:
                text += " COLLATE " + column.collation
            if column.check_sql is not None:
                text += f" CHECK ({column.check_sql})"
            parts.append(text)
        names = self.column_names
        if len(self.primary_key) > 1:
            parts.append("PRIMARY KEY (" + ", ".join(quote_identifier(names[i]) for i in self.primary_key) + ")")
        for unique in self.uniques:
            parts.append("UNIQUE (" + ", ".join(quote_identifier(names[i]) for i in unique) + ")")
        for _, check_sql in self.checks:
            parts.append(f"CHECK ({check_sql})")
        for key in self.foreign_keys:
            text = "FOREIGN KEY (" + ", ".join(quote_identifier(names[i]) for i in key.columns) + ")"
            text += " REFERENCES " + quote_identifier(key.parent)
            if key.parent_columns:
                text += " (" + ", ".join(quote_identifier(name) for name in key.parent_columns) + ")"
            if key.on_delete != "NO ACTION":
                text += " ON DELETE " + key.on_delete
            if key.on_update != "NO ACTION":
                text += " ON UPDATE " + key.on_update
            parts.append(text)
        suffix = ", ".join(option for option, present in (("WITHOUT ROWID", self.without_rowid),
                                                          ("STRICT", self.strict)) if present)
        suffix = " " + suffix if suffix else ""
        return f"CREATE TABLE {quote_identifier(self.name)} (" + ", ".join(parts) + ")" + suffix


@dataclass
class IndexSchema:
    name: str
    table: str
    columns: tuple[int, ...]
    descending: tuple[bool, ...]
    unique: bool
    # "index" for CREATE INDEX; "primary key"/"unique" for indexes that enforce table constraints
    origin: str = "index"
    column_spelling: tuple[str, ...] = ()  # how the columns were written, for the dump
    # a partial index's WHERE: only the rows it holds are in the index (and its UNIQUE check)
    where: exp.Expression | None = None
    where_sql: str | None = None

    def sql(self, table: TableSchema) -> str:
        terms = []
        for position, desc in zip(self.columns, self.descending, strict=True):
            terms.append(quote_identifier(table.columns[position].name) + (" DESC" if desc else ""))
        unique = "UNIQUE " if self.unique else ""
        where = f" WHERE {self.where_sql}" if self.where_sql is not None else ""
        return (f"CREATE {unique}INDEX {quote_identifier(self.name)} ON {quote_identifier(table.name)} ("
                + ", ".join(terms) + ")" + where)


@dataclass
class ViewSchema:
    name: str
    query: exp.Expression
    column_names: tuple[str, ...]  # empty: the query's own names
    sql: str


@dataclass
class TriggerSchema:
    name: str
    table: str
    timing: str
    event: str
    update_columns: tuple[str, ...]
    when: exp.Expression | None
    body: tuple[object, ...]
    sql: str


@dataclass
class ExternalTableSchema:
    """A read-only table whose rows live outside the database: ``rows()`` produces them when a statement
    reads the table, so data kept elsewhere (a columnar side store) is queried with SQL, read only when a
    query touches it, and never written into dumps."""

    name: str
    columns: list[Column]
    rows: Callable[[], Iterable[tuple]]
    # rows_where(column, value): at least the rows whose column equals value (a store that keeps
    # one file per run reads one file for ``WHERE run_id = ?``); the query still filters them itself
    rows_where: Callable[[str, object], Iterable[tuple]] | None = None
