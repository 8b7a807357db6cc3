"""Deterministic data for a schema: parents first, every constraint respected, inserted in batches.

:func:`plan_seed` decides, from the schema and the configuration, how each column is
filled; :func:`seed_database` generates the rows and inserts them through the DB-API
connection, one transaction per batch. Row ``n`` of a table is a function of the seed,
the table and ``n`` alone, so the same seed gives the same rows on every engine and
every run.

Constraints: an INTEGER primary key counts up from 1; single-column UNIQUE keys carry
the row number; composite keys are checked as rows are made and a clashing row draws
its key again; foreign keys take their values from rows of the parent already made (a
self-reference from earlier rows of the same table; a cycle is broken at a nullable
column and filled in by UPDATE at the end); CHECK enumerations and bounds narrow the
generators (:mod:`vibesql_magic.bench.domains`), and the engine checks everything again
as the rows go in.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tqdm import tqdm

from vibesql_magic.bench.catalog import read_schema
from vibesql_magic.bench.config import ConfigError, SeedConfig, TableSeed
from vibesql_magic.bench.domains import Domain, read_checks
from vibesql_magic.bench.engines import Engine
from vibesql_magic.bench.generators import GeneratorError, column_rng, plan_column
from vibesql_magic.bench.loading import (
    create_schema,
    insert_sql,
    one_line,
    quote,
    read_dump,
    save_as_dump,
    schema_statements,
    set_foreign_keys,
)
from vibesql_magic.bench.schema import ForeignKey, Schema, Table, insertion_order

_UNIQUE_TRIES = 100
_ROOT_FRACTION = 0.2  # rows of a self-referencing table with no parent (when the column allows NULL)


class SeedError(Exception):
    """The schema cannot be seeded as asked (the message says which table and what to change)."""


@dataclass
class ColumnFill:
    """A non-key column: where it goes, its generator and its random stream."""

    position: int
    generate: Callable[[random.Random, int], Any]
    rng: random.Random
    null_fraction: float
    label: str


@dataclass
class KeyFill:
    """A foreign key: where its columns go and how parents are drawn."""

    key: ForeignKey
    positions: tuple[int, ...]
    rng: random.Random
    nullable: bool
    null_fraction: float
    self_reference: bool
    one_to_one: bool
    deferred: bool
    order: list[int] = field(default_factory=list)

    @property
    def parent_name(self) -> str:
        """The parent table's name, lower-cased for lookups."""
        return self.key.parent.lower()


@dataclass
class TablePlan:
    """How one table is filled."""

    table: Table
    rows: int
    columns: list[ColumnFill]
    keys: list[KeyFill]
    checked_uniques: list[tuple[int, ...]]
    notes: list[str]


@dataclass
class SeedPlan:
    """Every table's plan in insertion order, and the foreign keys filled in afterwards."""

    tables: list[TablePlan]
    batch_size: int

    @property
    def total_rows(self) -> int:
        """Rows to insert over all tables."""
        return sum(plan.rows for plan in self.tables)


@dataclass
class SeedReport:
    """What seeding did and how fast."""

    rows: dict[str, int]
    seconds: float
    notes: list[str]

    @property
    def total_rows(self) -> int:
        """Rows inserted over all tables."""
        return sum(self.rows.values())

    @property
    def rows_per_second(self) -> float:
        """Generation and insertion together."""
        return self.total_rows / self.seconds if self.seconds > 0 else 0.0


def _check_config_names(schema: Schema, config: SeedConfig) -> None:
    """Every table and column the configuration names exists, and no override hits a foreign key."""
    names = ", ".join(sorted(table.name for table in schema.tables))
    for table_name, settings in config.tables.items():
        try:
            table = schema.table(table_name)
        except KeyError:
            raise ConfigError(config.source, f"tables.{table_name}", f"no such table (tables: {names})") from None
        foreign = {name.lower() for key in table.foreign_keys for name in key.columns}
        for column_name in settings.columns:
            key = f"tables.{table_name}.columns.{column_name}"
            try:
                table.column(column_name)
            except KeyError:
                columns = ", ".join(column.name for column in table.columns)
                raise ConfigError(config.source, key, f"no such column (columns: {columns})") from None
            if column_name.lower() in foreign:
                raise ConfigError(config.source, key, "is a foreign key: its values come from the parent table")


def _settings(config: SeedConfig, table: Table) -> TableSeed:
    for name, settings in config.tables.items():
        if name.lower() == table.name.lower():
            return settings
    return TableSeed()


