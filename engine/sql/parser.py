"""SQL text to syntax trees: script splitting, sqlglot parsing, and the statements sqlglot lacks.

sqlglot parses queries and most statements. SQLite statements that sqlglot does not
know (SAVEPOINT, RELEASE, REINDEX, CREATE TRIGGER, CREATE ROLE, REPLACE INTO, EXPLAIN)
and CREATE TABLE, whose declared types and constraints we need verbatim, are recognised
here first and handed to small parsers of our own. Parsed statements are cached by text:
conformance suites and notebooks run the same statements many times.
"""

from __future__ import annotations

import logging
import re
import threading
from functools import lru_cache
from itertools import pairwise
from operator import attrgetter

from sqlglot import exp
from sqlglot.errors import ParseError, TokenError
from sqlglot.tokens import Token, TokenType

from engine.errors import NotSupportedError, OperationalError
from engine.semantics.functions import BUILTIN_NAMES, PLAIN_CALLS
from engine.semantics.values import BLOB, INTEGER, NUMERIC, REAL, TEXT, affinity_of_type
from engine.sql.ddl_parser import parse_alter_table, parse_create_table, parse_create_trigger
from engine.sql.dialect import (
    MAY_BE_SPECIAL_KEY,
    PLACEHOLDERS_KEY,
    PLAIN_CALL_MARK,
    SOURCE_KEY,
    SPECIAL_NODES,
    SQLGLOT_FUNCTION_GRAMMARS,
    SQLGLOT_FUNCTIONS,
    TOKENS_KEY,
    UNARY_PLUS,
    UPSERT_CLAUSES,
    sqlite_dialect,
)
from engine.sql.nodes import (
    Begin,
    Commit,
    CreateRole,
    CreateSchema,
    DropTrigger,
    Explain,
    NoOp,
    Pragma,
    Reindex,
    Release,
    Rollback,
    RollbackTo,
    Savepoint,
)
from engine.sql.result_names import TokenSpans
from engine.sql.script import (
    CONTENT,
    SCAN,
    content_start,
    has_content,
    line_and_column,
    offset_of,
    syntax_error,
    unquote_identifier,
)

logging.getLogger("sqlglot").setLevel(logging.ERROR)

# --- parsing ---------------------------------------------------------------------------------

_LEADING_WORDS = re.compile(r"([A-Za-z_]+)(?:\s+([A-Za-z_]+))?(?:\s+([A-Za-z_]+))?")
_IDENT = r"""(?:"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\]|[A-Za-z_][A-Za-z_0-9$]*|'(?:[^']|'')*')"""




# Few: compiled queries are cached as statements; this serves DDL and recompiles after a schema change,
# and every tree it holds lives on into the garbage collector's older generations.
@lru_cache(maxsize=16)
def parse_statement(sql: str) -> object:
    """Parse one statement (no trailing semicolon needed) into a syntax tree; cached by text."""
    begin = content_start(sql)
    words = _LEADING_WORDS.match(sql, begin)
    if words is None:
        return _parse_with_sqlglot(sql)
    first = words.group(1).upper()
    second = (words.group(2) or "").upper()
    third = (words.group(3) or "").upper()
    if first == "CREATE":
        if second in ("TEMP", "TEMPORARY"):
            second, third = third, ""
        if second == "TABLE":
            return parse_create_table(sql, parse_statement)
        if second == "TRIGGER":
            return parse_create_trigger(sql, parse_statement)
        if second == "ROLE":
            return CreateRole(_name_after(sql, words.end(2)), sql[begin:].strip())
        if second == "SCHEMA":
            return _parse_create_schema(sql, begin, words.end(2))
    if first == "ALTER" and second == "TABLE":
        return parse_alter_table(sql)
    if first == "DROP" and second == "TRIGGER":
        return _parse_drop_trigger(sql, words.end(2))
    if first in ("SAVEPOINT", "RELEASE", "BEGIN", "START", "COMMIT", "END", "ROLLBACK"):
        return _parse_transaction_control(sql, begin, words, first, second)
    if first == "REINDEX":
        rest = sql[words.end(1):].strip()
        return Reindex(unquote_identifier(rest) if rest else None)
    if first == "REPLACE" and second == "INTO":
        return _parse_with_sqlglot(sql[:begin] + "INSERT OR " + sql[begin:])
    if first == "UPDATE" and second == "OR":  # sqlglot lacks UPDATE OR <conflict policy>
        tree = _parse_with_sqlglot(sql[:begin] + "UPDATE" + sql[words.end(3):])
        tree.set("alternative", third)
        return tree
    if first == "EXPLAIN":
        query_plan = second == "QUERY" and third == "PLAN"
        inner = sql[words.end(3) if query_plan else words.end(1):]
        return Explain(parse_statement(inner), query_plan)
    if first == "PRAGMA":
        return _parse_pragma(sql, begin)
    if first in ("ANALYZE", "VACUUM"):
        return NoOp(sql[begin:].strip())
    if first not in _SQLGLOT_STATEMENT_WORDS:  # as SQLite: "SELEC 1" is wrong at its first word
        raise syntax_error(f'near "{words.group(1)}": syntax error', sql, begin)
    return _parse_with_sqlglot(sql)


_SQLGLOT_STATEMENT_WORDS = frozenset({"SELECT", "VALUES", "WITH", "INSERT", "REPLACE", "UPDATE", "DELETE", "CREATE",
                                      "DROP", "ALTER"})


