"""Latencies, recorded exactly, and the figures made of them.

Every transaction's latency is kept (8 bytes each in an ``array``): a workload issues at
most tens of thousands of transactions a second through Python, so an hour-long run
fits in memory, and exact percentiles leave no bucket error to explain. (An HDR
histogram would bound the memory of longer runs at a relative error of 0.1%.) Percentiles
are nearest-rank: P99 is the smallest latency that 99% of transactions did not exceed.
Errors are counted per operation and grouped by message for the summary.
"""

from __future__ import annotations

from array import array
from collections import Counter, deque
from dataclasses import dataclass

import numpy as np

ALL = "all"


@dataclass(frozen=True)
class OperationFigures:
    """What one operation (or ``all``) did: counts, throughput, latency in milliseconds."""

    operation: str
    count: int
    errors: int
    tps: float
    mean_ms: float | None
    p50_ms: float | None
    p95_ms: float | None
    p99_ms: float | None
    max_ms: float | None
    min_ms: float | None

    @property
    def success_rate(self) -> float:
        """Share of transactions that succeeded, 0 to 1."""
        return (self.count - self.errors) / self.count if self.count else 1.0


def percentiles(latencies: array, points: tuple[float, ...] = (50, 95, 99)) -> list[float]:
    """Nearest-rank percentiles of seconds, in milliseconds."""
    values = np.frombuffer(latencies, dtype=np.float64)
    return [float(v) * 1000 for v in np.percentile(values, points, method="inverted_cdf")]


class LatencyRecorder:
    """Latencies of successful transactions per operation; errors counted and grouped."""

    def __init__(self, recent_errors: int = 5) -> None:
        self.latencies: dict[str, array] = {}
        self.counts: Counter[str] = Counter()
        self.errors: Counter[str] = Counter()
        self.messages: Counter[tuple[str, str]] = Counter()
        self.recent: deque[tuple[str, str]] = deque(maxlen=recent_errors)

    def record(self, operation: str, seconds: float, error: str | None = None) -> None:
        """One transaction: its latency, or its error."""
        self.counts[operation] += 1
        if error is None:
            self.latencies.setdefault(operation, array("d")).append(seconds)
            return
        self.errors[operation] += 1
        self.messages[(operation, error)] += 1
        self.recent.append((operation, error))

    @property
    def total(self) -> int:
        """Transactions recorded."""
        return sum(self.counts.values())

    @property
    def total_errors(self) -> int:
        """Transactions that failed."""
        return sum(self.errors.values())

    def _figures(self, operation: str, latencies: array, count: int, errors: int, seconds: float
                 ) -> OperationFigures:
        tps = count / seconds if seconds > 0 else 0.0
        if not latencies:
            return OperationFigures(operation, count, errors, tps, None, None, None, None, None, None)
        p50, p95, p99 = percentiles(latencies)
        values = np.frombuffer(latencies, dtype=np.float64)
        return OperationFigures(operation, count, errors, tps, float(values.mean()) * 1000, p50, p95, p99,
                                float(values.max()) * 1000, float(values.min()) * 1000)

    def figures(self, seconds: float) -> list[OperationFigures]:
        """Each operation's figures (by name), then ``all`` for the whole mix."""
        rows = [self._figures(name, self.latencies.get(name, array("d")), self.counts[name], self.errors[name],
                              seconds) for name in sorted(self.counts)]
        every = array("d")
        for name in sorted(self.latencies):
            every.extend(self.latencies[name])
        return [*rows, self._figures(ALL, every, self.total, self.total_errors, seconds)]

    def grouped_errors(self) -> list[tuple[str, str, int]]:
        """``(operation, message, times)``, most frequent first."""
        return [(operation, message, times) for (operation, message), times in self.messages.most_common()]
