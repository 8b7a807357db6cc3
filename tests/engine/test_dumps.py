"""SQL dumps: what VibeSQL and sqlite3 write loads, saving round-trips exactly, bad input loses nothing."""

from __future__ import annotations

import math
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import engine

VIBESQL_DUMP = textwrap.dedent("""\
    -- VibeSQL Database Dump
    -- Generated: 2025-11-19 08:34:36.842944 UTC
    --

    -- Schemas
    CREATE SCHEMA results;

    -- Roles
    CREATE ROLE analyst;

    -- Tables and Data
    CREATE TABLE test_files (file_path VARCHAR(500) NOT NULL, category VARCHAR(50) NOT NULL, subcategory VARCHAR(50), status VARCHAR(20) NOT NULL, last_tested TIMESTAMP, last_passed TIMESTAMP);

    INSERT INTO test_files VALUES ('select1.test', 'select', 'root', 'PASS', TIMESTAMP '2025-11-19 08:34:36.842944', NULL);
    INSERT INTO test_files VALUES ('evidence/in1.test', 'evidence', 'in', 'FAIL', TIMESTAMP '2025-11-19 08:35:01.5', TIMESTAMP '2025-11-18 10:00:00');
    CREATE TABLE test_runs (run_id INTEGER NOT NULL, started_at TIMESTAMP NOT NULL, completed_at TIMESTAMP, total_files INTEGER, passed INTEGER, failed INTEGER, untested INTEGER, git_commit VARCHAR(40), ci_run_id VARCHAR(100));

    INSERT INTO test_runs VALUES (1, TIMESTAMP '2025-11-18 10:00:00', TIMESTAMP '2025-11-18 10:05:00', 2, 2, 0, 0, 'abc', NULL);
    INSERT INTO test_runs VALUES (2, TIMESTAMP '2025-11-19 08:30:00', TIMESTAMP '2025-11-19 08:36:00', 2, 1, 1, 0, 'def', NULL);
    CREATE TABLE test_results (result_id INTEGER NOT NULL, run_id INTEGER NOT NULL, file_path VARCHAR(500) NOT NULL, status VARCHAR(20) NOT NULL, tested_at TIMESTAMP NOT NULL, duration_ms INTEGER, error_message VARCHAR(2000));

    INSERT INTO test_results VALUES (1, 1, 'select1.test', 'PASS', TIMESTAMP '2025-11-18 10:01:00', 120, NULL);
    INSERT INTO test_results VALUES (2, 1, 'evidence/in1.test', 'PASS', TIMESTAMP '2025-11-18 10:02:00', 80, NULL);
    INSERT INTO test_results VALUES (3, 2, 'select1.test', 'PASS', TIMESTAMP '2025-11-19 08:31:00', 118, NULL);
    INSERT INTO test_results VALUES (4, 2, 'evidence/in1.test', 'FAIL', TIMESTAMP '2025-11-19 08:35:01.5', 95, 'line 12: query result mismatch
    -- expected 3 rows;
    got ''2''');

    -- Indexes
    CREATE UNIQUE INDEX pk_test_files ON test_files (file_path Ascending);
    CREATE INDEX idx_results_run ON test_results (run_id Ascending, file_path Descending);

    -- End of dump
    """)

SQLITE_SCRIPT = """
PRAGMA foreign_keys = ON;
CREATE TABLE "parent table" (id INTEGER PRIMARY KEY, "name" TEXT UNIQUE NOT NULL, photo BLOB);
CREATE TABLE child (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES "parent table"(id) ON DELETE CASCADE,
                    score REAL CHECK (score >= 0), note TEXT DEFAULT 'none');
CREATE INDEX child_parent ON child(parent);
CREATE VIEW scores AS SELECT p."name", avg(c.score) AS mean FROM "parent table" p JOIN child c ON c.parent = p.id
    GROUP BY p."name";
CREATE TRIGGER audit AFTER INSERT ON child BEGIN UPDATE child SET note = 'seen' WHERE id = new.id; END;
INSERT INTO "parent table" VALUES (1, 'it''s', X'00FF10'), (2, 'semi;colon -- not a comment', NULL);
INSERT INTO child VALUES (10, 1, 1.5, 'a'), (11, 1, 2.25, 'b'), (12, 2, 0.0, 'c');
"""

