"""Statements, differentially where sqlite3 has them: DDL, DML, constraints, triggers, transactions, DB-API."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_twin import Twin

import engine

# --- DDL ---------------------------------------------------------------------------------------------------


def test_create_table_constraints_defaults_and_rowid() -> None:
    twin = Twin(["CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT NOT NULL DEFAULT 'x', b INT UNIQUE, "
                 "c REAL CHECK (c >= 0), d DEFAULT (1 + 2), e DECIMAL(10, 2) DEFAULT -1.5)"])
    twin.both("INSERT INTO t(b, c) VALUES (1, 2.5)")
    twin.both("INSERT INTO t(id, a, b) VALUES (10, 'y', 2)")
    twin.both("INSERT INTO t(b) VALUES (3)")
    twin.same("SELECT rowid, * FROM t ORDER BY id")
    twin.same("SELECT last_insert_rowid()")


def test_rowid_named_as_an_insert_column() -> None:
    """rowid, oid and _rowid_ are INSERT targets of a table without an INTEGER PRIMARY KEY (INTEGER affinity,
    then an integer or NULL), the alias column where there is one, and no column of a WITHOUT ROWID table."""
    twin = Twin(["CREATE TABLE t(a, b UNIQUE)", "CREATE TABLE k(id INTEGER PRIMARY KEY, rowid)",
                 "CREATE TABLE w(a PRIMARY KEY) WITHOUT ROWID"])
    for statement in ("INSERT INTO t(rowid, a) VALUES (5, 1)", "INSERT INTO t(oid, a) VALUES ('7', 1)",
                      "INSERT INTO t(rowid, a) VALUES (NULL, 2)", "INSERT INTO t(rowid, rowid) VALUES (20, 21)",
                      "INSERT OR REPLACE INTO t(a, rowid) VALUES (3, 5)",
                      "INSERT OR IGNORE INTO t(a, rowid) VALUES (4, 5)",
                      "INSERT INTO t(rowid, b) SELECT rowid + 100, a FROM t WHERE a IS NOT NULL",
                      "INSERT OR REPLACE INTO t(_rowid_, b) VALUES (1, 3)",
                      "INSERT INTO k(rowid, id) VALUES (3, 4)", "INSERT INTO k(oid, rowid) VALUES (8, 9)"):
        twin.both(statement)
    twin.same("SELECT rowid, * FROM t ORDER BY rowid")
    twin.same("SELECT rowid, * FROM k ORDER BY rowid")
    twin.same("SELECT last_insert_rowid()")
    for statement in ("INSERT INTO t(_rowid_, a) VALUES (7.0, 1)", "INSERT INTO t(rowid, a) VALUES (1.5, 1)",
                      "INSERT INTO t(rowid, a) VALUES ('x', 1)", "INSERT INTO w(rowid) VALUES (1)"):
        twin.both_fail(statement)


@pytest.mark.parametrize("setup, update", [
    ("CREATE TABLE t(a, b UNIQUE)", "UPDATE OR REPLACE t SET b = 5"),
    ("CREATE TABLE t(a, b UNIQUE)", "UPDATE OR IGNORE t SET b = 5"),
    ("CREATE TABLE t(a, b UNIQUE)", "UPDATE OR IGNORE t SET b = 5, a = a + 1"),
    ("CREATE TABLE t(a, b UNIQUE); CREATE INDEX ta ON t(a)", "UPDATE OR IGNORE t SET b = 5 WHERE a > 0"),
    ("CREATE TABLE t(a, b UNIQUE); CREATE INDEX ta ON t(a DESC)", "UPDATE OR IGNORE t SET b = 5 WHERE a > 0"),
    ("CREATE TABLE t(a, b UNIQUE); CREATE INDEX ta ON t(a)", "UPDATE OR REPLACE t SET b = 5 WHERE a > 0"),
    ("CREATE TABLE t(a, b UNIQUE); CREATE INDEX ta ON t(a, b)", "UPDATE OR IGNORE t SET b = 5 WHERE a > 0"),
    ("CREATE TABLE t(a PRIMARY KEY, b UNIQUE) WITHOUT ROWID", "UPDATE OR IGNORE t SET b = 5"),
    ("CREATE TABLE t(a PRIMARY KEY DESC, b UNIQUE) WITHOUT ROWID", "UPDATE OR REPLACE t SET b = 5"),
    ("CREATE TABLE t(a PRIMARY KEY DESC, b UNIQUE) WITHOUT ROWID", "UPDATE OR IGNORE t SET a = 1"),
])
def test_or_ignore_and_or_replace_keep_the_rows_sqlite_updates_last(setup: str, update: str) -> None:
    """Which of the colliding rows survives follows SQLite's update order: the WHERE loop's index order in
    one pass, else rowid (WITHOUT ROWID: key) order, never the order the rows were inserted in."""
    twin = Twin(setup.split("; "))
    twin.both("INSERT INTO t(a, b) VALUES (3, 1), (1, 2), (2, 3)" if "WITHOUT" in setup
              else "INSERT INTO t(rowid, a, b) VALUES (3, 1, 1), (1, 3, 2), (2, 2, 3)")
    twin.both(update)
    twin.same("SELECT * FROM t ORDER BY a, b")


@pytest.mark.parametrize("setup, update", [
    ("CREATE TABLE t(a INTEGER PRIMARY KEY, b)", "UPDATE t SET b = (SELECT max(b) FROM t AS s WHERE s.a < t.a)"),
    ("CREATE TABLE t(a INTEGER PRIMARY KEY, b)",
     "UPDATE t SET b = coalesce((SELECT max(b) FROM t AS s WHERE s.a < t.a), 0) + 1"),
    ("CREATE TABLE t(a INTEGER PRIMARY KEY, b)", "UPDATE t SET b = (SELECT max(b) FROM t) + a"),
    ("CREATE TABLE t(a PRIMARY KEY, b) WITHOUT ROWID", "UPDATE OR REPLACE t SET a = a + 1"),
    ("CREATE TABLE t(a REAL PRIMARY KEY, b) WITHOUT ROWID", "UPDATE OR REPLACE t SET a = (2 BETWEEN a AND 3)"),
    ("CREATE TABLE t(a INTEGER PRIMARY KEY, b)", "UPDATE OR REPLACE t SET a = a + 1, b = b + a"),
    ("CREATE TABLE t(a UNIQUE, b)", "UPDATE OR REPLACE t SET a = a + 1, b = b * 2"),
])
def test_set_values_are_computed_when_each_row_is_updated(setup: str, update: str) -> None:
    """SQLite computes a row's SET values when it updates that row: a correlated subquery sees the
    rows updated before it, and a key collected before an OR REPLACE moved another row onto it is
    looked up again and updates that row."""
    twin = Twin([setup, "INSERT INTO t VALUES (1, 10), (2, 20), (3, 30)"])
    twin.both(update)
    twin.same("SELECT * FROM t ORDER BY a, b")


@pytest.mark.parametrize("schema", [
    ["CREATE TABLE t(a UNIQUE, b UNIQUE, c)"],
    ["CREATE TABLE t(a, b, c)", "CREATE UNIQUE INDEX ia ON t(a)", "CREATE UNIQUE INDEX ib ON t(b)"],
    ["CREATE TABLE t(a PRIMARY KEY, b, c)", "CREATE UNIQUE INDEX ib ON t(b)"],
    ["CREATE TABLE t(a UNIQUE, b PRIMARY KEY, c) WITHOUT ROWID"],
    ["CREATE TABLE t(a, b, c, UNIQUE(a), PRIMARY KEY(b))"],
    ["CREATE TABLE t(a, b, c, PRIMARY KEY(a), UNIQUE(b), UNIQUE(c))"],
    ["CREATE TABLE t(a UNIQUE, b, c UNIQUE, UNIQUE(b))"],
    ["CREATE TABLE t(a, b, c)", "CREATE UNIQUE INDEX ia ON t(a)", "CREATE UNIQUE INDEX ib ON t(b) WHERE b > 0"],
])
def test_the_newest_unique_index_is_checked_first(schema: list[str]) -> None:
    """SQLite makes a table's constraint indexes in the order they are written and checks the newest index
    first: that decides the constraint a row breaking several reports and the one a bare ON CONFLICT takes."""
    twin = Twin([*schema, "INSERT INTO t VALUES (1, 2, 3), (4, 5, 6)"])
    twin.same("PRAGMA index_list(t)")
    twin.both_fail("INSERT INTO t VALUES (1, 5, 9)", engine.IntegrityError)
    message = twin.both_fail("INSERT INTO t VALUES (1, 5, 6)", engine.IntegrityError)
    with pytest.raises(engine.IntegrityError, match=message.replace(".", r"\.")):
        twin.ours.execute("INSERT INTO t VALUES (1, 5, 6)")
    twin.both("INSERT INTO t VALUES (1, 5, 9) ON CONFLICT DO UPDATE SET c = c * 10")
    twin.same("SELECT * FROM t ORDER BY a, b, c")


def test_composite_primary_key_and_table_constraints() -> None:
    twin = Twin(["CREATE TABLE t(a INTEGER, b TEXT, c, PRIMARY KEY (a, b), UNIQUE (c), CHECK (a > 0))",
                 "INSERT INTO t VALUES (1, 'x', 1), (1, 'y', 2)"])
    for statement in ("INSERT INTO t VALUES (1, 'x', 3)", "INSERT INTO t VALUES (2, 'x', 1)",
                      "INSERT INTO t VALUES (0, 'z', 5)"):
        twin.same_error(statement, engine.IntegrityError)
    twin.both("INSERT INTO t VALUES (NULL, 'z', 6)")  # SQLite lets NULL into a primary key that is not the rowid
    twin.same("SELECT * FROM t ORDER BY a, b")


def test_autoincrement_never_reuses_a_rowid() -> None:
    twin = Twin(["CREATE TABLE a(id INTEGER PRIMARY KEY AUTOINCREMENT, v)",
                 "CREATE TABLE b(id INTEGER PRIMARY KEY, v)"])
    for table in ("a", "b"):
        twin.both(f"INSERT INTO {table}(v) VALUES (1), (2), (3)")
        twin.both(f"DELETE FROM {table} WHERE id = 3")
        twin.both(f"INSERT INTO {table}(v) VALUES (4)")
        twin.same(f"SELECT id, v FROM {table} ORDER BY id")


def test_create_table_as_select_takes_types_from_the_expressions() -> None:
    twin = Twin(["CREATE TABLE s(a INTEGER, b TEXT, c REAL, d)", "INSERT INTO s VALUES (1, '2', 3.5, X'00')",
                 "CREATE TABLE t AS SELECT a, b, c, d, a + c AS e, 'lit' AS f FROM s"])
    twin.same("SELECT typeof(a), typeof(b), typeof(c), typeof(d), typeof(e), typeof(f) FROM t")
    twin.both("INSERT INTO t(a, b) VALUES ('7', 8)")
    twin.same("SELECT typeof(a), typeof(b) FROM t WHERE rowid = 2")


def test_alter_table_add_and_rename() -> None:
    twin = Twin(["CREATE TABLE t(a)", "INSERT INTO t VALUES (1)", "ALTER TABLE t ADD COLUMN b INTEGER DEFAULT 7",
                 "ALTER TABLE t RENAME COLUMN a TO z", "ALTER TABLE t RENAME TO u", "INSERT INTO u(z) VALUES (2)"])
    twin.same("SELECT * FROM u ORDER BY z")
    twin.both_fail("SELECT * FROM t")


def test_indexes_views_and_drops() -> None:
    twin = Twin(["CREATE TABLE t(a, b)", "CREATE UNIQUE INDEX IF NOT EXISTS ta ON t(a)",
                 "CREATE UNIQUE INDEX IF NOT EXISTS ta ON t(b)", "CREATE INDEX tb ON t(b DESC, a)",
                 "INSERT INTO t VALUES (1, 'x'), (2, 'x')", "CREATE VIEW v(p, q) AS SELECT a, b FROM t WHERE a > 1",
                 "CREATE VIEW IF NOT EXISTS v AS SELECT 1"])
    twin.both_fail("INSERT INTO t VALUES (1, 'y')", engine.IntegrityError)
    twin.same("SELECT * FROM v")
    twin.both("DROP INDEX ta")
    twin.both("INSERT INTO t VALUES (1, 'y')")
    twin.both("DROP VIEW v")
    twin.both("DROP TABLE IF EXISTS missing")
    twin.both("DROP TABLE t")
    twin.both_fail("SELECT * FROM v")
    twin.both_fail("DROP INDEX tb")  # went with its table


def test_our_own_ddl_extensions() -> None:
    """VibeSQL's index spelling, CREATE OR REPLACE VIEW, CREATE SCHEMA and CREATE ROLE (sqlite3 has none)."""
    ours = engine.connect()
    ours.executescript("CREATE SCHEMA results; CREATE ROLE analyst; CREATE TABLE t(a, b);"
                       "CREATE UNIQUE INDEX pk ON t (a Ascending, b Descending);"
                       "CREATE VIEW v AS SELECT a FROM t; CREATE OR REPLACE VIEW v AS SELECT b FROM t;")
    assert [d[0] for d in ours.execute("SELECT * FROM v").description] == ["b"]
    text = ours.dump_sql()
    assert "CREATE SCHEMA results;" in text and "CREATE ROLE analyst;" in text
    assert "CREATE UNIQUE INDEX pk ON t (a, b DESC);" in text


