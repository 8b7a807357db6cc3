"""Workload patterns: weights over operation kinds, resolved against a schema into a mix.

The eight CRUD patterns differ in their share of reads and writes and in what they
read (keys, children, time windows); ``olap`` and ``reporting`` are joins and aggregates.
A kind the schema offers no variant of (``time_range`` without a timestamp column) is
left out and said so; a custom mix and custom SQL come from a workload config.
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Sequence
from dataclasses import dataclass

from vibesql_magic.bench.operations import BUILDERS, Catalog, Variant

PATTERNS: dict[str, dict[str, float]] = {
    "oltp": {"point_select": 45, "range_scan": 10, "update": 20, "insert": 15, "delete": 10},
    "ecommerce": {"point_select": 30, "child_lookup": 25, "join_lookup": 15, "insert": 15, "update": 15},
    "social": {"child_lookup": 35, "join_lookup": 20, "point_select": 20, "insert": 20, "update": 5},
    "iot": {"insert_event": 70, "time_range": 15, "point_select": 10, "time_buckets": 5},
    "time-series": {"insert_event": 40, "time_range": 35, "time_buckets": 25},
    "read-heavy": {"point_select": 70, "range_scan": 15, "child_lookup": 10, "update": 5},
    "write-heavy": {"insert": 50, "update": 30, "delete": 10, "point_select": 10},
    "balanced": {"point_select": 30, "range_scan": 10, "child_lookup": 10, "insert": 25, "update": 20, "delete": 5},
    "olap": {"aggregate": 40, "group_join": 40, "time_buckets": 20},
    "reporting": {"top_parents": 35, "time_buckets": 35, "aggregate": 30},
}


class PatternError(Exception):
    """A pattern or mix that the schema cannot run."""


@dataclass(frozen=True)
class MixEntry:
    """One kind of the mix: its share, and the variants it picks from (weighted by table size)."""

    kind: str
    weight: float
    variants: tuple[Variant, ...]


@dataclass(frozen=True)
class Mix:
    """The resolved workload: kinds with weights, and what was left out."""

    entries: tuple[MixEntry, ...]
    left_out: tuple[str, ...] = ()

    def shares(self) -> dict[str, float]:
        """Each kind's share of the transactions, 0 to 1."""
        total = sum(entry.weight for entry in self.entries)
        return {entry.kind: entry.weight / total for entry in self.entries}

    def chooser(self, rng: random.Random) -> Chooser:
        """A weighted picker of variants on the given random stream."""
        return Chooser(self, rng)


class Chooser:
    """Picks a kind by its weight, then one of its variants by table size: two bisections."""

    def __init__(self, mix: Mix, rng: random.Random) -> None:
        self.rng = rng
        self.entries = mix.entries
        self.kind_totals = list(itertools.accumulate(entry.weight for entry in mix.entries))
        self.variant_totals = [list(itertools.accumulate(v.weight for v in entry.variants)) for entry in mix.entries]

    def __call__(self) -> Variant:
        entry = bisect.bisect_right(self.kind_totals, self.rng.random() * self.kind_totals[-1])
        entry = min(entry, len(self.entries) - 1)
        totals = self.variant_totals[entry]
        index = min(bisect.bisect_right(totals, self.rng.random() * totals[-1]), len(totals) - 1)
        return self.entries[entry].variants[index]


def resolve(weights: dict[str, float], catalog: Catalog, custom: Sequence[Variant] = ()) -> Mix:
    """The mix of ``weights`` (kind or custom name -> weight) on this schema."""
    by_name = {variant.kind: variant for variant in custom}
    entries, left_out = [], []
    for kind, weight in weights.items():
        if weight <= 0:
            continue
        if kind in by_name:
            entries.append(MixEntry(kind, weight, (by_name[kind],)))
            continue
        if kind not in BUILDERS:
            raise PatternError(f"unknown operation {kind!r}; built-in ones: {', '.join(sorted(BUILDERS))}")
        variants = tuple(BUILDERS[kind](catalog))
        if variants:
            entries.append(MixEntry(kind, weight, variants))
        else:
            left_out.append(kind)
    if not entries:
        raise PatternError(f"the schema offers none of {', '.join(weights)} (no keys, foreign keys or "
                           "timestamp columns to work on)")
    return Mix(tuple(entries), tuple(left_out))


def pattern_weights(name: str) -> dict[str, float]:
    """A built-in pattern's weights."""
    if name not in PATTERNS:
        raise PatternError(f"unknown pattern {name!r}; use one of {', '.join(PATTERNS)}")
    return dict(PATTERNS[name])