def _parse_transaction_control(sql: str, begin: int, words: re.Match, first: str, second: str) -> object:
    """BEGIN, COMMIT/END, ROLLBACK [TO savepoint], SAVEPOINT and RELEASE."""
    if first == "SAVEPOINT":
        return Savepoint(_name_after(sql, words.end(1)))
    if first == "RELEASE":
        rest = words.end(1)
        if second == "SAVEPOINT":
            rest = words.end(2)
        return Release(_name_after(sql, rest))
    if first in ("BEGIN", "START"):
        return Begin()
    if first in ("COMMIT", "END"):
        return Commit()
    match = re.match(r"\s*ROLLBACK(?:\s+TRANSACTION)?(?:\s+TO(?:\s+SAVEPOINT)?\s+(" + _IDENT + r"))?\s*\Z",
                     sql[begin:], re.IGNORECASE)
    if match is None:
        raise syntax_error("syntax error in ROLLBACK", sql, begin)
    return RollbackTo(unquote_identifier(match.group(1))) if match.group(1) else Rollback()


def _name_after(sql: str, index: int) -> str:
    match = re.match(r"\s*(" + _IDENT + r")\s*\Z", sql[index:])
    if match is None:
        raise syntax_error("expected a name", sql, index)
    return unquote_identifier(match.group(1))


def _parse_create_schema(sql: str, begin: int, index: int) -> CreateSchema:
    match = re.match(r"\s*(IF\s+NOT\s+EXISTS\s+)?(" + _IDENT + r")(?:\s+AUTHORIZATION\s+" + _IDENT + r")?\s*\Z",
                     sql[index:], re.IGNORECASE)
    if match is None:
        raise syntax_error("syntax error in CREATE SCHEMA", sql, index)
    return CreateSchema(unquote_identifier(match.group(2)), bool(match.group(1)), sql[begin:].strip())


def _parse_drop_trigger(sql: str, index: int) -> DropTrigger:
    match = re.match(r"\s*(IF\s+EXISTS\s+)?(?:" + _IDENT + r"\s*\.\s*)?(" + _IDENT + r")\s*\Z",
                     sql[index:], re.IGNORECASE)
    if match is None:
        raise syntax_error("syntax error in DROP TRIGGER", sql, index)
    return DropTrigger(unquote_identifier(match.group(2)), bool(match.group(1)))


def _parse_pragma(sql: str, begin: int) -> Pragma:
    match = re.match(r"\s*PRAGMA\s+(?:" + _IDENT + r"\s*\.\s*)?(" + _IDENT + r")\s*(?:=\s*(.*?)|\((.*?)\))?\s*\Z",
                     sql[begin:], re.IGNORECASE | re.DOTALL)
    if match is None:
        raise syntax_error("syntax error in PRAGMA", sql, begin)
    value = match.group(2) if match.group(2) is not None else match.group(3)
    return Pragma(unquote_identifier(match.group(1)).lower(),
                  unquote_identifier(value.strip()) if value else None)


_NUMBERED_PARAMETER = re.compile(r"\?(\d+)")


def _numbered_parameters_as_named(sql: str) -> str:
    """sqlglot does not read SQLite's ?NNN parameters; they become :_NNN, which the compiler numbers alike."""
    if _NUMBERED_PARAMETER.search(sql) is None:
        return sql
    parts = []
    for match in SCAN.finditer(sql):
        token = match.group()
        parts.append(_NUMBERED_PARAMETER.sub(r":_\1", token) if token[0] not in "'\"`[-/" else token)
    return "".join(parts)


def _cast_types_by_affinity(sql: str) -> str:
    """The text with each CAST's type name replaced by a name of the same affinity, padded to the same length.

    SQLite gives a type name its affinity by substrings ("Datatypes In SQLite" 3.1: STRING and DATE are
    NUMERIC, FLOATING POINT is REAL), while sqlglot maps names to its own types (STRING to TEXT) or refuses
    them (FLOATING POINT). A CAST depends only on the affinity, and the padding keeps every position, so the
    result columns are still named after the text as written.
    """
    if "(" not in sql or _CAST_WORD.search(sql) is None:  # the search is slow, a "(" is a CAST's
        return sql
    tokens = [match for match in _TYPE_SCAN.finditer(sql) if not match.group().isspace()
              and match.group()[:2] not in ("--", "/*")]
    spans = []
    for index, token in enumerate(tokens[:-1]):
        if token.group().upper() in ("CAST", "TRY_CAST") and tokens[index + 1].group() == "(":
            span = _cast_type_span(tokens, index + 1)
            if span is not None:
                spans.append(span)
    for start, end in reversed(spans):
        written = sql[start:end]
        name = _AFFINITY_TYPE_NAMES[affinity_of_type(written)]
        padding = "".join(c if c == "\n" else " " for c in written[len(name):])
        sql = sql[:start] + name + padding + sql[end:]
    return sql


def _cast_type_span(tokens: list[re.Match], open_index: int) -> tuple[int, int] | None:
    """(start, end) of the type name after the last top-level AS of the CAST whose "(" is at ``open_index``."""
    depth, as_token = 0, None
    for index in range(open_index, len(tokens)):
        text = tokens[index].group()
        if text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
            if depth == 0:
                if as_token is None or as_token + 1 >= index:
                    return None
                start, end = tokens[as_token + 1].start(), tokens[index - 1].end()
                return (start, end) if _TYPE_NAME.fullmatch(tokens[0].string[start:end]) else None
        elif depth == 1 and text.upper() == "AS":
            as_token = index
    return None


