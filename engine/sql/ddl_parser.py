"""Parsers for CREATE TABLE and CREATE TRIGGER, which keep SQLite's liberal syntax verbatim.

SQLite accepts any run of words as a column type ("UNSIGNED BIG INT", "STRING") and
derives affinity from the words as written, so the declared type must survive exactly;
sqlglot normalises or rejects such types. Embedded expressions (DEFAULT, CHECK, WHEN,
trigger bodies) are still parsed by sqlglot.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlglot import exp
from sqlglot.errors import ParseError, TokenError
from sqlglot.tokens import TokenType

from engine.errors import NotSupportedError, OperationalError
from engine.sql.dialect import sqlite_dialect
from engine.sql.nodes import AlterTable, ColumnDefinition, CreateTable, CreateTrigger, ForeignKeyDefinition
from engine.sql.script import split_statements, syntax_error, unquote_identifier

StatementParser = Callable[[str], object]  # engine.sql.parser.parse_statement, passed in: it calls us

_TOKEN = re.compile(
    r"""\s+|--[^\n]*|/\*.*?(?:\*/|\Z)"""
    r"""|(?P<string>'(?:[^']|'')*')"""
    r"""|(?P<ident>"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\])"""
    r"""|(?P<number>(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|0[xX][0-9a-fA-F]+)"""
    r"""|(?P<word>[A-Za-z_][A-Za-z_0-9$]*)"""
    r"""|(?P<punct>.)""",
    re.DOTALL,
)


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    start: int
    end: int

    @property
    def upper(self) -> str:
        return self.text.upper() if self.kind == "word" else ""

    @property
    def name(self) -> str:
        return unquote_identifier(self.text)


def tokenize(sql: str) -> list[Token]:
    tokens = []
    for match in _TOKEN.finditer(sql):
        kind = match.lastgroup
        if kind is not None:
            tokens.append(Token(kind, match.group(), match.start(), match.end()))
    return tokens


class _Cursor:
    """A position in a token list, with the small vocabulary a recursive-descent parser needs."""

    def __init__(self, sql: str) -> None:
        self.sql = sql
        self.tokens = tokenize(sql)
        self.index = 0

    def peek(self, ahead: int = 0) -> Token | None:
        position = self.index + ahead
        return self.tokens[position] if position < len(self.tokens) else None

    def at_word(self, *words: str) -> bool:
        token = self.peek()
        return token is not None and token.upper in words

    def at(self, text: str) -> bool:
        token = self.peek()
        return token is not None and token.kind == "punct" and token.text == text

    def accept_words(self, *words: str) -> bool:
        """Consume the words if they come next, in order."""
        for offset, word in enumerate(words):
            token = self.peek(offset)
            if token is None or token.upper != word:
                return False
        self.index += len(words)
        return True

    def accept(self, text: str) -> bool:
        if self.at(text):
            self.index += 1
            return True
        return False

    def expect(self, text: str) -> None:
        if not self.accept(text):
            self.fail(f'expected "{text}"')

    def expect_words(self, *words: str) -> None:
        if not self.accept_words(*words):
            self.fail(f"expected {' '.join(words)}")

    def name(self) -> str:
        token = self.peek()
        if token is None or token.kind not in ("word", "ident", "string"):
            self.fail("expected a name")
        self.index += 1
        return token.name

    def qualified_name(self) -> str:
        name = self.name()
        if self.accept("."):
            name = self.name()
        return name

    def name_list(self) -> tuple[str, ...]:
        self.expect("(")
        names = []
        while True:
            names.append(self.name())
            # index columns in constraints may carry COLLATE and ASC/DESC; they do not matter here
            while self.at_word("ASC", "DESC", "COLLATE"):
                if self.accept_words("COLLATE"):
                    self.name()
                else:
                    self.index += 1
            if not self.accept(","):
                break
        self.expect(")")
        return tuple(names)

    def balanced_span(self) -> tuple[int, int]:
        """Consume a parenthesised group; return the character span inside the parentheses."""
        self.expect("(")
        start = self.tokens[self.index - 1].end
        depth = 1
        while depth:
            token = self.peek()
            if token is None:
                self.fail("unbalanced parentheses")
            self.index += 1
            if token.kind == "punct":
                depth += {"(": 1, ")": -1}.get(token.text, 0)
        return start, self.tokens[self.index - 1].start

    def fail(self, message: str) -> None:
        token = self.peek()
        index = token.start if token is not None else len(self.sql)
        near = f'near "{token.text}": ' if token is not None else "incomplete input: "
        raise syntax_error(near + message, self.sql, index)

    def create_header(self, kind: str) -> tuple[bool, bool, str]:
        """CREATE [TEMP] kind [IF NOT EXISTS] name: (temporary, if not exists, name)."""
        self.expect_words("CREATE")
        temporary = self.accept_words("TEMP") or self.accept_words("TEMPORARY")
        self.expect_words(kind)
        if_not_exists = self.accept_words("IF", "NOT", "EXISTS")
        return temporary, if_not_exists, self.qualified_name()

    def done(self) -> bool:
        return self.index >= len(self.tokens) or (self.at(";") and self.index == len(self.tokens) - 1)


