"""Splitting a cell's SQL into statements with sqlglot's tokenizer.

Working on tokens rather than characters keeps semicolons inside strings, quoted names and comments
where they belong; a CREATE TRIGGER statement runs on until the END that closes its BEGIN body. Each
statement keeps its offset in the cell so errors can point at the cell's own text.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import TokenError
from sqlglot.tokens import Token, TokenType

_SQLITE = Dialect.get_or_raise("sqlite")


@dataclass(frozen=True)
class Statement:
    """One statement of a cell: its text, where it starts in the cell, and its tokens (cell offsets)."""

    text: str
    start: int
    tokens: tuple[Token, ...]


def tokenize(sql: str) -> list[Token] | None:
    """sqlglot tokens of SQLite text; None when the text cannot be tokenized (say, an unclosed quote)."""
    try:
        return _SQLITE.tokenize(sql)
    except TokenError:
        return None


def split_statements(sql: str) -> list[Statement]:
    """The statements of ``sql`` in order, without their semicolons; empty ones are dropped.

    Text the tokenizer rejects (an unclosed quote) becomes one statement from the last semicolon
    before it, so the engine reports that error rather than a confusing one about several statements.
    """
    tokens = tokenize(sql)
    if tokens is not None:
        return _split(sql, tokens)
    end, tokens = _clean_prefix(sql)
    statements = _split(sql, tokens)
    rest = sql[end:].strip()
    if rest:
        statements.append(Statement(rest, sql.index(rest, end), ()))
    return statements


def _split(sql: str, tokens: list[Token]) -> list[Statement]:
    statements: list[Statement] = []
    current: list[Token] = []
    for token in tokens:
        if token.token_type is TokenType.SEMICOLON and _ends_statement(current):
            _append(statements, sql, current)
            current = []
        else:
            current.append(token)
    _append(statements, sql, current)
    return statements


def _clean_prefix(sql: str) -> tuple[int, list[Token]]:
    """The longest start of ``sql`` that tokenizes and ends with a semicolon: its length and tokens."""
    for cut in sorted((index + 1 for index, char in enumerate(sql) if char == ";"), reverse=True):
        tokens = tokenize(sql[:cut])
        if tokens and tokens[-1].token_type is TokenType.SEMICOLON:
            return cut, tokens
    return 0, []


def _append(statements: list[Statement], sql: str, tokens: list[Token]) -> None:
    if tokens:
        start = tokens[0].start
        statements.append(Statement(sql[start:tokens[-1].end + 1], start, tuple(tokens)))


def _ends_statement(tokens: list[Token]) -> bool:
    """Whether a semicolon after ``tokens`` ends the statement (inside a trigger body it does not)."""
    words = [token.text.upper() for token in tokens[:3]]
    if words[:1] != ["CREATE"] or "TRIGGER" not in words[1:3]:
        return True
    if not any(token.token_type is TokenType.BEGIN for token in tokens):
        return True  # not a trigger body: let the engine say what is wrong
    ends = sum(token.token_type is TokenType.END for token in tokens)
    cases = sum(token.token_type is TokenType.CASE for token in tokens)
    return tokens[-1].token_type is TokenType.END and ends == cases + 1
