"""Expression compiler: SQL expression trees become Python source, compiled once per statement.

A compiled expression is Python source over row variables (``r0[3]``), statement
parameters (``_p``), correlated outer values (``_o``) and the execution environment
(``_env``). The planner splices these expressions into generated loops and list
comprehensions, so evaluating a WHERE clause over a table costs one comprehension rather
than a tree walk per row. SQLite's rules live in `engine.values`; this module decides,
per operator, which of them apply, and inlines the common cases (NULL tests, comparisons
against constants) so that the slow paths are only taken when values need converting.

Two forms are produced: *value* form yields the SQL value (comparisons give 1/0/None)
and *predicate* form yields a Python object whose truthiness is "the SQL condition is
true", which lets WHERE clauses use Python's own ``and``/``or``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache, partial
from typing import Protocol

from sqlglot import exp

from engine.errors import NotSupportedError, OperationalError, TriggerIgnore, raised_error
from engine.query.codegen import (
    KIND_ANY,
    KIND_BLOB,
    KIND_BOOL,
    KIND_INT,
    KIND_NULL,
    KIND_NUM,
    KIND_REAL,
    KIND_TEXT,
    NUMERIC_KINDS,
    Code,
    CodeGen,
    collated,
    helpers,
    kind_of,
    text_affinity,
    truth01,
)
from engine.semantics import datetime_functions, functions, json_functions
from engine.semantics import values as V
from engine.semantics.functions import AGGREGATE_FUNCTIONS, WINDOW_ONLY_FUNCTIONS
from engine.semantics.limits import INT64_MIN
from engine.sql.dialect import PLACEHOLDERS_KEY, PLAIN_CALL_MARK, UNARY_PLUS

NUMERIC_AFFINITIES = frozenset((V.INTEGER, V.REAL, V.NUMERIC))



class Resolver(Protocol):
    """What the compiler asks of the query it compiles for."""

    def column(self, node: exp.Column) -> Code: ...

    def special(self, node: exp.Expression) -> Code | None:
        """Compile nodes the query computes itself (aggregates, windows, grouped terms), else None."""

    def subquery(self, query: exp.Expression) -> SubqueryHandle: ...


class SubqueryHandle(Protocol):
    column_count: int
    affinity: str | None
    collation: str | None

    def rows_src(self) -> str:
        """Python source evaluating to the subquery's rows (a list of tuples)."""

    def derived_src(self, name: str, function_src: str) -> str:
        """Python source for ``function(rows)``, computed once per distinct outer values."""


# --- the compiler ------------------------------------------------------------------------------

_COMPARISONS = {
    exp.EQ: "==", exp.NEQ: "!=", exp.GT: ">", exp.GTE: ">=", exp.LT: "<", exp.LTE: "<=",
}
_MIRROR = {"==": "==", "!=": "!=", ">": "<", ">=": "<=", "<": ">", "<=": ">="}
_NEGATED = {"==": "!=", "!=": "==", ">": "<=", ">=": "<", "<": ">=", "<=": ">"}
_ARITHMETIC = {
    exp.Add: ("_add", V.add), exp.Sub: ("_sub", V.subtract), exp.Mul: ("_mul", V.multiply),
    exp.Div: ("_div", V.divide), exp.Mod: ("_mod", V.remainder), exp.DPipe: ("_concat", V.concat),
    exp.BitwiseAnd: ("_band", V.bit_and), exp.BitwiseOr: ("_bor", V.bit_or),
    exp.BitwiseLeftShift: ("_shl", V.shift_left), exp.BitwiseRightShift: ("_shr", V.shift_right),
}
_TYPED_LITERAL_TYPES = frozenset(("DATE", "TIME", "TIMESTAMP", "DATETIME", "TIMESTAMPTZ"))


def comparison_affinity(left: str | None, right: str | None) -> str | None:
    """The affinity SQLite applies to both operands of a comparison (sqlite3CompareAffinity)."""
    if left is not None and right is not None:
        if left in NUMERIC_AFFINITIES or right in NUMERIC_AFFINITIES:
            return V.NUMERIC
        return None
    affinity = left if left is not None else right
    return None if affinity == V.BLOB else affinity


def comparison_collation(left: Code, right: Code) -> str | None:
    """Explicit COLLATE wins, then the left operand's collation, then the right's."""
    if left.explicit_collation:
        return left.collation
    if right.explicit_collation:
        return right.collation
    collation = left.collation or right.collation
    return None if collation == "BINARY" else collation


