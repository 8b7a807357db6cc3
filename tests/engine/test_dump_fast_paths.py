"""The dump reader's fast paths read what sqlite3 reads: multi-line strings, quotes and NULLs in rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import apsw
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import engine

# text values that stress the fast paths: newlines, semicolons, dashes, quotes of both kinds
PIECES = ["a", "\n", ";", "--", "/*", "*/", '"', "''", " ", "NULL", "TIMESTAMP '", "line 3: x", ",", "(", ")"]
texts = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)
_CURRENT_SQLITE = apsw.Connection(":memory:")
_SQLITE_340 = sqlite3.connect(":memory:")


def _read_alike(value: float) -> bool:
    """Whether SQLite 3.40 and 3.54 read the literal of ``value`` as the same double: where they do not,
    ours follows one of them (README, "Differences"), which is not what these tests are about."""
    [(old,)] = _SQLITE_340.execute(f"SELECT {value!r}").fetchall()
    [(new,)] = _CURRENT_SQLITE.execute(f"SELECT {value!r}").fetchall()
    return old == new


reals = st.floats(allow_nan=False, allow_infinity=False).filter(_read_alike)
values = st.one_of(st.none(), st.integers(-(2**63), 2**63 - 1), texts, reals)


def literal(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return repr(value)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(values, values), min_size=1, max_size=6))
def test_rows_of_any_text_load_as_sqlite3_loads_them(tmp_path: Path, rows: list) -> None:
    script = "CREATE TABLE t (a, b);\n" + "".join(
        f"INSERT INTO t VALUES ({literal(a)}, {literal(b)});\n" for a, b in rows)
    assert_loads_as_sqlite3(tmp_path / "rows.sql", script,
                            "SELECT rowid, a, typeof(a), b, typeof(b) FROM t ORDER BY rowid")


def assert_loads_as_sqlite3(path: Path, script: str, query: str) -> None:
    """The dump ``script``, loaded by ours from ``path``, answers ``query`` as sqlite3's executescript of it."""
    path.write_text(script, encoding="utf-8")
    expected = sqlite3.connect(":memory:")
    expected.executescript(script)
    ours = engine.connect(path).execute(query).fetchall()
    path.with_name(path.name + ".vsnap").unlink(missing_ok=True)  # the next example's dump is another
    assert ours == expected.execute(query).fetchall()


def test_an_error_in_a_multi_line_row_names_its_first_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.sql"
    path.write_text("CREATE TABLE t (a NOT NULL, b);\nINSERT INTO t VALUES (1, 'one\ntwo; -- \"x\"');\n"
                    "INSERT INTO t VALUES (NULL, 'three\nfour');\n", encoding="utf-8")
    with pytest.raises(engine.IntegrityError) as raised:
        engine.connect(path)
    assert f"{path}:4:1:" in str(raised.value)
    assert "INSERT INTO t VALUES (NULL, 'three four')" in str(raised.value)


# Runs of rows are read a column at a time: a column of one kind (NULLs among it or not) takes one path,
# a mixed column another; so each column draws from one kind, and the last from all of them.
KINDS = {
    "integer": st.integers(0, 10**18),
    "large integer": st.integers(2**62, 2**66),
    "any integer": st.integers(-(2**70), 2**70),
    "text": texts,
    "quoted text": st.lists(st.sampled_from(["'", "a", "\n", ";", ","]), min_size=1, max_size=5).map("".join),
    "number-like text": st.sampled_from(["12", " 3.5 ", "1e3", "-0", "0x10", "\u0663", "+7", "12abc", ""]),
    "real": reals,
    "blob": st.binary(max_size=4),
}


def literal_of_any(value: object) -> str:
    if isinstance(value, bytes):
        return "X'" + value.hex() + "'"
    return literal(value)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_runs_of_rows_load_as_sqlite3_loads_them(tmp_path: Path, data: st.DataObject) -> None:
    kinds = [data.draw(st.sampled_from(sorted(KINDS))) for _ in range(4)]
    columns = [st.one_of(KINDS[kind], KINDS[kind], st.none()) for kind in kinds]
    columns.append(st.one_of(st.none(), *KINDS.values()))
    rows = data.draw(st.lists(st.tuples(*columns), min_size=1, max_size=12))
    script = "CREATE TABLE t (a INTEGER, b NUMERIC, c TEXT, d REAL, e);\n" + "".join(
        "INSERT INTO t VALUES (" + ", ".join(map(literal_of_any, row)) + ");\n" for row in rows)
    assert_loads_as_sqlite3(tmp_path / "runs.sql", script, "SELECT rowid, a, typeof(a), b, typeof(b), c, typeof(c), "
                            "d, typeof(d), e, typeof(e) FROM t ORDER BY rowid")


