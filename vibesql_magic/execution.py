"""Running a cell's statements on one connection and fetching the result as a DataFrame.

All statements share the session's connection, so a BEGIN in one statement (or cell) holds until a
COMMIT or ROLLBACK in a later one. A result set is fetched as its statement runs, at most ``limit``
rows of it plus one row that only tells whether more exist.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from engine.dataframe import to_dataframe
from vibesql_magic import catalog
from vibesql_magic.dataframes import namespace_frames
from vibesql_magic.errors import database_error
from vibesql_magic.parameters import BoundStatement, bind_parameters
from vibesql_magic.statements import split_statements


@dataclass
class Outcome:
    """What a cell's SQL produced: the last result set, whether rows were left unfetched, rows changed."""

    frame: pd.DataFrame | None = None
    more: bool = False
    changed: int = 0  # rows inserted, updated or deleted by the statements without a result set
    statements: int = 0


def run_sql(connection: Any, errors: catalog.Errors, sql: str, namespace: Mapping[str, object], *,
            limit: int = 0, explain: bool = False, first_line: int = 1) -> Outcome:
    """Run every statement of ``sql`` in order; ``limit`` 0 fetches all rows.

    With ``explain`` each statement is explained instead of run. Parameters of every statement are bound
    before the first one runs, so a misspelt ``:name`` changes nothing. ``first_line`` is the number of
    the SQL's first line in the cell, for error messages.
    """
    statements = split_statements(sql)
    bound = [bind_parameters(statement, namespace, sql, first_line) for statement in statements]
    prefix = "EXPLAIN " if explain else ""
    outcome = Outcome(statements=len(bound))
    with namespace_frames(connection, errors, statements, namespace):
        cursor = connection.cursor()
        for statement in bound:
            _execute(cursor, errors, statement, prefix, sql, first_line)
            if cursor.description is not None:
                outcome.frame, outcome.more = fetch_frame(cursor, limit)
            elif cursor.rowcount > 0:
                outcome.changed += cursor.rowcount
    return outcome


def sent_sql(connection: Any, errors: catalog.Errors, sql: str, namespace: Mapping[str, object], *,
             first_line: int = 1) -> pd.DataFrame:
    """``--explain`` on another database: each statement as it would be sent (``translate``), not run."""
    statements = split_statements(sql)
    sent = []
    for statement in statements:
        bound = bind_parameters(statement, namespace, sql, first_line)
        try:
            sent.append(connection.translate(bound.sql, bool(bound.values)))
        except errors as error:
            raise database_error(error, sql, statement.start, bound.sql, first_line) from None
    return pd.DataFrame({"sql": pd.Series(sent, dtype="string")})


def _execute(cursor: Any, errors: catalog.Errors, statement: BoundStatement, prefix: str, source: str,
             first_line: int) -> None:
    text = prefix + statement.sql
    try:
        cursor.execute(text, statement.values)
    except errors as error:
        raise database_error(error, source, statement.statement.start, text, first_line, len(prefix)) from None


def fetch_frame(cursor: Any, limit: int = 0) -> tuple[pd.DataFrame, bool]:
    """The cursor's rows as a DataFrame (at most ``limit`` of them unless 0) and whether more rows exist."""
    if not limit and hasattr(cursor, "fetchdf"):
        return cursor.fetchdf(), False
    if limit:
        rows = cursor.fetchmany(limit + 1)
        more = len(rows) > limit
        rows = rows[:limit]
    else:
        rows, more = cursor.fetchall(), False
    description = cursor.description
    return to_dataframe([d[0] for d in description], [d[1] if isinstance(d[1], str) else None for d in description],
                        [tuple(row) for row in rows]), more
