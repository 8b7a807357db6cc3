"""Resolvers: how names compile inside a SELECT core, per joined row or per group.

A resolver answers the compiler's questions about columns, aggregates, window functions
and subqueries. `RowResolver` reads the joined row; `GroupResolver` reads a group's keys,
aggregates and bare columns; `WindowCollector` turns each window function into a value
computed once all rows are known.
"""

from __future__ import annotations

from sqlglot import exp

from engine.errors import NotSupportedError, OperationalError
from engine.query.codegen import KIND_ANY, KIND_INT, Code, collated, folded_source
from engine.query.compiler import (
    AGGREGATE_FUNCTIONS,
    WINDOW_ONLY_FUNCTIONS,
    ExpressionCompiler,
    function_call,
    order_collation,
)
from engine.query.executor import AggregateSpec, SubqueryRuntime, WindowSpec
from engine.query.scope import EnclosingAggregate, Scope
from engine.query.syntax import (
    aggregate_call,
    aggregate_calls,
    contains_aggregate,
    contains_window,
    has_column,
    has_subquery,
    nulls_first,
    walk_scope,
)
from engine.semantics.json_functions import AGGREGATE_NAMES as JSON_AGGREGATES
from engine.semantics.json_functions import EACH_COLUMNS, mark_container


class SubclassesOf:
    """The node classes that are subclasses of some classes, as a set to test membership in: sqlglot's
    function classes are hundreds, and more are made as dialects load."""

    def __init__(self, *bases: type) -> None:
        self._bases, self._known = bases, {}

    def __contains__(self, cls: type) -> bool:
        known = self._known.get(cls)
        if known is None:
            known = self._known[cls] = issubclass(cls, self._bases)
        return known


_ENCLOSED_SPECIAL = SubclassesOf(exp.Window, exp.Func, exp.Filter)  # what RowResolver.special answers there


class RowResolver:
    """Names in expressions evaluated once per joined row."""

    special_classes: frozenset[type] | SubclassesOf = frozenset((exp.Window,))

    def __init__(self, scope: Scope) -> None:
        self.scope = scope
        if scope.outer is not None:  # a subquery's call may be an enclosing query's aggregate
            self.special_classes = _ENCLOSED_SPECIAL
        self.compiler = ExpressionCompiler(scope.gen, self, scope.parameters)
        scope.planner.track_compiler(self.compiler)
        self.windows: WindowCollector | None = None

    def column(self, node: exp.Column) -> Code:
        return self.scope.resolve(node, self.compiler)

    def json_column(self, node: exp.Column) -> Code | None:
        """A json_each/json_tree ``value`` as a JSON function embeds it (arrays and objects as JSON), else None."""
        found = self.scope.find(node.name, node.table or None)
        if found is None:
            return None
        source, segment, position = found
        if not segment.virtual or segment.columns[position] != "value":
            return None
        self.scope.used.add(source.number)
        row = f"{source.var}[{segment.offset + position}], {source.var}[{segment.offset + EACH_COLUMNS.index('type')}]"
        return Code(f"{self.scope.gen.bind(mark_container, '_jmark')}({row})")

    def special(self, node: exp.Expression) -> Code | None:
        if isinstance(node, exp.Window):
            if self.windows is None:
                raise OperationalError("misuse of window function")
            return self.windows.collect(node)
        if self.scope.outer is not None and isinstance(node, exp.Func | exp.Filter):
            return enclosing_aggregate(self.scope, node)
        return None

    def subquery(self, query: exp.Expression) -> SubqueryRuntime:
        return self.scope.subquery(query, self)

    def enclosed_aggregate(self, node: exp.Expression) -> Code:
        """An aggregate of this core's columns met in a subquery compiled per row (not per group)."""
        scope = self.scope
        if scope.clause == "set_from":  # as an aggregate of the SET itself (dml's _add_from_list)
            raise NotSupportedError("aggregate functions in the SET of UPDATE ... FROM are not supported")
        if scope.clause == "group":
            raise OperationalError("aggregate functions are not allowed in the GROUP BY clause")
        if scope.clause == "result" and not scope.aggregate:  # SQLite makes the core an aggregate one
            raise EnclosingAggregate(scope.select)
        raise OperationalError(f"misuse of aggregate: {_aggregate_name(node)}()")


