"""The executor: runtime operators of query plans, and the environment one execution shares.

Every operator returns a list of row tuples. A SELECT core runs one generated function
(see `engine.planner` and `engine.join_planner`); the operators here finish the job:
aggregation's final step, window functions, DISTINCT, ORDER BY, LIMIT, compound
operators, CTEs and subqueries with per-execution memoisation.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cmp_to_key
from heapq import heappop, heappush
from operator import itemgetter
from typing import Any

from engine.errors import Error, IntegrityError, OperationalError
from engine.query import aggregates
from engine.query.window import compute_window, directional_compare, pass_order
from engine.semantics import values as V
from engine.sql.result_names import display_name
from engine.store.catalog import ExternalTableSchema

ASSIGNS = ":="  # in generated source: an assignment expression, which a comprehension's iterable may not hold


class Env:
    """State of one statement execution: parameters, memoised subqueries, the session."""

    __slots__ = ("cache", "params", "session", "working")

    def __init__(self, params: tuple, session=None) -> None:
        self.params = params
        self.session = session
        self.cache: dict = {}
        self.working: dict = {}

    def forget_correlated_subqueries(self) -> None:
        """Drop memoised answers of subqueries that read outer values: after a write they may be stale,
        while an uncorrelated subquery keeps the answer SQLite computes once per statement."""
        for key in [key for key in self.cache if key[0] != "cte" and key[1]]:
            del self.cache[key]

    def connection_state(self, name: str) -> int:
        """changes(), total_changes() and last_insert_rowid() of the database."""
        return getattr(self.session, name) if self.session is not None else 0


class Plan:
    """A runtime operator."""

    def execute(self, env: Env, outer: tuple) -> list[tuple]:
        raise NotImplementedError

    def iterate(self, env: Env, outer: tuple) -> Iterator[tuple]:
        """Rows one at a time; operators that can stream early override this."""
        return iter(self.execute(env, outer))

    def explain(self) -> list[str]:
        return [type(self).__name__]


class QueryPlan:
    """A planned query and what its result columns are.

    Unaliased result columns are named by their SQL text, which is costly to render, so
    names given as expressions are rendered only when someone asks for them.
    """

    def __init__(self, plan: Plan, columns: list, affinities: list[str | None], collations: list[str | None],
                 decltypes: list[str | None], outer_refs: list[str]) -> None:
        self.plan = plan
        self._columns = columns
        self.affinities = affinities
        self.collations = collations
        self.decltypes = decltypes
        self.outer_refs = outer_refs

    @property
    def width(self) -> int:
        return len(self.affinities)

    @property
    def columns(self) -> list[str]:
        self.name_columns()
        return self._columns

    def name_columns(self) -> None:
        """Cut the unaliased columns' names from the statement's text now: afterwards the plan holds no
        syntax node, and so not the statement's tree (a node's parents reach all of it)."""
        if not all(isinstance(name, str) for name in self._columns):
            self._columns = [name if isinstance(name, str) else display_name(name) for name in self._columns]

    def renamed(self, names: list[str]) -> QueryPlan:
        return QueryPlan(self.plan, list(names), self.affinities, self.collations, self.decltypes, self.outer_refs)


@dataclass
class AggregateSpec:
    name: str
    argument_src: str
    filter_src: str | None
    distinct: bool
    collation: str | None
    kind: str

    def finalize(self, collected: list) -> object:
        if self.distinct:
            collected = aggregates.distinct_pairs(collected, self.collation) if self.name == "group_concat" else \
                aggregates.distinct(collected, self.collation)
        if self.name in ("min", "max") and self.collation:
            return aggregates.FINALIZERS[self.name](collected, self.collation)
        return aggregates.FINALIZERS[self.name](collected)


@dataclass
class WindowSpec:
    name: str
    argument_srcs: list[str]
    partition_srcs: list[str]
    order_srcs: list[str]
    order_flags: list[tuple[bool, bool]]
    frame: tuple[str, str, str, str | None]  # unit, start, end, exclude
    frame_offset_srcs: tuple[str | None, str | None]
    collation: str | None  # min() and max() compare under their argument's
    filter_src: str | None
    kind: str
    # what makes two windows one in SQLite (sqlite3WindowCompare): PARTITION BY, ORDER BY and the frame
    # SQLite gives the function; the functions over one window share a pass over the rows
    definition: tuple = ()
    evaluate: Callable | None = None  # compiled: context -> (partition, order values, arguments, filter)
    offsets: Callable | None = None


@dataclass
class OrderTerm:
    column: int
    descending: bool
    nulls_first: bool
    collation: str | None


def _empty_result():
    return _EMPTY


class _Empty(list):
    """Marker result: a constant WHERE condition is false."""


_EMPTY = _Empty()


@dataclass(frozen=True)
class SelectSpec:
    """Everything one SELECT core is built from, decided by the planner before any code is generated.

    The fields are sources of generated Python: the loop nest (`engine.query.join_planner`),
    the result and hidden ORDER BY columns, and for an aggregate its group keys, aggregates,
    bare columns and HAVING; window functions are computed once all rows are known.
    """

    loop: Any  # a join_planner.LoopPlan
    outputs: tuple[str, ...] = ()
    order_outputs: tuple[str, ...] = ()
    group_keys: tuple[str, ...] | None = None  # None: the core does not aggregate
    # the keys' own values when a collation folds a key (GROUP BY t COLLATE NOCASE): a group
    # shows its first row's value, as SQLite does
    group_values: tuple[str, ...] | None = None
    aggregates: tuple[AggregateSpec, ...] = ()
    bare_columns: tuple[str, ...] = ()
    having: str | None = None
    windows: tuple[WindowSpec, ...] = ()
    context_vars: tuple[str, ...] | None = None  # the loop variables that identify one joined row
    stop_function: Callable | None = None  # f(env, params, outer) -> rows after which the loops stop (LIMIT)
    deferred_keys: tuple[str, ...] | None = None  # sort keys emitted now, result columns computed later


class SelectCore(Plan):
    """One SELECT core: the generated loop function plus aggregation and windows, compiled at once."""

    def __init__(self, gen, spec: SelectSpec) -> None:
        self.gen = gen
        self.spec = spec
        self._compile()

    @property
    def is_aggregate(self) -> bool:
        return self.spec.group_keys is not None

    def project(self, env: Env, outer: tuple, contexts: list[tuple]) -> list[tuple]:
        return self._post(env, env.params, outer, contexts)

    def _compile(self) -> None:
        """Generate the functions of this core and compile them in one go."""
        self.gen.namespace["_empty_result"] = _empty_result
        self.gen.namespace["_fold_key"] = _fold_key
        hidden = [src for src in self.spec.order_outputs if src is not None]
        outputs = "(" + "".join(f"{src}, " for src in [*self.spec.outputs, *hidden]) + ")"
        single = self.spec.loop.single
        if self.spec.deferred_keys is not None:
            context = "(" + "".join(f"{v}, " for v in self.spec.context_vars) + ")"
            emitted = "(" + "".join(f"{k}, " for k in self.spec.deferred_keys) + f"{context})"
            # the sort keys are emitted above: the deferred projection computes the result columns only
            contexts_out = "(" + "".join(f"{src}, " for src in self.spec.outputs) + ")"
            outputs = emitted
        if single is not None and not self.is_aggregate and not self.spec.windows:
            element, rows, condition = single
            lines = ["def _core(_env, _p, _o):"]
            lines.extend("    " + line for line in self.spec.loop.setup)
            if ASSIGNS in rows:  # Python refuses := in a comprehension's iterable
                lines.append(f"    _rows = {rows}")
                rows = "_rows"
            lines.append(f"    return [{outputs} for {element} in {rows}{' if ' + condition if condition else ''}]")
        else:
            lines = self._loop_function(outputs)
        sources = ["\n".join(lines)]
        if self.spec.deferred_keys is not None:
            sources.append("def _post(_env, _p, _o, _contexts):\n"
                           f"    return [{contexts_out} for {context} in _contexts]")
        elif self.is_aggregate:
            sources.append(self._post_source(outputs))
        elif self.spec.windows:
            targets = "(" + "".join(f"{v}, " for v in self.spec.context_vars) + ")"
            sources.append("def _post(_env, _p, _o, _contexts, _windows):\n"
                           f"    return [{outputs} for {targets}, _w in zip(_contexts, _windows)]")
        sources.extend(self._window_sources())
        defined = self.gen.define("\n\n".join(sources))
        self._core = defined["_core"]
        self._post = defined.get("_post")
        for index, spec in enumerate(self.spec.windows):
            spec.evaluate = defined[f"_window{index}"]
            spec.offsets = defined[f"_offsets{index}"]

    def _loop_function(self, outputs: str) -> list[str]:
        """The loop nest, ending in the projection or in collecting each group's aggregate arguments."""
        loop = self.spec.loop
        if self._counts_rows_only():
            return self._row_count_function()
        if loop.single is not None:
            element, rows, condition = loop.single
            loop_lines = [f"for {element} in {rows}:"]
            if condition:
                loop_lines += [f"    if not ({condition}):", "        continue"]
            depth = 1
        else:
            loop_lines, depth = loop.loops, loop.depth
        lines = ["def _core(_env, _p, _o):"]
        if self.is_aggregate:
            lines.append("    _groups = {}")
            if not self.spec.group_keys:
                lines.append("    _acc = None  # the one group, made at the first row")
        else:
            lines.append("    _out = []")
            lines.append("    _append = _out.append")
            if self.spec.stop_function is not None:
                self.gen.namespace["_stop_function"] = self.spec.stop_function
                lines.append("    _stop = _stop_function(_env, _p, _o)")
        lines.extend("    " + line for line in loop.setup)
        lines.extend("    " + line for line in loop_lines)
        body = "    " * (depth + 1)
        if self.is_aggregate:
            key = "(" + "".join(f"{k}, " for k in self.spec.group_keys) + ")"
            bare = "(" + "".join(f"{b}, " for b in self.spec.bare_columns) + ")"
            extreme = self.extreme_aggregate()
            extreme_rows = "[]" if extreme is not None else "None"
            values = "(" + "".join(f"{v}, " for v in self.spec.group_values) + ")" if self.spec.group_values else "None"
            fresh = "[" + "".join("[], " for _ in self.spec.aggregates) + f"{bare}, {extreme_rows}, {values}]"
            if self.spec.group_keys:
                lines.append(f"{body}_acc = _groups.get(_key := {key})")
                lines.append(f"{body}if _acc is None:")
                lines.append(f"{body}    _acc = _groups[_key] = {fresh}")
            else:  # the one group, kept at hand (made at the first row: its bare columns are that row's)
                lines.append(f"{body}if _acc is None:")
                lines.append(f"{body}    _acc = _groups[()] = {fresh}")
            for index, spec in enumerate(self.spec.aggregates):
                step = [f"_acc[{index}].append({spec.argument_src})"]
                if index == extreme:  # remember each row's bare columns (and key values) beside its argument
                    row = f"({bare}, {values})" if self.spec.group_values else bare
                    step.append(f"_acc[{len(self.spec.aggregates) + 1}].append({row})")
                if spec.filter_src is not None:
                    lines.append(f"{body}if {spec.filter_src}:")
                    lines.extend(f"{body}    {line}" for line in step)
                else:
                    lines.extend(f"{body}{line}" for line in step)
            lines.append("    return _groups")
        elif self.spec.windows:
            lines.append(f"{body}_append((" + "".join(f"{v}, " for v in self.spec.context_vars) + "))")
            lines.append("    return _out")
        else:
            lines.append(f"{body}_append({outputs})")
            if self.spec.stop_function is not None:
                lines.append(f"{body}if len(_out) == _stop:")
                lines.append(f"{body}    return _out")
            lines.append("    return _out")
        return lines

    def _counts_rows_only(self) -> bool:
        """Whether the query is count(*) of one source's rows and nothing else (``SELECT count(*) FROM t``):
        then the rows are counted, not visited one by one to collect a 1 for each."""
        spec = self.spec
        return (self.is_aggregate and not spec.group_keys and not spec.bare_columns and not spec.group_values
                and spec.loop.single is not None and not spec.loop.single[2] and bool(spec.aggregates)
                and all(a.name == "count(*)" and a.filter_src is None and not a.distinct for a in spec.aggregates))

    def _row_count_function(self) -> list[str]:
        """The one group of a `_counts_rows_only` query, each count(*)'s collected list standing in as a range
        of the row count (count(*) reads only its length)."""
        loop = self.spec.loop
        counted = [f"    _count = {loop.size}"] if loop.size is not None else [
            f"    _rows = {loop.single[1]}",
            "    _count = len(_rows) if hasattr(_rows, '__len__') else sum(1 for _ in _rows)"]
        counts = "".join("range(_count), " for _ in self.spec.aggregates)
        return ["def _core(_env, _p, _o):", *("    " + line for line in loop.setup), *counted,
                f"    return {{(): [{counts}(), None, None]}}"]

    def _post_source(self, outputs: str) -> str:
        having = f" if {self.spec.having}" if self.spec.having else ""
        if self.spec.windows:
            return ("def _post(_env, _p, _o, _groups, _windows):\n"
                    f"    return [{outputs} for (g, a, b), _w in zip(_groups, _windows){having}]")
        return f"def _post(_env, _p, _o, _groups):\n    return [{outputs} for g, a, b in _groups{having}]"

    def _window_sources(self) -> list[str]:
        context_vars = self.spec.context_vars or ()
        targets = "(g, a, b)" if self.is_aggregate else "(" + "".join(f"{v}, " for v in context_vars) + ")"
        sources = []
        for index, spec in enumerate(self.spec.windows):
            parts = [
                "(" + "".join(f"{s}, " for s in spec.partition_srcs) + ")",
                "(" + "".join(f"{s}, " for s in spec.order_srcs) + ")",
                "(" + "".join(f"{s}, " for s in spec.argument_srcs) + ")",
                spec.filter_src if spec.filter_src else "True",
            ]
            offsets = ", ".join(s if s is not None else "None" for s in spec.frame_offset_srcs)
            sources.append(f"def _window{index}(_env, _p, _o, _contexts):\n"
                           f"    return [({', '.join(parts)}) for {targets} in _contexts]\n\n"
                           f"def _offsets{index}(_env, _p, _o):\n    return ({offsets},)")
        return sources

    def extreme_aggregate(self) -> int | None:
        """With a min() or max(), the bare columns (and a collated key's own values) come from the row it
        chose, as in SQLite; with several, from the row the last one chose (they share the register
        OP_CollSeq resets and each min/max step sets, so the last step decides)."""
        if not self.spec.bare_columns and not self.spec.group_values:
            return None
        extremes = [i for i, spec in enumerate(self.spec.aggregates) if spec.name in ("min", "max")]
        return extremes[-1] if extremes else None

    def execute(self, env: Env, outer: tuple) -> list[tuple]:
        params = env.params
        result = self._core(env, params, outer)
        if result is _EMPTY:
            result = {} if self.is_aggregate else []
        if self.is_aggregate:
            groups = self._finalize_groups(result)
            if self.spec.windows:
                return self._post(env, params, outer, *self._window_values(env, outer, groups))
            return self._post(env, params, outer, groups)
        if self.spec.windows:
            return self._post(env, params, outer, *self._window_values(env, outer, result))
        return result

    def _finalize_groups(self, groups: dict) -> list[tuple]:
        if not groups and not self.spec.group_keys:
            groups = {(): [[] for _ in self.spec.aggregates] + [(None,) * len(self.spec.bare_columns), None, None]}
        items = groups.items()
        if self.spec.group_keys:
            items = sorted(items, key=lambda item: tuple(V.sort_key(v) for v in item[0]))
        extreme = self.extreme_aggregate()
        finished = []
        count = len(self.spec.aggregates)
        for key, collected in items:
            aggregated = tuple(spec.finalize(values) for spec, values in zip(self.spec.aggregates, collected,
                                                                              strict=False))
            bare, extreme_rows, values = collected[count:]
            if extreme is not None and extreme_rows:
                chosen = extreme_rows[_position_of(collected[extreme], aggregated[extreme])]
                if self.spec.group_values:
                    bare, values = chosen
                else:
                    bare = chosen
            finished.append((key if values is None else values, aggregated, bare))
        return finished

    def _window_values(self, env: Env, outer: tuple, contexts: list) -> tuple[list, list[tuple]]:
        """The rows (groups or contexts) in the order SQLite's window passes leave them, and each one's
        window values. The passes run from the last window to the first, each one's peers in the order the
        one before left them (what a ROWS frame or lag() over ties reads depends on it)."""
        windows = self.spec.windows
        columns: list[list] = [[] for _ in windows]
        passes: dict[tuple, list[int]] = {}  # functions over one window definition share its pass
        for number, spec in enumerate(windows):
            passes.setdefault(spec.definition, []).append(number)
        order = list(range(len(contexts)))
        for numbers in reversed(passes.values()):
            for number in numbers:
                spec = windows[number]
                evaluated = spec.evaluate(env, env.params, outer, contexts)
                columns[number] = compute_window(spec, evaluated, spec.offsets(env, env.params, outer), order)
            order = pass_order(spec, evaluated, order)
        values = list(zip(*columns, strict=True)) if columns else [() for _ in contexts]
        return [contexts[i] for i in order], [values[i] for i in order]

    def explain(self) -> list[str]:
        spec = self.spec
        lines = spec.loop.explain() if spec.loop else []
        if self.is_aggregate:
            lines.append("AGGREGATE" + (f" GROUP BY {len(spec.group_keys)} key(s)" if spec.group_keys else ""))
        if self.spec.windows:
            lines.append(f"WINDOW {len(self.spec.windows)} function(s)")
        return lines or ["CONSTANT ROW"]


