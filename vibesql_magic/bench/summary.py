"""The final summary of a workload as text: the rate held or not, per-operation figures, grouped errors."""

from __future__ import annotations

from vibesql_magic.bench.workload import WorkloadResult
from vibesql_magic.slt.reports import Table, format_table

_FIGURE_COLUMNS = ["operation", "count", "errors", "tps", "mean_ms", "p50_ms", "p95_ms", "p99_ms", "max_ms"]


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def rate_verdict(result: WorkloadResult) -> str:
    """Whether the target rate held, said plainly."""
    total, target = result.total, result.options.tps
    achieved = f"achieved {total.tps:.1f} TPS"
    if not target:
        return f"{achieved} (no target: as fast as the engine goes)"
    if result.sustained:
        return f"{achieved} of the {target:g} TPS target (held within 10%)"
    if total.tps < target:
        slowest = (f"; transactions started up to {1000 * result.max_lateness:.0f} ms late"
                   if result.max_lateness else "")
        return (f"{achieved}: the target of {target:g} TPS was NOT sustained ({100 * total.tps / target:.0f}% of "
                f"it; mean latency {total.mean_ms or 0:.2f} ms with {result.options.connections} "
                f"connection(s)){slowest}")
    return f"{achieved}: above the {target:g} TPS target by more than 10%"


def summary(result: WorkloadResult) -> str:
    """Every line of the closing summary."""
    options, total = result.options, result.total
    head = (f"workload {options.pattern} on {options.engine.name} {options.engine.version or ''}: "
            f"{options.connections} connection(s) as {result.concurrency}, {result.elapsed:.1f} s"
            + (" (interrupted)" if result.interrupted else ""))
    lines = [head, f"{rate_verdict(result)}; {total.count:,} transactions, {total.errors:,} errors "
                   f"({100 * total.success_rate:.1f}% ok)"]
    rows = [(row.operation, row.count, row.errors, _round(row.tps), _round(row.mean_ms), _round(row.p50_ms),
             _round(row.p95_ms), _round(row.p99_ms), _round(row.max_ms)) for row in result.figures]
    lines.append(format_table(Table("", _FIGURE_COLUMNS, rows)))
    if result.errors:
        lines.append("errors:")
        lines += [f"  {times:,} x {operation}: {message}" for operation, message, times in result.errors[:20]]
    if result.mix.left_out:
        lines.append(f"left out (nothing in this schema to run them on): {', '.join(result.mix.left_out)}")
    return "\n".join(lines)
