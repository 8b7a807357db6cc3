"""An aggregate inside a subquery whose arguments name only an enclosing query's columns is that query's
aggregate, as SQLite's resolve.c decides (the innermost query whose FROM the arguments name owns it, and
sqlite3ExprAnalyzeAggregates gives it that query's AggInfo): the enclosing query aggregates its rows and
the subquery reads the value like any outer column (issue 16). Checked against sqlite3 (3.40.1); forms
3.40 rejects and 3.54 allows (an enclosing query's columns in a subquery's ORDER BY or GROUP BY) against
apsw's SQLite 3.54, which ours follows."""

from __future__ import annotations

import pytest
from sqlite_twin import Twin

import engine

SETUP = ["CREATE TABLE t(a, b)", "CREATE TABLE s(x)", "CREATE TABLE e(x)", "CREATE TABLE u(y)",
         "INSERT INTO t VALUES (1, 10), (1, 20), (2, 35)", "INSERT INTO s VALUES (1), (2)",
         "INSERT INTO u VALUES (7), (8), (9)"]


@pytest.fixture(scope="module")
def twin() -> Twin:
    return Twin(SETUP)


@pytest.mark.parametrize("query", [
    # the enclosing query becomes an aggregate one: one row
    "SELECT (SELECT count(t.b) FROM s) FROM t",
    "SELECT (SELECT count(b) FROM s) FROM t",
    "SELECT (SELECT sum(t.b) + s.x FROM s) FROM t",
    "SELECT (SELECT count(t.b) + count(s.x) FROM s) FROM t",
    "SELECT (SELECT t.a + count(t.b) FROM s) FROM t",
    "SELECT count(*), (SELECT count(t.b) FROM s) FROM t",
    "SELECT (SELECT count(t.b) FROM s), a FROM t WHERE b > 10",
    "SELECT (SELECT count(t.b) FROM s) FROM t WHERE 0",
    "SELECT (SELECT count(t.b) FROM s) FROM t LIMIT 0",
    "SELECT DISTINCT (SELECT count(t.b) FROM s) FROM t",
    "SELECT (SELECT count(t.b) FROM s) AS c FROM t ORDER BY c",
    "SELECT (SELECT count(t.b) FROM s AS t2 WHERE t2.x = 1) FROM t",
    "SELECT (SELECT count(t.b) FROM s AS t) FROM t",  # the subquery's t has no b: the outer t's
    "SELECT (SELECT count(t.b) FROM s) FROM t JOIN u",
    "SELECT (SELECT count(t.b) + count(u.y) FROM s) FROM t JOIN u",
    "SELECT (SELECT count(t.b) FROM s) FROM t, (SELECT 1) AS d",
    "SELECT * FROM (SELECT (SELECT count(t.b) FROM s) FROM t)",
    "SELECT (SELECT count(t.b) FROM s) FROM t UNION ALL SELECT 5",
    "SELECT (SELECT count(t.b) FROM s UNION ALL SELECT 5) FROM t",
    "SELECT (SELECT count(t.b) FROM s) FROM t WINDOW w AS ()",
    # every kind of aggregate, DISTINCT, FILTER
    "SELECT (SELECT count(DISTINCT t.a) FROM s), (SELECT group_concat(t.b) FROM s) FROM t",
    "SELECT (SELECT total(t.b) FROM s), (SELECT avg(t.b) FROM s), (SELECT json_group_array(t.b) FROM s) FROM t",
    "SELECT (SELECT count(t.b) FILTER (WHERE t.b > 10) FROM s) FROM t",
    "SELECT (SELECT count(*) FILTER (WHERE t.b > 10) FROM s) FROM t",
    "SELECT (SELECT count(t.rowid) FROM s) FROM t",
    # min() and max() choose the bare columns' row, as one in the query itself would
    "SELECT a, b, (SELECT max(t.b) FROM s) FROM t",
    "SELECT a, b, (SELECT min(t.b) FROM s) FROM t",
    # per group
    "SELECT a, (SELECT max(t.b) FROM s LIMIT 1) FROM t GROUP BY a ORDER BY a",
    "SELECT a, (SELECT count(t.b) FROM s WHERE x = t.a) FROM t GROUP BY a ORDER BY a",
    "SELECT a, (SELECT count(t.b) FROM s ORDER BY 1) FROM t GROUP BY a ORDER BY a",
    "SELECT a, sum(b), (SELECT sum(t.b) * count(*) FROM s) FROM t GROUP BY a ORDER BY a",
    "SELECT a, (SELECT count(t.b) FROM t AS q) FROM t GROUP BY a ORDER BY a",
    "SELECT a, (SELECT sum(t.b) FROM s) FROM t GROUP BY a HAVING a > 1",
    # in HAVING and ORDER BY of an aggregate query
    "SELECT a FROM t GROUP BY a HAVING (SELECT count(t.b) FROM s) > 1",
    "SELECT a FROM t GROUP BY a HAVING (SELECT count(*) FROM s WHERE count(t.b) > 1)",
    "SELECT a FROM t GROUP BY a HAVING (SELECT count(*) FROM s WHERE x < count(t.b))",
    "SELECT a FROM t x GROUP BY a HAVING (SELECT max(x) FROM s WHERE x < sum(x.b)) > 5",
    "SELECT a FROM t GROUP BY a ORDER BY (SELECT sum(t.b) FROM s) DESC",
    "SELECT a FROM t GROUP BY a ORDER BY (SELECT sum(t.b) FROM s) DESC LIMIT 1",
    "SELECT a, (SELECT sum(t.b) FROM s) FROM t GROUP BY a ORDER BY (SELECT sum(t.b) FROM s)",
    # an empty subquery gives NULL (the aggregate is still computed outside it); EXISTS, IN
    "SELECT (SELECT count(t.b) FROM e) FROM t",
    "SELECT a, (SELECT count(t.b) FROM e) FROM t GROUP BY a ORDER BY a",
    "SELECT (SELECT count(t.b) FROM s WHERE x > 5) FROM t",
    "SELECT EXISTS (SELECT count(t.b) FROM s), EXISTS (SELECT count(t.b) FROM e) FROM t",
    "SELECT 35 IN (SELECT max(t.b) FROM s), (SELECT 3 IN (SELECT count(t.b) FROM s)) FROM t",
    # in a subquery's WHERE or HAVING when the subquery aggregates itself
    "SELECT (SELECT count(*) FROM s WHERE count(t.b) > 1) FROM t",
    "SELECT (SELECT count(*) FROM s WHERE count(t.b) > 1) FROM t GROUP BY a ORDER BY a",
    "SELECT (SELECT count(*) FROM s WHERE s.x > count(t.b)) FROM t WHERE 0",
    "SELECT (SELECT count(*) FROM s JOIN u ON count(t.b) > 0) FROM t",
    "SELECT (SELECT count(*) FROM s LEFT JOIN u ON count(t.b) > 0) FROM t",
    "SELECT (SELECT count(*) FROM s GROUP BY x HAVING count(t.b) > 1) FROM t",
    "SELECT (SELECT x FROM s GROUP BY x HAVING count(t.b) > 2) FROM t",
    "SELECT (SELECT x FROM s WHERE x > 0 GROUP BY x HAVING sum(t.b) > 2) FROM t",
    # two levels: the innermost query whose FROM the arguments name
    "SELECT (SELECT (SELECT count(t.b) FROM u) FROM s) FROM t",
    "SELECT (SELECT (SELECT count(t.b) FROM u LIMIT 1) FROM s) FROM t",
    "SELECT (SELECT (SELECT sum(t.b + s.x) FROM u) FROM s) FROM t",
    "SELECT (SELECT (SELECT sum(s.x) FROM u) FROM s) FROM t",
    "SELECT (SELECT (SELECT count(t.b) + count(s.x) FROM u) FROM s) FROM t",
    "SELECT (SELECT (SELECT max(t.b) FROM u) FROM s GROUP BY x) FROM t",
    "SELECT a, (SELECT (SELECT max(t.b) FROM u) FROM s) FROM t GROUP BY a ORDER BY a",
    "SELECT (SELECT sum(s.x) + (SELECT max(t.b) FROM u) FROM s) FROM t",
    "SELECT (SELECT sum(s.x) FROM s WHERE s.x < (SELECT max(t.b) FROM u)) FROM t",
    "SELECT (SELECT s.x FROM s WHERE s.x < (SELECT count(t.b) FROM u)) FROM t",
    "SELECT a, (SELECT sum(t.b) FROM s WHERE x < (SELECT count(t.a) FROM u)) FROM t GROUP BY a ORDER BY a",
    # the subquery's own: count(*), a column of its FROM, a window function
    "SELECT (SELECT count(*) FROM s) FROM t",
    "SELECT (SELECT count(x) FROM s), (SELECT sum(t.b + s.x) FROM s) FROM t",
    "SELECT (SELECT (SELECT count(t.b + s.x) FROM u) FROM s) FROM t",
    "SELECT (SELECT (SELECT sum(s.x + u.y) FROM u) FROM s) FROM t",
    "SELECT (SELECT count(t.b) OVER () FROM s) FROM t",
    "SELECT (SELECT count((SELECT x)) FROM s) FROM t",
    "SELECT a, (SELECT count(q.b) FROM t AS q) FROM t GROUP BY a ORDER BY a",
    "SELECT (SELECT max(t.b, s.x) FROM s) FROM t",
    # in a window's arguments and OVER clause, and HAVING, of a query with windows (SQLite's window rewrite
    # keeps those with the aggregation)
    "SELECT a, sum(b) OVER (PARTITION BY (SELECT count(t.b) FROM s)) FROM t",
    "SELECT a, sum((SELECT count(t.b) FROM s)) OVER () FROM t",
    "SELECT a, sum(b) OVER (ORDER BY (SELECT count(t.b) FROM s)) FROM t GROUP BY a ORDER BY a",
    "SELECT a, rank() OVER (ORDER BY (SELECT max(t.b) FROM s)) FROM t GROUP BY a ORDER BY a",
    "SELECT a, sum(a) OVER w FROM t GROUP BY a WINDOW w AS (ORDER BY (SELECT sum(t.b) FROM s)) ORDER BY a",
    "SELECT a FROM t GROUP BY a ORDER BY sum(a) OVER (ORDER BY (SELECT sum(t.b) FROM s)), a",
    "SELECT a, row_number() OVER () FROM t GROUP BY a HAVING (SELECT count(t.b) FROM s) > 1",
    # LIMIT of the enclosing query; a LEFT JOIN's ON in an aggregate subquery
    "SELECT (SELECT count(t.b) FROM s) FROM t LIMIT (SELECT count(*) FROM s)",
    "SELECT count(*) FROM t HAVING count(*) > 1", "SELECT count(*) FROM t HAVING 0",
    "SELECT b FROM t ORDER BY max(b, 1)", "SELECT b FROM t ORDER BY sum(b) OVER ()",
    "SELECT (SELECT count(*) FROM s HAVING count(t.b) > 0) FROM t",
    "SELECT (SELECT count(*) FROM s LEFT JOIN u ON count(t.b) > 0) FROM t",
])
def test_an_aggregate_of_enclosing_columns_is_the_enclosing_querys(twin: Twin, query: str) -> None:
    twin.same(query)