def _rows_of(table, rowids, pairs: bool) -> list:
    rows = table.rows
    if pairs:
        return [(rowid, rows[rowid]) for rowid in sorted(rowids)]
    return [rows[rowid] for rowid in sorted(rowids)]


def index_scan(table, index_name: str, pairs: bool) -> list:
    """Every row of the table in the order of a scan of one of its indexes."""
    rows = table.rows
    index = table.indexes[index_name]
    ties = None
    if table.schema.without_rowid and index.schema.origin != "primary key":  # its rows end with the key
        ties = table.indexes[table.primary_key_index()].scan_order(rows)
    rowids = index.scan_order(rows, ties)
    return [(rowid, rows[rowid]) for rowid in rowids] if pairs else [rows[rowid] for rowid in rowids]


def index_equal(table, index_name: str, keys: tuple, collation: str | None, pairs: bool) -> list:
    """Rows whose indexed column equals one of ``keys`` ("" indexes the rowid), in rowid order."""
    found: set[int] = set()
    for key in keys:
        if key is None:
            continue
        if index_name == "":
            if key.__class__ is float and key.is_integer():
                key = int(key)
            if key.__class__ is int and key in table.rows:
                found.add(key)
            continue
        if collation is not None and key.__class__ is str:
            key = V.collate_key(key, collation)
        found.update(table.indexes[index_name].lookup(key))
    return _rows_of(table, found, pairs)