def parse_expression(sql: str, start: int, end: int) -> exp.Expression:
    """Parse sql[start:end] as one expression, reporting errors at their place in ``sql``."""
    text = sql[start:end]
    try:
        trees = sqlite_dialect().parse("SELECT " + text)
        tree = trees[0] if len(trees) == 1 else None
    except (ParseError, TokenError):
        raise syntax_error(f"malformed expression: {text.strip()[:60]}", sql, start) from None
    if not isinstance(tree, exp.Select) or len(tree.expressions) != 1:
        raise syntax_error(f"malformed expression: {text.strip()[:60]}", sql, start)
    return tree.expressions[0]


_COLUMN_CONSTRAINT_WORDS = {
    "CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK", "DEFAULT", "COLLATE",
    "REFERENCES", "GENERATED", "AS",
}
_TABLE_CONSTRAINT_WORDS = {"CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN"}


def parse_create_table(sql: str, parse_statement: StatementParser) -> CreateTable:
    """CREATE TABLE with its declared types and constraints as written (AS SELECT parsed by ``parse_statement``)."""
    cursor = _Cursor(sql)
    temporary, if_not_exists, name = cursor.create_header("TABLE")
    if cursor.accept_words("AS"):
        select_sql = sql[cursor.peek().start:] if cursor.peek() else ""
        select = parse_statement(select_sql)
        if not isinstance(select, exp.Query):
            cursor.fail("expected a SELECT after AS")
        return CreateTable(name, if_not_exists, as_select=select, temporary=temporary)
    cursor.expect("(")
    columns: list[ColumnDefinition] = []
    primary_key: tuple[str, ...] = ()
    primary_key_place = 0
    uniques: list[tuple[str, ...]] = []
    checks: list[tuple[exp.Expression, str]] = []
    foreign_keys: list[ForeignKeyDefinition] = []
    while True:
        if cursor.at_word(*_TABLE_CONSTRAINT_WORDS) and not _is_column_named_like_keyword(cursor):
            if cursor.accept_words("CONSTRAINT"):
                cursor.name()
            if cursor.accept_words("PRIMARY", "KEY"):
                if primary_key or any(c.primary_key for c in columns):
                    cursor.fail(f'table "{name}" has more than one primary key')
                primary_key = cursor.name_list()
                primary_key_place = len(uniques)
                _skip_conflict_clause(cursor)
            elif cursor.accept_words("UNIQUE"):
                uniques.append(cursor.name_list())
                _skip_conflict_clause(cursor)
            elif cursor.accept_words("CHECK"):
                start, end = cursor.balanced_span()
                checks.append((parse_expression(sql, start, end), sql[start:end].strip()))
            elif cursor.accept_words("FOREIGN", "KEY"):
                local = cursor.name_list()
                foreign_keys.append(_parse_references(cursor, local))
            else:
                cursor.fail("expected a table constraint")
        else:
            column = _parse_column(cursor)
            if column.primary_key and (primary_key or any(c.primary_key for c in columns)):
                cursor.fail(f'table "{name}" has more than one primary key')
            columns.append(column)
        if cursor.accept(")"):
            break
        cursor.expect(",")
    without_rowid, strict = _parse_table_options(cursor)
    if not columns:
        cursor.fail("a table needs at least one column")
    seen = set()
    for column in columns:
        if column.name.lower() in seen:
            raise OperationalError(f"duplicate column name: {column.name}", sql=sql)
        seen.add(column.name.lower())
    return CreateTable(name, if_not_exists, tuple(columns), primary_key, tuple(uniques), primary_key_place,
                       tuple(checks), tuple(foreign_keys), temporary=temporary, without_rowid=without_rowid,
                       strict=strict)


