"""Table-valued functions in FROM: json_each(X[, P]) and json_tree(X[, P]).

Their rows come from `engine.semantics.json_functions.each_rows`. Arguments that read
no earlier FROM item (constants, parameters, an enclosing query's columns) make a plan
evaluated once per execution; arguments that read one (``FROM t, json_each(t.j)``) or
an enclosing query's row make a lateral source, whose rows the loop nest computes afresh
for each row of the items before it, as SQLite's virtual-table loop does.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlglot import exp

from engine.errors import OperationalError
from engine.query.codegen import compile_function
from engine.query.executor import Env, Plan
from engine.query.resolvers import RowResolver
from engine.query.scope import Scope, Segment, Source
from engine.semantics.json_functions import EACH_COLUMNS, HIDDEN_COLUMNS, each_rows

RECURSIVE = {"json_each": False, "json_tree": True}


def is_table_function(item: exp.Expression) -> bool:
    """``FROM name(...)`` for a table-valued function the engine has."""
    return (isinstance(item, exp.Table) and isinstance(item.this, exp.Anonymous)
            and item.this.name.lower() in RECURSIVE)


def function_rows(name: str, arguments: tuple) -> list[tuple]:
    """The rows of one call; no arguments at all give none, as in SQLite."""
    if not arguments:
        return []
    return each_rows(*arguments, recursive=RECURSIVE[name])


class TableFunctionRows(Plan):
    """A call whose arguments read no row (constants, parameters): its rows, once per execution."""

    def __init__(self, name: str, arguments: Callable) -> None:
        self.name = name
        self.arguments = arguments

    def execute(self, env: Env, outer: tuple) -> list[tuple]:
        return function_rows(self.name, self.arguments(env, env.params, outer))

    def explain(self) -> list[str]:
        return [f"SCAN {self.name} VIRTUAL TABLE"]


def table_function_source(scope: Scope, item: exp.Table, number: int) -> Source:
    """The source of ``json_each(...)`` or ``json_tree(...)`` in FROM, after the sources before it."""
    call = item.this
    name = call.name.lower()
    if len(call.expressions) > 2:
        raise OperationalError(f"too many arguments on {name}() - max 2")
    compiler = RowResolver(scope).compiler
    saved = scope.used
    scope.used = set()
    try:
        codes = [compiler.value(argument) for argument in call.expressions]
        used = frozenset(scope.used)
    finally:
        scope.used = saved | scope.used
    segment = Segment(item.alias or call.name, list(EACH_COLUMNS), [None] * len(EACH_COLUMNS),
                      [None] * len(EACH_COLUMNS), [None] * len(EACH_COLUMNS), virtual=HIDDEN_COLUMNS)
    arguments = "(" + "".join(f"{code.src}, " for code in codes) + ")"
    if not used and not any(code.src.startswith("_o[") for code in codes):
        function = compile_function(scope.gen, f"_targs{number}", f"lambda _env, _p, _o: {arguments}")
        return Source(number, [segment], len(EACH_COLUMNS), plan=TableFunctionRows(name, function))
    rows = scope.gen.bind(function_rows, "_tfunc")
    return Source(number, [segment], len(EACH_COLUMNS), lateral=f"{rows}({name!r}, {arguments})")