# --- DML and constraints -------------------------------------------------------------------------------------


@pytest.mark.parametrize("statement", [
    "INSERT OR REPLACE INTO t VALUES (1, 'new', 5)",
    "REPLACE INTO t VALUES (2, 'r', 6)",
    "INSERT OR IGNORE INTO t VALUES (1, 'ignored', 7), (3, 'kept', 8)",
    "INSERT INTO t SELECT id + 10, name || '!', n * 2 FROM t",
    "UPDATE t SET n = n + 100, name = upper(name) WHERE id > 1",
    "UPDATE OR IGNORE t SET id = 1 WHERE id = 2",
    "DELETE FROM t WHERE n IS NULL OR name LIKE 'b%'",
])
def test_dml_matches_sqlite(statement: str) -> None:
    twin = Twin(["CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT, n INTEGER)",
                 "INSERT INTO t VALUES (1, 'a', 1), (2, 'b', NULL), (3, 'c', 3)"])
    twin.both(statement)
    twin.same("SELECT * FROM t ORDER BY id")
    assert twin.ours.execute("SELECT changes()").fetchone() == twin.theirs.execute("SELECT changes()").fetchone()


def test_a_failing_statement_changes_nothing() -> None:
    twin = Twin(["CREATE TABLE t(id INTEGER PRIMARY KEY, v NOT NULL)", "INSERT INTO t VALUES (1, 'a')"])
    twin.both_fail("INSERT INTO t VALUES (2, 'b'), (3, 'c'), (1, 'duplicate')", engine.IntegrityError,
                   match="UNIQUE constraint failed: t.id")
    twin.both_fail("UPDATE t SET v = NULL", engine.IntegrityError, match="NOT NULL constraint failed: t.v")
    twin.same("SELECT * FROM t ORDER BY id")


