"""TOML configuration of seeding and workloads, checked key by key.

A mistake is reported as one line naming the file and the dotted TOML key
(``seed.toml: tables.sessions.rows: must be a positive integer``), never as a traceback
or a silent default. Names of tables and columns are checked later, against the schema,
with the same kind of message.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class ConfigError(Exception):
    """A bad configuration value; the message names the file and the TOML key."""

    def __init__(self, source: str, key: str, message: str) -> None:
        super().__init__(f"{source}: {key}: {message}" if key else f"{source}: {message}")
        self.source = source
        self.key = key


class _Table:
    """A TOML table being read: every key must be known and of the right type."""

    def __init__(self, source: str, prefix: str, data: Any) -> None:
        if not isinstance(data, dict):
            raise ConfigError(source, prefix, "must be a table")
        self.source, self.prefix, self.data = source, prefix, dict(data)

    def key(self, name: str) -> str:
        return f"{self.prefix}.{name}" if self.prefix else name

    def fail(self, name: str, message: str) -> ConfigError:
        return ConfigError(self.source, self.key(name), message)

    def take(self, name: str, check: Callable[[Any], bool], expected: str, default: Any = None) -> Any:
        if name not in self.data:
            return default
        value = self.data.pop(name)
        if not check(value):
            raise self.fail(name, f"must be {expected}, not {value!r}")
        return value

    def table(self, name: str) -> _Table | None:
        return _Table(self.source, self.key(name), self.data.pop(name)) if name in self.data else None

    def finish(self) -> None:
        if self.data:
            name = sorted(self.data)[0]
            raise self.fail(name, "unknown key")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _positive_int(value: Any) -> bool:
    return _is_int(value) and value > 0


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _fraction(value: Any) -> bool:
    return _number(value) and 0 <= value <= 1


def _scalars(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(item, str | int | float) and
                                                          not isinstance(item, bool) for item in value)


def read_toml(path: Path) -> tuple[str, dict[str, Any]]:
    """The file's name for messages and its parsed content; a syntax error names line and column."""
    source = str(path)
    try:
        with open(path, "rb") as handle:
            return source, tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(source, "", "no such file") from None
    except tomllib.TOMLDecodeError as exc:
        where = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise ConfigError(f"{source}:{where.group(1)}:{where.group(2)}" if where else source, "",
                          message) from None


