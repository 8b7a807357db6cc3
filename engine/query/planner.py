"""The planner: queries become executable plans whose SELECT cores are generated Python loops.

For each SELECT core it resolves names with SQLite's rules (the FROM sources, then result
aliases, then enclosing queries for correlated subqueries), decides whether the query
aggregates, compiles every expression once (`engine.compiler`) and hands the WHERE
clause to `engine.join_planner`, which orders the loops. ORDER BY, DISTINCT, LIMIT,
compound operators and CTEs become operators of `engine.executor`.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from sqlglot import exp

from engine.errors import NotSupportedError, ProgrammingError
from engine.query import aggregates
from engine.query.compiler import (
    AGGREGATE_FUNCTIONS,
    KIND_ANY,
    KIND_INT,
    WINDOW_ONLY_FUNCTIONS,
    Code,
    CodeGen,
    ExpressionCompiler,
    ParameterMap,
    cast_type_name,
    collated,
    function_call,
    helpers,
    is_column,
)
from engine.query.executor import (
    AggregateSpec,
    CompoundPlan,
    CteReference,
    DeferredProjection,
    Distinct,
    Limit,
    OrderTerm,
    OuterJoin,
    Plan,
    Project,
    QueryPlan,
    RecursiveCte,
    SelectCore,
    Sort,
    SubqueryRuntime,
    ValuesPlan,
    WindowSpec,
)
from engine.store.catalog import ViewSchema
from engine.store.storage import Table

ROWID_NAMES = ("rowid", "oid", "_rowid_")


# --- scopes and name resolution -----------------------------------------------------------------


@dataclass
class Segment:
    """The columns one FROM item contributes to a source's row tuple."""

    alias: str
    columns: list[str]
    affinities: list[str | None]
    collations: list[str | None]
    decltypes: list[str | None]
    offset: int = 0
    hidden: set[str] = field(default_factory=set)

    def position(self, name: str) -> int | None:
        positions = self.__dict__.get("_positions")
        if positions is None:
            positions = {}
            for index, column in enumerate(self.columns):
                positions.setdefault(column.lower(), index)
            self.__dict__["_positions"] = positions
        return positions.get(name.lower())

    def shifted(self, offset: int) -> Segment:
        return Segment(self.alias, self.columns, self.affinities, self.collations, self.decltypes,
                       offset + self.offset, self.hidden)


@dataclass
class Source:
    """One loop variable of the generated code and where its rows come from."""

    number: int
    segments: list[Segment]
    width: int
    table: Table | None = None  # a base table, scanned directly
    plan: Plan | None = None  # rows computed by a plan (derived table, view, CTE, outer join)
    join: str = "inner"  # inner | left
    on: list[exp.Expression] = field(default_factory=list)
    needs_rowid: bool = False
    table_name_in_code: str = ""
    plan_name_in_code: str = ""

    @property
    def var(self) -> str:
        return f"r{self.number}"

    @property
    def rowid_var(self) -> str:
        return f"i{self.number}"


class OuterContext:
    """The enclosing query of a subquery: the values the subquery reads from it, numbered."""

    def __init__(self, scope: Scope, resolver) -> None:
        self.scope = scope
        self.resolver = resolver
        self.refs: list[str] = []
        self._index: dict[exp.Expression, int] = {}

    def value(self, node: exp.Column) -> Code:
        code = self.resolver.column(node)
        index = self._index.get(code.src)
        if index is None:
            index = self._index[code.src] = len(self.refs)
            self.refs.append(code.src)
        return Code(f"_o[{index}]", affinity=code.affinity, collation=code.collation)


class Scope:
    """The names visible in one SELECT core and the generated function it compiles into."""

    def __init__(self, planner: Planner, outer: OuterContext | None, ctes: dict, parameters: ParameterMap,
                 numbers) -> None:
        self.planner = planner
        self.outer = outer
        self.ctes = ctes
        self.parameters = parameters
        self.numbers = numbers
        self.gen = CodeGen(helpers())
        self.sources: list[Source] = []
        self.aliases: dict[str, exp.Expression] = {}
        self.used: set[int] = set()
        self.resolving: set[str] = set()
        self.select: exp.Select | None = None

    def next_number(self) -> int:
        return next(self.numbers)

    def find(self, name: str, table: str | None) -> tuple[Source, Segment, int] | None:
        """The source column a name refers to; an unqualified name found twice is ambiguous."""
        lowered = name.lower()
        if table is None and len(self.sources) == 1 and len(self.sources[0].segments) == 1:
            source = self.sources[0]
            segment = source.segments[0]
            position = segment.position(name)
            if position is None or lowered in segment.hidden:
                return None
            return source, segment, position
        found = None
        for source in self.sources:
            for segment in source.segments:
                if table is not None and segment.alias.lower() != table.lower():
                    continue
                position = segment.position(name)
                if position is None or (table is None and lowered in segment.hidden):
                    continue
                if found is not None:
                    raise ProgrammingError(f"ambiguous column name: {name}")
                found = (source, segment, position)
        return found

    def has_alias(self, table: str) -> bool:
        lowered = table.lower()
        return any(s.alias.lower() == lowered for source in self.sources for s in source.segments)

    def resolve(self, node: exp.Column, compiler: ExpressionCompiler) -> Code:
        """A column reference: a source column, a result alias, rowid, or an outer value."""
        name = node.name
        table = node.table or None
        found = self.find(name, table)
        if found is not None:
            source, segment, position = found
            self.used.add(source.number)
            return Code(f"{source.var}[{segment.offset + position}]", affinity=segment.affinities[position],
                        collation=segment.collations[position])
        lowered = name.lower()
        if lowered in ROWID_NAMES:
            code = self._rowid(table)
            if code is not None:
                return code
        if table is None and lowered in self.aliases and lowered not in self.resolving:
            self.resolving.add(lowered)
            try:
                return compiler.value(self.aliases[lowered])
            finally:
                self.resolving.discard(lowered)
        if self.outer is not None and (table is None or not self.has_alias(table)):
            return self.outer.value(node)
        raise ProgrammingError(f"no such column: {table + '.' if table else ''}{name}")

    def _rowid(self, table: str | None) -> Code | None:
        candidates = [source for source in self.sources if source.table is not None and (
            table is None or source.segments[0].alias.lower() == table.lower())]
        if len(candidates) > 1 and table is None:
            raise ProgrammingError("ambiguous column name: rowid")
        if len(candidates) != 1:
            return None
        source = candidates[0]
        source.needs_rowid = True
        self.used.add(source.number)
        return Code(source.rowid_var, affinity="INTEGER", kind=KIND_INT)

    def subquery(self, query: exp.Expression, resolver) -> SubqueryRuntime:
        planned = self.planner.plan_query(query, self.parameters, OuterContext(self, resolver), self.ctes)
        runtime = SubqueryRuntime(planned.plan, planned.outer_refs)
        runtime.name = self.gen.bind(runtime, "_sq")
        runtime.column_count = planned.width
        runtime.affinity = planned.affinities[0] if planned.affinities else None
        runtime.collation = planned.collations[0] if planned.collations else None
        return runtime