class ExpressionCompiler:
    """Compiles expressions of one query scope against a resolver."""

    def __init__(self, gen: CodeGen, resolver: Resolver, parameters: ParameterMap) -> None:
        self.gen = gen
        self.resolver = resolver
        self.parameters = parameters
        # node classes the resolver may compile itself; None: it looks at every node
        self._special_classes = getattr(resolver, "special_classes", None)
        self._inner_collation: str | None = None  # the first explicit COLLATE met in the value being compiled
        self._kept_operands: dict[int, tuple] = {}  # id(AND/OR node) -> (node, the operand SQLite keeps)
        self._constants: dict[tuple[type, object], Code] = {}  # a long WHERE repeats its numbers
        # compiles an AND/OR operand as a predicate in its stead (engine.query.kept_predicates), or None
        self.operand_predicate: Callable[[ExpressionCompiler, exp.Expression, bool], str] | None = None

    def asks_only_columns(self, classes: Iterable[type]) -> bool:
        """Whether compiling an expression of these SELF_CONTAINED_NODES classes asks the resolver about its
        columns and nothing else: it compiles none of them itself, and no COLLATE of an enclosing
        expression is pending."""
        special = self._special_classes
        return special is not None and self._inner_collation is None and not any(cls in special for cls in classes)

    # -- entry points --

    def value(self, node: exp.Expression) -> Code:
        """The code of an expression. An explicit COLLATE anywhere inside it (outside subqueries) is the
        whole expression's collation unless it has its own, as SQLite propagates EP_Collate upwards:
        'a' || 'B' COLLATE NOCASE = 'ab' is true."""
        outer = self._inner_collation  # what the enclosing expression's earlier parts had
        self._inner_collation = None
        try:
            code = self._value(node)
        except BaseException:
            self._inner_collation = outer
            raise
        if code.explicit_collation:
            self._inner_collation = outer or code.collation
        else:
            inner = self._inner_collation
            if inner is not None:
                code = replace(code, collation=inner, explicit_collation=True)
            self._inner_collation = outer or inner
        if code.affinity is not None and node.__class__ is exp.Column and node.args.get(UNARY_PLUS):
            code = replace(code, affinity=None)  # "+column" has no affinity in SQLite
        return code

    def _value(self, node: exp.Expression) -> Code:
        if self._special_classes is None or node.__class__ in self._special_classes:
            special = self.resolver.special(node)
            if special is not None:
                return special
        handler = _VALUE_HANDLERS.get(node.__class__)
        if handler is None:
            if isinstance(node, exp.Func):
                return self._function(node)
            raise NotSupportedError(f"{_construct(node)} is not supported")
        return handler(self, node)

    def predicate(self, node: exp.Expression, fold: bool = True, operands: tuple[Code, ...] | None = None) -> str:
        """Source whose Python truthiness equals "node is TRUE" (NULL and FALSE both fail). ``fold`` False
        is an outer join's ON, where SQLite drops no AND/OR operand (its terms are EP_OuterON).
        ``operands``: a comparison's two or a BETWEEN's three operands, compiled already (the join
        planner reads them too, and compiling a long expression twice costs as much as the first time)."""
        special = None
        if self._special_classes is None or node.__class__ in self._special_classes:
            special = self.resolver.special(node)
        if special is None:
            direct = self._direct_predicate(node, fold, operands)
            if direct is not None:
                return direct
        code = special if special is not None else self.value(node)
        if code.constant:
            return "True" if V.is_true(code.value) else "False"
        if code.kind in NUMERIC_KINDS:
            return code.src
        return f"_is_true({code.src})"

    def _direct_predicate(self, node: exp.Expression, fold: bool,
                          operands: tuple[Code, ...] | None = None) -> str | None:
        """Predicate forms that need no intermediate 1/0/NULL value; None when there is none."""
        cls = node.__class__  # none of these classes has subclasses: identity is isinstance, and cheaper
        if cls is exp.Paren:
            return self.predicate(node.this, fold)
        if cls is exp.And or cls is exp.Or:
            return self._and_or_predicate(node, False, fold)
        if cls in _COMPARISONS:
            left, right = operands or (self.value(node.this), self.value(node.expression))
            return self._comparison(_COMPARISONS[cls], left, right, predicate=True)
        if cls is exp.Is and node.expression.__class__ is exp.Null:
            return self._null_test(self.value(node.this), negate=False)
        if cls is exp.Between:
            return self._between_predicate(node, negate=False, operands=operands)
        if cls is exp.In and not node.args.get("query") and not node.args.get("field"):
            return self._in_predicate(node, negate=False)
        if cls is not exp.Not:
            return None
        return self._negated_predicate(node.this, fold)

    def _negated_predicate(self, inner: exp.Expression, fold: bool) -> str:
        """NOT inner as a condition, as SQLite's sqlite3ExprIfFalse takes inner."""
        while isinstance(inner, exp.Paren):
            inner = inner.this
        if isinstance(inner, exp.And | exp.Or):
            return self._and_or_predicate(inner, True, fold)
        if isinstance(inner, exp.Is) and isinstance(inner.expression, exp.Null):
            return self._null_test(self.value(inner.this), negate=True)
        if inner.__class__ in _COMPARISONS:
            # NOT (a < b) is a >= b: both are NULL exactly when an operand is.
            return self._comparison(_NEGATED[_COMPARISONS[inner.__class__]], self.value(inner.this),
                                    self.value(inner.expression), predicate=True)
        if isinstance(inner, exp.Between):
            return self._between_predicate(inner, negate=True)
        if isinstance(inner, exp.In) and not inner.args.get("query") and not inner.args.get("field"):
            return self._in_predicate(inner, negate=True)
        return f"({self.boolean(inner).src} == 0)"

    def _and_or_predicate(self, node: exp.And | exp.Or, negate: bool, fold: bool) -> str:
        """x AND y, x OR y (or, negated, NOT x OR NOT y and NOT x AND NOT y: De Morgan holds in 3VL) as a
        condition. SQLite first drops an operand that cannot change the outcome (sqlite3ExprSimplifiedAndOr),
        then runs the operands left to right and stops at the first that decides."""
        kept = _simplified_operand(node, self._kept_operands) if fold else None
        if kept is not None:
            return self._negated_predicate(kept, fold) if negate else self._operand(kept, fold)
        if negate:
            left, right = self._negated_predicate(node.this, fold), self._negated_predicate(node.expression, fold)
        else:
            left, right = self._operand(node.this, fold), self._operand(node.expression, fold)
        operator = "and" if (node.__class__ is exp.And) != negate else "or"
        absorbing = "False" if operator == "and" else "True"
        if right == absorbing and left not in ("True", "False"):
            return f"({left}, {absorbing})[1]"  # the left operand still runs, and its errors surface (x OR 1.0)
        return _join_predicates(left, right, operator)

    def _operand(self, node: exp.Expression, fold: bool) -> str:
        compile_operand = self.operand_predicate
        return self.predicate(node, fold) if compile_operand is None else compile_operand(self, node, fold)

    def _between_predicate(self, node: exp.Between, negate: bool, operands: tuple[Code, ...] | None = None) -> str:
        """x BETWEEN a AND b is x >= a AND x <= b; NOT BETWEEN is x < a OR x > b (De Morgan holds in 3VL)."""
        target, low, high = operands or (self.value(node.this), self.value(node.args["low"]),
                                         self.value(node.args["high"]))
        first, later = self.bound(target)
        operators = ("<", ">") if negate else (">=", "<=")
        left = self._comparison(operators[0], replace(target, src=first), low, predicate=True)
        pinned = left not in ("True", "False") or target.simple
        right = self._comparison(operators[1], replace(target, src=later if pinned else first), high, predicate=True)
        if negate and not pinned and left == "True":
            return "True"
        if left not in ("True", "False") and right == ("True" if negate else "False"):
            return f"({left} {'or' if negate else 'and'} {right})"  # the operand still runs (and may raise)
        return _join_predicates(left, right, "or" if negate else "and")

    def _in_predicate(self, node: exp.In, negate: bool) -> str | None:
        items = [self.value(item) for item in node.expressions]
        target = self.value(node.this)
        if not items:
            return "True" if negate else "False"
        if not all(item.constant for item in items) or target.constant:
            code = self._in(node)
            return f"({code.src} == {0 if negate else 1})"
        members, has_null, collation, probe = self._constant_members(target, items)
        if negate and has_null:
            return "False"
        first, later = self.bound(probe)
        member_set = self.gen.bind(frozenset(members), "_set")
        lookup = collated(later, collation)
        membership = "not in" if negate else "in"
        return f"({first} is not None and {lookup} {membership} {member_set})"

    @staticmethod
    def _null_test(code: Code, negate: bool) -> str:
        if code.constant:
            return "True" if (code.value is None) != negate else "False"
        return f"({code.src} is {'not ' if negate else ''}None)"

    def boolean(self, node: exp.Expression) -> Code:
        """The value as 1, 0 or None (the SQL truth of the value)."""
        code = self.value(node)
        return self.as_boolean(code)

    def as_boolean(self, code: Code) -> Code:
        if code.kind == KIND_BOOL:
            return code
        if code.constant:
            return self.constant(truth01(code.value))
        return Code(f"_truth({code.src})", kind=KIND_BOOL)

    # -- building blocks --

    def constant(self, value: object) -> Code:
        cls = value.__class__
        if cls is float:  # not kept: -0.0 == 0.0 would find the other one
            return Code(self.gen.literal(value), kind=KIND_REAL, constant=True, value=value)
        key = (cls, value)
        code = self._constants.get(key)
        if code is None:
            code = self._constants[key] = Code(self.gen.literal(value), kind=kind_of(value), constant=True,
                                               value=value)
        return code

    def fold(self, code: Code, function=None, arguments: tuple = ()) -> Code:
        """Evaluate an expression of constants now; errors stay for run time, as SQLite raises them.

        With ``function``, the value is ``function(*arguments)``: calling it directly is far
        cheaper than evaluating the generated source.
        """
        try:
            value = function(*arguments) if function is not None else self.gen.evaluate(code.src)
        except Exception:
            return code
        return replace(self.constant(value), affinity=code.affinity, collation=code.collation,
                       explicit_collation=code.explicit_collation)

    def bound(self, code: Code) -> tuple[str, str]:
        """(first use, later uses): evaluate once, refer to the result afterwards."""
        if code.simple:
            return code.src, code.src
        name = self.gen.temp()
        return f"({name} := {code.src})", name

    # -- leaves --

    def _literal(self, node: exp.Literal) -> Code:
        if node.is_string:
            return self.constant(node.this)
        return self.constant(_number_literal(node.this))

    def _null(self, node: exp.Null) -> Code:
        return self.constant(None)

    def _boolean_literal(self, node: exp.Boolean) -> Code:
        return self.constant(1 if node.this else 0)

    def _hex_string(self, node: exp.HexString) -> Code:
        text = node.this
        if len(text) % 2:
            raise OperationalError(f"unrecognized token: \"X'{text}'\"")
        return self.constant(bytes.fromhex(text))

    def _placeholder(self, node: exp.Placeholder) -> Code:
        return Code(f"_p[{self.parameters.index_of(node)}]")

    def _column(self, node: exp.Column) -> Code:
        if isinstance(node.this, exp.Star):
            raise OperationalError("a * is only allowed in a result column list or count(*)")
        return self.resolver.column(node)

    def _paren(self, node: exp.Paren) -> Code:
        return self.value(node.this)

    def _collate(self, node: exp.Collate) -> Code:
        inner = self.value(node.this)
        collation = node.expression.name.upper()
        if collation not in ("BINARY", "NOCASE", "RTRIM"):
            raise OperationalError(f"no such collation sequence: {node.expression.name}")
        return replace(inner, collation=collation, explicit_collation=True)

    # -- operators --

    def _negate(self, node: exp.Neg) -> Code:
        inner = node.this
        if isinstance(inner, exp.Literal) and not inner.is_string and inner.this == "9223372036854775808":
            return self.constant(INT64_MIN)
        code = self.value(inner)
        return self._call_helper("_neg", [code], kind=KIND_NUM)

    def _bitwise_not(self, node: exp.BitwiseNot) -> Code:
        return self._call_helper("_bnot", [self.value(node.this)], kind=KIND_INT)

    def _arithmetic(self, node: exp.Expression) -> Code:
        name, _ = _ARITHMETIC[node.__class__]
        left, right = self.value(node.this), self.value(node.expression)
        kind = KIND_TEXT if name == "_concat" else (KIND_INT if name in ("_band", "_bor", "_shl", "_shr")
                                                     else KIND_NUM)
        return self._call_helper(name, [left, right], kind=kind)

    def _call_helper(self, name: str, args: list[Code], kind: str = KIND_ANY) -> Code:
        code = Code(f"{name}({', '.join(a.src for a in args)})", kind=kind)
        if all(a.constant for a in args):
            return self.fold(code, helpers()[name], tuple(a.value for a in args))
        return code

    def _comparison_node(self, node: exp.Expression) -> Code:
        op = _COMPARISONS[node.__class__]
        return self._comparison(op, self.value(node.this), self.value(node.expression), predicate=False)

    def prepare_comparison(self, left: Code, right: Code) -> tuple[Code, Code, str | None]:
        """Apply comparison affinity to both operands; returns them and the collation to use."""
        affinity = comparison_affinity(left.affinity, right.affinity)
        if affinity in NUMERIC_AFFINITIES:
            left, right = self._numeric_affinity(left), self._numeric_affinity(right)
        elif affinity == V.TEXT:
            left, right = self._text_affinity(left), self._text_affinity(right)
        return left, right, comparison_collation(left, right)

    def prepare_in_comparison(self, target: Code, item: Code) -> tuple[Code, Code, str | None]:
        """``x IN (list)`` compares under the left operand's affinity and collation alone, as SQLite does
        (so '12' IN (int_column) is false while '12' = int_column is true)."""
        if target.affinity in NUMERIC_AFFINITIES:
            target, item = self._numeric_affinity(target), self._numeric_affinity(item)
        elif target.affinity == V.TEXT:
            item = self._text_affinity(item)
        collation = target.collation if target.collation != "BINARY" else None
        return target, item, collation

    def _numeric_affinity(self, code: Code) -> Code:
        # Values read from a column of numeric affinity had the affinity applied when stored.
        if code.kind in NUMERIC_KINDS or code.kind in (KIND_NULL, KIND_BLOB) or code.affinity in NUMERIC_AFFINITIES:
            return code
        if code.constant:
            return replace(code, src=self.gen.literal(V.numeric_affinity_for_compare(code.value)),
                           value=V.numeric_affinity_for_compare(code.value),
                           kind=kind_of(V.numeric_affinity_for_compare(code.value)))
        return replace(code, src=f"_numaff({code.src})", kind=KIND_ANY)

    def _text_affinity(self, code: Code) -> Code:
        if code.kind in (KIND_TEXT, KIND_NULL, KIND_BLOB) or code.affinity == V.TEXT:
            return code
        if code.constant:
            converted = text_affinity(code.value)
            return replace(code, src=self.gen.literal(converted), value=converted, kind=kind_of(converted))
        return replace(code, src=f"_textaff({code.src})", kind=KIND_ANY)

    def _comparison(self, op: str, left: Code, right: Code, predicate: bool,
                    prepared: tuple[Code, Code, str | None] | None = None) -> Code | str:
        left, right, collation = prepared or self.prepare_comparison(left, right)
        if left.constant and right.constant:
            result = _compare_values(op, left.value, right.value, collation)
            if predicate:
                return "True" if result else "False"
            return self.constant(None if result is None else int(result))
        if (left.constant and left.value is None) or (right.constant and right.value is None):
            other = right if left.constant and left.value is None else left
            if other.simple:
                return "False" if predicate else self.constant(None)
            # NULL compared with anything is NULL, yet SQLite still evaluates the other operand (and its errors)
            return f"({other.src}, False)[1]" if predicate else Code(f"({other.src}, None)[1]", kind=KIND_BOOL)
        if left.constant:
            left, right, op = right, left, _MIRROR[op]
        first_left, later_left = self.bound(left)
        first_right, later_right = self.bound(right)
        if predicate and right.constant and op == "==" and collation is None:
            # Python's == is SQLite's for a non-NULL constant: other storage classes never compare equal
            return f"({first_left} == {later_right})"
        if predicate and right.constant and right.kind in (KIND_INT, KIND_REAL) and left.kind not in NUMERIC_KINDS:
            # Against a number, any non-numeric value sorts higher: <, <= and = fail, >, >= and != hold.
            if op in ("<", "<=", "=="):
                return f"({first_left}.__class__ in _NUM and {later_left} {op} {later_right})"
            return (f"({first_left} is not None and "
                    f"({later_left}.__class__ not in _NUM or {later_left} {op} {later_right}))")
        test = self._compare_non_null(op, left, later_left, right, later_right, collation)
        operands = [first_left] if right.constant else [first_left, first_right]
        # a NULL left operand still lets the right one run (and raise its error), as in SQLite: & and | do
        joiner = (" & ", " | ") if first_right != later_right else (" and ", " or ")
        if predicate:
            return "(" + joiner[0].join(f"({src} is not None)" for src in operands) + f" and {test})"
        any_null = joiner[1].join(f"({src} is None)" for src in operands)
        return Code(f"(None if {any_null} else (1 if {test} else 0))", kind=KIND_BOOL)

    def pin(self, code: Code) -> tuple[str | None, Code]:
        """Evaluate ``code`` once up front when it is used by several branches that may not all run."""
        if code.simple:
            return None, code
        name = self.gen.temp()
        return f"({name} := {code.src})", replace(code, src=name)

    @staticmethod
    def after(prefix: str | None, code: Code) -> Code:
        """``code`` evaluated after the pinned prefix."""
        if prefix is None:
            return code
        return replace(code, src=f"({prefix}, {code.src})[1]", constant=False)

    def _compare_non_null(self, op: str, left: Code, a: str, right: Code, b: str,
                          collation: str | None) -> str:
        """Source comparing two non-NULL values by SQLite's ordering of storage classes."""
        if right.constant:
            constant = right.value
            cls = constant.__class__
            if cls is int or cls is float:
                if left.kind in NUMERIC_KINDS:
                    return f"{a} {op} {b}"
                return f"({a} {op} {b} if {a}.__class__ in _NUM else _RANK[{a}.__class__] {op} 1)"
            if cls is str:
                if collation is not None:
                    folded = self.gen.literal(V.collate_key(constant, collation))
                    return (f"(_fold({a}, {collation!r}) {op} {folded} if {a}.__class__ is _STR "
                            f"else _RANK[{a}.__class__] {op} 2)")
                return f"({a} {op} {b} if {a}.__class__ is _STR else _RANK[{a}.__class__] {op} 2)"
            return f"({a} {op} {b} if {a}.__class__ is _BYTES else _RANK[{a}.__class__] {op} 3)"
        if left.kind in NUMERIC_KINDS and right.kind in NUMERIC_KINDS:
            return f"{a} {op} {b}"
        return f"_compare({a}, {b}, {collation!r}) {op} 0"

    def _is(self, node: exp.Expression, negate: bool) -> Code:
        left, right = self.value(node.this), self.value(node.expression)
        if isinstance(node.expression, exp.Null):
            if left.constant:
                return self.constant(int((left.value is None) != negate))
            code = Code(f"(1 if {left.src} is None else 0)", kind=KIND_BOOL)
        else:
            left, right, collation = self.prepare_comparison(left, right)
            code = Code(f"_is({left.src}, {right.src}, {collation!r})", kind=KIND_BOOL)
        if negate:
            code = Code(f"(1 - {code.src})", kind=KIND_BOOL)
        if left.constant and right.constant:
            return self.fold(code)
        return code

    def _is_node(self, node: exp.Is) -> Code:
        return self._is(node, negate=False)

    def _null_safe_eq(self, node: exp.NullSafeEQ) -> Code:
        return self._is(node, negate=False)

    def _null_safe_neq(self, node: exp.NullSafeNEQ) -> Code:
        return self._is(node, negate=True)

    def _not(self, node: exp.Not) -> Code:
        inner = self.boolean(node.this)
        if inner.constant:
            return self.constant(None if inner.value is None else 1 - inner.value)
        first, later = self.bound(inner)
        return Code(f"(None if {first} is None else 1 - {later})", kind=KIND_BOOL)

    def _and(self, node: exp.And) -> Code:
        return self._logical(node, absorbing=0)

    def _or(self, node: exp.Or) -> Code:
        return self._logical(node, absorbing=1)

    def _logical(self, node: exp.Expression, absorbing: int) -> Code:
        """AND (absorbing 0) and OR (absorbing 1) as a value, in three-valued logic. SQLite evaluates both
        operands of a value (their errors too: ``SELECT a = 1 OR abs(-9223372036854775808)`` overflows);
        only a condition (WHERE, ON, CASE WHEN: ``predicate``) stops at the first that decides. Beside a
        32-bit integer literal, TRUE or FALSE the other operand is dropped first (x OR 1 is 1, x AND 1 is
        x), as current SQLite simplifies a value too; 3.40 did that for x AND 0 only."""
        left = self.boolean(node.this)
        right = self.boolean(node.expression)  # compiled even when not needed: its names must resolve
        kept = _simplified_operand(node, self._kept_operands)
        if kept is not None:
            return left if kept is node.this else right
        return self.combine(left, right, absorbing, both=True)

    def combine(self, left: Code, right: Code, absorbing: int, both: bool = False) -> Code:
        """Three-valued AND (absorbing 0) or OR (absorbing 1) of two boolean codes; ``both`` evaluates the
        right one even when the left one decides."""
        if left.constant and right.constant:
            values = (left.value, right.value)
            if absorbing in values:
                return self.constant(absorbing)
            return self.constant(None if None in values else 1 - absorbing)
        if left.constant or right.constant:
            fixed, other = (left, right) if left.constant else (right, left)
            if fixed.value == absorbing:
                if fixed is right or both:  # the other operand still runs, and may raise (integer overflow)
                    return Code(f"({other.src}, {absorbing})[1]", kind=KIND_BOOL)
                return self.constant(absorbing)
            if fixed.value is None:
                return Code(f"({absorbing} if {other.src} == {absorbing} else None)", kind=KIND_BOOL)
            return other
        a_first, a = self.bound(left)
        b_first, b = self.bound(right)
        if both and b_first != b:
            return Code(f"({a_first}, {b_first}, ({absorbing} if {a} == {absorbing} or {b} == {absorbing} "
                        f"else (None if {a} is None or {b} is None else {1 - absorbing})))[2]", kind=KIND_BOOL)
        return Code(
            f"({absorbing} if {a_first} == {absorbing} or {b_first} == {absorbing} "
            f"else (None if {a} is None or {b} is None else {1 - absorbing}))",
            kind=KIND_BOOL,
        )

    def _between(self, node: exp.Between) -> Code:
        """As a value, BETWEEN evaluates all three operands (their errors too), as SQLite does; as a
        WHERE condition (_between_predicate) it stops at the first comparison that fails, as SQLite does."""
        prefix, target = self.pin(self.value(node.this))
        low_prefix, low = self.pin(self.value(node.args["low"]))
        high_prefix, high = self.pin(self.value(node.args["high"]))
        code = self.combine(self._comparison(">=", target, low, predicate=False),
                            self._comparison("<=", target, high, predicate=False), 0)
        for first in (high_prefix, low_prefix, prefix):
            code = self.after(first, code)
        return code

    def _in(self, node: exp.In) -> Code:
        target = self.value(node.this)
        query = node.args.get("query")
        if query is not None:
            return self._in_subquery(target, query.this if isinstance(query, exp.Subquery) else query)
        field = node.args.get("field")
        if field is not None:  # x IN table
            table_query = exp.select("*").from_(exp.Table(this=exp.to_identifier(field.name)))
            return self._in_subquery(target, table_query)
        items = [self.value(item) for item in node.expressions]
        if not items:
            return self.constant(0)
        if all(item.constant for item in items):
            return self._in_constants(target, items)
        prefix, target = self.pin(target)
        result = None
        for item in items:
            term = self._comparison("==", target, item, predicate=False,
                                    prepared=self.prepare_in_comparison(target, item))
            result = term if result is None else self.combine(result, term, 1)
        return self.after(prefix, result)

    def _constant_members(self, target: Code, items: list[Code]) -> tuple[set, bool, str | None, Code]:
        """The IN list as a set (affinity and collation applied), whether it had a NULL, and the probe."""
        members = set()
        has_null = False
        collation = None
        for item in items:
            _, right, collation = self.prepare_in_comparison(target, item)
            if right.value is None:
                has_null = True
                continue
            value = right.value
            if collation is not None and value.__class__ is str:
                value = V.collate_key(value, collation)
            members.add(value)
        probe = target
        if target.affinity in NUMERIC_AFFINITIES and any(
                item.kind not in NUMERIC_KINDS for item in items if item.value is not None):
            probe = self._numeric_affinity(target)
        elif target.affinity == V.TEXT:
            probe = self._text_affinity(target)
        return members, has_null, collation, probe

    def _in_constants(self, target: Code, items: list[Code]) -> Code:
        members, has_null, collation, probe = self._constant_members(target, items)
        if target.constant:
            value = probe.value
            if value is None:
                return self.constant(None)
            if collation is not None and value.__class__ is str:
                value = V.collate_key(value, collation)
            return self.constant(1 if value in members else (None if has_null else 0))
        first, later = self.bound(probe)
        member_set = self.gen.bind(frozenset(members), "_set")
        lookup = collated(later, collation)
        miss = "None" if has_null else "0"
        return Code(f"(None if {first} is None else (1 if {lookup} in {member_set} else {miss}))", kind=KIND_BOOL)

    def _in_subquery(self, target: Code, query: exp.Expression) -> Code:
        handle = self.resolver.subquery(query)
        if handle.column_count != 1:
            raise OperationalError(f"sub-select returns {handle.column_count} columns - expected 1")
        right = Code("_v", affinity=handle.affinity, collation=handle.collation)
        affinity = comparison_affinity(target.affinity, handle.affinity)
        convert_right = None
        probe = target
        if target.affinity is None and handle.affinity == V.REAL:
            # the subquery's REAL affinity alone applies, as SQLite's probe of its IN set applies it
            convert_right = "_numaff"
            if probe.constant:
                value = V.real_affinity_for_probe(probe.value)
                probe = replace(probe, src=self.gen.literal(value), value=value, kind=kind_of(value))
            else:
                probe = replace(target, src=f"_realaff({target.src})", kind=KIND_ANY)
        elif affinity in NUMERIC_AFFINITIES:
            convert_right = "_numaff"
            probe = self._numeric_affinity(target)
        elif affinity == V.TEXT:
            convert_right = "_textaff"
            probe = self._text_affinity(target)
        collation = comparison_collation(target, right)
        set_src = handle.derived_src(
            f"in:{convert_right}:{collation}",
            f"lambda rows: _in_set(rows, {convert_right}, {collation!r})",
        )
        pair = self.gen.temp()
        if probe.constant:
            value = probe.value
            if collation is not None and value.__class__ is str:
                value = V.collate_key(value, collation)
            probe_test = "True" if value is None else f"{self.gen.literal(value)} in {pair}[0]"
            null_probe = "True" if value is None else "False"
        else:
            first, later = self.bound(probe)
            lookup = collated(later, collation)
            null_probe = f"{later} is None"
            probe_test = f"{lookup} in {pair}[0]"
        test = (f"(0 if not ({pair} := {set_src})[0] and not {pair}[1] else (None if {null_probe} else "
                f"(1 if {probe_test} else (None if {pair}[1] else 0))))")
        if not probe.constant and first != later:  # the left operand runs first, and may raise
            return Code(f"({first}, {test})[1]", kind=KIND_BOOL)
        return Code(test, kind=KIND_BOOL)

    def _exists(self, node: exp.Exists) -> Code:
        query = node.this
        handle = self.resolver.subquery(query.this if isinstance(query, exp.Subquery) else query)
        return Code(f"(1 if {handle.rows_src()} else 0)", kind=KIND_BOOL)

    def _subquery(self, node: exp.Subquery) -> Code:
        handle = self.resolver.subquery(node.this)
        if handle.column_count != 1:
            raise OperationalError(f"sub-select returns {handle.column_count} columns - expected 1")
        # a scalar subquery carries its column's affinity but not its collation, as in SQLite
        return Code(f"_scalar({handle.rows_src()})", affinity=handle.affinity)

    def _case(self, node: exp.Case) -> Code:
        subject = node.this
        prefix = None
        default = node.args.get("default")
        result = self.value(default) if default is not None else self.constant(None)
        if subject is None:
            branches = [(self.predicate(branch.this), self.value(branch.args["true"]))
                        for branch in node.args["ifs"]]
        else:
            prefix, target = self.pin(self.value(subject))
            branches = [(self._comparison("==", target, self.value(branch.this), predicate=True),
                         self.value(branch.args["true"])) for branch in node.args["ifs"]]
        for condition, outcome in reversed(branches):
            if condition == "True":
                result = outcome
            elif condition != "False":
                result = Code(f"({outcome.src} if {condition} else {result.src})")
        return self.after(prefix, _computed(result))

    def _if(self, node: exp.If) -> Code:
        condition = self.predicate(node.this)
        true = self.value(node.args["true"])
        false_node = node.args.get("false")
        false = self.value(false_node) if false_node is not None else self.constant(None)
        if condition == "True":
            return _computed(true)
        if condition == "False":
            return _computed(false)
        return Code(f"({true.src} if {condition} else {false.src})")

    def _coalesce(self, node: exp.Coalesce) -> Code:
        arguments = [self.value(node.this), *(self.value(e) for e in node.expressions)]
        if len(arguments) < 2 and not node.args.get("is_nvl"):
            raise OperationalError("wrong number of arguments to function coalesce()")
        result = arguments[-1]
        for argument in reversed(arguments[:-1]):
            if argument.constant:
                result = argument if argument.value is not None else result
                continue
            first, later = self.bound(argument)
            result = Code(f"({later} if {first} is not None else {result.src})")
        return _computed(result)

    def _nullif_node(self, node: exp.Nullif) -> Code:
        nodes = [node.this, node.expression]
        arguments = [self.value(argument) for argument in nodes]
        collation = self._arguments_collation(nodes, arguments)
        if collation is not None:
            arguments.append(self.constant(collation))
        return self._call_helper("_nullif", arguments)

    @staticmethod
    def _arguments_collation(nodes: list[exp.Expression], codes: list[Code]) -> str | None:
        """The collation nullif(), min() and max() compare under: the first argument's that has one, a
        plain column having BINARY (SQLite's rule for functions that compare their arguments)."""
        for node, code in zip(nodes, codes, strict=True):
            if code.collation is not None:
                return code.collation if code.collation != "BINARY" else None
            if is_column(node):
                return None
        return None

    def _cast(self, node: exp.Cast) -> Code:
        type_name = cast_type_name(node.args["to"])
        inner = self.value(node.this)
        affinity = V.affinity_of_type(type_name)
        if type_name.upper() in _TYPED_LITERAL_TYPES and inner.constant and inner.kind == KIND_TEXT:
            return inner  # DATE '…' / TIMESTAMP '…' literals keep their text, as VibeSQL writes them
        helper = {V.INTEGER: "_to_integer", V.REAL: "_to_real", V.TEXT: "_to_text"}.get(affinity)
        kind = {V.INTEGER: KIND_INT, V.REAL: KIND_REAL, V.TEXT: KIND_TEXT}.get(affinity, KIND_ANY)
        # CAST keeps its operand's collation, as SQLite's sqlite3ExprCollSeq looks through it
        collation = {"collation": inner.collation, "explicit_collation": inner.explicit_collation}
        if helper is not None:
            code = Code(f"{helper}({inner.src})", affinity=affinity, kind=kind, **collation)
            arguments = (inner.value,)
        else:
            helper = "_cast"
            code = Code(f"_cast({inner.src}, {type_name!r})", affinity=affinity, **collation)
            arguments = (inner.value, type_name)
        if inner.constant:
            return replace(self.fold(code, helpers()[helper], arguments), affinity=affinity, **collation)
        return code

    def _like(self, node: exp.Like, escape: exp.Expression | None = None, negate: bool = False) -> Code:
        value = self.value(node.this)
        pattern = self.value(node.expression)
        arguments = [pattern, value] + ([self.value(escape)] if escape is not None else [])
        code = self._call_helper("_like", arguments, kind=KIND_BOOL)
        if negate or node.args.get("negate"):
            return self._not_code(code)
        return code

    def _not_code(self, code: Code) -> Code:
        if code.constant:
            return self.constant(None if code.value is None else 1 - code.value)
        first, later = self.bound(code)
        return Code(f"(None if {first} is None else 1 - {later})", kind=KIND_BOOL)

    def _escape(self, node: exp.Escape) -> Code:
        inner = node.this
        if not isinstance(inner, exp.Like):
            raise OperationalError("ESCAPE is only allowed with LIKE")
        return self._like(inner, escape=node.expression)

    def _glob(self, node: exp.Glob) -> Code:
        code = self._call_helper("_glob", [self.value(node.expression), self.value(node.this)], kind=KIND_BOOL)
        return self._not_code(code) if node.args.get("negate") else code

    def _current(self, node: exp.Expression) -> Code:
        name = {exp.CurrentDate: "date", exp.CurrentTime: "time", exp.CurrentTimestamp: "datetime"}[node.__class__]
        function = datetime_functions.current_value_function(name)
        return Code(f"{self.gen.bind(function, '_now')}()", kind=KIND_TEXT)

    def _tuple(self, node: exp.Tuple) -> Code:
        if len(node.expressions) == 1:
            return self.value(node.expressions[0])
        raise OperationalError("row values are not supported")

    def _star(self, node: exp.Star) -> Code:
        raise OperationalError("a * is only allowed in a result column list or count(*)")

    # -- functions --

    def json_value(self, node: exp.Expression) -> Code:
        """An argument a JSON function embeds: a JSON function's result keeps its JSON subtype
        (`json_functions.JsonText`), so json_array(json('[1]')) embeds [1], not the text "[1]"."""
        while isinstance(node, exp.Paren):
            node = node.this
        if isinstance(node, exp.JSONExtract):
            return self._arrow(node, subtyped=True)
        if isinstance(node, exp.Column) and hasattr(self.resolver, "json_column"):
            code = self.resolver.json_column(node)
            if code is not None:
                return code
        if isinstance(node, exp.Anonymous):
            name = node.name.lower().rstrip(PLAIN_CALL_MARK)
            if name in json_functions.SUBTYPED:
                return self._function(node, subtyped=True)
            if name in json_functions.AGGREGATE_NAMES:
                code = self.value(node)
                return Code(f"{self.gen.bind(json_functions.mark, '_jmark')}({code.src})")
        return self.value(node)

    def _arrow(self, node: exp.JSONExtract | exp.JSONExtractScalar, subtyped: bool = False) -> Code:
        """``X -> P`` (JSON text) and ``X ->> P`` (an SQL value)."""
        path = node.expression
        if isinstance(path, exp.JSONPath):
            raise NotSupportedError(f"{_construct(node)} with this path is not supported")
        if isinstance(node, exp.JSONExtractScalar):
            impl = json_functions.double_arrow
        else:
            impl = json_functions.arrow if subtyped else _ARROW
        compiled = [self.value(node.this), self.value(path)]
        code = Code(f"{self.gen.bind(impl, '_f')}({', '.join(c.src for c in compiled)})")
        if all(c.constant for c in compiled):
            return self.fold(code, impl, tuple(c.value for c in compiled))
        return code

    def _function(self, node: exp.Func, subtyped: bool = False) -> Code:
        name, arguments, distinct = function_call(node)
        if name in AGGREGATE_FUNCTIONS and not (name in ("min", "max") and len(arguments) > 1):
            for argument in arguments:  # SQLite resolves the arguments first: "no such column" comes first
                if not isinstance(argument, exp.Star):
                    self.value(argument)
            raise OperationalError(f"misuse of aggregate function {name}()")
        if name in WINDOW_ONLY_FUNCTIONS:
            raise OperationalError(f"misuse of window function {name}()")
        if distinct:
            raise OperationalError(f"DISTINCT is only allowed in aggregate functions: {name}()")
        if name in ("coalesce", "ifnull"):
            return self._coalesce(exp.Coalesce(this=arguments[0], expressions=arguments[1:])) if len(
                arguments) >= 2 else self._wrong_arguments(name)
        if name == "nullif":
            if len(arguments) != 2:
                return self._wrong_arguments(name)
            return self._nullif_node(exp.Nullif(this=arguments[0], expression=arguments[1]))
        if name == "iif":
            if len(arguments) != 3:
                return self._wrong_arguments(name)
            return self._if(exp.If(this=arguments[0], true=arguments[1], false=arguments[2]))
        if name == "raise":
            return self._raise(arguments)
        if name in ("last_insert_rowid", "changes", "total_changes"):
            if arguments:
                return self._wrong_arguments(name)
            return Code(f"_env.connection_state({name!r})", kind=KIND_INT)
        if not isinstance(node, exp.Anonymous) and name not in functions.BUILTIN_NAMES:
            raise NotSupportedError(f"{_construct(node)} is not supported")
        written = node.name.rstrip(PLAIN_CALL_MARK) if isinstance(node, exp.Anonymous) else name
        function = functions.lookup(written, len(arguments))
        if name in json_functions.SUBTYPED:
            compiled = [self.json_value(argument) if json_functions.embeds_json(name, position) else
                        self.value(argument) for position, argument in enumerate(arguments)]
        else:
            compiled = [self.value(argument) for argument in arguments]
        impl = json_functions.SUBTYPED[name][0] if subtyped else function.impl
        if name in ("min", "max"):
            collation = self._arguments_collation(arguments, compiled)
            if collation is not None:
                impl = partial(impl, collation=collation)
        target = self.gen.bind(impl, "_f")
        code = Code(f"{target}({', '.join(c.src for c in compiled)})", kind=_FUNCTION_KINDS.get(name, KIND_ANY))
        # date() or strftime(format) with no time value, or any 'now', reads the clock
        reads_clock = name in _CLOCK_FUNCTIONS and (len(compiled) <= (name == "strftime") or any(
            datetime_functions.mentions_now(c.value) for c in compiled))
        if function.deterministic and all(c.constant for c in compiled) and not reads_clock:
            return self.fold(code, impl, tuple(c.value for c in compiled))
        return code

    def _raise(self, arguments: list[exp.Expression]) -> Code:
        """RAISE(IGNORE) or RAISE(ABORT | FAIL | ROLLBACK, message), which only a trigger program may run
        (the trigger parser has checked its syntax)."""
        if not self._in_trigger_program():
            raise OperationalError("RAISE() may only be used within a trigger-program")
        action = arguments[0].name.upper()
        message = arguments[1].name if len(arguments) > 1 else ""
        return Code(f"{self.gen.bind(partial(raise_from_trigger, action, message), '_raise')}()")

    def _in_trigger_program(self) -> bool:
        resolver = self.resolver
        while resolver is not None:
            if getattr(resolver, "trigger_program", False):
                return True
            outer = getattr(getattr(resolver, "scope", None), "outer", None)
            resolver = outer.resolver if outer is not None else None
        return False

    def _wrong_arguments(self, name: str) -> Code:
        raise OperationalError(f"wrong number of arguments to function {name}()")


