"""Kernel-side completion of SQL in ``%%vibesql`` cells and ``%vibesql`` lines.

One IPython matcher (API v2) serves terminal IPython and every Jupyter frontend, which all ask the
kernel through ``Completer.completions`` (JupyterLab, Notebook and VS Code send the whole cell with
their complete_request). After FROM, JOIN, INTO, UPDATE or TABLE it offers tables, views and
DataFrames of the notebook; after ``name.`` the columns of that table or alias; elsewhere the columns
of the statement's tables, then functions and keywords. It reads the current database only and never
loads one, so completing stays instant.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

import pandas as pd
from IPython.core.completer import CompletionContext, SimpleCompletion, SimpleMatcherResult, context_matcher
from sqlglot.tokens import Token, TokenType

from vibesql_magic import catalog
from vibesql_magic.sessions import Sessions
from vibesql_magic.statements import tokenize

KEYWORDS = (
    "SELECT", "FROM", "WHERE", "GROUP BY", "ORDER BY", "HAVING", "LIMIT", "OFFSET", "JOIN", "LEFT JOIN",
    "INNER JOIN", "CROSS JOIN", "ON", "USING", "AS", "AND", "OR", "NOT", "IN", "IS", "NULL", "LIKE", "GLOB",
    "BETWEEN", "CASE", "WHEN", "THEN", "ELSE", "END", "DISTINCT", "ALL", "UNION", "INTERSECT", "EXCEPT", "WITH",
    "RECURSIVE", "INSERT", "INTO", "VALUES", "UPDATE", "SET", "DELETE", "REPLACE", "CREATE", "TABLE", "VIEW",
    "INDEX", "TRIGGER", "DROP", "ALTER", "BEGIN", "COMMIT", "ROLLBACK", "EXPLAIN", "PRIMARY KEY", "DEFAULT",
    "ASC", "DESC", "OVER", "PARTITION BY", "EXISTS", "CAST", "COLLATE", "TRUE", "FALSE",
)
FUNCTIONS = (
    "COUNT", "SUM", "AVG", "MIN", "MAX", "TOTAL", "GROUP_CONCAT", "ROUND", "ABS", "COALESCE", "IFNULL", "NULLIF",
    "IIF", "LENGTH", "LOWER", "UPPER", "SUBSTR", "TRIM", "INSTR", "PRINTF", "TYPEOF", "DATE", "TIME", "DATETIME",
    "JULIANDAY", "STRFTIME", "ROW_NUMBER", "RANK", "DENSE_RANK", "NTILE", "LAG", "LEAD", "FIRST_VALUE",
    "LAST_VALUE",
)
# what comes right before a table name
_TABLE_CONTEXT = {TokenType.FROM, TokenType.JOIN, TokenType.INTO, TokenType.UPDATE, TokenType.TABLE}
# keywords that end a FROM clause's list of tables
_CLAUSES = {TokenType.SELECT, TokenType.WHERE, TokenType.GROUP_BY, TokenType.ORDER_BY, TokenType.HAVING,
            TokenType.ON, TokenType.USING, TokenType.SET, TokenType.LIMIT, TokenType.VALUES, TokenType.L_PAREN,
            TokenType.R_PAREN, TokenType.UNION, TokenType.INTERSECT, TokenType.EXCEPT, TokenType.WINDOW}
_NAMES = {TokenType.VAR, TokenType.IDENTIFIER}
_CURSOR = "__vibesql_cursor__"
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_$]*\Z")
_LINE_MAGIC = re.compile(r"\s*(?:[\w.]+\s*=\s*)?%vibesql\b")
_PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


@dataclass(frozen=True)
class SQLPosition:
    """The SQL around the cursor: the text, the cursor's offset in it, the word being typed."""

    sql: str
    offset: int
    fragment: str


def sql_at_cursor(context: CompletionContext) -> SQLPosition | None:
    """Where the cursor is in the SQL of a ``%%vibesql`` cell or ``%vibesql`` line, or None elsewhere."""
    lines = context.full_text.split("\n")
    if lines[0].lstrip().startswith("%%vibesql"):
        if context.cursor_line == 0:
            return None  # the options line
        sql = "\n".join(lines[1:])
        offset = sum(len(line) + 1 for line in lines[1:context.cursor_line]) + context.cursor_position
    else:
        line = context.line_with_cursor
        match = _LINE_MAGIC.match(line)
        if match is None or context.cursor_position < match.end():
            return None
        sql, offset = line[match.end():], context.cursor_position - match.end()
    word = _WORD.search(sql[:offset])
    return SQLPosition(sql, offset, word.group() if word else "")


