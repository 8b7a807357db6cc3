"""Compound SELECTs (UNION, INTERSECT, EXCEPT) and VALUES lists.

A chain of compound operators is planned left to right into `CompoundPlan`s; the leftmost
SELECT names the columns, and each column compares under the leftmost collation set,
as in SQLite. ORDER BY terms of a compound refer to result columns only.
"""

from __future__ import annotations

from sqlglot import exp

from engine.errors import OperationalError
from engine.query.codegen import compile_function
from engine.query.compiler import ParameterMap, is_column, order_collation
from engine.query.executor import CompoundPlan, Plan, QueryPlan, ValuesPlan
from engine.query.resolvers import RowResolver
from engine.query.scope import OuterContext, QueryPlanner, Scope
from engine.query.select import ResolvedOrder, finish_query
from engine.query.syntax import ordinal, term_number

_OPERATORS = {exp.Union: "UNION", exp.Intersect: "INTERSECT", exp.Except: "EXCEPT"}


def plan_compound(planner: QueryPlanner, query: exp.Expression, parameters: ParameterMap,
                  outer: OuterContext | None, ctes: dict) -> QueryPlan:
    """Plan ``a UNION b EXCEPT c ...`` with the chain's ORDER BY and LIMIT."""
    chain = []
    node = query
    while isinstance(node, exp.Union | exp.Intersect | exp.Except) and (
            node is query or not (node.args.get("order") or node.args.get("limit"))):
        chain.append(node)
        node = node.this
    first = planner.plan_query(node, parameters, outer, ctes)
    plan: Plan = first.plan
    column_collations = _compound_collations(node, first)  # per column, the leftmost SELECT's that is set
    for compound in reversed(chain):
        right = planner.plan_query(compound.expression, parameters, outer, ctes)
        operator = _OPERATORS[compound.__class__]
        if right.width != first.width:
            raise OperationalError(f"SELECTs to the left and right of {operator} do not have the same number "
                                   f"of result columns")
        kind = operator.lower()
        if kind == "union" and not compound.args.get("distinct"):
            kind = "union all"
        column_collations = [mine or theirs for mine, theirs in zip(
            column_collations, _compound_collations(compound.expression, right), strict=True)]
        plan = CompoundPlan(kind, plan, right.plan, column_collations, merged=query.args.get("order") is not None)
    order = query.args.get("order")
    terms = list(order.expressions) if order is not None else []
    positions = [_order_position(term.this, first, node, index) for index, term in enumerate(terms)]
    collations = [order_collation(term, None) or (column_collations[position] if column_collations[position]
                                                   != "BINARY" else None)
                  for term, position in zip(terms, positions, strict=True)]
    plan = finish_query(planner, plan, query, ResolvedOrder(terms, positions), collations, first.width, False,
                        parameters, None)
    return QueryPlan(plan, first._columns, first.affinities, first.collations, first.decltypes, [])


def _order_position(node: exp.Expression, first: QueryPlan, leftmost: exp.Expression, index: int) -> int:
    """The result column an ORDER BY term of a compound names: by number, name, or the leftmost's expression."""
    inner = node.this if isinstance(node, exp.Collate) else node
    number = term_number(inner)
    if number is not None:
        if not 1 <= number <= first.width:
            raise OperationalError(f"{ordinal(index + 1)} ORDER BY term out of range - should be between 1 and "
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
    raise OperationalError(f"{ordinal(index + 1)} ORDER BY term does not match any column in the result set")


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


def plan_values(planner: QueryPlanner, values: exp.Values, parameters: ParameterMap, outer: OuterContext | None,
                ctes: dict, numbers) -> QueryPlan:
    """A VALUES list: one generated function returning every row."""
    scope = Scope(planner, outer, ctes, parameters, numbers)
    compiler = RowResolver(scope).compiler
    rows = []
    width = None
    for row in values.expressions:
        terms = row.expressions if isinstance(row, exp.Tuple) else [row]
        if width is None:
            width = len(terms)
        elif len(terms) != width:
            raise OperationalError("all VALUES must have the same number of terms")
        rows.append("(" + "".join(compiler.value(term).src + ", " for term in terms) + ")")
    function = compile_function(scope.gen, "_values", "lambda _env, _p, _o: [" + ", ".join(rows) + "]")
    names = [f"column{i + 1}" for i in range(width or 0)]
    none = [None] * len(names)
    return QueryPlan(ValuesPlan(function), names, list(none), list(none), list(none), [])