def raise_from_trigger(action: str, message: str) -> None:
    """What RAISE() does when a trigger program reaches it."""
    if action == "IGNORE":
        raise TriggerIgnore
    raise raised_error(message, action)


_CLOCK_FUNCTIONS = frozenset(("date", "time", "datetime", "julianday", "unixepoch", "strftime"))
_FUNCTION_KINDS = {"length": KIND_INT, "typeof": KIND_TEXT, "lower": KIND_TEXT, "upper": KIND_TEXT,
                   "instr": KIND_INT, "unicode": KIND_INT}


_ARROW = json_functions.stripped(json_functions.arrow)  # X -> P as a client sees it

# what a user wrote, for the constructs sqlglot reads that the engine does not run
_CONSTRUCTS = {exp.JSONExtract: "the -> operator", exp.JSONExtractScalar: "the ->> operator"}


def _construct(node: exp.Expression) -> str:
    """The construct ``node`` is, as the user wrote it: an operator's symbol, else the SQL it came from."""
    named = _CONSTRUCTS.get(node.__class__)
    return named if named is not None else f"the expression {node.sql(dialect='sqlite')[:80]}"


def _folded_truth(node: exp.Expression, memo: dict[int, tuple]) -> bool | None:
    """True or False when SQLite holds a condition always true or false (ExprAlwaysTrue/ExprAlwaysFalse of
    sqlite3ExprSimplifiedAndOr): an integer literal that fits 32 bits, TRUE or FALSE, or an AND/OR that
    folds to one; None otherwise (1.0, -1 and '1' are not, so the operand beside them still runs)."""
    while isinstance(node, exp.Paren):
        node = node.this
    if isinstance(node, exp.And | exp.Or):
        kept = _simplified_operand(node, memo)
        return None if kept is None else _folded_truth(kept, memo)
    if isinstance(node, exp.Boolean):
        return bool(node.this)
    if isinstance(node, exp.Literal) and not node.is_string and node.this.isdigit() and int(node.this) < 2 ** 31:
        return int(node.this) != 0
    return None


