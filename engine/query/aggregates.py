"""Aggregate functions over the values one group collected, with SQLite's results and types.

The executor gathers each aggregate's arguments per group into a list; these functions
reduce a list to the aggregate's value. Working on whole lists lets Python's builtins do
the looping, which is far cheaper than a step call per row.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from functools import reduce
from itertools import accumulate

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


def _sum_parts(values: list) -> tuple[list, bool]:
    """(numbers to add, whether the result is REAL)."""
    numbers = [v if v.__class__ is int else _numeric_for_sum(v) for v in values]
    approximate = any(n.__class__ is not int for n in numbers)
    return numbers, approximate


def sql_sum(values: list) -> int | float | None:
    values = _non_null(values)
    if not values:
        return None
    if set(map(type, values)) == _INTEGERS:
        # no partial sum can leave 64 bits when even n times the largest magnitude fits
        if len(values) * max(max(values), -min(values)) <= INT64_MAX:
            return sum(values)
        return _checked_sum(values)
    numbers, approximate = _sum_parts(values)
    if not approximate:
        return _checked_sum(numbers)
    # SQLite checks the integer sum only until the first non-integer: overflow after it is no error
    first_real = next(index for index, number in enumerate(numbers) if number.__class__ is not int)
    _checked_sum(numbers[:first_real])
    return _not_nan(reduce(operator.add, (float(n) for n in numbers), 0.0))


def _not_nan(total: float) -> float | None:
    """SQLite returns NULL for a NaN result (inf + -inf), as sqlite3_result_double does."""
    return None if total != total else total


def _checked_sum(integers: list[int]) -> int:
    """Sum of integers, raising "integer overflow" if any partial sum leaves 64 bits (as SQLite does)."""
    if not integers:
        return 0
    partial = list(accumulate(integers))
    if max(partial) > INT64_MAX or min(partial) < INT64_MIN:
        raise OperationalError("integer overflow")
    return partial[-1]


def sql_total(values: list) -> float | None:
    values = _non_null(values)
    numbers, _ = _sum_parts(values)
    return _not_nan(reduce(operator.add, (float(n) for n in numbers), 0.0))


def sql_avg(values: list) -> float | None:
    values = _non_null(values)
    if not values:
        return None
    total = sql_total(values)
    return None if total is None else total / len(values)


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