def test_foreign_keys_are_enforced_with_their_actions() -> None:
    twin = Twin(["CREATE TABLE p(id INTEGER PRIMARY KEY)",
                 "CREATE TABLE c(id INTEGER PRIMARY KEY, p INTEGER REFERENCES p(id) ON DELETE CASCADE)",
                 "CREATE TABLE n(id INTEGER PRIMARY KEY, p INTEGER REFERENCES p(id) ON DELETE SET NULL)",
                 "CREATE TABLE r(p INTEGER REFERENCES p(id))",
                 "INSERT INTO p VALUES (1), (2), (3)", "INSERT INTO c VALUES (10, 1), (11, 2)",
                 "INSERT INTO n VALUES (20, 1)", "INSERT INTO r VALUES (3)"])
    twin.both_fail("INSERT INTO c VALUES (12, 99)", engine.IntegrityError, match="FOREIGN KEY constraint failed")
    twin.both_fail("DELETE FROM p WHERE id = 3", engine.IntegrityError, match="FOREIGN KEY constraint failed")
    twin.both("DELETE FROM p WHERE id = 1")
    twin.same("SELECT * FROM c ORDER BY id")
    twin.same("SELECT * FROM n ORDER BY id")
    twin.both("PRAGMA foreign_keys = OFF")  # ignored inside the transaction the DELETE opened
    twin.both_fail("INSERT INTO c VALUES (13, 99)", engine.IntegrityError)
    twin.ours.commit()
    twin.theirs.commit()
    twin.both("PRAGMA foreign_keys = OFF")
    twin.both("INSERT INTO c VALUES (13, 99)")