QUERIES = [
    "SELECT category, COUNT(*), SUM(CASE WHEN status = 'PASS' THEN 1 ELSE 0 END) FROM test_files "
    "GROUP BY category ORDER BY category",
    "SELECT DATE(completed_at), passed, ROUND(100.0 * passed / total_files, 1) FROM test_runs "
    "WHERE completed_at IS NOT NULL ORDER BY completed_at DESC LIMIT 30",
    "SELECT file_path, COUNT(*) FROM test_results WHERE status = 'FAIL' GROUP BY file_path ORDER BY 2 DESC",
    "SELECT tf.file_path, tf.category, tr.error_message, tr.tested_at FROM test_results tr "
    "JOIN test_files tf ON tr.file_path = tf.file_path WHERE tr.status = 'FAIL' ORDER BY tr.tested_at DESC",
]


def sqlite_of(script: str) -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:")
    connection.executescript(script)
    return connection


def test_a_vibesql_dump_loads_and_answers_like_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "vibesql.sql"
    path.write_text(VIBESQL_DUMP)
    ours = engine.connect(path)
    plain = VIBESQL_DUMP.replace("TIMESTAMP '", "'").replace(" Ascending", "").replace(" Descending", " DESC")
    plain = "\n".join(line for line in plain.splitlines() if not line.startswith("CREATE SCHEMA")
                      and not line.startswith("CREATE ROLE"))
    theirs = sqlite_of(plain)
    for query in QUERIES:
        assert ours.execute(query).fetchall() == theirs.execute(query).fetchall(), query
    message = ours.execute("SELECT error_message FROM test_results WHERE result_id = 4").fetchone()[0]
    assert message == "line 12: query result mismatch\n-- expected 3 rows;\ngot '2'"  # '--' inside a string stays
    text = ours.dump_sql()
    assert "CREATE SCHEMA results;" in text and "CREATE ROLE analyst;" in text
    assert "CREATE INDEX idx_results_run ON test_results (run_id, file_path DESC);" in text


def test_a_sqlite_dump_loads_with_views_triggers_blobs_and_foreign_keys(tmp_path: Path) -> None:
    source = sqlite_of(SQLITE_SCRIPT)
    path = tmp_path / "sqlite.sql"
    path.write_text("\n".join(source.iterdump()) + "\n")
    ours = engine.connect(path)
    for query in ['SELECT * FROM "parent table" ORDER BY id', "SELECT * FROM child ORDER BY id",
                  "SELECT * FROM scores ORDER BY 1"]:
        assert ours.execute(query).fetchall() == source.execute(query).fetchall(), query
    ours.execute("INSERT INTO child (id, parent, score) VALUES (13, 2, 5)")  # the trigger came along
    assert ours.execute("SELECT note FROM child WHERE id = 13").fetchone() == ("seen",)
    ours.execute('DELETE FROM "parent table" WHERE id = 1')  # and so did ON DELETE CASCADE
    assert ours.execute("SELECT id FROM child ORDER BY id").fetchall() == [(12,), (13,)]
    with pytest.raises(engine.IntegrityError, match="CHECK"):
        ours.execute("INSERT INTO child VALUES (14, 2, -1, 'x')")


def test_crlf_line_endings_and_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "windows.sql"
    path.write_bytes(b"\xef\xbb\xbf" + b"CREATE TABLE t(a TEXT);\r\nINSERT INTO t VALUES ('x;y');\r\n"
                     b"-- a comment\r\nINSERT INTO t VALUES ('two\r\nlines');\r\n")
    assert engine.connect(path).execute("SELECT a FROM t").fetchall() == [("x;y",), ("two\nlines",)]


def test_plain_scripts_with_multi_row_inserts_and_comments_anywhere(tmp_path: Path) -> None:
    path = tmp_path / "script.sql"
    path.write_text("/* a block\ncomment; */ CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT); -- trailing\n"
                    "INSERT INTO t VALUES (1, 'a'), (2, 'b'); INSERT INTO t(b) VALUES ('c');\n"
                    "INSERT OR REPLACE INTO t VALUES (1, 'A');\nINSERT OR IGNORE INTO t VALUES (2, 'ignored');\n"
                    "INSERT INTO t VALUES (abs(-10), 'expression');\n")
    assert engine.connect(path).execute("SELECT * FROM t ORDER BY a").fetchall() == [
        (1, "A"), (2, "b"), (3, "c"), (10, "expression")]


