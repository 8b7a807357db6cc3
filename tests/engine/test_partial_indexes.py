"""Partial indexes (CREATE INDEX … WHERE): only the rows the WHERE admits are in the index and its UNIQUE
check, queries never read an index that lacks rows, SQLite's errors for what the WHERE may hold, and the
clause survives PRAGMA index_list, renames, ROLLBACK and a dump."""

from __future__ import annotations

import pytest
from sqlite_twin import Twin

import engine


def test_a_partial_unique_index_checks_only_the_rows_it_holds() -> None:
    twin = Twin(["CREATE TABLE t(a, b, c TEXT COLLATE NOCASE)", "CREATE UNIQUE INDEX u ON t(a) WHERE b > 0",
                 "CREATE UNIQUE INDEX v ON t(c) WHERE t.b IS NOT NULL AND c <> 'free'",
                 "INSERT INTO t VALUES (1, 0, 'free'), (1, 0, 'free'), (1, 1, 'x'), (2, NULL, 'X')"])
    for statement in ("INSERT INTO t VALUES (1, 5, 'y')", "UPDATE t SET b = 1 WHERE b = 0",
                      "INSERT INTO t VALUES (3, 2, 'X')", "UPDATE t SET b = 7 WHERE a = 2"):
        twin.both_fail(statement, engine.IntegrityError)
    for statement in ("INSERT INTO t VALUES (1, -1, 'q')", "INSERT OR REPLACE INTO t VALUES (1, 9, 'z')",
                      "UPDATE t SET b = 0 WHERE b = 9", "UPDATE t SET b = 3 WHERE a = 1 AND b = 0 AND c = 'free'",
                      "INSERT OR IGNORE INTO t VALUES (1, 4, 'w')", "DELETE FROM t WHERE b = 3",
                      "INSERT INTO t VALUES (1, 4, 'free')", "INSERT INTO t VALUES (5, NULL, 'q')"):
        twin.same_outcome(statement)
    for query in ("SELECT * FROM t WHERE a = 1 ORDER BY b, c", "SELECT * FROM t WHERE b > 0 ORDER BY a",
                  "SELECT c FROM t WHERE c = 'X' ORDER BY 1", "SELECT * FROM t ORDER BY a, b, c",
                  "SELECT a FROM t", "PRAGMA index_list(t)", "PRAGMA index_info(u)"):
        twin.same(query)
    twin.both_fail("CREATE UNIQUE INDEX w ON t(a) WHERE b <= 0", engine.IntegrityError)
    twin.both_fail("SELECT * FROM t INDEXED BY u WHERE a = 1")


@pytest.mark.parametrize("statement", [
    "CREATE INDEX i ON t(a) WHERE b > (SELECT 1)", "CREATE INDEX i ON t(a) WHERE b > ?",
    "CREATE INDEX i ON t(a) WHERE random() > 0", "CREATE INDEX i ON t(a) WHERE s.x > 0",
    "CREATE INDEX i ON t(a) WHERE nope > 0", "CREATE INDEX i ON t(a) WHERE count(*) > 0",
    "CREATE INDEX i ON t(a) WHERE EXISTS (SELECT 1)",
])
def test_what_a_partial_index_where_may_not_hold(statement: str) -> None:
    twin = Twin(["CREATE TABLE t(a, b)", "CREATE TABLE s(x)"])
    twin.both_fail(statement)
    twin.same("SELECT name FROM sqlite_master WHERE type = 'index'")


def test_the_where_survives_renames_rollback_and_a_dump() -> None:
    twin = Twin(["CREATE TABLE t(a, b)", "CREATE UNIQUE INDEX u ON t(a) WHERE t.b > 0 AND b < 10"])
    twin.both("BEGIN")
    twin.both("ALTER TABLE t RENAME COLUMN b TO bee")
    twin.both("ROLLBACK")
    twin.both("INSERT INTO t VALUES (1, 1), (1, 20)")
    twin.both("ALTER TABLE t RENAME COLUMN b TO bee")
    twin.both("ALTER TABLE t RENAME TO t2")
    twin.both("INSERT INTO t2 VALUES (1, 0)")
    twin.both_fail("INSERT INTO t2 VALUES (1, 5)", engine.IntegrityError)
    twin.same("SELECT * FROM t2 ORDER BY 1, 2")
    copy = engine.connect()
    copy.executescript(twin.ours.dump_sql())
    assert "WHERE" in copy.execute("SELECT sql FROM sqlite_master WHERE name = 'u'").fetchone()[0]
    with pytest.raises(engine.IntegrityError, match=r"UNIQUE constraint failed: t2\.a"):
        copy.execute("INSERT INTO t2 VALUES (1, 6)")
    copy.execute("INSERT INTO t2 VALUES (1, 60)")


@pytest.mark.parametrize("clause", [
    "ON CONFLICT(a) DO UPDATE SET b = 9", "ON CONFLICT(a) WHERE b > 0 DO UPDATE SET b = 9",
    "ON CONFLICT(a) WHERE b > 1 DO NOTHING", "ON CONFLICT DO UPDATE SET b = 7",
    "ON CONFLICT(a) WHERE b > 0 AND 1 DO NOTHING", "ON CONFLICT DO NOTHING"])
def test_an_upsert_targets_a_partial_index_by_its_own_where(clause: str) -> None:
    twin = Twin(["CREATE TABLE t(a, b)", "CREATE UNIQUE INDEX u ON t(a) WHERE b > 0", "INSERT INTO t VALUES (1, 1)"])
    twin.same_outcome(f"INSERT INTO t VALUES (1, 2) {clause}")
    twin.same("SELECT * FROM t ORDER BY a, b")