def _simplified_operand(node: exp.And | exp.Or, memo: dict[int, tuple]) -> exp.Expression | None:
    """The operand of ``node`` that SQLite keeps when the other one cannot change the outcome (x OR 1 keeps
    1, x AND 1 keeps x), or None when it keeps both. ``memo`` holds the answers of one compiler (with their
    nodes, so an id is not reused): asked at every level of a long AND chain, each walk of the chain below
    made compiling it quadratic (a tenth of the profiled time of select1, select4 and
    index/between/10)."""
    known = memo.get(id(node))
    if known is not None and known[0] is node:
        return known[1]
    left, right = _folded_truth(node.this, memo), _folded_truth(node.expression, memo)
    is_and = isinstance(node, exp.And)
    kept = None
    if left is True or right is False:
        kept = node.expression if is_and else node.this
    elif right is True or left is False:
        kept = node.this if is_and else node.expression
    memo[id(node)] = (node, kept)
    return kept


def _join_predicates(left: str, right: str, operator: str) -> str:
    """``left and/or right`` with constant operands folded away."""
    absorbing, identity = ("False", "True") if operator == "and" else ("True", "False")
    if absorbing in (left, right):
        return absorbing
    if left == identity:
        return right
    if right == identity:
        return left
    return f"({left} {operator} {right})"


