"""Importing JUnit XML and VibeSQL's JSON results as runs."""

from __future__ import annotations

import json
from pathlib import Path

from slt_support import CLI, rows

JUNIT = """<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite name="sqllogictest" hostname="ci-7" timestamp="2025-03-01T12:00:00" tests="4">
    <testcase classname="slt" name="select1.test" time="1.5"/>
    <testcase classname="slt" name="select2.test" time="0.25">
      <failure message="line 12: query result mismatch">expected 3 got 4</failure>
    </testcase>
    <testcase classname="slt" name="evidence/in1.test" file="evidence/in1.test">
      <error message="worker process died (signal SIGSEGV)"/>
    </testcase>
    <testcase classname="slt" name="index/between/1/slt_good_0.test"><skipped/></testcase>
  </testsuite>
</testsuites>
"""

VIBESQL_JSON = {
    "summary": {"total": 5, "passed": 2, "failed": 2, "untested": 1, "pass_rate": 40.0,
                "timestamp": "2025-11-19T08:34:36.842944Z"},
    "tested_files": {"passed": ["select1.test", "random/expr/slt_good_0.test"],
                     "failed": ["select4.test", "index/view/10/slt_good_1.test"]},
    "detailed_failures": [
        {"file_path": "select4.test",
         "failures": [{"error_message": "no such function: nullif"},
                      {"error_message": "query result mismatch"}]},
    ],
}


def test_junit_xml_becomes_a_run(cli: CLI, tmp_path: Path) -> None:
    report = tmp_path / "report.xml"
    report.write_text(JUNIT)
    db = tmp_path / "r.sql"
    outcome = cli("import", report, "--db", db)
    assert outcome.code == 0, outcome.err
    assert "as run 1: 4 files (1 PASS, 1 FAIL, 1 ERROR, 1 UNTESTED)" in outcome.out
    assert rows(db, "SELECT run_id, started_at, completed_at, total_files, passed, failed, untested, engine, "
                    "host, label FROM test_runs") == [
        (1, "2025-03-01 12:00:00.000000", "2025-03-01 12:00:00.000000", 4, 1, 2, 1, "sqllogictest", "ci-7",
         "import report.xml")]
    assert rows(db, "SELECT file_path, status, duration_ms, error_message FROM test_results ORDER BY 1") == [
        ("evidence/in1.test", "ERROR", None, "worker process died (signal SIGSEGV)"),
        ("index/between/1/slt_good_0.test", "UNTESTED", None, None),
        ("select1.test", "PASS", 1500, None),
        ("select2.test", "FAIL", 250, "line 12: query result mismatch\nexpected 3 got 4")]
    assert rows(db, "SELECT category, subcategory FROM test_files WHERE file_path LIKE 'index/%'") == [
        ("index", "between")]


def test_vibesql_json_becomes_a_run(cli: CLI, tmp_path: Path) -> None:
    report = tmp_path / "sqllogictest_results.json"
    report.write_text(json.dumps(VIBESQL_JSON))
    db = tmp_path / "r.sql"
    assert cli("import", report, "--db", db).code == 0
    assert rows(db, "SELECT total_files, passed, failed, untested, engine, started_at FROM test_runs") == [
        (5, 2, 2, 1, "VibeSQL", "2025-11-19 08:34:36.842944")]
    assert rows(db, "SELECT file_path, status, error_message FROM test_results ORDER BY 1") == [
        ("index/view/10/slt_good_1.test", "FAIL", None),
        ("random/expr/slt_good_0.test", "PASS", None),
        ("select1.test", "PASS", None),
        ("select4.test", "FAIL", "no such function: nullif\nquery result mismatch")]
    assert cli("import", report, "--db", db).code == 0  # a second import is a second run
    assert rows(db, "SELECT COUNT(*), COUNT(DISTINCT result_id) FROM test_results") == [(8, 8)]


def test_other_files_are_refused(cli: CLI, tmp_path: Path) -> None:
    for name, text in (("a.txt", "hello"), ("b.json", "{\"x\": 1}"), ("c.xml", "<html/>"), ("d.xml", "<a")):
        path = tmp_path / name
        path.write_text(text)
        outcome = cli("import", path, "--db", tmp_path / "r.sql")
        assert outcome.code == 2 and outcome.err.count("\n") == 1, name
    assert not (tmp_path / "r.sql").exists()
