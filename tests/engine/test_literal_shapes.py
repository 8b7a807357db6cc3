"""Statements that differ only in their literals, run on one connection in both orders, against sqlite3.

Anything that reuses work between statements (the statement cache, the shared sqlglot tokenizer and
parser, a cache by statement shape with the literals lifted out) must give each statement the answer
sqlite3 gives it alone: the rows with their types, the column names, or the error class and message.
Each pair below differs in a literal whose value the compiler may use at compile time.
"""

from __future__ import annotations

import sqlite3

import pytest

import engine
from tests.engine.sqlite_twin import Twin, typed

SETUP = (
    "CREATE TABLE t(a INTEGER, b TEXT, c REAL, d)",
    "INSERT INTO t VALUES (1, 'x', 1.5, NULL), (2, 'y', -0.0, 'q'), (3, 'X', 2.0, x'00ff'), (1, '1', 3.25, 7)",
)

PAIRS = [
    # the kind of a literal: integer, real, text, blob, NULL
    ("SELECT 1 AS v, typeof(1) AS k", "SELECT 1.0 AS v, typeof(1.0) AS k"),
    ("SELECT a FROM t WHERE a = 1", "SELECT a FROM t WHERE a = '1'"),
    ("SELECT b FROM t WHERE b = 1", "SELECT b FROM t WHERE b = '1'"),
    ("SELECT a FROM t WHERE d = 7", "SELECT a FROM t WHERE d = x'00ff'"),
    ("SELECT a FROM t WHERE a = 1 ORDER BY c", "SELECT a FROM t WHERE a = NULL ORDER BY c"),
    ("SELECT 1 + 2 AS v", "SELECT 1 + 2.5 AS v"),
    ("SELECT 7 / 2 AS v", "SELECT 7.0 / 2 AS v"),
    ("SELECT 7 % 0 AS v", "SELECT 7 % 3 AS v"),
    # sign, -0.0 and integer overflow
    ("SELECT -0.0 AS v, 1 / -0.0 AS w", "SELECT -1.0 AS v, 1 / -1.0 AS w"),
    # real constants are bound names in the generated source: one source, each statement its own values
    ("SELECT a FROM t WHERE c > 1.5 AND c < 3.0", "SELECT a FROM t WHERE c > 2.0 AND c < 3.5"),
    # 0.0 and -0.0 compare equal, as Python values and as constants' keys: atan2 shows the sign
    ("SELECT atan2(0.0, c * 0.0) AS v, atan2(0.0, c * -0.0) AS w FROM t",
     "SELECT atan2(0.0, c * -0.0) AS v, atan2(0.0, c * 0.0) AS w FROM t"),
    ("SELECT -9223372036854775808 AS v", "SELECT -9223372036854775807 AS v"),
    ("SELECT 9223372036854775807 + 0 AS v", "SELECT 9223372036854775808 + 0 AS v"),
    ("SELECT 9223372036854775807 + 1 AS v", "SELECT 9223372036854775806 + 1 AS v"),
    ("SELECT 0x10 AS v", "SELECT 16 AS v"),
    # column numbers and limits
    ("SELECT a, b FROM t ORDER BY 1, 2", "SELECT a, b FROM t ORDER BY 2, 1"),
    ("SELECT a, count(*) FROM t GROUP BY 1 ORDER BY 1", "SELECT a, count(*) FROM t GROUP BY 2 ORDER BY 1"),
    ("SELECT a FROM t ORDER BY a, c LIMIT 1", "SELECT a FROM t ORDER BY a, c LIMIT 3"),
    ("SELECT a FROM t ORDER BY a, c LIMIT 2 OFFSET 1", "SELECT a FROM t ORDER BY a, c LIMIT 2 OFFSET 3"),
    ("SELECT a FROM t ORDER BY a, c LIMIT -1", "SELECT a FROM t ORDER BY a, c LIMIT 0"),
    # patterns, collations, lists
    ("SELECT b FROM t WHERE b LIKE 'x' ORDER BY b", "SELECT b FROM t WHERE b LIKE '_' ORDER BY b"),
    ("SELECT b FROM t WHERE b GLOB 'x' ORDER BY b", "SELECT b FROM t WHERE b GLOB '[xX]' ORDER BY b"),
    ("SELECT b FROM t WHERE b LIKE 'x%' ESCAPE 'x'", "SELECT b FROM t WHERE b LIKE 'x%' ESCAPE '%'"),
    ("SELECT 'a' = 'A' COLLATE NOCASE AS v", "SELECT 'a' = 'B' COLLATE NOCASE AS v"),
    ("SELECT a FROM t WHERE a IN (1, 2) ORDER BY c", "SELECT a FROM t WHERE a IN (1, 2, 3) ORDER BY c"),
    ("SELECT a FROM t WHERE a IN (1, NULL) ORDER BY c", "SELECT a FROM t WHERE a IN (1, '2') ORDER BY c"),
    ("SELECT 1 IN (1, 2) AS v", "SELECT 3 IN (1, 2) AS v"),
    ("SELECT a FROM t WHERE a BETWEEN 1 AND 2 ORDER BY c", "SELECT a FROM t WHERE a BETWEEN 2 AND 1 ORDER BY c"),
    # CAST, functions whose arguments are compiled specially
    ("SELECT CAST('12abc' AS INTEGER) AS v", "SELECT CAST('12.5' AS INTEGER) AS v"),
    ("SELECT CAST(1 AS TEXT) AS v", "SELECT CAST(1.5 AS TEXT) AS v"),
    ("SELECT printf('%d', 3.7) AS v", "SELECT printf('%.2f', 3.7) AS v"),
    ("SELECT json_extract('{\"a\":1,\"b\":[2]}', '$.a') AS v",
     "SELECT json_extract('{\"a\":1,\"b\":[2]}', '$.b[0]') AS v"),
    ("SELECT '{\"a\":1}' -> 'a' AS v", "SELECT '{\"a\":1}' -> '$' AS v"),
    ("SELECT substr('hello', 2) AS v", "SELECT substr('hello', -2) AS v"),
    ("SELECT round(2.5) AS v", "SELECT round(2.5, 1) AS v"),
    ("SELECT log(2, 8) AS v", "SELECT log(10, 8) AS v"),
    ("SELECT abs(-1) AS v", "SELECT abs(-1.0) AS v"),
    ("SELECT coalesce(NULL, 1) AS v", "SELECT coalesce(NULL, 'x') AS v"),
    # constant folding of AND/OR, CASE and NULL tests
    ("SELECT a FROM t WHERE b = 'x' AND 0", "SELECT a FROM t WHERE b = 'x' AND 1"),
    ("SELECT a FROM t WHERE a = 1 OR 1 ORDER BY c", "SELECT a FROM t WHERE a = 1 OR 0 ORDER BY c"),
    ("SELECT CASE 1 WHEN 1 THEN 'one' ELSE 'other' END AS v", "SELECT CASE 2 WHEN 1 THEN 'one' ELSE 'other' END AS v"),
    ("SELECT CASE WHEN 0 THEN 1 ELSE 2 END AS v", "SELECT CASE WHEN 0.5 THEN 1 ELSE 2 END AS v"),
    ("SELECT 1 IS NULL AS v", "SELECT NULL IS NULL AS v"),
    ("SELECT 5 IS 5.0 AS v", "SELECT 5 IS '5' AS v"),
    # unaliased result columns are named by their text
    ("SELECT 1 + 2", "SELECT 3 + 4"),
    ("SELECT a + 1 FROM t ORDER BY c", "SELECT a + 10 FROM t ORDER BY c"),
    ("SELECT * FROM (SELECT 1 + 2) AS s", "SELECT * FROM (SELECT 5 + 6) AS s"),
    # windows
    ("SELECT a, sum(a) OVER (ORDER BY c ROWS 1 PRECEDING) AS s FROM t ORDER BY c",
     "SELECT a, sum(a) OVER (ORDER BY c ROWS 2 PRECEDING) AS s FROM t ORDER BY c"),
    ("SELECT a, ntile(2) OVER (ORDER BY c) AS s FROM t ORDER BY c",
     "SELECT a, ntile(3) OVER (ORDER BY c) AS s FROM t ORDER BY c"),
    ("SELECT a, lag(a, 1, 0) OVER (ORDER BY c) AS s FROM t ORDER BY c",
     "SELECT a, lag(a, 2, 'none') OVER (ORDER BY c) AS s FROM t ORDER BY c"),
    # errors from a literal's value
    ("SELECT abs(-9223372036854775807 - 1) AS v", "SELECT abs(-9223372036854775807) AS v"),
    ("SELECT a FROM t ORDER BY 1", "SELECT a FROM t ORDER BY 2"),
    ("SELECT a FROM t LIMIT 'x'", "SELECT a FROM t LIMIT 1"),
]


