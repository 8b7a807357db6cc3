"""Small DB-API shapes for engines whose Python API is not quite PEP 249.

The runner (and the magic, and the benchmarks) use only ``connection.cursor()``,
``cursor.execute(sql)``, ``cursor.description``, ``fetchone``/``fetchall`` and
``close``. These classes give an engine exactly that and nothing more: the values
are the engine's own (from its cursor, or from the Arrow columns of its results),
and its errors become :class:`DatabaseError` so that every adapter fails a
statement the same way a DB-API driver does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

Description = tuple[tuple[Any, ...], ...]


class DatabaseError(Exception):
    """An engine's error for a statement, under the name PEP 249 gives it."""


def column(name: str, type_code: Any = None) -> tuple[Any, ...]:
    """One PEP 249 ``description`` entry (name and type code; the other five are unknown)."""
    return (name, type_code, None, None, None, None, None)


class MappedErrors:
    """Re-raise the engine's own exception classes as :class:`DatabaseError`, keeping the message."""

    def __init__(self, errors: tuple[type[BaseException], ...]) -> None:
        self.errors = errors

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, traceback: Any) -> None:
        if exc is not None and isinstance(exc, self.errors) and not isinstance(exc, DatabaseError | MemoryError):
            raise DatabaseError(str(exc) or kind.__name__) from exc  # type: ignore[union-attr]


class MappedCursor:
    """A DB-API cursor whose ``errors`` become :class:`DatabaseError` and whose empty description is None."""

    def __init__(self, cursor: Any, errors: tuple[type[BaseException], ...]) -> None:
        self._cursor = cursor
        self._mapped = MappedErrors(errors)

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> MappedCursor:
        """Run one statement."""
        with self._mapped:
            if parameters:
                self._cursor.execute(sql, parameters)
            else:
                self._cursor.execute(sql)
        return self

    @property
    def description(self) -> Any:
        """The driver's description; ``()`` (libSQL's answer for a statement) is None, as PEP 249 says."""
        return self._cursor.description or None

    def fetchone(self) -> Any:
        """The next row, or None."""
        with self._mapped:
            return self._cursor.fetchone()

    def fetchall(self) -> list[Any]:
        """The remaining rows."""
        with self._mapped:
            return list(self._cursor.fetchall())

    def close(self) -> None:
        """Close the driver's cursor."""
        self._cursor.close()


class ResultCursor:
    """A cursor over results computed in full by ``run(sql) -> (description or None, rows)``.

    For engines with no DB-API (DataFusion) or whose DB-API re-parses text (chDB):
    ``run`` collects the engine's own result objects, so an error surfaces in ``execute``.
    """

    def __init__(self, run: Callable[[str], tuple[Description | None, list[tuple[Any, ...]]]],
                 errors: tuple[type[BaseException], ...]) -> None:
        self._run = run
        self._mapped = MappedErrors(errors)
        self.description: Description | None = None
        self._rows: Iterator[tuple[Any, ...]] = iter(())

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> ResultCursor:
        """Run one statement and collect its result."""
        if parameters:
            raise DatabaseError("this engine's adapter takes no parameters")
        self.description, self._rows = None, iter(())
        with self._mapped:
            description, rows = self._run(sql)
        self.description, self._rows = description, iter(rows)
        return self

    def fetchone(self) -> tuple[Any, ...] | None:
        """The next row, or None."""
        return next(self._rows, None)

    def fetchall(self) -> list[tuple[Any, ...]]:
        """The remaining rows."""
        return list(self._rows)

    def close(self) -> None:
        """Forget the rows."""
        self._rows = iter(())


class Connection:
    """A connection made of a cursor factory and what closing it means."""

    def __init__(self, cursor: Callable[[], Any], close: Callable[[], None]) -> None:
        self._cursor = cursor
        self._close = close

    def cursor(self) -> Any:
        """A new cursor."""
        return self._cursor()

    def close(self) -> None:
        """Close the engine's connection (or drop its database)."""
        self._close()


def arrow_rows(table: Any) -> tuple[Description | None, list[tuple[Any, ...]]]:
    """A ``pyarrow.Table``'s columns as a description and its values as row tuples.

    Columns, not ``to_pylist()``'s dicts, so that two result columns of one name stay two.
    A result with no columns is a statement's (DDL, SET), which has no description.
    """
    if table.num_columns == 0:
        return None, []
    description = tuple(column(field.name, str(field.type)) for field in table.schema)
    columns = [chunked.to_pylist() for chunked in table.columns]
    return description, list(zip(*columns, strict=True))
