"""SELECT cores: from the clauses of one SELECT to a `SelectCore` and the operators above it.

Planning a core reads its shape first (does it aggregate, use windows, sort, DISTINCT?),
then compiles every expression once against the right resolver, asks the join planner
for the loop nest, and wraps the core in DISTINCT, ORDER BY and LIMIT in SQLite's order.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace

from sqlglot import exp

from engine.errors import NotSupportedError, OperationalError
from engine.query.codegen import Code, compile_function, folded_source
from engine.query.compiler import ParameterMap, cast_type_name, order_collation
from engine.query.executor import (
    DeferredProjection,
    Distinct,
    Limit,
    OrderTerm,
    Plan,
    Project,
    QueryPlan,
    SelectCore,
    SelectSpec,
    Sort,
)
from engine.query.join_planner import plan_loops
from engine.query.resolvers import GroupResolver, RowResolver, WindowCollector
from engine.query.scope import EnclosingAggregate, OuterContext, QueryPlanner, Scope, Segment
from engine.query.sources import add_sources
from engine.query.syntax import (
    aggregate_calls,
    column_name,
    conjuncts,
    contains_aggregate,
    contains_window,
    nulls_first,
    ordinal,
    term_number,
    walk_scope,
)
from engine.sql.dialect import MAY_BE_SPECIAL_KEY, SPECIAL_NODES


@dataclass
class ResolvedOrder:
    """ORDER BY terms resolved to result columns (a position) or to hidden sort keys (None)."""

    terms: list[exp.Ordered]
    positions: list[int | None]


@dataclass(frozen=True)
class _Shape:
    """What a SELECT core has to do, read from its clauses before anything is compiled."""

    items: list[tuple[str | None, exp.Expression]]  # result columns: (alias, expression)
    conditions: list[exp.Expression]  # WHERE and inner-join ON conjuncts
    order: ResolvedOrder
    aggregate: bool
    windowed: bool
    distinct: bool

    @property
    def expressions(self) -> list[exp.Expression]:
        return [expression for _, expression in self.items]


def _constant_having_into_where(select: exp.Select, shape: _Shape, having: exp.Expression | None
                                ) -> tuple[list[exp.Expression], exp.Expression | None]:
    """SQLite moves a grouped query's HAVING terms that read no row into its WHERE, where a constant term
    runs once before any row is read (so its error is raised even when no group forms)."""
    if having is None or not select.args.get("group") or not shape.aggregate:
        return shape.conditions, having
    moved, kept = [], []
    for term in conjuncts(having):
        reads_rows = term.find(exp.Column, exp.Query, exp.Window) is not None or contains_aggregate(term)
        (kept if reads_rows else moved).append(term)
    if not moved:
        return shape.conditions, having
    return [*shape.conditions, *moved], exp.and_(*kept) if kept else None


def plan_select(planner: QueryPlanner, select: exp.Select, parameters: ParameterMap, outer: OuterContext | None,
                ctes: dict, numbers) -> QueryPlan:
    """Plan one SELECT core with its ORDER BY, DISTINCT and LIMIT."""
    try:
        return _plan_select(planner, select, parameters, outer, ctes, numbers, False)
    except EnclosingAggregate as found:
        if found.select is not select:
            raise
    # a subquery of its result columns aggregates this core's rows: SQLite makes it an aggregate query
    return _plan_select(planner, select, parameters, outer, ctes, numbers, True)


def _plan_select(planner: QueryPlanner, select: exp.Select, parameters: ParameterMap, outer: OuterContext | None,
                 ctes: dict, numbers, aggregates_enclosed: bool) -> QueryPlan:
    scope = Scope(planner, outer, ctes, parameters, numbers)
    scope.select = select
    shape = _read_shape(scope, select, add_sources(planner, scope, select), aggregates_enclosed)
    scope.aggregate, scope.windowed = shape.aggregate, shape.windowed
    rows = RowResolver(scope)
    resolver, group_keys, group_values = _grouping(scope, select, shape, rows)
    compiler = resolver.compiler
    if shape.windowed:
        resolver.windows = WindowCollector(scope, compiler)
    scope.clause = "result"
    result_codes = [compiler.value(e) for e in shape.expressions]
    scope.clause = "order"
    hidden_codes = [compiler.value(term.this) for term, position in zip(shape.order.terms, shape.order.positions,
                                                                         strict=True) if position is None]
    having = select.args.get("having")
    conditions, having = _constant_having_into_where(select, shape, having.this if having is not None else None)
    scope.clause = "having"
    having_src = compiler.predicate(having) if shape.aggregate and having is not None else None
    scope.clause = "where"
    stop = _stop_function(planner, select, parameters, scope) if _may_stop_early(select, shape) else None
    loop = plan_loops(scope, RowResolver(scope).compiler, conditions, stop is not None)
    spec = SelectSpec(
        loop, outputs=tuple(c.src for c in result_codes), order_outputs=tuple(c.src for c in hidden_codes),
        group_keys=group_keys, group_values=group_values,
        aggregates=tuple(resolver.aggregates) if shape.aggregate else (),
        bare_columns=tuple(resolver.bare_columns) if shape.aggregate else (), having=having_src,
        windows=tuple(resolver.windows.windows) if shape.windowed else (),
        # read after the loops: they decide which rowids identify a row
        context_vars=scope.context_vars() if shape.windowed and not shape.aggregate else None,
        stop_function=stop)
    _refuse_bare_columns_of_a_filtered_extreme(spec)
    order_codes = _order_codes(shape.order, result_codes, hidden_codes)
    plan = _ordered_core(planner, select, scope, shape, spec, order_codes, [c.collation for c in result_codes])
    names = [name if name is not None else column_name(e) for name, e in shape.items]
    decltypes = [_decltype(e, scope) for e in shape.expressions]
    return QueryPlan(plan, names, [c.affinity for c in result_codes], [c.collation for c in result_codes],
                     decltypes, [])


def _read_shape(scope: Scope, select: exp.Select, join_conditions: list[exp.Expression],
                aggregates_enclosed: bool = False) -> _Shape:
    items = expand_stars(scope, select.expressions)
    for item in select.expressions:
        if isinstance(item, exp.Alias):
            scope.aliases.setdefault(item.alias.lower(), item.this)
    where = select.args.get("where")
    conditions = join_conditions + conjuncts(where.this if where is not None else None)
    expressions = [expression for _, expression in items]
    having = select.args.get("having")
    order = select.args.get("order")
    order_terms = list(order.expressions) if order is not None else []
    # one walk of the whole statement rules out aggregates and windows in most queries
    may_be_special = _may_be_special(select)
    may_aggregate = may_be_special and select.find(exp.AggFunc, exp.Anonymous) is not None
    if scope.outer is None:
        aggregates = contains_aggregate
    else:  # an aggregate of only an enclosing query's columns is that query's (resolve.c)
        def aggregates(node: exp.Expression) -> bool:
            return any(scope.aggregate_level(call_node, call[1], call[3]) == 0
                       for call_node, call in aggregate_calls(node))
    # as resolve.c decides it: GROUP BY, or an aggregate of its own among the result columns
    aggregate = aggregates_enclosed or bool(select.args.get("group")) or (
        may_aggregate and any(aggregates(e) for e in expressions))
    if having is not None and not aggregate:
        raise OperationalError("HAVING clause on a non-aggregate query")
    if may_aggregate:  # an outer join's ON is not among the conditions: it is compiled with its join
        _check_condition_aggregates(scope, [*conditions, *(join.args["on"] for join in select.args.get("joins") or ()
                                                           if join.args.get("on") is not None)], aggregate)
        if not aggregate:  # an aggregate in ORDER BY does not make the query one: SQLite's codegen refuses it
            _check_misplaced_aggregates(scope, [term.this for term in order_terms])
    windowed = may_be_special and select.find(exp.Window) is not None and (
        any(contains_window(e) for e in expressions) or any(contains_window(t.this) for t in order_terms))
    return _Shape(items, conditions, resolve_order(order_terms, items), aggregate, windowed,
                  select.args.get("distinct") is not None)


def _may_be_special(select: exp.Select) -> bool:
    """Whether this SELECT core may have an aggregate, a plain call or a window. The parser answers it for the
    whole statement in the walk its rules make (engine.sql.parser), else the statement is walked once per
    tree, not once per SELECT core; only a core that is not the root, in a statement that has one, is walked
    itself."""
    root = select.root()
    known = root.meta.get(MAY_BE_SPECIAL_KEY)
    if known is None:
        known = root.meta[MAY_BE_SPECIAL_KEY] = root.find(*SPECIAL_NODES) is not None
    return known and (select is root or select.find(*SPECIAL_NODES) is not None)


def _refuse_bare_columns_of_a_filtered_extreme(spec: SelectSpec) -> None:
    """The bare columns come from the row the last min() or max() chose; when that one has a FILTER, a row
    it skips leaves SQLite's choice to the min() or max() before it (the register they share keeps that
    one's verdict), which ours does not follow: refused rather than answered from another row."""
    if not spec.bare_columns and not spec.group_values:
        return
    extremes = [aggregate for aggregate in spec.aggregates if aggregate.name in ("min", "max")]
    if len(extremes) > 1 and extremes[-1].filter_src is not None:
        raise NotSupportedError("bare columns beside several min() and max() whose last has a FILTER clause "
                                "are not supported")