def _override(settings: TableSeed, column: str) -> Any:
    for name, override in settings.columns.items():
        if name.lower() == column.lower():
            return name, override
    return column, None


def _column_fill(table: Table, position: int, domain: Domain, config: SeedConfig, settings: TableSeed,
                 seed: int) -> ColumnFill:
    column = table.columns[position]
    name, override = _override(settings, column.name)
    generator = None
    if override is not None:
        generator = override.generator
        domain = domain.narrowed(Domain(override.values, override.minimum, override.maximum))
    single_unique = any(len(key) == 1 and key[0].lower() == column.name.lower() for key in table.unique_keys)
    if column.name == table.integer_key and generator is None and domain.choices is None:
        generator = "sequence"
    try:
        plan = plan_column(column, domain, unique=single_unique, generator=generator)
    except GeneratorError as exc:
        key = f"tables.{table.name}.columns.{name}"
        raise ConfigError(config.source, key, str(exc)) if override is not None else SeedError(
            f"table {table.name}, column {column.name}: {exc}; set [{key}] in a --config file") from None
    nullable = not column.not_null and column.name not in table.primary_key
    fraction = override.null_fraction if override is not None and override.null_fraction is not None else (
        config.null_fraction)
    return ColumnFill(position, plan.generate, column_rng(seed, table.name, column.name),
                      fraction if nullable and not single_unique else 0.0, plan.label)


def _key_fill(table: Table, key: ForeignKey, positions: dict[str, int], deferred: bool, config: SeedConfig,
              seed: int) -> KeyFill:
    nullable = all(not table.column(name).not_null and name not in table.primary_key for name in key.columns)
    one_to_one = any({name.lower() for name in unique} == {name.lower() for name in key.columns}
                     for unique in table.unique_keys)
    return KeyFill(key, tuple(positions[name.lower()] for name in key.columns),
                   column_rng(seed, table.name, "\x00".join(("foreign key", *key.columns))),
                   nullable, config.null_fraction if nullable else 0.0,
                   key.parent.lower() == table.name.lower(), one_to_one, deferred)


def _needs_checking(table: Table, unique: tuple[str, ...], columns: list[ColumnFill], keys: list[KeyFill],
                    positions: dict[str, int]) -> bool:
    """Whether a key can clash: not when one of its columns is unique by construction."""
    for name in unique:
        position = positions[name.lower()]
        if any(fill.position == position and ("sequence" in fill.label or fill.label.endswith("(unique)")
                                              or fill.label in ("email", "path", "url", "uuid"))
               for fill in columns):
            return False
        if any(key.one_to_one and position in key.positions for key in keys):
            return False
    return True


def _table_plan(table: Table, rows: int, deferred: list[ForeignKey], config: SeedConfig, seed: int) -> TablePlan:
    positions = {column.name.lower(): index for index, column in enumerate(table.columns)}
    foreign = {name.lower() for key in table.foreign_keys for name in key.columns}
    facts = read_checks(table.checks)
    settings = _settings(config, table)
    columns = [_column_fill(table, position, facts.domain(column.name), config, settings, seed)
               for position, column in enumerate(table.columns) if column.name.lower() not in foreign]
    keys = [_key_fill(table, key, positions, key in deferred, config, seed) for key in table.foreign_keys]
    checked = [tuple(positions[name.lower()] for name in unique) for unique in table.unique_keys
               if _needs_checking(table, unique, columns, keys, positions)]
    notes = [f"{table.name}: CHECK ({sql}) is not understood by the seeder; the engine checks it"
             for sql in facts.not_understood]
    return TablePlan(table, rows, columns, keys, checked, notes)


def plan_seed(schema: Schema, config: SeedConfig, seed: int) -> SeedPlan:
    """How every table is filled, in insertion order; a bad configuration raises :class:`ConfigError`."""
    _check_config_names(schema, config)
    try:
        ordered, deferred = insertion_order(schema)
    except Exception as exc:
        raise SeedError(str(exc)) from exc
    plans: list[TablePlan] = []
    counts: dict[str, int] = {}
    for table in ordered:
        settings = _settings(config, table)
        rows = config.rows if settings.rows is None else settings.rows
        plan = _table_plan(table, rows, [key for owner, key in deferred if owner is table], config, seed)
        for key in plan.keys:
            parent_rows = rows if key.self_reference else counts.get(key.parent_name, 0)
            if key.one_to_one and parent_rows < plan.rows:
                plan.notes.append(f"{table.name}: {plan.rows} rows asked, but each of its rows takes its own row "
                                  f"of {key.key.parent}, which has {parent_rows}: seeding {parent_rows}")
                plan.rows = parent_rows
        counts[table.name.lower()] = plan.rows
        plans.append(plan)
    return SeedPlan(plans, config.batch_size)