def index_range(table, index_name: str, low: object, high: object, low_operator: str | None,
                high_operator: str | None, collation: str | None, pairs: bool):
    """Rows whose indexed column lies between the bounds; a scan when most rows would qualify anyway."""
    if (low_operator is not None and low is None) or (high_operator is not None and high is None):
        return []  # a comparison with NULL is never true
    if collation is not None:
        low = V.collate_key(low, collation) if low.__class__ is str else low
        high = V.collate_key(high, collation) if high.__class__ is str else high
    rowids = table.indexes[index_name].range(low if low_operator else None, low_operator == ">=",
                                             high if high_operator else None, high_operator == "<=")
    if len(rowids) * 3 > len(table.rows):
        scan = table.scan()
        return scan.items() if pairs else scan.values()
    return _rows_of(table, rowids, pairs)


def _position_of(values: list, chosen: object) -> int:
    """Where the value min() or max() chose first occurs; when every value was NULL it chose none and,
    as in SQLite, the bare columns are the last row's."""
    if chosen is None:
        return len(values) - 1
    for position, value in enumerate(values):
        if value is not None and value == chosen and value.__class__ is chosen.__class__:
            return position
    return 0


def _fold_key(value: object, collation: str) -> object:
    return V.collate_key(value, collation) if value.__class__ is str else value


