"""Differential tests of the JSON1 functions against the sqlite3 module (SQLite 3.40.1).

Each case runs on both engines; results must agree in value and storage class, and errors
in message (and, for the functions' own errors, in class). A hypothesis test feeds both
random JSON documents, written with random spacing, and paths built from them.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_twin import Twin, typed

import engine

SETTINGS = settings(max_examples=150, derandomize=True, database=None, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])

SETUP = [
    "CREATE TABLE t(id INTEGER PRIMARY KEY, j TEXT, k TEXT, n)",
    """INSERT INTO t VALUES (1, '{"a":[1,2.5,"x"],"b":{"c":null,"d":true}}', 'a', 1),
                            (2, '[10,[20,30],{"e":"\\u00e9"}]', '$[1][0]', 2.0),
                            (3, NULL, NULL, NULL), (4, '"text"', '$', 'x'), (5, '{"a":[1,2.5,"x"]}', 'b', 3)""",
]


def outcome(connection, sql: str) -> tuple:
    try:
        return ("ok", typed(connection.execute(sql).fetchall()))
    except (sqlite3.Error, engine.Error) as error:
        return ("error", type(error).__name__, str(error))


def assert_same(twin: Twin, sql: str) -> None:
    """Same rows, or the same error: class (sqlite3's and ours are named alike) and message."""
    assert outcome(twin.ours, sql) == outcome(twin.theirs, sql), sql


@pytest.fixture(scope="module")
def twin() -> Twin:
    return Twin(SETUP)


SCALAR_CASES = [
    # json and json_valid: strict JSON only, minified, numbers and escapes kept as written
    "json(' { \"a\" : [ 1 , 2.50e3 , \"\\u0041\" , -0 ] } ')",
    "json('[]'), json('{}'), json(' [ ] '), json('\"\"'), json('null'), json(1), json(1.5), json(NULL)",
    "json('{\"a\":1,\"a\":2}')", "json('[1,]')", "json('')", "json('01')", "json('NaN')", "json(' 1 x')",
    "json_valid('[1'), json_valid('{\"a\":1}'), json_valid(NULL), json_valid(''), json_valid('1.'), "
    "json_valid('.5'), json_valid('-'), json_valid('1e'), json_valid('1e+5'), json_valid('[1,]'), "
    "json_valid('{\"a\":1,}'), json_valid('\"\\x\"'), json_valid('\"\\u12\"'), json_valid('\"\\/\"'), "
    "json_valid('nullx'), json_valid('true'), json_valid('Infinity'), json_valid(char(12) || '1'), "
    "json_valid(char(9, 10, 13, 32) || '1'), json_valid('\"a' || char(9) || 'b\"'), json_valid(x'5b5d'), "
    "json_valid('{1:2}'), json_valid('{\"a\"}'), json_valid('[1 2]')",
    "json_valid(printf('%.*c%.*c', 2000, '[', 2000, ']')), json_valid(printf('%.*c%.*c', 2001, '[', 2001, ']'))",
    # json_type
    "json_type('{\"a\":[1,2.0,\"x\",true,false,null,{}]}', '$.a[' || value || ']') FROM generate_series",
    "json_type('1e3'), json_type('-0'), json_type('\"x\"'), json_type('null'), json_type('[1]', '$[5]'), "
    "json_type('[1]', NULL), json_type(NULL)",
    "json_type('x')", "json_type('[1]', 'x')",
    # json_extract: SQL values, several paths give an array
    "json_extract('{\"a\":1}', '$.a'), json_extract('{\"a\":[1]}', '$.a'), json_extract('{\"a\":\"x\"}', '$.a'), "
    "json_extract('{\"a\":1}', '$'), json_extract('{\"a\":1}', '$.b'), json_extract('{\"a\":true}', '$.a')",
    "json_extract('{\"a\":1,\"b\":[2]}', '$.a', '$.b', '$.c'), json_extract('{\"a\":1}', '$', NULL), "
    "json_extract('{\"a\":1}'), json_extract()",
    "json_extract('18446744073709551616', '$'), json_extract('-9223372036854775808', '$'), "
    "json_extract('9223372036854775807', '$'), json_extract('9223372036854775808', '$'), "
    "json_extract('-9223372036854775809', '$'), json_extract('1.5e3', '$'), json_extract('-0.0', '$')",
    "json_extract('\"\\u0041\\ud83d\\ude00\\n\\t\\\\\\/\\\"\"', '$'), json_extract('\"a\\u0000b\"', '$'), "
    "json_extract('{\"a\\u0062\":1}', '$.ab'), json_extract('{\"a b\":1}', '$.\"a b\"'), "
    "json_extract('{\"a.b\":1}', '$.\"a.b\"')",
    "json_extract('[1,2,3]', '$[#-1]'), json_extract('[1,2,3]', '$[#]'), json_extract('[1,2,3]', '$[#-3]'), "
    "json_extract('[1,2,3]', '$[#-4]'), json_extract('{\"a\":1}', '$[#-1]'), json_extract('[[1,2]]', '$[0][#-1]')",
    "json_extract('{\"a\":1}', '$.x['), json_extract('[1]', '$.a.b['), json_extract('{\"a\":{}}', '$.a.b[')",
    "json_extract('{\"a\":1}', '$.a[')", "json_extract('{\"a\":1}', 'x')", "json_extract('[1]', '$[-1]')",
    "json_extract('[1]', '$[#-x]')", "json_extract('{\"a\":1}', '$.')", "json_extract('{\"a\":1}', '$.\"a')",
    "json_extract('{\"a\":1}', '$x')", "json_extract('[1', '$')", "json_extract('{\"a\":1}', '$', 'x')",
    # the arrow operators
    "'{\"a\":[1]}' -> 'a', '{\"a\":[1]}' ->> 'a', '[1,2]' -> 1, '[1,2]' ->> 1, '[1,2]' -> -1, "
    "'{\"a\":{\"b\":3}}' -> 'a' -> 'b', '{\"a\":{\"b\":3}}' -> '$.a.b', '[1,[2]]' -> '[1]', '[1]' -> '$', "
    "'{\"a\":\"x\"}' -> 'a', '{\"a\":\"x\"}' ->> 'a', 1 -> '$', '{\"a\":null}' -> 'a', '{\"a\":null}' -> 'b', "
    "'{\"a b\":1}' -> 'a b', '{\"a\":1}' -> '\"a\"', '[1]' -> NULL, NULL -> '$', '[1,[2,3]]' -> 1 ->> 1",
    "'[1,2]' -> 1.5", "'{\"a\":1}' -> ''", "'{\"a\":1}' ->> x'2461'", "'x' -> 'a'",
    "'a' || '[1]' -> 0, '[1]' -> 0 || 'x', 2 * '[1,3]' -> 1, '[1,[2]]' -> 1 -> 0, ('[5]') -> 0",
    # constructors
    "json_array(), json_array(1, 2.5, 'x', NULL, -0.0), json_array('a\"b\\c', char(0, 1, 8, 9, 31, 127))",
    "json_array(1.0, 1e300, 0.1, 1e-7, 123456789012345678.0, 1.5e15, 2.0e16, 100.0, 1e15, 1e16, 1e14, "
    "3.14159265358979, -2.5, 1e999, -1e999)",
    "json_array(x'00')", "json_object(1, 2)", "json_object('a')", "json_object(NULL, 1)", "json_object(x'61', 1)",
    "json_object(), json_object('a', 1, 'b', 2.0, 'c', NULL, 'a', 'x'), json_object('', json_array())",
    "json_quote('a\"b'), json_quote(NULL), json_quote(1), json_quote(1.5), json_quote(json('[1]')), "
    "json_quote('[1]'), json_quote(1e300)",
    "json_quote(x'00')",
    # the JSON subtype: results of JSON functions are embedded as JSON, text is quoted
    "json_array(json('[1]'), '[1]', json_array(2), json_object('a', 1), json_quote('x'), "
    "json_extract('{\"a\":[1]}', '$.a'), json_extract('{\"a\":\"x\"}', '$.a'), json_extract('[1,2]', '$[0]', '$[1]'), "
    "'{\"a\":[1]}' -> 'a', '{\"a\":[1]}' ->> 'a', (json('{}')), json_set('[1]', '$[0]', 2), json_patch('{}', '{}'), "
    "json_remove('[1]', '$[0]'), json_insert('[1]', '$[1]', 2), json_replace('{\"a\":1}', '$.a', 2))",
    "json_object('x', json('[1]'), 'y', '[1]', 'z', json_object('w', json_array()))",
    "json_set('{}', '$.a', json('[1]'), '$.b', '[1]', '$.c', json_extract('[[1]]', '$[0]'))",
    "json_array(json_array_length('[1]'), json_type('[1]'), json_valid('[1]'))",
    # array length
    "json_array_length('[1,[2]]'), json_array_length('{}'), json_array_length('[1]', '$[9]'), "
    "json_array_length('[1]', NULL), json_array_length(NULL), json_array_length('[[1,2,3]]', '$[0]'), "
    "json_array_length('5')",
    "json_array_length('[1]', 'x')",
    # insert, replace, set, remove
    "json_replace('1', '$', 2), json_set('1', '$', json('[1]')), json_set('1', '$', 'x'), "
    "json_insert('{}', '$.a.b', 1), json_set('[1]', '$[#]', 2, '$[#]', 3), json_set('{}', '$.a', 1, '$.a', 2)",
    "json_insert('{\"a\":1}', '$.a', 2, '$.b', 3), json_replace('{\"a\":1}', '$.a', 2, '$.b', 3), "
    "json_set('{\"a\":1}', '$.a', 2, '$.b', 3), json_set('[1,2]', '$[1]', 9, '$[5]', 0, '$[2]', 3)",
    "json_set('{}', '$.a[0]', 1), json_set('{}', '$.a[1]', 1), json_set('{}', '$.a.b.c', 1), "
    "json_set('{\"a\":1}', '$.a.b', 1), json_set('{}', '$.\"x y\"', 1), json_set('{}', '$.a', json('{\"x\":1}'), "
    "'$.a.y', 2), json_set('[]', '$[0][0]', 1), json_set('{}', '$', 5)",
    "json_set('{\"a\":1}', '$.a', NULL), json_set('{\"a\":1}', NULL, 2), json_set(NULL, '$.a', 1), "
    "json_insert('{}'), json_insert(), json_set('[1]', '$[0]', 'a\"b')",
    "json_insert('{}', '$.a')", "json_set('{}', '$.a', 1, '$')", "json_replace('{}', 'x', 1)",
    "json_set('{}', '$.a', x'00')", "json_set('x', '$.a', 1)",
    "json_remove('[1,2,3]', '$[0]', '$[0]'), json_remove('1', '$'), json_remove('[1]', NULL), "
    "json_remove('{\"a\":1,\"b\":2}', '$.a'), json_remove('{\"a\":1}', '$.z'), json_remove('[1,2]', '$[#-1]'), "
    "json_remove('{\"a\":1}'), json_remove(NULL, '$')",
    "json_remove('[1]', 'x')",
    # json_patch, RFC 7396 as 3.40 does it
    "json_patch('{\"a\":1}', '{\"b\":2}'), json_patch('{\"a\":1}', '{\"a\":null}'), "
    "json_patch('{}', '{\"a\":1,\"a\":2}'), "
    "json_patch('{\"a\":1,\"a\":2}', '{\"a\":null}'), json_patch('[1]', '{\"a\":1}'), json_patch('{\"a\":1}', '[2]'), "
    "json_patch('{\"a\":{\"b\":1}}', '{\"a\":{\"b\":null,\"c\":[{\"x\":null}]}}'), "
    "json_patch('1', '{\"a\":{\"b\":null}}')",
    "json_patch('{\"a\":{\"b\":1},\"c\":2}', '{\"a\":{\"b\":null,\"d\":{\"e\":null}},\"c\":null,\"f\":[null]}'), "
    "json_patch(NULL, '{}'), json_patch('{}', NULL), json_patch('{\"a\":1}', '{\"a\":{\"b\":2}}')",
    "json_patch('{', '{}')", "json_patch('{}', '{')",
    # columns of a table, and function names as written
    "j -> k, j ->> k, json_type(j), json_array(j), json_extract(j, '$.a'), json_set(j, '$.z', json('[9]')), "
    "json_valid(j), json_array_length(j), json_quote(n), json_object(k, n) FROM t WHERE id <> 4 ORDER BY id",
    "JSON_OBJECT('a', 1), Json_Extract('[1]', '$[0]'), JSON('[1]'), Json_Group_Array(1)",
    "json(), json(1, 2)", "json_type()", "json_patch('{}')", "json_quote()",
    "typeof(json('1')), typeof(json_extract('[1.5]', '$[0]')), length(json_array(1, 2)), json('[1]') = '[1]'",
]


@pytest.mark.parametrize("expressions", SCALAR_CASES)
def test_json_scalar_functions_match_sqlite(twin: Twin, expressions: str) -> None:
    sql = expressions if expressions.upper().startswith(("SELECT", "WITH")) else f"SELECT {expressions}"
    if "generate_series" in sql:
        sql = sql.replace("FROM generate_series", "FROM (SELECT 0 AS value UNION ALL SELECT 1 UNION ALL SELECT 2 "
                          "UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6)")
    assert_same(twin, sql)


AGGREGATE_CASES = [
    "SELECT json_group_array(j), json_group_array(n), json_group_object(k, n) FROM t",
    "SELECT json_group_array(json(j)), json_group_object(k, json(j)) FROM t WHERE json_valid(j)",
    "SELECT json_group_array(x), json_group_object(x, 1) FROM (SELECT 1 AS x WHERE 0)",
    "SELECT json_array(json_group_array(k)), json_object('all', json_group_object(k, id)) FROM t",
    "SELECT json_group_array(DISTINCT k), json_group_array(k) FILTER (WHERE k IS NOT NULL) FROM t",
    "SELECT n IS NULL, json_group_array(id) FROM t GROUP BY 1 ORDER BY 1",
    "SELECT json_group_array(x'00') FROM t", "SELECT json_group_object(DISTINCT k, j) FROM t",
    "SELECT json_group_array(1, 2) FROM t", "SELECT json_group_object(k) FROM t",
    "SELECT id, json_group_array(id) OVER (ORDER BY id), json_group_object(k, id) OVER "
    "(ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM t ORDER BY id",
]


@pytest.mark.parametrize("sql", AGGREGATE_CASES)
def test_json_aggregates_match_sqlite(twin: Twin, sql: str) -> None:
    assert_same(twin, sql)


TABLE_CASES = [
    "SELECT * FROM json_each('{\"a\":1,\"b\":[2,{\"c\":3}]}')",
    "SELECT * FROM json_tree('{\"a\":1,\"b\":[2,{\"c\":3}]}')",
    "SELECT *, json, root FROM json_tree('{\"a\":1,\"b\":[2,{\"c\":3}]}', '$.b')",
    "SELECT * FROM json_tree('{\"a\":1,\"b\":[2,{\"c\":3}]}', '$.a')",
    "SELECT * FROM json_tree('[[[1]],2]', '$[0][0]')", "SELECT * FROM json_each('[5]', '$[0]')",
    "SELECT * FROM json_each('{\"a\\u0062\":1, \"\": 2, \"x y\": 3, \"é\": 4, \"a1\": 5, \"1a\": 6}')",
    "SELECT * FROM json_tree('{\"a\\u0062\":{\"c\":[1]}}')",
    "SELECT json_each.*, key, json, root FROM json_each('[1]')", "SELECT e.* FROM json_each('[1]') AS e",
    "SELECT * FROM json_each()", "SELECT * FROM json_each('[1]', '$', 3)", "SELECT * FROM json_each('x')",
    "SELECT * FROM json_each('[1]', 'x')", "SELECT * FROM json_each(NULL)", "SELECT * FROM json_each('[1]', NULL)",
    "SELECT * FROM json_each('[1]', '$.a')", "SELECT count(*), sum(value) FROM json_each('[1,2,3]')",
    "SELECT value FROM json_each('[3,1,2]') ORDER BY value", "SELECT * FROM json_each('[1,2,3]') WHERE value > 1",
    "SELECT e.value, f.value FROM json_each('[1,2]') e, json_each('[10,20]') f",
    "SELECT a.key, b.key, b.value FROM json_each('[[1,2],[3]]') a, json_each(a.value) b",
    # lateral: the function reads the rows before it
    "SELECT t.id, e.key, e.value FROM t, json_each(t.j) AS e",
    "SELECT t.id, e.* FROM t, json_tree(t.j) e",
    "SELECT t.id, e.fullkey FROM t JOIN json_each(t.j, '$.a') e",
    "SELECT t.id, e.key FROM t LEFT JOIN json_each(t.j) e ON e.type = 'integer'",
    "SELECT t.id, e.key FROM t LEFT JOIN json_each(t.j) e ON e.type = 'integer' WHERE e.key IS NULL",
    "SELECT t.id, e.key FROM t, json_each(t.j) e WHERE e.type = 'array'",
    "SELECT t.id, e.key, f.key FROM t, json_each(t.j) e, json_each(t.j) f WHERE e.key = f.key",
    "SELECT t.id, e.key FROM t, json_each(t.j, t.k) e",
    "SELECT (SELECT count(*) FROM json_each(t.j)) FROM t",
    "SELECT (SELECT group_concat(key) FROM json_tree(t.j) WHERE atom IS NOT NULL) FROM t",
    "SELECT t.id, e.key FROM json_each('[1]') e RIGHT JOIN t ON 1",
    # arrays and objects in the value column are embedded as JSON
    "SELECT json_array(value), value FROM json_each('[[1],{\"a\":2},\"x\"]')",
    "SELECT json_group_array(value), json_group_object(key, value) FROM json_each('[[1],{\"a\":2},\"x\",3]')",
    "SELECT json_group_array(e.value) FROM t, json_tree(t.j) e",
    "SELECT json_object('v', value), json_set('{}', '$.v', value) FROM json_each('[[1]]')",
]


@pytest.mark.parametrize("sql", TABLE_CASES)
def test_json_each_and_json_tree_match_sqlite(twin: Twin, sql: str) -> None:
    assert_same(twin, sql)


def test_json_results_round_trip_through_save_dump(tmp_path: Path) -> None:
    connection = engine.connect(None)
    connection.execute("CREATE TABLE d(a, b)")
    connection.execute("INSERT INTO d SELECT json_object('k', json_array(1, 2.5, 'x\"y')), "
                       "json_extract('{\"v\":[1e300]}', '$.v')")
    connection.execute("INSERT INTO d VALUES (json_patch('{\"a\":1}', '{\"b\":null}'), '{\"a\":1}' ->> 'a')")
    path = tmp_path / "json.sql"
    connection.save_dump(path)
    reloaded = engine.connect(path)
    query = "SELECT a, b, typeof(a), a -> 'k' FROM d ORDER BY rowid"
    assert typed(reloaded.execute(query).fetchall()) == typed(connection.execute(query).fetchall())
    theirs = sqlite3.connect(":memory:")
    theirs.executescript(path.read_text(encoding="utf-8"))
    assert typed(theirs.execute(query).fetchall()) == typed(reloaded.execute(query).fetchall())


# --- random documents and paths -------------------------------------------------------------------

KEYS = st.sampled_from(["a", "b", "c", "a b", "x.y", "é", "", "a\"b", "0"])
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-10**20, 10**20),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.text(alphabet=st.sampled_from("ab\"\\/\n\t\x01é😀 "), max_size=6),
)
DOCUMENTS = st.recursive(
    SCALARS,
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.lists(st.tuples(KEYS, children), max_size=4)),
    max_leaves=12,
)
SPACES = st.sampled_from(["", " ", "\n", "\t ", "\r\n"])


