"""Queries in SQLite's dialect over the bundled results, run on every backend: the same DataFrame each time.

Each has an ORDER BY that fixes every row's place, as a notebook's should: without one the backends
may return rows in different orders, and that is not a difference of meaning.
"""

QUERIES = {
    "runs": "SELECT run_id, engine, total_files, passed FROM test_runs ORDER BY run_id",
    "pass_rate": "SELECT run_id, ROUND(100.0 * passed / total_files, 1) AS pass_rate FROM test_runs ORDER BY run_id",
    "integer_division": "SELECT run_id, passed / 7 AS sevenths, total_files % 7 AS remainder FROM test_runs "
                        "ORDER BY run_id",
    "count_by_engine": "SELECT engine, COUNT(*) AS runs FROM test_runs GROUP BY engine ORDER BY engine",
    "having": "SELECT file_path, COUNT(*) AS failures FROM test_results WHERE status <> 'PASS' "
              "GROUP BY file_path HAVING COUNT(*) >= 2 ORDER BY failures DESC, file_path",
    "join": "SELECT r.run_id, r.engine, res.file_path, res.status FROM test_runs r JOIN test_results res "
            "ON res.run_id = r.run_id WHERE res.status = 'FAIL' ORDER BY r.run_id, res.file_path",
    "left_join": "SELECT f.file_path, COUNT(res.result_id) AS results FROM test_files f LEFT JOIN test_results res "
                 "ON res.file_path = f.file_path AND res.status = 'ERROR' GROUP BY f.file_path ORDER BY f.file_path",
    "three_way_join": "SELECT f.category, r.engine, SUM(CASE WHEN res.status = 'PASS' THEN 1 ELSE 0 END) AS passed "
                      "FROM test_results res JOIN test_runs r ON r.run_id = res.run_id "
                      "JOIN test_files f ON f.file_path = res.file_path "
                      "GROUP BY f.category, r.engine ORDER BY f.category, r.engine",
    "cte": "WITH latest AS (SELECT MAX(run_id) AS run_id FROM test_runs) SELECT res.file_path, res.status "
           "FROM test_results res JOIN latest ON res.run_id = latest.run_id ORDER BY res.file_path",
    "two_ctes": "WITH per_run AS (SELECT run_id, COUNT(*) AS n FROM test_results GROUP BY run_id), "
                "big AS (SELECT run_id FROM per_run WHERE n > 20) "
                "SELECT p.run_id, p.n FROM per_run p JOIN big USING (run_id) ORDER BY p.run_id",
    "case": "SELECT run_id, CASE WHEN passed = total_files THEN 'all' WHEN passed = 0 THEN 'none' ELSE 'some' END "
            "AS outcome FROM test_runs ORDER BY run_id",
    "searched_case_else_null": "SELECT run_id, CASE engine WHEN 'sqlite' THEN 1 END AS is_sqlite FROM test_runs "
                               "ORDER BY run_id",
    "like": "SELECT file_path FROM test_files WHERE file_path LIKE 'index/%' ORDER BY file_path",
    "like_underscore": "SELECT file_path FROM test_files WHERE file_path LIKE '%slt\\_good\\_0%' ESCAPE '\\' "
                       "ORDER BY file_path",
    "not_like": "SELECT COUNT(*) AS n FROM test_files WHERE file_path NOT LIKE '%.test'",
    "row_number": "SELECT run_id, engine, ROW_NUMBER() OVER (PARTITION BY engine ORDER BY run_id) AS nth "
                  "FROM test_runs ORDER BY run_id",
    "running_sum": "SELECT run_id, SUM(passed) OVER (ORDER BY run_id) AS running FROM test_runs ORDER BY run_id",
    "lag": "SELECT run_id, engine, passed - LAG(passed) OVER (PARTITION BY engine ORDER BY run_id) AS change "
           "FROM test_runs ORDER BY run_id",
    "rank": "SELECT file_path, duration_ms, RANK() OVER (ORDER BY duration_ms DESC) AS slowest FROM test_results "
            "WHERE run_id = (SELECT MAX(run_id) FROM test_runs) ORDER BY slowest, file_path",
    "date": "SELECT DISTINCT date(started_at) AS day FROM test_runs ORDER BY day",
    "strftime": "SELECT strftime('%Y-%m', started_at) AS month, COUNT(*) AS runs FROM test_runs "
                "GROUP BY month ORDER BY month",
    "date_compare": "SELECT COUNT(*) AS n FROM test_runs WHERE started_at >= '2026-01-01'",
    "substr": "SELECT run_id, SUBSTR(git_commit, 1, 10) AS commit_prefix FROM test_runs ORDER BY run_id",
    "concat": "SELECT run_id, engine || '@' || COALESCE(engine_version, '?') AS who FROM test_runs ORDER BY run_id",
    "ifnull": "SELECT run_id, IFNULL(label, '-') AS label FROM test_runs ORDER BY run_id",
    "null_order": "SELECT run_id, label FROM test_runs ORDER BY label, run_id",
    "null_order_desc": "SELECT run_id, label FROM test_runs ORDER BY label DESC, run_id",
    "in_subquery": "SELECT file_path FROM test_files WHERE file_path IN "
                   "(SELECT file_path FROM test_results WHERE status = 'FAIL') ORDER BY file_path",
    "exists": "SELECT r.run_id FROM test_runs r WHERE EXISTS (SELECT 1 FROM test_results x "
              "WHERE x.run_id = r.run_id AND x.status = 'FAIL') ORDER BY r.run_id",
    "scalar_subquery": "SELECT run_id, passed - (SELECT MIN(passed) FROM test_runs) AS above_min FROM test_runs "
                       "ORDER BY run_id",
    "union": "SELECT engine AS name FROM test_runs UNION SELECT engine FROM benchmark_runs ORDER BY name",
    "avg_round": "SELECT engine, ROUND(AVG(duration_ms), 1) AS mean_ms FROM test_results res "
                 "JOIN test_runs r USING (run_id) GROUP BY engine ORDER BY engine",
    "min_max": "SELECT category, MIN(file_path) AS first, MAX(file_path) AS last FROM test_files "
               "GROUP BY category ORDER BY category",
    "count_distinct": "SELECT COUNT(DISTINCT engine) AS engines, COUNT(DISTINCT git_commit) AS commits "
                      "FROM test_runs",
    "limit_offset": "SELECT file_path FROM test_files ORDER BY file_path LIMIT 5 OFFSET 3",
    "benchmark_ratio": "SELECT r.engine, b.operation, ROUND(b.p95_ms / b.p50_ms, 2) AS tail FROM benchmark_results b "
                       "JOIN benchmark_runs r ON r.run_id = b.run_id WHERE b.operation = 'all' "
                       "ORDER BY r.run_id",
    "view": "SELECT run_id, operation FROM performance_regressions ORDER BY run_id, operation",
    "between": "SELECT run_id FROM test_runs WHERE passed BETWEEN 10 AND 60 ORDER BY run_id",
    "cast": "SELECT run_id, CAST(passed AS REAL) / total_files AS share FROM test_runs ORDER BY run_id",
    "nullif": "SELECT run_id, total_files / NULLIF(failed, 0) AS per_failure FROM test_runs ORDER BY run_id",
    "subquery_without_alias": "SELECT engine, runs FROM (SELECT engine, COUNT(*) AS runs FROM test_runs "
                              "GROUP BY engine) JOIN (SELECT MAX(run_id) AS last FROM test_runs) ON last > 0 "
                              "WHERE runs > 1 ORDER BY engine",
}
