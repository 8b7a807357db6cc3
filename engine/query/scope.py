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

from engine.errors import OperationalError
from engine.query.codegen import KIND_INT, Code, CodeGen, helpers
from engine.query.compiler import ExpressionCompiler, ParameterMap
from engine.query.executor import Plan, QueryPlan, SubqueryRuntime
from engine.store.storage import Table

ROWID_NAMES = ("rowid", "oid", "_rowid_")


class QueryPlanner(Protocol):
    """The planner as scopes and the planning modules see it (`engine.query.planner.Planner`)."""

    database: Any  # the catalog: tables, views, virtual tables

    def plan_query(self, query: exp.Expression, parameters: ParameterMap, outer: OuterContext | None = None,
                   ctes: dict | None = None) -> QueryPlan: ...

    def plan_values(self, values: exp.Values, parameters: ParameterMap, outer: OuterContext | None, ctes: dict,
                    numbers) -> QueryPlan: ...

    def statement_constant(self, node: exp.Expression, parameters: ParameterMap, scope: Scope | None): ...


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
        positions = self.__dict__.get("_positions")
        if positions is None:
            positions = {}
            for index, column in enumerate(self.columns):
                positions.setdefault(column.lower(), index)
            self.__dict__["_positions"] = positions
        return positions.get(name.lower())

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

    def __init__(self, planner: QueryPlanner, outer: OuterContext | None, ctes: dict, parameters: ParameterMap,
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

    def context_vars(self) -> tuple[str, ...]:
        """The loop variables that together identify one joined row."""
        return tuple(var for source in self.sources for var in (
            (source.var, source.rowid_var) if source.needs_rowid else (source.var,)))

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
                    raise OperationalError(f"ambiguous column name: {table + '.' if table else ''}{name}")
                found = (source, segment, position)
        return found

    def resolve(self, node: exp.Column, compiler: ExpressionCompiler) -> Code:
        """A column reference: a source column, a result alias, rowid, or an outer value."""
        name = node.name
        table = node.table or None
        found = self.find(name, table)
        if found is not None:
            source, segment, position = found
            loops = source.table.schema.generation_loops if source.table is not None else None
            if loops and position in loops and not source.computes_generated:
                raise OperationalError(f'generated column loop on "{loops[position]}"')
            self.used.add(source.number)
            source.columns_read.add(segment.offset + position)
            # a column always has a collation, BINARY unless declared: it outranks the right operand's
            return Code(f"{source.var}[{segment.offset + position}]", affinity=segment.affinities[position],
                        collation=segment.collations[position] or "BINARY")
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
        runtime.name = self.gen.bind(runtime, "_sq")
        runtime.column_count = planned.width
        runtime.affinity = planned.affinities[0] if planned.affinities else None
        runtime.collation = planned.collations[0] if planned.collations else None
        return runtime
