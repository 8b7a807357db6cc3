"""Aggregate functions over the values one group collected, with SQLite's results and types.

The executor gathers each aggregate's arguments per group into a list; these functions
reduce a list to the aggregate's value. Working on whole lists lets Python's builtins do
the looping, which is far cheaper than a step call per row.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from engine.errors import OperationalError
from engine.semantics import json_functions
from engine.semantics import values as V
from engine.semantics.limits import INT64_MAX, INT64_MIN


def _numeric_for_sum(value: object) -> int | float:
    """What SUM adds for a value: numbers as they are, text by numeric affinity, else its REAL."""
    cls = value.__class__
    if cls is int or cls is float:
        return value
    if cls is str:
        number = V.parse_number(value)
        if number is not None:
            return number
    return float(V.to_number(value))


_INTEGERS = {int}


def _non_null(values: list) -> list:
    return [v for v in values if v is not None] if None in values else values


def sql_sum(values: list) -> int | float | None:
    values = _non_null(values)
    if not values:
        return None
    # no partial sum can leave 64 bits when even n times the largest magnitude fits
    if set(map(type, values)) == _INTEGERS and len(values) * max(max(values), -min(values)) <= INT64_MAX:
        return sum(values)
    return _summed(values).sum()


def not_nan(total: float) -> float | None:
    """SQLite returns NULL for a NaN result (inf + -inf), as sqlite3_result_double does."""
    return None if total != total else total


_SPLIT = 1 << 52  # integers this large are added in two parts, so the REAL sum loses none of their bits


class SumState:
    """SUM as current SQLite computes it (3.43 on; 3.54 is the reference): an exact 64-bit integer sum
    while every value is an integer and no partial sum overflows, from then on a Kahan-Babuska-Neumaier
    compensated REAL sum, so the result barely depends on the order of the rows (3.40 added REALs plainly).
    An integer overflow stands unless a REAL value comes after it."""

    def __init__(self) -> None:
        self.exact: int | None = 0  # None once the sum is REAL
        self.total = self.error = 0.0
        self.overflowed = False
        self.count = 0

    def add(self, value: object) -> None:
        """Add a non-NULL value."""
        number = value if value.__class__ is int else _numeric_for_sum(value)
        self.count += 1
        if self.exact is not None:
            if number.__class__ is int:
                if INT64_MIN <= self.exact + number <= INT64_MAX:
                    self.exact += number
                    return
                self.overflowed = True
            self._become_real()
        if number.__class__ is int:
            self._add_integer(number)
        else:
            self.overflowed = False
            self._add(number)

    def remove(self, value: object) -> None:
        """Take a non-NULL value out again, as SQLite's inverse step does for a sliding window frame: the
        sum stays REAL once it was (so a frame whose REALs left still gives a REAL), and an integer
        overflow in the subtraction makes it REAL and overflowed."""
        number = value if value.__class__ is int else _numeric_for_sum(value)
        self.count -= 1
        if self.exact is not None:
            if INT64_MIN <= self.exact - number <= INT64_MAX:
                self.exact -= number
                return
            self.overflowed = True
            self._become_real()
        if number.__class__ is int:
            for part in ((INT64_MAX, 1) if number == INT64_MIN else (-number,)):
                self._add_integer(part)
        else:
            self._add(-number)

    def _become_real(self) -> None:
        """The exact integer sum becomes the start of the compensated REAL sum."""
        low = _c_remainder(self.exact) if not -_SPLIT < self.exact < _SPLIT else 0
        self.total, self.error, self.exact = float(self.exact - low), float(low), None

    def _add_integer(self, number: int) -> None:
        if -_SPLIT < number < _SPLIT:
            self._add(float(number))
        else:
            low = _c_remainder(number)
            self._add(float(number - low))
            self._add(float(low))

    def _add(self, number: float) -> None:
        step = self.total + number
        if abs(self.total) > abs(number):
            self.error += (self.total - step) + number
        else:
            self.error += (number - step) + self.total
        self.total = step

    def real(self) -> float:
        """The sum as a REAL (TOTAL's result; SUM's once a REAL was added or an integer overflowed)."""
        if self.exact is not None:
            return float(self.exact)
        if math.isfinite(self.error):
            return self.total + self.error
        return self.total

    def sum(self) -> int | float | None:
        if self.count == 0:
            return None
        if self.exact is not None:
            return self.exact
        if self.overflowed:
            raise OperationalError("integer overflow")
        return not_nan(self.real())


def _summed(values: list) -> SumState:
    state = SumState()
    for value in values:
        state.add(value)
    return state


def _c_remainder(number: int) -> int:
    """number % 16384 with C's sign (that of the dividend)."""
    return number % 16384 if number >= 0 else -(-number % 16384)


def sql_total(values: list) -> float | None:
    values = _non_null(values)
    if not values:
        return 0.0
    return not_nan(_summed(values).real())


def sql_avg(values: list) -> float | None:
    values = _non_null(values)
    if not values:
        return None
    return not_nan(_summed(values).real() / len(values))


def sql_count(values: list) -> int:
    return len(values) - values.count(None) if None in values else len(values)


def count_rows(values: list) -> int:
    return len(values)


def _extreme(values: list, collation: str | None, pick: Callable) -> object:
    values = _non_null(values)
    if not values:
        return None
    if collation in (None, "BINARY"):
        return pick(values, key=V.sort_key)
    return pick(values, key=V.sort_key_collated(collation))


def sql_min(values: list, collation: str | None = None) -> object:
    return _extreme(values, collation, min)


def sql_max(values: list, collation: str | None = None) -> object:
    return _extreme(values, collation, max)


def group_concat(values: list) -> str | None:
    """GROUP_CONCAT over (value, separator) pairs; the first value's separator is not used."""
    text = None
    parts: list[str] = []
    for value, separator in values:
        if value is None:
            continue
        if parts:
            parts.append("" if separator is None else V.to_text(separator))
        parts.append(V.to_text(value))
    if parts:
        text = "".join(parts)
    return text


def distinct(values: list, collation: str | None = None) -> list:
    """The values with duplicates removed, first occurrences kept (SQLite's DISTINCT equality)."""
    if collation in (None, "BINARY"):
        return list(dict.fromkeys(values))
    return [pair[0] for pair in distinct_pairs([(value,) for value in values], collation)]


def distinct_pairs(values: list, collation: str | None = None) -> list:
    """Tuples whose first item is distinct (under ``collation``), first occurrences kept."""
    folding = collation not in (None, "BINARY")
    seen = set()
    kept = []
    for pair in values:
        key = V.collate_key(pair[0], collation) if folding and pair[0].__class__ is str else pair[0]
        if key not in seen:
            seen.add(key)
            kept.append(pair)
    return kept


FINALIZERS: dict[str, Callable[[list], object]] = {
    "count(*)": count_rows,
    "count": sql_count,
    "sum": sql_sum,
    "total": sql_total,
    "avg": sql_avg,
    "min": sql_min,
    "max": sql_max,
    "group_concat": group_concat,
    "json_group_array": json_functions.group_array,
    "json_group_object": json_functions.group_object,
}


def check_arguments(name: str, count: int) -> None:
    expected = {"count": (0, 1), "sum": (1, 1), "total": (1, 1), "avg": (1, 1), "min": (1, 1), "max": (1, 1),
                "group_concat": (1, 2), "string_agg": (2, 2), "json_group_array": (1, 1),
                "json_group_object": (2, 2)}[name]
    if not expected[0] <= count <= expected[1]:
        raise OperationalError(f"wrong number of arguments to function {name}()")