_TYPE_SCAN = re.compile(r"""'(?:[^']|'')*'?|"(?:[^"]|"")*"?|`[^`]*`?|\[[^\]]*\]?|--[^\n]*|/\*.*?(?:\*/|\Z)|"""
                        r"[A-Za-z_][A-Za-z_0-9$]*|\d+|\s+|.", re.DOTALL)
_CAST_WORD = re.compile(r"\b(?:TRY_)?CAST\s*\(", re.IGNORECASE)
_TYPE_WORD = r"""(?:[A-Za-z_][A-Za-z_0-9$]*|"(?:[^"]|"")*")"""
_TYPE_NAME = re.compile(_TYPE_WORD + r"(?:\s+" + _TYPE_WORD + r")*(?:\s*\(\s*[+-]?\d+\s*(?:,\s*[+-]?\d+\s*)?\))?")
# the shortest names sqlglot keeps as written, one per affinity (no SQLite type name of an affinity is shorter)
_AFFINITY_TYPE_NAMES = {INTEGER: "INT", TEXT: "TEXT", BLOB: "BLOB", REAL: "REAL", NUMERIC: "N"}


def _groups_frames_readable(tokens: list[Token]) -> list[Token]:
    """sqlglot reads GROUPS right after a window's "(" as the name of a base window, and then fails on the
    frame; a PARTITION BY NULL before it (one partition, as without PARTITION BY) lets it read the frame."""
    for index in range(len(tokens) - 2, 0, -1):
        token = tokens[index]
        if (token.token_type == TokenType.VAR and token.text.upper() == "GROUPS"
                and tokens[index - 1].token_type == TokenType.L_PAREN
                and (tokens[index + 1].token_type in (TokenType.BETWEEN, TokenType.NUMBER)
                     or tokens[index + 1].text.upper() in ("UNBOUNDED", "CURRENT"))):
            place = (token.line, token.col, token.start, token.start)
            tokens[index:index] = [Token(TokenType.PARTITION_BY, "PARTITION BY", *place),
                                   Token(TokenType.NULL, "NULL", *place)]
    return tokens


# tokens after which "name(" is a table or a CTE with its column list, not a call
_NAME_CONTEXTS = frozenset((TokenType.INTO, TokenType.TABLE, TokenType.FROM, TokenType.JOIN, TokenType.UPDATE,
                            TokenType.ON, TokenType.VIEW, TokenType.INDEX, TokenType.DOT, TokenType.WITH,
                            TokenType.RECURSIVE))


def _calls_by_name(tokens: list[Token]) -> list[Token]:
    """Keep calls of functions SQLite lacks as the user wrote them; returns the calls of such names that
    sqlglot reads with a grammar of its own.

    sqlglot builds its own node for every function it knows in any dialect (json_extract becomes
    JSONExtractScalar, with its path parsed its way), so a call of a name the engine does not know
    as sqlglot's node is marked for sqlglot to read as a plain call (its ``sqlglot.anonymous``
    comment): the engine then sees the name as written and the arguments untouched.
    """
    special: list[Token] = []
    var, l_paren = TokenType.VAR, TokenType.L_PAREN
    for index, (token, following) in enumerate(pairwise(tokens)):
        if token.token_type != var or following.token_type != l_paren:
            continue
        upper = token.text.upper()
        lower = token.text.lower()
        if upper not in SQLGLOT_FUNCTIONS or upper == "CAST" or (lower in BUILTIN_NAMES and lower not in PLAIN_CALLS):
            continue
        if upper in SQLGLOT_FUNCTION_GRAMMARS and lower in PLAIN_CALLS:
            token.text += PLAIN_CALL_MARK  # json_object: a name sqlglot has no grammar for is a plain call
            continue
        if upper in SQLGLOT_FUNCTION_GRAMMARS:  # POSITION, DECODE, ...: none of them is SQLite's
            if index == 0 or tokens[index - 1].token_type not in _NAME_CONTEXTS:
                special.append(token)
            continue
        depth = 0
        for later in range(index + 1, len(tokens)):
            kind = tokens[later].token_type
            depth += (kind == TokenType.L_PAREN) - (kind == TokenType.R_PAREN)
            if depth == 0:
                tokens[later].comments.append(exp.SQLGLOT_ANONYMOUS)
                break
    return special


_ARROWS = frozenset((TokenType.ARROW, TokenType.DARROW))
_ARROW_LITERALS = frozenset((TokenType.STRING, TokenType.NUMBER))
_ARGUMENT_STARTS = frozenset((TokenType.L_PAREN, TokenType.COMMA))


def _arrow_operands_parenthesized(tokens: list[Token]) -> list[Token]:
    """Parentheses that keep sqlglot reading -> and ->> as SQLite does.

    A literal right of the operator is wrapped (``x -> ('a')``): sqlglot would turn it into a
    path of its own syntax, and SQLite's abbreviated paths ('a', 1, '[1]') need it as
    written. A left operand that starts a function argument is wrapped twice
    (``f(((x)) -> 'a')``): sqlglot would read ``x -> ...`` there as a lambda.
    """
    if not any(token.token_type in _ARROWS for token in tokens):
        return tokens
    opens = [0] * len(tokens)
    closes = [0] * len(tokens)
    for index, token in enumerate(tokens):
        if token.token_type not in _ARROWS or index == 0:
            continue
        following = index + 1
        if following < len(tokens) and tokens[following].token_type in _ARROW_LITERALS:
            opens[following] += 1
            closes[following] += 1
        if token.token_type != TokenType.ARROW:
            continue
        start = index - 1
        if tokens[start].token_type == TokenType.R_PAREN:
            depth = 0
            while start >= 0:
                kind = tokens[start].token_type
                depth += (kind == TokenType.R_PAREN) - (kind == TokenType.L_PAREN)
                if depth == 0:
                    break
                start -= 1
        if start > 0 and tokens[start - 1].token_type in _ARGUMENT_STARTS:
            opens[start] += 2
            closes[index - 1] += 2
    result: list[Token] = []
    for index, token in enumerate(tokens):
        result.extend(Token(TokenType.L_PAREN, "(", token.line, token.col, token.start, token.start)
                      for _ in range(opens[index]))
        result.append(token)
        result.extend(Token(TokenType.R_PAREN, ")", token.line, token.col, token.end, token.end)
                      for _ in range(closes[index]))
    return result


