"""Join planning: the order of the loops, the filters at each level, and hash lookups.

Each WHERE (and inner-join ON) conjunct is compiled once and placed at the shallowest
loop level where every source it reads is bound; a conjunct over one inner-joined source
filters that source's rows before the loops start. A source joined to already-bound
sources by equalities is read through a hash table keyed on those equalities, built once
per execution, instead of being scanned for every outer row. LEFT JOINs keep their ON
conditions at their own level and fall back to a NULL row when nothing matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlglot import exp

from engine.query.codegen import Code
from engine.query.compiler import ExpressionCompiler
from engine.query.executor import ASSIGNS, CteReference, ExternalRows
from engine.query.kept_predicates import compiled_predicate
from engine.query.scan_order import full_scan_index

_EQUALITY_SELECTIVITY = 0.1
_OTHER_SELECTIVITY = 0.5
_UNKNOWN_ROWS = 100
_MAX_NESTED_LOOPS = 16
_EXHAUSTIVE_START_LIMIT = 6


def _bound_variables(sources: list) -> str:
    names = []
    for source in sources:
        names.append(f"({source.rowid_var}, {source.var})" if source.needs_rowid else source.var)
    return "(" + "".join(f"{name}, " for name in names) + ")"


@dataclass
class Conjunct:
    node: exp.Expression
    predicate: str
    used: frozenset[int]
    # for equalities: (source side number, its key code, other side's code), one entry per orientation
    equalities: list[tuple[int, Code, Code, frozenset[int]]] = field(default_factory=list)
    # a condition an index can answer: column position, operator and the probe values
    probe: Probe | None = None


@dataclass
class Probe:
    """``column OP value(s)`` where the values do not depend on the loops."""

    column: int
    operator: str  # "==", "in", "<", "<=", ">", ">=", "between"
    values: list[Code]
    collation: str | None


@dataclass
class Step:
    """What one loop level does, kept as syntax trees and rendered only when EXPLAIN asks."""

    action: str
    alias: str
    filters: list[exp.Expression] = field(default_factory=list)
    hashed_on: list[exp.Expression] = field(default_factory=list)
    index_on: list[exp.Expression] = field(default_factory=list)
    index: str | None = None  # the index a lookup reads ("" the rowid), None for a scan

    def describe(self) -> str:
        text = f"{self.action} {self.alias}"
        if self.index_on:
            text += " USING INDEX FOR " + " AND ".join(node.sql(dialect="sqlite") for node in self.index_on)
        if self.filters:
            text += " WHERE " + " AND ".join(node.sql(dialect="sqlite") for node in self.filters)
        if self.hashed_on:
            text += " USING HASH (" + ", ".join(node.sql(dialect="sqlite") for node in self.hashed_on) + ")"
        return text


@dataclass
class LoopPlan:
    """Generated source lines for the loop nest; the body goes at ``depth``."""

    setup: list[str]
    loops: list[str]
    depth: int
    steps: list[Step]
    # one inner-joined source: (loop element, rows, filter) for a single comprehension
    single: tuple[str, str, str | None] | None = None
    # the single source's number of rows when they are all of one table's (in whichever order), else None
    size: str | None = None
    explainable: bool = True  # the steps still hold their conditions' syntax

    def explain(self) -> list[str]:
        if not self.explainable:
            raise RuntimeError("a plan made outside EXPLAIN keeps no conditions to describe")
        return [step.describe() for step in self.steps]

    def without_syntax(self) -> LoopPlan:
        """The plan with its steps' conditions dropped: they are syntax nodes, and each holds on to the
        statement's whole tree (its parents), which a cached statement would keep alive."""
        for step in self.steps:
            step.filters, step.hashed_on, step.index_on = [], [], []
        self.explainable = False
        return self