def _key_collations(collations: list[str | None] | None) -> list[str | None] | None:
    """Per column the collation rows are compared under (None: binary), or None if all are binary."""
    folding = [collation if collation != "BINARY" else None for collation in collations or ()]
    return folding if any(folding) else None


def _folded_row(row: tuple, collations: list[str | None]) -> tuple:
    """A row as a key: text folded by its column's collation, so equal rows under it hash alike."""
    return tuple(_fold_key(value, collation) if collation else value
                 for value, collation in zip(row, collations, strict=True))


class DeferredProjection(Plan):
    """Compute a core's result columns for the rows that survived ORDER BY and LIMIT."""

    def __init__(self, child: Plan, core: SelectCore) -> None:
        self.child = child
        self.core = core

    def execute(self, env: Env, outer: tuple) -> list[tuple]:
        return self.core.project(env, outer, [row[-1] for row in self.child.execute(env, outer)])

    def explain(self) -> list[str]:
        return self.child.explain()


class ValuesPlan(Plan):
    def __init__(self, function: Callable) -> None:
        self.function = function

    def execute(self, env: Env, outer: tuple) -> list[tuple]:
        return self.function(env, env.params, outer)

    def explain(self) -> list[str]:
        return ["VALUES"]


def _row_key(row: tuple) -> tuple:
    return tuple(V.sort_key(value) for value in row)