# the tokens sqlglot reads a placeholder from: "?" and ":name" (the parser's PLACEHOLDER_PARSERS)
_PLACEHOLDER_TOKENS = frozenset((TokenType.PLACEHOLDER, TokenType.COLON))
_PLUS_BEFORE_NAME = re.compile(r"\+\s*[A-Za-z_\"`\[]", re.IGNORECASE)  # as _UNARY_PLUS reads names

_GROUPS_WORD = re.compile("groups", re.IGNORECASE)  # as str.upper() reads it ("groupſ" too)

_PARSING = threading.local()
_TOKEN_TYPE = attrgetter("token_type")


def _tokenizer_and_parser() -> tuple:
    """One sqlglot Tokenizer and Parser per thread, reused: building them cost about 2% of the corpus's
    time. Both start afresh on every call (parse resets the parser, the tokenizer keeps no state between
    texts), and sqlglot never calls back into this module mid-parse, so a nested parse cannot interleave."""
    pair = getattr(_PARSING, "pair", None)
    if pair is None:
        dialect = sqlite_dialect()
        pair = _PARSING.pair = (dialect.tokenizer(), dialect.parser())
    return pair


def _parse_with_sqlglot(sql: str) -> exp.Expression:
    sql = _numbered_parameters_as_named(sql)
    parsed = _cast_types_by_affinity(sql)
    # a unary plus before a name needs a "+" and then a name's first character: most texts have neither
    unary_plus = {match.end() for match in _UNARY_PLUS.finditer(sql)} if _PLUS_BEFORE_NAME.search(sql) else None
    try:
        tokenizer, parser = _tokenizer_and_parser()
        tokens = tokenizer.tokenize(parsed)
        kinds = set(map(_TOKEN_TYPE, tokens))  # one pass: each rewrite below needs tokens of its kinds
        anonymous = []
        if TokenType.VAR in kinds and TokenType.L_PAREN in kinds:  # a window's "(GROUPS", a call "name("
            if _GROUPS_WORD.search(parsed):
                tokens = _groups_frames_readable(tokens)
            anonymous = _calls_by_name(tokens)
        if not kinds.isdisjoint(_ARROWS):
            tokens = _arrow_operands_parenthesized(tokens)
        extra_clauses = []
        if TokenType.INSERT in kinds:
            tokens, extra_clauses = _upsert_clauses(tokens, sql)
        trees = parser.parse(tokens, parsed)
        clauses = [_parse_upsert_clause(sqlite_dialect(), clause, parsed) for clause in extra_clauses]
    except ParseError as error:
        detail = error.errors[0] if error.errors else {}
        line, column = detail.get("line", 1), detail.get("col", 1)
        near = detail.get("highlight") or ""
        description = detail.get("description") or "syntax error"
        end = offset_of(sql, line, column) + 1
        if description.startswith("Required keyword"):  # sqlglot's node for f() wants an argument
            _raise_for_empty_call(sql)
        if description.startswith("The number of provided arguments"):  # sqlglot's node takes fewer
            _raise_for_call_before(sql, offset_of(sql, line, column))
        empty_list = _EMPTY_SELECT_LIST.search(sql)
        if empty_list is not None and empty_list.end() < end - len(near):  # "SELECT FROM WHERE": SQLite stops early
            raise _syntax_error_at(sql, empty_list.end()) from None
        if near and "Unexpected token" not in description and not has_content(sql[end:].replace(";", " ")):
            raise _syntax_error_at(sql, end) from None  # it wanted more: SQLite's "incomplete input"
        message = f'near "{near}": syntax error' if near else "syntax error"
        if "Invalid expression" not in description and "<" not in description:
            message += f" ({description})"  # a hint beyond SQLite's message, unless it is sqlglot's internals
        start = max(end - len(near), 0) if near else end - 1
        line, column = line_and_column(sql, min(start, len(sql)))
        raise OperationalError(message, line=line, column=column, sql=sql) from None
    except TokenError:
        index = _unterminated_literal(sql)
        raise syntax_error("unrecognized token: unterminated string or identifier", sql, index) from None
    colons = [token for token in tokens if token.token_type == TokenType.DCOLON] if TokenType.DCOLON in kinds else []
    if colons:  # sqlglot's "x::type" cast; SQLite has no such token
        raise syntax_error('unrecognized token: ":"', sql, colons[0].start)
    trees = [tree for tree in trees if tree is not None]
    if len(trees) != 1:
        raise OperationalError("expected exactly one statement", sql=sql)
    tree = trees[0]
    if extra_clauses or (isinstance(tree, exp.Insert) and tree.args.get("conflict") is not None):
        _check_upsert_source(tree, sql, tokens)
        if extra_clauses:
            tree.set(UPSERT_CLAUSES, [tree.args["conflict"], *clauses])
    if anonymous:  # SQLite finds a syntax error before an unknown function
        raise syntax_error(f"no such function: {anonymous[0].text}", sql, anonymous[0].start)
    tree.meta[SOURCE_KEY] = sql  # result column names are cut from the text (engine.result_names)
    tree.meta[TOKENS_KEY] = TokenSpans.of(tokens)  # ... at the tokens the parse read, not tokenized again
    tree.meta[PLACEHOLDERS_KEY] = not kinds.isdisjoint(_PLACEHOLDER_TOKENS)
    if not isinstance(tree, _STATEMENT_TYPES):
        # sqlglot reads a bare expression ("SELEC x" as a column with an alias) or falls back to a
        # Command for what it does not know; neither is a statement SQLite would accept.
        begin = content_start(sql)
        word = _LEADING_WORDS.match(sql, begin)
        near = word.group(1) if word else sql[begin:begin + 10]
        raise OperationalError(f'near "{near}": syntax error', line=1, column=begin + 1, sql=sql)
    _apply_sqlite_parse_rules(tree, sql, unary_plus)
    return tree


