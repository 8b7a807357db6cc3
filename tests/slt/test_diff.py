"""The structured diff of a failing query: missing, extra and changed rows, from listed rows or from sqlite3
when only a hash was expected (and a plain refusal when sqlite3's rows do not hash as expected)."""

from __future__ import annotations

from pathlib import Path

import pytest
from slt_support import CLI

from vibesql_magic.records.diff import CHANGED, EXTRA, MISSING, DiffError, diff_values, oracle_for, record_diff
from vibesql_magic.records.render import hash_values
from vibesql_magic.records.repro import build

WRONG = "slt_test_engines:off_by_one"  # runs a > b as a >= b
ROWS = [("1", "one"), ("2", "two"), ("3", "three")]
SCRIPT = """\
statement ok
CREATE TABLE t(a INTEGER, b TEXT)

statement ok
INSERT INTO t VALUES (1, 'one'), (2, 'two'), (3, 'three'), (4, 'four')

query IT rowsort
SELECT a, b FROM t WHERE a > 2
----
3
three
4
four

query I nosort
SELECT a FROM t WHERE a > 1 ORDER BY a
----
{hash}

query I nosort
SELECT a FROM t WHERE a > 3 ORDER BY a
----
1 values hashing to 00000000000000000000000000000000
"""


def _script(tmp_path: Path) -> Path:
    path = tmp_path / "test" / "diff.test"
    path.parent.mkdir(parents=True)
    path.write_text(SCRIPT.format(hash=f"3 values hashing to {hash_values(['2', '3', '4'])}"))
    return path


def _flat(rows: list[tuple[str, ...]]) -> list[str]:
    return [value for row in rows for value in row]


def test_rows_are_missing_extra_or_changed() -> None:
    expected = _flat(ROWS)
    result = diff_values(expected, _flat([("1", "one"), ("2", "TWO"), ("3", "three"), ("9", "nine")]), 2)
    assert [(change.kind, change.expected_row, change.actual_row, change.differing_columns())
            for change in result.changes] == [(CHANGED, 2, 2, [2]), (EXTRA, None, 4, [])]
    result = diff_values(expected, _flat([("1", "one"), ("3", "three")]), 2)
    assert [(change.kind, change.expected, change.actual) for change in result.changes] == [
        (MISSING, ("2", "two"), None)]
    assert diff_values(expected, expected, 2).changes == []
    frame = diff_values(expected, _flat([("1", "one")]), 2).frame()
    assert list(frame["change"]) == [MISSING, MISSING] and list(frame["expected"]) == ["2 | two", "3 | three"]


def test_valuesort_compares_value_by_value() -> None:
    result = diff_values(["1", "2", "3", "4"], ["1", "2", "4", "5"], 2, "valuesort")
    assert [(change.kind, change.expected, change.actual) for change in result.changes] == [
        (MISSING, ("3",), None), (EXTRA, None, ("5",))]


def test_a_hashed_expectation_gets_its_rows_from_sqlite3_only_when_they_hash_as_expected(tmp_path: Path) -> None:
    path = _script(tmp_path)
    with oracle_for(path, "sqlite") as oracle:
        listed = record_diff(build(path, 7, "sqlite").record, ["3", "three", "4", "four", "2", "two"], oracle)
        assert [(change.kind, change.actual) for change in listed.changes] == [(EXTRA, ("2", "two"))]
        assert listed.source == "listed in the file"
        hashed = record_diff(build(path, 15, "sqlite").record, ["1", "2", "3", "4"], oracle)
        assert hashed.source.startswith("by sqlite3") and hashed.expected_rows == 3
        assert [(change.kind, change.actual) for change in hashed.changes] == [(EXTRA, ("1",))]
        with pytest.raises(DiffError, match=r"sqlite3 .* gives 1 values hashing to \w+: the expected rows cannot "
                                            r"be known"):
            record_diff(build(path, 20, "sqlite").record, ["4"], oracle)


def test_vibesql_slt_test_shows_the_row_diff(cli: CLI, tmp_path: Path) -> None:
    path = _script(tmp_path)
    shown = cli("test", path, "--engine", WRONG, "--as", "sqlite")
    assert shown.code == 1
    assert "rows: 2 expected (listed in the file), 3 actual: 0 missing, 1 extra, 0 changed" in shown.out
    assert "+ actual row 1: 2 | two" in shown.out  # rowsort: 2 sorts first
    assert "rows: 3 expected (by sqlite3 3." in shown.out and "1 extra" in shown.out
    assert "+ actual row 1: 1" in shown.out
    assert "no row diff: line 20 expects 1 values hashing to 00000000000000000000000000000000" in shown.out