FOREIGN_KEY_SCRIPT = textwrap.dedent("""\
    PRAGMA foreign_keys = ON;
    CREATE TABLE p(id INTEGER PRIMARY KEY);
    CREATE TABLE cascading(id INTEGER PRIMARY KEY, pid INTEGER REFERENCES p(id) ON DELETE CASCADE ON UPDATE CASCADE);
    CREATE TABLE nulling(id INTEGER PRIMARY KEY, pid INTEGER REFERENCES p(id) ON DELETE SET NULL);
    CREATE TABLE plain(id INTEGER PRIMARY KEY, pid INTEGER REFERENCES p(id));
    INSERT INTO p VALUES (1), (2), (3), (4);
    INSERT INTO cascading VALUES (10, 1), (20, 2), (30, 3);
    INSERT INTO nulling VALUES (10, 1), (20, 2);
    INSERT INTO plain VALUES (10, 4);
    DELETE FROM p WHERE id = 1;
    UPDATE p SET id = 5 WHERE id = 3;
    DELETE FROM p WHERE id = 4;
    DELETE FROM plain;
    """)


def test_a_script_that_deletes_parents_runs_their_actions_as_sqlite3(tmp_path: Path) -> None:
    """Checks wait for the end of a load, but ON DELETE/UPDATE actions run where they stand."""
    path = tmp_path / "script.sql"
    path.write_text(FOREIGN_KEY_SCRIPT)
    ours = engine.connect(path)
    theirs = sqlite3.connect(":memory:")
    theirs.execute("PRAGMA foreign_keys = ON")  # a load defers checks: sqlite3's defer_foreign_keys
    theirs.executescript("BEGIN; PRAGMA defer_foreign_keys = ON;" + FOREIGN_KEY_SCRIPT + "COMMIT;")
    for table in ("p", "cascading", "nulling", "plain"):
        query = f"SELECT * FROM {table} ORDER BY id"
        assert ours.execute(query).fetchall() == theirs.execute(query).fetchall(), table
    path.write_text(FOREIGN_KEY_SCRIPT.replace("DELETE FROM plain;", ""))
    with pytest.raises(engine.IntegrityError, match="a row of plain"):
        engine.connect(path)  # the orphan left behind fails at the end, and nothing is loaded


# --- round trips -------------------------------------------------------------------------------------------

EDGE_VALUES = [None, "", "'", "a''b", "line\nbreak", "-- not a comment;", "😀 ünï", 0, -1,
               9223372036854775807, -9223372036854775808, 0.1, -0.0, 1e-300, 1.7976931348623157e308,
               math.inf, -math.inf, b"", b"\x00\xff'", "2025-11-19 08:34:36.842944"]


def round_trip(connection: engine.Connection, directory: Path) -> tuple[engine.Connection, bytes, bytes]:
    first, second = directory / "first.sql", directory / "second.sql"
    connection.save_dump(first)
    reloaded = engine.connect(first)
    reloaded.save_dump(second)
    return reloaded, first.read_bytes(), second.read_bytes()


def typed(rows: list[tuple]) -> list[tuple]:
    return [tuple((type(value), value) for value in row) for row in rows]


def test_every_kind_of_value_survives_a_round_trip_byte_for_byte(tmp_path: Path) -> None:
    connection = engine.connect()
    connection.execute("CREATE TABLE v(id INTEGER PRIMARY KEY, value)")
    connection.executemany("INSERT INTO v(value) VALUES (?)", [(value,) for value in EDGE_VALUES])
    reloaded, first, second = round_trip(connection, tmp_path)
    assert first == second
    assert typed(reloaded.execute("SELECT * FROM v ORDER BY id").fetchall()) == typed(
        connection.execute("SELECT * FROM v ORDER BY id").fetchall())


