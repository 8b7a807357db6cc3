"""Scopes: the names one SELECT core can see, and the loop variables its rows bind.

A `Scope` holds the FROM sources of one SELECT core (each a `Source` of one or more
`Segment`s of columns), its result aliases and the enclosing query of a correlated
subquery (`OuterContext`). Names resolve with SQLite's rules: the FROM sources first,
then rowid, then result aliases, then enclosing queries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlglot import exp

from engine.errors import NotSupportedError, OperationalError
from engine.query.codegen import KIND_INT, Code, CodeGen, helpers
from engine.query.compiler import ExpressionCompiler, ParameterMap
from engine.query.executor import Plan, QueryPlan, SubqueryRuntime
from engine.query.syntax import walk_scope
from engine.store.storage import Table

ROWID_NAMES = ("rowid", "oid", "_rowid_")


def _selects_between(node: exp.Expression, top: exp.Expression) -> list[exp.Select]:
    """The SELECTs that enclose ``node`` below ``top`` (the subqueries it is nested in)."""
    selects = []
    parent = node.parent
    while parent is not None and parent is not top:
        if isinstance(parent, exp.Select):
            selects.append(parent)
        parent = parent.parent
    return selects


class QueryPlanner(Protocol):
    """The planner as scopes and the planning modules see it (`engine.query.planner.Planner`)."""

    database: Any  # the catalog: tables, views, virtual tables
    explaining: bool  # plans keep what EXPLAIN describes

    def plan_query(self, query: exp.Expression, parameters: ParameterMap, outer: OuterContext | None = None,
                   ctes: dict | None = None) -> QueryPlan: ...

    def plan_values(self, values: exp.Values, parameters: ParameterMap, outer: OuterContext | None, ctes: dict,
                    numbers) -> QueryPlan: ...

    def statement_constant(self, node: exp.Expression, parameters: ParameterMap, scope: Scope | None): ...

    def track_compiler(self, compiler) -> None: ...


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
    virtual: frozenset[str] = frozenset()  # a table-valued function's hidden columns: named only, never in *

    def position(self, name: str) -> int | None:
        return self.positions().get(name.lower())

    def positions(self) -> dict[str, int]:
        """Each lowercased column name's first position."""
        positions = self.__dict__.get("_positions")
        if positions is None:
            positions = {}
            for index, column in enumerate(self.columns):
                positions.setdefault(column.lower(), index)
            self.__dict__["_positions"] = positions
        return positions

    def shifted(self, offset: int) -> Segment:
        return Segment(self.alias, self.columns, self.affinities, self.collations, self.decltypes,
                       offset + self.offset, self.hidden, self.virtual)


@dataclass
class Source:
    """One loop variable of the generated code and where its rows come from."""

    number: int
    segments: list[Segment]
    width: int
    table: Table | None = None  # a base table, scanned directly
    plan: Plan | None = None  # rows computed by a plan (derived table, view, CTE, outer join)
    lateral: str | None = None  # source of rows computed per row of the sources before it (json_each(t.j))
    join: str = "inner"  # inner | left
    on: list[exp.Expression] = field(default_factory=list)
    needs_rowid: bool = False
    computes_generated: bool = False  # the row a generated column is computed from: no loop to report there
    columns_read: set[int] = field(default_factory=set)  # positions the query reads (for covering indexes)
    index_hint: str | None = None  # NOT INDEXED (""), INDEXED BY (the index's name), or neither (None)
    table_name_in_code: str = ""
    plan_name_in_code: str = ""

    @property
    def var(self) -> str:
        return f"r{self.number}"

    @property
    def rowid_var(self) -> str:
        return f"i{self.number}"


class EnclosingAggregate(Exception):  # a signal to the planner, never raised to the user
    """A subquery in the result columns of a query that does not aggregate names an aggregate of that
    query's columns: SQLite then makes the query an aggregate one, so it is planned again as one."""

    def __init__(self, select: exp.Select) -> None:
        super().__init__("an aggregate of an enclosing query's columns")
        self.select = select


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

    def aggregate(self, node: exp.Expression, level: int) -> Code:
        """An aggregate of the columns of the query ``level`` levels out (1: this context's query), which
        SQLite computes there (resolve.c moves it to the innermost query whose FROM it names): its value
        per group of that query, read here as an outer value."""
        # level_of found that many enclosing queries
        code = self.scope.outer.aggregate(node, level - 1) if level > 1 else self.resolver.enclosed_aggregate(node)
        index = self._index.get(code.src)
        if index is None:
            index = self._index[code.src] = len(self.refs)
            self.refs.append(code.src)
        return Code(f"_o[{index}]", affinity=code.affinity, collation=code.collation, kind=code.kind)


