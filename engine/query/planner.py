"""The planner: queries become executable plans whose SELECT cores are generated Python loops.

`Planner.plan_query` is the entry point for every query, subquery, view and CTE. It
reads the WITH clause (`engine.query.sources`) and hands each kind of query to its own
module: SELECT cores (`engine.query.select`), compound SELECTs and VALUES
(`engine.query.compound`). Names resolve in `engine.query.scope` and
`engine.query.resolvers`; loops are ordered by `engine.query.join_planner`; expressions
compile in `engine.query.compiler`; the operators run in `engine.query.executor`.
"""

from __future__ import annotations

import itertools

from sqlglot import exp

from engine.errors import OperationalError
from engine.query.compiler import ExpressionCompiler, ParameterMap
from engine.query.compound import plan_compound, plan_values
from engine.query.executor import QueryPlan
from engine.query.scope import OuterContext, Scope
from engine.query.select import plan_select, statement_constant
from engine.query.sources import view_plan, with_clause_ctes
from engine.store.catalog import ViewSchema


class Planner:
    """Plans queries against one database's catalog (tables, views, virtual tables)."""

    def __init__(self, database) -> None:
        self.database = database
        # planning for EXPLAIN: the plans keep the syntax of each loop's conditions to describe them
        # (other plans let it go, so a cached statement does not keep its whole syntax tree alive)
        self.explaining = False
        # the expression compilers of the statement being compiled, whose cycles release_compilers breaks
        # (held only until then: the dispatcher releases them as each statement's compile ends)
        self._compilers: list[ExpressionCompiler] = []

    def track_compiler(self, compiler: ExpressionCompiler) -> None:
        """Remember a compiler of the statement being compiled."""
        self._compilers.append(compiler)

    def release_compilers(self) -> None:
        """Cut each tracked compiler from its resolver, once the statement is compiled and nothing compiles
        with them again. A resolver and its compiler point at each other, and through them the scope, its
        sources and much of the syntax tree were garbage only the cyclic collector frees: collecting them,
        on objects long out of the cache, took a sixth of the time of select3.test and four index/ and
        random/ files. Cut, they are freed by
        reference counting as soon as the statement's planning lets them go."""
        for compiler in self._compilers:
            compiler.resolver = None
        self._compilers.clear()

    def plan_query(self, query: exp.Expression, parameters: ParameterMap, outer: OuterContext | None = None,
                   ctes: dict | None = None) -> QueryPlan:
        """Plan a SELECT, compound SELECT or VALUES; the result says what its columns are."""
        ctes = with_clause_ctes(query, ctes)
        numbers = itertools.count()
        if isinstance(query, exp.Select):
            planned = plan_select(self, query, parameters, outer, ctes, numbers)
        elif isinstance(query, exp.Union | exp.Intersect | exp.Except):
            planned = plan_compound(self, query, parameters, outer, ctes)
        elif isinstance(query, exp.Values):
            planned = plan_values(self, query, parameters, outer, ctes, numbers)
        elif isinstance(query, exp.Subquery):
            planned = self.plan_query(query.this, parameters, outer, ctes)
        else:
            raise OperationalError(f"not a query: {query.sql(dialect='sqlite')[:60]}")
        planned.outer_refs = list(outer.refs) if outer is not None else []
        return planned

    def plan_values(self, values: exp.Values, parameters: ParameterMap, outer: OuterContext | None, ctes: dict,
                    numbers) -> QueryPlan:
        """A VALUES list (also as a FROM item)."""
        return plan_values(self, values, parameters, outer, ctes, numbers)

    def statement_constant(self, node: exp.Expression, parameters: ParameterMap, scope: Scope | None):
        """An expression without row columns (LIMIT, OFFSET) compiled into f(env, params, outer)."""
        return statement_constant(self, node, parameters, scope)

    def plan_view(self, view: ViewSchema) -> QueryPlan:
        """A view's plan, planned once per schema version (information_schema reads its columns)."""
        return view_plan(self, view)