@pytest.mark.parametrize("query", [
    # the subquery does not aggregate: an aggregate in its WHERE or ON is misused
    "SELECT (SELECT x FROM s WHERE count(t.b) > 1) FROM t",
    "SELECT (SELECT x FROM s WHERE x = count(t.b)) FROM t",
    "SELECT (SELECT EXISTS (SELECT 1 FROM s WHERE x < count(t.b))) FROM t",
    "SELECT (SELECT count(t.b) FROM s JOIN u ON count(t.b) > 0) FROM t",
    # the enclosing query computes it only in its result columns, HAVING and (aggregating) ORDER BY
    "SELECT * FROM t WHERE (SELECT count(t.b) FROM s)",
    "SELECT * FROM t WHERE b > (SELECT count(t.b) FROM s)",
    "SELECT * FROM t WHERE a IN (SELECT count(t.b) FROM s)",
    "SELECT count(*) FROM t WHERE (SELECT count(t.b) FROM s)",
    "SELECT a FROM t WHERE (SELECT count(t.b) FROM s) GROUP BY a",
    "SELECT (SELECT count(t.b) FROM s) AS c FROM t WHERE c > 0",
    "SELECT (SELECT count(t.b) FROM s) FROM t JOIN u ON (SELECT count(t.b) FROM s) > 0",
    "SELECT b FROM t ORDER BY (SELECT sum(t.b) FROM s) DESC",
    "SELECT sum((SELECT count(t.b) FROM s)) FROM t",
    "SELECT a FROM t GROUP BY (SELECT count(t.b) FROM s)",
    # SQLite's window rewrite does not find it
    "SELECT (SELECT count(t.b) FROM s), row_number() OVER () FROM t",
    "SELECT a, (SELECT max(t.b) FROM s), row_number() OVER () FROM t GROUP BY a",
    # nesting aggregates is misuse wherever they belong; a FROM that does not name t
    "SELECT (SELECT sum(count(t.b)) FROM s) FROM t",
    "SELECT (SELECT count(sum(t.b)) FROM s) FROM t",
    "SELECT (SELECT count(t.b) FROM s) FROM t AS q",
    "SELECT (SELECT x FROM s LEFT JOIN u ON count(t.b) > 0) FROM t",
    "SELECT (SELECT sum(t.b) FROM s), row_number() OVER (ORDER BY (SELECT sum(t.b) FROM s)) FROM t",
    "SELECT a, row_number() OVER () FROM t GROUP BY a ORDER BY (SELECT count(t.b) FROM s), a",
    "SELECT a FROM t ORDER BY sum(a) OVER (PARTITION BY (SELECT sum(t.b) FROM s))",
    # SQLite's own aggregates where it refuses them, and names in their arguments resolved first
    "SELECT * FROM t WHERE count(b)",
    "SELECT count(*) FROM t WHERE count(b) > 0",
    "SELECT count(*) FROM s LEFT JOIN u ON count(s.x) > 0",
    "SELECT * FROM s WHERE count(zz)",
    "SELECT count(sum(zz)) FROM s",
    # only GROUP BY or an aggregate among the result columns makes a query aggregate (resolve.c)
    "SELECT 1 FROM t HAVING count(b) > 1",
    "SELECT 1 FROM t HAVING (SELECT count(t.b) FROM s) > 1",
    "SELECT b FROM t HAVING b > 1",
    "SELECT * FROM t WHERE EXISTS (SELECT 1 FROM s HAVING count(t.b) > 0)",
    "SELECT b FROM t ORDER BY sum(b)",
    "SELECT b FROM t ORDER BY count(*)",
    "SELECT DISTINCT b FROM t ORDER BY sum(b)",
    "SELECT b AS c FROM t ORDER BY max(c)",
    "SELECT (SELECT x FROM s ORDER BY count(*)) FROM t",
    # LIMIT and OFFSET see no query's columns, so no aggregate of them either
    "SELECT (SELECT count(t.b) FROM s LIMIT count(t.b)) FROM t",
    "SELECT (SELECT x FROM s LIMIT t.a) FROM t",
    "SELECT (SELECT x FROM s ORDER BY x LIMIT 1 OFFSET t.a) FROM t",
    "SELECT x FROM s LIMIT x",
    "SELECT x FROM s LIMIT count(x)",
])
def test_where_sqlite_refuses_it_ours_raises_the_same_error(twin: Twin, query: str) -> None:
    twin.same_error(query)