def _check_misplaced_aggregates(scope: Scope, terms: list[exp.Expression]) -> None:
    """An aggregate of this core in ORDER BY of a core that does not aggregate (sqlite3ExprCodeTarget's
    "misuse of aggregate" for a TK_AGG_FUNCTION without its AggInfo)."""
    for term in terms:
        for node, (name, arguments, _, filter_condition) in aggregate_calls(term):
            _check_argument_names(scope, arguments, filter_condition)
            if scope.aggregate_level(node, arguments, filter_condition) == 0:
                raise OperationalError(f"misuse of aggregate: {name.replace('(*)', '')}()")


def _check_argument_names(scope: Scope, arguments: list[exp.Expression], condition: exp.Expression | None) -> None:
    """SQLite resolves an aggregate's arguments before it finds the aggregate misused: "no such column" first."""
    for part in [*arguments, *([condition] if condition is not None else [])]:
        for column in walk_scope(part):
            if isinstance(column, exp.Column):
                scope.check_known(column)


def _check_condition_aggregates(scope: Scope, conditions: list[exp.Expression], aggregate: bool) -> None:
    """An aggregate in WHERE or ON is misused (resolve.c allows it only in an aggregate query, and then
    only as an enclosing query's aggregate, which SQLite computes there)."""
    for condition in conditions:
        for node, (name, arguments, _, filter_condition) in aggregate_calls(condition):
            name = name.replace("(*)", "")
            _check_argument_names(scope, arguments, filter_condition)
            if not aggregate:
                raise OperationalError(f"misuse of aggregate function {name}()")
            if scope.aggregate_level(node, arguments, filter_condition) == 0:
                raise OperationalError(f"misuse of aggregate: {name}()")


