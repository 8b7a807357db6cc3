"""How a run shows its progress: files done, records, pass rate and time left.

On a terminal, a tqdm bar on stderr that advances by bytes of script (file sizes differ a hundredfold,
so counting files would make a poor ETA) and shows the file count beside it. Elsewhere (CI logs, a
pipe) a plain line on stderr about every ten seconds, so a long run is never silent.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Sequence
from typing import TextIO

from tqdm import tqdm

from vibesql_magic.slt.executor import FileOutcome
from vibesql_magic.slt.store import PASS
from vibesql_magic.slt.suite import FileTask

PLAIN_INTERVAL = 10.0  # seconds between the plain progress lines


class _Counts:
    """What both displays count: files done, passed, records."""

    def __init__(self, tasks: Sequence[FileTask], done_before: int) -> None:
        self.files_total = len(tasks) + done_before
        self.files_done = done_before
        self.passed = 0
        self.finished = 0
        self.records = 0
        self.bytes_total = sum(task.path.stat().st_size for task in tasks)
        self.bytes_done = 0

    def count(self, task: FileTask, outcome: FileOutcome) -> int:
        """Count a finished file; its size in bytes."""
        size = task.path.stat().st_size
        self.files_done += 1
        self.finished += 1
        self.passed += outcome.status == PASS
        self.records += outcome.records_total
        self.bytes_done += size
        return size

    def description(self) -> str:
        rate = 100.0 * self.passed / self.finished if self.finished else 0.0
        return f"files {self.files_done}/{self.files_total}, {self.records:,} records, {rate:.1f}% pass"


class ProgressBar:
    """A tqdm bar on stderr (for a terminal)."""

    def __init__(self, tasks: Sequence[FileTask], done_before: int = 0, *,
                 disable: bool | None = None) -> None:
        self.counts = _Counts(tasks, done_before)
        self.bar = tqdm(total=self.counts.bytes_total, dynamic_ncols=True, disable=disable, leave=True,
                        desc=self.counts.description(),
                        bar_format="{desc} |{bar}| {percentage:3.0f}% [{elapsed}<{remaining}]")

    def advance(self, task: FileTask, outcome: FileOutcome) -> None:
        """Count a finished file."""
        size = self.counts.count(task, outcome)
        self.bar.set_description_str(self.counts.description(), refresh=False)
        self.bar.update(size)

    def close(self) -> None:
        """Leave the final state of the bar on screen."""
        self.bar.close()


def _clock(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class PlainProgress:
    """A plain line on ``stream`` every ``interval`` seconds while the run goes on, whether files finish or not."""

    def __init__(self, tasks: Sequence[FileTask], done_before: int = 0, *, stream: TextIO | None = None,
                 interval: float = PLAIN_INTERVAL) -> None:
        self.counts = _Counts(tasks, done_before)
        self.stream = stream or sys.stderr
        self.started = time.monotonic()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker = threading.Thread(target=self._tick, args=(interval,), name="progress", daemon=True)
        self._ticker.start()

    def line(self) -> str:
        """Where the run stands: files, records, pass rate, share of the script bytes, time spent and left."""
        with self._lock:
            counts = self.counts
            elapsed = time.monotonic() - self.started
            share = counts.bytes_done / counts.bytes_total if counts.bytes_total else 1.0
            left = f", about {_clock(elapsed * (1 - share) / share)} left" if 0 < share < 1 else ""
            return f"vibesql-slt: {counts.description()}, {100 * share:.0f}% of the script bytes, " \
                   f"{_clock(elapsed)} elapsed{left}"

    def _tick(self, interval: float) -> None:
        while not self._stop.wait(interval):
            print(self.line(), file=self.stream, flush=True)

    def advance(self, task: FileTask, outcome: FileOutcome) -> None:
        """Count a finished file."""
        with self._lock:
            self.counts.count(task, outcome)

    def close(self) -> None:
        """Stop the ticker."""
        self._stop.set()
        self._ticker.join()


def progress_for_stderr(tasks: Sequence[FileTask], done_before: int = 0) -> ProgressBar | PlainProgress:
    """A bar when stderr is a terminal, plain lines every ten seconds otherwise."""
    if sys.stderr.isatty():
        return ProgressBar(tasks, done_before)
    return PlainProgress(tasks, done_before)