class RowResolver:
    """Names in expressions evaluated once per joined row."""

    special_classes = frozenset((exp.Window,))

    def __init__(self, scope: Scope) -> None:
        self.scope = scope
        self.compiler = ExpressionCompiler(scope.gen, self, scope.parameters)
        self.windows: WindowCollector | None = None

    def column(self, node: exp.Column) -> Code:
        return self.scope.resolve(node, self.compiler)

    def special(self, node: exp.Expression) -> Code | None:
        if isinstance(node, exp.Window):
            if self.windows is None:
                raise ProgrammingError("misuse of window function")
            return self.windows.collect(node)
        return None

    def subquery(self, query: exp.Expression) -> SubqueryRuntime:
        return self.scope.subquery(query, self)


class GroupResolver:
    """Names in expressions evaluated once per group: ``g`` keys, ``a`` aggregates, ``b`` bare columns."""

    def __init__(self, scope: Scope, rows: RowResolver, group_terms: list[str]) -> None:
        self.scope = scope
        self.rows = rows
        self.group_terms = group_terms
        self.aggregates: list[AggregateSpec] = []
        self._aggregate_index: dict[exp.Expression, int] = {}
        self.bare_columns: list[str] = []
        self._bare_index: dict[str, int] = {}
        self.compiler = ExpressionCompiler(scope.gen, self, scope.parameters)
        self.windows: WindowCollector | None = None

    def _grouped(self, code: Code) -> Code | None:
        for index, term in enumerate(self.group_terms):
            if term == code.src:
                return Code(f"g[{index}]", affinity=code.affinity, collation=code.collation, kind=code.kind)
        return None

    def column(self, node: exp.Column) -> Code:
        alias = self._alias(node)
        if alias is not None:
            return alias
        code = self.rows.compiler.value(node)
        if code.constant or code.src.startswith("_o["):
            return code
        grouped = self._grouped(code)
        if grouped is not None:
            return grouped
        index = self._bare_index.get(code.src)
        if index is None:
            index = self._bare_index[code.src] = len(self.bare_columns)
            self.bare_columns.append(code.src)
        return Code(f"b[{index}]", affinity=code.affinity, collation=code.collation)

    def special(self, node: exp.Expression) -> Code | None:
        if isinstance(node, exp.Window):
            if self.windows is None:
                raise ProgrammingError("misuse of window function")
            return self.windows.collect(node)
        call = aggregate_call(node)
        if call is not None:
            return self._aggregate(node, *call)
        if self.group_terms and not isinstance(node, exp.Column | exp.Literal | exp.Paren) and _has_column(node) \
                and not _has_subquery(node) and not contains_aggregate(node) and not _contains_window(node):
            try:
                return self._grouped(self.rows.compiler.value(node))
            except ProgrammingError:  # it names a result alias of an aggregate: compile it per group
                return None
        return None

    def _alias(self, node: exp.Column) -> Code | None:
        """A result alias used after grouping (HAVING s > 3) stands for its expression, per group."""
        scope = self.scope
        name = node.name.lower()
        if node.table or name not in scope.aliases or name in scope.resolving or scope.find(node.name, None):
            return None
        scope.resolving.add(name)
        try:
            return self.compiler.value(scope.aliases[name])
        finally:
            scope.resolving.discard(name)

    def subquery(self, query: exp.Expression) -> SubqueryRuntime:
        return self.scope.subquery(query, self)

    def _aggregate(self, node: exp.Expression, name: str, arguments: list[exp.Expression], distinct: bool,
                   condition: exp.Expression | None) -> Code:
        key = node  # syntax trees hash and compare structurally
        index = self._aggregate_index.get(key)
        if index is None:
            if any(contains_aggregate(argument) for argument in arguments):
                raise ProgrammingError(f"misuse of aggregate function {name.replace('(*)', '')}()")
            row = self.rows.compiler
            compiled = [row.value(argument) for argument in arguments]
            if name == "count(*)":
                argument_src = "1"
            elif name == "group_concat":
                separator = compiled[1].src if len(compiled) > 1 else "','"
                argument_src = f"({compiled[0].src}, {separator})"
            else:
                argument_src = compiled[0].src
            filter_src = row.predicate(condition) if condition is not None else None
            # min() and max() compare, DISTINCT deduplicates, under the argument's collation
            collation = compiled[0].collation if compiled and (name in ("min", "max") or distinct) else None
            kind = KIND_INT if name in ("count", "count(*)") else KIND_ANY
            index = self._aggregate_index[key] = len(self.aggregates)
            self.aggregates.append(AggregateSpec(name, argument_src, filter_src, distinct, collation, kind))
        spec = self.aggregates[index]
        return Code(f"a[{index}]", kind=spec.kind, collation=spec.collation if spec.name in ("min", "max") else None)


