"""Result column names as SQLite gives them: an unaliased expression is named by its own text.

SQLite names ``SELECT count(*), abs(  a )`` columns "count(*)" and "abs(  a )", exactly as
typed, and pandas users see those names as DataFrame columns. sqlglot's rendering would
say "COUNT(*)" and "ABS(a)", so the names are cut from the statement's text instead: the
select list is found from the positions sqlglot records on identifiers and literals, and
split at its top-level commas with sqlglot's tokenizer.
"""

from __future__ import annotations

from operator import attrgetter
from typing import NamedTuple

from sqlglot import exp
from sqlglot.tokens import TokenType

from engine.sql.dialect import SOURCE_KEY, TOKENS_KEY

_LIST_ENDS = frozenset((TokenType.FROM, TokenType.WHERE, TokenType.GROUP_BY, TokenType.HAVING, TokenType.ORDER_BY,
                        TokenType.LIMIT, TokenType.WINDOW, TokenType.UNION, TokenType.INTERSECT, TokenType.EXCEPT,
                        TokenType.SEMICOLON))


class TokenSpans(NamedTuple):
    """What naming needs of a statement's tokens: their types and character spans, in three tuples.

    A parsed tree keeps these in its meta for as long as its statement stays cached; sqlglot's own
    tokens would be two objects each (the token and its comments list) for the garbage collector
    to walk on every full collection."""

    types: tuple[TokenType, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, tokens: list) -> TokenSpans:
        # three passes, not one of (type, start, end) triples: those would be a tuple per token
        # for the collector to count, and each of its collections runs while trees are alive
        return cls(tuple(map(_TYPE, tokens)), tuple(map(_START, tokens)), tuple(map(_END, tokens)))


_TYPE, _START, _END = attrgetter("token_type"), attrgetter("start"), attrgetter("end")


def display_name(expression: exp.Expression) -> str:
    """The name of an unaliased result column: its text as written, else sqlglot's rendering."""
    select = expression.parent
    while select is not None and not isinstance(select, exp.Select | exp.Returning):
        select = select.parent
    meta = expression.root().meta
    sql, tokens = meta.get(SOURCE_KEY), meta.get(TOKENS_KEY)
    if select is not None and sql is not None and tokens is not None:
        spans = _item_spans(select, tokens)
        for item, span in zip(select.expressions, spans or (), strict=False):
            if item is expression and span is not None:
                return sql[span[0]:span[1] + 1]
    return expression.sql(dialect="sqlite")


def _item_spans(select: exp.Select | exp.Returning, tokens: TokenSpans) -> list[tuple[int, int]] | None:
    """Character spans (inclusive) of the select list items, or None when they cannot be found."""
    cached = select.meta.get("item_spans", False)
    if cached is not False:
        return cached
    spans = None
    anchor = _first_position(select)
    if anchor is not None:
        opener = TokenType.RETURNING if isinstance(select, exp.Returning) else TokenType.SELECT
        spans = _spans_after(tokens, *anchor, len(select.expressions), opener)
    select.meta["item_spans"] = spans
    return spans


_SCALAR_SUBQUERIES = (exp.Subquery, exp.Exists)


def _first_position(select: exp.Select | exp.Returning) -> tuple[int, int] | None:
    """The smallest recorded start of a node in the select list outside any subquery, and 0; else, when
    only subqueries ``(SELECT ...)`` and ``EXISTS (SELECT ...)`` in it have positions, the smallest of
    those and how many such subqueries enclose it (each a SELECT the walk back to the list's own passes)."""
    outside, inside = [], []
    for item in select.expressions:
        stack = [(item, 0)]
        while stack:
            node, nesting = stack.pop()
            if (node.__class__ in _SCALAR_SUBQUERIES and node.this.__class__ is exp.Select
                    and not node.this.args.get("with")):  # its list starts at its SELECT
                node, nesting = node.this, nesting + 1
            elif isinstance(node, exp.Query | exp.Subquery):
                continue
            if "start" in node.meta:
                (inside if nesting else outside).append((node.meta["start"], nesting))
            stack.extend((child, nesting) for child in node.iter_expressions())
        if outside:  # the items are in the text's order: no later one starts before this one
            return min(outside)
    return min(inside) if inside else None


def _spans_after(tokens: TokenSpans, anchor: int, nesting: int, count: int,
                 opener: TokenType) -> list[tuple[int, int]] | None:
    types, starts, ends = tokens
    depths = []
    depth = 0
    anchor_index = None
    for index, token_type in enumerate(types):
        if token_type == TokenType.R_PAREN:
            depth -= 1
        depths.append(depth)
        if token_type == TokenType.L_PAREN:
            depth += 1
        if anchor_index is None and starts[index] >= anchor:
            anchor_index = index
    if anchor_index is None:
        return None
    level = depths[anchor_index]
    start = anchor_index
    # back to the SELECT (or RETURNING) whose list holds the anchor: leaving a parenthesis lowers the level,
    # a SELECT deeper than the level is a subquery's, and the first ``nesting`` at the level are those of the
    # subqueries the anchor is in
    while start >= 0 and not (types[start] == opener and depths[start] == level and nesting == 0):
        if types[start] == TokenType.SELECT and depths[start] == level:
            nesting -= 1
        start -= 1
        level = min(level, depths[start]) if start >= 0 else level
    if start < 0:
        return None
    position = start + 1
    if position < len(types) and types[position] in (TokenType.DISTINCT, TokenType.ALL):
        position += 1
    spans = []
    first = position
    while position <= len(types):
        token_type = types[position] if position < len(types) else None
        at_level = token_type is not None and depths[position] == level
        if token_type is None or (at_level and token_type in _LIST_ENDS) or depths[position] < level:
            spans.append((starts[first], ends[position - 1]))
            break
        if at_level and token_type == TokenType.COMMA:
            spans.append((starts[first], ends[position - 1]))
            first = position + 1
        position += 1
    return spans if len(spans) == count else None
