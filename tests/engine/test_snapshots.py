"""Warm reloads: the snapshot beside a dump gives the same answers as parsing it, or is not used."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest

import engine
from engine.dumps import reader, snapshot

SCRIPT = """PRAGMA foreign_keys = ON;
CREATE TABLE parent (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE NOT NULL COLLATE NOCASE, photo BLOB);
CREATE TABLE child (parent INTEGER REFERENCES parent(id) ON DELETE CASCADE, note TEXT DEFAULT 'none', score REAL);
CREATE INDEX child_parent ON child (parent, note);
INSERT INTO parent VALUES (1, 'Ann', X'00ff'), (5, 'bob', NULL), (7, 'Cy', NULL);
INSERT INTO child VALUES (1, 'it''s
two lines', 1.5), (5, NULL, -0.0), (1, 'x', 1e300), (7, 'y', 3);
DELETE FROM child WHERE parent = 7;
DELETE FROM parent WHERE id = 7;
INSERT INTO child (parent, score) VALUES (1, 2);
CREATE VIEW totals AS SELECT parent, COUNT(*) AS n, SUM(score) AS s FROM child GROUP BY parent;
CREATE TABLE log (what TEXT);
CREATE TRIGGER parent_log AFTER INSERT ON parent BEGIN INSERT INTO log VALUES (new.name); END;
"""

QUERIES = [
    "SELECT rowid, * FROM child ORDER BY rowid",
    "SELECT * FROM parent ORDER BY id",
    "SELECT * FROM totals ORDER BY parent",
    "SELECT name FROM parent WHERE name = 'ANN'",
    "SELECT parent, note FROM child WHERE parent = 1 ORDER BY note",
]
# run after the queries above: AUTOINCREMENT's high-water mark, the trigger, the unique index
CHANGES = ["INSERT INTO parent (name) VALUES ('dee')", "INSERT INTO child (parent) VALUES (5)"]
AFTER = ["SELECT * FROM parent ORDER BY id", "SELECT * FROM log", "SELECT rowid, * FROM child ORDER BY rowid"]


def answers(connection) -> list:
    found = [connection.execute(sql).fetchall() for sql in QUERIES]
    for sql in CHANGES:
        connection.execute(sql)
    try:
        connection.execute("INSERT INTO parent (name) VALUES ('BOB')")
    except Exception as error:  # the class is compared across the engines
        found.append(type(error).__name__)
    return found + [connection.execute(sql).fetchall() for sql in AFTER]


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    path = tmp_path / "data.sql"
    path.write_text(SCRIPT, encoding="utf-8")
    return path


def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args, **_kwargs) -> None:
        raise AssertionError("the dump was parsed although its snapshot was current")

    monkeypatch.setattr(reader, "_load_text", refuse)


def test_a_warm_reload_reads_the_snapshot_and_answers_as_the_dump_and_sqlite3_do(
        dump: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cold = engine.connect(dump)
    assert snapshot.snapshot_path(dump).is_file()
    cold_text, cold_session = cold.dump_sql(), (cold.last_insert_rowid, cold.changes, cold.total_changes)
    cold_answers = answers(cold)
    no_parsing(monkeypatch)
    warm = engine.connect(dump)
    assert warm.dump_sql() == cold_text
    assert (warm.last_insert_rowid, warm.changes, warm.total_changes) == cold_session
    assert answers(warm) == cold_answers
    reference = sqlite3.connect(":memory:")
    reference.executescript(SCRIPT)
    assert cold_answers == answers(reference)
    assert sorted(p.name for p in dump.parent.iterdir()) == sorted([dump.name, snapshot.snapshot_path(dump).name])


def test_a_changed_dump_is_parsed_again_and_its_snapshot_replaced(dump: Path) -> None:
    engine.connect(dump)
    before = snapshot.snapshot_path(dump).read_bytes()
    dump.write_text(SCRIPT + "INSERT INTO parent VALUES (9, 'eve', NULL);\n", encoding="utf-8")
    assert engine.connect(dump).execute("SELECT name FROM parent WHERE id = 9").fetchall() == [("eve",)]
    assert snapshot.snapshot_path(dump).read_bytes() != before


@pytest.mark.parametrize("damage", ["flip a byte", "truncate", "garbage", "empty", "swap in another dump's"])
def test_a_damaged_snapshot_is_ignored_and_rebuilt(dump: Path, tmp_path: Path, damage: str) -> None:
    expected = answers(engine.connect(dump))
    cache = snapshot.snapshot_path(dump)
    data = bytearray(cache.read_bytes())
    if damage == "flip a byte":
        data[-20] ^= 0x40
    elif damage == "truncate":
        del data[len(data) // 2:]
    elif damage == "garbage":
        data = bytearray(b"not a snapshot at all")
    elif damage == "empty":
        data = bytearray()
    else:
        other = tmp_path / "other.sql"
        other.write_text(SCRIPT.replace("'Ann'", "'Anna'"), encoding="utf-8")
        engine.connect(other)
        data = bytearray(snapshot.snapshot_path(other).read_bytes())
    cache.write_bytes(bytes(data))
    assert answers(engine.connect(dump)) == expected
    assert cache.read_bytes() != bytes(data)  # rebuilt from the dump


def test_a_snapshot_whose_payload_no_longer_replays_is_ignored(dump: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = answers(engine.connect(dump))
    monkeypatch.setattr(snapshot, "_apply", lambda database, state, contents: 1 / 0)
    assert answers(engine.connect(dump)) == expected


def test_another_engine_or_foreign_key_setting_does_not_read_the_snapshot(
        dump: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine.connect(dump)
    digest = snapshot.file_digest(dump)
    assert snapshot.key_for(digest, True) != snapshot.key_for(digest, False)
    monkeypatch.setattr(snapshot, "engine_fingerprint", lambda: b"a newer engine")
    parsed = []
    monkeypatch.setattr(reader, "_load_text", lambda *args: parsed.append(args) or real_load(*args))
    engine.connect(dump)
    assert parsed


real_load = reader._load_text


def test_a_load_into_a_database_that_holds_data_neither_reads_nor_writes_a_snapshot(dump: Path) -> None:
    connection = engine.connect()
    connection.execute("CREATE TABLE mine (x)")
    connection.load_dump(dump)
    assert not snapshot.snapshot_path(dump).exists()
    assert connection.execute("SELECT COUNT(*) FROM child").fetchall() == [(4,)]


def test_snapshots_can_be_turned_off_and_an_unwritable_directory_only_stays_cold(
        dump: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIBESQL_SNAPSHOTS", "off")
    engine.connect(dump)
    assert not snapshot.snapshot_path(dump).exists()
    monkeypatch.delenv("VIBESQL_SNAPSHOTS")

    def read_only(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(snapshot.tempfile, "mkstemp", read_only)
    assert engine.connect(dump).execute("SELECT COUNT(*) FROM parent").fetchall() == [(2,)]
    assert not snapshot.snapshot_path(dump).exists()


def test_a_failed_load_leaves_no_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "bad.sql"
    path.write_text("CREATE TABLE t (a);\nINSERT INTO t VALUES (1);\nSELECT nope FROM t;\n", encoding="utf-8")
    with pytest.raises(engine.Error):
        engine.connect(path)
    assert list(tmp_path.iterdir()) == [path]


def test_the_snapshot_beside_the_bundled_dump_is_ignored_by_git() -> None:
    root = Path(__file__).resolve().parents[2]
    bundled = snapshot.snapshot_path(root / "notebooks" / "data" / "conformance.sql")
    found = subprocess.run(["git", "-C", str(root), "check-ignore", "-q", str(bundled)], check=False)
    if found.returncode == 128:
        pytest.skip("not a git checkout")
    assert found.returncode == 0


def test_a_warm_reload_leaves_each_table_encoded_until_a_statement_reads_it(
        dump: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine.connect(dump)
    no_parsing(monkeypatch)
    warm = engine.connect(dump)
    tables = warm._database.tables
    assert all("_encoded" in table.__dict__ for table in tables.values())
    assert warm.execute("SELECT note FROM child WHERE parent = 5").fetchall() == [(None,)]
    assert [name for name, table in tables.items() if "_encoded" not in table.__dict__] == ["child"]


# each runs first on a warm reload: the table it touches decodes whichever way it is reached
FIRST_STATEMENTS = [
    "SELECT name FROM parent WHERE name = 'ANN'",  # through the unique index alone
    "INSERT INTO parent (name) VALUES ('BOB')",  # the unique index refuses it
    "INSERT INTO parent (id, name) VALUES (5, 'zed')",  # the rowid is taken
    "DELETE FROM parent WHERE id = 1",  # cascades into child
    "UPDATE child SET note = 'n' WHERE parent = 1",
    "CREATE INDEX child_score ON child (score)",
    "SELECT count(*) FROM totals",
    "PRAGMA index_info(child_parent)",
]


@pytest.mark.parametrize("first", FIRST_STATEMENTS)
def test_whatever_reads_an_encoded_table_first_sees_all_of_it(dump: Path, monkeypatch: pytest.MonkeyPatch,
                                                             first: str) -> None:
    def outcome(connection) -> tuple:
        try:
            result: object = connection.execute(first).fetchall()
        except Exception as error:
            result = (type(error).__name__, str(error))
        return result, connection.dump_sql(), answers(connection)

    expected = outcome(engine.connect(dump))
    no_parsing(monkeypatch)
    assert outcome(engine.connect(dump)) == expected
