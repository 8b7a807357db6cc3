"""Feature tags from the sqlglot tree, record_features, and analyze's record-level ranking."""

from __future__ import annotations

from pathlib import Path

import pytest
from slt_support import CLI, rows

from vibesql_magic.record_features import features


@pytest.mark.parametrize(("sql", "tags"), [
    ("SELECT a, count(*) FROM t1 LEFT JOIN t2 ON t1.x = t2.y WHERE b IS NULL AND c IN (1, 2) GROUP BY a "
     "ORDER BY 1 LIMIT 3",
     {"aggregate", "function:count", "in list", "join:left", "limit", "null test", "order by"}),
    ("SELECT (SELECT max(b) FROM t2 WHERE t2.a = t1.a) FROM t1 WHERE EXISTS (SELECT 1 FROM t3) "
     "AND x IN (SELECT y FROM t4)",
     {"aggregate", "function:max", "subquery:correlated", "subquery:exists", "subquery:in", "subquery:scalar"}),
    ("SELECT DISTINCT CAST(a AS INT), CASE WHEN a THEN 1 END, abs(a), row_number() OVER () FROM t1 "
     "UNION ALL SELECT 1, 2, 3, 4",
     {"case", "cast", "compound:union all", "distinct", "function:abs", "function:row_number", "window"}),
    ("SELECT * FROM t1, t2 EXCEPT SELECT * FROM t3 JOIN t4 ON t3.a = t4.a", {"join:cross", "join:inner",
                                                                              "compound:except"}),
    ("SELECT a FROM (SELECT a FROM t1) AS s", set()),
    ("INSERT INTO t1 VALUES (1)", set()),
    ("this is not SQL ((", {"unparsed"}),
])
def test_tags(sql: str, tags: set[str]) -> None:
    assert features(sql) == tags


def test_record_features_and_analyze_rank_failures(cli: CLI, tmp_path: Path) -> None:
    suite = tmp_path / "suite"
    suite.mkdir()
    (suite / "a.test").write_text(
        "statement ok\nCREATE TABLE t(x INTEGER)\n\nstatement ok\nINSERT INTO t VALUES (1), (2)\n\n"
        "query I nosort\nSELECT count(*) FROM t WHERE x IN (1, 2)\n----\n3\n\n"
        "query I nosort\nSELECT x FROM t WHERE x IS NULL\n----\n1\n\n"
        "query I nosort\nSELECT max(x) FROM t\n----\n2\n\n"
        "query I nosort\nSELECT no_such FROM t\n----\n1\n")
    db = tmp_path / "r.sql"
    cli("run", suite, "--engine", "sqlite", "--db", db, "--records", "all")
    assert rows(db, "SELECT line, feature FROM record_features WHERE feature LIKE 'function:%' OR feature IN "
                    "('in list', 'null test') ORDER BY line, feature") == [
        (7, "function:count"), (7, "in list"), (12, "null test"), (17, "function:max")]
    report = cli("analyze", "--db", db)
    assert report.code == 0, report.err
    by_class = report.out.split("failing records by failure class")[1].split("failing records by SQL feature")
    assert "wrong row count" in by_class[0] and "query failed: no such column: ?" in by_class[0]
    features_table = by_class[1]
    assert "aggregate" in features_table and "50.0" in features_table  # one of its two records passes
    assert "function:max" not in features_table  # it never fails
