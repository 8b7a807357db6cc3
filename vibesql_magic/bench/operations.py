"""The operations a workload is made of, written for a schema from its metadata alone.

Each *kind* (``point_select``, ``insert``, ``group_join``...) becomes one *variant* per
table or foreign key it fits: a SQL statement with ``?`` parameters, a function that
draws the parameters from what the worker knows of its data (the keys of each table, the
values of its columns), and, for writes, a function that updates that knowledge. No
kind names a table: the same pattern runs on any seeded schema.

Writes keep the data whole: inserts make rows with the seeding generators (keys past
the seeded ones, foreign keys drawn from existing parents), updates change one plain
column, deletes take rows from tables nothing references, preferring the worker's own
inserts.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from vibesql_magic.bench.config import SeedConfig
from vibesql_magic.bench.loading import quote
from vibesql_magic.bench.schema import ForeignKey, Schema, Table
from vibesql_magic.bench.seeding import RowMaker, TablePlan, plan_seed

_ROWS_PER_WORKER = 1_000_000_000  # row numbers of inserts: worker w makes rows from (w + 1) * this
_TIME_LABELS = ("event_time", "timestamp", "date")


def _stream_seed(seed: int, worker: int) -> int:
    """The generators' seed of one worker: never the seed of the seeding, or inserts would remake its keys."""
    return int.from_bytes(hashlib.sha256(f"workload/{seed}/{worker}".encode()).digest()[:8], "big")


class WorkerData:
    """What one connection knows of its copy of the data: keys and column values, kept current."""

    def __init__(self, connection: Any, schema: Schema, seed: int, worker: int) -> None:
        self.connection = connection
        self.schema = schema
        self.rng = random.Random(f"{seed}/{worker}")
        self.plan = plan_seed(schema, SeedConfig(rows=0), _stream_seed(seed, worker))
        self.plans = {plan.table.name.lower(): plan for plan in self.plan.tables}
        self.maker = RowMaker(self.plan)
        self.keys: dict[str, list[tuple]] = {}
        self.values: dict[tuple[str, str], list[Any]] = {}
        self.own_inserts: dict[str, list[tuple]] = {}
        self.used: dict[str, list[set[tuple]]] = {}
        self.next_row = (worker + 1) * _ROWS_PER_WORKER
        for (table, columns), pool in self.maker.pools.items():
            pool.extend(self._select(table, columns))

    def _select(self, table: str, columns: tuple[str, ...]) -> list[tuple]:
        names = ", ".join(quote(name) for name in columns)
        rows = self.connection.execute(f"SELECT {names} FROM {quote(self.schema.table(table).name)}").fetchall()
        return [tuple(row) for row in rows]

    def key_list(self, table: Table) -> list[tuple]:
        """The identities of the table's rows (read once, then kept up to date)."""
        name = table.name.lower()
        if name not in self.keys:
            self.keys[name] = self._select(table.name, identity(table))
        return self.keys[name]

    def random_key(self, table: Table) -> tuple:
        """An existing row's identity (a made-up one when the table is empty)."""
        keys = self.key_list(table)
        return keys[int(self.rng.random() * len(keys))] if keys else (None,) * len(identity(table))

    def column_values(self, table: str, column: str) -> list[Any]:
        """The values a column holds (read once)."""
        key = (table.lower(), column.lower())
        if key not in self.values:
            self.values[key] = [row[0] for row in self._select(table, (column,)) if row[0] is not None]
        return self.values[key]

    def random_value(self, table: str, column: str) -> Any:
        """One of the values a column holds (NULL when it holds none)."""
        values = self.column_values(table, column)
        return values[int(self.rng.random() * len(values))] if values else None

    def parent_key(self, key: ForeignKey) -> tuple:
        """Values of an existing parent row for a foreign key."""
        pool = self.maker.pool(key.parent.lower(), key.parent_columns)
        return pool[int(self.rng.random() * len(pool))] if pool else (None,) * len(key.columns)

    def new_row(self, table: Table) -> tuple:
        """A row to insert, made by the seeding generators."""
        plan = self.plans[table.name.lower()]
        self.next_row += 1
        return tuple(self.maker.make(plan, self.next_row, self._used_keys(plan)))

    def _used_keys(self, plan: TablePlan) -> list[set[tuple]]:
        """The values of the table's clash-prone UNIQUE keys already in the data (read once)."""
        name = plan.table.name.lower()
        if name not in self.used:
            self.used[name] = [set(self._select(plan.table.name, tuple(plan.table.columns[p].name for p in key)))
                               for key in plan.checked_uniques]
        return self.used[name]

    def inserted(self, table: Table, row: tuple) -> None:
        """Remember an inserted row: its identity, and its values that children may reference."""
        positions = [table.columns.index(table.column(name)) for name in identity(table)]
        key = tuple(row[position] for position in positions)
        self.key_list(table).append(key)
        self.own_inserts.setdefault(table.name.lower(), []).append(key)
        for pool, positions in self.maker.kept(table):
            pool.append(tuple(row[position] for position in positions))

    def take_for_delete(self, table: Table) -> tuple:
        """A row to delete: the latest this worker inserted, else any (deleting a gone row deletes nothing)."""
        own = self.own_inserts.get(table.name.lower())
        return own.pop() if own else self.random_key(table)


