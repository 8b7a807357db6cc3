"""STRICT tables, generated columns, WITHOUT ROWID and the schema PRAGMAs, against sqlite3 3.40.

Each statement runs on both engines; the rows (with their storage classes) must match, and where
sqlite3 refuses a statement ours must refuse it with the same error class and message.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_twin import Twin, typed

import engine


def _pep249_class(error: engine.Error) -> str:
    """The name of the PEP 249 class an engine error is (its own subclasses refine one)."""
    return next(c.__name__ for c in type(error).__mro__ if c.__module__ == "engine.errors")


def replay(twin: Twin, script: list[str]) -> None:
    """Run each statement on both: same rows, or the same error class and message."""
    for sql in script:
        try:
            theirs = ("ok", typed(twin.theirs.execute(sql).fetchall()))
        except sqlite3.Error as error:
            theirs = (type(error).__name__, str(error))
        try:
            ours = ("ok", typed(twin.ours.execute(sql).fetchall()))
        except engine.Error as error:
            ours = (_pep249_class(error), str(error))
        assert ours == theirs, sql


def round_trip(twin: Twin, tmp_path: Path, queries: list[str]) -> None:
    """save_dump, then load it twice (the second load reads the snapshot): the same answers as sqlite3,
    and sqlite3 itself reads the dump to the same answers."""
    path = tmp_path / "dump.sql"
    twin.ours.save_dump(path)
    reread = sqlite3.connect(":memory:")
    reread.executescript(path.read_text())
    for _ in range(2):
        loaded = engine.connect(path)
        for query in queries:
            expected = typed(twin.theirs.execute(query).fetchall())
            assert typed(loaded.execute(query).fetchall()) == expected, query
            assert typed(reread.execute(query).fetchall()) == expected, query
    assert engine.connect(path).dump_sql() == twin.ours.dump_sql()


# --- STRICT --------------------------------------------------------------------------------------------

STRICT_SCRIPT = [
    "CREATE TABLE t(a INTEGER, b int, c REAL, d TEXT, e BLOB, f ANY) STRICT",
    "INSERT INTO t VALUES('1', '2', '3', 4, x'01', 5)",
    "INSERT INTO t VALUES('abc', NULL, NULL, NULL, NULL, NULL)",
    "INSERT INTO t VALUES(1.5, NULL, NULL, NULL, NULL, NULL)",
    "INSERT INTO t VALUES(1.0, 2.0, NULL, NULL, NULL, NULL)",
    "INSERT INTO t VALUES(NULL, 'x', NULL, NULL, NULL, NULL)",
    "INSERT INTO t VALUES(NULL, NULL, 'x', NULL, NULL, NULL)",
    "INSERT INTO t VALUES(NULL, NULL, x'00', NULL, NULL, NULL)",
    "INSERT INTO t VALUES(NULL, NULL, NULL, x'00', NULL, NULL)",
    "INSERT INTO t VALUES(NULL, NULL, NULL, NULL, 1, NULL)",
    "INSERT INTO t VALUES(NULL, NULL, NULL, NULL, 'a', NULL)",
    "INSERT INTO t VALUES(NULL, NULL, NULL, NULL, NULL, '1')",
    "INSERT INTO t VALUES(NULL, NULL, NULL, NULL, NULL, 1.5)",
    "INSERT INTO t VALUES(' 12 ', NULL, NULL, NULL, NULL, NULL)",
    "INSERT INTO t VALUES('1e3', NULL, NULL, '1e3', NULL, x'0102')",
    "INSERT INTO t VALUES(NULL, NULL, '9223372036854775807', NULL, NULL, NULL)",
    "INSERT INTO t VALUES(9.223372036854775807e18, NULL, NULL, NULL, NULL, NULL)",
    "INSERT INTO t(a, b) VALUES(?, 1)".replace("?", "'7'"),
    "INSERT INTO t SELECT 'q', 1, 1, 1, NULL, NULL",
    "INSERT INTO t SELECT 8, '9', 10, 11, NULL, 12.5",
    "SELECT *, typeof(a), typeof(b), typeof(c), typeof(d), typeof(e), typeof(f) FROM t",
    "UPDATE t SET a = 'zz'",
    "UPDATE t SET c = c + 1 WHERE c IS NOT NULL",
    "UPDATE t SET d = 1.5 WHERE d IS NOT NULL",
    "UPDATE OR IGNORE t SET e = 'text'",
    "REPLACE INTO t VALUES('x', 1, 1, 1, NULL, NULL)",
    "SELECT *, typeof(c), typeof(d), typeof(f) FROM t",
    "CREATE TABLE v(a INT NOT NULL, b INT CHECK (b > 0)) STRICT",
    "INSERT INTO v VALUES(NULL, 'x')",
    "INSERT INTO v VALUES(1, 'x')",
    "INSERT INTO v VALUES('x', -1)",
    "INSERT OR IGNORE INTO v VALUES('x', 1)",
    "INSERT OR REPLACE INTO v VALUES('x', 1)",
    "INSERT OR IGNORE INTO v VALUES(NULL, 1), (2, 2)",
    "SELECT * FROM v",
    "CREATE TABLE k(a INTEGER PRIMARY KEY, b ANY, c text) STRICT",
    "INSERT INTO k VALUES('x', 1, 1)",
    "INSERT INTO k VALUES('5', '1', 1)",
    "INSERT INTO k VALUES(1.5, '1', 1)",
    "INSERT INTO k VALUES('x', 1, x'00')",
    "INSERT INTO k(b) VALUES(x'00')",
    "SELECT a, typeof(a), b, typeof(b), c, typeof(c) FROM k",
    "ALTER TABLE k ADD COLUMN d VARCHAR",
    "ALTER TABLE k ADD COLUMN d",
    "ALTER TABLE k ADD COLUMN d INT DEFAULT 'x'",
    "SELECT * FROM k",
    "INSERT INTO k(b) VALUES(2)",
    "CREATE TABLE w(a INT DEFAULT 'x') STRICT",
    "INSERT INTO w DEFAULT VALUES",
    "CREATE TABLE target(a INT) STRICT",
    "CREATE TABLE source(a)",
    "CREATE TRIGGER copy AFTER INSERT ON source BEGIN INSERT INTO target VALUES(new.a); END",
    "INSERT INTO source VALUES(1)",
    "INSERT INTO source VALUES('one')",
    "SELECT * FROM source",
    "SELECT * FROM target",
    'CREATE TABLE "my t"("a b" INT) STRICT',
    "INSERT INTO \"my t\" VALUES('q')",
    "CREATE TABLE pk(a TEXT PRIMARY KEY, b REAL NOT NULL) STRICT, WITHOUT ROWID",
    "INSERT INTO pk VALUES(1, 2)",
    "INSERT INTO pk VALUES('b', 'x')",
    "SELECT a, typeof(a), b, typeof(b) FROM pk",
    "CREATE TABLE twice(a INT) STRICT, STRICT",
    # sqlite3 3.40 undoes a statement a type error stops only when some constraint gave it a journal
    "CREATE TABLE bare(a INT) STRICT", "INSERT INTO bare VALUES(1), (2), ('x')",
    "UPDATE bare SET a = CASE a WHEN 2 THEN 'x' ELSE 5 END", "INSERT INTO bare SELECT 7 UNION ALL SELECT 'y'",
    "SELECT * FROM bare",
    "CREATE TABLE keyed(a INT, b INT NOT NULL) STRICT", "INSERT INTO keyed VALUES(1, 1), (2, 1), ('x', 1)",
    "INSERT OR IGNORE INTO keyed VALUES(1, 1), (2, 1), ('x', 1)",
    "INSERT OR ROLLBACK INTO keyed VALUES(3, 1), ('x', 1)",
    "CREATE TABLE uniq(a INT UNIQUE) STRICT", "INSERT INTO uniq VALUES(1), (2), ('x')",
    "CREATE TABLE alias(a INTEGER PRIMARY KEY, b INT) STRICT", "INSERT INTO alias VALUES(1, 1), (2, 2), (3, 'x')",
    "CREATE TABLE checked(a INT CHECK (a > 0)) STRICT", "INSERT INTO checked VALUES(1), ('x')",
    "SELECT * FROM keyed", "SELECT * FROM uniq", "SELECT * FROM alias", "SELECT * FROM checked",
    "CREATE TABLE plain(a ANY)",
    "INSERT INTO plain VALUES('1')",
    "SELECT a, typeof(a) FROM plain",
]


def test_strict_tables_check_every_write_as_sqlite_does() -> None:
    replay(Twin(), STRICT_SCRIPT)


@pytest.mark.parametrize("statement", [
    "CREATE TABLE u(a VARCHAR) STRICT", "CREATE TABLE u(a varchar(10)) STRICT", "CREATE TABLE u(a, b INT) STRICT",
    "CREATE TABLE u(a INTEGER(5)) STRICT", 'CREATE TABLE u(a "Int ") STRICT', 'CREATE TABLE u(a "int") STRICT',
    "CREATE TABLE u(a [text]) STRICT", "CREATE TABLE u(a INTEGER) WITHOUT ROWID, STRICT",
    "CREATE TABLE u(a INT) STRICT WITHOUT ROWID", "CREATE TABLE u(a INT PRIMARY KEY) WITHOUT ROWID STRICT",
    "CREATE TABLE u(a INT) foo", "CREATE TABLE u(a INT) STRICT, rowid",
    "CREATE TABLE u(a INT PRIMARY KEY) WITHOUT ROWID, WITHOUT ROWID",
])
def test_strict_table_definitions_are_checked_as_sqlite_does(statement: str) -> None:
    replay(Twin(), [statement, "SELECT name FROM sqlite_schema"])


def test_strict_tables_keep_strict_through_the_schema_and_a_dump(tmp_path: Path) -> None:
    twin = Twin(["CREATE TABLE t(a INT, b TEXT, c ANY) STRICT",
                 "CREATE TABLE p(a TEXT PRIMARY KEY, b BLOB) STRICT, WITHOUT ROWID",
                 "INSERT INTO t VALUES(1, 'one', '1'), ('2', 2, 2.5), (NULL, NULL, x'00')",
                 "INSERT INTO p VALUES('k', x'01')"])
    schema = dict(twin.ours.execute("SELECT name, sql FROM sqlite_schema").fetchall())
    assert schema["t"].endswith(") STRICT") and schema["p"].endswith(") WITHOUT ROWID, STRICT")
    round_trip(twin, tmp_path, ["SELECT a, typeof(a), b, typeof(b), c, typeof(c) FROM t",
                                "SELECT * FROM p", "SELECT name FROM sqlite_schema ORDER BY name"])
    loaded = engine.connect(tmp_path / "dump.sql")
    with pytest.raises(engine.IntegrityError, match=r"cannot store TEXT value in INT column t\.a"):
        loaded.execute("INSERT INTO t VALUES('x', NULL, NULL)")


def test_a_dump_with_a_wrongly_typed_value_for_a_strict_table_is_refused(tmp_path: Path) -> None:
    script = "CREATE TABLE t(a INT) STRICT;\nINSERT INTO t VALUES(1);\nINSERT INTO t VALUES('x');\n"
    with pytest.raises(sqlite3.IntegrityError, match=r"cannot store TEXT value in INT column t\.a"):
        sqlite3.connect(":memory:").executescript(script)
    path = tmp_path / "bad.sql"
    path.write_text(script)
    with pytest.raises(engine.Error, match=r"cannot store TEXT value in INT column t\.a"):
        engine.connect(path)