class RowMaker:
    """Makes rows: keeps the values that foreign keys draw from and the keys already used."""

    def __init__(self, plan: SeedPlan) -> None:
        self.pools: dict[tuple[str, tuple[str, ...]], list[tuple]] = {}
        for table_plan in plan.tables:
            for key in table_plan.keys:
                self.pools[(key.parent_name, tuple(name.lower() for name in key.key.parent_columns))] = []
            if any(key.deferred for key in table_plan.keys):
                self.pools[(table_plan.table.name.lower(), _identity(table_plan.table))] = []

    def pool(self, table: str, columns: tuple[str, ...]) -> list[tuple]:
        return self.pools[(table, tuple(name.lower() for name in columns))]

    def draw(self, plan: TablePlan, key: KeyFill, row_number: int, row: list[Any]) -> tuple | None:
        """Parent values for one row, or None (NULL) where that is allowed."""
        if key.deferred or (key.null_fraction and key.rng.random() < key.null_fraction):
            return None
        pool = self.pool(key.parent_name, key.key.parent_columns)
        if key.self_reference:
            if key.nullable and (row_number == 0 or key.rng.random() < _ROOT_FRACTION):
                return None
            if not pool:  # the first row of a NOT NULL self-reference can only point at itself
                return tuple(row[plan.table.columns.index(plan.table.column(name))]
                             for name in key.key.parent_columns)
            return pool[int(key.rng.random() * len(pool))]
        if not pool:
            if key.nullable:
                return None
            raise SeedError(f"table {plan.table.name} needs rows in {key.key.parent}, which has none")
        if key.one_to_one:
            if not key.order:
                key.order = key.rng.sample(range(len(pool)), len(pool))
            return pool[key.order[row_number]]
        return pool[int(key.rng.random() * len(pool))]

    def make(self, plan: TablePlan, row_number: int, seen: list[set[tuple]]) -> list[Any]:
        """Row ``row_number`` of the table; a row whose key clashes draws that key again."""
        row: list[Any] = [None] * len(plan.table.columns)
        for fill in plan.columns:
            if not (fill.null_fraction and fill.rng.random() < fill.null_fraction):
                row[fill.position] = fill.generate(fill.rng, row_number)
        for key in plan.keys:
            self._place(plan, key, row_number, row)
        for positions, used in zip(plan.checked_uniques, seen, strict=True):
            self._make_unique(plan, positions, used, row_number, row)
        return row

    def _place(self, plan: TablePlan, key: KeyFill, row_number: int, row: list[Any]) -> None:
        values = self.draw(plan, key, row_number, row)
        for position, value in zip(key.positions, values or (None,) * len(key.positions), strict=True):
            row[position] = value

    def _make_unique(self, plan: TablePlan, positions: tuple[int, ...], used: set[tuple], row_number: int,
                     row: list[Any]) -> None:
        for _ in range(_UNIQUE_TRIES):
            value = tuple(row[position] for position in positions)
            if None in value or value not in used:  # NULLs never clash, as in SQLite
                used.add(value)
                return
            for fill in plan.columns:
                if fill.position in positions:
                    row[fill.position] = fill.generate(fill.rng, row_number)
            for key in plan.keys:
                if set(key.positions) & set(positions) and not key.one_to_one:
                    self._place(plan, key, row_number, row)
        names = ", ".join(plan.table.columns[position].name for position in positions)
        raise SeedError(f"table {plan.table.name}: no new value for UNIQUE ({names}) after {_UNIQUE_TRIES} "
                        f"tries at row {row_number + 1}: its columns allow too few values for {plan.rows} rows; "
                        f"lower [tables.{plan.table.name}] rows or widen the columns' range")

    def kept(self, table: Table) -> list[tuple[list[tuple], tuple[int, ...]]]:
        """The pools a table's rows feed, with the positions of their columns in a row."""
        positions = {column.name.lower(): index for index, column in enumerate(table.columns)}
        return [(pool, tuple(positions[column] for column in columns))
                for (name, columns), pool in self.pools.items() if name == table.name.lower()]


def _identity(table: Table) -> tuple[str, ...]:
    """The columns that find one row again (for filling in a deferred foreign key)."""
    if not table.unique_keys:
        raise SeedError(f"table {table.name} is in a foreign key cycle but has no key to update its rows by")
    return tuple(name.lower() for name in table.unique_keys[0])


