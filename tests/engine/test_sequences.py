"""sqlite_sequence: AUTOINCREMENT's marks read, written and dumped as sqlite3 does, so no rowid is reused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_twin import Twin

import engine

AUTOINCREMENT_TABLE = "CREATE TABLE t(id INTEGER PRIMARY KEY AUTOINCREMENT, x)"


def test_reads_and_writes_of_the_marks_answer_as_in_sqlite() -> None:
    twin = Twin()
    twin.both_fail("SELECT * FROM sqlite_sequence", match="no such table: sqlite_sequence")
    twin.both(AUTOINCREMENT_TABLE)
    twin.both("CREATE TABLE plain(id INTEGER PRIMARY KEY, x)")
    twin.same("SELECT * FROM sqlite_sequence")
    twin.both("INSERT INTO t(x) VALUES (1), (2), (3)")
    twin.both("INSERT INTO plain(x) VALUES (1)")
    twin.both("DELETE FROM t WHERE id = 3")
    twin.same("SELECT name, seq, typeof(seq) FROM sqlite_sequence")
    twin.both("INSERT INTO t(x) VALUES (4)")
    twin.both("UPDATE sqlite_sequence SET seq = seq + 10 WHERE name = 't'")
    twin.both("INSERT INTO t(x) VALUES (5)")
    twin.both("DELETE FROM sqlite_sequence")
    twin.same("SELECT count(*) FROM sqlite_sequence")
    twin.both("INSERT INTO t(x) VALUES (6)")
    twin.both("DELETE FROM sqlite_sequence WHERE name = 't'")
    twin.both("INSERT INTO sqlite_sequence(seq, name) VALUES (100, 't')")
    twin.both("INSERT INTO t(x) VALUES (7)")
    twin.same("SELECT * FROM t")
    twin.same("SELECT * FROM sqlite_sequence")
    twin.both_fail("CREATE TABLE sqlite_sequence(a)", match="reserved for internal use")


def test_a_rolled_back_write_restores_the_mark() -> None:
    twin = Twin()
    script = (f"{AUTOINCREMENT_TABLE}; INSERT INTO t(x) VALUES (1); BEGIN; UPDATE sqlite_sequence SET seq = 50; "
              "DELETE FROM sqlite_sequence; INSERT INTO sqlite_sequence VALUES ('t', 7); ROLLBACK; "
              "INSERT INTO t(x) VALUES (2);")
    twin.ours.executescript(script)
    twin.theirs.executescript(script)
    assert twin.same("SELECT * FROM t") == [(1, 1), (2, 2)]


def test_rows_the_marks_cannot_hold_are_refused_not_dropped() -> None:
    connection = engine.connect()
    connection.execute(AUTOINCREMENT_TABLE)
    connection.execute("CREATE TABLE plain(a)")
    with pytest.raises(engine.NotSupportedError, match="only name AUTOINCREMENT tables, not 'plain'"):
        connection.execute("INSERT INTO sqlite_sequence VALUES ('plain', 3)")
    connection.execute("INSERT INTO t(x) VALUES (1)")
    with pytest.raises(engine.NotSupportedError, match="already has a row for t"):
        connection.execute("INSERT INTO sqlite_sequence VALUES ('t', 3)")
    with pytest.raises(engine.NotSupportedError, match=r"only sqlite_sequence\.seq can be updated"):
        connection.execute("UPDATE sqlite_sequence SET name = 'u'")


def test_the_largest_rowid_of_an_autoincrement_table_is_never_reused() -> None:
    twin = Twin([AUTOINCREMENT_TABLE, "INSERT INTO t VALUES (9223372036854775807, 'last')",
                 "DELETE FROM t"])
    twin.both_fail("INSERT INTO t(x) VALUES ('next')", engine.OperationalError, match="database or disk is full")


def _rows_after_reload(path: Path) -> list[tuple]:
    connection = engine.connect(path)
    connection.execute("INSERT INTO t(x) VALUES ('after')")
    return connection.execute("SELECT * FROM t").fetchall()


def test_our_dump_keeps_the_mark_and_sqlite3_reads_it_back(tmp_path: Path) -> None:
    ours = engine.connect()
    ours.executescript(f"{AUTOINCREMENT_TABLE}; INSERT INTO t(x) VALUES ('a'), ('b'); DELETE FROM t WHERE id = 2;")
    path = tmp_path / "ours.sql"
    ours.save_dump(path)
    assert "INSERT INTO sqlite_sequence VALUES('t',2);" in path.read_text()
    theirs = sqlite3.connect(":memory:")
    theirs.executescript(path.read_text())
    theirs.execute("INSERT INTO t(x) VALUES ('after')")
    assert _rows_after_reload(path) == theirs.execute("SELECT * FROM t").fetchall() == [(1, "a"), (3, "after")]


def test_a_sqlite3_dump_of_an_autoincrement_table_loads_with_its_mark(tmp_path: Path) -> None:
    theirs = sqlite3.connect(":memory:")
    theirs.executescript(f"{AUTOINCREMENT_TABLE}; INSERT INTO t(x) VALUES ('a'), ('b'), ('c');"
                         "DELETE FROM t WHERE id > 1;")
    path = tmp_path / "sqlite.sql"
    path.write_text("\n".join(theirs.iterdump()))
    assert 'DELETE FROM "sqlite_sequence";' in path.read_text()
    theirs.execute("INSERT INTO t(x) VALUES ('after')")
    assert _rows_after_reload(path) == theirs.execute("SELECT * FROM t").fetchall() == [(1, "a"), (4, "after")]
