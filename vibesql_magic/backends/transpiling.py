"""A DB-API connection that takes SQLite's dialect and sends the target's, as sqlglot transpiles it.

Every statement through it, the cell's and the catalog's alike, is parsed as SQLite and written in
the target's dialect; qmark parameters stay parameters (sqlglot writes the target's marker). With
``transpile`` off (``--no-transpile``), or no dialect known, the SQL goes unchanged. Values come back
as the plain values our engine gives: decimals as floats, so the same cell makes the same DataFrame
on every backend.
"""

from __future__ import annotations

import decimal
import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, SqlglotError
from sqlglot.optimizer.annotate_types import annotate_types
from sqlglot.optimizer.qualify import qualify

_MARKER = "__vibesql_parameter__"


class TranspileError(Exception):
    """SQL that sqlglot could not read as SQLite's dialect; ``line`` and ``column`` point into it."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


@dataclass
class Backend:
    """An opened target: its wrapped connection, the errors its driver raises, and what to call it."""

    name: str
    connection: TranspilingConnection
    errors: tuple[type[BaseException], ...]


class TranspilingConnection:
    """The wrapper; ``sent`` is the last SQL handed to the driver."""

    def __init__(self, raw: Any, dialect: str | None, *, marker: str = "?",
                 rewrite: Callable[[str], str] | None = None, owned: bool = True) -> None:
        self.raw = raw
        self.owned = owned  # a notebook's own connection is left open when the magic lets it go
        self.dialect = dialect
        self.transpile = True
        self.sent: str | None = None
        # {table: {column: type}} of a target whose `/` never truncates (Spark): integer operands found
        # through it keep SQLite's integer division
        self.schema: dict[str, dict[str, str]] | None = None
        self._marker = marker  # the driver's parameter marker, for SQL sent unchanged
        self._rewrite = rewrite  # the driver's own escaping of generated SQL (psycopg's %)

    def translate(self, sql: str, parameters: bool = True) -> str:
        """``sql`` as it would be sent: transpiled from SQLite's dialect unless transpiling is off.

        ``parameters`` says whether values go with it: only then does a driver's escaping apply.
        """
        if not self.transpile or self.dialect is None:  # no dialect: a driver sqlglot does not know
            return sql.replace("?", self._marker) if parameters and self._marker != "?" else sql
        try:
            trees = sqlglot.parse(sql, read="sqlite")
        except ParseError as error:
            first = error.errors[0] if error.errors else {}
            raise TranspileError(f"sqlglot cannot read this as SQLite: {first.get('description') or error}",
                                 first.get("line"), first.get("col")) from None
        except SqlglotError as error:
            raise TranspileError(f"sqlglot cannot read this as SQLite: {error}") from None
        texts = []
        for tree in trees:
            if tree is None:
                continue
            if self.dialect != "sqlite":
                tree = tree.transform(_sqlite_meaning, self.dialect, itertools.count(1))
            if self.schema is not None:
                _type_divisions(tree, self.schema, self.dialect)
            rewrite = self._rewrite is not None and parameters
            if rewrite:
                tree = tree.transform(lambda node: exp.var(_MARKER) if isinstance(node, exp.Placeholder) else node)
            text = tree.sql(dialect=self.dialect)
            if rewrite:
                text = self._rewrite(text).replace(_MARKER, self._marker)
            texts.append(text)
        return ";\n".join(texts)

    def cursor(self) -> TranspilingCursor:
        return TranspilingCursor(self, self.raw.cursor())

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> TranspilingCursor:
        cursor = self.cursor()
        cursor.execute(sql, parameters)
        return cursor

    def commit(self) -> None:
        self.raw.commit()

    def rollback(self) -> None:
        self.raw.rollback()

    def close(self) -> None:
        if self.owned:
            self.raw.close()

    @property
    def in_transaction(self) -> bool:
        return bool(getattr(self.raw, "in_transaction", False))


class TranspilingCursor:
    """A cursor whose statements are translated and whose decimals come back as floats."""

    def __init__(self, connection: TranspilingConnection, raw: Any) -> None:
        self._connection = connection
        self._raw = raw

    @property
    def description(self) -> list[tuple] | None:
        described = self._raw.description
        if described is None:
            return None
        return [(d[0], None if d[1] is None else str(d[1]), *tuple(d)[2:]) for d in described]

    @property
    def rowcount(self) -> int:
        return self._raw.rowcount

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> TranspilingCursor:
        text = self._connection.translate(sql, bool(parameters))
        self._connection.sent = text
        if parameters:
            self._raw.execute(text, tuple(parameters))
        else:
            self._raw.execute(text)
        return self

    def executemany(self, sql: str, rows: Any) -> None:
        text = self._connection.translate(sql)
        self._connection.sent = text
        self._raw.executemany(text, [tuple(row) for row in rows])

    def fetchone(self) -> tuple | None:
        row = self._raw.fetchone()
        return None if row is None else _plain(row)

    def fetchmany(self, size: int) -> list[tuple]:
        return [_plain(row) for row in self._raw.fetchmany(size)]

    def fetchall(self) -> list[tuple]:
        return [_plain(row) for row in self._raw.fetchall()]

    def close(self) -> None:
        self._raw.close()


def _sqlite_meaning(node: exp.Expression, dialect: str, names: Iterator[int]) -> exp.Expression:
    """What sqlglot writes in the target's own terms, kept as SQLite means it.

    ``date(x)`` is text in SQLite, not a DATE; PostgreSQL has no CREATE VIEW IF NOT EXISTS, and CREATE OR
    REPLACE is the nearest (the copy of a database's views relies on it), on Spark a temporary one; its
    two-argument ROUND takes only NUMERIC, so the value goes through NUMERIC and comes back a double, as SQLite's does.
    PostgreSQL before 16 wants an alias on a subquery in FROM, which SQLite does not: one is made up
    (``_vibesql_N``, from ``names``), which no column of the query can name.
    """
    if (dialect == "postgres" and isinstance(node, exp.Subquery) and not node.alias
            and isinstance(node.parent, (exp.From, exp.Join))):
        node.set("alias", exp.TableAlias(this=exp.to_identifier(f"_vibesql_{next(names)}")))
        return node
    if dialect == "postgres" and isinstance(node, exp.Round) and node.args.get("decimals") is not None:
        rounded = exp.Round(this=exp.cast(node.this.copy(), exp.DataType.build("numeric")),
                            decimals=node.args["decimals"].copy())
        return exp.cast(rounded, exp.DataType.build("double"))
    if isinstance(node, exp.Date) and not isinstance(node.parent, exp.Cast):
        return exp.cast(node, exp.DataType.build("text"))
    if (dialect in ("postgres", "spark") and isinstance(node, exp.Create) and node.args.get("kind") == "VIEW"
            and node.args.get("exists")):
        node.set("exists", False)  # in place: transform() goes on into a node it is given back
        node.set("replace", True)
        if dialect == "spark":  # a session's views over Parquet are temporary ones
            node.set("properties", exp.Properties(expressions=[exp.TemporaryProperty()]))
    return node


def _type_divisions(tree: exp.Expression, schema: dict[str, dict[str, str]], dialect: str) -> None:
    """Give each division's operands their types, so sqlglot writes integer division where SQLite does it.

    The types come from a qualified copy (qualifying renames output columns, so the copy is not sent);
    its divisions pair with the tree's in order. A query the schema cannot type is sent as it is.
    """
    divisions = list(tree.find_all(exp.Div))
    if not divisions:
        return
    try:
        typed = annotate_types(qualify(tree.copy(), schema=schema, dialect=dialect, validate_qualify_columns=False,
                                       quote_identifiers=False), schema=schema)
    except SqlglotError:
        return
    copies = list(typed.find_all(exp.Div))
    if len(copies) != len(divisions):
        return
    for division, copy in zip(divisions, copies, strict=True):
        division.this.type = copy.this.type
        division.expression.type = copy.expression.type


def _plain(row: Sequence[Any]) -> tuple:
    return tuple(float(value) if isinstance(value, decimal.Decimal) else value for value in row)
