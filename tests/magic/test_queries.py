"""%vibesql / %%vibesql through a real IPython shell: results, statements, transactions, parameters, limits."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from IPython.core.error import UsageError
from IPython.core.interactiveshell import InteractiveShell
from magic_support import RESULTS_CELL, failure, magics, run

from vibesql_magic.config import VibeSQL

BIG = ("%%vibesql --new big\nCREATE TABLE big (n INTEGER);\n"
       "INSERT INTO big WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000) "
       "SELECT x FROM c")


@pytest.fixture
def results(shell: InteractiveShell) -> InteractiveShell:
    """The shell with a small conformance results database as the current one."""
    run(shell, RESULTS_CELL)
    return shell


def test_load_ext_registers_both_magics_and_the_settings(shell: InteractiveShell) -> None:
    assert shell.find_line_magic("vibesql") is not None
    assert shell.find_cell_magic("vibesql") is not None
    assert any(isinstance(configurable, VibeSQL) for configurable in shell.configurables)
    shell.run_line_magic("unload_ext", "vibesql_magic")
    assert shell.find_line_magic("vibesql") is None and shell.find_cell_magic("vibesql") is None
    assert not any(isinstance(configurable, VibeSQL) for configurable in shell.configurables)
    shell.run_line_magic("load_ext", "vibesql_magic")
    assert shell.find_cell_magic("vibesql") is not None


def test_a_cell_returns_a_dataframe_and_o_assigns_the_same_frame(results: InteractiveShell) -> None:
    frame = run(results, "%%vibesql -o by_category\n"
                         "SELECT category, COUNT(*) AS total FROM test_files GROUP BY category ORDER BY category")
    assert isinstance(frame, pd.DataFrame)
    assert frame.to_dict("list") == {"category": ["evidence", "index", "select"], "total": [1, 1, 1]}
    assert results.user_ns["by_category"] is frame


def test_line_form_assigns_to_a_variable(results: InteractiveShell) -> None:
    run(results, "df = %vibesql SELECT run_id, completed_at FROM test_runs WHERE run_id > 1 ORDER BY run_id")
    frame = results.user_ns["df"]
    assert frame["run_id"].tolist() == [2, 3]
    assert frame["completed_at"].dtype == "datetime64[ns]"


def test_line_form_keeps_quotes_braces_and_dollars_of_the_sql(results: InteractiveShell) -> None:
    frame = run(results, "%vibesql SELECT 'a  b' AS s, '{x}' AS braces, '$1' AS dollar, \"file_path\" "
                         "FROM test_files WHERE status = 'PASS' ORDER BY 4 LIMIT 1")
    assert frame.iloc[0].tolist() == ["a  b", "{x}", "$1", "evidence/in1.test"]


def test_several_statements_run_in_order_and_the_last_result_set_is_returned(shell: InteractiveShell) -> None:
    frame = run(shell, "%%vibesql --new scratch\n"
                       "CREATE TABLE t (x INTEGER); -- a comment; with a semicolon\n"
                       "INSERT INTO t VALUES (1), (2);\n"
                       "SELECT 'not; this one' AS s;\n"
                       "SELECT SUM(x) AS total FROM t;\n"
                       "INSERT INTO t VALUES (3)")
    assert frame.to_dict("list") == {"total": [3]}
    assert run(shell, "%vibesql SELECT COUNT(*) AS n FROM t")["n"].tolist() == [3]


def test_a_trigger_body_is_one_statement(shell: InteractiveShell) -> None:
    frame = run(shell, "%%vibesql --new scratch\n"
                       "CREATE TABLE t (x INTEGER); CREATE TABLE log (y INTEGER);\n"
                       "CREATE TRIGGER copy AFTER INSERT ON t BEGIN\n"
                       "  INSERT INTO log VALUES (CASE WHEN new.x > 1 THEN new.x * 10 ELSE 0 END);\n"
                       "  INSERT INTO log VALUES (-1);\n"
                       "END;\n"
                       "INSERT INTO t VALUES (2);\n"
                       "SELECT y FROM log ORDER BY y")
    assert frame["y"].tolist() == [-1, 20]


def test_begin_rollback_across_statements_and_cells(results: InteractiveShell) -> None:
    count = "%vibesql SELECT COUNT(*) AS n FROM test_runs"
    inside = run(results, "%%vibesql\nBEGIN;\nDELETE FROM test_results;\nDELETE FROM test_runs;\n"
                          "SELECT COUNT(*) AS n FROM test_runs;\nROLLBACK")
    assert inside["n"].tolist() == [0]
    assert run(results, count)["n"].tolist() == [3]
    run(results, "%%vibesql\nBEGIN;\nINSERT INTO test_runs (run_id, started_at) VALUES (4, '2025-11-04')")
    assert run(results, count)["n"].tolist() == [4]
    run(results, "%vibesql ROLLBACK")
    assert run(results, count)["n"].tolist() == [3]
    run(results, "%%vibesql\nBEGIN;\nINSERT INTO test_runs (run_id, started_at) VALUES (4, '2025-11-04')")
    run(results, "%vibesql COMMIT")
    assert run(results, count)["n"].tolist() == [4]


def test_statements_outside_a_transaction_commit_on_their_own(results: InteractiveShell) -> None:
    run(results, "%vibesql DELETE FROM test_results WHERE run_id = 1")
    connection = magics(results).sessions.current.connection
    assert not connection.in_transaction
    connection.rollback()
    assert run(results, "%vibesql SELECT COUNT(*) AS n FROM test_results")["n"].tolist() == [6]


def test_parameters_bind_notebook_variables_as_values(results: InteractiveShell) -> None:
    results.user_ns.update(status="FAIL", run=np.int64(2), sneaky="x'; DROP TABLE test_files; --")
    frame = run(results, "%%vibesql\nSELECT file_path, :sneaky AS echoed FROM test_results\n"
                         "WHERE status = :status AND run_id=:run")
    assert frame["file_path"].tolist() == ["index/between/1/slt_good_0.test"]
    assert frame["echoed"].tolist() == ["x'; DROP TABLE test_files; --"]
    assert run(results, "%vibesql SELECT COUNT(*) AS n FROM test_files")["n"].tolist() == [3]


def test_parameter_lookalikes_are_left_alone(results: InteractiveShell) -> None:
    results.user_ns["a"] = "bound"
    frame = run(results, "%%vibesql\n"
                         "SELECT 'x::text' AS cast_text, 'a:b' AS colon, '$1' AS dollar, 'arr[:2]' AS slice,\n"
                         "       '{}' AS braces, CAST(1 AS TEXT) AS cast, :a AS param -- [:2] :nothing\n"
                         "/* :neither */")
    assert frame.iloc[0].tolist() == ["x::text", "a:b", "$1", "arr[:2]", "{}", "1", "bound"]


def test_line_magic_parameters_see_a_functions_local_variables(shell: InteractiveShell) -> None:
    run(shell, "%vibesql --new locals")
    run(shell, "def pick(limit_to):\n    picked = %vibesql SELECT :limit_to AS picked\n    return picked\n")
    assert run(shell, "pick(5)")["picked"].tolist() == [5]


def test_an_undefined_parameter_is_an_error_naming_it_and_nothing_runs(results: InteractiveShell) -> None:
    error = failure(results, "%%vibesql\nDELETE FROM test_results;\nSELECT * FROM test_files WHERE status = :wanted")
    assert error.lines == ["NameError: parameter :wanted is not defined in the notebook",
                           "  line 3: SELECT * FROM test_files WHERE status = :wanted",
                           "                                                  ^"]
    assert run(results, "%vibesql SELECT COUNT(*) AS n FROM test_results")["n"].tolist() == [9]


def test_limit_is_exact_and_says_when_more_rows_exist(shell: InteractiveShell,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    run(shell, BIG)
    capsys.readouterr()
    frame = run(shell, "%%vibesql --limit 10\nSELECT n FROM big ORDER BY n")
    assert frame["n"].tolist() == list(range(1, 11))
    assert "Showing the first 10 rows; more rows exist" in capsys.readouterr().out
    frame = run(shell, "%vibesql --limit 10 SELECT n FROM big WHERE n <= 5")
    assert len(frame) == 5
    assert "more rows" not in capsys.readouterr().out
    frame = run(shell, "%vibesql --limit 5 SELECT n FROM big WHERE n <= 5")
    assert len(frame) == 5
    assert "more rows" not in capsys.readouterr().out


def test_autolimit_caps_fetches_and_limit_zero_lifts_it(shell: InteractiveShell,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    run(shell, BIG)
    run(shell, "%config VibeSQL.autolimit = 100")
    capsys.readouterr()
    assert len(run(shell, "%vibesql SELECT n FROM big")) == 100
    assert "%config VibeSQL.autolimit = 0" in capsys.readouterr().out
    assert len(run(shell, "%vibesql --limit 0 SELECT n FROM big")) == 1000
    run(shell, "%config VibeSQL.autolimit = 0")
    assert len(run(shell, "%vibesql SELECT n FROM big")) == 1000


def test_displaylimit_limits_the_rendering_only(shell: InteractiveShell) -> None:
    run(shell, BIG)
    run(shell, "%config VibeSQL.displaylimit = 10")
    frame = run(shell, "%vibesql SELECT n FROM big ORDER BY n")
    assert len(frame) == 1000
    data, _ = shell.display_formatter.format(frame)
    assert len(re.findall(r"<tr>\s*<th>\d+</th>", data["text/html"])) == 10
    assert "1000 rows" in data["text/html"] and "1000 rows" in data["text/plain"]
    other = pd.DataFrame({"n": range(40)})  # a frame the magic did not return renders as pandas would
    assert len(re.findall(r"<tr>\s*<th>\d+</th>", shell.display_formatter.format(other)[0]["text/html"])) == 40
    run(shell, "%config VibeSQL.displaylimit = 0")  # every row
    assert len(re.findall(r"<tr>\s*<th>\d+</th>", shell.display_formatter.format(frame)[0]["text/html"])) == 1000


def test_tables_lists_tables_views_and_row_counts(results: InteractiveShell) -> None:
    run(results, "%vibesql CREATE VIEW failing AS SELECT * FROM test_files WHERE status = 'FAIL'")
    frame = run(results, "%vibesql --tables")
    assert frame["name"].tolist() == ["failing", "test_files", "test_results", "test_runs"]
    assert frame["type"].tolist() == ["view", "table", "table", "table"]
    assert frame["rows"].tolist() == [pd.NA, 3, 9, 3]


def test_tables_leaves_internal_tables_out_unless_all(results: InteractiveShell) -> None:
    run(results, "%vibesql CREATE TABLE schema_version (version INTEGER PRIMARY KEY)")
    assert "schema_version" not in run(results, "%vibesql --tables")["name"].tolist()
    assert "schema_version" in run(results, "%vibesql --tables --all")["name"].tolist()
    with pytest.raises(UsageError, match="--all goes with --tables"):
        run(results, "%vibesql --all SELECT 1")


def test_null_text_is_na_never_nan(results: InteractiveShell) -> None:
    frame = run(results, "%vibesql SELECT file_path, error_message FROM test_results ORDER BY result_id")
    message = frame["error_message"]
    assert message.iloc[0] is pd.NA and str(message.dtype) == "string"
    assert "NaN" not in results.display_formatter.format(frame)[0]["text/plain"]
    assert "<NA>" in results.display_formatter.format(frame)[0]["text/plain"]


def test_describe_shows_columns_types_constraints_and_rows(results: InteractiveShell,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    frame = run(results, "%vibesql --describe TEST_FILES")
    assert frame["column"].tolist()[:3] == ["file_path", "category", "subcategory"]
    assert frame["type"].tolist()[:3] == ["VARCHAR(500)", "VARCHAR(50)", "VARCHAR(50)"]
    assert frame["primary_key"].tolist()[:2] == [True, False]
    assert frame["nullable"].tolist()[:3] == [False, False, True]
    assert frame.attrs["rows"] == 3
    assert "test_files: table, 6 columns, 3 rows" in capsys.readouterr().out
    assert failure(results, "%vibesql --describe nope").lines == [
        "VibeSQLError: no table or view named 'nope'; %vibesql --tables lists them"]


def test_explain_shows_the_plan_without_running(results: InteractiveShell) -> None:
    frame = run(results, "%%vibesql --explain\nDELETE FROM test_results")
    assert frame.columns.tolist() == ["id", "parent", "notused", "detail"]
    assert run(results, "%vibesql SELECT COUNT(*) AS n FROM test_results")["n"].tolist() == [9]
    plan = run(results, "%%vibesql --explain\nSELECT * FROM test_files WHERE status = 'FAIL'")
    assert any("test_files" in detail for detail in plan["detail"])


def test_changes_are_reported_and_return_nothing(results: InteractiveShell,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert run(results, "%vibesql UPDATE test_files SET status = 'PASS'") is None
    assert "3 rows affected" in capsys.readouterr().out
    run(results, "%config VibeSQL.feedback = False")
    run(results, "%vibesql UPDATE test_files SET status = 'FAIL'")
    assert capsys.readouterr().out == ""


def test_usage_errors(shell: InteractiveShell) -> None:
    for line, message in [("--bogus", "unrecognized option --bogus"), ("--load a --new b", "choose one"),
                          ("--limit -1 SELECT 1", "--limit must be"), ("--plot line SELECT 1", "--plot needs")]:
        result = shell.run_cell(f"%vibesql {line}")
        assert isinstance(result.error_in_exec, UsageError) and message in str(result.error_in_exec), line
    result = shell.run_cell("%%vibesql SELECT 1\nSELECT 2")
    assert "options only" in str(result.error_in_exec)