SQL_VALUES = st.one_of(st.none(), st.integers(-(2**63), 2**63 - 1),
                       st.floats(allow_nan=False), st.text(max_size=20), st.binary(max_size=8))


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(SQL_VALUES, SQL_VALUES, SQL_VALUES), max_size=12))
def test_round_trip_property(tmp_path: Path, rows: list[tuple]) -> None:
    connection = engine.connect()
    connection.execute("CREATE TABLE t(a INTEGER, b TEXT, c)")  # affinity converts on the way in, once
    connection.executemany("INSERT INTO t VALUES (?, ?, ?)", rows)
    reloaded, first, second = round_trip(connection, tmp_path)
    assert first == second
    assert typed(reloaded.execute("SELECT * FROM t").fetchall()) == typed(
        connection.execute("SELECT * FROM t").fetchall())


def test_saving_is_deterministic_and_in_dependency_order(tmp_path: Path) -> None:
    connection = engine.connect()
    connection.executescript("CREATE VIEW late AS SELECT 1 AS x; CREATE TABLE child(p REFERENCES parent(id));"
                             "CREATE TABLE parent(id INTEGER PRIMARY KEY); DROP VIEW late;"
                             "CREATE VIEW v2 AS SELECT * FROM v1; CREATE VIEW v1 AS SELECT id FROM parent;")
    connection.executescript("DROP VIEW v2; CREATE VIEW v2 AS SELECT * FROM v1;")
    text = connection.dump_sql()
    assert text.index("CREATE TABLE parent") < text.index("CREATE TABLE child")
    assert text.index("CREATE VIEW v1") < text.index("CREATE VIEW v2")
    assert text == connection.dump_sql()
    sqlite_of(text)  # and sqlite3 reads it


# --- bad input ------------------------------------------------------------------------------------------------

PREFIX = "CREATE TABLE kept(a INTEGER PRIMARY KEY);\nINSERT INTO kept VALUES (1);\n"

MALFORMED = {
    "truncated": (PREFIX + "INSERT INTO kept VALUES (2);\nINSERT INTO kept VAL", 4, engine.OperationalError),
    "unterminated string": (PREFIX + "INSERT INTO kept VALUES (3);\nINSERT INTO kept VALUES ('oops);\n", 4,
                            engine.OperationalError),
    "unknown table": (PREFIX + "\nINSERT INTO nowhere VALUES (1);\n", 4, engine.OperationalError),
    "syntax error": (PREFIX + "CREATE TABLE other(x);\nSELEC x FROM other;\n", 4, engine.OperationalError),
    "duplicate key": (PREFIX + "INSERT INTO kept VALUES (2);\nINSERT INTO kept VALUES (1);\n"
                      "INSERT INTO kept VALUES (3);\n", 4, engine.IntegrityError),
    "foreign key": (PREFIX + "CREATE TABLE child(k REFERENCES kept(a));\nINSERT INTO child VALUES (1);\n"
                    "INSERT INTO child VALUES (99);\n", 5, engine.IntegrityError),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_a_malformed_dump_names_the_place_and_changes_nothing(case: str, tmp_path: Path) -> None:
    text, line, error = MALFORMED[case]
    path = tmp_path / f"{case.replace(' ', '_')}.sql"
    path.write_text(text)
    connection = engine.connect()
    connection.executescript("CREATE TABLE mine(x); INSERT INTO mine VALUES (42);")
    before = connection.dump_sql()
    with pytest.raises(error) as raised:
        connection.load_dump(path)
    assert str(raised.value).startswith(f"{path}:{line}:"), str(raised.value)
    assert raised.value.line == line and raised.value.column >= 1
    assert connection.dump_sql() == before


def test_a_load_reports_its_progress_through_the_text(tmp_path: Path) -> None:
    path = tmp_path / "large.sql"
    path.write_text("CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT);\n"
                    + "".join(f"INSERT INTO t VALUES ({n}, '{'x' * 60}');\n" for n in range(1, 60_001)))
    reports: list[tuple[int, int]] = []
    connection = engine.connect()
    connection.load_dump(path, progress=lambda done, total: reports.append((done, total)))
    total = len(path.read_text())
    assert len(reports) >= 4 and reports[-1] == (total, total)  # about one report per megabyte
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)
    assert connection.execute("SELECT count(*) FROM t").fetchone() == (60_000,)