class SQLCompleter:
    """The matcher: SQL completions for the current database, suppressing Python's in SQL text."""

    def __init__(self, shell: Any, sessions: Sessions) -> None:
        self.shell = shell
        self.sessions = sessions

        @context_matcher(priority=100, identifier="vibesql")
        def vibesql_matcher(context: CompletionContext) -> SimpleMatcherResult:
            return self.match(context)

        #: the function to put in ``shell.Completer.custom_matchers``
        self.matcher = vibesql_matcher

    def match(self, context: CompletionContext) -> SimpleMatcherResult:
        """SQL completions at the cursor; Python's are suppressed when there are some."""
        position = sql_at_cursor(context)
        completions = self.complete(position) if position else []
        return SimpleMatcherResult(completions=completions, suppress=bool(completions), ordered=True,
                                   matched_fragment=position.fragment if position else "")

    def complete(self, position: SQLPosition) -> list[SimpleCompletion]:
        """Completions of the word at the cursor, best first."""
        tokens, index = _statement_tokens(position)
        if tokens is None:
            return []  # inside a string or a comment
        fragment = position.fragment
        before = tokens[:index]
        if len(before) >= 2 and before[-1].token_type is TokenType.DOT and before[-1].end + 1 == tokens[index].start:
            table = _references(tokens).get(before[-2].text.lower(), before[-2].text)
            return _matching(self._columns(table), fragment, "column")
        if before and (before[-1].token_type in _TABLE_CONTEXT or
                       (before[-1].token_type is TokenType.COMMA and _in_from_clause(before))):
            return _matching(self._tables(), fragment, "table")
        columns = [name for table in dict.fromkeys(_references(tokens).values()) for name in self._columns(table)]
        case = str.lower if fragment and fragment.islower() else str.upper
        return (_matching(dict.fromkeys(columns), fragment, "column")
                + _matching(map(case, FUNCTIONS), fragment, "function")
                + _matching(map(case, KEYWORDS), fragment, "keyword"))

    def _frames(self) -> dict[str, pd.DataFrame]:
        return {name: value for name, value in self.shell.user_ns.items()
                if isinstance(value, pd.DataFrame) and not name.startswith("_")}

    def _tables(self) -> list[str]:
        session = self.sessions.current
        names: list[str] = []
        if session is not None:
            with suppress(*session.errors):
                names = [table.name for table in catalog.tables(session.connection, session.errors)]
        return list(dict.fromkeys([*names, *self._frames()]))

    def _columns(self, table: str) -> list[str]:
        session = self.sessions.current
        if session is not None:
            try:
                found = catalog.find_table(session.connection, session.errors, table)
                if found is not None:
                    return [column.name for column in
                            catalog.columns(session.connection, session.errors, found.name)]
            except session.errors:
                return []
        frame = self._frames().get(table)
        return [str(column) for column in frame.columns] if frame is not None else []


def _matching(names: Iterable[str], fragment: str, kind: str) -> list[SimpleCompletion]:
    """The names that start with the typed fragment (ignoring case); table and column names quoted if need be."""
    prefix = fragment.lower()
    named = kind in ("table", "column")
    return [SimpleCompletion(catalog.quote_identifier(name) if named and not _PLAIN_NAME.match(name) else name,
                             type=kind)
            for name in names if name.lower().startswith(prefix)]


def _statement_tokens(position: SQLPosition) -> tuple[list[Token] | None, int]:
    """The tokens of the statement at the cursor, with a marker token where the typed word is; its index.

    None when the cursor is inside a string or comment (the marker is then not a token of its own).
    """
    start = position.offset - len(position.fragment)
    marked = position.sql[:start] + _CURSOR + position.sql[position.offset:]
    tokens = tokenize(marked) or tokenize(marked[:start + len(_CURSOR)]) or []
    index = next((i for i, token in enumerate(tokens)
                  if token.token_type in _NAMES and token.start == start and token.text.startswith(_CURSOR)), None)
    if index is None:
        return None, 0
    first = max((i + 1 for i in range(index) if tokens[i].token_type is TokenType.SEMICOLON), default=0)
    last = next((i for i in range(index, len(tokens)) if tokens[i].token_type is TokenType.SEMICOLON), len(tokens))
    return tokens[first:last], index - first


def _in_from_clause(tokens: list[Token]) -> bool:
    """Whether the last clause the tokens opened is a FROM (or JOIN) list."""
    for token in reversed(tokens):
        if token.token_type in (TokenType.FROM, TokenType.JOIN):
            return True
        if token.token_type in _CLAUSES:
            return False
    return False


def _references(tokens: list[Token]) -> dict[str, str]:
    """Tables the statement names after FROM, JOIN, INTO or UPDATE, by lower-cased name and alias."""
    found: dict[str, str] = {}
    in_from = False
    position = 0
    while position < len(tokens):
        token = tokens[position]
        kind = token.token_type
        position += 1
        if kind in _TABLE_CONTEXT or (kind is TokenType.COMMA and in_from):
            in_from = in_from or kind in (TokenType.FROM, TokenType.JOIN)
            if position < len(tokens) and tokens[position].token_type in _NAMES:
                name = tokens[position].text
                position += 1
                while (position + 1 < len(tokens) and tokens[position].token_type is TokenType.DOT
                       and tokens[position + 1].token_type in _NAMES):  # schema.table: keep the table
                    name = tokens[position + 1].text
                    position += 2
                if name.startswith(_CURSOR):
                    continue
                found.setdefault(name.lower(), name)
                if position < len(tokens) and tokens[position].token_type is TokenType.ALIAS:
                    position += 1
                if position < len(tokens) and tokens[position].token_type in _NAMES:
                    found[tokens[position].text.lower()] = name
                    position += 1
        elif kind in _CLAUSES:
            in_from = False
    return found