def _is_word(token: Token, word: str) -> bool:
    return token.text.upper() == word


def _upsert_clauses(tokens: list[Token], sql: str) -> tuple[list[Token], list[list[Token]]]:
    """An INSERT's ON CONFLICT clauses as SQLite reads them: sqlglot reads only one, so the tokens of the
    second and later clauses are cut out (and parsed alone by `_parse_upsert_clause`). Raises SQLite's
    syntax errors for what it refuses there: ON CONFLICT ON CONSTRAINT, ON DUPLICATE KEY, a clause with
    no target before another, DO NOTHING with a WHERE, and DEFAULT VALUES with any clause."""
    if not tokens or not any(t.token_type == TokenType.INSERT for t in tokens):
        return tokens, []
    starts, end, depth = [], len(tokens), 0
    for index, token in enumerate(tokens):
        kind = token.token_type
        depth += (kind == TokenType.L_PAREN) - (kind == TokenType.R_PAREN)
        if depth or index + 1 >= len(tokens):
            continue
        if kind == TokenType.ON and _is_word(tokens[index + 1], "DUPLICATE"):
            raise syntax_error('near "DUPLICATE": syntax error', sql, tokens[index + 1].start)
        if kind == TokenType.ON and _is_word(tokens[index + 1], "CONFLICT"):
            starts.append(index)
        elif starts and kind in (TokenType.RETURNING, TokenType.SEMICOLON):
            end = index
            break
    if not starts:
        return tokens, []
    first = starts[0]
    if first >= 2 and _is_word(tokens[first - 2], "DEFAULT") and _is_word(tokens[first - 1], "VALUES"):
        raise syntax_error('near "ON": syntax error', sql, tokens[first].start)
    bounds = list(zip(starts, [*starts[1:], end], strict=True))
    for number, (start, stop) in enumerate(bounds):
        after = tokens[start + 2] if start + 2 < stop else None
        if after is not None and after.token_type == TokenType.ON:
            raise syntax_error('near "ON": syntax error', sql, after.start)
        if number + 1 < len(bounds) and (after is None or after.token_type != TokenType.L_PAREN):
            raise syntax_error('near "ON": syntax error', sql, tokens[stop].start)  # only the last may lack one
        if after is not None and after.token_type == TokenType.L_PAREN and tokens[start + 3].token_type == \
                TokenType.R_PAREN:
            raise syntax_error('near ")": syntax error', sql, tokens[start + 3].start)
        _check_upsert_action(tokens, start, stop, sql)
    if len(starts) == 1:
        return tokens, []
    return tokens[:starts[1]] + tokens[end:], [tokens[start:stop] for start, stop in bounds[1:]]


def _check_upsert_action(tokens: list[Token], start: int, stop: int, sql: str) -> None:
    """SQLite's errors in a clause's DO NOTHING / DO UPDATE SET, which sqlglot reads more loosely."""
    inner = 0
    for index in range(start, stop):
        kind = tokens[index].token_type
        inner += (kind == TokenType.L_PAREN) - (kind == TokenType.R_PAREN)
        if _is_word(tokens[index], "NULLS") and index + 1 < stop and inner == 1:
            raise OperationalError(f"unsupported use of NULLS {tokens[index + 1].text.upper()}", sql=sql)
        if inner or not _is_word(tokens[index], "DO"):
            continue
        action = tokens[index + 1] if index + 1 < stop else None
        if action is None or (_is_word(action, "UPDATE") and (index + 3 >= stop or not _is_word(tokens[index + 2],
                                                                                               "SET"))):
            if action is not None and index + 2 < stop and not _is_word(tokens[index + 2], "SET"):
                raise syntax_error(f'near "{tokens[index + 2].text}": syntax error', sql, tokens[index + 2].start)
            raise syntax_error("incomplete input", sql, len(sql.rstrip().rstrip(";").rstrip()))
        if not (_is_word(action, "NOTHING") or _is_word(action, "UPDATE")):
            raise syntax_error(f'near "{action.text}": syntax error', sql, action.start)
        if _is_word(action, "NOTHING") and index + 2 < stop:
            raise syntax_error(f'near "{tokens[index + 2].text}": syntax error', sql, tokens[index + 2].start)
        return


def _parse_upsert_clause(dialect, clause: list[Token], sql: str) -> exp.OnConflict:
    """One ON CONFLICT clause, read by sqlglot after an INSERT of its own (which is thrown away)."""
    head = dialect.tokenize("INSERT INTO t VALUES (0) ")
    return dialect.parser().parse(head + clause, sql)[0].args["conflict"]


