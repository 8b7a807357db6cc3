"""FROM clauses: tables, views, CTEs, derived tables and joins become a scope's sources.

Inner and LEFT joins add one source each, whose loops `engine.query.join_planner` orders;
RIGHT and FULL joins fold everything joined so far and the new item into one source
computed by an `OuterJoin`. Views and CTEs are planned once and read through a
`CteReference`, so their rows are computed once per statement.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from sqlglot import exp

from engine.errors import NotSupportedError, OperationalError
from engine.query.codegen import compile_function
from engine.query.compiler import ParameterMap
from engine.query.executor import (
    CteReference,
    ExternalRows,
    OrderTerm,
    OuterJoin,
    Plan,
    QueryPlan,
    RecursiveCte,
    SelectCore,
    SelectSpec,
)
from engine.query.join_planner import plan_loops
from engine.query.resolvers import RowResolver
from engine.query.scope import QueryPlanner, Scope, Segment, Source
from engine.query.syntax import conjuncts, flatten_joins, nulls_first, ordinal, term_number
from engine.query.table_functions import is_table_function, table_function_source
from engine.store.catalog import ExternalTableSchema, ViewSchema
from engine.store.storage import Table


@dataclass
class CteDefinition:
    """A WITH clause's table: its query, planned on first use, and the CTEs its query can see."""

    name: str
    query: exp.Expression
    column_names: list[str]
    recursive: bool
    visible: dict = field(default_factory=dict)
    plan: QueryPlan | None = None
    planning: bool = False


def with_clause_ctes(query: exp.Expression, ctes: dict | None) -> dict:
    """The CTEs visible in ``query``: those of enclosing queries, then its own WITH clause."""
    ctes = dict(ctes or {})
    with_clause = query.args.get("with_")
    if with_clause is not None:
        recursive = bool(with_clause.args.get("recursive"))
        for cte in with_clause.expressions:
            alias = cte.args.get("alias")
            columns = [c.name for c in alias.columns] if alias is not None and alias.columns else []
            ctes[cte.alias.lower()] = CteDefinition(cte.alias, cte.this, columns, recursive)
        for cte in with_clause.expressions:
            ctes[cte.alias.lower()].visible = ctes
    return ctes


class _TableRows(Plan):
    def __init__(self, table: Table) -> None:
        self.table = table

    def execute(self, env, outer) -> list[tuple]:
        return list(self.table.scan().values())

    def explain(self) -> list[str]:
        return [f"SCAN {self.table.name}"]


def add_sources(planner: QueryPlanner, scope: Scope, select: exp.Select) -> list[exp.Expression]:
    """Create the scope's sources; returns the join conditions that behave like WHERE terms."""
    from_clause = select.args.get("from_")
    if from_clause is None:
        return []
    return add_from_items(planner, scope, from_clause.this, select.args.get("joins") or [])


def add_from_items(planner: QueryPlanner, scope: Scope, first: exp.Expression,
                   joins: list[exp.Join]) -> list[exp.Expression]:
    """Add a FROM list's items (``first`` and what ``joins`` join to it) after the scope's sources; returns
    the join conditions that behave like WHERE terms. The first item is cross-joined to the sources already
    there (UPDATE ... FROM joins its list to the target this way)."""
    conditions: list[exp.Expression] = []
    items = flatten_joins([(first, None)] + [(join.this, join) for join in joins])
    for item, join in items:
        side = (join.side or "").upper() if join is not None else ""
        if side in ("RIGHT", "FULL"):
            # inner-join ON terms so far belong to the left side: applied later they would drop its NULL rows
            _outer_join(planner, scope, item, join, side, conditions)
            conditions = []
            continue
        source = _make_source(planner, scope, item)
        on = join.args.get("on") if join is not None else None
        using = [u.name for u in join.args.get("using") or []] if join is not None else []
        if join is not None and (join.method or "").upper() == "NATURAL":
            if on is not None or using:
                raise OperationalError("a NATURAL join may not have an ON or USING clause")
            using = _natural_columns(scope, source)
        using_conditions = _using_conditions(scope.sources, source.segments, using)
        if side == "LEFT":
            source.join = "left"
            source.on = conjuncts(on) + using_conditions
        else:
            conditions.extend(conjuncts(on) + using_conditions)
        scope.sources.append(source)
    return conditions