def identity(table: Table) -> tuple[str, ...]:
    """The columns that find one row: the primary key, else the first UNIQUE key (empty: none)."""
    return table.unique_keys[0] if table.unique_keys else ()


@dataclass(frozen=True)
class Variant:
    """One kind of operation on one table (or foreign key)."""

    kind: str
    table: str
    sql: str
    params: Callable[[WorkerData], tuple]
    weight: float
    after: Callable[[WorkerData, tuple], None] | None = None


def _where(columns: tuple[str, ...], alias: str = "") -> str:
    prefix = f"{alias}." if alias else ""
    return " AND ".join(f"{prefix}{quote(name)} = ?" for name in columns)


def _join(child: Table, key: ForeignKey) -> str:
    on = " AND ".join(f"c.{quote(a)} = p.{quote(b)}" for a, b in zip(key.columns, key.parent_columns, strict=True))
    return f"{quote(child.name)} c JOIN {quote(key.parent)} p ON {on}"


class Catalog:
    """The schema seen by the operation builders: which columns are plain, enumerated, numeric, timed."""

    def __init__(self, schema: Schema, rows: dict[str, int]) -> None:
        self.schema = schema
        self.rows = rows
        self.plans: dict[str, TablePlan] = {plan.table.name.lower(): plan
                                            for plan in plan_seed(schema, SeedConfig(rows=0), 0).tables}

    def weight(self, table: Table) -> float:
        """Bigger tables draw more of the traffic."""
        return float(max(1, self.rows.get(table.name.lower(), 0)))

    def plain_columns(self, table: Table) -> list[str]:
        """Columns outside every key: safe to update."""
        keys = (*table.unique_keys, *(key.columns for key in table.foreign_keys))
        keyed = {name.lower() for key in keys for name in key}
        return [column.name for column in table.columns if column.name.lower() not in keyed]

    def label(self, table: Table, column: str) -> str:
        """The generator that fills a column (``one of 3``, ``event_time``, ``real 0..100``...)."""
        position = table.columns.index(table.column(column))
        return next((fill.label for fill in self.plans[table.name.lower()].columns if fill.position == position), "")

    def enumerated(self, table: Table) -> str | None:
        """A plain column with few values (a CHECK enumeration): good to group by."""
        return next((name for name in self.plain_columns(table) if self.label(table, name).startswith("one of")),
                    None)

    def numeric(self, table: Table) -> str | None:
        """A plain number column: good to average."""
        return next((name for name in self.plain_columns(table)
                     if self.label(table, name).startswith(("integer", "real"))), None)

    def time_column(self, table: Table) -> str | None:
        """The column that orders rows in time (created-at first), if any."""
        timed = [name for name in self.plain_columns(table) if self.label(table, name) in _TIME_LABELS]
        return min(timed, key=lambda name: _TIME_LABELS.index(self.label(table, name)), default=None)

    def referenced(self, table: Table) -> bool:
        """Whether another table's foreign key points at this one."""
        return any(child is not table for child, _ in self.schema.referencing(table.name))

    def foreign_keys(self) -> list[tuple[Table, ForeignKey]]:
        """Every (child, key) pair that joins two different tables."""
        return [(table, key) for table in self.schema.tables for key in table.foreign_keys
                if key.parent.lower() != table.name.lower()]


