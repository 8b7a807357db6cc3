"""STRICT tables, generated columns, WITHOUT ROWID and the schema PRAGMAs, against sqlite3 3.40.

Each statement runs on both engines; the rows (with their storage classes) must match, and where
sqlite3 refuses a statement ours must refuse it with the same error class and message.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
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
    "CREATE TABLE keys(a INT PRIMARY KEY, b TEXT) STRICT", "INSERT INTO keys VALUES(NULL, 'x')",
    "INSERT OR IGNORE INTO keys VALUES(NULL, 'x')", "INSERT OR REPLACE INTO keys VALUES(NULL, 'x')",
    "CREATE TABLE pair(a INT, b TEXT, PRIMARY KEY(a, b)) STRICT", "INSERT INTO pair VALUES(1, NULL)",
    "CREATE TABLE alias_null(a INTEGER PRIMARY KEY, b TEXT) STRICT", "INSERT INTO alias_null VALUES(NULL, 'x')",
    "SELECT * FROM alias_null",
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


# --- generated columns -----------------------------------------------------------------------------------

GENERATED_SCRIPT = [
    "CREATE TABLE rt(a INT, b AS (a * 2), c TEXT AS (a || '!') STORED)",
    'INSERT INTO rt(a) VALUES(1), (2) RETURNING *',
    'INSERT INTO rt VALUES(3) RETURNING b, c',
    'UPDATE rt SET a = a + 10 WHERE a = 1 RETURNING *',
    'DELETE FROM rt WHERE a = 2 RETURNING b',
    'CREATE TABLE rs(a INT, b REAL) STRICT',
    'INSERT INTO rs VALUES(1, 2) RETURNING typeof(b)',
    "INSERT INTO rs VALUES('x', 2) RETURNING *",
    "CREATE TABLE t(a INT, b AS (a*2), c INT GENERATED ALWAYS AS (a+b) STORED, d TEXT AS (a || 'x') VIRTUAL)",
    'INSERT INTO t VALUES(1)',
    'INSERT INTO t VALUES(1,2)',
    'INSERT INTO t VALUES(1,2,3,4)',
    'INSERT INTO t(a) VALUES(3)',
    'INSERT INTO t(a, b) VALUES(3, 4)',
    'INSERT INTO t(c) VALUES(3)',
    'SELECT *, typeof(b), typeof(c), typeof(d) FROM t',
    'UPDATE t SET b = 1',
    'UPDATE t SET a = a + 10',
    'SELECT * FROM t WHERE b > 25',
    'CREATE INDEX ib ON t(b)',
    'CREATE INDEX ic ON t(c)',
    'SELECT a FROM t WHERE b = 26',
    'CREATE TABLE e1(a, b AS (b+1))',
    'CREATE TABLE e2(a, b AS (c+1), c AS (a+1))',
    'CREATE TABLE e3(a, b AS (c+1), c AS (b+1))',
    'CREATE TABLE e4(a, b DEFAULT 1 AS (a))',
    'CREATE TABLE e5(a, b AS (a) DEFAULT 1)',
    'CREATE TABLE e6(a PRIMARY KEY AS (1), b)',
    'CREATE TABLE e7(a AS (1))',
    'CREATE TABLE e8(a, b AS (random()))',
    'CREATE TABLE e9(a, b AS ((SELECT 1)))',
    'CREATE TABLE e10(a, b AS (zz))',
    'CREATE TABLE e11(a, b AS (sum(a)))',
    'CREATE TABLE e13(a, b INT GENERATED ALWAYS AS (a) NOT NULL)',
    'CREATE TABLE e14(a, b AS (a) CHECK (b > 0))',
    'CREATE TABLE e15(a INTEGER PRIMARY KEY, b AS (a), c AS (rowid))',
    'CREATE TABLE e16(a, b AS (a) UNIQUE)',
    'CREATE TABLE e17(a, b AS (a) COLLATE NOCASE)',
    'CREATE TABLE e19(a, b AS (e19.a))',
    'CREATE TABLE e20(a, b AS (current_time))',
    'CREATE TABLE e22(a, b AS (?))',
    'INSERT INTO e1 VALUES(1)',
    'SELECT a FROM e1',
    'INSERT INTO e3 VALUES(1)',
    'INSERT INTO e2 VALUES(1)',
    'SELECT * FROM e2',
    'CREATE TABLE n(a, b AS (a) NOT NULL, c AS (a*2) CHECK (c < 10), d AS (a) UNIQUE)',
    'INSERT INTO n VALUES(NULL)',
    'INSERT INTO n VALUES(6)',
    'INSERT INTO n VALUES(1)',
    'INSERT INTO n VALUES(1)',
    'INSERT OR IGNORE INTO n VALUES(1)',
    'INSERT OR REPLACE INTO n VALUES(1)',
    'SELECT rowid, * FROM n',
    "CREATE TABLE s(a INT, b INT AS (a || 'x') STORED) STRICT",
    'INSERT INTO s VALUES(1)',
    'SELECT b, typeof(b) FROM s',
    "CREATE TABLE s3(a INT, b FOO AS (a || 'x')) STRICT",
    "CREATE TABLE s4(a INT, b AS (a || 'x')) STRICT",
    'CREATE TABLE x(a, b REAL AS (a) STORED, c INTEGER AS (a))',
    "INSERT INTO x VALUES('5')",
    'INSERT INTO x VALUES(5)',
    'SELECT a, typeof(a), b, typeof(b), c, typeof(c) FROM x',
    'ALTER TABLE x ADD COLUMN d AS (a*3) STORED',
    'ALTER TABLE x ADD COLUMN d AS (a*3)',
    'ALTER TABLE x ADD COLUMN e AS (a*3) VIRTUAL',
    'SELECT * FROM x',
    'CREATE TABLE y(a INTEGER PRIMARY KEY, b AS (a*2))',
    'INSERT INTO y VALUES(NULL)',
    'INSERT INTO y(a) VALUES(NULL)',
    'SELECT * FROM y',
    'UPDATE y SET a = NULL',
    "UPDATE y SET a = 'x'",
    "UPDATE y SET a = '7'",
    'SELECT * FROM y',
    'CREATE TABLE z(a, b GENERATED ALWAYS AS (a), c AS (a) STORED)',
    'INSERT INTO z DEFAULT VALUES',
    'SELECT * FROM z',
    'CREATE TABLE r(a, b AS (a*2))',
    'INSERT INTO r VALUES(1)',
    'ALTER TABLE r RENAME COLUMN a TO z',
    'SELECT * FROM r',
    'INSERT INTO r VALUES(4)',
    'SELECT * FROM r',
    'CREATE TABLE tr(a, b AS (a*2))',
    'CREATE TABLE log(x)',
    'CREATE TRIGGER g BEFORE INSERT ON tr BEGIN INSERT INTO log VALUES(new.b); END',
    "CREATE TRIGGER g2 AFTER UPDATE ON tr BEGIN INSERT INTO log VALUES(new.b || '/' || old.b); END",
    'INSERT INTO tr VALUES(5)',
    'UPDATE tr SET a = 6',
    'SELECT * FROM log',
    'INSERT INTO tr SELECT 9',
    'SELECT * FROM tr',
    'CREATE TABLE w5(a, b AS (a), PRIMARY KEY(b))',
]


def test_generated_columns_are_computed_checked_and_refused_as_sqlite_does() -> None:
    replay(Twin(), GENERATED_SCRIPT)



def test_alter_table_adds_virtual_columns_only_and_computes_them_for_the_rows_there() -> None:
    replay(Twin(), [
        'CREATE TABLE x(a, b)',
        'INSERT INTO x VALUES(1, NULL), (NULL, 2)',
        'ALTER TABLE x ADD COLUMN c AS (a) NOT NULL',
        'ALTER TABLE x ADD COLUMN d AS (a + b) CHECK (d > 100)',
        'ALTER TABLE x ADD COLUMN e AS (zz)',
        'ALTER TABLE x ADD COLUMN f AS (random())',
        'ALTER TABLE x ADD COLUMN g AS (a * 10)',
        'SELECT * FROM x',
        'CREATE TABLE s(a INT) STRICT',
        'ALTER TABLE s ADD COLUMN b AS (a)',
        "ALTER TABLE s ADD COLUMN b INT AS (a || 'x')",
        'INSERT INTO s VALUES(3)',
        'SELECT * FROM s',
        'pragma table_xinfo(s)',
    ])


def test_before_triggers_see_new_as_sqlite_gives_it() -> None:
    """BEFORE INSERT: a rowid not yet chosen is -1; BEFORE UPDATE: a generated column that reads no
    assigned column is NULL."""
    replay(Twin(), [
        'CREATE TABLE t(a, b AS (a * 2), c)',
        'CREATE TABLE log(x)',
        "CREATE TRIGGER tb AFTER UPDATE OF b ON t BEGIN INSERT INTO log VALUES('b ' || new.b); END",
        "CREATE TRIGGER tc BEFORE UPDATE OF c ON t BEGIN INSERT INTO log VALUES('c ' || new.b); END",
        "CREATE TRIGGER ti BEFORE INSERT ON t BEGIN INSERT INTO log VALUES('i ' || quote(new.b)); END",
        'INSERT INTO t(a, c) VALUES(1, 1)',
        'UPDATE t SET a = 5',
        'UPDATE t SET c = 2',
        'SELECT * FROM log',
        'CREATE TABLE k(id INTEGER PRIMARY KEY, g AS (id * 10))',
        "CREATE TRIGGER tk BEFORE INSERT ON k BEGIN INSERT INTO log VALUES('k ' || quote(new.id) "
        "|| ' ' || quote(new.g)); END",
        'INSERT INTO k VALUES(NULL)',
        'INSERT INTO k VALUES(7)',
        'SELECT * FROM log',
        'SELECT * FROM k',
        'CREATE TABLE k2(id INTEGER PRIMARY KEY, v)',
        "CREATE TRIGGER tk2 BEFORE INSERT ON k2 BEGIN INSERT INTO log VALUES('k2 ' || quote(new.id)); END",
        'INSERT INTO k2 VALUES(NULL, 1)',
        'INSERT INTO k2(v) VALUES(1)',
        'SELECT * FROM log',
        'CREATE TABLE u(a, b AS (a * 2), c, d AS (c) STORED, e AS (b + 1))',
        "CREATE TRIGGER tu BEFORE UPDATE ON u BEGIN INSERT INTO log VALUES(quote(new.b) || ' ' || "
        "quote(new.d) || ' ' || quote(new.e) || ' ' || quote(old.b)); END",
        "CREATE TRIGGER tua AFTER UPDATE ON u BEGIN INSERT INTO log VALUES('after ' || "
        "quote(new.b) || ' ' || quote(new.d) || ' ' || quote(new.e)); END",
        'INSERT INTO u(a, c) VALUES(1, 1)',
        'UPDATE u SET c = 2',
        'UPDATE u SET a = 5, c = 3',
        'UPDATE u SET a = 6',
        'SELECT * FROM log',
        'SELECT * FROM u',
    ])


def test_generated_columns_that_need_each_other_fail_where_they_are_read_or_written() -> None:
    replay(Twin(), [
        'CREATE TABLE e1(a, b AS (b+1))',
        'SELECT * FROM e1',
        'SELECT a FROM e1',
        'SELECT b FROM e1',
        'CREATE TABLE e3(a, b AS (c+1), c AS (b+1), d AS (a * 2))',
        'SELECT a, d FROM e3',
        'SELECT c FROM e3',
        'SELECT * FROM e3',
        'SELECT count(*) FROM e3',
        'INSERT INTO e3 VALUES(1)',
        'CREATE TABLE e4(a, b AS (a), c AS (b + d), d AS (c))',
        'SELECT b FROM e4',
        'SELECT * FROM e4',
        'UPDATE e1 SET a = 1',
        'DELETE FROM e1',
    ])

def test_generated_columns_survive_a_dump_that_never_inserts_them(tmp_path: Path) -> None:
    twin = Twin(["CREATE TABLE t(a INT, b AS (a * 2), c TEXT GENERATED ALWAYS AS (a || '!') STORED, d)",
                 "CREATE INDEX tb ON t(b)", "INSERT INTO t(a, d) VALUES(1, 'x'), (NULL, 2), ('3', x'00')",
                 "CREATE TABLE s(k INTEGER PRIMARY KEY, v REAL AS (k / 2.0) NOT NULL, w INT) STRICT",
                 "INSERT INTO s(w) VALUES(1), (2)"])
    text = twin.ours.dump_sql()
    assert 'INSERT INTO t(a,d) VALUES(1,\'x\');' in text and "INSERT INTO s(k,w) VALUES(1,1);" in text
    round_trip(twin, tmp_path, ["SELECT *, typeof(b), typeof(c) FROM t", "SELECT a FROM t WHERE b = 6",
                                "SELECT * FROM s"])
    loaded = engine.connect(tmp_path / "dump.sql")
    loaded.execute("UPDATE t SET a = 10 WHERE d = 'x'")
    assert loaded.execute("SELECT b, c FROM t WHERE d = 'x'").fetchall() == [(20, "10!")]


# --- WITHOUT ROWID, schema PRAGMAs --------------------------------------------------------------------------

def test_a_without_rowid_table_has_no_rowid_to_read() -> None:
    replay(Twin(), [
    'CREATE TABLE w(k TEXT PRIMARY KEY, v) WITHOUT ROWID',
    'CREATE TABLE r(a)',
    "INSERT INTO w VALUES('a', 1)",
    'INSERT INTO r VALUES(5)',
    'SELECT rowid FROM w',
    'SELECT w.rowid FROM w',
    'SELECT oid, _rowid_ FROM w',
    'SELECT rowid FROM w, r',
    'SELECT w.rowid FROM w, r',
    'SELECT r.rowid, k FROM w, r',
    'UPDATE w SET v = rowid',
    'UPDATE w SET rowid = 1',
    "INSERT INTO w(rowid, k) VALUES(1, 'b')",
    'DELETE FROM w WHERE rowid = 1',
    'SELECT * FROM w',
    'SELECT (SELECT rowid FROM w) FROM r',
    'CREATE TABLE w2(rowid TEXT PRIMARY KEY, v) WITHOUT ROWID',
    "INSERT INTO w2 VALUES('x', 1)",
    'SELECT rowid FROM w2',
    ])


PRAGMA_SCRIPT = [
    'CREATE TABLE t(a INT NOT NULL DEFAULT 3, b TEXT, c)',
    'CREATE VIEW v AS SELECT a, b AS bee, a + 1 AS n, c FROM t',
    'CREATE VIEW v2(x, y) AS SELECT a, b FROM t',
    'pragma table_info(v)',
    'pragma table_xinfo(v2)',
    'pragma index_list(v)',
    'pragma foreign_key_list(v)',
    "select * from pragma_table_info('v')",
    'pragma table_info(sqlite_schema)',
    'pragma table_info(sqlite_master)',
    'CREATE TABLE p(id INTEGER PRIMARY KEY, code TEXT UNIQUE, x, y, UNIQUE(x, y))',
    "CREATE TABLE c(a INT NOT NULL DEFAULT 5, b REFERENCES p(id) ON DELETE CASCADE, c2 TEXT DEFAULT 'q', d, e, "
    "PRIMARY KEY(d, a), FOREIGN KEY (d, e) REFERENCES p(x, y) ON UPDATE SET NULL, FOREIGN KEY (c2) REFERENCES p)",
    'CREATE INDEX ci ON c(e DESC, c2)',
    'CREATE UNIQUE INDEX cu ON c(b)',
    'CREATE TABLE w(k TEXT PRIMARY KEY, v, u UNIQUE) WITHOUT ROWID',
    'CREATE INDEX wv ON w(v)',
    'CREATE TABLE g(a, b AS (a) STORED, c COLLATE NOCASE, d INT AS (a + 1), e "int", h REAL DEFAULT -1.5)',
    'CREATE INDEX gb ON g(b, c)',
    'CREATE TABLE s(a INT PRIMARY KEY, b ANY, c TEXT NOT NULL) STRICT',
    'pragma table_info(c)',
    'pragma table_xinfo(c)',
    'pragma table_info(w)',
    'pragma table_info(g)',
    'pragma table_xinfo(g)',
    'pragma table_info(s)',
    'pragma table_info(nosuch)',
    "pragma table_info('p')",
    'pragma table_info = p',
    'pragma table_info',
    'pragma index_list(c)',
    'pragma index_list(p)',
    'pragma index_list(w)',
    'pragma index_list(g)',
    'pragma index_list(nosuch)',
    'pragma index_info(ci)',
    'pragma index_info(sqlite_autoindex_c_1)',
    'pragma index_xinfo(ci)',
    'pragma index_xinfo(sqlite_autoindex_c_1)',
    'pragma index_xinfo(wv)',
    'pragma index_xinfo(sqlite_autoindex_w_1)',
    'pragma index_xinfo(sqlite_autoindex_w_2)',
    'pragma index_xinfo(gb)',
    'pragma index_info(nosuch)',
    'pragma foreign_key_list(c)',
    'pragma foreign_key_list(p)',
    'pragma main.table_info(p)',
    "select * from pragma_table_info('c')",
    "select name from pragma_table_info('c') AS x where pk > 0 order by pk",
    "select * from pragma_index_list('c')",
    "select * from pragma_table_xinfo('g')",
    "select * from pragma_foreign_key_list('c')",
    "select * from pragma_index_xinfo('ci')",
    "select * from pragma_table_info('nosuch')",
    "select count(*) from pragma_table_info('w') join pragma_index_list('w')",
]


def test_schema_pragmas_answer_as_sqlite_does() -> None:
    replay(Twin(), PRAGMA_SCRIPT)


def test_pragma_table_functions_take_a_string_or_are_refused() -> None:
    twin = Twin(["CREATE TABLE t(a)"])
    for statement in ["SELECT * FROM pragma_table_info(t)", "SELECT * FROM sqlite_schema m, pragma_table_info(m.name)"]:
        with pytest.raises(engine.NotSupportedError, match="with an argument other than a string literal"):
            twin.ours.execute(statement)


# --- random writes -------------------------------------------------------------------------------------------

_VALUES = st.sampled_from(["1", "0", "-2", "2.5", "1.0", "'a'", "'10'", "' 3'", "''", "NULL", "X'41'", "1e3",
                           "9223372036854775807", "'2.0'"])
_FUZZ_TABLES = [
    "CREATE TABLE s(a INT, b REAL, c TEXT, d ANY, e BLOB, g REAL AS (a + b) STORED, h TEXT AS (c || a)) STRICT",
    "CREATE TABLE w(a INT PRIMARY KEY, b REAL NOT NULL, c TEXT, d ANY, e BLOB, g INT AS (a * 2) UNIQUE, "
    "h ANY AS (coalesce(c, d)) CHECK (h <> 'x')) STRICT, WITHOUT ROWID",
]


@settings(max_examples=int(os.environ.get("VIBESQL_FUZZ_EXAMPLES") or 60), derandomize=True, deadline=None,
          database=None, suppress_health_check=list(HealthCheck))
@given(table=st.sampled_from(["s", "w"]), rows=st.lists(st.tuples(*[_VALUES] * 5), min_size=1, max_size=3),
       update=st.tuples(st.sampled_from("abcde"), _VALUES), policy=st.sampled_from(["", "OR IGNORE ", "OR REPLACE "]))
def test_random_writes_to_strict_tables_with_generated_columns_match_sqlite(table: str, rows: list, update: tuple,
                                                                         policy: str) -> None:
    values = ", ".join("(" + ", ".join(row) + ")" for row in rows)
    replay(Twin(_FUZZ_TABLES), [
        f"INSERT {policy}INTO {table}(a, b, c, d, e) VALUES {values}",
        f"UPDATE {policy}{table} SET {update[0]} = {update[1]}",
        f"SELECT *, typeof(a), typeof(b), typeof(d), typeof(g), typeof(h) FROM {table} ORDER BY 1, 2, 3",
    ])


@pytest.mark.parametrize("policy", ["", " OR IGNORE", " OR FAIL", " OR REPLACE", " OR ROLLBACK", " OR ABORT"])
@pytest.mark.parametrize("in_transaction", [False, True])
def test_a_strict_type_error_keeps_earlier_rows_only_inside_a_transaction(policy: str, in_transaction: bool) -> None:
    """A STRICT table with no constraint that may abort has no statement journal in SQLite: inside a
    transaction its earlier rows stay after a type error, while in autocommit the statement is rolled back
    whole (ours kept the first row there, a half-written statement). The error is sqlite3's IntegrityError."""
    outcomes = []
    for connect in (sqlite3.connect, engine.connect):
        connection = connect(":memory:", isolation_level=None)
        connection.execute("CREATE TABLE u(a INT) STRICT")
        if in_transaction:
            connection.execute("BEGIN")
        try:
            connection.execute(f"INSERT{policy} INTO u VALUES (100), ('x')")
            error = None
        except (sqlite3.Error, engine.Error) as raised:
            error = (type(raised).__name__, str(raised))
        outcomes.append((error, connection.execute("SELECT * FROM u").fetchall(), connection.in_transaction))
    assert outcomes[0] == outcomes[1]