def _natural_columns(scope: Scope, source: Source) -> list[str]:
    names = []
    for segment in source.segments:
        for column in segment.columns:
            if any(s.position(column) is not None and column.lower() not in s.hidden
                   for left in scope.sources for s in left.segments):
                names.append(column)
    return names


def _using_conditions(left_sources: list[Source], right_segments: list[Segment],
                      using: list[str]) -> list[exp.Expression]:
    conditions = []
    for name in using:
        left = next((s for source in left_sources for s in source.segments
                     if s.position(name) is not None and name.lower() not in s.hidden), None)
        right = next((s for s in right_segments if s.position(name) is not None), None)
        if left is None or right is None:
            raise OperationalError(f"cannot join using column {name} - column not present in both tables")
        conditions.append(exp.EQ(this=exp.column(name, table=exp.to_identifier(left.alias, quoted=True)),
                                 expression=exp.column(name, table=exp.to_identifier(right.alias, quoted=True))))
        right.hidden.add(name.lower())
    return conditions


def _make_source(planner: QueryPlanner, scope: Scope, item: exp.Expression) -> Source:
    number = scope.next_number()
    alias_node = item.args.get("alias")
    if alias_node is not None and alias_node.columns:  # "AS s(a, b)": other dialects' column list
        raise OperationalError('near "(": syntax error')
    if is_table_function(item):
        return table_function_source(scope, item, number)
    if isinstance(item, exp.Table):
        return _table_source(planner, scope, item, number)
    if isinstance(item, exp.Subquery):
        planned = planner.plan_query(item.this, scope.parameters, None, scope.ctes)
    elif isinstance(item, exp.Values):
        planned = planner.plan_values(item, scope.parameters, None, scope.ctes, itertools.count())
    else:
        raise OperationalError(f"unsupported FROM item: {item.sql(dialect='sqlite')[:60]}")
    return _planned_source(number, item.alias or f"subquery_{number}", planned, planned.columns)


def _index_hint(table: Table, item: exp.Table) -> str | None:
    """``NOT INDEXED`` ("": no index) or ``INDEXED BY name`` (that index), as the FROM item says."""
    indexed = item.args.get("indexed")
    if indexed is None:
        return None
    if indexed is False:
        return ""
    name = indexed.name
    if name.lower() not in table.indexes:
        raise OperationalError(f"no such index: {name}")
    if table.indexes[name.lower()].member is not None:  # SQLite reads one only where WHERE implies its own
        raise OperationalError("no query solution")
    return name.lower()


def _table_source(planner: QueryPlanner, scope: Scope, item: exp.Table, number: int) -> Source:
    database = planner.database
    name = item.name
    schema_name = item.args.get("db").name.lower() if item.args.get("db") else None
    alias = item.alias or name
    if isinstance(item.this, exp.Anonymous):  # FROM name(...): a table-valued function
        called = item.this.name
        if called.lower().startswith("pragma_"):
            planned = database.pragma_table_plan(called.lower()[len("pragma_"):], item.this.expressions)
            return _planned_source(number, item.alias or called, planned, planned.columns)
        if database.find_table(called) is not None or database.find_view(called) is not None:
            raise OperationalError(f"'{called}' is not a function")
        raise OperationalError(f"no such table: {_qualified(item, called)}")
    if schema_name == "information_schema" or (name.lower() in ("sqlite_master", "sqlite_schema", "sqlite_sequence") and
                                               database.find_table(name) is None):
        planned = database.virtual_table_plan(schema_name, name)
        return _planned_source(number, alias, planned, planned.columns)
    cte = scope.ctes.get(name.lower()) if schema_name is None else None
    if cte is not None:
        planned = _cte_plan(planner, cte, scope.parameters)
        return _planned_source(number, item.alias or cte.name, planned, planned.columns)
    table = database.find_table(name)
    if table is not None:
        schema = table.schema
        segment = Segment(item.alias or schema.name, schema.column_names, list(schema.affinities),
                          [c.collation for c in schema.columns], [c.declared_type for c in schema.columns])
        return Source(number, [segment], len(schema.columns), table=table, index_hint=_index_hint(table, item))
    view = database.find_view(name)
    if view is not None:
        planned = view_plan(planner, view)
        return _planned_source(number, item.alias or view.name, planned, planned.columns)
    external = database.find_external_table(name) if schema_name is None else None
    if external is not None:
        return _planned_source(number, alias, _external_plan(external), [c.name for c in external.columns])
    raise OperationalError(f"no such table: {_qualified(item, name)}")


