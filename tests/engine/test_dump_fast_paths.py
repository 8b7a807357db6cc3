"""The dump reader's fast paths read what sqlite3 reads: multi-line strings, quotes and NULLs in rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import engine

# text values that stress the fast paths: newlines, semicolons, dashes, quotes of both kinds
PIECES = ["a", "\n", ";", "--", "/*", "*/", '"', "''", " ", "NULL", "TIMESTAMP '", "line 3: x", ",", "(", ")"]
texts = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)
values = st.one_of(st.none(), st.integers(-(2**63), 2**63 - 1), texts,
                   st.floats(allow_nan=False, allow_infinity=False))


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
    path = tmp_path / "rows.sql"
    path.write_text(script, encoding="utf-8")
    expected = sqlite3.connect(":memory:")
    expected.executescript(script)
    query = "SELECT rowid, a, typeof(a), b, typeof(b) FROM t ORDER BY rowid"
    ours = engine.connect(path).execute(query).fetchall()
    assert ours == expected.execute(query).fetchall()
    path.with_name(path.name + ".vsnap").unlink(missing_ok=True)


def test_an_error_in_a_multi_line_row_names_its_first_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.sql"
    path.write_text("CREATE TABLE t (a NOT NULL, b);\nINSERT INTO t VALUES (1, 'one\ntwo; -- \"x\"');\n"
                    "INSERT INTO t VALUES (NULL, 'three\nfour');\n", encoding="utf-8")
    with pytest.raises(engine.IntegrityError) as raised:
        engine.connect(path)
    assert f"{path}:4:1:" in str(raised.value)
    assert "INSERT INTO t VALUES (NULL, 'three four')" in str(raised.value)