def enclosing_aggregate(scope: Scope, node: exp.Expression) -> Code | None:
    """The value of an aggregate call that belongs to an enclosing query, read as an outer value; None
    when the node calls no aggregate or the aggregate is this core's."""
    call = aggregate_call(node)
    if call is None:
        return None
    _, arguments, _, condition = call
    level = scope.aggregate_level(node, arguments, condition)
    return scope.outer.aggregate(node, level) if level else None


def _aggregate_name(node: exp.Expression) -> str:
    call = aggregate_call(node)
    return call[0].replace("(*)", "") if call is not None else node.sql()


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
        scope.planner.track_compiler(self.compiler)
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
                raise OperationalError("misuse of window function")
            return self.windows.collect(node)
        call = aggregate_call(node)
        if call is not None:
            if self.scope.outer is not None:
                enclosing = enclosing_aggregate(self.scope, node)
                if enclosing is not None:
                    return enclosing
            return self._aggregate(node, *call)
        if self.group_terms and not isinstance(node, exp.Column | exp.Literal | exp.Paren) and has_column(node) \
                and not has_subquery(node) and not contains_aggregate(node) and not contains_window(node):
            try:
                return self._grouped(self.rows.compiler.value(node))
            except OperationalError:  # it names a result alias of an aggregate: compile it per group
                return None
        return None

    def enclosed_aggregate(self, node: exp.Expression) -> Code:
        """An aggregate of this core's columns met in a subquery compiled per group: one more aggregate."""
        scope = self.scope
        # SQLite's window rewrite moves the result columns and ORDER BY above the aggregation, where the
        # aggregate in a subquery of them is found by no one; a window's own expressions and HAVING stay
        if scope.windowed and not scope.in_window and scope.clause in ("result", "order"):
            raise OperationalError(f"misuse of aggregate: {_aggregate_name(node)}()")
        return self.compiler.value(node)

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
            for argument in arguments:  # SQLite names the nested aggregate, not this one
                for _, (inner, *_) in aggregate_calls(argument):
                    for column in walk_scope(argument):  # after resolving the arguments' names
                        if isinstance(column, exp.Column):
                            self.scope.check_known(column)
                    raise OperationalError(f"misuse of aggregate function {inner.replace('(*)', '')}()")
            row = self.rows.compiler
            compiled = [row.value(argument) for argument in arguments] if name not in JSON_AGGREGATES else \
                [row.json_value(argument) if position == len(arguments) - 1 else row.value(argument)
                 for position, argument in enumerate(arguments)]  # the value keeps a JSON subtype
            if name == "count(*)":
                argument_src = "1"
            elif name == "group_concat":
                separator = compiled[1].src if len(compiled) > 1 else "','"
                argument_src = f"({compiled[0].src}, {separator})"
            elif name == "json_group_object":
                argument_src = f"({compiled[0].src}, {compiled[1].src})"
            else:
                argument_src = compiled[0].src
            filter_src = row.predicate(condition) if condition is not None else None
            # min() and max() compare, DISTINCT deduplicates, under the argument's collation
            collation = compiled[0].collation if compiled and (name in ("min", "max") or distinct) else None
            kind = KIND_INT if name in ("count", "count(*)") else KIND_ANY
            index = self._aggregate_index[key] = len(self.aggregates)
            self.aggregates.append(AggregateSpec(name, argument_src, filter_src, distinct, collation, kind))
        spec = self.aggregates[index]
        return Code(f"a[{index}]", kind=spec.kind)  # an aggregate's value has no collation, as in SQLite