def _grouping(scope: Scope, select: exp.Select, shape: _Shape, rows: RowResolver):
    """The resolver the result columns compile against, and the group keys (None: no aggregation)."""
    if not shape.aggregate:
        return rows, None, None
    scope.clause = "group"
    group_terms = _group_terms(select.args.get("group"), shape.expressions, rows)
    keys = tuple(folded_source(c) for c in group_terms)
    values = tuple(c.src for c in group_terms)
    return GroupResolver(scope, rows, list(values)), keys, (values if keys != values else None)


def _may_stop_early(select: exp.Select, shape: _Shape) -> bool:
    """A LIMIT over rows produced in order, with nothing that needs all of them, lets the loops stop."""
    return select.args.get("limit") is not None and not (
        shape.aggregate or shape.windowed or shape.distinct or shape.order.terms)


def _order_codes(order: ResolvedOrder, result_codes: list[Code], hidden_codes: list[Code]) -> list[Code]:
    """Each ORDER BY term's compiled value: a result column's, or a hidden sort key's."""
    hidden = iter(hidden_codes)
    return [result_codes[position] if position is not None else next(hidden) for position in order.positions]


def _ordered_core(planner: QueryPlanner, select: exp.Select, scope: Scope, shape: _Shape, spec: SelectSpec,
                  order_codes: list[Code], result_collations: list[str | None]) -> Plan:
    """The compiled core under its DISTINCT, ORDER BY and LIMIT."""
    parameters = scope.parameters
    collations = [order_collation(term, code) for term, code in zip(shape.order.terms, order_codes, strict=True)]
    if shape.order.terms and select.args.get("limit") is not None and not (
            shape.aggregate or shape.windowed or shape.distinct):
        # Sort on the keys alone and compute the result columns only for the rows LIMIT keeps.
        core = SelectCore(scope.gen, replace(spec, deferred_keys=tuple(c.src for c in order_codes),
                                             context_vars=scope.context_vars()))
        keys = ResolvedOrder(shape.order.terms, list(range(len(order_codes))))
        return DeferredProjection(finish_query(planner, core, select, keys, collations, len(order_codes), False,
                                               parameters, scope), core)
    core = SelectCore(scope.gen, spec)
    return finish_query(planner, core, select, shape.order, collations, len(shape.items), shape.distinct,
                        parameters, scope, result_collations)