def test_on_update_actions_follow_a_changed_parent_key() -> None:
    twin = Twin(["CREATE TABLE p(id INTEGER PRIMARY KEY, name TEXT)",
                 "CREATE TABLE c(pid INTEGER REFERENCES p(id) ON UPDATE CASCADE, x)",
                 "CREATE TABLE n(pid INTEGER REFERENCES p(id) ON UPDATE SET NULL)",
                 "CREATE TABLE r(pid INTEGER REFERENCES p(id))",
                 "INSERT INTO p VALUES (1, 'a'), (2, 'b'), (3, 'c')",
                 "INSERT INTO c VALUES (1, 1)", "INSERT INTO n VALUES (2)", "INSERT INTO r VALUES (3)"])
    twin.both("UPDATE p SET name = 'z'")  # no key changes: nothing to check
    twin.both("UPDATE p SET id = 10 WHERE id = 1")
    twin.both("UPDATE p SET id = 20 WHERE id = 2")
    twin.both_fail("UPDATE p SET id = 30 WHERE id = 3", engine.IntegrityError, match="FOREIGN KEY")
    twin.same("SELECT * FROM c")
    twin.same("SELECT * FROM n")


def test_triggers_before_and_after_with_when_new_and_old() -> None:
    twin = Twin(["CREATE TABLE t(id INTEGER PRIMARY KEY, v)", "CREATE TABLE log(what, old, new)",
                 "CREATE TRIGGER ti AFTER INSERT ON t WHEN new.v > 1 BEGIN INSERT INTO log VALUES ('ins', NULL, new.v);"
                 " END",
                 "CREATE TRIGGER tu BEFORE UPDATE OF v ON t BEGIN INSERT INTO log VALUES ('upd', old.v, new.v); END",
                 "CREATE TRIGGER td AFTER DELETE ON t BEGIN INSERT INTO log SELECT 'del', old.v, count(*) FROM t; END"])
    twin.both("INSERT INTO t VALUES (1, 1), (2, 5)")
    twin.both("UPDATE t SET v = v * 10")
    twin.both("DELETE FROM t WHERE id = 1")
    twin.both("DROP TRIGGER tu")
    twin.both("UPDATE t SET v = 0")
    twin.same("SELECT * FROM log ORDER BY rowid")