class CompoundPlan(Plan):
    """UNION [ALL], INTERSECT and EXCEPT; the set operators return rows sorted as SQLite does.

    Rows are equal under the compound's collations (per column: the leftmost SELECT's that has
    one). Which of equal rows is kept follows SQLite's two algorithms: without ORDER BY an
    ephemeral index keeps the last row inserted (SELECT 2.0 UNION SELECT 2 gives 2); with ORDER BY
    (``merged``) sorted sides are merged, each side keeping its first row and, for UNION, the
    right side's row winning a tie.
    """

    def __init__(self, kind: str, left: Plan, right: Plan, collations: list[str | None] | None = None,
                 merged: bool = False) -> None:
        self.kind = kind
        self.left = left
        self.right = right
        self.collations = _key_collations(collations)
        self.merged = merged

    def execute(self, env: Env, outer: tuple) -> list[tuple]:
        left = self.left.execute(env, outer)
        if not left and self.merged and self.kind in ("intersect", "except"):
            return []  # SQLite's merge ends when the left side has no first row: the right side never runs
        right = self.right.execute(env, outer)
        if self.kind == "union all":
            return left + right
        collations = self.collations
        key = (lambda row: _folded_row(row, collations)) if collations else None
        kept = self._kept(left, key)
        if self.kind == "union":
            kept.update(self._kept(right, key))  # a key keeps its place and takes the right side's row
            rows = list(kept.values())
        else:
            other = {key(row) if key else row for row in right}
            keep = self.kind == "intersect"
            rows = [row for folded, row in kept.items() if (folded in other) == keep]
        if key:
            rows.sort(key=lambda row: _row_key(key(row)))
        elif all(_homogeneous(rows, column) for column in range(len(rows[0]) if rows else 0)):
            rows.sort()
        else:
            rows.sort(key=_row_key)
        return rows

    def _kept(self, rows: list[tuple], key: Callable | None) -> dict:
        """One row per key: the first when merging sorted sides, else the last."""
        if self.merged:
            kept: dict = {}
            for row in rows:
                kept.setdefault(key(row) if key else row, row)
            return kept
        return {key(row) if key else row: row for row in rows}

    def explain(self) -> list[str]:
        return ([f"COMPOUND {self.kind.upper()}"] + ["  " + line for line in self.left.explain()]
                + ["  " + line for line in self.right.explain()])


