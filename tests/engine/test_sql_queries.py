"""Queries, differentially: joins, subqueries, CTEs, compound queries, aggregates, windows, dates."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest
from sqlite_twin import Twin

SCHEMA = [
    "CREATE TABLE emp(id INTEGER PRIMARY KEY, name TEXT, dept INTEGER, salary REAL, boss INTEGER, hired DATE)",
    "CREATE TABLE dept(id INTEGER PRIMARY KEY, name TEXT, city TEXT)",
    "INSERT INTO dept VALUES (1, 'eng', 'Oslo'), (2, 'ops', 'Rome'), (3, 'empty', NULL)",
    "INSERT INTO emp VALUES (1, 'ann', 1, 100.0, NULL, '2020-01-15'), (2, 'bob', 1, 80.5, 1, '2021-03-01'),"
    " (3, 'cy', 2, 70.0, 1, '2021-03-01'), (4, 'dee', NULL, 50.0, 2, '2022-12-31'), (5, 'eve', 2, NULL, 3, NULL),"
    " (6, 'Fay', 1, 80.5, 2, '2019-07-04')",
]

QUERIES = [
    # joins of every kind
    "SELECT e.name, d.name FROM emp e JOIN dept d ON e.dept = d.id ORDER BY 1",
    "SELECT e.name, d.name FROM emp e LEFT JOIN dept d ON e.dept = d.id ORDER BY 1",
    "SELECT e.name, d.name FROM emp e RIGHT JOIN dept d ON e.dept = d.id ORDER BY 1, 2",
    "SELECT e.name, d.name FROM emp e FULL JOIN dept d ON e.dept = d.id ORDER BY 1, 2",
    "SELECT e.name, d.name FROM emp e CROSS JOIN dept d ORDER BY 1, 2",
    "SELECT e.name, d.name FROM emp e, dept d WHERE e.dept = d.id AND d.city = 'Oslo' ORDER BY 1",
    "SELECT * FROM emp JOIN dept USING (id) ORDER BY id",
    "SELECT * FROM emp NATURAL JOIN dept ORDER BY id",
    "SELECT a.name, b.name FROM emp a JOIN emp b ON b.boss = a.id ORDER BY 1, 2",
    "SELECT e.name FROM emp e LEFT JOIN dept d ON e.dept = d.id AND d.city = 'Rome' WHERE d.id IS NULL ORDER BY 1",
    "SELECT e.name, d.name FROM emp e LEFT JOIN dept d ON e.dept = d.id LEFT JOIN emp b ON b.id = e.boss "
    "ORDER BY 1",
    # WHERE, ORDER BY by expression, position and alias, LIMIT/OFFSET, DISTINCT
    "SELECT name, salary * 2 AS double FROM emp WHERE salary > 60 ORDER BY double DESC, name",
    "SELECT name FROM emp ORDER BY 1 DESC LIMIT 2 OFFSET 1",
    "SELECT name FROM emp ORDER BY salary NULLS LAST, name LIMIT 3",
    "SELECT DISTINCT dept FROM emp ORDER BY dept",
    "SELECT DISTINCT salary, dept FROM emp ORDER BY 1, 2",
    "SELECT name FROM emp ORDER BY length(name), name DESC",
    "SELECT name FROM emp LIMIT -1 OFFSET 4",
    # subqueries: scalar, IN, EXISTS, correlated in every clause, derived tables
    "SELECT name, (SELECT name FROM dept WHERE id = emp.dept) FROM emp ORDER BY 1",
    "SELECT name FROM emp WHERE dept IN (SELECT id FROM dept WHERE city IS NOT NULL) ORDER BY 1",
    "SELECT name FROM emp WHERE dept NOT IN (SELECT id FROM dept WHERE name = 'ops') ORDER BY 1",
    "SELECT name FROM dept d WHERE EXISTS (SELECT 1 FROM emp WHERE dept = d.id) ORDER BY 1",
    "SELECT name FROM dept d WHERE NOT EXISTS (SELECT 1 FROM emp WHERE dept = d.id) ORDER BY 1",
    "SELECT name FROM emp e WHERE salary > (SELECT avg(salary) FROM emp WHERE dept = e.dept) ORDER BY 1",
    "SELECT dept, count(*) FROM emp e GROUP BY dept HAVING count(*) > (SELECT count(*) FROM dept WHERE id = e.dept)"
    " ORDER BY 1",
    "SELECT name FROM emp e ORDER BY (SELECT count(*) FROM emp x WHERE x.boss = e.id) DESC, name",
    "SELECT m.n, m.total FROM (SELECT dept AS n, sum(salary) AS total FROM emp GROUP BY dept) AS m ORDER BY 1",
    "SELECT * FROM (SELECT name FROM emp ORDER BY name LIMIT 3) ORDER BY 1 DESC",
    # CTEs, recursive too
    "WITH d(x) AS (SELECT dept FROM emp) SELECT x, count(*) FROM d GROUP BY x ORDER BY x",
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10) SELECT sum(i), max(i) FROM n",
    "WITH RECURSIVE chain(id, depth) AS (SELECT id, 0 FROM emp WHERE boss IS NULL UNION ALL "
    "SELECT e.id, depth + 1 FROM emp e JOIN chain c ON e.boss = c.id) SELECT id, depth FROM chain ORDER BY id",
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n LIMIT 5",
    "WITH a AS (SELECT 1 AS x), b AS (SELECT x + 1 AS y FROM a) SELECT * FROM a, b",
    # compound queries
    "SELECT dept FROM emp UNION SELECT id FROM dept ORDER BY 1",
    "SELECT dept FROM emp UNION ALL SELECT id FROM dept ORDER BY 1",
    "SELECT dept FROM emp INTERSECT SELECT id FROM dept ORDER BY 1",
    "SELECT id FROM dept EXCEPT SELECT dept FROM emp ORDER BY 1",
    "SELECT name FROM emp UNION SELECT name FROM dept ORDER BY 1 LIMIT 4",
    # aggregates
    "SELECT count(*), count(dept), count(DISTINCT dept), sum(salary), total(salary), avg(salary), min(salary),"
    " max(salary), min(name), max(hired) FROM emp",
    "SELECT dept, group_concat(name), group_concat(DISTINCT salary) FROM emp GROUP BY dept ORDER BY dept",
    "SELECT dept, group_concat(name, '; ') FROM (SELECT * FROM emp ORDER BY name) GROUP BY dept ORDER BY dept",
    "SELECT dept, count(*) FILTER (WHERE salary > 60), sum(salary) FILTER (WHERE name LIKE '%e%') FROM emp"
    " GROUP BY dept ORDER BY dept",
    "SELECT count(*), sum(salary) FROM emp WHERE 0",
    "SELECT dept, sum(salary) FROM emp WHERE 0 GROUP BY dept",
    "SELECT dept, max(salary), name FROM emp GROUP BY dept ORDER BY dept",
    "SELECT dept % 2 AS parity, count(*) FROM emp GROUP BY parity HAVING count(*) > 1 ORDER BY 1",
    # window functions
    "SELECT name, row_number() OVER (ORDER BY salary DESC, name) FROM emp ORDER BY 2",
    "SELECT name, rank() OVER w, dense_rank() OVER w FROM emp WINDOW w AS (ORDER BY salary) ORDER BY 1",
    "SELECT name, percent_rank() OVER (ORDER BY salary), cume_dist() OVER (ORDER BY salary) FROM emp ORDER BY 1",
    "SELECT name, ntile(3) OVER (ORDER BY id) FROM emp ORDER BY 1",
    "SELECT name, lag(name) OVER (ORDER BY id), lead(name, 2, 'none') OVER (ORDER BY id) FROM emp ORDER BY id",
    "SELECT name, first_value(name) OVER (PARTITION BY dept ORDER BY id), last_value(name) OVER (PARTITION BY dept"
    " ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM emp ORDER BY id",
    "SELECT name, sum(salary) OVER (PARTITION BY dept ORDER BY id) FROM emp ORDER BY id",
    "SELECT name, sum(salary) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM emp ORDER BY id",
    "SELECT name, count(*) OVER (ORDER BY salary RANGE BETWEEN 10 PRECEDING AND 10 FOLLOWING) FROM emp ORDER BY id",
    "SELECT name, avg(salary) OVER (PARTITION BY dept), max(salary) OVER () FROM emp ORDER BY id",
    "SELECT name, nth_value(name, 2) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM emp"
    " ORDER BY id",
    "SELECT dept, sum(salary), rank() OVER (ORDER BY sum(salary) DESC) FROM emp GROUP BY dept ORDER BY 1",
    # date and time on fixed values
    "SELECT date(hired), date(hired, '+1 month'), strftime('%Y-%m', hired), julianday(hired) FROM emp ORDER BY id",
    "SELECT datetime('2025-11-19 08:34:36.842944'), time('2025-11-19 08:34:36'), unixepoch('2025-01-01')",
    "SELECT strftime('%Y-%m', hired) AS month, count(*) FROM emp GROUP BY month ORDER BY month",
    "SELECT date('2024-02-29', '+1 year'), date('2025-01-31', 'start of month', '+1 month', '-1 day')",
]


@pytest.mark.parametrize("query", QUERIES)
def test_query_matches_sqlite(query: str) -> None:
    Twin(SCHEMA).same(query)


def test_clock_functions_have_the_right_shape() -> None:
    twin = Twin()
    (today, now, stamp), = twin.ours.execute("SELECT CURRENT_DATE, CURRENT_TIME, CURRENT_TIMESTAMP").fetchall()
    assert len(today) == 10 and len(now) == 8 and len(stamp) == 19
    assert twin.ours.execute("SELECT date('now') = CURRENT_DATE").fetchone() == (1,)


def test_typed_literals_keep_their_text() -> None:
    """VibeSQL writes DATE '…' and TIMESTAMP '…'; sqlite3 has no such syntax, so this one is ours alone."""
    ours = Twin().ours
    assert ours.execute("SELECT TIMESTAMP '2025-11-19 08:34:36.842944', DATE '2025-11-19', TIME '08:34'").fetchone() \
        == ("2025-11-19 08:34:36.842944", "2025-11-19", "08:34")


def test_explain_shows_a_readable_plan() -> None:
    ours = Twin(SCHEMA).ours
    ours.execute("CREATE INDEX emp_dept ON emp(dept)")
    plan = [row[3] for row in ours.execute("EXPLAIN SELECT e.name FROM emp e JOIN dept d ON d.id = e.dept "
                                           "WHERE e.dept = 1 ORDER BY 1").fetchall()]
    assert any("USING INDEX" in line for line in plan) and any("USING HASH" in line for line in plan)
    assert any("ORDER BY" in line for line in plan)


# --- the queries analysts run on the conformance results database ----------------------------------------------

RESULTS = [
    "CREATE TABLE test_files (file_path VARCHAR(500) PRIMARY KEY, category VARCHAR(50) NOT NULL, "
    "subcategory VARCHAR(50), status VARCHAR(20) NOT NULL, last_tested TIMESTAMP, last_passed TIMESTAMP)",
    "CREATE TABLE test_runs (run_id INTEGER PRIMARY KEY, started_at TIMESTAMP NOT NULL, completed_at TIMESTAMP, "
    "total_files INTEGER, passed INTEGER, failed INTEGER, untested INTEGER, git_commit VARCHAR(40), "
    "ci_run_id VARCHAR(100))",
    "CREATE TABLE test_results (result_id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES test_runs, "
    "file_path VARCHAR(500) NOT NULL REFERENCES test_files, status VARCHAR(20) NOT NULL, tested_at TIMESTAMP "
    "NOT NULL, duration_ms INTEGER, error_message VARCHAR(2000))",
]

ANALYST_QUERIES = [
    "SELECT category, COUNT(*) AS total, SUM(CASE WHEN status='PASS' THEN 1 ELSE 0 END) AS passed, "
    "SUM(CASE WHEN status='FAIL' THEN 1 ELSE 0 END) AS failed, SUM(CASE WHEN status='UNTESTED' THEN 1 ELSE 0 END) "
    "AS untested FROM test_files GROUP BY category ORDER BY category",
    "SELECT DATE(completed_at) AS date, passed, failed, ROUND(100.0 * passed / total_files, 1) AS pass_rate "
    "FROM test_runs WHERE completed_at IS NOT NULL ORDER BY completed_at DESC LIMIT 30",
    "SELECT file_path, COUNT(*) AS failure_count FROM test_results WHERE status = 'FAIL' GROUP BY file_path "
    "HAVING COUNT(*) > 5 ORDER BY failure_count DESC, file_path LIMIT 20",
    "SELECT tf.file_path, tf.category, tr.error_message, tr.tested_at FROM test_results tr JOIN test_files tf "
    "ON tr.file_path = tf.file_path WHERE tr.status = 'FAIL' ORDER BY tr.tested_at DESC, tr.result_id LIMIT 50",
    # failure patterns with an example file each
    "WITH kinds AS (SELECT CASE WHEN error_message LIKE '%mismatch%' THEN 'mismatch' WHEN error_message LIKE "
    "'%no such%' THEN 'missing' ELSE 'other' END AS kind, file_path FROM test_results WHERE status = 'FAIL'), "
    "ranked AS (SELECT kind, file_path, ROW_NUMBER() OVER (PARTITION BY kind ORDER BY file_path) AS n FROM kinds) "
    "SELECT k.kind, (SELECT count(*) FROM kinds WHERE kind = k.kind) AS failures, k.file_path AS example "
    "FROM ranked k WHERE n = 1 ORDER BY failures DESC, kind",
    # the latest run's summary through a view
    "SELECT * FROM latest_run",
    # slow files
    "SELECT file_path, AVG(duration_ms) AS mean_ms FROM test_results GROUP BY file_path HAVING AVG(duration_ms) "
    "> 2500 ORDER BY mean_ms DESC, file_path",
    # status flips per file
    "WITH s AS (SELECT file_path, run_id, status, LAG(status) OVER (PARTITION BY file_path ORDER BY run_id) AS prev "
    "FROM test_results) SELECT file_path, SUM(CASE WHEN prev IS NOT NULL AND prev <> status THEN 1 ELSE 0 END) AS "
    "flips FROM s GROUP BY file_path ORDER BY flips DESC, file_path LIMIT 10",
    # monthly trends
    "SELECT strftime('%Y-%m', started_at) AS month, COUNT(*) AS runs, ROUND(AVG(100.0 * passed / total_files), 2) "
    "FROM test_runs GROUP BY month ORDER BY month",
]


@pytest.fixture(scope="module")
def results_twin() -> Twin:
    rng = random.Random(11)
    files = [(f"{c}/{s}/slt_good_{n}.test", c, s) for c in ("index", "random", "select")
             for s in ("between", "expr") for n in range(6)]
    twin = Twin(RESULTS)
    for path, category, sub in files:
        twin.both("INSERT INTO test_files VALUES (?, ?, ?, ?, ?, NULL)",
                  (path, category, sub, rng.choice(["PASS", "FAIL", "UNTESTED"]), "2025-03-01 10:00:00"))
    start = datetime(2025, 1, 1)
    result_id = 0
    for run in range(1, 41):
        began = start + timedelta(days=3 * run, hours=run % 5)
        twin.both("INSERT INTO test_runs VALUES (?, ?, ?, ?, ?, ?, 0, NULL, NULL)",
                  (run, began.isoformat(" "), (began + timedelta(minutes=9)).isoformat(" "), len(files),
                   len(files) - run % 7, run % 7))
        for path, _, _ in files:
            result_id += 1
            failing = rng.random() < 0.3
            twin.both("INSERT INTO test_results VALUES (?, ?, ?, ?, ?, ?, ?)",
                      (result_id, run, path, "FAIL" if failing else "PASS",
                       (began + timedelta(seconds=result_id)).isoformat(" "), rng.randrange(10, 5000),
                       rng.choice(["query result mismatch", "no such table: t1", None]) if failing else None))
    twin.both("CREATE VIEW latest_run AS SELECT run_id, passed, total_files FROM test_runs "
              "ORDER BY run_id DESC LIMIT 1")
    return twin


@pytest.mark.parametrize("query", ANALYST_QUERIES)
def test_analyst_query_matches_sqlite(results_twin: Twin, query: str) -> None:
    rows = results_twin.same(query)
    assert rows or "HAVING COUNT(*) > 5" not in query  # the generated data is rich enough to return rows
