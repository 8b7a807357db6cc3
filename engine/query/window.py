"""Window functions: ranking, navigation and aggregates over frames, per partition.

The executor evaluates, for every row, its partition key, ORDER BY values, arguments and
FILTER; this module sorts each partition as ORDER BY says and computes the function for
every row. Frames that start at UNBOUNDED PRECEDING (the default) are computed with
running state, so running totals over large partitions stay linear.
"""

from __future__ import annotations

from collections import deque
from functools import cmp_to_key

from engine.errors import OperationalError
from engine.query import aggregates
from engine.semantics import values as V


def _order_key(flags: list[tuple[bool, bool]]):
    def key_for(position: int):
        descending, nulls_first = flags[position]
        nulls_rank = 0 if nulls_first != descending else 4

        def key(item) -> tuple:
            value = item[1][position]
            if value is None:
                return (nulls_rank, 0)
            return (V._RANK[value.__class__], value)

        return key

    return key_for


def _partitions(evaluated: list[tuple], flags: list[tuple[bool, bool]],
                order: list[int]) -> list[list[tuple[int, tuple]]]:
    """Row indexes grouped by partition, each sorted by the window's ORDER BY; peers keep their order in
    ``order``, the order the previous window's pass left the rows in."""
    groups: dict = {}
    for index in order:
        partition, values = evaluated[index][:2]
        groups.setdefault(partition, []).append((index, values))
    key_for = _order_key(flags)
    result = []
    for members in groups.values():
        for position in reversed(range(len(flags))):
            members.sort(key=key_for(position), reverse=flags[position][0])
        result.append(members)
    return result


def pass_order(spec, evaluated: list[tuple], order: list[int]) -> list[int]:
    """The rows in the order one window's pass leaves them: sorted by its PARTITION BY and ORDER BY, ties
    keeping ``order``. SQLite runs the last window's pass first and the first window's last, so a query
    without ORDER BY returns its rows in the first window's order."""
    if not spec.partition_srcs and not spec.order_srcs:
        return order
    flags = [(False, True)] * len(spec.partition_srcs) + list(spec.order_flags)
    compare = [directional_compare(descending, nulls_first) for descending, nulls_first in flags]

    def key(index: int) -> tuple:
        partition, values = evaluated[index][0], evaluated[index][1]
        return tuple(cmp_to_key(c)(v) for c, v in zip(compare, (*partition, *values), strict=True))

    return sorted(order, key=key)


def _peer_groups(members: list[tuple[int, tuple]]) -> list[tuple[int, int]]:
    """For each position, the [first, last] positions of its peers (equal ORDER BY values)."""
    bounds = [(0, 0)] * len(members)
    start = 0
    for position in range(1, len(members) + 1):
        if position == len(members) or members[position][1] != members[start][1]:
            for peer in range(start, position):
                bounds[peer] = (start, position - 1)
            start = position
    return bounds


def compute_window(spec, evaluated: list[tuple], offsets: tuple, order: list[int]) -> list[object]:
    """The window function's value for every row (by row index); the rows come in ``order``, which breaks
    ties between peers."""
    results: list[object] = [None] * len(evaluated)
    name = spec.name
    for members in _partitions(evaluated, spec.order_flags, order):
        peers = _peer_groups(members)
        count = len(members)
        if name == "row_number":
            for position, (index, _) in enumerate(members):
                results[index] = position + 1
        elif name in ("rank", "dense_rank", "percent_rank", "cume_dist"):
            dense = 0
            for position, (index, _) in enumerate(members):
                first, last = peers[position]
                if position == first:
                    dense += 1
                if name == "rank":
                    results[index] = first + 1
                elif name == "dense_rank":
                    results[index] = dense
                elif name == "percent_rank":
                    results[index] = first / (count - 1) if count > 1 else 0.0
                else:
                    results[index] = (last + 1) / count
        elif name == "ntile":
            _ntile(members, evaluated, results)
        elif name in ("lag", "lead"):
            _lag_lead(name, members, evaluated, results)
        else:
            _framed(spec, members, peers, evaluated, offsets, results)
    return results