def plan_loops(scope, compiler: ExpressionCompiler, conditions: list[exp.Expression],
               streaming_first: bool = False) -> LoopPlan:
    """Order the scope's sources and generate the loop nest that applies ``conditions`` (compiled by
    ``compiler``, which resolves names per joined row)."""
    for source in scope.sources:
        if source.join == "left" and any(_rejects_null_row(scope, compiler, node, source.number)
                                         for node in conditions):
            # WHERE drops the source's NULL row: SQLite runs the join as an inner one (its ON terms after
            # WHERE's, folded like them), so it reads the rows in another order and its ON sees fewer
            conditions = [*conditions, *source.on]
            source.join, source.on = "inner", []
    where = [_conjunct(scope, compiler, node) for node in conditions]
    # an outer join's ON drops no AND/OR operand (SQLite's EP_OuterON terms)
    on_clauses = {source.number: [_conjunct(scope, compiler, node, fold=False) for node in source.on]
                  for source in scope.sources if source.join == "left"}
    order = _choose_order(scope, where, on_clauses)
    return _generate(scope, order, where, on_clauses, streaming_first)


def _compile_used(scope, compiler: ExpressionCompiler, build) -> tuple[object, frozenset[int]]:
    saved = scope.used
    scope.used = set()
    try:
        result = build()
        return result, frozenset(scope.used)
    finally:
        scope.used = saved | scope.used


# what SQLite's impliesNotNullRow does not look into: OR, CASE, IN, IS, LIKE and GLOB (functions there),
# function calls, row values and subqueries
_NULL_TOLERANT = (exp.Or, exp.Case, exp.In, exp.Is, exp.NullSafeEQ, exp.NullSafeNEQ, exp.Like, exp.Glob,
                  exp.Tuple, exp.Subquery, exp.Exists, exp.Select, exp.Anonymous)


def _rejects_null_row(scope, compiler: ExpressionCompiler, term: exp.Expression, number: int) -> bool:
    """Whether WHERE term ``term`` is true only where source ``number``'s row is not its NULL row, as
    SQLite's sqlite3ExprImpliesNonNullRow decides it (a column of the source outside the operators that
    accept a NULL)."""
    while isinstance(term, exp.Paren):
        term = term.this
    if isinstance(term, exp.Not) and isinstance(term.this, exp.Is) and isinstance(term.this.expression, exp.Null):
        return _reads_source(scope, compiler, term.this.this, number)  # x IS NOT NULL (SQLite's TK_NOTNULL)
    while isinstance(term, exp.And):
        if _rejects_null_row(scope, compiler, term.this, number):
            return True
        term = term.expression
    return _reads_source(scope, compiler, term, number)


def _reads_source(scope, compiler: ExpressionCompiler, node: exp.Expression, number: int) -> bool:
    """Whether ``node`` reads a column of source ``number`` outside the operators that accept a NULL (a
    function of the module, not a closure: a recursive closure is a cycle that keeps the planner's objects
    for the collector)."""
    while isinstance(node, exp.Paren):
        node = node.this
    if isinstance(node, exp.Column):
        return _compile_used(scope, compiler, lambda: compiler.value(node))[1] == {number}
    if isinstance(node, exp.And):
        return (_reads_source(scope, compiler, node.this, number)
                and _reads_source(scope, compiler, node.expression, number))
    if isinstance(node, exp.Between):
        return _reads_source(scope, compiler, node.this, number)
    if isinstance(node, _NULL_TOLERANT) or (isinstance(node, exp.Func) and not isinstance(node, exp.Cast)):
        return False
    return any(_reads_source(scope, compiler, child, number) for child in node.iter_expressions())


class _Operands:
    """Each operand of one conjunct compiled once, with the sources it reads: the predicate, the hash
    join's keys and the index probe all read the same operands."""

    def __init__(self, scope, compiler: ExpressionCompiler) -> None:
        self.scope, self.compiler = scope, compiler
        self.compiled: dict[int, tuple[Code, frozenset[int]]] = {}

    def __call__(self, node: exp.Expression) -> tuple[Code, frozenset[int]]:
        found = self.compiled.get(id(node))
        if found is None:
            found = self.compiled[id(node)] = _compile_used(self.scope, self.compiler,
                                                            lambda: self.compiler.value(node))
        return found