def _computed(code: Code) -> Code:
    """The value as the result of CASE or a function: no affinity, and only an explicit collation
    (SQLite gives those expressions none of a column's)."""
    if code.affinity is None and (code.collation is None or code.explicit_collation):
        return code
    return replace(code, affinity=None, collation=code.collation if code.explicit_collation else None)


def is_column(node: exp.Expression) -> bool:
    """A column reference, seen through CAST and parentheses as SQLite's collation lookup sees it."""
    while isinstance(node, exp.Cast | exp.Paren):
        node = node.this
    return isinstance(node, exp.Column)




def order_collation(term: exp.Ordered, code: Code | None) -> str | None:
    """The collation an ORDER BY term sorts under: its own COLLATE, else its value's."""
    node = term.this
    if isinstance(node, exp.Collate):
        return node.expression.name.upper()
    if code is not None and code.collation not in (None, "BINARY"):
        return code.collation
    return None



@lru_cache(maxsize=4096)  # statements repeat their numbers, and the same text is always the same value
def _number_literal(text: str) -> int | float:
    if "." in text or "e" in text or "E" in text:
        return V.text_to_real(text)
    return V.integer_or_real(text)


def _compare_values(op: str, a: object, b: object, collation: str | None) -> bool | None:
    if a is None or b is None:
        return None
    order = V.compare(a, b, collation)
    return {"==": order == 0, "!=": order != 0, ">": order > 0, ">=": order >= 0, "<": order < 0,
            "<=": order <= 0}[op]