class Scope:
    """The names visible in one SELECT core and the generated function it compiles into."""

    def __init__(self, planner: QueryPlanner, outer: OuterContext | None, ctes: dict, parameters: ParameterMap,
                 numbers) -> None:
        self.planner = planner
        self.outer = outer
        self.ctes = ctes
        self.parameters = parameters
        self.numbers = numbers
        self.gen = CodeGen(helpers())
        self.sources: list[Source] = []
        self._indexed_sources: list[Source] | None = None  # what _columns_named's index was built from
        self._indexed_count = 0
        self._column_index: dict[str, list[tuple[Source, Segment, int]]] = {}
        # (name, table) -> what resolve() found: a long WHERE names a few columns hundreds of times
        self._resolved: dict[tuple[str, str | None], tuple[Code, Source, int]] = {}
        self._resolved_sources: tuple[list[Source] | None, int] = (None, 0)
        self.aliases: dict[str, exp.Expression] = {}
        self.used: set[int] = set()
        self.resolving: set[str] = set()
        self.select: exp.Select | None = None
        self.aggregate = False  # the core aggregates (GROUP BY, or an aggregate of its own in its result)
        self.windowed = False
        self.clause = ""  # the clause being compiled: result, order, having, where, group, set_from
        self.in_window = False  # compiling a window function's arguments or OVER clause
        self.no_from = False  # its sources are rows SQLite keeps outside any FROM (NEW/OLD, RETURNING)

    def level_of(self, node: exp.Column, nowhere: int | None = 0) -> int | None:
        """How many queries out the column belongs to: 0 for this one's FROM (or rowid or result alias),
        1 for the enclosing query's, and so on; 0 when no query has it (compiling it says so); None for a
        row that is no FROM of SQLite's (a trigger's NEW and OLD, RETURNING's row)."""
        name, table = node.name, node.table or None
        scope: Scope | None = self
        level = 0
        while scope is not None:
            if scope.find(name, table) is not None or scope.has_rowid(name, table) or (
                    level == 0 and table is None and name.lower() in scope.aliases):
                return None if scope.no_from else level
            scope = scope.outer.scope if scope.outer is not None else None
            level += 1
        return nowhere

    def aggregate_level(self, node: exp.Expression, arguments: list[exp.Expression],
                        condition: exp.Expression | None) -> int:
        """The query an aggregate call belongs to, as levels out (0: this one): the innermost whose FROM any
        column of its arguments or FILTER names (sqlite3ReferencesSrcList), this one when they name none."""
        if self.outer is None:
            return 0
        parts = [*arguments, *([condition] if condition is not None else [])]
        levels = []
        for part in parts:
            for column in walk_scope(part):
                if isinstance(column, exp.Column) and not isinstance(column.this, exp.Star):
                    level = self.level_of(column)
                    if level == 0:
                        return 0
                    if level is not None:  # sqlite3ReferencesSrcList finds NEW, OLD and RETURNING in no FROM
                        levels.append(level)
        # SQLite also reads the columns of subqueries in the arguments, less those their own FROM has
        for part in parts:
            for column in part.find_all(exp.Column):
                selects = _selects_between(column, part)
                if not selects or isinstance(column.this, exp.Star):
                    continue  # a column of the arguments themselves, read above
                own = [self._has_column(select, column) for select in selects]
                if True in own:
                    continue  # a column of the subquery's own FROM
                level = self.level_of(column, nowhere=None)
                if level is None:
                    continue  # no enclosing query has it: the subquery's own, or no column at all
                if None in own:  # whether the subquery's FROM has it too is not worked out here
                    raise NotSupportedError(f"an aggregate inside a subquery whose argument is a subquery that "
                                            f"may name an enclosing query's columns ({node.sql()}) is not supported")
                if level == 0:
                    return 0
                levels.append(level)
        return min(levels) if levels else 0

    def _has_column(self, select: exp.Select, column: exp.Column) -> bool | None:
        """Whether a FROM item of ``select`` has the column (None: cannot tell without planning it)."""
        items = [select.args.get("from_"), *(select.args.get("joins") or ())]
        qualifier = column.table.lower() if column.table else None
        answer: bool | None = False
        for item in (item.this for item in items if item is not None and item.this is not None):
            if qualifier is not None and item.alias_or_name.lower() != qualifier:
                continue
            table = self.planner.database.tables.get(item.name.lower()) if isinstance(item, exp.Table) and not (
                item.args.get("db") or item.name.lower() in self.ctes) else None
            if table is None:
                answer = None  # a view, CTE, subquery or table-valued function
            elif table.schema.column_position(column.name) is not None or column.name.lower() in ROWID_NAMES:
                return True
        return answer

    def check_known(self, node: exp.Column) -> None:
        """Raise "no such column" unless some query out to the outermost has the column (nothing compiled)."""
        if isinstance(node.this, exp.Star):
            return
        name, table = node.name, node.table or None
        scope: Scope | None = self
        while scope is not None:
            if scope.find(name, table) is not None or scope.has_rowid(name, table) or (
                    table is None and name.lower() in scope.aliases):
                return
            scope = scope.outer.scope if scope.outer is not None else None
        raise OperationalError(f"no such column: {table + '.' if table else ''}{name}")

    def has_rowid(self, name: str, table: str | None) -> bool:
        """Whether ``name`` is the rowid of exactly one of this core's tables (as `_rowid` reads it)."""
        if name.lower() not in ROWID_NAMES:
            return False
        return len([source for source in self.sources if source.table is not None and (
            table is None or source.segments[0].alias.lower() == table.lower())
            and not getattr(source.table.schema, "without_rowid", False)]) == 1

    def context_vars(self) -> tuple[str, ...]:
        """The loop variables that together identify one joined row."""
        return tuple(var for source in self.sources for var in (
            (source.var, source.rowid_var) if source.needs_rowid else (source.var,)))

    def next_number(self) -> int:
        return next(self.numbers)

    def find(self, name: str, table: str | None) -> tuple[Source, Segment, int] | None:
        """The source column a name refers to; an unqualified name found twice is ambiguous."""
        lowered = name.lower()
        sources = self.sources
        if table is None and len(sources) == 1 and len(sources[0].segments) == 1:
            segment = sources[0].segments[0]
            position = segment.positions().get(lowered)
            if position is None or lowered in segment.hidden:
                return None
            return sources[0], segment, position
        found = None
        for candidate in self._columns_named().get(lowered, ()):
            segment = candidate[1]
            if table is not None:
                if segment.alias.lower() != table.lower():
                    continue
            elif lowered in segment.hidden:  # a USING or NATURAL join's right-hand copy
                continue
            if found is not None:
                raise OperationalError(f"ambiguous column name: {table + '.' if table else ''}{name}")
            found = candidate
        return found

    def _columns_named(self) -> dict[str, list[tuple[Source, Segment, int]]]:
        """Every source column by lowercased name, in FROM order: a 64-table join resolves each name
        with one lookup instead of asking every segment. Rebuilt when the sources change (they are
        appended while FROM is read, and an outer join replaces them)."""
        sources = self.sources
        if self._indexed_sources is sources and self._indexed_count == len(sources):
            return self._column_index
        index: dict[str, list[tuple[Source, Segment, int]]] = {}
        for source in sources:
            for segment in source.segments:
                for lowered, position in segment.positions().items():
                    index.setdefault(lowered, []).append((source, segment, position))
        self._indexed_sources, self._indexed_count, self._column_index = sources, len(sources), index
        return index

    def resolve(self, node: exp.Column, compiler: ExpressionCompiler) -> Code:
        """A column reference: a source column, a result alias, rowid, or an outer value."""
        name = node.name
        table = node.table or None
        sources = self.sources
        read, count = self._resolved_sources
        if read is not sources or count != len(sources):  # FROM is still being read, or a join replaced it
            self._resolved, self._resolved_sources = {}, (sources, len(sources))
        known = self._resolved.get((name, table))
        if known is not None:
            code, source, column = known
            self.used.add(source.number)
            source.columns_read.add(column)
            return code
        found = self.find(name, table)
        if found is not None:
            source, segment, position = found
            loops = source.table.schema.generation_loops if source.table is not None else None
            if loops and position in loops and not source.computes_generated:
                raise OperationalError(f'generated column loop on "{loops[position]}"')
            column = segment.offset + position
            self.used.add(source.number)
            source.columns_read.add(column)
            # a column always has a collation, BINARY unless declared: it outranks the right operand's
            code = Code(f"{source.var}[{column}]", affinity=segment.affinities[position],
                        collation=segment.collations[position] or "BINARY")
            if not loops:
                self._resolved[name, table] = (code, source, column)
            return code
        lowered = name.lower()
        if lowered in ROWID_NAMES:
            code = self._rowid(table, name)
            if code is not None:
                return code
        if table is None and lowered in self.aliases and lowered not in self.resolving:
            self.resolving.add(lowered)
            try:
                return compiler.value(self.aliases[lowered])
            finally:
                self.resolving.discard(lowered)
        if self.outer is not None:  # SQLite looks outward even when this scope has the qualifier's table
            return self.outer.value(node)
        raise OperationalError(f"no such column: {table + '.' if table else ''}{name}")

    def _rowid(self, table: str | None, name: str) -> Code | None:
        candidates = [source for source in self.sources if source.table is not None and (
            table is None or source.segments[0].alias.lower() == table.lower())
            and not getattr(source.table.schema, "without_rowid", False)]  # a WITHOUT ROWID table has none
        if len(candidates) > 1 and table is None:  # SQLite names a rowid only when one table has it
            raise OperationalError(f"no such column: {name}")
        if len(candidates) != 1:
            return None
        source = candidates[0]
        source.needs_rowid = True
        self.used.add(source.number)
        return Code(source.rowid_var, affinity="INTEGER", kind=KIND_INT)

    def subquery(self, query: exp.Expression, resolver) -> SubqueryRuntime:
        planned = self.planner.plan_query(query, self.parameters, OuterContext(self, resolver), self.ctes)
        runtime = SubqueryRuntime(planned.plan, planned.outer_refs)
        runtime.name = self.gen.bind_new(runtime, "_sq")
        runtime.column_count = planned.width
        runtime.affinity = planned.affinities[0] if planned.affinities else None
        runtime.collation = planned.collations[0] if planned.collations else None
        return runtime