def _conjunct(scope, compiler: ExpressionCompiler, node: exp.Expression, fold: bool = True) -> Conjunct:
    operands = _Operands(scope, compiler)
    if node.__class__ in _RANGE_OPERATORS:
        sides = (node.this, node.expression)
    elif node.__class__ is exp.Between and not node.args.get("symmetric"):
        sides = (node.this, node.args["low"], node.args["high"])
    else:
        sides = ()
    parts = [operands(side) for side in sides]  # compiled before the predicate, which then reuses them
    predicate, used = _compile_used(scope, compiler, lambda: compiled_predicate(
        compiler, node, fold, tuple(code for code, _ in parts) or None))
    used = used.union(*(part_used for _, part_used in parts))
    conjunct = Conjunct(node, predicate, used)
    if len(used) == 1:
        conjunct.probe = _probe(scope, compiler, node, next(iter(used)), operands)
    if isinstance(node, exp.EQ) and len(used) >= 2:
        (left, left_used), (right, right_used) = operands(node.this), operands(node.expression)
        if left_used and right_used and not left_used & right_used:
            left, right, collation = compiler.prepare_comparison(left, right)
            left_key, right_key = _hash_key(left, collation), _hash_key(right, collation)
            if len(left_used) == 1:
                conjunct.equalities.append((next(iter(left_used)), left_key, right_key, right_used))
            if len(right_used) == 1:
                conjunct.equalities.append((next(iter(right_used)), right_key, left_key, left_used))
    return conjunct


_RANGE_OPERATORS = {exp.EQ: "==", exp.GT: ">", exp.GTE: ">=", exp.LT: "<", exp.LTE: "<="}
_MIRRORED = {"==": "==", ">": "<", ">=": "<=", "<": ">", "<=": ">="}


def _probe(scope, compiler: ExpressionCompiler, node: exp.Expression, number: int,
           operands: _Operands) -> Probe | None:
    """An index-answerable form of a one-source condition, if it has one."""
    source = next(s for s in scope.sources if s.number == number)
    if source.table is None and _external_rows(source) is None:
        return None
    column_prefix = f"{source.var}["

    def column_of(side: exp.Expression) -> tuple[int, Code] | None:
        if not isinstance(side, exp.Column):
            return None
        code, used = operands(side)
        if used != {number} or not code.src.startswith(column_prefix):
            return None
        return int(code.src[len(column_prefix):-1]), code

    def free(side: exp.Expression) -> Code | None:
        code, used = operands(side)
        return None if used else code

    operator = _RANGE_OPERATORS.get(node.__class__)
    if operator is not None:
        for column_side, other_side, op in ((node.this, node.expression, operator),
                                            (node.expression, node.this, _MIRRORED[operator])):
            column = column_of(column_side)
            other = free(other_side) if column is not None else None
            if other is not None:
                left, right, collation = compiler.prepare_comparison(column[1], other)
                # an index holds the column's stored values: it cannot answer a comparison that
                # converts them (a TEXT column against a NUMERIC operand compares as numbers)
                return Probe(column[0], op, [right], collation) if left.src == column[1].src else None
        return None
    if isinstance(node, exp.Between) and not node.args.get("symmetric"):
        column = column_of(node.this)
        low, high = free(node.args["low"]), free(node.args["high"])
        if column is None or low is None or high is None:
            return None
        low_left, low, collation = compiler.prepare_comparison(column[1], low)
        high_left, high, other_collation = compiler.prepare_comparison(column[1], high)
        if not low_left.src == high_left.src == column[1].src or collation != other_collation:
            return None
        return Probe(column[0], "between", [low, high], collation)
    if isinstance(node, exp.In) and not node.args.get("query") and not node.args.get("field") and node.expressions:
        column = column_of(node.this)
        if column is None:
            return None
        values = []
        collations = set()
        for item in node.expressions:
            code = free(item)
            if code is None:
                return None
            target, converted, collation = compiler.prepare_in_comparison(column[1], code)
            if target.src != column[1].src:
                return None
            values.append(converted)
            collations.add(collation)
        return Probe(column[0], "in", values, collations.pop()) if len(collations) == 1 else None
    return None


def _index_for(source, probe: Probe) -> str | None:
    """The name of an index that orders ``probe``'s column under its collation ("" for the rowid)."""
    schema = source.table.schema
    if probe.column == schema.rowid_column and probe.operator in ("==", "in"):
        return ""
    if probe.collation != schema.columns[probe.column].collation:
        return None
    for name, index in source.table.indexes.items():
        if index.positions == (probe.column,) and index.member is None:  # a partial index lacks rows
            return name
    return None


_PROBE_PREFERENCE = {"==": 0, "in": 1, "between": 2, "<": 3, "<=": 3, ">": 3, ">=": 3}


