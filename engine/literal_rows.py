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

from engine.parser import unquote_identifier
from engine.values import INT64_MAX, INT64_MIN, text_to_real

_NAME = r"""(?:"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\]|[A-Za-z_][A-Za-z_0-9$]*)"""
_HEAD = re.compile(
    r"\s*(?:INSERT(?:\s+OR\s+(?P<policy>REPLACE|IGNORE|ABORT|FAIL|ROLLBACK))?|(?P<replace>REPLACE))\s+INTO\s+"
    r"(?:" + _NAME + r"\s*\.\s*)?(?P<table>" + _NAME + r")\s*"
    r"(?:\((?P<columns>[^()]*)\)\s*)?VALUES\s*",
    re.IGNORECASE,
)
_COLUMN = re.compile(r"\s*(" + _NAME + r")\s*(?:,|\Z)")

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
    re.IGNORECASE | re.VERBOSE,
)
_WORDS = {"NULL": None, "TRUE": 1, "FALSE": 0}
_TRAILING = re.compile(r"\s*(?:;\s*)?\Z")


@dataclass
class LiteralInsert:
    """An INSERT of literal rows: where to, which columns (None: all), the conflict policy, the rows."""

    table: str
    columns: list[str] | None
    policy: str
    rows: list[tuple]


def _number(text: str) -> int | float:
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
    head = _HEAD.match(sql)
    if head is None:
        return None
    columns = None
    if head.group("columns") is not None:
        columns = [unquote_identifier(match.group(1)) for match in _COLUMN.finditer(head.group("columns"))]
        if not columns:
            return None
    policy = "REPLACE" if head.group("replace") else (head.group("policy") or "ABORT").upper()
    rows = _rows(sql, head.end())
    if rows is None:
        return None
    return LiteralInsert(unquote_identifier(head.group("table")), columns, policy, rows)


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
                row.append(token.group(kind)[1:-1].replace("''", "'"))
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
