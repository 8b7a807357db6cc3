"""pandas DataFrames of the notebook queried as tables.

A query may name a DataFrame variable where a table goes (``SELECT … FROM df``) when the database has
no table or view of that name: the frame is copied into a table for the cell's statements and dropped
afterwards, so it never lands in a saved dump. ``--register NAME`` copies one to stay (a snapshot:
register it again after the frame changes). Only the frame's columns are copied, not its index.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import pandas as pd
import sqlglot
from pandas.api import types as ptypes
from sqlglot import exp
from sqlglot.errors import SqlglotError
from sqlglot.tokens import TokenType

from vibesql_magic import catalog
from vibesql_magic.catalog import quote_identifier
from vibesql_magic.errors import VibeSQLError
from vibesql_magic.sessions import Session
from vibesql_magic.statements import Statement
from vibesql_magic.values import SQL_TYPES, plain_value

_INFERRED_TYPES = {
    "string": "TEXT", "integer": "INTEGER", "floating": "REAL", "mixed-integer-float": "REAL", "decimal": "REAL",
    "boolean": "BOOLEAN", "date": "DATE", "datetime": "TIMESTAMP", "datetime64": "TIMESTAMP", "bytes": "BLOB",
}


def read_tables(statements: Iterable[Statement], candidates: Iterable[str]) -> set[str]:
    """Which of the ``candidates`` the statements read as unqualified tables (not CTEs, not tables they
    create or write).

    The splitter's tokens say which statements name a candidate at all; only those are parsed, so a
    cell that names no DataFrame is not parsed here (the engine parses it anyway).
    """
    wanted = {name.lower(): name for name in candidates}
    names: set[str] = set()
    for statement in statements:
        if not any(token.token_type in _NAME_TOKENS and token.text.lower() in wanted for token in statement.tokens):
            continue
        try:
            tree = sqlglot.parse_one(statement.text, read="sqlite")
        except SqlglotError:
            continue  # the engine will report what is wrong
        written = {id(target) for target in _write_targets(tree)}
        ctes = {cte.alias_or_name.lower() for cte in tree.find_all(exp.CTE)}
        names.update(wanted[table.name.lower()] for table in tree.find_all(exp.Table)
                     if id(table) not in written and not table.db and table.name.lower() not in ctes
                     and table.name.lower() in wanted)
    return names


_NAME_TOKENS = frozenset((TokenType.VAR, TokenType.IDENTIFIER))


def _write_targets(tree: exp.Expression) -> Iterator[exp.Expression]:
    for node in tree.find_all(exp.Create, exp.Insert, exp.Update, exp.Delete, exp.Drop):
        target = node.this
        yield target
        if isinstance(target, exp.Schema):  # CREATE TABLE t (columns) / INSERT INTO t (columns)
            yield target.this


@contextmanager
def namespace_frames(connection: Any, errors: catalog.Errors, statements: list[Statement],
                     namespace: Mapping[str, object]) -> Iterator[list[str]]:
    """Copy the DataFrames the statements read into tables for the duration of the block; their names."""
    frames = {name for name, value in namespace.items() if isinstance(value, pd.DataFrame)}
    wanted = sorted(read_tables(statements, frames)) if frames else []
    if wanted:
        existing = {table.name.lower() for table in catalog.tables(connection, errors)}
        wanted = [name for name in wanted if name.lower() not in existing]
    loaded: list[str] = []
    try:
        for name in wanted:
            create_table(connection, name, namespace[name])
            loaded.append(name)
        yield loaded
    finally:
        cursor = connection.cursor()
        for name in loaded:
            # IF EXISTS: the cell may have rolled back a transaction that the table was created in
            cursor.execute(f"DROP TABLE IF EXISTS {quote_identifier(name)}")


def register(session: Session, errors: catalog.Errors, name: str, namespace: Mapping[str, object]) -> int:
    """Copy the DataFrame variable ``name`` into a table of that name that stays; its row count.

    Registering again replaces the earlier copy; a table that did not come from --register is never replaced.
    """
    frame = namespace.get(name)
    if not isinstance(frame, pd.DataFrame):
        raise VibeSQLError.brief(f"--register {name}: the notebook has no DataFrame called {name!r}")
    existing = catalog.find_table(session.connection, errors, name)
    if existing is not None and existing.name not in session.registered:
        raise VibeSQLError.brief(f"--register {name}: database {session.name!r} already has a table {existing.name!r}")
    if existing is not None:
        session.connection.cursor().execute(f"DROP TABLE {quote_identifier(existing.name)}")
        session.registered.discard(existing.name)
    create_table(session.connection, name, frame)
    session.registered.add(name)
    return len(frame)


def create_table(connection: Any, name: str, frame: pd.DataFrame) -> None:
    """Create table ``name`` typed from the frame's dtypes and insert its rows as plain values."""
    if frame.shape[1] == 0:
        raise VibeSQLError.brief(f"DataFrame {name!r} has no columns to make a table of")
    series = [frame.iloc[:, position] for position in range(frame.shape[1])]
    definitions = ", ".join(f"{quote_identifier(str(column))} {sql_type(values)}".rstrip()
                            for column, values in zip(frame.columns, series, strict=True))
    cursor = connection.cursor()
    cursor.execute(f"CREATE TABLE {quote_identifier(name)} ({definitions})")
    rows = zip(*([_cell(value) for value in values.tolist()] for values in series), strict=True)
    cursor.executemany(f"INSERT INTO {quote_identifier(name)} VALUES ({', '.join('?' * len(series))})", rows)


def sql_type(values: pd.Series) -> str:
    """The declared SQL type for a column of these values ('' when they are of mixed kinds)."""
    dtype = values.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        return sql_type(pd.Series(dtype.categories))
    if ptypes.is_bool_dtype(dtype):
        return "BOOLEAN"
    if ptypes.is_integer_dtype(dtype):
        return "INTEGER"
    if ptypes.is_float_dtype(dtype):
        return "REAL"
    if ptypes.is_datetime64_any_dtype(dtype):
        return "TIMESTAMP"
    if ptypes.is_object_dtype(dtype):
        return _INFERRED_TYPES.get(pd.api.types.infer_dtype(values, skipna=True), "")
    return "TEXT"  # strings, timedeltas and any other dtype arrive as text


def _cell(value: object) -> object:
    """A frame value as a value the driver binds; anything without a SQL meaning as its text."""
    value = plain_value(value)
    return value if isinstance(value, SQL_TYPES) else str(value)