def _parse_table_options(cursor: _Cursor) -> tuple[bool, bool]:
    """The options after the column list, comma-separated: (WITHOUT ROWID, STRICT)."""
    without_rowid = strict = False
    if cursor.done():
        return without_rowid, strict
    while True:
        token = cursor.peek()
        if token is None:
            cursor.fail("expected a table option")
        if cursor.accept_words("WITHOUT"):
            option = cursor.peek()
            if option is None or option.upper != "ROWID":
                raise OperationalError(f"unknown table option: {option.text if option else ''}")
            cursor.index += 1
            without_rowid = True
        elif cursor.accept_words("STRICT"):
            strict = True
        elif token.kind in ("word", "ident"):
            raise OperationalError(f"unknown table option: {token.name}")
        else:
            cursor.fail("syntax error")
        if cursor.done():
            return without_rowid, strict
        if not cursor.accept(","):
            cursor.fail("syntax error")


def _is_column_named_like_keyword(cursor: _Cursor) -> bool:
    """A column may be named like a constraint keyword only if a type or comma follows."""
    token = cursor.peek()
    following = cursor.peek(1)
    if token.upper in ("PRIMARY", "FOREIGN"):
        return following is None or following.upper != "KEY"
    if token.upper in ("UNIQUE", "CHECK"):
        return following is None or not (following.kind == "punct" and following.text == "(")
    return False


def _skip_conflict_clause(cursor: _Cursor) -> None:
    """A constraint's own ON CONFLICT: ABORT is what every constraint does; the others are refused."""
    if cursor.accept_words("ON", "CONFLICT"):
        algorithm = cursor.name().upper()
        if algorithm != "ABORT":
            raise NotSupportedError(f"ON CONFLICT {algorithm} on a table constraint is not supported")


def _parse_column(cursor: _Cursor) -> ColumnDefinition:
    sql = cursor.sql
    name = cursor.name()
    type_start = type_end = None
    while True:
        token = cursor.peek()
        if token is None or token.kind == "punct" or token.kind == "string" or token.upper in _COLUMN_CONSTRAINT_WORDS:
            break
        if type_start is None:
            type_start = token.start
        cursor.index += 1
        type_end = token.end
    if type_start is not None and cursor.at("("):
        _, end = cursor.balanced_span()
        type_end = end + 1
    declared_type = " ".join(sql[type_start:type_end].split()) if type_start is not None else ""
    fields: dict[str, object] = {}
    while True:
        if cursor.accept_words("CONSTRAINT"):
            cursor.name()
        if cursor.accept_words("PRIMARY", "KEY"):
            fields["primary_key"] = True
            if cursor.accept_words("DESC"):
                fields["primary_key_desc"] = True
            else:
                cursor.accept_words("ASC")
            _skip_conflict_clause(cursor)
            if cursor.accept_words("AUTOINCREMENT"):
                fields["autoincrement"] = True
        elif cursor.accept_words("NOT", "NULL"):
            fields["not_null"] = True
            _skip_conflict_clause(cursor)
        elif cursor.accept_words("NULL"):
            pass
        elif cursor.accept_words("UNIQUE"):
            fields["unique"] = True
            _skip_conflict_clause(cursor)
        elif cursor.accept_words("CHECK"):
            start, end = cursor.balanced_span()
            fields["check"] = parse_expression(sql, start, end)
            fields["check_sql"] = sql[start:end].strip()
        elif cursor.accept_words("DEFAULT"):
            if "generated" in fields:
                raise OperationalError("cannot use DEFAULT on a generated column")
            fields["default"], fields["default_sql"] = _parse_default(cursor)
        elif cursor.accept_words("COLLATE"):
            fields["collation"] = cursor.name().upper()
        elif cursor.accept_words("REFERENCES"):
            cursor.index -= 1
            fields["references"] = _parse_references(cursor, (name,))
        elif cursor.at_word("GENERATED", "AS"):
            if cursor.accept_words("GENERATED"):
                cursor.expect_words("ALWAYS")
            cursor.expect_words("AS")
            if "default" in fields:
                raise OperationalError(f'error in generated column "{name}"')
            start, end = cursor.balanced_span()
            fields["generated"] = parse_expression(sql, start, end)
            fields["generated_sql"] = sql[start:end].strip()
            if cursor.accept_words("STORED"):
                fields["stored"] = True
            else:
                cursor.accept_words("VIRTUAL")
        else:
            break
    return ColumnDefinition(name, declared_type, **fields)