def _stop_function(planner: QueryPlanner, select: exp.Select, parameters: ParameterMap, scope: Scope):
    """limit + offset, the number of rows after which the loops may stop early."""
    limit = statement_constant(planner, select.args["limit"].expression, parameters, scope)
    offset_node = select.args.get("offset")
    offset = statement_constant(planner, offset_node.expression, parameters, scope) if offset_node else None

    def stop(env, params, outer):
        count = Limit(None, limit, offset).bounds(env, outer)[1]
        return count if count is not None else -1

    return stop


def finish_query(planner: QueryPlanner, plan: Plan, query: exp.Expression, resolved: ResolvedOrder,
                 collations: list[str | None], width: int, distinct: bool, parameters: ParameterMap,
                 scope: Scope | None, distinct_collations: list[str | None] | None = None) -> Plan:
    """DISTINCT, ORDER BY, LIMIT/OFFSET and dropping hidden sort keys, in SQLite's order."""
    terms = []
    hidden = 0
    for term, position, collation in zip(resolved.terms, resolved.positions, collations, strict=True):
        if position is None:
            position = width + hidden
            hidden += 1
        terms.append(OrderTerm(position, bool(term.args.get("desc")), nulls_first(term), collation))
    if distinct:
        plan = Distinct(plan, width, keep_extra=hidden > 0, collations=distinct_collations)
    if terms:
        plan = Sort(plan, terms)
    limit, offset = query.args.get("limit"), query.args.get("offset")
    if limit is not None or offset is not None:
        plan = Limit(plan,
                     statement_constant(planner, limit.expression, parameters, scope) if limit is not None else None,
                     statement_constant(planner, offset.expression, parameters, scope) if offset is not None
                     else None)
    if hidden:
        plan = Project(plan, width)
    return plan


def statement_constant(planner: QueryPlanner, node: exp.Expression, parameters: ParameterMap,
                       scope: Scope | None):
    """Compile an expression without row columns (LIMIT, OFFSET) into f(env, params, outer). SQLite
    resolves LIMIT and OFFSET without any query's columns, its own or an enclosing one's ("no such
    column"): only the CTEs are seen."""
    scope = Scope(planner, None, scope.ctes if scope is not None else {}, parameters,
                  scope.numbers if scope is not None else itertools.count())
    code = RowResolver(scope).compiler.value(node)
    return compile_function(scope.gen, f"_constant{scope.gen.temp()}", f"lambda _env, _p, _o: {code.src}")


