"""Failure classes group like with like: names, literals and numbers do not split a cause."""

from __future__ import annotations

import pytest

from vibesql_magic.slt.failure_classes import failure_class, normalize_message


@pytest.mark.parametrize(("first", "second"), [
    ("no such column: t1.a", "no such column: tab2.col7"),
    ("no such table: t2", "no such table: cor0"),
    ("no such table: orders", "no such table: people"),
    ('near "FROM": syntax error', "near \"WHERE\": syntax error"),
    ("Binder Error: Referenced column \"x\" not found", "Binder Error: Referenced column \"col0\" not found"),
    ("integer overflow at 9223372036854775807", "integer overflow at -12.5e3"),
    ("Conversion Error: Could not convert string 'abc' to INT32\nLINE 1: SELECT ...",
     "Conversion Error: Could not convert string 'x y' to INT32\nLINE 9: other"),
])
def test_like_messages_share_a_class(first: str, second: str) -> None:
    assert normalize_message(first) == normalize_message(second)
    assert failure_class("query failed", first) == failure_class("query failed", second)


@pytest.mark.parametrize(("message", "normalized"), [
    ("no such column: t1.a", "no such column: ?"),
    ("no such table: orders", "no such table: ?"),
    ('near "FROM": syntax error', "near ?: syntax error"),
    ("Conversion Error: Could not convert string 'abc' to INT32\nLINE 1: SELECT", "Conversion Error: Could not "
     "convert string ? to ?"),
    ("  misuse   of aggregate:\tmax()  ", "misuse of aggregate: max()"),
    ("Binder Error: No function matches the given name and argument types 'abs(VARCHAR)'.",
     "Binder Error: No function matches the given name and argument types ?."),
    ("Catalog Error: Table with name orders does not exist!", "Catalog Error: Table with name ? does not exist!"),
    ("no such function: Foo", "no such function: ?"),
])
def test_normalized_text(message: str, normalized: str) -> None:
    assert normalize_message(message) == normalized


def test_different_causes_stay_apart() -> None:
    assert normalize_message("no such table: t1") != normalize_message("no such column: t1")
    assert failure_class("statement failed", "x") != failure_class("query failed", "x")


@pytest.mark.parametrize(("kind", "expected"), [
    ("statement succeeded but an error was expected", "expected an error"),
    ("query succeeded but an error was expected", "expected an error"),
    ("wrong number of result columns", "wrong column count"),
    ("label mismatch", "label mismatch"),
    ("invalid record", "invalid record"),
])
def test_kinds_without_messages(kind: str, expected: str) -> None:
    assert failure_class(kind) == expected


def test_result_mismatches_tell_row_counts_from_values() -> None:
    assert failure_class("query result mismatch", row_count_differs=True) == "wrong row count"
    assert failure_class("query result mismatch") == "wrong values"
    assert failure_class("statement failed", "") == "statement failed: no message"
    assert len(failure_class("query failed", "x " * 500)) < 150