def _insert(connection: Any, table: Table, statement: str, batch: list[tuple], notes: list[str]) -> None:
    try:
        connection.execute("BEGIN")
        connection.executemany(statement, batch)
        connection.execute("COMMIT")
    except Exception as exc:
        _roll_back(connection)
        hint = "".join(f"; {note}" for note in notes if note.startswith(f"{table.name}:"))
        raise SeedError(f"table {table.name}: the engine refused a generated row: {one_line(exc)}{hint}; "
                        f"set [tables.{table.name}.columns.NAME] in a --config file") from exc


def _roll_back(connection: Any) -> None:
    """Roll back whatever the failed batch left open."""
    try:
        connection.execute("ROLLBACK")
    except Exception:
        return


def _fill_table(connection: Any, plan: TablePlan, rows: RowMaker, batch_size: int,
                advance: Callable[[int], None] | None) -> None:
    statement = insert_sql(plan.table)
    kept = rows.kept(plan.table)
    seen: list[set[tuple]] = [set() for _ in plan.checked_uniques]
    batch: list[tuple] = []
    for row_number in range(plan.rows):
        row = rows.make(plan, row_number, seen)
        for pool, positions in kept:
            pool.append(tuple(row[position] for position in positions))
        batch.append(tuple(row))
        if len(batch) == batch_size or row_number == plan.rows - 1:
            _insert(connection, plan.table, statement, batch, plan.notes)
            if advance is not None:
                advance(len(batch))
            batch = []


def _fill_deferred(connection: Any, plan: TablePlan, rows: RowMaker, batch_size: int) -> None:
    """Point the rows of a cycle-broken foreign key at their parents, now that the parents exist."""
    identity = _identity(plan.table)
    targets = rows.pool(plan.table.name.lower(), identity)
    for key in (key for key in plan.keys if key.deferred):
        pool = rows.pool(key.parent_name, key.key.parent_columns)
        if not pool:
            continue
        assignments = ", ".join(f"{quote(name)} = ?" for name in key.key.columns)
        where = " AND ".join(f"{quote(name)} = ?" for name in identity)
        statement = f"UPDATE {quote(plan.table.name)} SET {assignments} WHERE {where}"
        updates = [(*pool[int(key.rng.random() * len(pool))], *target) for target in targets
                   if not (key.null_fraction and key.rng.random() < key.null_fraction)]
        for start in range(0, len(updates), batch_size):
            _insert(connection, plan.table, statement, updates[start:start + batch_size], plan.notes)


def seed_database(connection: Any, plan: SeedPlan, advance: Callable[[int], None] | None = None,
                  clock: Callable[[], float] = time.perf_counter) -> SeedReport:
    """Generate and insert every table's rows; ``advance(n)`` is told as batches go in."""
    set_foreign_keys(connection, True)
    rows = RowMaker(plan)
    started = clock()
    for table_plan in plan.tables:
        _fill_table(connection, table_plan, rows, plan.batch_size, advance)
    for table_plan in plan.tables:
        if any(key.deferred for key in table_plan.keys):
            _fill_deferred(connection, table_plan, rows, plan.batch_size)
    elapsed = clock() - started
    notes = [note for table_plan in plan.tables for note in table_plan.notes]
    return SeedReport({table_plan.table.name: table_plan.rows for table_plan in plan.tables}, elapsed, notes)


def progress_bar(total: int) -> Any:
    """A tqdm bar of rows on stderr (silent when stderr is not a terminal)."""
    return tqdm(total=total, unit=" rows", unit_scale=True, file=sys.stderr, disable=None, dynamic_ncols=True,
                desc="seeding")


def seed_file(engine: Engine, schema_path: Path, config: SeedConfig, seed: int, output: Path,
              show_progress: bool = True) -> SeedReport:
    """Seed the schema of a dump on ``engine`` and write the result to ``output`` as a dump."""
    statements = schema_statements(read_dump(schema_path))
    if not statements:
        raise SeedError(f"{schema_path} creates no tables")
    connection = engine.connect()
    create_schema(connection, statements, engine)
    schema = read_schema(connection, engine.dialect)
    plan = plan_seed(schema, config, seed)
    bar = progress_bar(plan.total_rows) if show_progress else None
    try:
        report = seed_database(connection, plan, bar.update if bar is not None else None)
    finally:
        if bar is not None:
            bar.close()
    save_as_dump(connection, statements, schema, output)
    return report
