"""The live view of a workload: elapsed and TPS against their targets, success rate, latency, mix, errors.

On a terminal the block of lines is redrawn in place twice a second; elsewhere (CI logs,
a pipe) a plain line goes to stderr every few seconds, so a log shows progress without
control characters.
"""

from __future__ import annotations

import sys
from typing import TextIO

from vibesql_magic.bench.latency import ALL, LatencyRecorder, OperationFigures


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def latency_line(figures: OperationFigures) -> str:
    """``p50 1.20  p95 3.40  p99 5.10  mean 1.50  max 9.80 ms``."""
    return (f"p50 {_ms(figures.p50_ms)}  p95 {_ms(figures.p95_ms)}  p99 {_ms(figures.p99_ms)}  "
            f"mean {_ms(figures.mean_ms)}  max {_ms(figures.max_ms)} ms")


def mix_line(figures: list[OperationFigures]) -> str:
    """Each operation's share of the transactions so far."""
    total = sum(row.count for row in figures if row.operation != ALL) or 1
    return "  ".join(f"{row.operation} {100 * row.count / total:.0f}%" for row in figures if row.operation != ALL)


class LiveDisplay:
    """Shows a running workload; ``update`` is cheap to call often (it draws at its own pace)."""

    def __init__(self, title: str, target_tps: float | None, duration: float | None, *,
                 stream: TextIO | None = None, tty: bool | None = None, plain_every: float = 2.0) -> None:
        self.title = title
        self.target_tps = target_tps
        self.duration = duration
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.every = 0.5 if self.tty else plain_every
        self.last_drawn = -self.every
        self.lines_drawn = 0

    def _lines(self, recorder: LatencyRecorder, elapsed: float) -> list[str]:
        figures = recorder.figures(elapsed)
        everything = figures[-1]
        target = f" / {self.target_tps:g} target" if self.target_tps else ""
        of = f" / {self.duration:g}" if self.duration else ""
        lines = [f"{self.title}: {elapsed:.1f}{of} s, tps {everything.tps:.1f}{target}, "
                 f"ok {100 * everything.success_rate:.1f}% of {everything.count:,}",
                 f"  latency {latency_line(everything)}", f"  mix {mix_line(figures)}"]
        lines += [f"  error in {operation}: {message}" for operation, message in list(recorder.recent)[-3:]]
        return lines

    def update(self, recorder: LatencyRecorder, elapsed: float, force: bool = False) -> None:
        """Draw if it is time (or ``force``)."""
        if not force and elapsed - self.last_drawn < self.every:
            return
        self.last_drawn = elapsed
        lines = self._lines(recorder, elapsed)
        if not self.tty:
            self.stream.write(" | ".join(line.strip() for line in lines[:3]) + "\n")
            self.stream.flush()
            return
        if self.lines_drawn:
            self.stream.write(f"\x1b[{self.lines_drawn}F\x1b[J")
        self.stream.write("\n".join(lines) + "\n")
        self.stream.flush()
        self.lines_drawn = len(lines)

    def close(self) -> None:
        """Leave the last state on screen (the summary follows on stdout)."""
        self.lines_drawn = 0
