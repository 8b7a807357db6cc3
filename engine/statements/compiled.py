"""What a compiled statement is and what it returns: shared by the dispatcher, DDL and DML.

Kept apart from `engine.statements.database` so that DDL and DML can build results
without importing the dispatcher that imports them.
"""

from __future__ import annotations

import datetime
import decimal
from dataclasses import dataclass, field

from engine.errors import ProgrammingError
from engine.query.compiler import ParameterMap


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


class EmptyStatement:
    """A statement of only comments or whitespace: it does nothing."""

    cacheable = False

    def run(self, database, params, session) -> Result:
        return Result()


EMPTY_STATEMENT = EmptyStatement()


class CompiledStatement:
    """A statement ready to run; queries and DML keep their plans between executions."""

    cacheable = True

    def __init__(self, run, parameters: ParameterMap | None = None, cacheable: bool = True) -> None:
        self._run = run
        self.parameters = parameters
        self.cacheable = cacheable

    def run(self, database, params, session) -> Result:
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
    if isinstance(value, datetime.datetime):
        return value.isoformat(" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if type(value).__module__ == "numpy" and hasattr(value, "item"):  # a numpy scalar, without importing numpy
        return _adapt(value.item())
    raise ProgrammingError(f"Error binding parameter: type '{type(value).__name__}' is not supported")


