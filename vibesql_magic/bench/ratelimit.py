"""Holding a target rate: each transaction has a slot, ``1 / rate`` after the previous one.

The schedule is open-loop (a slot does not move because the previous transaction was
slow), so a slow engine shows up as lateness rather than as a quietly lower rate. A
worker that falls more than ``max_lag`` seconds behind forgets the slots it missed
instead of bursting through them; the achieved rate then says plainly that the target
was not held. The clock and sleep are parameters, so tests drive it with a fake clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class RateLimiter:
    """Slots at ``rate`` per second from ``start`` (no rate: no waiting)."""

    def __init__(self, rate: float | None, start: float, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep, max_lag: float = 1.0) -> None:
        self.interval = 1.0 / rate if rate else 0.0
        self.next_slot = start
        self.clock = clock
        self.sleep = sleep
        self.max_lag = max_lag
        self.skipped = 0

    def wait(self) -> float:
        """Wait for the next slot; return how late it starts, in seconds (0 when on time)."""
        now = self.clock()
        if not self.interval:
            return 0.0
        if now < self.next_slot:
            self.sleep(self.next_slot - now)
            now = self.clock()
        lateness = max(0.0, now - self.next_slot)
        self.next_slot += self.interval
        if now - self.next_slot > self.max_lag:  # far behind: drop the missed slots rather than burst
            missed = int((now - self.next_slot) / self.interval)
            self.skipped += missed
            self.next_slot += missed * self.interval
        return lateness
