"""The SQLLogicTest corpus as a benchmark: each file's time on each engine, through the runner's worker pool.

Files run exactly as ``vibesql-slt run`` runs them (a fresh connection per file in a
worker process, with the per-file timeout); nothing is judged differently. Each file is
an operation: its latency is the file's wall time, ``count`` the times it ran
(``--repeat``), ``errors`` the runs that did not reach the end (ERROR, TIMEOUT; a file
that fails its records is still timed), and ``tps`` its records per second. The ``all``
row covers every file, ``tps`` being the records of the whole corpus per second of wall time.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from vibesql_magic.bench.engines import EngineSpec
from vibesql_magic.bench.latency import ALL, LatencyRecorder, OperationFigures
from vibesql_magic.slt.pool import WorkerPool
from vibesql_magic.slt.store import ERROR, TIMEOUT
from vibesql_magic.slt.suite import FileTask, largest_first


@dataclass
class CorpusResult:
    """One engine's timings of the corpus."""

    engine: str
    engine_version: str | None = None
    elapsed: float = 0.0
    figures: list[OperationFigures] = field(default_factory=list)
    files: int = 0
    interrupted: bool = False


def _records_per_second(figures: list[OperationFigures], records: dict[str, int], seconds: dict[str, float],
                        elapsed: float) -> list[OperationFigures]:
    total = sum(records.values())
    rows = []
    for row in figures:
        if row.operation == ALL:
            rows.append(replace(row, tps=total / elapsed if elapsed > 0 else 0.0))
        else:
            spent = seconds.get(row.operation, 0.0)
            rows.append(replace(row, tps=records.get(row.operation, 0) / spent if spent > 0 else 0.0))
    return rows


def time_corpus(tasks: Sequence[FileTask], spec: EngineSpec, *, jobs: int = 1, timeout: float = 300.0,
                repeat: int = 1, on_ready: Callable[[CorpusResult], None] | None = None,
                clock: Callable[[], float] = time.monotonic) -> CorpusResult:
    """Run every file ``repeat`` times on the engine; Ctrl-C keeps the files that finished."""
    result = CorpusResult(spec.name)
    recorder = LatencyRecorder()
    records: dict[str, int] = {}
    seconds: dict[str, float] = {}
    with WorkerPool(spec, jobs=max(1, min(jobs, len(tasks))), timeout=timeout) as pool:
        result.engine_version = pool.engine_version
        if on_ready is not None:
            on_ready(result)
        started = clock()
        try:
            for _ in range(repeat):
                for task, outcome in pool.run(largest_first(tasks)):
                    spent = outcome.duration_ms / 1000
                    failed = outcome.status in (ERROR, TIMEOUT)
                    recorder.record(task.key, spent, f"{outcome.status}: {outcome.error}" if failed else None)
                    records[task.key] = records.get(task.key, 0) + outcome.records_total
                    seconds[task.key] = seconds.get(task.key, 0.0) + spent
                    result.files += 1
        except KeyboardInterrupt:
            result.interrupted = True
        result.elapsed = clock() - started
    result.figures = _records_per_second(recorder.figures(result.elapsed), records, seconds, result.elapsed)
    return result