def _keyed(catalog: Catalog) -> list[Table]:
    return [table for table in catalog.schema.tables if identity(table)]


def point_select(catalog: Catalog) -> list[Variant]:
    """A row by its key."""
    return [Variant("point_select", t.name, f"SELECT * FROM {quote(t.name)} WHERE {_where(identity(t))}",
                    lambda data, t=t: data.random_key(t), catalog.weight(t)) for t in _keyed(catalog)]


def range_scan(catalog: Catalog) -> list[Variant]:
    """The next 20 rows in key (or time) order from an existing row."""
    variants = []
    for t in catalog.schema.tables:
        column = t.integer_key or catalog.time_column(t)
        if column is not None:
            sql = f"SELECT * FROM {quote(t.name)} WHERE {quote(column)} >= ? ORDER BY {quote(column)} LIMIT 20"
            variants.append(Variant("range_scan", t.name, sql,
                                    lambda data, t=t, c=column: (data.random_value(t.name, c),), catalog.weight(t)))
    return variants


def child_lookup(catalog: Catalog) -> list[Variant]:
    """The children of one parent row (a customer's orders, a session's messages)."""
    return [Variant("child_lookup", t.name, f"SELECT * FROM {quote(t.name)} WHERE {_where(k.columns)} LIMIT 50",
                    lambda data, k=k: data.parent_key(k), catalog.weight(t)) for t, k in catalog.foreign_keys()]


def join_lookup(catalog: Catalog) -> list[Variant]:
    """One parent row with its children, joined."""
    return [Variant("join_lookup", t.name, f"SELECT c.*, p.* FROM {_join(t, k)} WHERE "
                    f"{_where(k.parent_columns, 'p')} LIMIT 50", lambda data, k=k: data.parent_key(k),
                    catalog.weight(t)) for t, k in catalog.foreign_keys()]


def _insertable(catalog: Catalog, timed_only: bool) -> list[Table]:
    one_to_one = {t.name.lower() for t in catalog.schema.tables for k in t.foreign_keys
                  if any({n.lower() for n in u} == {n.lower() for n in k.columns} for u in t.unique_keys)}
    return [t for t in _keyed(catalog) if t.name.lower() not in one_to_one
            and (not timed_only or catalog.time_column(t) is not None)]


def _insert_variants(kind: str, catalog: Catalog, timed_only: bool) -> list[Variant]:
    variants = []
    for t in _insertable(catalog, timed_only):
        names = ", ".join(quote(column.name) for column in t.columns)
        sql = f"INSERT INTO {quote(t.name)} ({names}) VALUES ({', '.join('?' * len(t.columns))})"
        variants.append(Variant(kind, t.name, sql, lambda data, t=t: data.new_row(t), catalog.weight(t),
                                lambda data, row, t=t: data.inserted(t, row)))
    return variants


def insert(catalog: Catalog) -> list[Variant]:
    """A new row made by the seeding generators."""
    return _insert_variants("insert", catalog, False)


def insert_event(catalog: Catalog) -> list[Variant]:
    """A new row in a table ordered by time (a reading, a message, an event)."""
    return _insert_variants("insert_event", catalog, True)


def update(catalog: Catalog) -> list[Variant]:
    """One plain column of one row set to a freshly generated value."""
    variants = []
    for t in _keyed(catalog):
        plain = catalog.plain_columns(t)
        if not plain:
            continue
        column = catalog.enumerated(t) or catalog.numeric(t) or plain[0]
        position = t.columns.index(t.column(column))
        sql = f"UPDATE {quote(t.name)} SET {quote(column)} = ? WHERE {_where(identity(t))}"
        variants.append(Variant("update", t.name, sql,
                                lambda data, t=t, p=position: (data.new_row(t)[p], *data.random_key(t)),
                                catalog.weight(t)))
    return variants


