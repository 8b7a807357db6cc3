"""A WHERE conjunct's compiled predicate, kept with its syntax tree for the statements that share the tree.

`engine.sql.shared_trees` hands one tree to the statements that differ only in the tables they name:
SQLLogicTest's index/ files run each query on five tables of the same columns, and compiling a long WHERE
is then the most of such a query's cost. Compiling a predicate is a function of its nodes, of what the
resolver answers for each column it asks about (in the order asked), of the operands compiled before it,
of the names the code generator has bound so far and of the fold flag. A later statement that gets the
same answers, in order, from a code generator in the same state would compile the same source: it takes
the kept source and binds the names it bound. Only conjuncts of self-contained node classes are kept: a
subquery, parameter, function call, collation, window or LIKE asks more of its surroundings than a column.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlglot import exp

from engine.query.codegen import Bindings, Code
from engine.query.compiler import SELF_CONTAINED_NODES, ExpressionCompiler
from engine.sql.shared_trees import SHARED_TREE

_KEPT = "kept_predicates"  # a node's meta entry: its _KeptWithNode
_KEPT_PER_NODE = 4  # tables of other columns sharing a tree: a few at most
_SUBQUERY_ARGS = ("query", "field", "unnest")  # an IN over one of these asks the resolver for more


@dataclass(slots=True)
class _Kept:
    """One compile: what it was given, what it asked and was answered, what it made and bound."""

    fold: bool
    operands: tuple[Code, ...] | None
    answers: list[tuple[exp.Column, Code]]  # each column asked about, in order, and the resolver's answer
    predicate: str
    bindings: Bindings


class _KeptWithNode:
    """What one node keeps: the classes of its tree (see `_self_contained`) and its compiles, newest
    last. A copy of the node (sqlglot copies trees to write SQL) keeps nothing: the compiles name the
    original's columns, and copying them would copy everything their names are bound to."""

    __slots__ = ("classes", "compiles")

    def __init__(self, classes: frozenset[type]) -> None:
        self.classes = classes
        self.compiles: list[_Kept] = []

    def __deepcopy__(self, memo: dict) -> None:
        return None

    def __copy__(self) -> None:
        return None


def _kept_with(node: exp.Expression) -> _KeptWithNode:
    kept = node.meta.get(_KEPT)
    if kept is None:
        kept = node.meta[_KEPT] = _KeptWithNode(_self_contained(node))
    return kept


def compiled_predicate(compiler: ExpressionCompiler, node: exp.Expression, fold: bool,
                       operands: tuple[Code, ...] | None) -> str:
    """``compiler.predicate(node, fold, operands)``, taken from an earlier statement of the same tree where
    that one's compile would be repeated exactly: the conjunct's, or else its AND/OR operands' (a long OR
    with a subquery among its operands keeps the others)."""
    if not node.root().meta.get(SHARED_TREE):
        return compiler.predicate(node, fold, operands)
    if _keepable(compiler, node):
        return _kept_compile(compiler, node, fold, operands)
    outer, compiler.operand_predicate = compiler.operand_predicate, _kept_operand
    try:
        return compiler.predicate(node, fold, operands)
    finally:
        compiler.operand_predicate = outer


def _kept_operand(compiler: ExpressionCompiler, node: exp.Expression, fold: bool) -> str:
    """An AND/OR operand's predicate, through `_kept_compile` when it is self-contained."""
    if _keepable(compiler, node):
        return _kept_compile(compiler, node, fold, None)
    return compiler.predicate(node, fold)


def _kept_compile(compiler: ExpressionCompiler, node: exp.Expression, fold: bool,
                  operands: tuple[Code, ...] | None) -> str:
    gen = compiler.gen
    kept_with_node = _kept_with(node)
    for kept in kept_with_node.compiles:
        if (kept.fold == fold and kept.operands == operands and gen.is_at(kept.bindings)
                and _same_answers(compiler, kept)):
            gen.rebind(kept.bindings)
            return kept.predicate
    mark = gen.bindings_from_here()
    answers: list[tuple[exp.Column, Code]] = []
    resolver, operand_predicate = compiler.resolver, compiler.operand_predicate
    compiler.resolver, compiler.operand_predicate = _AnswerLog(resolver, answers), None
    try:
        predicate = compiler.predicate(node, fold, operands)
    finally:
        compiler.resolver, compiler.operand_predicate = resolver, operand_predicate
    compiles = kept_with_node.compiles
    compiles.append(_Kept(fold, operands, answers, predicate, gen.bound_since(mark)))
    del compiles[:-_KEPT_PER_NODE]
    return predicate


def _same_answers(compiler: ExpressionCompiler, kept: _Kept) -> bool:
    """Ask the resolver what the kept compile asked, in order, while the answers are the same. Each question
    is one the compile would ask too (the answers before it were the same), so stopping at a different
    answer leaves nothing done that compiling would not do. An answer that bound names (a result alias's
    compile) names them in its source, so it differs unless it bound them as the kept compile did; the
    generator is checked anyway, as the kept bindings must not land on names bound since."""
    gen = compiler.gen
    mark = gen.bindings_from_here()
    for column, answer in kept.answers:
        if compiler.resolver.column(column) != answer:
            return False
    return gen.is_at(mark)


def _keepable(compiler: ExpressionCompiler, node: exp.Expression) -> bool:
    classes = _kept_with(node).classes
    return bool(classes) and compiler.asks_only_columns(classes)


def _self_contained(node: exp.Expression) -> frozenset[type]:
    """The classes of SELF_CONTAINED_NODES in the tree under ``node``, or none at the first node of another
    class (or an IN of a subquery) met: only self-contained trees compile without asking the resolver more
    than columns."""
    classes, stack = set(), [node]
    while stack:
        inner = stack.pop()
        cls = inner.__class__
        if cls not in SELF_CONTAINED_NODES or (cls is exp.In and any(inner.args.get(arg) for arg in _SUBQUERY_ARGS)):
            # the nodes between are not self-contained either: the AND/OR operands below a conjunct that
            # is not are asked in turn, and walking each again would be quadratic in a long WHERE
            ancestor = inner.parent if inner is not node else None
            while ancestor is not None and ancestor is not node:
                if _KEPT not in ancestor.meta:
                    ancestor.meta[_KEPT] = _KeptWithNode(frozenset())
                ancestor = ancestor.parent
            return frozenset()
        classes.add(cls)
        stack.extend(inner.iter_expressions())
    return frozenset(classes)


class _AnswerLog:
    """The resolver, logging each column it is asked about outside the compile of another (an alias's)."""

    def __init__(self, resolver, answers: list[tuple[exp.Column, Code]]) -> None:
        self._resolver, self._answers, self._depth = resolver, answers, 0

    def column(self, node: exp.Column) -> Code:
        self._depth += 1
        try:
            code = self._resolver.column(node)
        finally:
            self._depth -= 1
        if self._depth == 0:
            self._answers.append((node, code))
        return code

    def __getattr__(self, name: str) -> object:
        return getattr(self._resolver, name)