def _qualified(item: exp.Table, name: str) -> str:
    """The name as SQLite's errors give it: with its schema, if the statement wrote one."""
    schema = item.args.get("db")
    return f"{schema.name}.{name}" if schema is not None else name


def _external_plan(table: ExternalTableSchema) -> QueryPlan:
    columns = table.columns
    return QueryPlan(CteReference(ExternalRows(table)), [c.name for c in columns], [c.affinity for c in columns],
                     [None] * len(columns), [c.declared_type or None for c in columns], [])


def _planned_source(number: int, alias: str, planned: QueryPlan, names: list[str]) -> Source:
    if len(names) != planned.width:
        raise OperationalError(f"table {alias} has {planned.width} values for {len(names)} columns")
    segment = Segment(alias, list(names), list(planned.affinities), list(planned.collations),
                      list(planned.decltypes))
    return Source(number, [segment], len(names), plan=planned.plan)


def _shared(planned: QueryPlan) -> QueryPlan:
    """A plan read by reference: its rows are computed once per statement however often it is read."""
    return QueryPlan(CteReference(planned.plan), planned._columns, planned.affinities, planned.collations,
                     planned.decltypes, [])


def view_plan(planner: QueryPlanner, view: ViewSchema) -> QueryPlan:
    database = planner.database
    cache = database.view_plans
    key = view.name.lower()
    if key in cache:
        return cache[key]
    if key in database.views_in_planning:
        raise OperationalError(f"view {view.name} is circularly defined")
    database.views_in_planning.add(key)
    try:
        planned = planner.plan_query(view.query, ParameterMap())
    finally:
        database.views_in_planning.discard(key)
    if view.column_names:
        if len(view.column_names) != planned.width:
            raise OperationalError(f"expected {len(view.column_names)} columns for '{view.name}' but got "
                                   f"{planned.width}")
        planned = planned.renamed(list(view.column_names))
    cache[key] = planned = _shared(planned)
    return planned


def _cte_plan(planner: QueryPlanner, cte: CteDefinition, parameters: ParameterMap) -> QueryPlan:
    if cte.plan is not None:
        return cte.plan
    if cte.planning:
        raise OperationalError(f"circular reference: {cte.name}")
    cte.planning = True
    try:
        query = cte.query
        recursive = cte.recursive and isinstance(query, exp.Union) and any(
            table.name.lower() == cte.name.lower() for table in query.expression.find_all(exp.Table))
        if recursive:
            cte.plan = _plan_recursive_cte(planner, cte, parameters)
        else:
            planned = planner.plan_query(query, parameters, None, cte.visible)
            if cte.column_names:
                if len(cte.column_names) != planned.width:
                    raise OperationalError(f"table {cte.name} has {planned.width} values for "
                                           f"{len(cte.column_names)} columns")
                planned = planned.renamed(cte.column_names)
            cte.plan = _shared(planned)
    finally:
        cte.planning = False
    return cte.plan


def _plan_recursive_cte(planner: QueryPlanner, cte: CteDefinition, parameters: ParameterMap) -> QueryPlan:
    query = cte.query
    visible = {k: v for k, v in cte.visible.items() if k != cte.name.lower()}
    anchor = planner.plan_query(query.this, parameters, None, visible)
    names = cte.column_names or anchor.columns
    if len(names) != anchor.width:
        raise OperationalError(f"table {cte.name} has {anchor.width} values for {len(names)} columns")
    recursive = RecursiveCte(anchor.plan, distinct=bool(query.args.get("distinct")))
    working = QueryPlan(recursive.working_table, list(names), anchor.affinities, anchor.collations,
                        anchor.decltypes, [])
    visible[cte.name.lower()] = CteDefinition(cte.name, query, list(names), False, plan=working)
    step = planner.plan_query(query.expression, parameters, None, visible)
    if step.width != len(names):
        raise OperationalError("SELECTs to the left and right of UNION do not have the same number of result "
                               "columns")
    recursive.step = step.plan
    limit, offset = query.args.get("limit"), query.args.get("offset")
    if limit is not None:
        recursive.limit_code = planner.statement_constant(limit.expression, parameters, None)
    if offset is not None:
        recursive.offset_code = planner.statement_constant(offset.expression, parameters, None)
    order = query.args.get("order")
    if order is not None:
        # as in any compound, ORDER BY names the leftmost SELECT's columns, not the CTE's column list
        source = query.this.args.get("from_")
        from_values = source is not None and isinstance(source.this, exp.Values) and source.this.alias == "_values"
        named = [] if from_values else anchor.columns  # VALUES' columns have no names to ORDER BY
        recursive.order = [_queue_order_term(term, named, anchor.collations, index)
                           for index, term in enumerate(order.expressions)]
    return QueryPlan(recursive, list(names), anchor.affinities, anchor.collations, anchor.decltypes, [])