def _ntile(members, evaluated, results) -> None:
    count = len(members)
    buckets = V.to_integer(evaluated[members[0][0]][2][0]) if members else 1
    if buckets is None or buckets <= 0:
        raise OperationalError("argument of ntile must be a positive integer")
    size, extra = divmod(count, buckets)
    position = 0
    for bucket in range(1, buckets + 1):
        width = size + (1 if bucket <= extra else 0)
        for _ in range(width):
            if position < count:
                results[members[position][0]] = bucket
                position += 1


def _lag_lead(name, members, evaluated, results) -> None:
    count = len(members)
    for position, (index, _) in enumerate(members):
        arguments = evaluated[index][2]
        offset = V.to_integer(arguments[1]) if len(arguments) > 1 and arguments[1] is not None else 1
        default = arguments[2] if len(arguments) > 2 else None
        target = position - offset if name == "lag" else position + offset
        if 0 <= target < count:
            results[index] = evaluated[members[target][0]][2][0]
        else:
            results[index] = default


def _checked_offset(value: object, unit: str, is_start: bool) -> int | float:
    """A frame offset as SQLite checks it once per query: ROWS and GROUPS take a non-negative integer
    (OP_MustBeInt), RANGE a non-negative number (text that spells one included; a REAL stays REAL, so
    1e16 is not the integer 10000000000000000 that would add to 1 exactly)."""
    if unit == "range":
        number = V.numeric_affinity_for_compare(value)
        valid = number.__class__ in (int, float) and number >= 0
    else:
        number = V.apply_affinity(value, V.NUMERIC)
        valid = number.__class__ is int and number >= 0
    if not valid:
        which = "starting" if is_start else "ending"
        kind = "number" if unit == "range" else "integer"
        raise OperationalError(f"frame {which} offset must be a non-negative {kind}")
    return number