def delete(catalog: Catalog) -> list[Variant]:
    """A row of a table nothing references (the worker's own inserts first)."""
    return [Variant("delete", t.name, f"DELETE FROM {quote(t.name)} WHERE {_where(identity(t))}",
                    lambda data, t=t: data.take_for_delete(t), catalog.weight(t))
            for t in _keyed(catalog) if not catalog.referenced(t)]


def _no_params(data: WorkerData) -> tuple:
    return ()


def _grouped(kind: str, table: Table, source: str, group: str, number: str | None, catalog: Catalog) -> Variant:
    figures = f", AVG({number}), MIN({number}), MAX({number})" if number else ""
    sql = f"SELECT {group}, COUNT(*) AS n{figures} FROM {source} GROUP BY {group} ORDER BY n DESC LIMIT 20"
    return Variant(kind, table.name, sql, _no_params, catalog.weight(table))


def aggregate(catalog: Catalog) -> list[Variant]:
    """One table grouped by an enumerated column (else by a foreign key), with counts and averages."""
    variants = []
    for t in catalog.schema.tables:
        group = catalog.enumerated(t) or (t.foreign_keys[0].columns[0] if t.foreign_keys else None)
        if group is not None:
            number = catalog.numeric(t)
            variants.append(_grouped("aggregate", t, quote(t.name), quote(group),
                                     quote(number) if number else None, catalog))
    return variants


def group_join(catalog: Catalog) -> list[Variant]:
    """Children joined to parents and grouped by the parent's enumerated column (else its key)."""
    variants = []
    for t, k in catalog.foreign_keys():
        group = catalog.enumerated(catalog.schema.table(k.parent)) or k.parent_columns[0]
        number = catalog.numeric(t)
        variants.append(_grouped("group_join", t, _join(t, k), f"p.{quote(group)}",
                                 f"c.{quote(number)}" if number else None, catalog))
    return variants


def top_parents(catalog: Catalog) -> list[Variant]:
    """The ten parent rows with the most children (a leaderboard report)."""
    variants = []
    for t, k in catalog.foreign_keys():
        keys = ", ".join(f"p.{quote(name)}" for name in k.parent_columns)
        sql = (f"SELECT {keys}, COUNT(*) AS children FROM {_join(t, k)} GROUP BY {keys} "
               f"ORDER BY children DESC, {keys} LIMIT 10")
        variants.append(Variant("top_parents", t.name, sql, _no_params, catalog.weight(t)))
    return variants


def _timed(catalog: Catalog) -> list[tuple[Table, str]]:
    """Tables with a column that orders their rows in time, and that column."""
    timed = [(table, catalog.time_column(table)) for table in catalog.schema.tables]
    return [(table, column) for table, column in timed if column is not None]


def _window(data: WorkerData, table: Table, column: str) -> tuple:
    return tuple(sorted((str(data.random_value(table.name, column)), str(data.random_value(table.name, column)))))


def time_range(catalog: Catalog) -> list[Variant]:
    """The rows of a time window, in time order."""
    return [Variant("time_range", t.name, f"SELECT * FROM {quote(t.name)} WHERE {quote(c)} >= ? AND {quote(c)} < ? "
                    f"ORDER BY {quote(c)} LIMIT 100", lambda data, t=t, c=c: _window(data, t, c), catalog.weight(t))
            for t, c in _timed(catalog)]


def time_buckets(catalog: Catalog) -> list[Variant]:
    """Rows per day since a moment (a time-series rollup)."""
    return [Variant("time_buckets", t.name, f"SELECT SUBSTR(CAST({quote(c)} AS TEXT), 1, 10) AS day, COUNT(*) "
                    f"FROM {quote(t.name)} WHERE {quote(c)} >= ? GROUP BY day ORDER BY day LIMIT 31",
                    lambda data, t=t, c=c: (data.random_value(t.name, c),), catalog.weight(t))
            for t, c in _timed(catalog)]


BUILDERS: dict[str, Callable[[Catalog], list[Variant]]] = {
    builder.__name__: builder for builder in (point_select, range_scan, child_lookup, join_lookup, insert,
                                              insert_event, update, delete, aggregate, group_join, top_parents,
                                              time_range, time_buckets)
}
"""Every built-in operation kind, by the name a pattern or a ``[mix]`` table uses."""