def _indexed_rows(gen, source, conjuncts: list[Conjunct], pushed: list[int]) -> tuple[str, list, str] | None:
    """Rows of a base table through an index lookup for the best indexable pushed condition."""
    choices = []
    for i in pushed:
        probe = conjuncts[i].probe
        if probe is None:
            continue
        index = _index_for(source, probe)
        if index is not None and (source.index_hint is None or index in ("", source.index_hint)):
            choices.append((_PROBE_PREFERENCE[probe.operator], i, probe, index))
    if not choices:
        return None
    _, i, probe, index = min(choices, key=lambda choice: choice[:2])
    table, named = source.table_name_in_code, _index_name_in_code(gen, index)
    pairs = bool(source.needs_rowid)
    values = ", ".join(code.src for code in probe.values)
    if probe.operator in ("==", "in"):
        call = f"_index_equal({table}, {named}, ({values},), {probe.collation!r}, {pairs})"
    else:
        bounds = {"between": "'>=', '<='", ">": "'>', None", ">=": "'>=', None", "<": "None, '<'",
                  "<=": "None, '<='"}[probe.operator]
        if probe.operator in ("<", "<="):
            values = f"None, {values}"
        elif probe.operator in (">", ">="):
            values = f"{values}, None"
        call = f"_index_range({table}, {named}, {values}, {bounds}, {probe.collation!r}, {pairs})"
    return call, [conjuncts[i].node], index


def _index_name_in_code(gen, index: str) -> str:
    """An index's name as a bound name, not a literal: the same query on tab1 and tab2 (idx_tab1_0, idx_tab2_0)
    then generates the same source, which is compiled once. Bound apart from the constants, as a table is, so
    the generators of the two stay alike for the predicates they keep (engine.query.kept_predicates)."""
    return gen.bind_new(index, "_ix")


def _external_rows(source) -> ExternalRows | None:
    """The external table a source reads, when it can be asked for rows by a column's value."""
    plan = source.plan
    if isinstance(plan, CteReference) and isinstance(plan.child, ExternalRows) and plan.child.table.rows_where:
        return plan.child
    return None


def _external_rows_where(source, conjuncts: list[Conjunct], pushed: list[int]) -> str | None:
    """Rows of an external table asked for by a ``column = value`` condition (which still filters them)."""
    for i in pushed:
        probe = conjuncts[i].probe
        if probe is not None and probe.operator == "==" and probe.collation in (None, "BINARY"):
            rows = f"{source.plan_name_in_code}.child.rows_equal(_env, {probe.column}, {probe.values[0].src})"
            return f"enumerate({rows}, 1)" if source.needs_rowid else rows
    return None


def _hash_key(code: Code, collation: str | None) -> Code:
    """A key whose Python equality is SQLite's equality under the comparison's collation."""
    if collation is None:
        return code
    return Code(f"_fold_key({code.src}, {collation!r})")


def _estimate(source, where: list[Conjunct]) -> float:
    rows = max(len(source.table.rows), 1) if source.table is not None else _UNKNOWN_ROWS
    for conjunct in where:
        if conjunct.used == {source.number}:
            rows *= _EQUALITY_SELECTIVITY if isinstance(conjunct.node, exp.EQ | exp.In) else _OTHER_SELECTIVITY
    return rows


def _choose_order(scope, where: list[Conjunct], on_clauses: dict[int, list[Conjunct]]) -> list:
    """A loop order: greedy from each possible first source, the cheapest total wins.

    A source joined by an equality to sources already in the loops is read through a hash
    table; building one costs more per row than probing it, so the larger side should
    drive the loops and the smaller be hashed. Beyond a handful of sources only the
    greedy order from the smallest source is tried, which keeps planning cheap for the
    64-table joins SQLLogicTest has.
    """
    sources = list(scope.sources)
    if not sources:
        return []
    estimates = {source.number: _estimate(source, where) for source in sources}
    # per source: the sets of other sources an equality needs before it can hash-join this one
    hash_needs: dict[int, list[frozenset[int]]] = {source.number: [] for source in sources}
    for conjunct in where:
        for number, _, _, other_used in conjunct.equalities:
            hash_needs.setdefault(number, []).append(other_used)
    for number, conjuncts in on_clauses.items():
        hash_needs.setdefault(number, []).extend(other_used for conjunct in conjuncts
                                  for equality_number, _, _, other_used in conjunct.equalities
                                  if equality_number == number)
    starts = sources if len(sources) <= _EXHAUSTIVE_START_LIMIT else [None]
    best_order, best_cost = None, None
    for start in starts:
        order, cost = _greedy(sources, hash_needs, estimates, start)
        if order is not None and (best_cost is None or cost < best_cost):
            best_order, best_cost = order, cost
    return best_order


