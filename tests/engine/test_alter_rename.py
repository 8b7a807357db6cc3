"""ALTER TABLE RENAME TO / RENAME COLUMN edit the views, triggers, CHECK constraints and foreign keys that
name what was renamed, as SQLite 3.26+ does: they keep working, their text is SQLite's, and dumps keep them."""

from __future__ import annotations

import pytest
from sqlite_twin import Twin

import engine

SCHEMA = [
    "CREATE TABLE t(a INTEGER PRIMARY KEY, b CHECK (b > 0), c, CHECK (t.c IS NOT 'x'))",
    "CREATE TABLE other(a, z)",
    "CREATE TABLE log(what, v)",
    "CREATE TABLE child(x REFERENCES t(a), y)",
    "CREATE VIEW plain AS SELECT a, b FROM t",
    "CREATE VIEW qualified AS SELECT t.a AS q, t.\"b\" FROM t WHERE t.b > 0 ORDER BY a",
    "CREATE VIEW joined(p, q) AS SELECT o.a, t.a FROM other AS o JOIN t ON o.a = t.b WHERE z IS NULL",
    "CREATE VIEW nested AS SELECT a FROM other WHERE a IN (SELECT a FROM t WHERE t.b = other.z) "
    "AND EXISTS (SELECT 1 FROM t AS s WHERE s.a = other.a)",
    "CREATE VIEW shadowed AS WITH t(a) AS (SELECT z FROM other) SELECT a FROM t",
    "CREATE VIEW aliased AS SELECT b AS a FROM t ORDER BY a",
    "CREATE VIEW derived AS SELECT d.x FROM (SELECT a AS x, b AS y FROM t) AS d WHERE d.y > 0",
    "CREATE TRIGGER ins AFTER INSERT ON t WHEN new.b > 0 BEGIN "
    "INSERT INTO log(what, v) VALUES ('ins', new.a); UPDATE other SET z = new.b WHERE a = new.a; END",
    "CREATE TRIGGER upd AFTER UPDATE OF b, c ON t BEGIN INSERT INTO log VALUES ('upd', old.b); END",
    "CREATE TRIGGER elsewhere AFTER INSERT ON other BEGIN "
    "INSERT INTO t(a, b) VALUES (new.a + 100, 1); UPDATE t SET b = b + 1 WHERE a = new.a; "
    "DELETE FROM t WHERE t.a = -new.a; END",
]

WORK = [
    "INSERT INTO {t} VALUES (1, 1, 'y')", "INSERT INTO {t} VALUES (2, 5, NULL)",
    "INSERT INTO other VALUES (1, NULL), (5, 2)", "UPDATE {t} SET {b} = {b} + 1",
    "INSERT INTO child VALUES (1, 0)",
]

READS = ["SELECT * FROM plain", "SELECT * FROM qualified", "SELECT * FROM joined ORDER BY 1, 2",
         "SELECT * FROM nested ORDER BY 1", "SELECT * FROM shadowed ORDER BY 1", "SELECT * FROM aliased",
         "SELECT * FROM derived ORDER BY 1", "SELECT * FROM log ORDER BY 1, 2",
         "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('view', 'trigger') ORDER BY name"]


@pytest.mark.parametrize(("alter", "t", "b"), [
    ("ALTER TABLE t RENAME TO t2", "t2", "b"),
    ("ALTER TABLE t RENAME TO \"T 3\"", "\"T 3\"", "b"),
    ("ALTER TABLE t RENAME COLUMN b TO bee", "t", "bee"),
    ("ALTER TABLE T RENAME COLUMN \"B\" TO \"b b\"", "t", "\"b b\""),
    ("ALTER TABLE t RENAME COLUMN a TO id", "t", "b"),
    ("ALTER TABLE t RENAME COLUMN c TO see", "t", "b"),
])
def test_dependents_follow_a_rename(alter: str, t: str, b: str) -> None:
    twin = Twin(SCHEMA)
    twin.both(alter)
    for statement in WORK:
        twin.both(statement.format(t=t, b=b))
    twin.both_fail(f"INSERT INTO {t} VALUES (9, -1, 'z')", engine.IntegrityError)
    twin.both_fail(f"INSERT INTO {t} VALUES (9, 1, 'x')", engine.IntegrityError)
    for read in READS:
        twin.same(read)
    twin.same(f"SELECT * FROM {t} ORDER BY 1")
    ours = engine.connect()
    ours.executescript(twin.ours.dump_sql())
    assert ours.execute("SELECT * FROM joined ORDER BY 1, 2").fetchall() == \
        twin.ours.execute("SELECT * FROM joined ORDER BY 1, 2").fetchall()


def test_a_rolled_back_rename_restores_the_dependents() -> None:
    twin = Twin(SCHEMA)
    for alter in ("ALTER TABLE t RENAME TO t2", "ALTER TABLE t RENAME COLUMN b TO bee"):
        twin.both("BEGIN")
        twin.both(alter)
        twin.both("ROLLBACK")
        twin.same("SELECT type, name, sql FROM sqlite_master WHERE type IN ('view', 'trigger') ORDER BY name")
    for statement in WORK:
        twin.both(statement.format(t="t", b="b"))
    for read in READS:
        twin.same(read)
