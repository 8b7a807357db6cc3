"""Judging records: our own scripts for every format rule, run in-process on sqlite3 (and our engine)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from slt_support import CASES

from vibesql_magic.records.script import parse_script
from vibesql_magic.slt.executor import run_file, run_records
from vibesql_magic.slt.store import FAIL, PASS

PASSING = sorted((CASES / "passing").glob("*.test"))


def sqlite_connection() -> sqlite3.Connection:
    return sqlite3.connect(":memory:", isolation_level=None)


def expected_failures(path: Path) -> list[tuple[int, str]]:
    """``(line, kind)`` of each record announced by a ``# expect: KIND`` comment."""
    lines = path.read_text().splitlines()
    found = []
    for number, line in enumerate(lines, start=1):
        match = re.match(r"# expect: (.*)", line)
        if match:
            following = next(index for index in range(number, len(lines)) if not lines[index].startswith("#"))
            found.append((following + 1, match.group(1)))
    return found


@pytest.mark.parametrize("path", PASSING, ids=lambda path: path.name)
def test_every_passing_case_passes_on_sqlite(path: Path) -> None:
    outcome = run_file(path, sqlite_connection, "sqlite")
    assert outcome.error_message() is None
    assert outcome.status == PASS
    assert outcome.records_passed > 0
    assert outcome.records_total == outcome.records_passed + outcome.records_skipped


@pytest.mark.parametrize("path", PASSING, ids=lambda path: path.name)
def test_every_passing_case_passes_on_our_engine(path: Path) -> None:
    import engine

    outcome = run_file(path, lambda: engine.connect(None), "sqlite")
    assert outcome.error_message() is None
    assert outcome.status == PASS


def test_every_kind_of_failure_is_reported_at_its_line() -> None:
    path = CASES / "failing" / "every_failure.test"
    outcome = run_file(path, sqlite_connection, "sqlite")
    expected = expected_failures(path)
    assert len(expected) == 17
    assert outcome.status == FAIL
    assert [(failure.line, failure.kind) for failure in outcome.failures] == expected
    assert outcome.records_failed == len(expected)
    assert "query failed: integer overflow" in (outcome.error_message() or "")
    assert outcome.records_passed == outcome.records_total - len(expected) > 0


def test_guards_and_halt_count_skipped_records() -> None:
    guards = run_file(CASES / "passing" / "guards.test", sqlite_connection, "sqlite")
    assert (guards.records_total, guards.records_skipped) == (7, 2)
    halted = run_file(CASES / "passing" / "halt.test", sqlite_connection, "sqlite")
    assert (halted.records_passed, halted.records_skipped) == (3, 2)


def test_another_engine_name_takes_the_other_branches() -> None:
    outcome = run_file(CASES / "passing" / "guards.test", sqlite_connection, "mysql")
    # As "mysql": the MySQL-only upsert runs (and fails on sqlite3), so does the query sqlite
    # skips, and the sqlite-only insert and queries do not run, so the last query finds nothing.
    assert outcome.status == FAIL
    assert [failure.kind for failure in outcome.failures] == [
        "statement failed", "query result mismatch", "query result mismatch"]
    assert (outcome.records_passed, outcome.records_skipped) == (1, 3)


def test_label_and_threshold_state_is_per_file() -> None:
    first = parse_script("query I nosort label-1\nSELECT 1\n----\n1\n\nhash-threshold 1\n")
    second = parse_script("query I nosort label-1\nSELECT 2\n----\n2\n\n"
                          "query I nosort\nSELECT 1 UNION ALL SELECT 2\n----\n1\n2\n")
    assert run_records(first, sqlite_connection(), "sqlite").status == PASS
    assert run_records(second, sqlite_connection(), "sqlite").status == PASS


def test_details_are_kept_for_a_verbose_report() -> None:
    path = CASES / "failing" / "every_failure.test"
    outcome = run_file(path, sqlite_connection, "sqlite", keep_details=True)
    mismatch = next(failure for failure in outcome.failures if failure.kind == "query result mismatch")
    assert mismatch.sql == "SELECT a FROM t ORDER BY a"
    assert (mismatch.expected, mismatch.actual) == (["1", "3"], ["1", "2", "3"])


def test_error_message_summarizes_first_failures_within_2000_characters() -> None:
    script = "".join(f"statement ok\nINSERT INTO missing_{index} VALUES(1)\n\n" for index in range(200))
    outcome = run_records(parse_script(script), sqlite_connection(), "sqlite")
    message = outcome.error_message()
    assert message is not None and len(message) <= 2000
    assert message.splitlines()[0] == "line 1: statement failed: no such table: missing_0"
    assert message.splitlines()[-1].startswith("... and ")
    assert message.splitlines()[-1].endswith(" more failed records")


def test_unreadable_file_and_failing_connection_are_errors(tmp_path: Path) -> None:
    missing = run_file(tmp_path / "missing.test", sqlite_connection, "sqlite")
    assert missing.status == "ERROR" and "cannot read" in missing.error

    def refuse() -> sqlite3.Connection:
        raise ConnectionError("no database today")

    script = tmp_path / "one.test"
    script.write_text("statement ok\nSELECT 1\n")
    refused = run_file(script, refuse, "sqlite")
    assert refused.status == "ERROR" and refused.error == "cannot connect: no database today"


@pytest.mark.parametrize("name", ["in1.test", "slt_lang_aggfunc.test"])
def test_corpus_files_pass_on_sqlite(corpus: Path, name: str) -> None:
    outcome = run_file(corpus / "evidence" / name, sqlite_connection, "sqlite")
    assert outcome.status == PASS, outcome.error_message()
    assert outcome.records_passed > 50