@pytest.mark.parametrize("query", [
    "SELECT (SELECT x FROM s ORDER BY count(t.b)) FROM t",
    "SELECT (SELECT count(t.b) FROM s GROUP BY count(t.b)) FROM t",
    "SELECT (SELECT 1 FROM s GROUP BY count(t.b)) FROM t",
    "SELECT (SELECT x FROM s ORDER BY count(t.b) + x DESC) FROM t",
])
def test_in_a_subquerys_order_by_and_group_by_as_sqlite_354(query: str) -> None:
    """SQLite 3.40 resolves a subquery's ORDER BY and GROUP BY without the enclosing queries ("no such
    column: t.b"); 3.54 sees them, and so the aggregate there belongs to the enclosing query too."""
    apsw = pytest.importorskip("apsw")
    current = apsw.Connection(":memory:")
    ours = engine.connect(None)
    for statement in SETUP:
        current.execute(statement)
        ours.execute(statement)
    assert ours.execute(query).fetchall() == [tuple(row) for row in current.execute(query).fetchall()]


@pytest.mark.parametrize("query", [
    "SELECT (SELECT count((SELECT t.b)) FROM s) FROM t",
    "SELECT (SELECT count((SELECT b)) FROM s) FROM t",
    "SELECT (SELECT count((SELECT x)) FROM s) FROM t",
    "SELECT (SELECT count((SELECT y FROM u WHERE y > t.b)) FROM s) FROM t",
    "SELECT (SELECT max((SELECT q.y FROM u AS q WHERE q.y > t.b)) FROM s) FROM t",
    "SELECT (SELECT max((SELECT u.y FROM u WHERE u.y > s.x + t.b)) FROM s) FROM t",
    "SELECT (SELECT max((SELECT max(u.y) FROM u WHERE u.y > t.b)) FROM s) FROM t",
    "SELECT (SELECT sum((SELECT count(*) FROM u WHERE u.y > 7)) FROM s) FROM t",
    "SELECT (SELECT count((SELECT t.b FROM u AS t)) FROM s) FROM t",  # u has no b: the enclosing t's
    "SELECT a, (SELECT min((SELECT y FROM u WHERE y > t.b)) FROM s) FROM t GROUP BY a ORDER BY a",
    "SELECT a FROM t GROUP BY a HAVING (SELECT count(*) FROM s WHERE min((SELECT 0 FROM u WHERE t.b)))",
])
def test_an_aggregate_of_a_subquery_naming_enclosing_columns(twin: Twin, query: str) -> None:
    """SQLite reads the columns of a subquery in the aggregate's arguments too, less those its own FROM
    has (sqlite3ReferencesSrcList), to find the query the aggregate belongs to."""
    twin.same(query)