class Distinct(Plan):
    """Rows with distinct result columns (under their collations); the first of equal rows stays."""

    def __init__(self, child: Plan, width: int, keep_extra: bool = False,
                 collations: list[str | None] | None = None) -> None:
        self.child = child
        self.width = width
        self.keep_extra = keep_extra
        self.collations = _key_collations(collations)

    def execute(self, env: Env, outer: tuple) -> list[tuple]:
        rows = self.child.execute(env, outer)
        if not self.keep_extra and self.collations is None:
            return list(dict.fromkeys(rows))
        seen = {}
        for row in rows:
            key = row[: self.width]
            if self.collations is not None:
                key = _folded_row(key, self.collations)
            seen.setdefault(key, row)
        return list(seen.values())

    def explain(self) -> list[str]:
        return [*self.child.explain(), "DISTINCT"]


_SAME_ORDER_CLASSES = ({int}, {float}, {int, float}, {str}, {bytes})


def _homogeneous(rows: list[tuple], column: int) -> bool:
    """Whether a column holds only numbers, only text or only blobs, and no NULL."""
    return set(map(type, map(itemgetter(column), rows))) in _SAME_ORDER_CLASSES


def _term_key(term: OrderTerm) -> Callable:
    column = term.column
    collation = term.collation
    nulls_rank = 0 if term.nulls_first != term.descending else 4

    def key(row: tuple) -> tuple:
        value = row[column]
        if value is None:
            return (nulls_rank, 0)
        if collation is not None and value.__class__ is str:
            return (2, V.collate_key(value, collation))
        return (V._RANK[value.__class__], value)

    return key


class Sort(Plan):
    """ORDER BY: stable sorts from the last term to the first, so each term keeps SQLite's order."""

    def __init__(self, child: Plan, terms: list[OrderTerm]) -> None:
        self.child = child
        self.terms = terms
        self.keys = [_term_key(term) for term in terms]

    def execute(self, env: Env, outer: tuple) -> list[tuple]:
        rows = self.child.execute(env, outer)
        for term, key in zip(reversed(self.terms), reversed(self.keys), strict=True):
            if term.collation is None and _homogeneous(rows, term.column):
                key = itemgetter(term.column)  # one storage class and no NULL: Python's order is SQLite's
            rows.sort(key=key, reverse=term.descending)
        return rows

    def explain(self) -> list[str]:
        return [*self.child.explain(), f"ORDER BY {len(self.terms)} term(s)"]


def _limit_value(value: object) -> int:
    if value is None:
        raise IntegrityError("datatype mismatch")
    number = V.numeric_affinity_for_compare(value)
    if number.__class__ is float and number.is_integer():
        number = int(number)
    if number.__class__ is not int:
        raise IntegrityError("datatype mismatch")
    return number