def _greedy(sources: list, hash_needs: dict[int, list[frozenset[int]]], estimates: dict[int, float],
            start) -> tuple[list | None, float]:
    """One loop order, each step taking the cheapest source that may come next (sources by position)."""
    placed: list = []
    placed_numbers: set[int] = set()
    remaining = list(enumerate(sources))
    rows = 1.0
    total = 0.0
    while remaining:
        best = None
        for position, source in remaining:
            if (source.join == "left" or source.lateral is not None) and not all(
                    s.number in placed_numbers for s in sources[:position]):
                continue  # a LEFT JOINed or lateral source comes after everything to its left in FROM
            if not placed and start is not None and source is not start:
                continue
            estimate = estimates[source.number]
            hashed = bool(placed) and any(needs <= placed_numbers for needs in hash_needs[source.number])
            # building a hash table: about twice a probe per row; a nested loop: every pair
            cost = estimate * 2 + rows if hashed else rows * estimate
            choice = (not hashed, cost, position, source, hashed)
            if best is None or choice[:3] < best[:3]:
                best = choice
        if best is None:
            return None, 0.0
        _, cost, chosen_position, chosen, hashed = best
        total += cost
        rows = rows if hashed else rows * estimates[chosen.number]
        placed.append(chosen)
        placed_numbers.add(chosen.number)
        remaining = [(position, source) for position, source in remaining if position != chosen_position]
    return placed, total


def _rows_expression(source, streaming: bool) -> str:
    if source.lateral is not None:
        return f"enumerate({source.lateral}, 1)" if source.needs_rowid else source.lateral
    if source.table is not None:
        accessor = "items()" if source.needs_rowid else "values()"
        return f"{source.table_name_in_code}.scan().{accessor}"
    call = "iterate" if streaming else "execute"
    rows = f"{source.plan_name_in_code}.{call}(_env, ())"
    if source.needs_rowid:
        return f"enumerate({rows}, 1)"
    return rows


def _generate(scope, order: list, where: list[Conjunct], on_clauses: dict[int, list[Conjunct]],
              streaming_first: bool) -> LoopPlan:
    """The loop nest over ``order``: each source's candidate rows, hash tables and filters, level by level."""
    plan = _loop_nest(scope, order, where, on_clauses, streaming_first)
    return plan if scope.planner.explaining else plan.without_syntax()


def _loop_nest(scope, order: list, where: list[Conjunct], on_clauses: dict[int, list[Conjunct]],
               streaming_first: bool) -> LoopPlan:
    nest = _LoopNest(scope.gen, where)
    nest.check_constant_conditions()
    for position, source in enumerate(order):
        conjuncts = on_clauses.get(source.number, []) if source.join == "left" else where
        per_row = source.lateral is not None and position > 0  # rows computed inside the loops
        pushed = [i for i, c in enumerate(conjuncts) if c.used == {source.number}
                  and (source.join == "left" or i not in nest.done) and not per_row]
        step = nest.bind_source(source)
        rows = _rows_expression(source, streaming_first and position == 0 and source.plan is not None)
        indexed = _indexed_rows(nest.gen, source, conjuncts, pushed) if source.table is not None else None
        if indexed is not None:
            rows, step.index_on, step.index = indexed
        elif source.table is not None:
            scanned = full_scan_index(source.table, source.columns_read, len(order) == 1, source.index_hint)
            if scanned is not None:
                rows = (f"_index_scan({source.table_name_in_code}, {_index_name_in_code(nest.gen, scanned)}, "
                        f"{bool(source.needs_rowid)})")
        elif _external_rows(source) is not None:
            rows = _external_rows_where(source, conjuncts, pushed) or rows
        if len(order) == 1 and source.join != "left" and not streaming_first:
            step.filters = [conjuncts[i].node for i in pushed]
            nest.steps.append(step)
            filters = " and ".join(conjuncts[i].predicate for i in pushed)
            size = f"len({source.table_name_in_code}.rows)" if source.table is not None and indexed is None else None
            return LoopPlan(nest.setup, [], 0, nest.steps, (_element(source), rows, filters or None), size)
        hash_keys = nest.hash_keys(source, conjuncts) if position > 0 else None
        candidates = rows if per_row else nest.candidates(source, position, rows, conjuncts, pushed, step,
                                                          read_once=hash_keys is not None)
        if hash_keys is not None:
            candidates, pushed = nest.hash_join(source, candidates, hash_keys, conjuncts, pushed, step)
        nest.placed.add(source.number)
        nest.start_new_nest_if_deep(order[:position], source)
        nest.open_loop(source, candidates, conjuncts, pushed, step)
        nest.filter_ready_conditions()
    return nest.finish()