def _parse_default(cursor: _Cursor) -> tuple[exp.Expression, str]:
    sql = cursor.sql
    if cursor.at("("):
        start, end = cursor.balanced_span()
        return parse_expression(sql, start, end), "(" + sql[start:end].strip() + ")"
    token = cursor.peek()
    if token is None:
        cursor.fail("expected a default value")
    start = token.start
    if token.kind == "punct" and token.text in "+-":
        cursor.index += 1
        token = cursor.peek()
        if token is None or token.kind != "number":
            cursor.fail("expected a number")
    cursor.index += 1
    end = token.end
    following = cursor.peek()
    blob = following is not None and following.kind == "string" and following.start == end
    if token.kind == "word" and token.upper == "X" and blob:
        cursor.index += 1  # a blob literal, x'41': the tokenizer reads the x and the string apart
        end = following.end
        return parse_expression(sql, start, end), sql[start:end]
    text = sql[start:end]
    if token.kind == "ident":
        return exp.Literal.string(token.name), text
    if token.kind == "word" and token.upper not in ("NULL", "TRUE", "FALSE", "CURRENT_TIME", "CURRENT_DATE",
                                                    "CURRENT_TIMESTAMP"):
        return exp.Literal.string(token.text), text
    return parse_expression(sql, start, end), text


_ACTIONS = ("SET NULL", "SET DEFAULT", "CASCADE", "RESTRICT", "NO ACTION")


def _parse_references(cursor: _Cursor, local: tuple[str, ...]) -> ForeignKeyDefinition:
    cursor.expect_words("REFERENCES")
    table = cursor.qualified_name()
    ref_columns = cursor.name_list() if cursor.at("(") else ()
    actions = {"DELETE": "NO ACTION", "UPDATE": "NO ACTION"}
    while True:
        if cursor.accept_words("ON"):
            event = cursor.peek().upper if cursor.peek() else ""
            if event not in actions:
                cursor.fail("expected DELETE or UPDATE")
            cursor.index += 1
            for action in _ACTIONS:
                if cursor.accept_words(*action.split()):
                    actions[event] = action
                    break
            else:
                cursor.fail("expected a foreign key action")
        elif cursor.accept_words("MATCH"):
            cursor.name()
        elif cursor.accept_words("NOT", "DEFERRABLE") or cursor.accept_words("DEFERRABLE"):
            if cursor.accept_words("INITIALLY"):
                cursor.index += 1
        else:
            break
    return ForeignKeyDefinition(local, table, ref_columns, actions["DELETE"], actions["UPDATE"])


def _raise_calls_checked(text: str, sql: str, offset: int) -> str:
    """A trigger body statement whose RAISE calls follow SQLite's grammar, RAISE(IGNORE) or
    RAISE(ROLLBACK | ABORT | FAIL, name-or-string), else the syntax error at the first token that breaks
    it. ROLLBACK comes back quoted: sqlglot reads the keyword as the end of the call."""
    if "raise" not in text.lower():
        return text  # most bodies: no second tokenizing
    try:
        tokens = sqlite_dialect().tokenize(text)
    except TokenError:
        return text  # the parser says what is wrong
    rollbacks = []
    for place, token in enumerate(tokens):
        if token.text.upper() != "RAISE" or place + 1 >= len(tokens) or tokens[place + 1].text != "(":
            continue
        rest = tokens[place + 2:]
        ignore = bool(rest) and rest[0].text.upper() == "IGNORE"
        grammar = [_is_action, _is_closing] if ignore else [_is_action, _is_comma, _is_name, _is_closing]
        for check, got in zip(grammar, rest, strict=False):
            if not check(got):
                raise syntax_error(f'near "{text[got.start:got.end + 1]}": syntax error', sql, offset + got.start)
        if len(rest) < len(grammar):
            raise syntax_error("incomplete input", sql, len(sql))
        if rest[0].text.upper() == "ROLLBACK":
            rollbacks.append(rest[0])
    for token in reversed(rollbacks):
        text = f'{text[:token.start]}"{token.text}"{text[token.end + 1:]}'
    return text


def _is_action(token) -> bool:
    return token.token_type not in (TokenType.STRING, TokenType.IDENTIFIER) and token.text.upper() in (
        "IGNORE", "ROLLBACK", "ABORT", "FAIL")


def _is_comma(token) -> bool:
    return token.text == ","


def _is_closing(token) -> bool:
    return token.text == ")"


def _is_name(token) -> bool:
    return token.token_type in (TokenType.STRING, TokenType.VAR, TokenType.IDENTIFIER)


def _verb_after_with(tokens: list) -> object:
    """The INSERT, UPDATE, DELETE or REPLACE that follows a statement's WITH clause (outside parentheses)."""
    depth = 0
    for token in tokens:
        text = token.text.upper()
        depth += (text == "(") - (text == ")")
        if depth == 0 and text in ("INSERT", "UPDATE", "DELETE", "REPLACE"):
            return token
    return tokens[0]