def _queue_order_term(term: exp.Ordered, names: list[str], collations: list[str | None], index: int) -> OrderTerm:
    """A recursive CTE's ORDER BY term, which names a result column by number or name."""
    node = term.this
    collation = node.expression.name.upper() if isinstance(node, exp.Collate) else None
    inner = node.this if isinstance(node, exp.Collate) else node
    position = term_number(inner)
    if position is not None:
        if not 1 <= position <= len(collations):
            raise OperationalError(f"{ordinal(index + 1)} ORDER BY term out of range - should be between 1 and "
                                   f"{len(collations)}")
        position -= 1
    elif isinstance(inner, exp.Column) and not inner.table:
        position = next((i for i, name in enumerate(names) if name.lower() == inner.name.lower()), None)
    if position is None:
        if isinstance(inner, exp.Column) and not inner.table:
            raise OperationalError(f"{ordinal(index + 1)} ORDER BY term does not match any column in the result set")
        raise NotSupportedError("ORDER BY in a recursive CTE takes result column numbers or names")
    collation = collation or collations[position]
    return OrderTerm(position, bool(term.args.get("desc")), nulls_first(term),
                     None if collation in (None, "BINARY") else collation)


def _outer_join(planner: QueryPlanner, scope: Scope, item: exp.Expression, join: exp.Join, side: str,
                left_conditions: list[exp.Expression]) -> None:
    """RIGHT and FULL joins: everything joined so far (filtered by its inner-join conditions) and the new
    item become one source."""
    if not scope.sources:
        raise OperationalError(f"a {side} JOIN needs a table on its left")
    right = _make_source(planner, scope, item)
    if right.lateral is not None:
        raise NotSupportedError(f"a {side} JOIN of a table-valued function that reads the tables before it "
                                "is not supported")
    left_sources = scope.sources
    scope.sources = []
    left_rows = _joined_rows(planner, scope, left_sources, left_conditions)
    left_width = sum(source.width for source in left_sources)
    segments: list[Segment] = []
    offset = 0
    for source in left_sources:
        segments.extend(segment.shifted(offset) for segment in source.segments)
        offset += source.width
    right_segments = [segment.shifted(left_width) for segment in right.segments]
    using = [u.name for u in join.args.get("using") or []]
    conditions = conjuncts(join.args.get("on")) + _using_conditions(
        [Source(-1, segments, left_width)], right_segments, using)
    combined = Source(scope.next_number(), segments + right_segments, left_width + right.width)
    scope.sources = [combined]
    resolver = RowResolver(scope)
    predicate = " and ".join(resolver.compiler.predicate(c, fold=False) for c in conditions) or "True"
    condition = compile_function(scope.gen, f"_on{combined.number}",
                                 f"lambda {combined.var}, _env, _p, _o: {predicate}")
    right_rows = right.plan if right.plan is not None else _TableRows(right.table)
    combined.plan = OuterJoin(left_rows, right_rows, left_width, right.width, condition, full=side == "FULL")


def _joined_rows(planner: QueryPlanner, scope: Scope, sources: list[Source], conditions: list[exp.Expression]) -> Plan:
    """A plan producing the concatenated rows of inner/left-joined sources (for outer joins)."""
    if len(sources) == 1 and sources[0].join == "inner" and not conditions:
        return sources[0].plan if sources[0].plan is not None else _TableRows(sources[0].table)
    inner = Scope(planner, scope.outer, scope.ctes, scope.parameters, scope.numbers)
    inner.gen = scope.gen
    inner.sources = sources
    loop = plan_loops(inner, RowResolver(inner).compiler, conditions)
    return SelectCore(inner.gen, SelectSpec(loop, outputs=tuple(f"*{source.var}" for source in sources)))