_PLAIN_COLUMN = re.compile(r"(r\d+)\[(\d+)\]")


def _element(source) -> str:
    """The loop target binding one row of a source (with its rowid when the query reads it)."""
    return f"({source.rowid_var}, {source.var})" if source.needs_rowid else source.var


class _LoopNest:
    """The loop nest as it is generated: setup lines, loop lines, and which conjuncts are placed."""

    def __init__(self, gen, where: list[Conjunct]) -> None:
        self.gen = gen
        self.where = where
        self.setup: list[str] = []
        self.loops: list[str] = []
        self.steps: list[Step] = []
        self.placed: set[int] = set()  # sources bound by the loops so far
        self.done: set[int] = set()  # indexes of WHERE conjuncts already placed
        self.depth = 0

    def check_constant_conditions(self) -> None:
        """Conditions that read no source decide, before any loop, whether there are rows at all."""
        constant = [i for i, c in enumerate(self.where) if not c.used]
        if constant:
            self.setup.append("if not (" + " and ".join(self.where[i].predicate for i in constant) + "):")
            self.setup.append("    return _empty_result()")
            self.done.update(constant)

    def bind_source(self, source) -> Step:
        """Name the source's table or plan in the generated code; its step starts as a scan."""
        if source.table is not None:
            source.table_name_in_code = self.gen.bind(source.table, "_tbl")
            return Step("SCAN", source.segments[0].alias)
        if source.lateral is not None:
            return Step("SCAN", source.segments[0].alias + " VIRTUAL TABLE (per row)")
        source.plan_name_in_code = self.gen.bind(source.plan, "_src")
        return Step("SCAN", source.segments[0].alias + " (computed)")

    def candidates(self, source, position: int, rows: str, conjuncts: list[Conjunct], pushed: list[int],
                   step: Step, read_once: bool = False) -> str:
        """The source's rows after its own filters, computed once before the loops. Rows the loops read
        again (``read_once`` false, an inner loop's) are copied into a list; a hash table's are not."""
        element = _element(source)
        candidates = f"_c{source.number}"
        filters = " and ".join(conjuncts[i].predicate for i in pushed)
        if filters:
            if ASSIGNS in rows:  # Python refuses := in a comprehension's iterable
                self.setup.append(f"{candidates} = {rows}")
                rows = candidates
            self.setup.append(f"{candidates} = [{element} for {element} in {rows} if {filters}]")
            step.filters = [conjuncts[i].node for i in pushed]
        elif (position == 0 and source.join != "left") or read_once:
            candidates = rows
        else:
            self.setup.append(f"{candidates} = list({rows})")
        if source.join != "left":
            self.done.update(pushed)
        return candidates

    def hash_keys(self, source, conjuncts: list[Conjunct]) -> tuple[list[int], list[tuple[Code, Code]]] | None:
        """The conjuncts equating the source with sources already bound, and each one's key on the source and
        on the bound side; None when it has none, or when its rows are computed per row."""
        if source.lateral is not None:
            return None
        hashed = [(i, eq) for i, c in enumerate(conjuncts) if (source.join == "left" or i not in self.done)
                  for eq in c.equalities if eq[0] == source.number and eq[3] <= self.placed]
        seen_conjuncts: list[int] = []
        keys = []
        for i, (_, own_key, other_key, _) in hashed:
            if i not in seen_conjuncts:
                seen_conjuncts.append(i)
                keys.append((own_key, other_key))
        return (seen_conjuncts, keys) if keys else None

    def hash_join(self, source, candidates: str, hash_keys: tuple[list[int], list[tuple[Code, Code]]],
                  conjuncts: list[Conjunct], pushed: list[int], step: Step) -> tuple[str, list[int]]:
        """Read the source through a hash table on ``hash_keys`` (from `hash_keys`), built from its candidates
        in one pass before the loops."""
        seen_conjuncts, keys = hash_keys
        element = _element(source)
        table = f"_h{source.number}"
        own = keys[0][0].src if len(keys) == 1 else "(" + ", ".join(k[0].src for k in keys) + ",)"
        probe = keys[0][1].src if len(keys) == 1 else "(" + ", ".join(k[1].src for k in keys) + ",)"
        column = _PLAIN_COLUMN.fullmatch(own) if len(keys) == 1 and element == source.var else None
        if column is not None and column.group(1) == element:
            # one generated line instead of five (a 15-table join hashed 14 tables: half its source, and
            # compile() costs by the size of it)
            self.setup.append(f"{table} = _rows_by_key({candidates}, {column.group(2)})")
        else:
            missing = "_k is not None" if len(keys) == 1 else "None not in _k"
            self.setup += [f"{table} = {{}}", f"for {element} in {candidates}:", f"    _k = {own}",
                           f"    if {missing}:", f"        {table}.setdefault(_k, []).append({element})"]
        step.hashed_on = [conjuncts[i].node for i in seen_conjuncts]
        if source.join != "left":
            self.done.update(seen_conjuncts)
        else:
            pushed = pushed + seen_conjuncts
        return f"{table}.get({probe}, ())", pushed

    def start_new_nest_if_deep(self, bound_sources: list, source) -> None:
        """Python allows only 20 nested blocks: materialize the partial join and start a new nest."""
        if self.depth != _MAX_NESTED_LOOPS:
            return
        bound = _bound_variables(bound_sources)
        stage = f"_stage{source.number}"
        self.setup.append(f"{stage} = []")
        self.loops.append("    " * self.depth + f"{stage}.append({bound})")
        self.loops.append(f"for {bound} in {stage}:")
        self.depth = 1

    def open_loop(self, source, candidates: str, conjuncts: list[Conjunct], pushed: list[int], step: Step) -> None:
        """The loop over the source's candidates; a LEFT JOIN falls back to a NULL row when none match."""
        element = _element(source)
        indent = "    " * self.depth
        if source.join == "left":
            rest = [c.predicate for i, c in enumerate(conjuncts) if i not in pushed]
            null_row = self.gen.bind([(None, (None,) * source.width) if source.needs_rowid
                                      else (None,) * source.width], "_nullrow")
            if rest and ASSIGNS in candidates:  # Python refuses := in a comprehension's iterable
                self.loops.append(f"{indent}_m{source.number} = {candidates}")
                candidates = f"_m{source.number}"
            matched = f"[{element} for {element} in {candidates} if {' and '.join(rest)}]" if rest else \
                f"list({candidates})"
            self.loops.append(f"{indent}for {element} in ({matched} or {null_row}):")
            step.action = "LEFT JOIN " + step.action
        else:
            self.loops.append(f"{indent}for {element} in {candidates}:")
        self.depth += 1
        self.steps.append(step)

    def filter_ready_conditions(self) -> None:
        """WHERE conjuncts whose sources are all bound now filter at this level."""
        ready = [i for i, c in enumerate(self.where) if i not in self.done and c.used <= self.placed]
        if ready:
            condition = " and ".join(self.where[i].predicate for i in ready)
            self.loops.append("    " * self.depth + f"if not ({condition}):")
            self.loops.append("    " * self.depth + "    continue")
            self.done.update(ready)

    def finish(self) -> LoopPlan:
        """Any conjunct not placed at a loop level guards the body."""
        leftover = [i for i in range(len(self.where)) if i not in self.done]
        if leftover:
            condition = " and ".join(self.where[i].predicate for i in leftover)
            self.loops.append("    " * self.depth + f"if {condition}:")
            self.depth += 1
        return LoopPlan(self.setup, self.loops, self.depth, self.steps)