def _outcome(connection, sql: str):
    """Rows with their types and the column names, or the error's class name and message."""
    try:
        cursor = connection.execute(sql)
        rows = cursor.fetchall()
    except (sqlite3.Error, engine.Error) as error:
        return ("error", type(error).__name__, str(error))
    return ("rows", typed(rows), [column[0] for column in cursor.description])


@pytest.mark.parametrize(("first", "second"), PAIRS, ids=[pair[0] for pair in PAIRS])
def test_statements_differing_in_literals_get_their_own_answers(first, second):
    twin = Twin(SETUP)
    for sql in (first, second, first, second, second, first):
        ours, theirs = _outcome(twin.ours, sql), _outcome(twin.theirs, sql)
        if theirs[0] == "error":
            assert ours[0] == "error", (sql, ours)
            assert ours[1:] == theirs[1:], (sql, ours, theirs)
        else:
            assert ours == theirs, sql


def test_the_shared_parser_recovers_from_errors_between_statements():
    twin = Twin(SETUP)
    for sql in ("SELECT a FROM t WHERE a = 1", "SELECT 'unterminated", "SELECT a FROM t WHERE a = 2",
                "SELECT (1", "SELECT FROM", "SELECT a + 1 AS v FROM t ORDER BY c"):
        ours, theirs = _outcome(twin.ours, sql), _outcome(twin.theirs, sql)
        assert ours[0] == theirs[0], (sql, ours, theirs)
        if ours[0] == "rows":
            assert ours == theirs, sql