def test_a_statements_conflict_policy_overrides_its_triggers_bodies() -> None:
    """SQLite: an OR IGNORE/OR REPLACE on the statement that fires a trigger applies to the INSERTs and
    UPDATEs of its body instead of theirs; a plain statement leaves each body's own policy."""
    twin = Twin(["CREATE TABLE t(a UNIQUE, b NOT NULL)", "CREATE TABLE s(a, b)",
                 "CREATE TRIGGER ti AFTER INSERT ON s BEGIN INSERT OR IGNORE INTO t VALUES (new.a, new.b); END",
                 "CREATE TRIGGER tu AFTER UPDATE ON s BEGIN UPDATE OR IGNORE t SET a = new.a; END",
                 "INSERT INTO t VALUES (1, 'old'), (5, 'five')"])
    twin.both("INSERT INTO s VALUES (1, 'plain')")  # the body's OR IGNORE: t keeps 'old'
    twin.both("INSERT OR REPLACE INTO s VALUES (1, 'replaced')")  # the statement's OR REPLACE wins
    twin.same("SELECT * FROM t ORDER BY a")
    twin.both_fail("REPLACE INTO s VALUES (2, NULL)")  # REPLACE on NOT NULL without a default aborts
    twin.both("INSERT OR IGNORE INTO s VALUES (3, NULL)")
    twin.both("UPDATE OR REPLACE s SET a = 5 WHERE b = 'plain'")
    twin.same("SELECT * FROM t ORDER BY a")
    twin.same("SELECT * FROM s ORDER BY a")


# --- transactions ----------------------------------------------------------------------------------------------


def test_rollback_undoes_dml_and_ddl() -> None:
    twin = Twin(["CREATE TABLE t(a)", "INSERT INTO t VALUES (1)"])
    twin.ours.commit()
    twin.theirs.commit()
    for statement in ("BEGIN", "INSERT INTO t VALUES (2)", "UPDATE t SET a = a * 10", "DELETE FROM t WHERE a = 10",
                      "CREATE TABLE u(b)", "ALTER TABLE t ADD COLUMN c", "CREATE INDEX ti ON t(a)", "ROLLBACK"):
        twin.both(statement)
    twin.same("SELECT * FROM t")
    twin.same("SELECT name FROM sqlite_master ORDER BY name")