def _group_terms(group: exp.Group | None, expressions: list[exp.Expression], rows: RowResolver) -> list[Code]:
    if group is None:
        return []
    terms = []
    for index, node in enumerate(group.expressions):
        position = term_number(node)
        if position is not None:
            if not 1 <= position <= len(expressions):
                raise OperationalError(f"{ordinal(index + 1)} GROUP BY term out of range - should be between 1 "
                                       f"and {len(expressions)}")
            node = expressions[position - 1]
        if any(rows.scope.aggregate_level(call_node, call[1], call[3]) == 0
               for call_node, call in aggregate_calls(node)):
            raise OperationalError("aggregate functions are not allowed in the GROUP BY clause")
        terms.append(rows.compiler.value(node))
    return terms


def expand_stars(scope: Scope, expressions: list[exp.Expression]) -> list[tuple[str | None, exp.Expression]]:
    """The result columns with ``*`` and ``t.*`` spelled out, each with its alias (None: unnamed)."""
    items: list[tuple[str | None, exp.Expression]] = []

    def columns_of(segment: Segment, skip_hidden: bool) -> list[tuple[str, exp.Expression]]:
        # each column its own new identifier, so no copy (exp.column deep-copies an identifier it is given)
        return [(column, exp.column(column, table=exp.to_identifier(segment.alias, quoted=True), copy=False))
                for column in segment.columns if not (skip_hidden and column.lower() in segment.hidden)
                and column not in segment.virtual]

    for expression in expressions:
        if isinstance(expression, exp.Star):
            if not scope.sources:
                raise OperationalError("no tables specified")
            _refuse_repeated_aliases(scope)
            for source in scope.sources:
                for segment in source.segments:
                    items.extend(columns_of(segment, skip_hidden=True))
        elif isinstance(expression, exp.Column) and isinstance(expression.this, exp.Star):
            segments = [s for source in scope.sources for s in source.segments
                        if s.alias.lower() == expression.table.lower()]
            if not segments:
                raise OperationalError(f"no such table: {expression.table}")
            for segment in segments:
                items.extend(columns_of(segment, skip_hidden=False))
        elif isinstance(expression, exp.Alias):
            items.append((expression.alias, expression.this))
        else:
            items.append((None, expression))
    return items


def _refuse_repeated_aliases(scope: Scope) -> None:
    """``*`` spells each column as alias.column, which two sources of one name that share a column
    cannot answer: SQLite's message names it as schema.alias.column (``*`` when not a table)."""
    segments = [(source, segment) for source in scope.sources for segment in source.segments]
    for source, segment in segments:
        for column in segment.columns:
            if any(other is not segment and other.alias.lower() == segment.alias.lower()
                   and other.position(column) is not None for _, other in segments):
                schema = "main" if source.table is not None else "*"
                raise OperationalError(f"ambiguous column name: {schema}.{segment.alias}.{column}")


def resolve_order(terms: list[exp.Ordered], items: list[tuple[str | None, exp.Expression]]) -> ResolvedOrder:
    """ORDER BY K, ORDER BY alias and ORDER BY <a result expression> sort by that result column."""
    positions: list[int | None] = []
    for index, term in enumerate(terms):
        node = term.this
        inner = node.this if isinstance(node, exp.Collate) else node
        position = None
        number = term_number(inner)
        if number is not None:
            if not 1 <= number <= len(items):
                raise OperationalError(f"{ordinal(index + 1)} ORDER BY term out of range - should be between 1 "
                                       f"and {len(items)}")
            position = number - 1
        elif isinstance(inner, exp.Column) and not inner.table:
            lowered = inner.name.lower()
            for i, (name, expression) in enumerate(items):
                if name is not None and name.lower() == lowered and not (
                        isinstance(expression, exp.Column) and expression.name.lower() == lowered):
                    position = i
                    break
        if position is None:
            position = next((i for i, (_, expression) in enumerate(items) if expression == inner), None)
        positions.append(position)
    return ResolvedOrder(terms, positions)


def _decltype(expression: exp.Expression, scope: Scope) -> str | None:
    if isinstance(expression, exp.Column) and not isinstance(expression.this, exp.Star):
        try:
            found = scope.find(expression.name, expression.table or None)
        except OperationalError:
            return None
        if found is not None:
            _, segment, position = found
            return segment.decltypes[position]
    if isinstance(expression, exp.Cast):
        return cast_type_name(expression.args["to"])
    return None
