"""``%vibesql --connect TARGET``: the magic's cells on DuckDB, sqlite3 and a notebook's own connection."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from IPython.core.completer import provisionalcompleter
from IPython.core.interactiveshell import InteractiveShell
from magic_support import magics, results_dump_sql, run

from vibesql_magic.backends import open_target
from vibesql_magic.backends.copying import copy_database
from vibesql_magic.dumpfiles import EngineDumps
from vibesql_magic.errors import VibeSQLError


def duckdb_results(tmp_path: Path) -> str:
    """A DuckDB file holding the small results database; its --connect target."""
    dump = tmp_path / "results.sql"
    dump.write_text(results_dump_sql())
    target = f"duckdb:///{tmp_path / 'results.duckdb'}"
    backend = open_target(target, {})
    copy_database(EngineDumps().open(dump), backend.connection)
    backend.connection.close()
    return target


@pytest.fixture(name="duck")
def duck_fixture(shell: InteractiveShell, tmp_path: Path) -> InteractiveShell:
    run(shell, f"%vibesql --connect {duckdb_results(tmp_path)} --name results")
    return shell


def test_cells_run_on_duckdb_in_sqlites_dialect(duck: InteractiveShell) -> None:
    frame = run(duck, "%%vibesql -o rates\nSELECT run_id, ROUND(100.0 * passed / total_files, 1) AS rate, "
                      "passed / 2 AS halves, IFNULL(ci_run_id, '-') AS ci FROM test_runs ORDER BY run_id")
    assert frame.to_dict("list") == {"run_id": [1, 2, 3], "rate": [33.3, 66.7, 66.7], "halves": [0, 1, 1],
                                     "ci": ["-", "-", "-"]}
    assert duck.user_ns["rates"] is frame
    assert magics(duck).sessions.current.name == "results"


def test_parameters_are_bound_not_pasted(duck: InteractiveShell) -> None:
    duck.user_ns["wanted"] = "FAIL' OR 'x' = 'x"
    assert run(duck, "%vibesql SELECT file_path FROM test_results WHERE status = :wanted").empty
    duck.user_ns["wanted"] = "FAIL"
    assert len(run(duck, "%vibesql SELECT file_path FROM test_results WHERE status = :wanted")) == 4


def test_explain_shows_the_sql_sent_and_no_transpile_sends_it_unchanged(duck: InteractiveShell) -> None:
    sent = run(duck, "%%vibesql --explain\nSELECT IFNULL(ci_run_id, 'x') FROM test_runs ORDER BY run_id")
    assert sent["sql"].tolist() == ["SELECT COALESCE(ci_run_id, 'x') FROM test_runs ORDER BY run_id NULLS FIRST"]
    frame = run(duck, "%%vibesql --no-transpile\nSELECT list_value(1, 2) AS pair")
    assert frame["pair"].tolist() == [[1, 2]]


def test_limit_tables_describe_and_plot_through_duckdbs_catalog(duck: InteractiveShell, capsys) -> None:
    assert len(run(duck, "%vibesql --limit 2 SELECT * FROM test_results")) == 2
    assert "more rows exist" in capsys.readouterr().out
    tables = run(duck, "%vibesql --tables")
    assert dict(zip(tables["name"], tables["rows"], strict=True)) == {"test_files": 3, "test_results": 9,
                                                                     "test_runs": 3}
    described = run(duck, "%vibesql --describe test_runs")
    assert described["column"].tolist()[:3] == ["run_id", "started_at", "completed_at"]
    assert described["type"].tolist()[:2] == ["INTEGER", "TIMESTAMP"]
    chart = run(duck, "%%vibesql --plot line --x run_id --y passed\nSELECT run_id, passed FROM test_runs")
    assert len(chart) == 3


def test_completion_reads_duckdbs_catalog(duck: InteractiveShell) -> None:
    with provisionalcompleter():
        text = "%%vibesql\nSELECT * FROM test_r"
        tables = [c.text for c in duck.Completer.completions(text, len(text))]
        text = "%%vibesql\nSELECT r.pas FROM test_runs r"
        columns = [c.text for c in duck.Completer.completions(text, len("%%vibesql\nSELECT r.pas"))]
    assert tables[:2] == ["test_results", "test_runs"]
    assert columns == ["passed"]


def test_errors_point_into_the_cell(duck: InteractiveShell) -> None:
    with pytest.raises(VibeSQLError) as unreadable:
        run(duck, "%%vibesql\nSELECT run_id\nFROM test_runs WHERE (passed")
    assert unreadable.value.lines[0].startswith("TranspileError:")
    assert unreadable.value.lines[1] == "  line 3: FROM test_runs WHERE (passed"
    with pytest.raises(VibeSQLError) as missing:
        run(duck, "%%vibesql\nSELECT 1;\nSELECT nope FROM test_runs")
    assert missing.value.lines[0].startswith("BinderException:")
    assert missing.value.lines[1] == "  line 3: SELECT nope FROM test_runs"


def test_dataframes_of_the_notebook_are_tables_on_duckdb_too(duck: InteractiveShell) -> None:
    duck.user_ns["wanted"] = pd.DataFrame({"file_path": ["select1.test"]})
    frame = run(duck, "%vibesql SELECT COUNT(*) AS n FROM test_results JOIN wanted USING (file_path)")
    assert frame["n"].tolist() == [3]


def test_a_notebook_variable_holding_a_connection(shell: InteractiveShell) -> None:
    connection = sqlite3.connect(":memory:")
    connection.executescript("CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (7), (NULL);")
    shell.user_ns["conn"] = connection
    run(shell, "%vibesql --connect conn")
    assert run(shell, "%vibesql SELECT a FROM t ORDER BY a")["a"].tolist()[1] == 7
    raw = duckdb.connect()
    shell.user_ns["ddb"] = raw
    run(shell, "%vibesql --connect ddb")
    assert run(shell, "%vibesql SELECT 7 / 2 AS half")["half"].tolist() == [3.5]  # the user's settings stand
    run(shell, "%unload_ext vibesql_magic")
    assert connection.execute("SELECT COUNT(*) FROM t").fetchone() == (2,)  # the notebook's connection stays open
    run(shell, "%load_ext vibesql_magic")


def test_config_connects_the_first_query(shell: InteractiveShell, tmp_path: Path, capsys) -> None:
    target = duckdb_results(tmp_path)
    run(shell, f"%config VibeSQL.connect = '{target}'")
    assert run(shell, "%vibesql SELECT COUNT(*) AS n FROM test_runs")["n"].tolist() == [3]
    assert f"Connected to {target}" in capsys.readouterr().out


def test_vibesql_backend_connects_the_first_query(shell: InteractiveShell, tmp_path: Path, capsys,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    target = duckdb_results(tmp_path)
    monkeypatch.setenv("VIBESQL_BACKEND", target)
    monkeypatch.setenv("VIBESQL_DUMP", "/no/such/dump.sql")  # $VIBESQL_BACKEND outranks it
    assert run(shell, "%vibesql SELECT COUNT(*) AS n FROM test_runs")["n"].tolist() == [3]
    said = capsys.readouterr().out
    assert f"Connected to {target} as {target!r}" in said and "named by $VIBESQL_BACKEND" in said


def test_the_notebooks_own_settings_outrank_vibesql_backend(shell: InteractiveShell, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIBESQL_BACKEND", "sqlite:///no/such.db")
    dump = tmp_path / "results.sql"
    dump.write_text(results_dump_sql(runs=1))
    run(shell, f"%config VibeSQL.dump = '{dump}'")
    assert run(shell, "%vibesql SELECT COUNT(*) AS n FROM test_runs")["n"].tolist() == [1]
    run(shell, "%unload_ext vibesql_magic")
    run(shell, "%load_ext vibesql_magic")
    run(shell, f"%config VibeSQL.connect = '{duckdb_results(tmp_path)}'")
    assert run(shell, "%vibesql SELECT COUNT(*) AS n FROM test_runs")["n"].tolist() == [3]


@pytest.mark.parametrize(("target", "says"), [
    ("sqlite:///no/such.db", "no such file 'no/such.db'"),
    ("duckdb:///no/such/dir/x.duckdb", "does not exist"),
    ("mysql://somewhere/db", "not a target; use duckdb:///PATH"),
    ("missing", "no variable 'missing'"),
])
def test_a_bad_vibesql_backend_is_one_line_naming_the_variable(shell: InteractiveShell, target: str, says: str,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIBESQL_BACKEND", target)
    with pytest.raises(VibeSQLError) as failed:
        run(shell, "%vibesql SELECT 1")
    assert len(failed.value.lines) == 1
    line = failed.value.lines[0]
    assert line.startswith(f"VibeSQLError: $VIBESQL_BACKEND names {target!r}, the database the first query opens: ")
    assert says in line and line.endswith("(or unset VIBESQL_BACKEND to read the dump instead)")
    assert "--connect" not in line  # the user typed no --connect
    assert magics(shell).sessions.current is None


def test_a_bad_configured_connect_names_the_setting(shell: InteractiveShell) -> None:
    run(shell, "%config VibeSQL.connect = 'sqlite:///no/such.db'")
    with pytest.raises(VibeSQLError) as failed:
        run(shell, "%vibesql SELECT 1")
    assert failed.value.lines == [
        "VibeSQLError: VibeSQL.connect names 'sqlite:///no/such.db', the database the first query opens: no such "
        "file 'no/such.db'; name an existing SQLite database, or use sqlite:// for an empty one in memory "
        "(or %config VibeSQL.connect = '' to read the dump instead)"]


@pytest.mark.parametrize(("target", "says"), [
    ("sqlite:///no/such.db", "no such file 'no/such.db'"),
    ("duckdb:///no/such/dir/x.duckdb", "does not exist"),
    ("duckdb:/x", "not a target"),
    ("duckdb://x.duckdb", "three slashes"),
    ("missing", "no variable 'missing'"),
    ("postgresql://nobody@127.0.0.1:1/nothing", "cannot connect"),
])
def test_bad_targets_are_one_line_saying_what_to_do(shell: InteractiveShell, target: str, says: str) -> None:
    shell.user_ns["number"] = 3
    with pytest.raises(VibeSQLError) as failed:
        run(shell, f"%vibesql --connect {target}")
    assert len(failed.value.lines) == 1 and says in failed.value.lines[0]
    assert magics(shell).sessions.current is None


def test_no_transpile_and_save_refused_where_they_mean_nothing(duck: InteractiveShell) -> None:
    with pytest.raises(VibeSQLError, match="no dump to save"):
        run(duck, "%vibesql --save")
    run(duck, "%vibesql --new scratch")
    with pytest.raises(VibeSQLError, match="--no-transpile goes with"):
        run(duck, "%vibesql --no-transpile SELECT 1")