@st.composite
def documents(draw) -> tuple[str, object]:
    value = draw(DOCUMENTS)
    return _render_tree(value, draw), value


def _render_tree(value: object, draw) -> str:
    space = draw(SPACES)
    if isinstance(value, list) and value and isinstance(value[0], tuple):  # an object's (key, value) pairs
        members = [json.dumps(key, ensure_ascii=draw(st.booleans())) + space + ":" + _render_tree(item, draw)
                   for key, item in value]
        return "{" + space + ",".join(members) + space + "}"
    if isinstance(value, list):
        return "[" + space + ("," + space).join(_render_tree(item, draw) for item in value) + space + "]"
    if isinstance(value, float) and draw(st.booleans()):  # another spelling of the number
        return repr(value).replace("e+", draw(st.sampled_from(["e+", "E", "e"])))
    return json.dumps(value, ensure_ascii=draw(st.booleans()))


def _paths(value: object, prefix: str = "$") -> list[str]:
    paths = [prefix]
    if isinstance(value, list) and value and isinstance(value[0], tuple):
        for key, item in value:
            step = f'."{key}"' if any(c in key for c in '.[ "') or not key else f".{key}"
            paths += _paths(item, prefix + step)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            paths += _paths(item, f"{prefix}[{index}]")
        paths.append(f"{prefix}[#]")
        paths.append(f"{prefix}[#-1]")
    return paths