def test_savepoints() -> None:
    twin = Twin(["CREATE TABLE t(a)"])
    for statement in ("SAVEPOINT one", "INSERT INTO t VALUES (1)", "SAVEPOINT two", "INSERT INTO t VALUES (2)",
                      "ROLLBACK TO two", "INSERT INTO t VALUES (3)", "RELEASE two", "SAVEPOINT three",
                      "INSERT INTO t VALUES (4)", "ROLLBACK TO SAVEPOINT three", "RELEASE one"):
        twin.both(statement)
    twin.same("SELECT * FROM t ORDER BY a")
    twin.both_fail("RELEASE nothing")
    twin.both_fail("COMMIT")


def test_the_db_api_transaction_model_is_sqlite3s() -> None:
    twin = Twin(["CREATE TABLE t(a)"])
    twin.both("INSERT INTO t VALUES (1)")  # opens a transaction implicitly
    assert twin.ours.in_transaction and twin.theirs.in_transaction
    twin.ours.rollback()
    twin.theirs.rollback()
    twin.same("SELECT count(*) FROM t")
    with twin.ours as ours, twin.theirs as theirs:
        ours.execute("INSERT INTO t VALUES (2)")
        theirs.execute("INSERT INTO t VALUES (2)")
    for connection in (twin.ours, twin.theirs):
        with pytest.raises(ZeroDivisionError), connection:
            connection.execute("INSERT INTO t VALUES (3)")
            raise ZeroDivisionError
    twin.same("SELECT * FROM t")


# --- the DB-API surface ------------------------------------------------------------------------------------------


def test_module_globals_and_exceptions() -> None:
    assert (engine.apilevel, engine.threadsafety, engine.paramstyle) == ("2.0", 1, "qmark")
    for name in ("Warning", "Error", "InterfaceError", "DatabaseError", "DataError", "OperationalError",
                 "IntegrityError", "InternalError", "ProgrammingError", "NotSupportedError"):
        assert issubclass(getattr(engine, name), Exception)
    assert issubclass(engine.IntegrityError, engine.DatabaseError) and issubclass(engine.DatabaseError, engine.Error)


def test_cursor_fetching_description_and_parameters() -> None:
    twin = Twin(["CREATE TABLE t(a INTEGER, b TEXT)"])
    twin.ours.executemany("INSERT INTO t VALUES (?, ?)", [(i, str(i)) for i in range(5)])
    twin.theirs.executemany("INSERT INTO t VALUES (?, ?)", [(i, str(i)) for i in range(5)])
    for connection in (twin.ours, twin.theirs):
        cursor = connection.cursor()
        cursor.arraysize = 2
        cursor.execute("SELECT a, b AS label, t.a + 1, count(*) OVER () FROM t WHERE a >= :low ORDER BY a",
                       {"low": 1})
        assert [d[0] for d in cursor.description] == ["a", "label", "t.a + 1", "count(*) OVER ()"]
        assert cursor.fetchone() == (1, "1", 2, 4)
        assert cursor.fetchmany() == [(2, "2", 3, 4), (3, "3", 4, 4)]
        assert list(cursor) == [(4, "4", 5, 4)]
        assert cursor.fetchall() == []
    assert twin.ours.execute("UPDATE t SET b = 'x' WHERE a < 3").rowcount == 3
    with pytest.raises(engine.ProgrammingError, match="Incorrect number of bindings"):
        twin.ours.execute("SELECT ?", (1, 2))
    with pytest.raises(sqlite3.ProgrammingError, match="Incorrect number of bindings"):
        twin.theirs.execute("SELECT ?", (1, 2))
    cursor = twin.ours.cursor()
    cursor.close()
    with pytest.raises(engine.ProgrammingError):
        cursor.execute("SELECT 1")


def test_fetchdf_gives_the_dtypes_a_pandas_user_expects() -> None:
    ours = engine.connect()
    ours.executescript("CREATE TABLE t(i INTEGER, r REAL, s TEXT, d TIMESTAMP, ok BOOLEAN);"
                       "INSERT INTO t VALUES (1, 1.5, 'a', '2025-11-19 08:34:36.842944', 1),"
                       " (NULL, NULL, NULL, NULL, 0);")
    frame = ours.execute("SELECT * FROM t").fetchdf()
    assert [str(dtype) for dtype in frame.dtypes][:2] == ["Int64", "float64"]
    assert str(frame.dtypes["d"]).startswith("datetime64") and str(frame.dtypes["ok"]) == "boolean"