def cast_type_name(data_type: exp.DataType) -> str:
    """The type name of a CAST as SQLite would read it (for its affinity)."""
    name = _CAST_TYPE_NAMES.get(data_type)
    if name is None:
        text = data_type.sql()
        name = "BLOB" if text.upper().startswith(("VARBINARY", "BINARY")) else text
        _CAST_TYPE_NAMES[data_type] = name
    return name


_CAST_TYPE_NAMES: dict[exp.DataType, str] = {}  # rendering a type is costly; there are few distinct ones


# sqlglot turns some SQLite functions into typed nodes; map them back to SQLite's names.
_RENAMED_FUNCTIONS = {
    exp.Substring: "substr", exp.StrPosition: "instr", exp.Least: "min", exp.Greatest: "max",
    exp.Chr: "char", exp.Rand: "random", exp.Format: "printf", exp.Pow: "pow", exp.Ceil: "ceil",
    exp.GroupConcat: "group_concat", exp.Date: "date", exp.Lower: "lower", exp.Upper: "upper",
    exp.Length: "length", exp.Typeof: "typeof", exp.Unicode: "unicode", exp.Hex: "hex",
    exp.Abs: "abs", exp.Round: "round", exp.Replace: "replace", exp.Soundex: "soundex",
    exp.CurrentVersion: "sqlite_version",
}