def test_an_error_deep_in_a_large_dump_names_its_line_and_quotes_its_statement(tmp_path: Path) -> None:
    rows = [f"INSERT INTO kept VALUES ({n}, 'row {n} {'x' * 40}');" for n in range(1, 40_001)]  # past 1 MB
    rows[31_000] = "INSERT INTO kept VALUES (7, 'again'), (40001, 'new');"  # a multi-row INSERT, inside a batch
    path = tmp_path / "large.sql"
    path.write_text("CREATE TABLE kept(a INTEGER PRIMARY KEY, b TEXT);\n" + "\n".join(rows) + "\n")
    with pytest.raises(engine.IntegrityError) as raised:
        engine.connect(path)
    assert str(raised.value).startswith(f"{path}:31002:1: UNIQUE constraint failed: kept.a in: "
                                        "INSERT INTO kept VALUES (7, 'again'), (40001, 'new')"), str(raised.value)
    rows[31_000] = "INSERT INTO kept VALUES (31001, 'fine');"
    rows[38_000] = "INSERT INTO kept VALUES (5, 'again');"
    path.write_text("CREATE TABLE kept(a INTEGER PRIMARY KEY, b TEXT);\n" + "\n".join(rows) + "\n")
    with pytest.raises(engine.IntegrityError) as raised:
        engine.connect(path)
    assert str(raised.value).startswith(f"{path}:38002:1: UNIQUE constraint failed: kept.a in: "
                                        "INSERT INTO kept VALUES (5, 'again')"), str(raised.value)


@pytest.mark.parametrize(("content", "explanation"), [
    (b"SQLite format 3\x00" + bytes(100), "is a SQLite database file, not a SQL dump"),
    (b"", "the file is empty"),
    (b"  \n\n", "the file is empty"),
    (b"CREATE TABLE t(a);\nINSERT INTO t VALUES ('caf\xe9');\n", ":2:27: the file is not UTF-8"),
])
def test_files_that_are_not_dumps_say_what_they_are(content: bytes, explanation: str, tmp_path: Path) -> None:
    path = tmp_path / "not_a_dump.sql"
    path.write_bytes(content)
    with pytest.raises(engine.OperationalError, match=explanation):
        engine.connect(path)


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(engine.OperationalError, match="no such file"):
        engine.connect(tmp_path / "missing.sql")


# --- atomic saves ---------------------------------------------------------------------------------------------

def test_a_failed_save_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "results.sql"
    connection = engine.connect()
    connection.execute("CREATE TABLE t(a)")
    connection.save_dump(path)
    old = path.read_bytes()
    connection.execute("INSERT INTO t VALUES ('\ud800')")  # a lone surrogate cannot be written as UTF-8
    with pytest.raises(UnicodeEncodeError):
        connection.save_dump(path)
    assert path.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["results.sql"]  # no temporary file left behind
    with pytest.raises(engine.OperationalError, match="does not exist"):
        connection.save_dump(tmp_path / "missing" / "results.sql")


SAVER = """
import sys, engine
connection = engine.connect()
connection.execute("CREATE TABLE t(a INTEGER, b TEXT)")
connection.executemany("INSERT INTO t VALUES (?, ?)", ((i, "x" * 200) for i in range(200_000)))
print("ready", flush=True)
while True:
    connection.save_dump(sys.argv[1])
"""


def test_a_process_killed_while_saving_leaves_a_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "results.sql"
    engine.connect().save_dump(path)  # the old file: an empty database
    process = subprocess.Popen([sys.executable, "-c", SAVER, str(path)], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline() == "ready\n"
    time.sleep(0.3)  # the first save is under way (a save takes about a second)
    process.send_signal(signal.SIGKILL)
    process.wait()
    text = path.read_text()
    assert text.endswith("COMMIT;\n")  # the old file or the complete new one, never a torn one
    rows = engine.connect(path).execute("SELECT count(*) FROM t").fetchone()[0] if "CREATE TABLE" in text else 0
    assert rows in (0, 200_000)
    # loading it left its warm-reload snapshot beside it (engine/dumps/snapshot.py)
    assert not [p for p in os.listdir(tmp_path) if p not in ("results.sql", "results.sql.vsnap")
                and not p.endswith(".tmp")]