# the frames SQLite's sqlite3WindowUpdate gives the built-in window functions that are not framed
_FIXED_FRAMES = {
    "row_number": ("rows", "unbounded", "current"), "lag": ("rows", "unbounded", "current"),
    "rank": ("range", "unbounded", "current"), "dense_rank": ("range", "unbounded", "current"),
    "percent_rank": ("groups", "current", "unbounded_following"),
    "cume_dist": ("groups", "following", "unbounded_following"),
    "ntile": ("rows", "current", "unbounded_following"), "lead": ("rows", "unbounded", "unbounded_following"),
}


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
            self.scope.in_window = True
            try:
                spec = self._build(node)
            finally:
                self.scope.in_window = False
            index = self._index[key] = len(self.windows)
            self.windows.append(spec)
        return Code(f"_w[{index}]", kind=self.windows[index].kind)

    def _definition(self, node: exp.Window) -> exp.Window:
        named = node.args.get("alias")
        if named is None:
            return node
        for window in (self.scope.select.args.get("windows") if self.scope.select else None) or []:
            if window.name.lower() == named.name.lower():
                return window
        raise OperationalError(f"no such window: {named.name}")

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
            raise OperationalError(f"{name}() may not be used as a window function")
        if distinct:
            raise OperationalError("DISTINCT is not supported for window functions")
        compiler = self.compiler
        compiled = [compiler.json_value(a) if name in JSON_AGGREGATES and position == len(arguments) - 1
                    else compiler.value(a) for position, a in enumerate(arguments)]
        order = definition.args.get("order")
        terms = list(order.expressions) if order is not None else []
        spec = definition.args.get("spec") or node.args.get("spec")
        frame = frame_of(spec, len(terms))
        if name in _FIXED_FRAMES:  # SQLite gives them a frame of their own, whatever the query says
            frame = (*_FIXED_FRAMES[name], None, None, None)
        # SQLite's default frame is RANGE UNBOUNDED PRECEDING TO CURRENT ROW, also without ORDER BY (where
        # all rows are peers, so the frame is the partition, as frame_of says)
        named_frame = ("range", "unbounded", "current", None) if spec is None and name not in _FIXED_FRAMES \
            else frame[:4]
        partition_srcs = [folded_source(compiler.value(p)) for p in definition.args.get("partition_by") or []]
        order_srcs = [collated(code.src, order_collation(term, code))
                      for term, code in ((t, compiler.value(t.this)) for t in terms)]
        order_flags = [(bool(t.args.get("desc")), nulls_first(t)) for t in terms]
        offset_srcs = tuple(compiler.value(b).src if isinstance(b, exp.Expression) else None for b in frame[4:])
        return WindowSpec(
            name=name,
            argument_srcs=[code.src for code in compiled],
            # partitions and peers are equal under collations: compare folded keys
            partition_srcs=partition_srcs,
            order_srcs=order_srcs,
            order_flags=order_flags,
            frame=frame[:4],
            frame_offset_srcs=offset_srcs,
            definition=(tuple(partition_srcs), tuple(order_srcs), tuple(order_flags), named_frame, offset_srcs),
            collation=compiled[0].collation if compiled and name in ("min", "max") else None,
            filter_src=compiler.predicate(condition) if condition is not None else None,
            kind=KIND_INT if name in ("row_number", "rank", "dense_rank", "ntile", "count", "count(*)")
            else KIND_ANY,
        )


def frame_of(spec: exp.WindowSpec | None, order_terms: int) -> tuple:
    """(unit, start kind, end kind, exclude, start offset, end offset) of a window frame, refused where
    SQLite refuses it (sqlite3WindowAlloc, sqlite3WindowUpdate)."""
    if spec is None:
        end = "current" if order_terms else "unbounded_following"
        return ("range", "unbounded", end, None, None, None)
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
    if start == "unbounded_following" or end == "unbounded":
        word = "FOLLOWING" if start == "unbounded_following" else "PRECEDING"
        raise OperationalError(f'near "{word}": syntax error')
    if (start == "current" and end == "preceding") or (start == "following" and end in ("preceding", "current")):
        raise OperationalError("unsupported frame specification")
    if unit == "range" and (start_offset is not None or end_offset is not None) and order_terms != 1:
        raise OperationalError("RANGE with offset PRECEDING/FOLLOWING requires one ORDER BY expression")
    exclude = spec.args.get("exclude")
    exclude = exclude.name.lower() if exclude is not None else None
    return unit, start, end, None if exclude == "no others" else exclude, start_offset, end_offset
