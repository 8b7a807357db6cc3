"""Run a suite into a results file: start the workers, journal each file as it finishes, fold at the end.

This is the library behind ``vibesql-slt run`` (and ``history``, once per commit).
Ctrl-C stops dispatching and keeps every finished file; the run stays open
(``completed_at`` NULL) and ``resume`` continues it with the files it lacks.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from vibesql_magic import record_store
from vibesql_magic.engines import EngineSpec
from vibesql_magic.slt.executor import RECORDS_FAILING, RECORDS_NONE, FileOutcome
from vibesql_magic.slt.journal import ResultsFile
from vibesql_magic.slt.pool import WorkerPool
from vibesql_magic.slt.store import timestamp
from vibesql_magic.slt.suite import FileTask, largest_first


class RunError(Exception):
    """The run cannot start as asked (unknown run to resume, engine mismatch)."""


class Progress(Protocol):
    """What the runner reports as files finish (the CLI shows a progress bar)."""

    def advance(self, task: FileTask, outcome: FileOutcome) -> None:
        """One more file is done."""

    def close(self) -> None:
        """The run is over."""


@dataclass(slots=True)
class RunOptions:
    """How to run: engine, parallelism, limits, and what to record about the run."""

    engine: EngineSpec
    jobs: int = 1
    timeout: float = 300.0
    git_commit: str | None = None
    branch: str | None = None
    label: str | None = None
    resume: int | None = None
    dated: str | None = None
    """A fixed TIMESTAMP for every time the run records (``history`` dates runs by commit)."""
    records: str = RECORDS_FAILING
    """Which records go to ``record_results``: ``failing`` (the default), ``all`` (with timings) or ``none``."""


@dataclass(slots=True)
class RunSummary:
    """What a run did, for the closing line on the terminal."""

    run_id: int
    planned: int
    statuses: dict[str, int] = field(default_factory=dict)
    records_total: int = 0
    records_passed: int = 0
    records_failed: int = 0
    records_skipped: int = 0
    already_done: int = 0
    interrupted: bool = False

    @property
    def finished(self) -> int:
        """Files run in this session (a resumed run also has ``already_done``)."""
        return sum(self.statuses.values())

    def add(self, outcome: FileOutcome) -> None:
        """Count one finished file."""
        self.statuses[outcome.status] = self.statuses.get(outcome.status, 0) + 1
        self.records_total += outcome.records_total
        self.records_passed += outcome.records_passed
        self.records_failed += outcome.records_failed
        self.records_skipped += outcome.records_skipped


def result_entry(run_id: int, task: FileTask, outcome: FileOutcome, tested_at: str) -> dict[str, Any]:
    """The journal entry for one finished file."""
    return {
        "kind": "result", "run_id": run_id, "file_path": task.key, "status": outcome.status,
        "tested_at": tested_at, "duration_ms": outcome.duration_ms, "error_message": outcome.error_message(),
        "records_total": outcome.records_total, "records_passed": outcome.records_passed,
        "records_failed": outcome.records_failed, "records_skipped": outcome.records_skipped,
        "file_hash": outcome.file_hash,
    }


def run_header(options: RunOptions, total_files: int, engine_version: str | None) -> dict[str, Any]:
    """The journal entry that opens a run (its id is given when it is journalled)."""
    return {
        "started_at": options.dated or timestamp(), "total_files": total_files,
        "git_commit": options.git_commit, "branch_name": options.branch, "host": socket.gethostname(),
        "label": options.label, "engine": options.engine.name, "engine_version": engine_version,
        "dialect": options.engine.dialect, "records": None if options.records == RECORDS_NONE else options.records,
    }


def _resume_plan(results: ResultsFile, options: RunOptions, tasks: Sequence[FileTask]
                 ) -> tuple[list[FileTask], int]:
    """The tasks a resumed run still lacks, and how many it already has."""
    store = results.fold()
    run = store.run(options.resume)  # type: ignore[arg-type]
    if run is None:
        raise RunError(f"no run {options.resume} in {results.path}")
    if run.get("completed_at") is not None:
        raise RunError(f"run {options.resume} is complete; there is nothing to resume")
    if run.get("engine") not in (None, options.engine.name):
        raise RunError(f"run {options.resume} used engine {run['engine']}, not {options.engine.name}")
    if run.get("dialect") not in (None, options.engine.dialect):
        raise RunError(f"run {options.resume} ran as {run['dialect']}, not {options.engine.dialect} (--as)")
    done = store.results_of(options.resume)  # type: ignore[arg-type]
    return [task for task in tasks if task.key not in done], len(done)


ProgressFactory = Callable[[Sequence[FileTask], int], Progress]
"""Makes the display of a run from the files still to run and how many were done before."""


def run_suite(tasks: Sequence[FileTask], results: ResultsFile, options: RunOptions,
              progress: ProgressFactory | None = None) -> RunSummary:
    """Run the tasks and record them as a run (or as the rest of run ``options.resume``)."""
    with results.writer():
        return _run_suite(tasks, results, options, progress)


def _run_suite(tasks: Sequence[FileTask], results: ResultsFile, options: RunOptions,
               progress: ProgressFactory | None) -> RunSummary:
    todo, already = list(tasks), 0
    if options.resume is not None:
        todo, already = _resume_plan(results, options, tasks)
    jobs = max(1, min(options.jobs, len(todo)))
    records_dir = record_store.records_dir(results.path)
    with WorkerPool(options.engine, jobs=jobs, timeout=options.timeout, keep_records=options.records) as pool:
        if options.resume is None:
            run_id = results.begin(run_header(options, len(tasks), pool.engine_version))
        else:
            run_id = options.resume
        summary = RunSummary(run_id, len(tasks), already_done=already)
        bar = progress(todo, already) if progress is not None else None
        try:
            for task, outcome in pool.run(largest_first(todo)):
                if options.records != RECORDS_NONE:  # before its journal entry: a journalled file has its records
                    record_store.write_part(records_dir, run_id, task.key,
                                            [(run_id, task.key, *row) for row in outcome.records])
                results.append([result_entry(run_id, task, outcome, options.dated or timestamp())])
                summary.add(outcome)
                if bar is not None:
                    bar.advance(task, outcome)
        except KeyboardInterrupt:
            summary.interrupted = True
        finally:
            if bar is not None:
                bar.close()
    if not summary.interrupted:
        results.append([{"kind": "end", "run_id": run_id, "completed_at": options.dated or timestamp()}])
    results.fold()
    return summary


def record_unrunnable(results: ResultsFile, options: RunOptions, total_files: int, reason: str) -> int:
    """Record a run whose engine could not load: every file untested, the reason in its label."""
    label = f"{options.label + ': ' if options.label else ''}engine unavailable: {reason}"[:500]
    run_id = results.begin(run_header(replace(options, label=label), total_files, None))
    results.append([{"kind": "end", "run_id": run_id, "completed_at": options.dated or timestamp()}])
    results.fold()
    return run_id


def check_file(task: FileTask, engine: EngineSpec, timeout: float) -> FileOutcome:
    """Run one file in a worker (so a hang still times out) keeping every failure's details."""
    with WorkerPool(engine, jobs=1, timeout=timeout, keep_details=True) as pool:
        return next(iter(pool.run([task])))[1]


def pass_rate(passed: int, total: int) -> float:
    """Percentage, 0 for an empty run."""
    return 100.0 * passed / total if total else 0.0