def _check_upsert_source(tree: exp.Expression, sql: str, tokens: list[Token]) -> None:
    """SQLite reads the ON of ``INSERT ... SELECT ... FROM t ON CONFLICT`` as the join constraint of t, and
    fails at the DO: a SELECT ending in its FROM clause needs a WHERE (``WHERE true``) before an upsert."""
    source = tree.args.get("expression")
    while isinstance(source, exp.SetOperation):
        if any(source.args.get(key) for key in ("order", "limit", "offset")):
            return
        source = source.expression
    if not isinstance(source, exp.Select) or source.args.get("from_") is None:
        return
    if any(source.args.get(key) for key in ("where", "group", "having", "order", "limit", "offset", "windows")):
        return
    joins = source.args.get("joins") or []
    if joins and (joins[-1].args.get("on") is not None or joins[-1].args.get("using")):
        return
    start = next((t.start for t in tokens if _is_word(t, "DO")), len(sql))
    raise syntax_error('near "DO": syntax error', sql, start)


# A "+" where an operand must start (after an operator, "(", ",", a keyword or nothing) is unary.
_UNARY_PLUS = re.compile(r"(?:^|[(,=<>!*/%|&~+\-]|\b(?:SELECT|DISTINCT|ALL|WHERE|AND|OR|NOT|ON|WHEN|THEN|ELSE|CASE|BY|"
                         r"HAVING|IN|IS|BETWEEN|LIKE|GLOB|VALUES|SET|LIMIT|OFFSET))\s*\+\s*(?=[A-Za-z_\"`\[])",
                         re.IGNORECASE)


# Keywords SQLite never takes as an unquoted name (those without a fallback to an identifier).
_RESERVED = frozenset({
    "ADD", "ALL", "ALTER", "AND", "AS", "AUTOINCREMENT", "BETWEEN", "CASE", "CHECK", "COLLATE", "COMMIT",
    "CONSTRAINT", "CREATE", "DEFAULT", "DEFERRABLE", "DELETE", "DISTINCT", "DROP", "ELSE", "ESCAPE", "EXCEPT",
    "EXISTS", "FOREIGN", "FROM", "GROUP", "HAVING", "IN", "INDEX", "INSERT", "INTERSECT", "INTO", "IS", "ISNULL",
    "JOIN", "LIMIT", "NOT", "NOTHING", "NOTNULL", "NULL", "ON", "OR", "ORDER", "PRIMARY", "REFERENCES", "RETURNING",
    "SELECT", "SET", "TABLE", "THEN", "TO", "TRANSACTION", "UNION", "UNIQUE", "UPDATE", "USING", "VALUES", "WHEN",
    "WHERE"
})
_CONTINUATIONS = frozenset({"AND", "AS", "BETWEEN", "COLLATE", "EXCEPT", "FROM", "GROUP", "HAVING", "IN", "INTERSECT",
                            "IS", "JOIN", "LIMIT", "NOT", "ON", "OR", "ORDER", "UNION", "USING", "WHERE"})
_EMPTY_CALL = re.compile(r"(?<![\w.])([A-Za-z_]\w*)\s*\(\s*\)")
_CALL = re.compile(r"(?<![\w.])([A-Za-z_]\w*)\s*\(")


def _call_error(sql: str, call: re.Match) -> OperationalError:
    """SQLite's error for a call sqlglot refused for its argument count: a wrong count of a function
    SQLite has, or no such function."""
    name = call.group(1)
    line, column = line_and_column(sql, call.start())
    message = (f"wrong number of arguments to function {name}()" if name.lower() in BUILTIN_NAMES
               else f"no such function: {name}")
    return OperationalError(message, line=line, column=column, sql=sql)


def _raise_for_empty_call(sql: str) -> None:
    """A call without the arguments its function needs (``max()``, ``substr()``)."""
    for call in _EMPTY_CALL.finditer(sql):
        if call.group(1).upper() in SQLGLOT_FUNCTIONS:
            raise _call_error(sql, call)


def _raise_for_call_before(sql: str, end: int) -> None:
    """The innermost call of a known function still open at ``end`` (too many arguments)."""
    calls = [call for call in _CALL.finditer(sql, 0, end) if call.group(1).upper() in SQLGLOT_FUNCTIONS]
    for call in reversed(calls):
        inside = sql[call.end() - 1:end]
        if inside.count("(") > inside.count(")"):  # not closed before the error
            raise _call_error(sql, call)


_EMPTY_SELECT_LIST = re.compile(r"\bSELECT(?:\s+(?:DISTINCT|ALL)\b)?\s*(?=\)|;|\Z|(?:FROM|WHERE|GROUP|HAVING|ORDER|"
                                r"LIMIT|UNION|EXCEPT|INTERSECT|WINDOW)\b)", re.IGNORECASE)
_EMPTY_SET_LIST = re.compile(r"\bSET\b\s*", re.IGNORECASE)
_NEXT_TOKEN = re.compile(r"[A-Za-z_0-9$]+|'(?:[^']|'')*'?|\S")


# clauses sqlglot reads from other dialects, which SQLite has not (DISTINCT ON, QUALIFY, TABLESAMPLE, ...)
_SQLGLOT_ONLY_CLAUSES = {
    exp.Select: ("kind", "hint", "into", "operation_modifiers", "exclude", "match", "laterals", "connect", "pivots",
                 "prewhere", "qualify", "distribute", "sort", "cluster", "locks", "sample", "settings", "format",
                 "options", "for_"),
    exp.Distinct: ("on",),
    exp.Table: ("laterals", "pivots", "hints", "system_time", "version", "format", "pattern", "ordinality", "when",
                "only", "partition", "changes", "rows_from", "sample"),
}

