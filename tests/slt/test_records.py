"""Parsing scripts as SQLite's reference runner reads them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vibesql_magic.records.script import (
    HALT,
    HASH_THRESHOLD,
    INVALID,
    QUERY,
    STATEMENT,
    parse_script,
    split_statements,
)


def test_records_carry_their_first_line_number_and_guards() -> None:
    text = (
        "# comment\n"
        "statement ok\n"
        "CREATE TABLE t(x)\n"
        "\n"
        "skipif mysql # a comment after the engine\n"
        "onlyif SQLite\n"
        "query IT rowsort label-7\n"
        "SELECT x, 'a'\n"
        "FROM t\n"
        "----\n"
        "1\n"
        "a\n"
        "\n"
        "hash-threshold 8\n"
        "\n"
        "halt\n"
    )
    statement, query, threshold, halt = parse_script(text)
    assert (statement.kind, statement.line, statement.sql, statement.expect_error) == (
        STATEMENT, 2, "CREATE TABLE t(x)", False)
    assert (query.kind, query.line, query.guards) == (QUERY, 7, ((False, "mysql"), (True, "sqlite")))
    assert (query.types, query.sort, query.label) == ("IT", "rowsort", "label-7")
    assert query.sql == "SELECT x, 'a'\nFROM t"
    assert query.expected == ["1", "a"]
    assert (threshold.kind, threshold.threshold) == (HASH_THRESHOLD, 8)
    assert (halt.kind, halt.line) == (HALT, 16)


def test_crlf_lines_blank_whitespace_and_comments_inside_records() -> None:
    text = "query T nosort\r\nSELECT 'x '\r\n# not sql\r\n----\r\nx \r\n   \r\nstatement ok\r\nSELECT 1\r\n"
    query, statement = parse_script(text)
    assert query.sql == "SELECT 'x '"
    assert query.expected == ["x "]  # only the \r goes; trailing spaces are part of the value
    assert (statement.line, statement.sql) == (7, "SELECT 1")


def test_expected_hash_and_missing_separator() -> None:
    hashed, bare = parse_script(
        "query I nosort\nSELECT 1\n----\n3 values hashing to 0123456789abcdef0123456789abcdef\n\n"
        "query I nosort\nSELECT 1\n")
    assert hashed.expected_hash == (3, "0123456789abcdef0123456789abcdef")
    assert bare.expected is None and bare.expected_hash is None


def test_error_regexes_of_sqllogictest_rs() -> None:
    statement, query, plain = parse_script(
        "statement error no such table: t\nSELECT * FROM t\n\n"
        "query error ^near \".*\": syntax error$\nSELEKT\n\n"
        "statement error\nSELECT * FROM t\n")
    assert statement.expect_error and statement.error_pattern.pattern == "no such table: t"
    assert query.kind == QUERY and query.expect_error
    assert query.error_pattern.pattern == '^near ".*": syntax error$'
    assert plain.expect_error and plain.error_pattern is None


def test_malformed_records_become_invalid_with_a_reason() -> None:
    records = parse_script("query IX nosort\nSELECT 1\n\nstatement perhaps\nSELECT 1\n\n"
                           "query I upsidedown\nSELECT 1\n\nfrobnicate\n\nquery\nSELECT 1\n")
    assert [record.kind for record in records] == [INVALID] * 5
    assert [record.problem for record in records] == [
        "unknown type character 'X' in type string",
        "statement argument should be 'ok' or 'error'",
        "unknown sort method: 'upsidedown'",
        "unknown record type: 'frobnicate'",
        "missing type string",
    ]


def test_split_statements_respects_strings_and_trigger_bodies() -> None:
    assert split_statements("SELECT 1") == ("SELECT 1",)
    assert split_statements("SELECT 1;") == ("SELECT 1;",)
    assert split_statements("INSERT INTO t VALUES('a;b');\nDROP TABLE u;") == (
        "INSERT INTO t VALUES('a;b');", "DROP TABLE u;")
    trigger = "CREATE TRIGGER r AFTER INSERT ON t BEGIN\n  DELETE FROM u;\n  DELETE FROM v;\nEND"
    assert split_statements(trigger) == (trigger,)
    assert split_statements("SELECT 1; SELECT 2") == ("SELECT 1;", "SELECT 2")


_values = st.lists(st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1)
                   .filter(lambda value: value != "----" and not value.startswith("#")), max_size=6)


@given(st.lists(st.tuples(st.sampled_from(["I", "T", "IT"]), st.sampled_from(["nosort", "rowsort"]), _values),
                max_size=6))
def test_written_queries_parse_back(queries: list[tuple[str, str, list[str]]]) -> None:
    text = "".join(f"query {types} {sort}\nSELECT {index}\n----\n" + "".join(f"{value}\n" for value in values)
                   + "\n" for index, (types, sort, values) in enumerate(queries))
    records = parse_script(text)
    assert [(record.types, record.sort, record.expected) for record in records] == queries
    assert [record.sql for record in records] == [f"SELECT {index}" for index in range(len(queries))]
