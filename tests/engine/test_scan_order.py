"""Rows of a query without ORDER BY come in sqlite3's order: the table's, or a covering index's
when SQLite's planner would walk one (and a WITHOUT ROWID table's primary key order)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_twin import Twin

from engine.query.scan_order import column_width, log_est

TYPES = ["", "INTEGER", "TEXT", "REAL", "BLOB", "VARCHAR(10)", "CHAR(40)", "NUMERIC", "CLOB", "BLOB(20)"]
VALUES = st.one_of(st.none(), st.integers(-3, 3), st.sampled_from(["a", "B", "b", "", "A "]),
                   st.sampled_from([0.5, -1.0, 2.0]), st.sampled_from([b"", b"\x01"]))


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    width = draw(st.integers(1, 4))
    types = [draw(st.sampled_from(TYPES)) for _ in range(width)]
    names = [f"c{i}" for i in range(width)]
    key = draw(st.sampled_from(["", "rowid alias", "text key", "without rowid"]))
    columns = [f"{name} {kind}".strip() for name, kind in zip(names, types, strict=True)]
    if key == "rowid alias":
        columns.insert(0, "id INTEGER PRIMARY KEY")
    elif key in ("text key", "without rowid"):
        columns.insert(0, "id TEXT PRIMARY KEY" + (" NOT NULL" if key == "without rowid" else ""))
    statements = [f"CREATE TABLE t({', '.join(columns)}){' WITHOUT ROWID' if key == 'without rowid' else ''}"]
    for number in range(draw(st.integers(0, 3))):
        chosen = draw(st.lists(st.sampled_from(names), min_size=1, max_size=3, unique=True))
        terms = [name + draw(st.sampled_from(["", " DESC"])) for name in chosen]
        statements.append(f"CREATE INDEX i{number} ON t({', '.join(terms)})")
    for row in range(draw(st.integers(0, 8))):
        values = [draw(VALUES) for _ in names]
        identifier = [] if key == "" else [str(row + 1) if key == "rowid alias" else f"'k{7 - row}'"]
        literals = identifier + ["NULL" if v is None else f"X'{v.hex()}'" if isinstance(v, bytes) else repr(v)
                                 for v in values]
        statements.append(f"INSERT INTO t({', '.join(([] if key == '' else ['id']) + names)}) "
                          f"VALUES ({', '.join(literals)})")
    reads = [", ".join(draw(st.lists(st.sampled_from([*names, "id" if key else "rowid"]), min_size=1, max_size=3)))
             for _ in range(3)]
    return statements, reads


@settings(max_examples=200, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(tables())
def test_unordered_scans_come_in_sqlite3s_order(case: tuple[list[str], list[str]]) -> None:
    statements, reads = case
    twin = Twin(statements)
    for columns in reads:
        for query in (f"SELECT {columns} FROM t", f"SELECT {columns} FROM t WHERE coalesce(c0, 1) <> 99 LIMIT 5",
                      f"SELECT group_concat(quote({columns.split(',')[0]})) FROM t"):
            twin.same(query)


def test_widths_are_sqlites_estimates() -> None:
    assert [column_width(t) for t in ("", "INTEGER", "TEXT", "VARCHAR(10)", "CHAR(40)", "CLOB", "BLOB",
                                      "BLOB(20)", "REAL", "CHARACTER")] == [1, 1, 5, 3, 11, 5, 5, 6, 1, 1]
    assert [log_est(n) for n in (0, 1, 2, 4, 8, 10, 24, 32, 100, 1000)] == [0, 0, 10, 20, 30, 33, 46, 50, 66, 99]


def test_not_indexed_and_indexed_by_choose_the_scan_as_sqlite3() -> None:
    twin = Twin(["CREATE TABLE t(a, b)", "CREATE INDEX ia ON t(a)", "INSERT INTO t VALUES (2, 1), (1, 2), (3, 0)"])
    for query in ("SELECT a FROM t INDEXED BY ia", "SELECT * FROM t INDEXED BY ia",
                  "SELECT a FROM t NOT INDEXED WHERE a > 0", "SELECT a FROM t INDEXED BY ia WHERE b > 0",
                  "SELECT group_concat(a) FROM t NOT INDEXED", "SELECT group_concat(a) FROM t"):
        twin.same(query)
    assert twin.both_fail("SELECT a FROM t INDEXED BY nope") == "no such index: nope"