def function_call(node: exp.Func) -> tuple[str, list[exp.Expression], bool]:
    """(SQLite name, argument expressions, DISTINCT?) of a function call node."""
    if isinstance(node, exp.Anonymous):
        arguments = list(node.expressions)
        name = node.name.lower().rstrip(PLAIN_CALL_MARK)
        if arguments and isinstance(arguments[0], exp.Distinct):
            return name, list(arguments[0].expressions) + arguments[1:], True
        return name, arguments, False
    if isinstance(node, exp.TimeToStr):
        inner = node.this
        if isinstance(inner, exp.TsOrDsToTimestamp):
            inner = inner.this
        return "strftime", [node.args["format"], inner], False
    if isinstance(node, exp.Trim):
        position = (node.args.get("position") or "").upper()
        name = {"LEADING": "ltrim", "TRAILING": "rtrim"}.get(position, "trim")
        arguments = [node.this] + ([node.expression] if node.expression else [])
        return name, arguments, False
    if isinstance(node, exp.Log):
        if node.expression is not None:
            base = node.this
            if isinstance(base, exp.Literal) and base.this in ("2", "10"):
                return f"log{base.this}", [node.expression], False
            return "log", [node.this, node.expression], False
        return "log", [node.this], False
    if isinstance(node, exp.Count) and node.this is None and not node.expressions:
        return "count", [exp.Star()], False
    name = _RENAMED_FUNCTIONS.get(node.__class__) or node.sql_name().lower()
    arguments: list[exp.Expression] = []
    distinct = False
    for key in node.arg_types:
        value = node.args.get(key)
        if value is None or isinstance(value, (bool, str)):
            continue
        if isinstance(value, list):
            arguments.extend(value)
        elif isinstance(value, exp.Distinct):
            distinct = True
            arguments.extend(value.expressions)
        else:
            arguments.append(value)
    return name, arguments, distinct


