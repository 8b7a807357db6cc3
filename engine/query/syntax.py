"""Questions asked of sqlglot syntax trees while planning: aggregates, windows, conjuncts, joins.

Pure functions of the tree: they read no catalog and compile nothing.
"""

from __future__ import annotations

from sqlglot import exp

from engine.errors import NotSupportedError, OperationalError
from engine.query import aggregates
from engine.query.compiler import AGGREGATE_FUNCTIONS, function_call


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
            raise OperationalError("DISTINCT is not allowed with count(*)")
        name, arguments = "count(*)", []
    aggregates.check_arguments("count" if name == "count(*)" else name, len(arguments))
    if distinct and len(arguments) != 1:
        raise OperationalError("DISTINCT aggregates must have exactly one argument")
    return name, arguments, distinct, condition


def walk_scope(node: exp.Expression):
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


def aggregate_calls(node: exp.Expression):
    """(node, aggregate_call(node)) of each aggregate call in the expression, outside window functions and
    subqueries (an aggregate's own arguments are not searched: nesting one is misuse found elsewhere)."""
    if node.find(exp.AggFunc, exp.Anonymous) is None:  # sqlglot's compiled walk rules most cases out
        return
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, exp.Window | exp.Query | exp.Subquery):
            continue
        call = aggregate_call(current)
        if call is not None:
            yield current, call
            continue
        stack.extend(reversed(list(current.iter_expressions())))  # in the order of the text


def contains_window(node: exp.Expression) -> bool:
    if node.find(exp.Window) is None:  # sqlglot's compiled walk rules most cases out
        return False
    return any(isinstance(current, exp.Window) for current in walk_scope(node))


def has_column(node: exp.Expression) -> bool:
    return node.find(exp.Column) is not None


def has_subquery(node: exp.Expression) -> bool:
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


def flatten_joins(items: list[tuple[exp.Expression, exp.Join | None]]) -> list:
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
            flat.extend(flatten_joins([(table, join)] + [(j.this, j) for j in joins]))
        else:
            flat.append((item, join))
    return flat


def nulls_first(term: exp.Ordered) -> bool:
    value = term.args.get("nulls_first")
    if value is None:
        return not term.args.get("desc", False)
    return bool(value)


def column_name(expression: exp.Expression) -> str | exp.Expression:
    """A column reference, even in parentheses, is named by the column; other expressions by their text."""
    inner = expression.unnest() if isinstance(expression, exp.Paren) else expression
    return inner.name if isinstance(inner, exp.Column) else expression


def ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def term_number(node: exp.Expression) -> int | None:
    """The column number an ORDER BY or GROUP BY term names, as sqlite3ExprIsInteger reads it: an integer
    literal (with its sign, parentheses being no node in SQLite's trees) that fits 32 bits. Anything else
    (1.5, 5e-324, 1e0) is an expression."""
    sign = 1
    while isinstance(node, exp.Neg | exp.Paren):
        sign, node = (-sign if isinstance(node, exp.Neg) else sign), node.this
    if not isinstance(node, exp.Literal) or node.is_string or not node.this.isdigit():
        return None
    number = sign * int(node.this)
    return number if -(2 ** 31) <= number < 2 ** 31 else None