class Limit(Plan):
    def __init__(self, child: Plan, limit: Callable | None, offset: Callable | None) -> None:
        self.child = child
        self.limit = limit
        self.offset = offset

    def bounds(self, env: Env, outer: tuple) -> tuple[int, int | None]:
        offset = _limit_value(self.offset(env, env.params, outer)) if self.offset else 0
        limit = _limit_value(self.limit(env, env.params, outer)) if self.limit else -1
        offset = max(offset, 0)
        return offset, (None if limit < 0 else offset + limit)

    def execute(self, env: Env, outer: tuple) -> list[tuple]:
        start, stop = self.bounds(env, outer)
        if stop is not None and stop <= start:
            return []  # LIMIT 0 evaluates nothing, as in SQLite (not even an expression that would fail)
        rows = self.child.execute(env, outer)
        return rows[start:stop]

    def explain(self) -> list[str]:
        return [*self.child.explain(), "LIMIT"]


class Project(Plan):
    """Drop the hidden ORDER BY keys after sorting."""

    def __init__(self, child: Plan, width: int) -> None:
        self.child = child
        self.width = width

    def execute(self, env: Env, outer: tuple) -> list[tuple]:
        width = self.width
        return [row[:width] for row in self.child.execute(env, outer)]

    def explain(self) -> list[str]:
        return self.child.explain()


class ExternalRows(Plan):
    """An external table's rows, asked for each time the statement runs (so a query that never
    reaches the table never reads them)."""

    def __init__(self, table: ExternalTableSchema) -> None:
        self.table = table

    def execute(self, env: Env, outer: tuple) -> list[tuple]:
        return self._read(self.table.rows)

    def _read(self, rows: Callable[[], Iterable[tuple]]) -> list[tuple]:
        try:
            return list(rows())
        except Error:
            raise
        except Exception as exc:  # the provider's own failure (an unreadable file): one engine error
            raise OperationalError(f"cannot read table {self.table.name}: {exc}") from exc

    def rows_equal(self, env: Env, position: int, value: object) -> list[tuple]:
        """The rows whose column at ``position`` may equal ``value``, read through the table's
        ``rows_where`` (never more than ``execute`` reads; NULL equals nothing)."""
        if value is None:
            return []
        column = self.table.columns[position].name
        return self._read(lambda: self.table.rows_where(column, value))

    def explain(self) -> list[str]:
        return [f"SCAN {self.table.name} (external)"]


class CteReference(Plan):
    """A common table expression: computed once per statement, however often it is read."""

    def __init__(self, child: Plan) -> None:
        self.child = child

    def execute(self, env: Env, outer: tuple) -> list[tuple]:
        key = ("cte", id(self))
        rows = env.cache.get(key)
        if rows is None:
            rows = env.cache[key] = self.child.execute(env, ())
        return rows

    def explain(self) -> list[str]:
        return ["MATERIALIZE"] + ["  " + line for line in self.child.explain()]


class _WorkingTable(Plan):
    """The rows of the previous step of a recursive CTE."""

    def __init__(self, owner: RecursiveCte) -> None:
        self.owner = owner

    def execute(self, env: Env, outer: tuple) -> list[tuple]:
        return env.working[id(self.owner)]

    def explain(self) -> list[str]:
        return ["RECURSIVE STEP"]


class _CteQueue:
    """A recursive CTE's queue: first in, first out, or by ORDER BY then arrival."""

    def __init__(self, order: list[OrderTerm]) -> None:
        self.order = order
        self.fifo: deque = deque()
        self.heap: list = []
        self.arrivals = 0
        if order:
            terms = [(term.column, directional_compare(term.descending, term.nulls_first), term.collation)
                     for term in order]

            def compare_rows(a: tuple, b: tuple) -> int:
                for column, directional, collation in terms:
                    x, y = a[column], b[column]
                    if collation is not None:
                        x = V.collate_key(x, collation) if x.__class__ is str else x
                        y = V.collate_key(y, collation) if y.__class__ is str else y
                    result = directional(x, y)
                    if result:
                        return result
                return 0

            self.key = cmp_to_key(compare_rows)

    def __bool__(self) -> bool:
        return bool(self.heap or self.fifo)

    def push(self, row: tuple) -> None:
        if not self.order:
            self.fifo.append(row)
            return
        self.arrivals += 1
        heappush(self.heap, (self.key(row), self.arrivals, row))

    def pop(self) -> tuple:
        return heappop(self.heap)[2] if self.order else self.fifo.popleft()