_CLAUSE_NAMES = {"on": "DISTINCT ON", "sample": "TABLESAMPLE", "connect": "CONNECT BY", "for_": "FOR",
                 "into": "SELECT INTO", "match": "MATCH_RECOGNIZE", "locks": "FOR UPDATE", "laterals": "LATERAL",
                 "pivots": "PIVOT"}


def _apply_sqlite_parse_rules(tree: exp.Expression, sql: str, unary_plus: set[int] | None) -> None:
    """What SQLite's parser does that sqlglot's does not: fail on typos sqlglot would run as something
    else, fold ``x AND 0`` to 0 before any name in x is resolved (SQLite's sqlite3ExprAnd), and mark
    the columns written "+column" (at the ``unary_plus`` offsets): sqlglot drops the operator, yet in
    SQLite "+col" has no affinity ('+int_column = '1'' compares an integer with text)."""
    if isinstance(tree, exp.Update) and not tree.expressions:  # "UPDATE t SET"
        found = _EMPTY_SET_LIST.search(sql)
        raise _syntax_error_at(sql, found.end() if found else len(sql))
    if isinstance(tree, exp.Insert) and tree.expression is None and not tree.args.get("default"):
        raise _syntax_error_at(sql, len(sql))  # "INSERT INTO t": no VALUES, SELECT or DEFAULT VALUES
    if "VALUES" in sql.upper():
        _check_values_rows(sql)
    conjunctions, comparisons = [], []
    special = False  # a node of SPECIAL_NODES met, which the planner would otherwise walk the tree to find
    for node in tree.walk():  # one pass: these trees can have hundreds of nodes (find_all walks slower)
        cls = node.__class__
        if not special:
            special = _SPECIAL_CLASSES.get(cls)
            if special is None:
                special = _SPECIAL_CLASSES[cls] = issubclass(cls, SPECIAL_NODES)
        if cls not in _RULED_CLASSES:  # most nodes (identifiers, literals, most operators) have no rule
            continue
        if cls is exp.And:
            conjunctions.append(node)
            continue
        if cls in _PRECEDENCE_FIXED:
            comparisons.append(node)
            continue
        if cls is exp.Mod and "start" in node.meta and sql[node.meta["start"]:node.meta["end"] + 1].lower() == "mod":
            # sqlglot reads mod(x, y) as the % operator; SQLite's mod() is the math function (REAL)
            node.replace(exp.Anonymous(this="mod", expressions=[node.this, node.expression]))
            special = True
            continue
        if cls is exp.LowerHex:  # sqlglot fuses lower(hex(x)) into one node; SQLite has the two functions
            node.replace(exp.Lower(this=exp.Hex(this=node.this)))
            continue
        if cls is exp.Column and unary_plus:
            first = node.args.get("table") or node.this
            if isinstance(first, exp.Identifier) and first.meta.get("start") in unary_plus:
                node.set(UNARY_PLUS, True)
            continue
        if cls is exp.Select and not node.expressions:  # "SELECT FROM t", a bare "SELECT"
            found = _EMPTY_SELECT_LIST.search(sql)
            raise _syntax_error_at(sql, found.end() if found else len(sql))
        if cls in _SQLGLOT_ONLY_CLAUSES:
            for key in _SQLGLOT_ONLY_CLAUSES[cls]:
                if node.args.get(key):
                    written = _CLAUSE_NAMES.get(key) or key.rstrip("_").replace("_", " ").upper()
                    raise NotSupportedError(f"{written} is not supported")
        name = node.args.get("alias") if cls is exp.Alias else node.args.get("this") if cls is exp.TableAlias else None
        if name.__class__ is exp.Identifier and not name.quoted and name.name.upper() in _RESERVED:
            start, end = name.meta.get("start"), name.meta.get("end")
            if start is None or sql[start:end + 1].upper() != name.name.upper():
                raise OperationalError(f'near "{name.name}": syntax error', sql=sql)
            named = cls is exp.TableAlias and node.parent.__class__ is exp.CTE
            after_as = named or re.search(r"\bAS\s*\Z", sql[:start], re.IGNORECASE) is not None
            # a CTE's name or a name after AS is wrong itself; a bare GROUP, ORDER, WHERE... starts a
            # clause or an operator, and SQLite stops at what follows it
            continues = not after_as and name.name.upper() in _CONTINUATIONS
            raise _syntax_error_at(sql, end + 1 if continues else start)
    tree.meta[MAY_BE_SPECIAL_KEY] = special
    for comparison in reversed(comparisons):  # deepest first (the walk is breadth-first)
        _regroup_comparison(comparison)
    for conjunction in reversed(conjunctions):  # innermost first: "1 AND 0 AND x" folds twice
        if _is_literal_zero(conjunction.this) or _is_literal_zero(conjunction.expression):
            zero = exp.Literal.number(0)
            # keep a position in the text, so the result column is still named "0 AND x" (engine.result_names)
            positions = [part.meta for part in conjunction.walk()
                         if isinstance(part, exp.Identifier | exp.Literal) and part.meta.get("start") is not None]
            if positions:
                zero.meta.update(min(positions, key=lambda meta: meta["start"]))
            conjunction.replace(zero)