class _Partition:
    """One partition in window order, with what its frames need: peers, groups and order values."""

    def __init__(self, members: list[tuple[int, tuple]], flags: list[tuple[bool, bool]]) -> None:
        self.members = members
        self.count = len(members)
        self.peers = _peer_groups(members)
        self.flags = flags
        starts = sorted({first for first, _ in self.peers})
        self.group_starts = starts
        group_index = {first: number for number, first in enumerate(starts)}
        self.group_of = [group_index[first] for first, _ in self.peers]
        self._ranges: list[tuple[int, int]] | None = None

    def bounds(self, frame: tuple, offsets: tuple, position: int) -> tuple[int, int]:
        """The frame's first and last positions for the row at ``position`` (empty when first > last)."""
        unit, start_kind, end_kind = frame[:3]
        if unit == "range" and ({start_kind, end_kind} & {"preceding", "following"}):
            if self._ranges is None:
                self._ranges = self._range_bounds(start_kind, end_kind, offsets)
            return self._ranges[position]
        return (self._bound(unit, start_kind, offsets[0], position, True),
                self._bound(unit, end_kind, offsets[1], position, False))

    def _bound(self, unit: str, kind: str, offset, position: int, is_start: bool) -> int:
        if kind == "unbounded":
            return 0
        if kind == "unbounded_following":
            return self.count - 1
        if kind == "current" and unit == "rows":
            return position
        if kind == "current":
            first, last = self.peers[position]
            return first if is_start else last
        sign = -1 if kind == "preceding" else 1
        if unit == "rows":
            return position + sign * offset
        target = self.group_of[position] + sign * offset
        if target < 0:
            return 0 if is_start else -1
        if target >= len(self.group_starts):
            return self.count if is_start else self.count - 1
        first = self.group_starts[target]
        return first if is_start else self.peers[first][1]

    def _range_bounds(self, start_kind: str, end_kind: str, offsets: tuple) -> list[tuple[int, int]]:
        """RANGE n PRECEDING/FOLLOWING for every row, as SQLite's cursors find them (windowCodeRangeTest):
        the frame's start and end move forward a peer group at a time, never back, while a test of the
        group's value against the current row's holds. The test adds n to one side in double or int64
        arithmetic (subtracts it in a DESC window): for FOLLOWING the current value moves, for PRECEDING the
        row's value does (5e-324 - 1 is -1.0, but -1 + 1 = 0 is less than 5e-324, so -1 is not 1 PRECEDING
        5e-324). Where n widens the frame (a start PRECEDING, an end FOLLOWING) the values are first
        compared as they are, so a row is never out of its own frame because an integer turned REAL
        (9223372036854775806 - 5e-324 is 9223372036854775808.0). A NULL, text or blob value takes no
        offset (SQLite skips the arithmetic); NULLs sort where ORDER BY put them."""
        descending, nulls_first = self.flags[0]
        arithmetic = V.subtract if descending else V.add
        compare = directional_compare(descending, nulls_first)
        start_offset, end_offset = offsets

        def moved(value: object, offset) -> object:
            return arithmetic(value, offset) if value.__class__ in (int, float) else value

        def key(at: int) -> object:
            return self.members[at][1][0]

        def start_passes(at: int, current: object) -> bool:  # the frame's start moves past this row
            if start_kind == "preceding":
                value = key(at)
                return compare(value, current) < 0 and compare(moved(value, start_offset), current) < 0
            return compare(moved(current, start_offset), key(at)) > 0

        def end_takes(at: int, current: object) -> bool:  # the frame's end takes this row in
            if end_kind == "following":
                value = key(at)
                return compare(current, value) >= 0 or compare(moved(current, end_offset), value) >= 0
            return compare(moved(key(at), end_offset), current) <= 0

        count = self.count
        # with both bounds PRECEDING or both FOLLOWING, SQLite keeps the start from passing the end, and the
        # end of a PRECEDING frame from passing the current row's peers until the partition has been read
        same = start_kind == end_kind
        final = self.group_starts[-1] if self.group_starts else 0
        bounds: list[tuple[int, int]] = [(0, -1)] * count
        start = end = 0  # the first row in the frame, the first row not yet in it
        for first in self.group_starts:
            last = self.peers[first][1]
            current = key(first)
            if end_kind == "unbounded_following":
                end = count
            elif end_kind == "current":
                end = last + 1
            else:
                limit = last + 1 if same and end_kind == "preceding" and first != final else count
                while end < limit and end_takes(end, current):
                    end = self.peers[end][1] + 1
            if start_kind == "unbounded":
                start = 0
            elif start_kind == "current":
                start = first
            else:
                limit = end if same and end < count else count
                while start < limit and start_passes(start, current):
                    start = self.peers[start][1] + 1
            for position in range(first, last + 1):
                bounds[position] = (start, end - 1)
        return bounds

    def kept_segments(self, exclude: str | None, position: int, start: int, end: int) -> list[tuple[int, int]]:
        """The row's frame, ``start`` to ``end``, less what EXCLUDE takes out: inclusive spans in order."""
        if exclude is None:
            spans = [(start, end)]
        elif exclude == "current row":
            spans = [(start, position - 1), (position + 1, end)]
        else:  # GROUP or TIES (the resolver reads NO OTHERS as None)
            first, last = self.peers[position]
            spans = [(start, first - 1), *([(position, position)] if exclude == "ties" else []), (last + 1, end)]
        return [(max(low, start), min(high, end)) for low, high in spans if max(low, start) <= min(high, end)]


def directional_compare(descending: bool, nulls_first: bool):
    def compare(a: object, b: object) -> int:
        if a is None or b is None:
            if a is b:
                return 0
            return (-1 if a is None else 1) * (1 if nulls_first else -1)
        order = V.compare(a, b)
        return -order if descending else order

    return compare


