"""UPDATE ... SET rowid = x on a table without a rowid alias, against sqlite3.

SET may name the rowid (rowid, oid or _rowid_) of any rowid table: the row moves to the new rowid, which
takes INTEGER affinity and must then be an integer ("datatype mismatch" otherwise, NULL too), and must be
free ("UNIQUE constraint failed: t.rowid", or under OR REPLACE the row there goes). Triggers see the new
rowid as NEW.rowid, RETURNING returns it, and UPSERT's DO UPDATE may set it too.
"""

from __future__ import annotations

import pytest
from sqlite_twin import Twin, same_answer

SETUP = ["CREATE TABLE t(a, b)", "CREATE UNIQUE INDEX t_b ON t(b)",
         "INSERT INTO t VALUES (1, 2), (3, 4), (5, 6)",
         "CREATE TABLE u(k PRIMARY KEY, v)", "INSERT INTO u VALUES (1, 2)",
         "CREATE TABLE w(k PRIMARY KEY, v) WITHOUT ROWID", "INSERT INTO w VALUES (1, 2)",
         "CREATE TABLE s(a INT, b INT) STRICT", "INSERT INTO s VALUES (1, 2)"]


@pytest.mark.parametrize("statement", [
    "UPDATE t SET rowid = 20 WHERE a = 3", "UPDATE t SET oid = '21' WHERE a = 3", "UPDATE t SET _rowid_ = 22.0",
    "UPDATE t SET rowid = 2.5 WHERE a = 3", "UPDATE t SET rowid = NULL WHERE a = 3", "UPDATE t SET rowid = 'x'",
    "UPDATE t SET rowid = 1 WHERE a = 3", "UPDATE t SET rowid = rowid + 100 WHERE a = 3", "UPDATE t SET rowid = a",
    "UPDATE OR REPLACE t SET rowid = 1 WHERE a = 3", "UPDATE OR IGNORE t SET rowid = 1 WHERE a > 1",
    "UPDATE t SET rowid = rowid * 10, oid = 7 WHERE a = 5", "UPDATE t SET rowid = rowid + 1",
    "UPDATE t SET rowid = -rowid, b = b * 10 RETURNING rowid, a, b", "UPDATE t SET rowid = 9 WHERE a = 1 RETURNING oid",
    "UPDATE t SET (rowid, a) = (40, 41) WHERE a = 5", "UPDATE t SET rowid = u.v * 100 FROM u WHERE t.a = u.k",
    "UPDATE s SET rowid = 5", "UPDATE s SET rowid = 'x'", "UPDATE w SET rowid = 5",
    "INSERT INTO u VALUES (1, 3) ON CONFLICT(k) DO UPDATE SET rowid = 50 RETURNING rowid, *",
    "INSERT INTO u VALUES (1, 3) ON CONFLICT(k) DO UPDATE SET oid = excluded.v RETURNING oid, v",
])
def test_set_rowid_moves_the_row_as_sqlite_does(statement: str) -> None:
    twin = Twin(SETUP)
    same_answer(twin, statement)
    for table in ("t", "u", "s"):
        twin.same(f"SELECT rowid, * FROM {table} ORDER BY rowid")


def test_triggers_see_the_new_rowid() -> None:
    twin = Twin([*SETUP, "CREATE TABLE log(w, x, y, z)"])
    for timing in ("BEFORE", "AFTER"):
        twin.both(f"CREATE TRIGGER u{timing} {timing} UPDATE ON t BEGIN INSERT INTO log VALUES "
                  f"('{timing}', old.rowid, new.rowid, new.b); END")
    same_answer(twin, "UPDATE t SET rowid = rowid + 10, b = b + 1 WHERE a > 1")
    same_answer(twin, "UPDATE t SET rowid = 'x' WHERE a = 1")
    twin.same("SELECT * FROM log ORDER BY rowid")
    twin.same("SELECT rowid, * FROM t ORDER BY rowid")