class RecursiveCte(Plan):
    """WITH RECURSIVE: the anchor, then the step on each row taken from the queue until it is empty."""

    def __init__(self, anchor: Plan, distinct: bool) -> None:
        self.anchor = anchor
        self.step: Plan | None = None
        self.distinct = distinct
        self.limit_code = None
        self.offset_code = None
        self.order: list[OrderTerm] = []  # the CTE's own ORDER BY: the queue's priority
        self.working_table = _WorkingTable(self)

    def iterate(self, env: Env, outer: tuple) -> Iterator[tuple]:
        """SQLite's queue (generateWithRecursiveQuery): the anchor's rows are queued; each row taken out is
        output unless OFFSET still skips it, and the step runs on that one row, queueing what it yields.
        LIMIT counts output rows; UNION queues a row only once."""
        limit = offset = None
        if self.limit_code is not None:
            limit = _limit_value(self.limit_code(env, env.params, outer))
            limit = None if limit < 0 else limit
        if self.offset_code is not None:
            offset = max(_limit_value(self.offset_code(env, env.params, outer)), 0)
        queue = _CteQueue(self.order)
        seen: set = set()

        def push(rows: list[tuple]) -> None:
            for row in rows:
                if self.distinct:
                    if row in seen:
                        continue
                    seen.add(row)
                queue.push(row)

        push(self.anchor.execute(env, ()))
        while queue and limit != 0:
            row = queue.pop()
            if offset:
                offset -= 1
            else:
                yield row
                if limit is not None:
                    limit -= 1
            env.working[id(self)] = [row]
            push(self.step.execute(env, ()))

    def execute(self, env: Env, outer: tuple) -> list[tuple]:
        key = ("cte", id(self))
        rows = env.cache.get(key)
        if rows is None:
            rows = env.cache[key] = list(self.iterate(env, outer))
        return rows

    def explain(self) -> list[str]:
        return ["RECURSIVE CTE"] + ["  " + line for line in self.anchor.explain()]


class SubqueryRuntime:
    """A subquery used in an expression; its rows are memoised per distinct outer values."""

    def __init__(self, plan: Plan, outer_refs: list[str]) -> None:
        self.plan = plan
        self.outer_refs = outer_refs
        self.name = ""
        self.column_count = 0
        self.affinity = None
        self.collation = None

    def rows(self, env: Env, outer: tuple) -> list[tuple]:
        key = (id(self), _exact(outer))
        rows = env.cache.get(key)
        if rows is None:
            rows = env.cache[key] = self.plan.execute(env, outer)
        return rows

    def derived(self, env: Env, outer: tuple, name: str, function: Callable) -> object:
        key = (id(self), _exact(outer), name)
        value = env.cache.get(key, _MISSING)
        if value is _MISSING:
            value = env.cache[key] = function(self.rows(env, outer))
        return value

    def _outer_src(self) -> str:
        return "(" + "".join(f"{ref}, " for ref in self.outer_refs) + ")"

    def rows_src(self) -> str:
        return f"{self.name}.rows(_env, {self._outer_src()})"

    def derived_src(self, name: str, function_src: str) -> str:
        return f"{self.name}.derived(_env, {self._outer_src()}, {name!r}, {function_src})"


_MISSING = object()


def _exact(values: tuple) -> tuple:
    """A cache key that tells apart what Python equality merges: 0, 0.0 and -0.0 answer differently."""
    return tuple((v.__class__, v.hex()) if v.__class__ is float else (v.__class__, v) for v in values)


class OuterJoin(Plan):
    """RIGHT and FULL joins over materialized sides, producing the concatenated rows."""

    def __init__(self, left: Plan, right, left_width: int, right_width: int, condition: Callable,
                 full: bool) -> None:
        self.left = left
        self.right = right
        self.left_width = left_width
        self.right_width = right_width
        self.condition = condition
        self.full = full

    def execute(self, env: Env, outer: tuple) -> list[tuple]:
        left_rows = self.left.execute(env, outer)
        right_rows = self.right.execute(env, outer)
        params = env.params
        condition = self.condition
        matched_right: set[int] = set()
        null_left = (None,) * self.left_width
        null_right = (None,) * self.right_width
        result = []
        for left in left_rows:
            matched = False
            for position, right in enumerate(right_rows):
                row = left + right
                if condition(row, env, params, outer):
                    matched = True
                    matched_right.add(position)
                    result.append(row)
            if self.full and not matched:
                result.append(left + null_right)
        for position, right in enumerate(right_rows):
            if position not in matched_right:
                result.append(null_left + right)
        return result

    def explain(self) -> list[str]:
        return [f"{'FULL' if self.full else 'RIGHT'} OUTER JOIN"]