class WindowCollector:
    """Collects window functions; each becomes a value computed once all rows are known."""

    def __init__(self, scope: Scope, compiler: ExpressionCompiler) -> None:
        self.scope = scope
        self.compiler = compiler
        self.windows: list[WindowSpec] = []
        self._index: dict[exp.Expression, int] = {}

    def collect(self, node: exp.Window) -> Code:
        key = node  # syntax trees hash and compare structurally
        index = self._index.get(key)
        if index is None:
            index = self._index[key] = len(self.windows)
            self.windows.append(self._build(node))
        return Code(f"_w[{index}]", kind=self.windows[index].kind)

    def _definition(self, node: exp.Window) -> exp.Window:
        named = node.args.get("alias")
        if named is None:
            return node
        for window in (self.scope.select.args.get("windows") if self.scope.select else None) or []:
            if window.name.lower() == named.name.lower():
                return window
        raise ProgrammingError(f"no such window: {named.name}")

    def _build(self, node: exp.Window) -> WindowSpec:
        definition = self._definition(node)
        function = node.this
        condition = None
        if isinstance(function, exp.Filter):
            where = function.expression
            condition = where.this if isinstance(where, exp.Where) else where
            function = function.this
        name, arguments, distinct = function_call(function)
        if name == "count" and (not arguments or isinstance(arguments[0], exp.Star)):
            name, arguments = "count(*)", []
        if name == "string_agg":
            name = "group_concat"
        if name not in AGGREGATE_FUNCTIONS and name not in WINDOW_ONLY_FUNCTIONS and name != "count(*)":
            raise ProgrammingError(f"{name}() may not be used as a window function")
        compiler = self.compiler
        order = definition.args.get("order")
        terms = list(order.expressions) if order is not None else []
        spec = definition.args.get("spec") or node.args.get("spec")
        frame = frame_of(spec, bool(terms))
        return WindowSpec(
            name=name,
            argument_srcs=[compiler.value(a).src for a in arguments],
            # partitions and peers are equal under collations: compare folded keys
            partition_srcs=[_folded_source(compiler.value(p)) for p in definition.args.get("partition_by") or []],
            order_srcs=[collated(code.src, _order_collation(term, code))
                        for term, code in ((t, compiler.value(t.this)) for t in terms)],
            order_flags=[(bool(t.args.get("desc")), nulls_first(t)) for t in terms],
            frame=frame[:3],
            frame_offset_srcs=tuple(compiler.value(b).src if isinstance(b, exp.Expression) else None
                                    for b in frame[3:]),
            distinct=distinct,
            filter_src=compiler.predicate(condition) if condition is not None else None,
            kind=KIND_INT if name in ("row_number", "rank", "dense_rank", "ntile", "count", "count(*)")
            else KIND_ANY,
        )


def frame_of(spec: exp.WindowSpec | None, ordered: bool) -> tuple:
    """(unit, start kind, end kind, start offset, end offset) of a window frame."""
    if spec is None:
        end = "current" if ordered else "unbounded_following"
        return ("range", "unbounded", end, None, None)
    unit = (spec.args.get("kind") or "RANGE").lower()

    def bound(value, side: str):
        text = value.upper() if isinstance(value, str) else None
        if text == "UNBOUNDED":
            return ("unbounded" if side == "PRECEDING" else "unbounded_following"), None
        if text == "CURRENT ROW":
            return "current", None
        return ("preceding" if side == "PRECEDING" else "following"), value

    start, start_offset = bound(spec.args.get("start"), (spec.args.get("start_side") or "").upper())
    if spec.args.get("end") is None:
        end, end_offset = "current", None
    else:
        end, end_offset = bound(spec.args.get("end"), (spec.args.get("end_side") or "").upper())
    return unit, start, end, start_offset, end_offset


# --- helpers over syntax trees --------------------------------------------------------------------


def aggregate_call(node: exp.Expression):
    """(name, arguments, distinct, filter) when the node calls an aggregate function, else None."""
    condition = None
    if isinstance(node, exp.Filter):
        where = node.expression
        condition = where.this if isinstance(where, exp.Where) else where
        node = node.this
    if not isinstance(node, exp.Func):
        return None
    name, arguments, distinct = function_call(node)
    if name not in AGGREGATE_FUNCTIONS or (name in ("min", "max") and len(arguments) != 1):
        return None
    if name == "string_agg":
        name = "group_concat"
    if name == "count" and (not arguments or isinstance(arguments[0], exp.Star)):
        if distinct:
            raise ProgrammingError("DISTINCT is not allowed with count(*)")
        name, arguments = "count(*)", []
    aggregates.check_arguments("count" if name == "count(*)" else name, len(arguments))
    if distinct and len(arguments) != 1:
        raise ProgrammingError("DISTINCT aggregates must have exactly one argument")
    return name, arguments, distinct, condition