@pytest.mark.parametrize("query", [
    "SELECT (SELECT count((SELECT b FROM (SELECT 1 AS z))) FROM s) FROM t",
    "SELECT (SELECT count((SELECT t.b FROM (SELECT 1 AS z) AS t)) FROM s) FROM t",
])
def test_an_aggregate_of_a_subquery_naming_enclosing_columns_is_refused(twin: Twin, query: str) -> None:
    """Whether such a subquery's own FROM has the column is not worked out for a view, CTE or subquery
    there: refused rather than guessed."""
    twin.theirs.execute(query).fetchall()
    with pytest.raises(engine.NotSupportedError, match="argument is a subquery that may name an enclosing"):
        twin.ours.execute(query).fetchall()


@pytest.mark.parametrize("statement", [
    "UPDATE t SET b = b + 1 RETURNING (SELECT count(t.b) FROM s)",
    "UPDATE t SET b = 1 RETURNING (SELECT sum(t.b) + count(*) FROM s)",
    "UPDATE t SET b = 1 RETURNING (SELECT (SELECT sum(t.b) FROM u) FROM s)",
    "DELETE FROM t RETURNING (SELECT group_concat(t.a) FROM s)",
    "INSERT INTO t VALUES (5, 6) RETURNING (SELECT count(t.b) FROM s)",
])
def test_in_returning_the_aggregate_stays_the_subquerys(statement: str) -> None:
    """RETURNING's row is no FROM that sqlite3ReferencesSrcList finds: the subquery aggregates its own rows."""
    Twin(SETUP).same(statement)


