"""A fast reader for INSERT statements whose VALUES are all literals.

Dumps and conformance suites consist mostly of ``INSERT INTO t VALUES (…);`` with plain
literals. Running sqlglot's general parser on each of hundreds of thousands of them
would dominate loading time, so this module recognises that one shape with a single
compiled regular expression and turns the literals into Python values directly, the way
the compiler would. Anything else — an expression, a SELECT, a comment in an odd place
— is left to the general parser (``scan_insert`` returns None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress, repeat
from operator import itemgetter, methodcaller
from sys import intern

from engine.semantics.limits import INT64_MAX, INT64_MIN
from engine.semantics.real_text import text_to_real
from engine.sql.script import unquote_identifier

_NAME = r"""(?:"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\]|[A-Za-z_][A-Za-z_0-9$]*)"""
_HEAD = re.compile(
    r"\s*(?:INSERT(?:\s+OR\s+(?P<policy>REPLACE|IGNORE|ABORT|FAIL|ROLLBACK))?|(?P<replace>REPLACE))\s+INTO\s+"
    r"(?:" + _NAME + r"\s*\.\s*)?(?P<table>" + _NAME + r")\s*"
    r"(?:\((?P<columns>[^()]*)\)\s*)?VALUES\s*",
    re.IGNORECASE | re.ASCII,
)
_COLUMN = re.compile(r"\s*(" + _NAME + r")\s*(?:,|\Z)", re.ASCII)

# One token of a VALUES list. Strings use the unrolled form '[^']*(?:''[^']*)*' which is
# much faster than an alternation per character.
_TOKEN = re.compile(
    r"""\s*(?:
      (?P<string>'[^']*(?:''[^']*)*')
    | (?P<number>[-+]?[ \t]*(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?))(?![\w.])
    | [xX](?P<blob>'[0-9a-fA-F]*')
    | (?:DATE|TIME|TIMESTAMP|DATETIME|INTERVAL)[ \t]*(?P<typed>'[^']*(?:''[^']*)*')
    | (?P<word>NULL|TRUE|FALSE)\b
    | (?P<punct>[(),;])
    )""",
    re.IGNORECASE | re.VERBOSE | re.ASCII,
)
_WORDS = {"NULL": None, "TRUE": 1, "FALSE": 0}
_TRAILING = re.compile(r"\s*(?:;\s*)?\Z", re.ASCII)


@dataclass
class LiteralInsert:
    """An INSERT of literal rows: where to, which columns (None: all), the conflict policy, the rows.

    ``head`` is the statement's text up to its first row: a dump repeats it on every line,
    so a reader can recognise the next row of the same INSERT by it and call `single_row`.
    """

    table: str
    columns: list[str] | None
    policy: str
    rows: list[tuple]
    head: str = ""


def _number(text: str) -> int | float:
    if text.isdigit():
        value = int(text)
        return value if value <= INT64_MAX else float(value)
    text = text.replace(" ", "").replace("\t", "")
    sign = -1 if text.startswith("-") else 1
    digits = text.lstrip("+-")
    if digits[:2] in ("0x", "0X"):
        value = int(digits, 16)
        if value > 0xFFFFFFFFFFFFFFFF:
            raise ValueError("hex literal too big")
        if value > INT64_MAX:
            value -= 1 << 64
        return sign * value
    if "." in digits or "e" in digits or "E" in digits:
        return sign * text_to_real(digits)
    value = int(digits) * sign
    if INT64_MIN <= value <= INT64_MAX:
        return value
    return float(value)


def scan_insert(sql: str) -> LiteralInsert | None:
    """The statement as a LiteralInsert, or None when it is anything but literal VALUES rows."""
    values_at = sql.find("VALUES")
    head = _HEADS.get(sql[:values_at]) if values_at > 0 else None
    if head is None:
        head, position = _head(sql)
        if head is None:
            return None
        if values_at > 0 and sql[values_at:position].rstrip() == "VALUES":
            if len(_HEADS) > 256:
                _HEADS.clear()
            _HEADS[sql[:values_at]] = head
    else:
        position = _BLANKS.match(sql, values_at + 6).end()  # as _HEAD's VALUES\s* would end
    table, columns, policy = head
    row = single_row(sql, position)
    rows = [row] if row is not None else _rows(sql, position)
    if rows is None:
        return None
    return LiteralInsert(table, columns, policy, rows, sql[:position])


# Dumps repeat the same "INSERT INTO t VALUES" thousands of times: its parse is memoised.
_HEADS: dict[str, tuple[str, list[str] | None, str]] = {}
_BLANKS = re.compile(r"\s*", re.ASCII)


def _head(sql: str) -> tuple[tuple[str, list[str] | None, str] | None, int]:
    head = _HEAD.match(sql)
    if head is None:
        return None, 0
    columns = None
    if head.group("columns") is not None:
        columns = [unquote_identifier(match.group(1)) for match in _COLUMN.finditer(head.group("columns"))]
        if not columns:
            return None, 0
    table = unquote_identifier(head.group("table"))
    if table[:7].lower() == "sqlite_":  # SQLite's own tables (sqlite_sequence's marks) hold no plain rows
        return None, 0
    policy = "REPLACE" if head.group("replace") else (head.group("policy") or "ABORT").upper()
    return (table, columns, policy), head.end()


# Text values are interned: a results table repeats a few hundred file paths, statuses and
# messages across hundreds of thousands of rows, and sharing them halves a loaded dump's memory.
# The common case, one row per statement, in one C-level pass: the values between the row's
# parentheses, split at top-level commas (quotes respected); plain strings and integers are
# converted inline, the rest by _value.
# Possessive quantifiers keep the engine from backtracking; an unquoted value keeps its
# trailing blanks, which _value strips.
_RAW = r"""(?:[A-Za-z]+[ \t]*)?'[^']*+(?:''[^']*+)*+'|[^,'\s][^,']*+"""
_RAW_VALUE = re.compile(rf"(\s*({_RAW})\s*(?:,(?!\s*\Z)|\Z))", re.ASCII)
_WHOLE = itemgetter(0)


def single_row(sql: str, position: int) -> tuple | None:
    """The one row of literals from ``position`` to the end of the statement, or None."""
    opening = position
    while opening < len(sql) and sql[opening] in " \t\n":
        opening += 1
    closing = sql.rfind(")")
    if opening >= len(sql) or sql[opening] != "(" or closing < opening or sql[closing + 1:].strip(" \t\n;"):
        return None
    inside = sql[opening + 1:closing]
    found = _RAW_VALUE.findall(inside)
    # findall skips what it cannot match: the values must cover the text without gaps
    if not found or sum(map(len, map(_WHOLE, found))) != len(inside):
        return None
    values = tuple(map(_literal, map(_RAW_OF, found)))
    return None if _NOT_LITERAL in values else values


_RAW_OF = itemgetter(1)


def _literal(raw: str) -> object:
    """The value of one raw literal: the common kinds inline, the rest by _value."""
    return (intern(raw[1:-1]) if raw[0] == "'" and "''" not in raw else
            None if raw == "NULL" else
            int(raw) if raw.isdigit() and len(raw) < 19 and raw.isascii() else
            raw[11:-1] if raw[:11] == "TIMESTAMP '" and "''" not in raw else
            _value(raw))


def row_run(text: str, position: int, head: str, width: int, end: int) -> tuple[list[tuple], int] | None:
    """The rows of the one-row INSERT lines that follow one another from ``position`` (before ``end``),
    each ``head`` then a row of ``width`` literals, and where they stop; None if the first is not one.

    A dump is mostly such lines, hundreds of thousands per table: one regular expression finds where
    they stop, one more splits all their values, and each column is converted as a whole, so no
    Python code runs per row.
    """
    patterns = _RUN_PATTERNS.get((head, width))
    if patterns is None:
        if len(_RUN_PATTERNS) > 64:
            _RUN_PATTERNS.clear()
        patterns = _RUN_PATTERNS[head, width] = _run_patterns(head, width)
    lines, values = patterns
    run = lines.match(text, position, end)
    if run is None:
        return None
    raws = values.findall(text, position + len(head) + 1, run.end())
    count = len(raws) // width
    if count * width != len(raws):
        return None
    columns = [_column(raws[start::width]) for start in range(width)]
    if any(_NOT_LITERAL in column for column in columns):
        return None
    return list(zip(*columns, strict=True)), run.end()


_RUN_PATTERNS: dict[tuple[str, int], tuple[re.Pattern, re.Pattern]] = {}
# a value in a run: a string (typed or not), or unquoted text up to the next separator
_RUN_RAW = r"""(?:[A-Za-z]+[ \t]*)?'[^']*+(?:''[^']*+)*+'|[^,'\s);][^,');\n]*+"""
_ROW_END = r"\)[ \t]*;[ \t]*(?:\n|\Z)"


def _run_patterns(head: str, width: int) -> tuple[re.Pattern, re.Pattern]:
    """The pattern of a run of lines (each exactly ``width`` values), and that of one value in it and
    what follows it: a comma, or the row's end and the next line's head."""
    value = rf"\s*(?:{_RUN_RAW})\s*"
    lines = re.compile(rf"(?:{re.escape(head)}\((?:{value},){{{width - 1}}}{value}{_ROW_END})++", re.ASCII)
    values = re.compile(rf"\s*({_RUN_RAW})\s*(?:,|{_ROW_END}(?:{re.escape(head)}\()?)", re.ASCII)
    return lines, values


_INNER = itemgetter(slice(1, -1))
_TIMESTAMP_INNER = itemgetter(slice(11, -1))
_UNQUOTE = methodcaller("replace", "''", "'")


def _column(raws: list[str]) -> list:
    """The values of one column's raw literals: a column of strings, integers or timestamps, NULLs among
    them, in a few passes of C code; any other column one literal at a time by _literal."""
    nulls = list(compress(range(len(raws)), map("NULL".__eq__, raws))) if "NULL" in raws else []
    if nulls:  # read as a stand-in of the column's kind, then made NULL again
        kind = next(filter("NULL".__ne__, raws), "NULL")
        stand_in = "''" if kind[0] == "'" else "TIMESTAMP ''" if kind.startswith("TIMESTAMP '") else "0"
        typed = list(map({"NULL": stand_in}.get, raws, raws))
    else:
        typed = raws
    values = _same_kind(typed)
    if values is None:
        return list(map(_literal, raws))
    for position in nulls:
        values[position] = None
    return values


def _same_kind(raws: list[str]) -> list | None:
    """The values of raw literals that are all plain strings, all small integers or all timestamps."""
    if all(map(str.startswith, raws, repeat("'"))):
        return list(map(intern, map(_UNQUOTE, map(_INNER, raws))))
    if all(map(str.startswith, raws, repeat("TIMESTAMP '"))):
        return list(map(_UNQUOTE, map(_TIMESTAMP_INNER, raws)))
    if all(map(str.isdigit, raws)) and all(map(str.isascii, raws)) and max(map(len, raws)) < 19:
        return list(map(int, raws))
    return None


_NOT_LITERAL = object()
_SHORT_DECIMAL = re.compile(r"-?\d+\.\d+\Z", re.ASCII)
_TYPED = re.compile(r"(?:DATE|TIME|TIMESTAMP|DATETIME|INTERVAL)[ \t]*'", re.IGNORECASE | re.ASCII)
_NUMBER = re.compile(r"[-+]?[ \t]*(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\Z", re.ASCII)


def _value(raw: str) -> object:
    """The value of one literal's text, or _NOT_LITERAL for anything else (an expression)."""
    raw = raw.rstrip()
    first = raw[0]
    if first == "'":
        return raw[1:-1].replace("''", "'")
    if not raw.isascii():  # Python reads other scripts' digits and spaces; SQLite reads them as a name
        return _NOT_LITERAL
    if raw.isdigit():
        value = int(raw)
        return value if value <= INT64_MAX else float(value)
    word = _WORDS.get(raw.upper(), _NOT_LITERAL)
    if word is not _NOT_LITERAL:
        return word
    if raw[-1] != "'" and len(raw) <= 16 and _SHORT_DECIMAL.match(raw):
        return float(raw)  # at most 15 digits: Python's float() is SQLite's reading
    if first.isdigit() or first in "-+.":
        if _NUMBER.match(raw) is None:
            return _NOT_LITERAL
        try:
            return _number(raw)
        except ValueError:
            return _NOT_LITERAL
    if raw[-1] == "'":
        if first in "xX" and raw[1] == "'":
            text = raw[2:-1]
            if len(text) % 2 or any(c not in "0123456789abcdefABCDEF" for c in text):
                return _NOT_LITERAL
            return bytes.fromhex(text)
        if _TYPED.match(raw):
            return raw[raw.index("'") + 1:-1].replace("''", "'")
    return _NOT_LITERAL


def _rows(sql: str, position: int) -> list[tuple] | None:
    """Parse ``(v, …), (v, …)`` from ``position`` to the end of the statement."""
    rows = []
    match = _TOKEN.match
    length = len(sql)
    while True:
        token = match(sql, position)
        if token is None or token.group("punct") != "(":
            return None
        position = token.end()
        row = []
        while True:
            token = match(sql, position)
            if token is None:
                return None
            position = token.end()
            kind = token.lastgroup
            if kind == "string":
                row.append(intern(token.group(kind)[1:-1].replace("''", "'")))
            elif kind == "number":
                try:
                    row.append(_number(token.group(kind)))
                except ValueError:
                    return None
            elif kind == "word":
                row.append(_WORDS[token.group(kind).upper()])
            elif kind == "typed":
                row.append(token.group(kind)[1:-1].replace("''", "'"))
            elif kind == "blob":
                text = token.group(kind)[1:-1]
                if len(text) % 2:
                    return None
                row.append(bytes.fromhex(text))
            else:
                return None
            token = match(sql, position)
            if token is None:
                return None
            position = token.end()
            punct = token.group("punct")
            if punct == ")":
                break
            if punct != ",":
                return None
        rows.append(tuple(row))
        token = match(sql, position)
        if token is None or token.group("punct") != ",":
            break
        position = token.end()
    if _TRAILING.match(sql, position) is None or position > length:
        return None
    return rows
