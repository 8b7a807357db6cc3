"""The rate limiter against a fake clock: the target held when sustainable, the shortfall plain when not."""

from __future__ import annotations

from vibesql_magic.bench.ratelimit import RateLimiter


class FakeClock:
    """Time that moves only when something sleeps or works."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def run(rate: float, work: float, seconds: float) -> tuple[int, float, RateLimiter]:
    """Transactions started in ``seconds`` when each takes ``work`` seconds; and the worst lateness."""
    clock = FakeClock()
    limiter = RateLimiter(rate, 0.0, clock=clock, sleep=clock.sleep)
    started, late = 0, 0.0
    while True:
        late = max(late, limiter.wait())
        if clock.now >= seconds:
            return started, late, limiter
        started += 1
        clock.now += work


def test_a_sustainable_rate_is_held_exactly() -> None:
    started, late, _ = run(rate=200, work=0.001, seconds=10)
    assert started == 2000
    assert late == 0


def test_jittery_work_under_the_slot_keeps_the_rate() -> None:
    clock = FakeClock()
    limiter = RateLimiter(100, 0.0, clock=clock, sleep=clock.sleep)
    costs = [0.002, 0.015, 0.001, 0.009] * 250  # some longer than a slot (10 ms), the mean shorter
    for cost in costs:
        limiter.wait()
        clock.now += cost
    assert abs(clock.now - 10.0) < 0.02  # 1000 transactions in 10 s: the late ones were caught up


def test_an_unsustainable_rate_runs_flat_out_without_bursting() -> None:
    started, late, limiter = run(rate=200, work=0.010, seconds=10)
    assert 990 <= started <= 1001  # what 10 ms transactions allow, not 2000
    assert late <= 1.0 + 0.010  # never more than max_lag behind: missed slots are dropped
    # every slot is run, dropped, or in the at most one second (200 slots) of backlog still allowed
    assert 2000 - started - 200 - 1 <= limiter.skipped <= 2000 - started


def test_no_rate_means_no_waiting() -> None:
    started, late, _ = run(rate=0, work=0.001, seconds=1)
    assert started == 1000 and late == 0