# -- seeding ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ColumnOverride:
    """``[tables.T.columns.C]``: how to fill one column instead of the chosen generator."""

    generator: str | None = None
    values: tuple[Any, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    null_fraction: float | None = None


@dataclass(frozen=True)
class TableSeed:
    """``[tables.T]``: the row count and column overrides of one table."""

    rows: int | None = None
    columns: dict[str, ColumnOverride] = field(default_factory=dict)


@dataclass(frozen=True)
class SeedConfig:
    """A seed configuration: defaults, then per-table settings."""

    source: str = "--rows"
    rows: int = 100
    null_fraction: float = 0.05
    batch_size: int = 1000
    seed: int | None = None
    tables: dict[str, TableSeed] = field(default_factory=dict)


def _column_override(table: _Table) -> ColumnOverride:
    override = ColumnOverride(
        generator=table.take("generator", lambda v: isinstance(v, str), "a generator name"),
        values=table.take("values", _scalars, "a non-empty list of strings or numbers"),
        minimum=table.take("min", _number, "a number"),
        maximum=table.take("max", _number, "a number"),
        null_fraction=table.take("null_fraction", _fraction, "a number from 0 to 1"),
    )
    table.finish()
    if override.minimum is not None and override.maximum is not None and override.maximum < override.minimum:
        raise table.fail("max", f"is less than min ({override.maximum:g} < {override.minimum:g})")
    return ColumnOverride(override.generator, tuple(override.values) if override.values else None,
                          override.minimum, override.maximum, override.null_fraction)


def _table_seed(table: _Table) -> TableSeed:
    rows = table.take("rows", lambda v: _is_int(v) and v >= 0, "a non-negative integer")
    columns: dict[str, ColumnOverride] = {}
    columns_table = table.table("columns")
    if columns_table is not None:
        for name in list(columns_table.data):
            columns[name] = _column_override(_Table(columns_table.source, columns_table.key(name),
                                                    columns_table.data.pop(name)))
    table.finish()
    return TableSeed(rows, columns)


def seed_config(path: Path) -> SeedConfig:
    """Read and check a seed configuration file."""
    source, data = read_toml(path)
    top = _Table(source, "", data)
    defaults = SeedConfig()
    rows = top.take("rows", lambda v: _is_int(v) and v >= 0, "a non-negative integer", defaults.rows)
    null_fraction = top.take("null_fraction", _fraction, "a number from 0 to 1", defaults.null_fraction)
    batch_size = top.take("batch_size", _positive_int, "a positive integer", defaults.batch_size)
    seed = top.take("seed", _is_int, "an integer")
    tables: dict[str, TableSeed] = {}
    tables_table = top.table("tables")
    if tables_table is not None:
        for name in list(tables_table.data):
            tables[name] = _table_seed(_Table(source, tables_table.key(name), tables_table.data.pop(name)))
    top.finish()
    return SeedConfig(source, rows, null_fraction, batch_size, seed, tables)


# -- workloads -------------------------------------------------------------------------------

@dataclass(frozen=True)
class CustomOperation:
    """``[[operations]]``: SQL of one's own, each ``?`` drawing an existing value of a column."""

    name: str
    sql: str
    params: tuple[tuple[str, str], ...] = ()
    weight: float = 1.0


@dataclass(frozen=True)
class WorkloadConfig:
    """A workload configuration; the command line's options win over it."""

    source: str = "--pattern"
    pattern: str | None = None
    mix: dict[str, float] = field(default_factory=dict)
    operations: tuple[CustomOperation, ...] = ()
    connections: int | None = None
    tps: float | None = None
    duration: float | None = None
    transactions: int | None = None
    seed: int | None = None


def _column_reference(value: Any) -> bool:
    return isinstance(value, str) and value.count(".") == 1 and all(value.split("."))


def _custom_operation(table: _Table) -> CustomOperation:
    name = table.take("name", lambda v: isinstance(v, str) and bool(v.strip()), "a non-empty string")
    sql = table.take("sql", lambda v: isinstance(v, str) and bool(v.strip()), "a non-empty string")
    if name is None or sql is None:
        raise table.fail("name" if name is None else "sql", "is required")
    params = table.take("params", lambda v: isinstance(v, list) and all(_column_reference(p) for p in v),
                        'a list of "table.column" names', [])
    weight = table.take("weight", lambda v: _number(v) and v > 0, "a positive number", 1.0)
    table.finish()
    if sql.count("?") != len(params):
        raise table.fail("params", f"has {len(params)} names but the SQL has {sql.count('?')} '?' marks")
    return CustomOperation(name, sql, tuple(tuple(param.split(".")) for param in params), float(weight))


def workload_config(path: Path) -> WorkloadConfig:
    """Read and check a workload configuration file."""
    source, data = read_toml(path)
    top = _Table(source, "", data)
    pattern = top.take("pattern", lambda v: isinstance(v, str), "a pattern name")
    mix: dict[str, float] = {}
    mix_table = top.table("mix")
    if mix_table is not None:
        for name in list(mix_table.data):
            mix[name] = float(mix_table.take(name, lambda v: _number(v) and v >= 0, "a non-negative number"))
    operations = []
    raw = top.take("operations", lambda v: isinstance(v, list), "an array of tables ([[operations]])", [])
    for index, item in enumerate(raw):
        operations.append(_custom_operation(_Table(source, f"operations[{index}]", item)))
    config = WorkloadConfig(
        source, pattern, mix, tuple(operations),
        connections=top.take("connections", _positive_int, "a positive integer"),
        tps=top.take("tps", lambda v: _number(v) and v > 0, "a positive number"),
        duration=top.take("duration", lambda v: _number(v) and v > 0, "a positive number of seconds"),
        transactions=top.take("transactions", _positive_int, "a positive integer"),
        seed=top.take("seed", _is_int, "an integer"),
    )
    top.finish()
    names = [operation.name for operation in operations]
    duplicate = next((name for name in names if names.count(name) > 1), None)
    if duplicate is not None:
        raise ConfigError(source, "operations", f"two operations are named {duplicate!r}")
    return config
