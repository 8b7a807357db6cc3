"""Connections that run a workload: one worker per connection, as a thread or a process.

A worker loads its own copy of the seeded data, says it is ready, waits for the common
start, then runs transactions at its share of the target rate until the duration or its
transaction count is reached or it is told to stop, sending its measurements to the
parent in small batches. The parent decides nothing about SQL: it starts, stops and
listens (:mod:`vibesql_magic.bench.workload`).

Threads or processes: sqlite3 and DuckDB release the GIL while a statement runs, so
threads share a process honestly; our engine is pure Python and holds the GIL, so
threads would measure the GIL instead: each of its connections gets a process. Every
connection holds a private copy of the data (the engines here have no shared storage
across processes), so the workload measures the engine's work, not lock contention.
"""

from __future__ import annotations

import multiprocessing
import queue
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vibesql_magic.bench.config import CustomOperation
from vibesql_magic.bench.engines import Engine, EngineSpec, engine_from_spec
from vibesql_magic.bench.loading import Snapshot, load_copy, one_line
from vibesql_magic.bench.operations import Catalog, Variant, WorkerData
from vibesql_magic.bench.patterns import resolve
from vibesql_magic.bench.ratelimit import RateLimiter
from vibesql_magic.bench.schema import Schema

_SEND_EVERY = 0.1  # seconds between batches of measurements
_ERROR_LENGTH = 200


@dataclass(frozen=True)
class WorkerSpec:
    """Everything a worker needs, as plain data (it crosses into a spawned process)."""

    engine: EngineSpec
    data: str
    schema: Schema
    rows: dict[str, int]
    weights: dict[str, float]
    custom: tuple[CustomOperation, ...]
    seed: int
    worker: int
    workers: int
    rate: float | None
    duration: float | None
    transactions: int | None


def custom_variants(custom: tuple[CustomOperation, ...]) -> list[Variant]:
    """The config's own SQL as variants: each ``?`` takes an existing value of its column."""
    return [Variant(operation.name, "", operation.sql,
                    lambda data, refs=operation.params: tuple(data.random_value(t, c) for t, c in refs),
                    operation.weight) for operation in custom]


def _execute(connection: Any, variant: Variant, params: tuple) -> None:
    cursor = connection.cursor()
    cursor.execute(variant.sql, params)
    if cursor.description is not None:
        cursor.fetchall()
    connection.commit()


def _roll_back(connection: Any) -> None:
    try:
        connection.rollback()
    except Exception:
        return


class Channel:
    """How a worker talks to the parent: one queue up, one event to start, one to stop."""

    def __init__(self, messages: Any, start: Any, stop: Any) -> None:
        self.messages, self.start, self.stop = messages, start, stop


def run_worker(spec: WorkerSpec, channel: Channel, snapshot: Snapshot | None = None,
               clock: Callable[[], float] = time.monotonic) -> None:
    """Load the data, wait for the start, run transactions, report; never raises (failures are messages)."""
    try:
        engine: Engine = engine_from_spec(spec.engine)
        connection = load_copy(engine, Path(spec.data), snapshot)
        data = WorkerData(connection, spec.schema, spec.seed, spec.worker)
        mix = resolve(spec.weights, Catalog(spec.schema, spec.rows), custom_variants(spec.custom))
        choose = mix.chooser(data.rng)
    except BaseException as exc:  # the parent reports it and stops the others
        channel.messages.put(("failed", spec.worker, one_line(exc)))
        return
    channel.messages.put(("ready", spec.worker, None))
    channel.start.wait()
    if channel.stop.is_set():
        return
    started = clock()
    # workers share the rate and take turns: worker i starts i slots of the total rate after worker 0
    offset = spec.worker / (spec.rate * spec.workers) if spec.rate else 0.0
    limiter = RateLimiter(spec.rate, started + offset, clock=clock)
    _loop(spec, channel, connection, data, choose, limiter, started, clock)


def _loop(spec: WorkerSpec, channel: Channel, connection: Any, data: WorkerData, choose: Callable[[], Variant],
          limiter: RateLimiter, started: float, clock: Callable[[], float]) -> None:
    batch: list[tuple[str, float, str | None]] = []
    last_sent = started
    done = 0
    late = 0.0
    deadline = started + spec.duration if spec.duration is not None else None
    while not channel.stop.is_set() and (spec.transactions is None or done < spec.transactions):
        late = max(late, limiter.wait())
        begun = clock()
        if deadline is not None and begun >= deadline:
            break
        variant = choose()
        error = None
        try:
            params = variant.params(data)
            _execute(connection, variant, params)
            if variant.after is not None:
                variant.after(data, params)
        except Exception as exc:
            error = one_line(exc)[:_ERROR_LENGTH]
            _roll_back(connection)
        finished = clock()
        batch.append((variant.kind, finished - begun, error))
        done += 1
        if finished - last_sent >= _SEND_EVERY:
            channel.messages.put(("samples", spec.worker, batch))
            batch, last_sent = [], finished
    channel.messages.put(("samples", spec.worker, batch))
    channel.messages.put(("done", spec.worker, (limiter.skipped, late)))


def _process_main(spec: WorkerSpec, channel: Channel) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C means
    run_worker(spec, channel)


class Workers:
    """Start workers as threads or processes; use as a context manager so they always end."""

    def __init__(self, specs: list[WorkerSpec], concurrency: str, snapshot: Snapshot | None) -> None:
        self.concurrency = concurrency
        if concurrency == "processes":
            context = multiprocessing.get_context("spawn")
            self.channel = Channel(context.Queue(), context.Event(), context.Event())
            self.runners: list[Any] = [context.Process(target=_process_main, args=(spec, self.channel), daemon=True)
                                       for spec in specs]
        else:
            self.channel = Channel(queue.Queue(), threading.Event(), threading.Event())
            self.runners = [threading.Thread(target=run_worker, args=(spec, self.channel, snapshot), daemon=True)
                            for spec in specs]

    def __enter__(self) -> Workers:
        for runner in self.runners:
            runner.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
        for runner in self.runners:
            runner.join(timeout=10)
            if isinstance(runner, multiprocessing.process.BaseProcess) and runner.is_alive():
                runner.kill()
                runner.join(timeout=5)

    def next_message(self, timeout: float) -> tuple[str, int, Any] | None:
        """The next message from a worker, or None after ``timeout`` seconds."""
        try:
            return self.channel.messages.get(timeout=timeout)
        except queue.Empty:
            return None

    def start(self) -> None:
        """Everyone is ready: go."""
        self.channel.start.set()

    def stop(self) -> None:
        """Finish the transaction in hand and report."""
        self.channel.stop.set()
        self.channel.start.set()

    def alive(self) -> int:
        """Workers still running."""
        return sum(runner.is_alive() for runner in self.runners)