def parse_create_trigger(sql: str, parse_statement: StatementParser) -> CreateTrigger:
    """CREATE TRIGGER; its WHEN clause and body statements are parsed by sqlglot and ``parse_statement``."""
    cursor = _Cursor(sql)
    _, if_not_exists, name = cursor.create_header("TRIGGER")
    timing = "BEFORE"
    for option in (("BEFORE",), ("AFTER",), ("INSTEAD", "OF")):
        if cursor.accept_words(*option):
            timing = " ".join(option)
            break
    event = cursor.peek().upper if cursor.peek() else ""
    if event not in ("INSERT", "UPDATE", "DELETE"):
        cursor.fail("expected INSERT, UPDATE or DELETE")
    cursor.index += 1
    update_columns: tuple[str, ...] = ()
    lead = len(sql) - len(sql.lstrip())
    spans = []

    def span_of_next_name() -> tuple[int, int]:
        start = cursor.peek().start if cursor.peek() is not None else len(sql)
        return start - lead, start

    if event == "UPDATE" and cursor.accept_words("OF"):
        names = []
        while True:
            start, _ = span_of_next_name()
            names.append(cursor.name())
            spans.append((start, cursor.tokens[cursor.index - 1].end - lead))
            if not cursor.accept(","):
                break
        update_columns = tuple(names)
    cursor.expect_words("ON")
    table_start, _ = span_of_next_name()
    table = cursor.qualified_name()
    table_span = (table_start, cursor.tokens[cursor.index - 1].end - lead)
    cursor.accept_words("FOR", "EACH", "ROW")
    when = None
    when_offset = 0
    if cursor.accept_words("WHEN"):
        start = cursor.peek().start
        when_offset = start - len("SELECT ")
        while cursor.peek() is not None and not cursor.at_word("BEGIN"):
            cursor.index += 1
        if cursor.peek() is None:
            cursor.fail("expected BEGIN")
        when = parse_expression(sql, start, cursor.peek().start)
    cursor.expect_words("BEGIN")
    body_start = cursor.tokens[cursor.index - 1].end
    last = len(cursor.tokens) - 1
    while last >= 0 and cursor.tokens[last].kind == "punct" and cursor.tokens[last].text == ";":
        last -= 1
    if last < cursor.index or cursor.tokens[last].upper != "END":
        raise syntax_error("incomplete input: a trigger body ends with END", sql, len(sql))
    body_sql = sql[body_start:cursor.tokens[last].start]
    body = []
    pieces = split_statements(body_sql)
    for statement in pieces:
        tree = parse_statement(_raise_calls_checked(statement.text, sql, body_start + statement.start))
        if tree.args.get("with_") is not None and not isinstance(tree, exp.Query):
            # SQLite's trigger grammar has no WITH before INSERT/UPDATE/DELETE: it fails at the verb
            verb = _verb_after_with(sqlite_dialect().tokenize(statement.text))
            raise syntax_error(f'near "{verb.text}": syntax error', sql, body_start + statement.start + verb.start)
        body.append(tree)
    if not body:
        raise syntax_error("a trigger body needs at least one statement", sql, body_start)
    return CreateTrigger(name, if_not_exists, timing, event, update_columns, table, when, tuple(body),
                         sql.strip(), when_offset - lead, table_span, tuple(spans),
                         tuple(body_start + statement.start - lead for statement in pieces))


def parse_alter_table(sql: str) -> AlterTable:
    cursor = _Cursor(sql)
    cursor.expect_words("ALTER", "TABLE")
    table = cursor.qualified_name()
    if cursor.accept_words("RENAME"):
        if cursor.accept_words("TO"):
            statement = AlterTable(table, "rename to", new_name=cursor.name())
        else:
            cursor.accept_words("COLUMN")
            old_name = cursor.name()
            cursor.expect_words("TO")
            statement = AlterTable(table, "rename column", old_name=old_name, new_name=cursor.name())
    elif cursor.accept_words("ADD"):
        cursor.accept_words("COLUMN")
        statement = AlterTable(table, "add column", column=_parse_column(cursor))
    elif cursor.accept_words("DROP"):
        cursor.accept_words("COLUMN")
        statement = AlterTable(table, "drop column", old_name=cursor.name())
    else:
        cursor.fail("expected RENAME, ADD or DROP")
    if not cursor.done():
        cursor.fail("unexpected text at the end of ALTER TABLE")
    return statement
