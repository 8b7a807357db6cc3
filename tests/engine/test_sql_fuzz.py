"""Generated queries (joins, grouping, compounds, windows, subqueries, functions) answered by our engine and
sqlite3 alike.

The default suite runs a few hundred fixed examples. A long differential run, with fresh random
examples each time, is the same test with more of them:

    VIBESQL_FUZZ_EXAMPLES=5000 python -m pytest tests/test_sql_fuzz.py

Each bug this has found (IN-list affinity, compound, GROUP BY and nullif collations, CASE and unary +
affinity, sum() overflow, LIMIT 0, min/max bare columns) also has a small fixed case in
test_sql_semantics.py.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_twin import Twin

LONG_RUN = os.environ.get("VIBESQL_FUZZ_EXAMPLES")

LITERALS = st.sampled_from(["1", "0", "-2", "2.5", "'a'", "'B'", "'10'", "''", "NULL", "' 3'", "X'41'", "1e3",
                            "'abc%'", "9223372036854775807"])
COLUMNS = st.sampled_from(["a.i", "a.r", "a.t", "a.u", "b.i", "b.t", "+a.i", "+ b.t"])  # "+col" has no affinity
OPERATORS = st.sampled_from(["+", "-", "*", "/", "%", "||", "=", "==", "!=", "<", ">=", "AND", "OR", "IS", "IS NOT",
                             "<<", ">>", "LIKE", "GLOB", "NOT LIKE"])
ONE_ARGUMENT = st.sampled_from(["abs", "length", "upper", "lower", "typeof", "hex", "quote", "trim", "ltrim", "rtrim",
                                "unicode", "sign", "ceil", "floor", "round", "soundex"])
TWO_ARGUMENTS = st.sampled_from(["coalesce", "nullif", "ifnull", "instr", "max", "min", "round", "like", "glob",
                                 "trim"])
# not replace(): sqlite3 returns its first argument for an empty pattern with a cached text form
# that changes how it compares (replace(1, '', 'x') is an integer that TEXT affinity leaves alone)
THREE_ARGUMENTS = st.sampled_from(["iif", "substr"])


def _compound(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.tuples(inner, OPERATORS, inner).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
        st.tuples(ONE_ARGUMENT, inner).map(lambda t: f"{t[0]}({t[1]})"),
        st.tuples(TWO_ARGUMENTS, inner, inner).map(lambda t: f"{t[0]}({t[1]}, {t[2]})"),
        st.tuples(THREE_ARGUMENTS, inner, inner).map(lambda t: f"{t[0]}({t[1]}, {t[2]}, 'x')"),
        st.tuples(inner, inner).map(lambda t: f"printf('%s-%d-%.2f', {t[0]}, {t[1]}, {t[1]})"),
        st.tuples(inner, inner, inner).map(lambda t: f"CASE {t[0]} WHEN {t[1]} THEN {t[2]} ELSE 'e' END"),
        st.tuples(inner, st.sampled_from(["INTEGER", "REAL", "TEXT", "NUMERIC", "BLOB"])).map(
            lambda t: f"CAST({t[0]} AS {t[1]})"),
        st.tuples(inner, inner).map(lambda t: f"({t[0]} NOT IN ({t[1]}, 'a', 2))"),
        inner.map(lambda e: f"({e} COLLATE NOCASE)"),
        inner.map(lambda e: f"EXISTS (SELECT 1 FROM g c WHERE c.i = {e})"),
        inner.map(lambda e: f"(SELECT max(c.r) FROM g c WHERE c.t < {e})"),
    )


def expressions(leaves: int) -> st.SearchStrategy[str]:
    """Expressions of up to about ``leaves`` literals and columns."""
    return st.recursive(st.one_of(LITERALS, COLUMNS), _compound, max_leaves=leaves)


SETUP = ["CREATE TABLE g(i INTEGER, r REAL, t TEXT, u)",
         "INSERT INTO g VALUES (1, 1.5, 'a', NULL), (-3, 2.0, '10', 7), (NULL, -0.5, 'B', 'x'), (12, NULL, '', X'00'), "
         "(0, 3.0e10, ' 5 ', 2.5), (1, 1.5, 'A', 'a'), (2, NULL, NULL, 10)"]
PAIRS = "FROM g a, g b WHERE a.rowid = b.rowid"  # every row once, with two names to reach it by


@settings(max_examples=int(LONG_RUN or 150), derandomize=not LONG_RUN, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
@given(value=expressions(6), condition=expressions(6), key=expressions(2), limit=st.integers(0, 4),
       offset=st.integers(0, 3),
       order=st.sampled_from(["", " NULLS FIRST", " NULLS LAST", " DESC", " DESC NULLS FIRST"]))
def test_generated_queries_match_sqlite(value: str, condition: str, key: str, limit: int, offset: int,
                                        order: str) -> None:
    twin = Twin(SETUP, current_sqlite=True)
    for query in [
        f"SELECT {value} {PAIRS} ORDER BY a.rowid",
        f"SELECT a.rowid, b.rowid FROM g a LEFT JOIN g b ON {condition} ORDER BY 1, 2",
        f"SELECT {key}, count(*), sum({value}), total({value}), count(DISTINCT {value}), "
        f"group_concat({value}, '|') {PAIRS} GROUP BY 1 HAVING count(*) > 0 ORDER BY 1",
        f"SELECT {value} AS v FROM g a JOIN g b USING (i) ORDER BY v{order}, a.rowid, b.rowid "
        f"LIMIT {limit} OFFSET {offset}",
        f"SELECT {key} {PAIRS} UNION SELECT {value} {PAIRS} ORDER BY 1",
        f"SELECT {key} {PAIRS} EXCEPT SELECT {condition} {PAIRS} ORDER BY 1",
        f"SELECT a.rowid, row_number() OVER (PARTITION BY {key} ORDER BY a.rowid), sum(a.i) OVER (ORDER BY a.rowid "
        f"ROWS BETWEEN 1 PRECEDING AND CURRENT ROW), lag({value}) OVER (ORDER BY a.rowid) {PAIRS} ORDER BY a.rowid",
        f"SELECT count(*) FILTER (WHERE {condition}), max({value}), min({value}), avg(a.i) {PAIRS}",
        f"SELECT DISTINCT {value} {PAIRS} AND {condition} ORDER BY 1",
    ]:
        twin.same_outcome(query)


FUNCTIONS = st.sampled_from(["substr({0}, {1})", "substr({0}, {1}, 2)", "instr({0}, {1})", "date({0})",
                             "strftime('%Y', {0})", "printf('%5.2f|%-4s|%x', {0}, {1}, {1})", "hex({0})",
                             "length({0})", "trim({0}, {1})", "round({0}, {1})", "abs({0})", "{0} BETWEEN {1} AND 5",
                             "{0} || {1}", "CAST({0} AS NUMERIC)"])


@settings(max_examples=int(LONG_RUN or 100), derandomize=not LONG_RUN, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
@given(value=expressions(4), condition=expressions(4), key=expressions(2), function=FUNCTIONS)
def test_generated_subqueries_and_functions_match_sqlite(value: str, condition: str, key: str,
                                                         function: str) -> None:
    twin = Twin(SETUP, current_sqlite=True)
    called = function.format(value, condition)
    for query in [
        f"SELECT a.rowid, {called} FROM g a ORDER BY 1",
        f"SELECT a.rowid FROM g a WHERE ({value}) IN (SELECT b.t FROM g b) ORDER BY 1",
        f"SELECT a.rowid FROM g a WHERE ({value}) NOT IN (SELECT b.i FROM g b WHERE b.i IS NOT NULL) ORDER BY 1",
        f"SELECT a.rowid, (SELECT count(*) FROM g b WHERE b.i = a.i AND {condition}) FROM g a ORDER BY 1",
        f"SELECT {key} AS k, max({called}) FROM g a GROUP BY k HAVING k IS NOT NULL OR count(*) > 0 ORDER BY 1",
        f"SELECT a.rowid FROM g a WHERE EXISTS (SELECT 1 FROM g b WHERE b.t = a.t AND {condition}) ORDER BY 1",
        f"SELECT a.rowid FROM g a WHERE a.i = ({value}) OR a.t = ({value}) ORDER BY 1",
        f"SELECT a.rowid FROM g a WHERE a.r > ({value}) ORDER BY 1",
    ]:
        twin.same_outcome(query)