@st.composite
def document_and_paths(draw) -> tuple[str, list[str]]:
    text, value = draw(documents())
    known = _paths(value)
    extra = st.sampled_from(["$.zz", "$[9]", "$.a.b", "$[0].a", "$.\"a", "$[", "x", "$.", "$[#-9]", "$[1x]"])
    paths = draw(st.lists(st.one_of(st.sampled_from(known), extra), min_size=1, max_size=3))
    if draw(st.integers(0, 9)) == 0:  # now and then a document broken by one character
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + draw(st.sampled_from(["", ",", "]", "}", "x", "\"", "\x01"])) + text[cut + 1:]
    return text, paths


RANDOM_QUERIES = [
    "SELECT json(:d), json_valid(:d), json_type(:d, :p), json_extract(:d, :p), json_extract(:d, :p, :q), "
    "json_array_length(:d, :p), :d -> :p, :d ->> :p",
    "SELECT json_set(:d, :p, 1, :q, json('[2]')), json_insert(:d, :p, 'x', :q, NULL), "
    "json_replace(:d, :p, :q), json_remove(:d, :p, :q)",
    "SELECT json_patch(:d, :e), json_patch(:e, :d), json_array(json(:d), :d), json_object('k', json(:d))",
    "SELECT * FROM json_each(:d)",
    "SELECT * FROM json_tree(:d)",
    "SELECT *, json, root FROM json_each(:d, :p)",
    "SELECT *, json, root FROM json_tree(:d, :p)",
]


@SETTINGS
@given(document_and_paths(), documents(), st.sampled_from(RANDOM_QUERIES))
def test_random_documents_and_paths_match_sqlite(case: tuple[str, list[str]], other: tuple[str, object],
                                                 sql: str) -> None:
    text, paths = case
    parameters = {"d": text, "p": paths[0], "q": paths[-1], "e": other[0]}
    theirs = sqlite3.connect(":memory:")
    ours = engine.connect(None)

    def run(connection) -> tuple:
        try:
            return ("ok", typed(connection.execute(sql, parameters).fetchall()))
        except (sqlite3.Error, engine.Error) as error:
            return ("error", type(error).__name__, str(error))

    assert run(ours) == run(theirs), (sql, parameters)
