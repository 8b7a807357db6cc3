"""Rendering values and names back into SQL text (dumps, EXPLAIN, error messages)."""

from __future__ import annotations

import math
import re

_PLAIN_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z_0-9]*\Z")

# Words that cannot stand unquoted as a name in SQLite (a conservative subset).
_RESERVED = frozenset((
    "ABORT", "ACTION", "ADD", "AFTER", "ALL", "ALTER", "ANALYZE", "AND", "AS", "ASC", "ATTACH", "AUTOINCREMENT",
    "BEFORE", "BEGIN", "BETWEEN", "BY", "CASCADE", "CASE", "CAST", "CHECK", "COLLATE", "COLUMN", "COMMIT",
    "CONFLICT", "CONSTRAINT", "CREATE", "CROSS", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP",
    "DATABASE", "DEFAULT", "DEFERRABLE", "DEFERRED", "DELETE", "DESC", "DETACH", "DISTINCT", "DROP", "EACH",
    "ELSE", "END", "ESCAPE", "EXCEPT", "EXCLUSIVE", "EXISTS", "EXPLAIN", "FAIL", "FOR", "FOREIGN", "FROM",
    "FULL", "GLOB", "GROUP", "HAVING", "IF", "IGNORE", "IMMEDIATE", "IN", "INDEX", "INDEXED", "INITIALLY",
    "INNER", "INSERT", "INSTEAD", "INTERSECT", "INTO", "IS", "ISNULL", "JOIN", "KEY", "LEFT", "LIKE", "LIMIT",
    "MATCH", "NATURAL", "NO", "NOT", "NOTNULL", "NULL", "OF", "OFFSET", "ON", "OR", "ORDER", "OUTER", "PLAN",
    "PRAGMA", "PRIMARY", "QUERY", "RAISE", "RECURSIVE", "REFERENCES", "REGEXP", "REINDEX", "RELEASE", "RENAME",
    "REPLACE", "RESTRICT", "RIGHT", "ROLLBACK", "ROW", "SAVEPOINT", "SELECT", "SET", "TABLE", "TEMP",
    "TEMPORARY", "THEN", "TO", "TRANSACTION", "TRIGGER", "UNION", "UNIQUE", "UPDATE", "USING", "VACUUM",
    "VALUES", "VIEW", "VIRTUAL", "WHEN", "WHERE", "WITH", "WITHOUT", "WINDOW", "OVER", "PARTITION", "FILTER",
    "RETURNING",
))


def quote_identifier(name: str) -> str:
    """The name as SQL: bare when that is unambiguous, double-quoted otherwise."""
    if _PLAIN_IDENTIFIER.match(name) and name.upper() not in _RESERVED:
        return name
    return '"' + name.replace('"', '""') + '"'


def real_literal(value: float) -> str:
    """A REAL as SQL text that reads back as exactly the same float."""
    if math.isinf(value):
        return "1e999" if value > 0 else "-1e999"
    text = repr(value)
    if "e" not in text and "." not in text:
        text += ".0"
    return text


def sql_literal(value: object) -> str:
    """Any SQL value as a literal that reads back as the same value and storage class."""
    if value is None:
        return "NULL"
    cls = value.__class__
    if cls is str:
        return "'" + value.replace("'", "''") + "'"
    if cls is int or cls is bool:
        return str(int(value))
    if cls is float:
        return real_literal(value)
    return "X'" + bytes(value).hex().upper() + "'"