@pytest.mark.parametrize("body", [
    "INSERT INTO u SELECT (SELECT count(new.b) FROM s)",
    "INSERT INTO u SELECT (SELECT count(new.b) FROM s) FROM s",
    "INSERT INTO u SELECT (SELECT count(new.b + u.y) FROM s) FROM u",
    "UPDATE u SET y = (SELECT count(new.b) FROM s)",
    "INSERT INTO u SELECT (SELECT count(u.y) FROM s) FROM u",
])
def test_in_a_trigger_an_aggregate_of_new_stays_the_subquerys(body: str) -> None:
    """NEW and OLD are no FROM either; an aggregate naming them and a FROM's columns is that FROM's query's."""
    twin = Twin(SETUP)
    twin.both(f"CREATE TRIGGER g AFTER INSERT ON t BEGIN {body}; END")
    twin.both("INSERT INTO t VALUES (3, 4)")
    twin.same("SELECT * FROM u ORDER BY y")


def test_in_the_set_of_update_from_it_is_refused_as_an_aggregate_there_is() -> None:
    """SQLite computes it in the join UPDATE ... FROM runs, which it makes one aggregate row updating one
    target row, as it does for an aggregate in SET itself (refused, see test_update_from)."""
    twin = Twin(SETUP)
    for statement in ["UPDATE t SET b = (SELECT count(s.x) FROM u) FROM s WHERE s.x = t.a",
                      "UPDATE t SET b = (SELECT count(t.b) FROM u) FROM s WHERE s.x = t.a"]:
        twin.theirs.execute(statement)
        with pytest.raises(engine.NotSupportedError, match="aggregate functions in the SET of UPDATE"):
            twin.ours.execute(statement)
    twin.same_error("UPDATE t SET b = 0 FROM s WHERE s.x = t.a AND (SELECT count(s.x) FROM u) > 0")


@pytest.mark.parametrize("statement", [
    "UPDATE t SET b = (SELECT count(t.b) FROM s)",
    "DELETE FROM t WHERE (SELECT count(t.b) FROM s) > 0",
])
def test_in_update_and_delete_it_is_misuse(statement: str) -> None:
    Twin(SETUP).same_error(statement)