def _framed(spec, members, peers, evaluated, offsets, results) -> None:
    """first_value, last_value, nth_value and aggregates over each row's frame."""
    name = spec.name
    unit, start_kind, end_kind, exclude = spec.frame
    offsets = tuple(None if value is None and kind not in ("preceding", "following")
                    else _checked_offset(value, unit, is_start)
                    for value, kind, is_start in zip(offsets, spec.frame[1:3], (True, False), strict=True))
    partition = _Partition(members, spec.order_flags)
    count = len(members)
    running_kind = exclude is None and name in _RUNNING
    cumulative = running_kind and start_kind == "unbounded"
    # SUM, TOTAL and AVG over a sliding frame step rows in as the frame's end passes them and take them out
    # again as its start does, as SQLite's inverse steps do: their result depends on that (a REAL that
    # left the frame still makes SUM's result REAL)
    sliding = running_kind and name in _INVERTIBLE
    # a RANGE frame that starts FOLLOWING (or runs from PRECEDING to PRECEDING) steps the rows that reach
    # its end in before it takes out those its start passed; other frames take rows out first
    adds_first = unit == "range" and (start_kind == "following" or start_kind == end_kind == "preceding")
    if cumulative or sliding:
        running = _running_state(spec, not cumulative)
        consumed = left = 0
    for position, (index, _) in enumerate(members):
        start, end = partition.bounds(spec.frame, offsets, position)
        # ROWS: SQLite counts the frame's width in rows from its offsets (past the partition's ends too)
        width = end - start if unit == "rows" else count
        start, end = max(start, 0), min(end, count - 1)
        if sliding and width < 0:  # ROWS whose start is after its end: SQLite steps no row at all
            results[index] = _running_state(spec, True).value()
            continue
        if cumulative or sliding:
            # SQLite's loop reads one row at a time and takes a row out as soon as the frame's width
            # has come in after it: the rows that left go before the next one comes in (a sum that only
            # passes an overflow does not overflow), and before the first frame rows are stepped in
            # and out as they pass
            if sliding and not adds_first:
                left = _take_out(running, evaluated, members, left, min(start, consumed))
            while consumed <= end:
                arguments, keep = evaluated[members[consumed][0]][2:4]
                if keep:
                    running.add(arguments)
                if sliding:
                    left = _take_out(running, evaluated, members, left,
                                     min(start, consumed + 1, consumed - width + 1))
                consumed += 1
            if sliding:
                left = _take_out(running, evaluated, members, left, min(start, consumed))
            results[index] = running.value()
            continue
        kept = partition.kept_segments(exclude, position, start, end)
        if name in _ONE_ROW and spec.filter_src is None:
            # one row of the frame decides: no need to gather the frame (a wide one made this quadratic),
            # nor to step over what EXCLUDE takes out (the current row's peers: all rows, without ORDER BY)
            if name == "nth_value":  # the current row's N picks the row (SQLite's windowReturnOneRow reads it)
                n = _nth(evaluated[index][2][1])
                if n is None or n <= 0:
                    raise OperationalError("second argument to nth_value must be a positive integer")
                at = _nth_position(kept, n)
            elif kept:
                at = kept[0][0] if name == "first_value" else kept[-1][1]
            else:
                at = None
            results[index] = evaluated[members[at][0]][2][0] if at is not None else None
            continue
        frame = [evaluated[members[p][0]] for low, high in kept for p in range(low, high + 1)]
        results[index] = _frame_value(spec, [row[2] for row in frame if row[3]])


_ONE_ROW = frozenset(("first_value", "last_value", "nth_value"))


def _nth_position(kept: list[tuple[int, int]], n: int) -> int | None:
    """The position of the frame's ``n``th row (from 1), its rows being ``kept``'s inclusive spans."""
    for low, high in kept:
        if n <= high - low + 1:
            return low + n - 1
        n -= high - low + 1
    return None


def _take_out(running, evaluated, members, left: int, stop: int) -> int:
    """Inverse-step the rows from ``left`` up to ``stop``; the new first row of the frame."""
    while left < stop:
        arguments, keep = evaluated[members[left][0]][2:4]
        if keep:
            running.remove(arguments)
        left += 1
    return left


def _nth(value: object) -> int | None:
    """nth_value's N as SQLite's OP_MustBeInt takes it: an integer, or a REAL or text that is exactly one."""
    if value.__class__ is str:
        value = V.numeric_affinity_for_compare(value)
    if value.__class__ is float and value.is_integer() and -2.0 ** 63 <= value < 2.0 ** 63:
        return int(value)
    return value if value.__class__ is int else None


