"""docs/COMPAT.md stays true: every "yes" names a test that exists, and a test it names must exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "docs" / "COMPAT.md"
_ROW = re.compile(r"^\|(?P<feature>[^|]+)\|(?P<status>[^|]+)\|(?P<notes>.*)\|\s*$")
_TEST = re.compile(r"`(tests/[\w/]+\.py)::(\w+)`")


def _rows() -> list[tuple[str, str, str]]:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        match = _ROW.match(line)
        if match and match["status"].strip() not in ("Status", "---"):
            rows.append((match["feature"].strip(), match["status"].strip(), match["notes"]))
    return rows


def test_the_table_has_rows_with_a_known_status() -> None:
    rows = _rows()
    assert len(rows) > 40
    assert {status for _, status, _ in rows} <= {"yes", "partial", "no"}


def test_every_yes_links_a_differential_test_that_exists() -> None:
    for feature, status, notes in _rows():
        tests = _TEST.findall(notes)
        assert tests or status != "yes", f"{feature}: a 'yes' needs the test that proves it"
        for path, name in tests:
            source = (ROOT / path).read_text(encoding="utf-8")
            assert re.search(rf"^def {name}\(", source, re.MULTILINE), f"{feature}: {path}::{name} does not exist"
            assert "sqlite3" in source or "Twin" in source, f"{feature}: {path} is not a test against sqlite3"