# SQLite's binary operator levels ("SQL Language Expressions"): < <= > >= bind tighter than
# = == != <> IS IN LIKE GLOB MATCH REGEXP BETWEEN, which share one level, left to right. sqlglot puts
# BETWEEN, IN, LIKE, GLOB and REGEXP above both: "1 <= -1 BETWEEN 0 AND 0" is (1 <= -1) BETWEEN 0 AND 0.
_INEQUALITIES = (exp.LT, exp.LTE, exp.GT, exp.GTE)
_PRECEDENCE_FIXED = frozenset((*_INEQUALITIES, exp.EQ, exp.NEQ))
_RANGE_OPERATORS = (exp.Between, exp.In, exp.Like, exp.Glob, exp.RegexpLike)
# where each range operator keeps its last operand, which sqlglot parsed tighter than a comparison
_LAST_OPERAND = {exp.Between: "high", exp.Like: "expression", exp.Glob: "expression", exp.RegexpLike: "expression"}
_SPECIAL_CLASSES: dict[type, bool] = {}  # whether a node class is one of SPECIAL_NODES (sqlglot has hundreds)
# the node classes a rule of _apply_sqlite_parse_rules looks at (exactly these classes, not subclasses)
_RULED_CLASSES = frozenset((exp.And, *_PRECEDENCE_FIXED, exp.Mod, exp.LowerHex, exp.Column, exp.Select,
                            *_SQLGLOT_ONLY_CLAUSES, exp.Alias, exp.TableAlias))


def _range_operator(node: exp.Expression) -> exp.Expression | None:
    """The BETWEEN/IN/LIKE/GLOB/REGEXP node ``node`` is (through a NOT BETWEEN/IN/...), else None.

    A call like like(X, Y) or glob(X, Y) is not an operator: its arguments are already grouped.
    """
    inner = node.this if node.__class__ is exp.Not else node
    return inner if isinstance(inner, _RANGE_OPERATORS) and not _written_as_call(inner) else None


def _written_as_call(node: exp.Expression) -> bool:
    """like(X, Y) and glob(X, Y) parse as Y LIKE X: their operands stand in the text in reverse order."""
    if not isinstance(node, exp.Like | exp.Glob):
        return False
    operand, pattern = _text_start(node.this), _text_start(node.expression)
    return operand is not None and pattern is not None and operand > pattern


def _text_start(node: exp.Expression) -> int | None:
    starts = [part.meta["start"] for part in node.walk()
              if isinstance(part, exp.Identifier | exp.Literal) and part.meta.get("start") is not None]
    return min(starts, default=None)


def _regroup_comparison(comparison: exp.Expression) -> None:
    """Rebuild ``a OP b RANGE ...`` and ``a RANGE b < c`` with SQLite's grouping (children already done)."""
    right = comparison.expression
    if _range_operator(right) is not None:
        leaf = _range_operator(right)
        while _range_operator(leaf.this) is not None:
            leaf = _range_operator(leaf.this)
        comparison.replace(right)
        comparison.set("expression", leaf.this)
        leaf.set("this", comparison)
    left = comparison.this
    inner = _range_operator(left)
    if comparison.__class__ in _INEQUALITIES and inner is not None and inner.__class__ in _LAST_OPERAND:
        key = _LAST_OPERAND[inner.__class__]
        comparison.replace(left)
        comparison.set("this", inner.args[key])
        inner.set(key, comparison)


def _is_literal_zero(node: exp.Expression) -> bool:
    while isinstance(node, exp.Paren):
        node = node.this
    return isinstance(node, exp.Literal) and not node.is_string and node.this.isdigit() and int(node.this) == 0


def _check_values_rows(sql: str) -> None:
    """Each row of VALUES is parenthesised in SQLite; sqlglot also reads ``VALUES 0`` as ``VALUES (0)``."""
    tokens = [(found.start(), found.group()) for found in _TYPE_SCAN.finditer(sql)
              if not found.group().isspace() and not found.group().startswith(("--", "/*"))]
    for index, (_, token) in enumerate(tokens):
        if token.upper() != "VALUES" or (index and tokens[index - 1][1].upper() == "DEFAULT"):
            continue
        position = index + 1
        while True:
            if position >= len(tokens) or tokens[position][1] != "(":
                raise _syntax_error_at(sql, tokens[position][0] if position < len(tokens) else len(sql))
            depth = 0
            while position < len(tokens):
                depth += (tokens[position][1] == "(") - (tokens[position][1] == ")")
                position += 1
                if depth == 0:
                    break
            if position >= len(tokens) or tokens[position][1] != ",":
                break
            position += 1


def _syntax_error_at(sql: str, index: int) -> OperationalError:
    """SQLite's error for a statement that goes wrong at ``index``: the token there, or the end of input."""
    index += CONTENT.match(sql, index).end() - index
    token = _NEXT_TOKEN.match(sql, index)
    if token is None or not has_content(sql[index:].replace(";", " ")):
        return syntax_error("incomplete input", sql, len(sql.rstrip().rstrip(";").rstrip()))
    return syntax_error(f'near "{token.group()}": syntax error', sql, index)


_STATEMENT_TYPES = (exp.Query, exp.Values, exp.Insert, exp.Update, exp.Delete, exp.Create, exp.Drop, exp.Alter,
                    exp.Transaction, exp.Commit, exp.Rollback, exp.Pragma)


def _unterminated_literal(sql: str) -> int:
    """Offset of the quote that opens a literal or identifier never closed."""
    for match in SCAN.finditer(sql):
        token = match.group()
        if token[0] in "'\"`[" and (len(token) == 1 or token[-1] != {"[": "]"}.get(token[0], token[0])):
            return match.start()
    return 0