def _walk_scope(node: exp.Expression):
    """The nodes of an expression, without descending into subqueries."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(child for child in current.iter_expressions()
                     if not isinstance(child, exp.Query | exp.Subquery))


def contains_aggregate(node: exp.Expression) -> bool:
    """Whether the expression aggregates (window functions and subqueries do not count)."""
    if node.find(exp.AggFunc, exp.Anonymous) is None:  # sqlglot's compiled walk rules most cases out
        return False
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, exp.Window | exp.Query | exp.Subquery):
            continue
        if aggregate_call(current) is not None:
            return True
        stack.extend(current.iter_expressions())
    return False


def _contains_window(node: exp.Expression) -> bool:
    if node.find(exp.Window) is None:  # sqlglot's compiled walk rules most cases out
        return False
    return any(isinstance(current, exp.Window) for current in _walk_scope(node))


def _has_column(node: exp.Expression) -> bool:
    return node.find(exp.Column) is not None


def _has_subquery(node: exp.Expression) -> bool:
    return any(isinstance(child, exp.Query | exp.Subquery | exp.Exists) for child in node.walk())


def conjuncts(node: exp.Expression | None) -> list[exp.Expression]:
    """The terms of a condition joined by AND."""
    if node is None:
        return []
    while isinstance(node, exp.Paren):
        node = node.this
    if isinstance(node, exp.And):
        return conjuncts(node.this) + conjuncts(node.expression)
    return [node]


def _flatten_joins(items: list[tuple[exp.Expression, exp.Join | None]]) -> list:
    """Inline parenthesised joins, "FROM (a JOIN b)", where that does not change the result."""
    flat = []
    for item, join in items:
        inner = item.this if isinstance(item, exp.Subquery) else None
        if isinstance(inner, exp.Table) and inner.args.get("joins") and not item.alias:
            outer_side = join is not None and (join.side or "").upper() in ("LEFT", "RIGHT", "FULL")
            if outer_side or (join is not None and join.args.get("on") is not None):
                raise NotSupportedError("an outer join with a parenthesised join on its right is not supported")
            joins = inner.args["joins"]
            table = inner.copy()
            table.set("joins", None)
            flat.extend(_flatten_joins([(table, join)] + [(j.this, j) for j in joins]))
        else:
            flat.append((item, join))
    return flat


def nulls_first(term: exp.Ordered) -> bool:
    value = term.args.get("nulls_first")
    if value is None:
        return not term.args.get("desc", False)
    return bool(value)


def _column_name(expression: exp.Expression) -> str | exp.Expression:
    """A column reference, even in parentheses, is named by the column; other expressions by their text."""
    inner = expression.unnest() if isinstance(expression, exp.Paren) else expression
    return inner.name if isinstance(inner, exp.Column) else expression


def _context_vars(scope: Scope) -> tuple[str, ...]:
    """The loop variables that together identify one joined row."""
    return tuple(var for source in scope.sources for var in (
        (source.var, source.rowid_var) if source.needs_rowid else (source.var,)))


def ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def compile_function(gen: CodeGen, name: str, source: str):
    """Compile ``name = <source>`` into the generated namespace and return it."""
    gen.define(f"{name} = {source}")
    return gen.namespace[name]


@dataclass
class CteDefinition:
    name: str
    query: exp.Expression
    column_names: list[str]
    recursive: bool
    visible: dict = field(default_factory=dict)
    plan: QueryPlan | None = None
    planning: bool = False


@dataclass
class _Order:
    """ORDER BY terms resolved to result columns (a position) or to hidden sort keys (None)."""

    terms: list[exp.Ordered]
    positions: list[int | None]


class _TableRows(Plan):
    def __init__(self, table: Table) -> None:
        self.table = table

    def execute(self, env, outer) -> list[tuple]:
        return list(self.table.scan().values())

    def explain(self) -> list[str]:
        return [f"SCAN {self.table.name}"]


# --- the planner ------------------------------------------------------------------------------------


class Planner:
    """Plans queries against one database's catalog."""

    def __init__(self, database) -> None:
        self.database = database

    def plan_query(self, query: exp.Expression, parameters: ParameterMap, outer: OuterContext | None = None,
                   ctes: dict | None = None) -> QueryPlan:
        """Plan a SELECT, compound SELECT or VALUES; the result says what its columns are."""
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
        numbers = itertools.count()
        if isinstance(query, exp.Select):
            planned = self._plan_select(query, parameters, outer, ctes, numbers)
        elif isinstance(query, exp.Union | exp.Intersect | exp.Except):
            planned = self._plan_compound(query, parameters, outer, ctes)
        elif isinstance(query, exp.Values):
            planned = self._plan_values(query, parameters, outer, ctes, numbers)
        elif isinstance(query, exp.Subquery):
            planned = self.plan_query(query.this, parameters, outer, ctes)
        else:
            raise ProgrammingError(f"not a query: {query.sql(dialect='sqlite')[:60]}")
        planned.outer_refs = list(outer.refs) if outer is not None else []
        return planned

    # -- FROM --

    def _add_sources(self, scope: Scope, select: exp.Select) -> list[exp.Expression]:
        """Create the scope's sources; returns the join conditions that behave like WHERE terms."""
        from_clause = select.args.get("from_")
        conditions: list[exp.Expression] = []
        if from_clause is None:
            return conditions
        items = _flatten_joins([(from_clause.this, None)] + [(join.this, join)
                                                             for join in select.args.get("joins") or []])
        for item, join in items:
            side = (join.side or "").upper() if join is not None else ""
            if side in ("RIGHT", "FULL"):
                self._outer_join(scope, item, join, side)
                continue
            source = self._make_source(scope, item)
            on = join.args.get("on") if join is not None else None
            using = [u.name for u in join.args.get("using") or []] if join is not None else []
            if join is not None and (join.method or "").upper() == "NATURAL":
                using = self._natural_columns(scope, source)
            using_conditions = self._using_conditions(scope.sources, source.segments, using)
            if side == "LEFT":
                source.join = "left"
                source.on = conjuncts(on) + using_conditions
            else:
                conditions.extend(conjuncts(on) + using_conditions)
            scope.sources.append(source)
        return conditions

    @staticmethod
    def _natural_columns(scope: Scope, source: Source) -> list[str]:
        names = []
        for segment in source.segments:
            for column in segment.columns:
                if any(s.position(column) is not None and column.lower() not in s.hidden
                       for left in scope.sources for s in left.segments):
                    names.append(column)
        return names

    @staticmethod
    def _using_conditions(left_sources: list[Source], right_segments: list[Segment],
                          using: list[str]) -> list[exp.Expression]:
        conditions = []
        for name in using:
            left = next((s for source in left_sources for s in source.segments
                         if s.position(name) is not None and name.lower() not in s.hidden), None)
            right = next((s for s in right_segments if s.position(name) is not None), None)
            if left is None or right is None:
                raise ProgrammingError(f"cannot join using column {name} - column not present in both tables")
            conditions.append(exp.EQ(this=exp.column(name, table=exp.to_identifier(left.alias, quoted=True)),
                                     expression=exp.column(name, table=exp.to_identifier(right.alias, quoted=True))))
            right.hidden.add(name.lower())
        return conditions

    def _make_source(self, scope: Scope, item: exp.Expression) -> Source:
        number = scope.next_number()
        if isinstance(item, exp.Table):
            return self._table_source(scope, item, number)
        alias_node = item.args.get("alias")
        names = [c.name for c in alias_node.columns] if alias_node is not None and alias_node.columns else []
        if isinstance(item, exp.Subquery):
            planned = self.plan_query(item.this, scope.parameters, None, scope.ctes)
        elif isinstance(item, exp.Values):
            planned = self._plan_values(item, scope.parameters, None, scope.ctes, itertools.count())
        else:
            raise ProgrammingError(f"unsupported FROM item: {item.sql(dialect='sqlite')[:60]}")
        return self._planned_source(number, item.alias or f"subquery_{number}", planned, names or planned.columns)

    def _table_source(self, scope: Scope, item: exp.Table, number: int) -> Source:
        name = item.name
        schema_name = item.args.get("db").name.lower() if item.args.get("db") else None
        alias = item.alias or name
        if schema_name == "information_schema" or (name.lower() in ("sqlite_master", "sqlite_schema") and \
                self.database.find_table(name) is None):
            planned = self.database.virtual_table_plan(schema_name, name)
            return self._planned_source(number, alias, planned, planned.columns)
        cte = scope.ctes.get(name.lower()) if schema_name is None else None
        if cte is not None:
            planned = self._cte_plan(cte, scope.parameters)
            return self._planned_source(number, item.alias or cte.name, planned, planned.columns)
        table = self.database.find_table(name)
        if table is not None:
            schema = table.schema
            segment = Segment(item.alias or schema.name, schema.column_names, list(schema.affinities),
                              [c.collation for c in schema.columns], [c.declared_type for c in schema.columns])
            return Source(number, [segment], len(schema.columns), table=table)
        view = self.database.find_view(name)
        if view is not None:
            planned = self._view_plan(view)
            return self._planned_source(number, item.alias or view.name, planned, planned.columns)
        raise ProgrammingError(f"no such table: {name}")

    @staticmethod
    def _planned_source(number: int, alias: str, planned: QueryPlan, names: list[str]) -> Source:
        if len(names) != planned.width:
            raise ProgrammingError(f"table {alias} has {planned.width} values for {len(names)} columns")
        segment = Segment(alias, list(names), list(planned.affinities), list(planned.collations),
                          list(planned.decltypes))
        return Source(number, [segment], len(names), plan=planned.plan)

    def _view_plan(self, view: ViewSchema) -> QueryPlan:
        cache = self.database.view_plans
        key = view.name.lower()
        if key in cache:
            return cache[key]
        if key in self.database.views_in_planning:
            raise ProgrammingError(f"view {view.name} is circularly defined")
        self.database.views_in_planning.add(key)
        try:
            planned = self.plan_query(view.query, ParameterMap())
        finally:
            self.database.views_in_planning.discard(key)
        if view.column_names:
            if len(view.column_names) != planned.width:
                raise ProgrammingError(f"expected {len(view.column_names)} columns for '{view.name}' but got "
                                       f"{planned.width}")
            planned = planned.renamed(list(view.column_names))
        planned = QueryPlan(CteReference(planned.plan), planned._columns, planned.affinities, planned.collations,
                            planned.decltypes, [])
        cache[key] = planned
        return planned

    def _cte_plan(self, cte: CteDefinition, parameters: ParameterMap) -> QueryPlan:
        if cte.plan is not None:
            return cte.plan
        if cte.planning:
            raise ProgrammingError(f"circular reference: {cte.name}")
        cte.planning = True
        try:
            query = cte.query
            recursive = cte.recursive and isinstance(query, exp.Union) and any(
                table.name.lower() == cte.name.lower() for table in query.expression.find_all(exp.Table))
            if recursive:
                cte.plan = self._plan_recursive_cte(cte, parameters)
            else:
                planned = self.plan_query(query, parameters, None, cte.visible)
                if cte.column_names:
                    if len(cte.column_names) != planned.width:
                        raise ProgrammingError(f"table {cte.name} has {planned.width} values for "
                                               f"{len(cte.column_names)} columns")
                    planned = planned.renamed(cte.column_names)
                cte.plan = QueryPlan(CteReference(planned.plan), planned._columns, planned.affinities,
                                     planned.collations, planned.decltypes, [])
        finally:
            cte.planning = False
        return cte.plan

    def _plan_recursive_cte(self, cte: CteDefinition, parameters: ParameterMap) -> QueryPlan:
        query = cte.query
        visible = {k: v for k, v in cte.visible.items() if k != cte.name.lower()}
        anchor = self.plan_query(query.this, parameters, None, visible)
        names = cte.column_names or anchor.columns
        if len(names) != anchor.width:
            raise ProgrammingError(f"table {cte.name} has {anchor.width} values for {len(names)} columns")
        recursive = RecursiveCte(anchor.plan, distinct=bool(query.args.get("distinct")))
        working = QueryPlan(recursive.working_table, list(names), anchor.affinities, anchor.collations,
                            anchor.decltypes, [])
        visible[cte.name.lower()] = CteDefinition(cte.name, query, list(names), False, plan=working)
        step = self.plan_query(query.expression, parameters, None, visible)
        if step.width != len(names):
            raise ProgrammingError("SELECTs to the left and right of UNION do not have the same number of result "
                                   "columns")
        recursive.step = step.plan
        limit = query.args.get("limit")
        if limit is not None:
            recursive.limit_code = self._statement_constant(limit.expression, parameters, None)
        return QueryPlan(recursive, list(names), anchor.affinities, anchor.collations, anchor.decltypes, [])

    def _outer_join(self, scope: Scope, item: exp.Expression, join: exp.Join, side: str) -> None:
        """RIGHT and FULL joins: everything joined so far and the new item become one source."""
        if not scope.sources:
            raise ProgrammingError(f"a {side} JOIN needs a table on its left")
        right = self._make_source(scope, item)
        left_sources = scope.sources
        scope.sources = []
        left_rows = self._joined_rows(scope, left_sources)
        left_width = sum(source.width for source in left_sources)
        segments: list[Segment] = []
        offset = 0
        for source in left_sources:
            segments.extend(segment.shifted(offset) for segment in source.segments)
            offset += source.width
        right_segments = [segment.shifted(left_width) for segment in right.segments]
        using = [u.name for u in join.args.get("using") or []]
        conditions = conjuncts(join.args.get("on")) + self._using_conditions(
            [Source(-1, segments, left_width)], right_segments, using)
        combined = Source(scope.next_number(), segments + right_segments, left_width + right.width)
        scope.sources = [combined]
        resolver = RowResolver(scope)
        predicate = " and ".join(resolver.compiler.predicate(c) for c in conditions) or "True"
        condition = compile_function(scope.gen, f"_on{combined.number}",
                                     f"lambda {combined.var}, _env, _p, _o: {predicate}")
        right_rows = right.plan if right.plan is not None else _TableRows(right.table)
        combined.plan = OuterJoin(left_rows, right_rows, left_width, right.width, condition, full=side == "FULL")

    def _joined_rows(self, scope: Scope, sources: list[Source]) -> Plan:
        """A plan producing the concatenated rows of inner/left-joined sources (for outer joins)."""
        if len(sources) == 1 and sources[0].plan is not None and sources[0].join == "inner":
            return sources[0].plan
        if len(sources) == 1 and sources[0].join == "inner":
            return _TableRows(sources[0].table)
        inner = Scope(self, scope.outer, scope.ctes, scope.parameters, scope.numbers)
        inner.gen = scope.gen
        inner.sources = sources
        core = SelectCore(inner.gen)
        from engine.query.join_planner import plan_loops

        core.loop = plan_loops(inner, [])
        core.outputs = [f"*{source.var}" for source in sources]
        core.finish()
        return core

    # -- SELECT --

    def _plan_select(self, select: exp.Select, parameters: ParameterMap, outer: OuterContext | None, ctes: dict,
                     numbers) -> QueryPlan:
        from engine.query.join_planner import plan_loops

        scope = Scope(self, outer, ctes, parameters, numbers)
        scope.select = select
        conditions = self._add_sources(scope, select)
        rows = RowResolver(scope)
        items = self._expand_stars(scope, select.expressions)
        expressions = [expression for _, expression in items]
        for item in select.expressions:
            if isinstance(item, exp.Alias):
                scope.aliases.setdefault(item.alias.lower(), item.this)
        where = select.args.get("where")
        conditions += conjuncts(where.this if where is not None else None)
        group = select.args.get("group")
        having = select.args.get("having")
        order = select.args.get("order")
        order_terms = list(order.expressions) if order is not None else []
        # one walk of the whole statement rules out aggregates and windows in most queries
        may_aggregate = select.find(exp.AggFunc, exp.Anonymous) is not None
        if may_aggregate:
            for condition in conditions:
                if contains_aggregate(condition):
                    raise ProgrammingError("misuse of aggregate function in WHERE")
        aggregate = bool(group) or (may_aggregate and (any(contains_aggregate(e) for e in expressions) or (
            having is not None and contains_aggregate(having.this)) or any(
            contains_aggregate(t.this) for t in order_terms)))
        if having is not None and not aggregate:
            raise ProgrammingError("a GROUP BY clause is required before HAVING")
        windowed = select.find(exp.Window) is not None and (any(_contains_window(e) for e in expressions) or any(
            _contains_window(t.this) for t in order_terms))
        distinct = select.args.get("distinct") is not None
        resolved = self._resolve_order(order_terms, items)
        hidden_nodes = [term.this for term, position in zip(resolved.terms, resolved.positions, strict=True)
                        if position is None]

        core = SelectCore(scope.gen)
        if aggregate:
            group_terms = self._group_terms(group, expressions, rows)
            resolver = GroupResolver(scope, rows, [c.src for c in group_terms])
            core.group_keys = [_folded_source(c) for c in group_terms]
            if core.group_keys != [c.src for c in group_terms]:
                core.group_values = [c.src for c in group_terms]
        else:
            resolver = rows
        compiler = resolver.compiler
        if windowed:
            resolver.windows = WindowCollector(scope, compiler)
        result_codes = [compiler.value(e) for e in expressions]
        hidden_codes = [compiler.value(node) for node in hidden_nodes]
        if aggregate:
            core.having = compiler.predicate(having.this) if having is not None else None
            core.aggregates = resolver.aggregates
            core.bare_columns = resolver.bare_columns
        limit = select.args.get("limit")
        core.limit_hint = limit is not None and not (aggregate or windowed or distinct or order_terms)
        if core.limit_hint:
            core.stop_function = self._stop_function(select, parameters, scope)
        core.loop = plan_loops(scope, conditions, core.limit_hint)
        if windowed:
            core.windows = resolver.windows.windows
            if not aggregate:
                core.context_vars = _context_vars(scope)
        core.outputs = [c.src for c in result_codes]
        core.order_outputs = [c.src for c in hidden_codes]
        order_codes = []
        hidden_index = 0
        for position in resolved.positions:
            order_codes.append(result_codes[position] if position is not None else hidden_codes[hidden_index])
            hidden_index += position is None
        order_collations = [_order_collation(term, code) for term, code in zip(resolved.terms, order_codes,
                                                                                strict=True)]
        if order_terms and limit is not None and not (aggregate or windowed or distinct):
            # Sort on the keys alone and compute the result columns only for the rows LIMIT keeps.
            core.defer_projection([c.src for c in order_codes], _context_vars(scope))
            core.finish()
            keys = _Order(resolved.terms, list(range(len(order_codes))))
            plan = DeferredProjection(self._finish(core, select, keys, order_collations, len(order_codes), False,
                                                   parameters, scope), core)
        else:
            core.finish()
            plan = self._finish(core, select, resolved, order_collations, len(expressions), distinct, parameters,
                                scope, [c.collation for c in result_codes])
        names = [name if name is not None else _column_name(e) for name, e in items]
        decltypes = [self._decltype(e, scope) for e in expressions]
        return QueryPlan(plan, names, [c.affinity for c in result_codes], [c.collation for c in result_codes],
                         decltypes, [])

    def _stop_function(self, select: exp.Select, parameters: ParameterMap, scope: Scope):
        """limit + offset, the number of rows after which the loops may stop early."""
        limit = self._statement_constant(select.args["limit"].expression, parameters, scope)
        offset_node = select.args.get("offset")
        offset = self._statement_constant(offset_node.expression, parameters, scope) if offset_node else None

        def stop(env, params, outer):
            count = Limit(None, limit, offset).bounds(env, outer)[1]
            return count if count is not None else -1

        return stop

    def _finish(self, plan: Plan, query: exp.Expression, resolved: _Order, collations: list[str | None], width: int,
                distinct: bool, parameters: ParameterMap, scope: Scope | None,
                distinct_collations: list[str | None] | None = None) -> Plan:
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
                         self._statement_constant(limit.expression, parameters, scope) if limit is not None else None,
                         self._statement_constant(offset.expression, parameters, scope) if offset is not None
                         else None)
        if hidden:
            plan = Project(plan, width)
        return plan

    def _statement_constant(self, node: exp.Expression, parameters: ParameterMap, scope: Scope | None):
        """Compile an expression without row columns (LIMIT, OFFSET) into f(env, params, outer)."""
        if scope is None:
            scope = Scope(self, None, {}, parameters, itertools.count())
        code = RowResolver(scope).compiler.value(node)
        return compile_function(scope.gen, f"_constant{scope.gen.temp()}", f"lambda _env, _p, _o: {code.src}")

    def _group_terms(self, group: exp.Group | None, expressions: list[exp.Expression],
                     rows: RowResolver) -> list[Code]:
        if group is None:
            return []
        terms = []
        for index, node in enumerate(group.expressions):
            if isinstance(node, exp.Literal) and not node.is_string:
                position = int(node.this)
                if not 1 <= position <= len(expressions):
                    raise ProgrammingError(f"{ordinal(index + 1)} GROUP BY term out of range - should be between 1 "
                                           f"and {len(expressions)}")
                node = expressions[position - 1]
            if contains_aggregate(node):
                raise ProgrammingError("aggregate functions are not allowed in the GROUP BY clause")
            terms.append(rows.compiler.value(node))
        return terms

    @staticmethod
    def _expand_stars(scope: Scope, expressions: list[exp.Expression]) -> list[tuple[str | None, exp.Expression]]:
        items: list[tuple[str | None, exp.Expression]] = []

        def columns_of(segment: Segment, skip_hidden: bool) -> list[tuple[str, exp.Expression]]:
            return [(column, exp.column(column, table=exp.to_identifier(segment.alias, quoted=True)))
                    for column in segment.columns if not (skip_hidden and column.lower() in segment.hidden)]

        for expression in expressions:
            if isinstance(expression, exp.Star):
                if not scope.sources:
                    raise ProgrammingError("no tables specified")
                for source in scope.sources:
                    for segment in source.segments:
                        items.extend(columns_of(segment, skip_hidden=True))
            elif isinstance(expression, exp.Column) and isinstance(expression.this, exp.Star):
                segments = [s for source in scope.sources for s in source.segments
                            if s.alias.lower() == expression.table.lower()]
                if not segments:
                    raise ProgrammingError(f"no such table: {expression.table}")
                for segment in segments:
                    items.extend(columns_of(segment, skip_hidden=False))
            elif isinstance(expression, exp.Alias):
                items.append((expression.alias, expression.this))
            else:
                items.append((None, expression))
        return items

    @staticmethod
    def _resolve_order(terms: list[exp.Ordered], items: list[tuple[str | None, exp.Expression]]) -> _Order:
        """ORDER BY K, ORDER BY alias and ORDER BY <a result expression> sort by that result column."""
        positions: list[int | None] = []
        for index, term in enumerate(terms):
            node = term.this
            inner = node.this if isinstance(node, exp.Collate) else node
            position = None
            if isinstance(inner, exp.Literal) and not inner.is_string:
                number = int(float(inner.this))
                if not 1 <= number <= len(items):
                    raise ProgrammingError(f"{ordinal(index + 1)} ORDER BY term out of range - should be between 1 "
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
        return _Order(terms, positions)

    @staticmethod
    def _decltype(expression: exp.Expression, scope: Scope) -> str | None:
        if isinstance(expression, exp.Column) and not isinstance(expression.this, exp.Star):
            try:
                found = scope.find(expression.name, expression.table or None)
            except ProgrammingError:
                return None
            if found is not None:
                _, segment, position = found
                return segment.decltypes[position]
        if isinstance(expression, exp.Cast):
            return cast_type_name(expression.args["to"])
        return None

    # -- compound SELECT and VALUES --

    def _plan_compound(self, query: exp.Expression, parameters: ParameterMap, outer: OuterContext | None,
                       ctes: dict) -> QueryPlan:
        chain = []
        node = query
        while isinstance(node, exp.Union | exp.Intersect | exp.Except) and (
                node is query or not (node.args.get("order") or node.args.get("limit"))):
            chain.append(node)
            node = node.this
        first = self.plan_query(node, parameters, outer, ctes)
        plan: Plan = first.plan
        column_collations = _compound_collations(node, first)  # per column, the leftmost SELECT's that is set
        for compound in reversed(chain):
            right = self.plan_query(compound.expression, parameters, outer, ctes)
            operator = {exp.Union: "UNION", exp.Intersect: "INTERSECT", exp.Except: "EXCEPT"}[compound.__class__]
            if right.width != first.width:
                raise ProgrammingError(f"SELECTs to the left and right of {operator} do not have the same number "
                                       f"of result columns")
            kind = operator.lower()
            if kind == "union" and not compound.args.get("distinct"):
                kind = "union all"
            column_collations = [mine or theirs for mine, theirs in zip(
                column_collations, _compound_collations(compound.expression, right), strict=True)]
            plan = CompoundPlan(kind, plan, right.plan, column_collations,
                                merged=query.args.get("order") is not None)
        order = query.args.get("order")
        terms = list(order.expressions) if order is not None else []
        positions = [self._compound_order_position(term.this, first, node, index)
                     for index, term in enumerate(terms)]
        collations = [_order_collation(term, None) or (column_collations[position] if column_collations[position]
                                                        != "BINARY" else None)
                      for term, position in zip(terms, positions, strict=True)]
        plan = self._finish(plan, query, _Order(terms, positions), collations, first.width, False, parameters,
                            None)
        return QueryPlan(plan, first._columns, first.affinities, first.collations, first.decltypes, [])

    @staticmethod
    def _compound_order_position(node: exp.Expression, first: QueryPlan, leftmost: exp.Expression,
                                 index: int) -> int:
        inner = node.this if isinstance(node, exp.Collate) else node
        if isinstance(inner, exp.Literal) and not inner.is_string:
            number = int(float(inner.this))
            if not 1 <= number <= first.width:
                raise ProgrammingError(f"{ordinal(index + 1)} ORDER BY term out of range - should be between 1 and "
                                       f"{first.width}")
            return number - 1
        if isinstance(inner, exp.Column) and not inner.table:
            for position, name in enumerate(first.columns):
                if name.lower() == inner.name.lower():
                    return position
        if isinstance(leftmost, exp.Select):
            for position, expression in enumerate(leftmost.expressions):
                candidate = expression.this if isinstance(expression, exp.Alias) else expression
                if candidate == inner:
                    return position
        raise ProgrammingError(f"{ordinal(index + 1)} ORDER BY term does not match any column in the result set")

    def _plan_values(self, values: exp.Values, parameters: ParameterMap, outer: OuterContext | None, ctes: dict,
                     numbers) -> QueryPlan:
        scope = Scope(self, outer, ctes, parameters, numbers)
        compiler = RowResolver(scope).compiler
        rows = []
        width = None
        for row in values.expressions:
            terms = row.expressions if isinstance(row, exp.Tuple) else [row]
            if width is None:
                width = len(terms)
            elif len(terms) != width:
                raise ProgrammingError("all VALUES must have the same number of terms")
            rows.append("(" + "".join(compiler.value(term).src + ", " for term in terms) + ")")
        function = compile_function(scope.gen, "_values", "lambda _env, _p, _o: [" + ", ".join(rows) + "]")
        names = [f"column{i + 1}" for i in range(width or 0)]
        none = [None] * len(names)
        return QueryPlan(ValuesPlan(function), names, list(none), list(none), list(none), [])


def _folded_source(code: Code) -> str:
    """Source of a value as a key under its collation (text folded for NOCASE and RTRIM)."""
    return collated(code.src, code.collation if code.collation != "BINARY" else None)


def _compound_collations(select: exp.Expression, plan: QueryPlan) -> list[str | None]:
    """A compound operand's collation per column: a plain column has one even when not declared
    (BINARY), so it outranks a COLLATE further right; an expression without COLLATE has none."""
    collations = list(plan.collations)
    if not isinstance(select, exp.Select):
        return collations
    terms = [term.this if isinstance(term, exp.Alias) else term for term in select.expressions]
    all_columns = len(terms) == 1 and isinstance(terms[0], exp.Star)
    if not all_columns and len(terms) != len(collations):
        return collations  # a star among other terms: positions are not the terms'
    return [collation or ("BINARY" if all_columns or is_column(terms[position]) else None)
            for position, collation in enumerate(collations)]


def _order_collation(term: exp.Ordered, code: Code | None) -> str | None:
    node = term.this
    if isinstance(node, exp.Collate):
        return node.expression.name.upper()
    if code is not None and code.collation not in (None, "BINARY"):
        return code.collation
    return None