def _frame_value(spec, arguments: list[tuple]) -> object:
    name = spec.name
    if name == "first_value":
        return arguments[0][0] if arguments else None
    if name == "last_value":
        return arguments[-1][0] if arguments else None
    if name == "nth_value":
        if not arguments:
            return None
        n = _nth(arguments[0][1])
        if n is None or n <= 0:
            raise OperationalError("second argument to nth_value must be a positive integer")
        return arguments[n - 1][0] if n <= len(arguments) else None
    if name == "count(*)":
        return len(arguments)
    if name == "group_concat":
        return aggregates.group_concat([(a[0], a[1] if len(a) > 1 else ",") for a in arguments])
    if name == "json_group_object":
        return aggregates.FINALIZERS[name]([(a[0], a[1]) for a in arguments])
    if name in ("min", "max"):
        return aggregates.FINALIZERS[name]([a[0] for a in arguments], spec.collation)
    return aggregates.FINALIZERS[name]([a[0] for a in arguments])


class _RunningSum:
    def __init__(self) -> None:
        self.state = aggregates.SumState()

    def add(self, arguments: tuple) -> None:
        if arguments[0] is not None:
            self.state.add(arguments[0])

    def value(self) -> object:
        return self.state.sum()


    def remove(self, arguments: tuple) -> None:
        if arguments[0] is not None:
            self.state.remove(arguments[0])


class _RunningTotal(_RunningSum):
    def value(self) -> object:
        return aggregates.not_nan(self.state.real())


class _RunningAvg(_RunningSum):
    def value(self) -> object:
        return aggregates.not_nan(self.state.real() / self.state.count) if self.state.count else None


class _RunningCount:
    def __init__(self, star: bool = False) -> None:
        self.count = 0
        self.star = star

    def add(self, arguments: tuple) -> None:
        if self.star or arguments[0] is not None:
            self.count += 1

    def remove(self, arguments: tuple) -> None:
        if self.star or arguments[0] is not None:
            self.count -= 1

    def value(self) -> object:
        return self.count


class _RunningExtreme:
    """min() or max() of the rows stepped in and not yet taken out, under the argument's collation.

    A deque of candidates (value, sequence number) keeps the frame's extreme at its front, so a sliding
    frame costs O(1) per row. Of equal values a cumulative frame keeps the first, as SQLite's
    minmaxStep does; a sliding one finds the last, as SQLite's index of the frame's values does."""

    def __init__(self, larger: bool, collation: str | None, sliding: bool) -> None:
        self.key = V.sort_key if collation in (None, "BINARY") else V.sort_key_collated(collation)
        self.larger = larger
        self.sliding = sliding
        self.candidates: deque = deque()
        self.added = self.removed = 0

    def add(self, arguments: tuple) -> None:
        value = arguments[0]
        self.added += 1
        if value is None:
            return
        key = self.key(value)
        candidates = self.candidates
        while candidates and self._displaces(key, candidates[-1][0]):
            candidates.pop()
        candidates.append((key, self.added, value))

    def _displaces(self, key, held) -> bool:
        if self.sliding and key == held:
            return True
        return key > held if self.larger else key < held

    def remove(self, arguments: tuple) -> None:
        self.removed += 1
        candidates = self.candidates
        while candidates and candidates[0][1] <= self.removed:
            candidates.popleft()

    def value(self) -> object:
        return self.candidates[0][2] if self.candidates else None


def _running_state(spec, sliding: bool):
    """A fresh running aggregate for the window function ``spec``."""
    if spec.name in ("min", "max"):
        return _RunningExtreme(spec.name == "max", spec.collation, sliding)
    if spec.name == "count(*)":
        return _RunningCount(star=True)
    return _RUNNING[spec.name]()


_INVERTIBLE = ("sum", "total", "avg", "count", "count(*)", "min", "max")
_RUNNING = {
    "sum": _RunningSum,
    "total": _RunningTotal,
    "avg": _RunningAvg,
    "count": _RunningCount,
    "count(*)": _RunningCount,
    "min": _RunningExtreme,
    "max": _RunningExtreme,
}
