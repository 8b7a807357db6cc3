"""Worker processes that run one file at a time, with a per-file timeout the parent enforces.

``concurrent.futures`` cannot stop a running task, so this is a small pool of our
own: each worker owns a pipe, the parent waits on every pipe and every process
sentinel at once, kills a worker whose file is past its deadline (TIMEOUT), notices
a worker that died (ERROR with how it died) and starts a replacement; the other
workers carry on. Workers open a fresh connection for each file, ignore SIGINT (the
parent decides what Ctrl-C means) and die with the parent.

A worker writes the line of each record it starts into shared memory, and its stderr
goes to a file: when it dies (a Rust panic aborts the process), the file's error names
the record it had reached, the signal, and the panic's message. A server engine's
service (PostgreSQL's cluster) runs for as long as the pool does.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import sys
import tempfile
import time
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any, BinaryIO

from vibesql_magic.engines import EngineError, EngineSpec, engine_service, open_engine
from vibesql_magic.slt.executor import RECORDS_NONE, FileOutcome, one_line, run_file, timed_out_record
from vibesql_magic.slt.store import ERROR, TIMEOUT
from vibesql_magic.slt.suite import FileTask

# Spawned workers start clean: no copy of the parent's results database, no threads
# (tqdm's monitor) copied in a half state, no engine imported from the wrong path.
_CONTEXT = multiprocessing.get_context("spawn")
_HANDSHAKE_SECONDS = 120.0
_LAST_WORDS_BYTES = 16384


def _die_with_parent(parent_pid: int) -> None:
    """Ask Linux to SIGKILL this worker when the parent dies, so a killed run leaves no orphans."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)


def _stderr_to(path: str) -> None:
    """Send this worker's stderr (a panic's message and backtrace) to a file the parent reads if it dies."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(descriptor, 2)
    os.close(descriptor)


def _worker_main(channel: Connection, spec: EngineSpec, keep_details: bool, keep_records: str, parent_pid: int,
                 reached: Any, stderr_path: str) -> None:
    """Worker loop: handshake with the engine version, then run files until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent(parent_pid)
    _stderr_to(stderr_path)
    try:
        engine = open_engine(spec)
    except Exception as exc:  # a missing package, a server that refuses: one line for the user
        detail = str(exc) if isinstance(exc, EngineError) else f"{exc.__class__.__name__}: {one_line(str(exc))}"
        channel.send(("fatal", detail))
        return
    channel.send(("ready", engine.version))
    # Everything imported so far lives as long as the worker: keep it out of the collector's
    # scans, and collect less often. Our engine lets reference counting free each statement's
    # syntax tree and planner objects (engine.query.planner), but the rows a file inserts are
    # young objects the collector walks, and other engines that parse in Python leave cycles: on
    # select3.test and four index/ and random/ files, collecting after 50,000 young objects took
    # 16.2 s against 15.2 s after a million.
    gc.freeze()
    gc.set_threshold(1_000_000, 20, 20)
    while True:
        try:
            task = channel.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            outcome = run_file(task.path, engine.connect, spec.dialect, keep_details=keep_details, reached=reached,
                               keep_records=keep_records)
        except BaseException as exc:  # MemoryError, a Rust panic raised as PanicException: report, then go
            name, detail = exc.__class__.__name__, one_line(str(exc))
            try:
                channel.send(("crash", f"{name}: {detail}" if detail else name))
            finally:
                os._exit(1)
        channel.send(("done", outcome))


def last_words(handle: BinaryIO) -> str | None:
    """What a dead worker said last on stderr: a Rust panic's message, else its last line."""
    try:
        handle.seek(max(0, handle.seek(0, os.SEEK_END) - _LAST_WORDS_BYTES))
        lines = [line.strip() for line in handle.read().decode("utf-8", "replace").splitlines()]
    except (OSError, ValueError):
        return None
    lines = [line for line in lines if line]
    panics = [index for index, line in enumerate(lines) if "panicked at" in line]
    if not panics:
        return one_line(lines[-1]) if lines else None
    index = panics[-1]
    said = lines[index]
    if said.endswith(":") and index + 1 < len(lines):  # Rust 1.73+: the message is on the next line
        said = f"{said} {lines[index + 1]}"
    return one_line(said)


def at_record(line: int, reason: str) -> str:
    """``line N: reason`` when the worker had reached a record (the form ``analyze`` groups by)."""
    return f"line {line}: {reason}" if line else reason


class _Worker:
    def __init__(self, spec: EngineSpec, keep_details: bool, keep_records: str) -> None:
        self.channel, child = _CONTEXT.Pipe()
        self.reached = _CONTEXT.RawValue("q", 0)
        """The line of the record the worker is running (shared memory: it outlives a crash)."""
        # The worker opens the file by name; once it has, the name goes and only the two open files remain.
        descriptor, self.stderr_path = tempfile.mkstemp(prefix="vibesql-slt-worker-", suffix=".stderr")
        self.stderr = os.fdopen(descriptor, "rb")
        self.process = _CONTEXT.Process(target=_worker_main, daemon=True, args=(
            child, spec, keep_details, keep_records, os.getpid(), self.reached, self.stderr_path))
        self.process.start()
        child.close()
        self.task: FileTask | None = None
        self.deadline = 0.0
        self.started = 0.0

    def assign(self, task: FileTask, timeout: float) -> None:
        """Send a file to the worker and start its clock."""
        self.task = task
        self.reached.value = 0
        self.started = time.monotonic()
        self.deadline = self.started + timeout
        self.channel.send(task)

    def receive(self) -> tuple[str, Any] | None:
        """The worker's next message; None when there is none (it may have died)."""
        try:
            return self.channel.recv() if self.channel.poll() else None
        except (EOFError, OSError):
            return None

    def death(self) -> str:
        """How the worker died, and what it said last, for the file's error message."""
        self.process.join(timeout=5)
        code = self.process.exitcode
        if code is not None and code < 0:
            try:
                how = f"worker process died (signal {signal.Signals(-code).name})"
            except ValueError:
                how = f"worker process died (signal {-code})"
        else:
            how = f"worker process died (exit code {code})"
        said = last_words(self.stderr)
        return f"{how}: {said}" if said else how

    def kill(self) -> None:
        """Stop the worker whatever it is doing."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.channel.close()
        self.forget_stderr_name()
        self.stderr.close()

    def forget_stderr_name(self) -> None:
        """Remove the stderr file's name (the worker has it open by now, or is gone)."""
        with contextlib.suppress(OSError):
            os.unlink(self.stderr_path)