class ParameterMap:
    """Numbers a statement's parameters in the order they appear in its text.

    ``?`` takes the next position, ``?NNN`` a fixed one and ``:name`` one per distinct name.
    Numbering happens up front (``number``) because the planner compiles clauses in its
    own order (an UPDATE's WHERE before its SET) and may compile a node more than once.
    """

    def __init__(self, tree: exp.Expression | None = None) -> None:
        self.names: list[str | None] = []
        self._named: dict[str, int] = {}
        self._positions: dict[int, int] = {}
        if tree is not None:
            self.number(tree)

    def number(self, tree: exp.Expression) -> None:
        """Assign positions to every placeholder of a statement, in text order."""
        if tree.meta.get(PLACEHOLDERS_KEY) is False:  # the parser saw no placeholder token in its text
            return
        if tree.find(exp.Placeholder) is None:  # compiled walk; most statements have none
            return
        for node in tree.find_all(exp.Placeholder, bfs=False):
            self._positions[id(node)] = self._assign(node)

    def _assign(self, node: exp.Placeholder) -> int:
        name = node.name if node.this else None
        if name is None or name == "?":
            self.names.append(None)
            return len(self.names) - 1
        if name.lstrip("_").isdigit():  # ?NNN, which the parser spells :_NNN
            position = int(name.lstrip("_")) - 1
            while len(self.names) <= position:
                self.names.append(None)
            return position
        if name not in self._named:
            self._named[name] = len(self.names)
            self.names.append(name)
        return self._named[name]

    def index_of(self, node: exp.Placeholder) -> int:
        position = self._positions.get(id(node))
        if position is None:
            position = self._positions[id(node)] = self._assign(node)
        return position


_VALUE_HANDLERS = {
    exp.Literal: ExpressionCompiler._literal,
    exp.Null: ExpressionCompiler._null,
    exp.Boolean: ExpressionCompiler._boolean_literal,
    exp.HexString: ExpressionCompiler._hex_string,
    exp.Placeholder: ExpressionCompiler._placeholder,
    exp.Column: ExpressionCompiler._column,
    exp.Paren: ExpressionCompiler._paren,
    exp.Collate: ExpressionCompiler._collate,
    exp.Neg: ExpressionCompiler._negate,
    exp.BitwiseNot: ExpressionCompiler._bitwise_not,
    exp.Is: ExpressionCompiler._is_node,
    exp.NullSafeEQ: ExpressionCompiler._null_safe_eq,
    exp.NullSafeNEQ: ExpressionCompiler._null_safe_neq,
    exp.Not: ExpressionCompiler._not,
    exp.And: ExpressionCompiler._and,
    exp.Or: ExpressionCompiler._or,
    exp.Between: ExpressionCompiler._between,
    exp.In: ExpressionCompiler._in,
    exp.Exists: ExpressionCompiler._exists,
    exp.Subquery: ExpressionCompiler._subquery,
    exp.Case: ExpressionCompiler._case,
    exp.If: ExpressionCompiler._if,
    exp.Coalesce: ExpressionCompiler._coalesce,
    exp.Nullif: ExpressionCompiler._nullif_node,
    exp.Cast: ExpressionCompiler._cast,
    exp.TryCast: ExpressionCompiler._cast,
    exp.Like: ExpressionCompiler._like,
    exp.Escape: ExpressionCompiler._escape,
    exp.Glob: ExpressionCompiler._glob,
    exp.CurrentDate: ExpressionCompiler._current,
    exp.CurrentTime: ExpressionCompiler._current,
    exp.CurrentTimestamp: ExpressionCompiler._current,
    exp.Tuple: ExpressionCompiler._tuple,
    exp.Star: ExpressionCompiler._star,
    exp.JSONExtract: ExpressionCompiler._arrow,
    exp.JSONExtractScalar: ExpressionCompiler._arrow,
}
for _node_class in _COMPARISONS:
    _VALUE_HANDLERS[_node_class] = ExpressionCompiler._comparison_node
for _node_class in _ARITHMETIC:
    _VALUE_HANDLERS[_node_class] = ExpressionCompiler._arithmetic

# node classes whose compile asks the resolver about nothing but columns and reads nothing outside the
# compiler and its code generator (engine.query.kept_predicates keeps such compiles); an IN among them
# must have a list, not a subquery or a table
SELF_CONTAINED_NODES = frozenset((
    exp.Literal, exp.Null, exp.Boolean, exp.HexString, exp.Column, exp.Identifier, exp.Paren, exp.Neg,
    exp.BitwiseNot, exp.Is, exp.NullSafeEQ, exp.NullSafeNEQ, exp.Not, exp.And, exp.Or, exp.Between, exp.In,
    exp.Case, exp.If, exp.Coalesce, exp.Nullif, exp.Cast, exp.TryCast, exp.DataType, exp.DataTypeParam,
    exp.Tuple, *_COMPARISONS, *_ARITHMETIC,
))