def test_information_schema_lists_tables_views_and_columns() -> None:
    ours = engine.connect()
    ours.executescript("CREATE TABLE t(id INTEGER PRIMARY KEY, name VARCHAR(20) NOT NULL DEFAULT 'x');"
                       "CREATE VIEW v AS SELECT name FROM t;")
    assert ours.execute("SELECT table_name, table_type FROM information_schema.tables ORDER BY 1").fetchall() == [
        ("t", "BASE TABLE"), ("v", "VIEW")]
    assert ours.execute("SELECT table_name, column_name, ordinal_position, data_type, is_nullable, column_default, "
                        "character_maximum_length FROM information_schema.columns ORDER BY 1, 3").fetchall() == [
        ("t", "id", 1, "INTEGER", "YES", None, None), ("t", "name", 2, "VARCHAR", "NO", "'x'", 20),
        ("v", "name", 1, "VARCHAR", "YES", None, None)]


@pytest.mark.parametrize("statement", [
    "SELEC 1", "selec x from y", "foo", "  upsert INTO t VALUES (1)", "SELECT 1 1", "SELECT", "SELECT * FROM",
    "INSERT INTO t VALUES (1", "SELECT (1", "SELECT 1 +", "UPDATE t SET", "DELETE FROM", "SELECT * FROM t WHERE",
    "SELECT a FROM t ORDER BY", "INSERT INTO t", "INSERT INTO t (a)", "SELECT * FROM t JOIN", "WITH x AS (SELECT 1)",
    "SELECT CASE WHEN 1 THEN 2", "SELECT 1 FROM t GROUP", "SELECT a FROM t ORDER", "SELECT FROM t",
    "UPDATE t SET WHERE a = 1", "SELECT * FROM (SELECT)", "SELECT a group FROM t", "SELECT a AS order FROM t",
    "SELECT * FROM t AS where", "SELECT 1 AS from", "SELECT FROM WHERE", "SELECT DISTINCT FROM t WHERE",
    "SELECT 1 NULL", "SELECT a FROM t set", "SELECT 1 IS",
    "WITH add AS (SELECT 1) SELECT * FROM add", "SELECT * FROM (SELECT 1) unique"])
def test_syntax_errors_say_what_sqlite_says(statement: str) -> None:
    """Typos fail as in SQLite, at the same token ("incomplete input" at the end), never run as something else."""
    twin = Twin(["CREATE TABLE t(a)"])
    message = twin.both_fail(statement, engine.OperationalError)
    with pytest.raises(engine.OperationalError) as raised:
        twin.ours.execute(statement)
    ours = str(raised.value)
    assert ours == message or ours.startswith(message + " ("), (ours, message)  # ours may add a hint


@pytest.mark.parametrize("statement", ['SELECT a AS "order" FROM t', "SELECT a FROM t AS x WHERE x.a = 1",
                                       "INSERT INTO t DEFAULT VALUES", "SELECT 1;", "SELECT a AS key FROM t",
                                       "SELECT 1 ISNULL, 2 NOTNULL"])
def test_names_sqlite_accepts_still_work(statement: str) -> None:
    Twin(["CREATE TABLE t(a)"]).same_outcome(statement)


@pytest.mark.parametrize("statement", ["SELECT 0 AND nope", "SELECT nope AND 0", "SELECT 1 AND 0 AND nope",
                                       "SELECT 0 AND nope AND 1", "SELECT 1 WHERE 0 AND nope",
                                       "SELECT 5, 0 AND  nope, 7", "SELECT 1 OR nope", "SELECT FALSE AND nope",
                                       "SELECT NULL AND nope", "SELECT CASE WHEN 1 THEN 1 ELSE nope END"])
def test_names_resolve_as_in_sqlite_even_where_the_value_is_known(statement: str) -> None:
    """SQLite's parser folds "x AND 0" to 0 before resolving x; every other unknown name is an error."""
    twin = Twin()
    twin.same_outcome(statement)
    try:
        names = [column[0] for column in twin.theirs.execute(statement).description]
    except sqlite3.Error:
        return
    assert [column[0] for column in twin.ours.execute(statement).description] == names