class EngineUnavailable(Exception):
    """The workers could not open the engine (it does not import, its factory or its server fails)."""


class WorkerPool:
    """Run files on ``jobs`` worker processes; use as a context manager so workers (and services) always stop."""

    def __init__(self, spec: EngineSpec, *, jobs: int = 1, timeout: float = 300.0,
                 keep_details: bool = False, keep_records: str = RECORDS_NONE) -> None:
        self.spec = spec
        self.keep_records = keep_records
        self.jobs = max(1, jobs)
        self.timeout = timeout
        self.keep_details = keep_details
        self.workers: list[_Worker] = []
        self.engine_version: str | None = None
        self._resources = contextlib.ExitStack()
        self._live = spec

    def __enter__(self) -> WorkerPool:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def start(self) -> str | None:
        """Start the engine's service and the workers, wait until each has loaded the engine; return its version."""
        try:
            self._live = self._resources.enter_context(engine_service(self.spec))
        except EngineError as exc:
            self.close()
            raise EngineUnavailable(str(exc)) from exc
        except BaseException:
            self.close()
            raise
        self.workers = [_Worker(self._live, self.keep_details, self.keep_records) for _ in range(self.jobs)]
        deadline = time.monotonic() + _HANDSHAKE_SECONDS
        for worker in self.workers:
            self._handshake(worker, deadline)
        return self.engine_version

    def _handshake(self, worker: _Worker, deadline: float) -> None:
        ready = wait([worker.channel, worker.process.sentinel], timeout=max(0.0, deadline - time.monotonic()))
        message = worker.receive()
        worker.forget_stderr_name()
        if message is None or message[0] != "ready":
            detail = message[1] if message and message[0] == "fatal" else (
                worker.death() if ready else "the engine did not load in time")
            self.close()
            raise EngineUnavailable(detail)
        self.engine_version = message[1]

    def close(self) -> None:
        """Stop every worker now (in-flight files are abandoned), then the engine's service."""
        try:
            for worker in self.workers:
                worker.kill()
            self.workers = []
        finally:
            self._resources.close()

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        replacement = _Worker(self._live, self.keep_details, self.keep_records)
        self.workers[self.workers.index(worker)] = replacement
        self._handshake(replacement, time.monotonic() + _HANDSHAKE_SECONDS)

    def run(self, tasks: Iterable[FileTask]) -> Iterator[tuple[FileTask, FileOutcome]]:
        """Yield each task with its outcome as files finish (not in task order)."""
        pending = deque(tasks)
        while True:
            for worker in list(self.workers):
                if worker.task is None and pending:
                    task = pending.popleft()
                    try:
                        worker.assign(task, self.timeout)
                    except OSError:  # it died after its last file: a fresh worker takes the task
                        worker.task = None
                        pending.appendleft(task)
                        self._replace(worker)
            busy = [worker for worker in self.workers if worker.task is not None]
            if not busy:
                return
            now = time.monotonic()
            soonest = min(worker.deadline for worker in busy)
            waitables: list[Any] = [worker.channel for worker in busy]
            waitables += [worker.process.sentinel for worker in busy]
            ready = set(wait(waitables, timeout=max(0.0, soonest - now)))
            now = time.monotonic()
            for worker in busy:
                if worker.channel in ready or worker.process.sentinel in ready:
                    finished = self._collect(worker)
                    if finished is not None:
                        yield finished
                elif now >= worker.deadline:
                    yield self._time_out(worker)

    def _collect(self, worker: _Worker) -> tuple[FileTask, FileOutcome] | None:
        task = worker.task
        assert task is not None
        elapsed = round((time.monotonic() - worker.started) * 1000)
        message = worker.receive()
        if message is None and worker.process.is_alive():
            return None  # woken for nothing; keep waiting
        if message is not None and message[0] == "done":
            worker.task = None
            return task, message[1]
        reason = f"worker crashed: {message[1]}" if message is not None else worker.death()
        line = worker.reached.value
        self._replace(worker)
        return task, FileOutcome(ERROR, duration_ms=elapsed, error=at_record(line, reason))

    def _time_out(self, worker: _Worker) -> tuple[FileTask, FileOutcome]:
        task = worker.task
        assert task is not None
        line = worker.reached.value
        self._replace(worker)
        reason = f"timed out after {self.timeout:g} s"
        outcome = FileOutcome(TIMEOUT, duration_ms=round(self.timeout * 1000), error=at_record(line, reason))
        if self.keep_records != RECORDS_NONE:
            outcome.records = timed_out_record(task.path, line, reason)
        return task, outcome