def _long_run(rows: int, bad_row: int, bad_values: str) -> tuple[str, int]:
    """A dump of one table whose rows hold multi-line messages (several megabytes, so the loader reads it
    in several runs), with ``bad_values`` as row ``bad_row``; and the line where that row starts."""
    lines = ["CREATE TABLE t (id INTEGER NOT NULL, message TEXT);"]
    bad_line = 0
    for row in range(rows):
        if row == bad_row:
            bad_line = 1 + 3 * row + 1
            lines.append(f"INSERT INTO t VALUES ({bad_values});")
        else:
            message = f"row {row} failed:\n  expected ''1''\n  got ''2''; {'x' * 400}"
            lines.append(f"INSERT INTO t VALUES ({row}, '{message}');")
    return "\n".join(lines) + "\n", bad_line


@pytest.mark.parametrize(("bad_values", "message"), [
    ("NULL, 'no id'", "NOT NULL constraint failed: t.id"),
    ("7, 'three', 'values'", "table t has 2 columns but 3 values were supplied"),
])
def test_an_error_deep_in_a_run_of_multi_line_rows_names_its_line(tmp_path: Path, bad_values: str,
                                                                  message: str) -> None:
    script, bad_line = _long_run(12_000, 9_000, bad_values)
    path = tmp_path / "run.sql"
    path.write_text(script, encoding="utf-8")
    with pytest.raises(engine.Error) as raised:
        engine.connect(path)
    assert f"{path}:{bad_line}:1: {message}" in str(raised.value)
    assert f"INSERT INTO t VALUES ({bad_values})" in str(raised.value)
    assert not path.with_name(path.name + ".vsnap").exists()


def test_a_missing_parent_deep_in_a_run_names_the_child_s_line(tmp_path: Path) -> None:
    lines = ["PRAGMA foreign_keys = ON;", "CREATE TABLE parent (id INTEGER PRIMARY KEY);",
             "CREATE TABLE child (parent INTEGER REFERENCES parent(id), note TEXT);"]
    lines += [f"INSERT INTO parent VALUES ({n});" for n in range(100)]
    lines += [f"INSERT INTO child VALUES ({n % 100 if n != 333 else 1000}, 'a\nb');" for n in range(500)]
    path = tmp_path / "children.sql"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(engine.IntegrityError) as raised:
        engine.connect(path)
    line = 3 + 100 + 333 * 2 + 1
    assert f"{path}:{line}:1: FOREIGN KEY constraint failed" in str(raised.value)


@pytest.mark.parametrize("value", ["\u0663", "\u0661\u0662", "1.\u0665", "\u00b2"])
def test_digits_of_other_scripts_are_not_numbers(tmp_path: Path, value: str) -> None:
    """Python's int() and float() read Arabic-Indic digits; SQLite reads them as a name."""
    statement = f"INSERT INTO t VALUES (1, {value})"
    expected = sqlite3.connect(":memory:")
    expected.execute("CREATE TABLE t (a, b)")
    with pytest.raises(sqlite3.OperationalError):
        expected.execute(statement)
    ours = engine.connect()
    ours.execute("CREATE TABLE t (a, b)")
    with pytest.raises(engine.Error):
        ours.execute(statement)
    path = tmp_path / "digits.sql"
    path.write_text(f"CREATE TABLE t (a, b);\n{statement};\n{statement};\n", encoding="utf-8")
    with pytest.raises(engine.Error, match=f"{path}:2:"):
        engine.connect(path)


@pytest.mark.parametrize("name", ["my table", "a;b", "x--y", 'q""uote', "/*c*/"])  # (iterdump fails on a quote)
def test_quoted_names_in_a_sqlite3_dump_load_as_sqlite3_loads_them(tmp_path: Path, name: str) -> None:
    """sqlite3's .dump quotes every table name in its INSERTs; a name may hold what ends a statement."""
    source = sqlite3.connect(":memory:")
    source.execute(f'CREATE TABLE "{name}" (a INTEGER, b TEXT)')
    source.executemany(f'INSERT INTO "{name}" VALUES (?, ?)', [(n, f"v{n};\n--'") for n in range(50)])
    source.commit()
    path = tmp_path / "quoted.sql"
    path.write_text("\n".join(source.iterdump()) + "\n", encoding="utf-8")
    query = f'SELECT rowid, a, b FROM "{name}" ORDER BY rowid'
    assert engine.connect(path).execute(query).fetchall() == source.execute(query).fetchall()
