"""Run a workload: resolve its mix on the seeded schema, start the connections, gather, summarise.

This is the library behind ``vibesql-bench workload``. Ctrl-C stops the workers after
the transaction each has in hand; everything measured until then is in the result,
which says it was interrupted.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from vibesql_magic.bench.catalog import read_schema
from vibesql_magic.bench.config import CustomOperation
from vibesql_magic.bench.display import LiveDisplay
from vibesql_magic.bench.engines import Engine
from vibesql_magic.bench.latency import LatencyRecorder, OperationFigures
from vibesql_magic.bench.loading import Snapshot, quote, read_dump, read_snapshot
from vibesql_magic.bench.operations import Catalog
from vibesql_magic.bench.patterns import Mix, resolve
from vibesql_magic.bench.schema import Schema
from vibesql_magic.bench.workers import Workers, WorkerSpec, custom_variants

SUSTAINED_WITHIN = 0.10  # the target rate is held when achieved is within 10% of it
_READY_SECONDS = 600.0


class WorkloadError(Exception):
    """The workload cannot run (a worker could not load the data or build its mix)."""


@dataclass(frozen=True)
class WorkloadOptions:
    """What to run, how hard and for how long."""

    engine: Engine
    data: Path
    pattern: str
    weights: dict[str, float]
    custom: tuple[CustomOperation, ...] = ()
    connections: int = 1
    tps: float | None = None
    duration: float | None = None
    transactions: int | None = None
    seed: int = 0


@dataclass
class WorkloadResult:
    """What a workload measured."""

    options: WorkloadOptions
    concurrency: str
    mix: Mix
    elapsed: float = 0.0
    figures: list[OperationFigures] = field(default_factory=list)
    errors: list[tuple[str, str, int]] = field(default_factory=list)
    interrupted: bool = False
    skipped_slots: int = 0
    max_lateness: float = 0.0
    finished_workers: int = 0

    @property
    def total(self) -> OperationFigures:
        """The ``all`` row: the whole mix."""
        return self.figures[-1]

    @property
    def sustained(self) -> bool | None:
        """Whether the target rate held within 10% (None without a target)."""
        if not self.options.tps:
            return None
        return abs(self.total.tps - self.options.tps) <= SUSTAINED_WITHIN * self.options.tps


def _share(total: int | None, workers: int, index: int) -> int | None:
    if total is None:
        return None
    return total // workers + (1 if index < total % workers else 0)


def _schema_and_rows(options: WorkloadOptions) -> tuple[Schema, dict[str, int], Snapshot | None]:
    """The seeded schema and table sizes; for worker threads of another engine, the rows too (read once)."""
    if options.engine.concurrency == "threads":
        snapshot = read_snapshot(options.data)
        return snapshot.schema, {name: len(rows) for name, rows in snapshot.rows.items()}, snapshot
    source = read_dump(options.data)
    schema = read_schema(source)
    rows = {table.name.lower(): int(source.execute(f"SELECT COUNT(*) FROM {quote(table.name)}").fetchone()[0])
            for table in schema.tables}
    return schema, rows, None


def _specs(options: WorkloadOptions, schema: Schema, rows: dict[str, int]) -> list[WorkerSpec]:
    count = options.connections
    if options.transactions is not None:
        count = max(1, min(count, options.transactions))
    rate = options.tps / count if options.tps else None
    return [WorkerSpec(options.engine.spec, str(options.data), schema, rows, options.weights, options.custom,
                       options.seed, index, count, rate, options.duration, _share(options.transactions, count, index))
            for index in range(count)]


def _wait_ready(workers: Workers, count: int) -> None:
    ready = 0
    deadline = time.monotonic() + _READY_SECONDS
    while ready < count:
        message = workers.next_message(timeout=max(0.0, deadline - time.monotonic()))
        if message is None:
            raise WorkloadError(f"the workers did not load the data within {_READY_SECONDS:g} s")
        kind, worker, detail = message
        if kind == "failed":
            raise WorkloadError(f"connection {worker + 1} could not start: {detail}")
        ready += kind == "ready"


def run_workload(options: WorkloadOptions, display: LiveDisplay | None = None,
                 on_ready: Callable[[WorkloadResult], None] | None = None,
                 clock: Callable[[], float] = time.monotonic) -> WorkloadResult:
    """Run the workload; ``on_ready`` is called once every connection has its data, before the start."""
    schema, rows, snapshot = _schema_and_rows(options)
    mix = resolve(options.weights, Catalog(schema, rows), custom_variants(options.custom))
    result = WorkloadResult(options, options.engine.concurrency, mix)
    specs = _specs(options, schema, rows)
    recorder = LatencyRecorder()
    with Workers(specs, result.concurrency, snapshot) as workers:
        _wait_ready(workers, len(specs))
        if on_ready is not None:
            on_ready(result)
        started = clock()
        workers.start()
        try:
            _gather(workers, len(specs), recorder, result, display, started, clock)
        except KeyboardInterrupt:
            result.interrupted = True
            workers.stop()
            _gather(workers, len(specs) - result.finished_workers, recorder, result, None, started, clock, drain=True)
    result.elapsed = result.elapsed or (clock() - started)
    result.figures = recorder.figures(result.elapsed)
    result.errors = recorder.grouped_errors()
    if display is not None:
        display.update(recorder, result.elapsed, force=True)
        display.close()
    return result


def _gather(workers: Workers, running: int, recorder: LatencyRecorder, result: WorkloadResult,
            display: LiveDisplay | None, started: float, clock: Callable[[], float], drain: bool = False) -> None:
    """Take measurements until ``running`` workers have said they are done."""
    quiet_until = clock() + 10.0 if drain else None
    while running > 0:
        message = workers.next_message(timeout=0.05)
        now = clock()
        if message is not None:
            kind, _, detail = message
            if kind == "samples":
                for operation, seconds, error in detail:
                    recorder.record(operation, seconds, error)
            elif kind == "done":
                running -= 1
                result.finished_workers += 1
                result.skipped_slots += detail[0]
                result.max_lateness = max(result.max_lateness, detail[1])
                if running == 0:
                    result.elapsed = now - started
        elif workers.alive() == 0 or (quiet_until is not None and now > quiet_until):
            return
        if display is not None:
            display.update(recorder, now - started)
