"""Named databases: --load/--use/--new/--save/--reload, the default dump, progress; over our engine and sqlite3."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from IPython.core.interactiveshell import InteractiveShell
from magic_support import (
    SQLiteFactory,
    failure,
    magics,
    run,
    write_results_dump,
)

from vibesql_magic.sessions import LoadError

COUNT_RUNS = "%vibesql SELECT COUNT(*) AS n FROM test_runs"


def runs(ip: InteractiveShell, options: str = "") -> int:
    return int(run(ip, f"%vibesql {options} SELECT COUNT(*) AS n FROM test_runs")["n"].iloc[0])


def test_load_makes_the_dump_current_and_summarizes(dump_shell: InteractiveShell, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    dump = write_results_dump(tmp_path / "results.sql")
    assert run(dump_shell, f"%vibesql --load {dump}") is None
    out = capsys.readouterr().out
    assert out.startswith("Loaded results.sql (") and "as 'results': 3 tables, 15 rows in " in out
    assert runs(dump_shell) == 3
    assert magics(dump_shell).sessions.current.name == "results"


def test_the_first_queries_users_run(dump_shell: InteractiveShell, tmp_path: Path) -> None:
    run(dump_shell, f"%vibesql --load {write_results_dump(tmp_path / 'results.sql')}")
    status = run(dump_shell, """%%vibesql
SELECT category, COUNT(*) AS total,
       SUM(CASE WHEN status='PASS' THEN 1 ELSE 0 END) AS passed,
       SUM(CASE WHEN status='FAIL' THEN 1 ELSE 0 END) AS failed
FROM test_files GROUP BY category ORDER BY category""")
    assert status.to_dict("list") == {"category": ["evidence", "index", "select"], "total": [1, 1, 1],
                                      "passed": [1, 0, 1], "failed": [0, 1, 0]}
    progress = run(dump_shell, """%%vibesql
SELECT DATE(completed_at) AS date, passed, failed, ROUND(100.0 * passed / total_files, 1) AS pass_rate
FROM test_runs WHERE completed_at IS NOT NULL ORDER BY completed_at DESC LIMIT 30""")
    assert progress["pass_rate"].tolist() == [66.7, 66.7, 33.3]
    recent = run(dump_shell, """%%vibesql
SELECT tf.file_path, tf.category, tr.error_message, tr.tested_at
FROM test_results tr JOIN test_files tf ON tr.file_path = tf.file_path
WHERE tr.status = 'FAIL' ORDER BY tr.tested_at DESC LIMIT 50""")
    assert len(recent) == 4 and recent["error_message"].iloc[0] == "query result mismatch: it's wrong"
    assert run(dump_shell, "%vibesql --tables")["name"].tolist() == ["test_files", "test_results", "test_runs"]


def test_use_new_and_db_choose_the_database(dump_shell: InteractiveShell, tmp_path: Path) -> None:
    dump = write_results_dump(tmp_path / "results.sql")
    run(dump_shell, f"%vibesql --load {dump} --name older")
    run(dump_shell, "%%vibesql --new scratch\nCREATE TABLE test_runs (x INTEGER)")
    assert runs(dump_shell) == 0
    assert runs(dump_shell, "--db older") == 3
    assert magics(dump_shell).sessions.current.name == "scratch"  # --db does not switch
    run(dump_shell, "%vibesql --use older")
    assert runs(dump_shell) == 3
    assert failure(dump_shell, "%vibesql --new older").lines == [
        "VibeSQLError: a database named 'older' exists already; switch with %vibesql --use older"]


def test_save_writes_the_database_and_loading_it_gives_it_back(dump_shell: InteractiveShell,
                                                               tmp_path: Path) -> None:
    run(dump_shell, "%%vibesql --new scratch\nCREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);\n"
                    "INSERT INTO notes VALUES (1, 'it''s; -- saved')")
    assert failure(dump_shell, "%vibesql --save").lines == [
        "VibeSQLError: database 'scratch' has no file yet: give one, %vibesql --save PATH"]
    target = tmp_path / "saved.sql"
    run(dump_shell, f"%vibesql --save {target}")
    run(dump_shell, "%vibesql INSERT INTO notes VALUES (2, 'second')")
    run(dump_shell, "%vibesql --save")  # back to the file it was last saved to
    assert sorted(path.name for path in tmp_path.iterdir()) == ["saved.sql"]  # no temporary left behind
    run(dump_shell, f"%vibesql --load {target} --name copy")
    assert run(dump_shell, "%vibesql SELECT text FROM notes ORDER BY id")["text"].tolist() == [
        "it's; -- saved", "second"]


def test_saving_inside_a_transaction_is_refused(dump_shell: InteractiveShell, tmp_path: Path) -> None:
    run(dump_shell, f"%vibesql --load {write_results_dump(tmp_path / 'results.sql')}")
    run(dump_shell, "%vibesql BEGIN")
    assert failure(dump_shell, "%vibesql --save").lines == [
        "VibeSQLError: a transaction is open in 'results'; COMMIT or ROLLBACK before saving"]
    run(dump_shell, "%vibesql ROLLBACK")
    run(dump_shell, "%%vibesql --save\nDELETE FROM test_results WHERE run_id = 3")  # SQL first, then the save
    run(dump_shell, f"%vibesql --load {tmp_path / 'results.sql'} --name again")
    assert int(run(dump_shell, "%vibesql SELECT COUNT(*) AS n FROM test_results")["n"].iloc[0]) == 6


def test_reload_reads_the_dump_again_only_when_it_changed(dump_shell: InteractiveShell, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    dump = write_results_dump(tmp_path / "results.sql")
    run(dump_shell, f"%vibesql --load {dump}")
    run(dump_shell, "%vibesql DELETE FROM test_results")
    capsys.readouterr()
    run(dump_shell, "%vibesql --reload")
    assert "has not changed since it was read; nothing reloaded" in capsys.readouterr().out
    write_results_dump(dump, runs=5)  # another process rewrote the dump
    run(dump_shell, "%vibesql --reload")
    assert capsys.readouterr().out.startswith("Reloaded results.sql")
    assert runs(dump_shell) == 5


def test_a_new_database_has_nothing_to_reload(dump_shell: InteractiveShell) -> None:
    run(dump_shell, "%vibesql --new scratch")
    assert failure(dump_shell, "%vibesql --reload").lines == [
        "VibeSQLError: database 'scratch' was not loaded from a file; nothing to reload"]


def test_the_first_query_loads_the_dump_named_by_the_environment(dump_shell: InteractiveShell, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("VIBESQL_DUMP", str(write_results_dump(tmp_path / "elsewhere.sql")))
    assert runs(dump_shell) == 3
    assert capsys.readouterr().out.startswith("Loaded elsewhere.sql (")
    assert magics(dump_shell).sessions.current.name == "elsewhere"


@pytest.mark.parametrize("where", ["notebooks/data", "data"])
def test_the_first_query_finds_the_bundled_results_from_the_working_directory(
        dump_shell: InteractiveShell, tmp_path: Path, where: str) -> None:
    (tmp_path / where).mkdir(parents=True)
    write_results_dump(tmp_path / where / "conformance.sql")
    assert runs(dump_shell) == 3
    assert magics(dump_shell).sessions.current.name == "conformance"


def test_the_configured_dump_comes_first(dump_shell: InteractiveShell, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIBESQL_DUMP", str(tmp_path / "not-this.sql"))
    run(dump_shell, f"%config VibeSQL.dump = {str(write_results_dump(tmp_path / 'configured.sql'))!r}")
    assert runs(dump_shell) == 3


def test_without_any_dump_the_error_says_how_to_get_one(shell: InteractiveShell, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("vibesql_magic.bundled.BUNDLED_DUMP", Path("nowhere") / "conformance.sql")
    [line] = failure(shell, COUNT_RUNS).lines
    assert line.startswith("VibeSQLError: no database is loaded and the bundled results are missing (looked for ")
    assert "%vibesql --load PATH" in line and "VIBESQL_DUMP=PATH" in line
    monkeypatch.setenv("VIBESQL_DUMP", str(tmp_path / "gone.sql"))
    assert failure(shell, COUNT_RUNS).lines == [f"VibeSQLError: $VIBESQL_DUMP names {str(tmp_path / 'gone.sql')!r}, "
                                                "which is not a file"]


def test_large_dumps_load_under_a_progress_bar(dump_shell: InteractiveShell, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    dump = write_results_dump(tmp_path / "results.sql")
    run(dump_shell, "%config VibeSQL.progress_threshold = 1000")
    run(dump_shell, f"%vibesql --load {dump}")
    bar = capsys.readouterr().err
    assert "Loading results.sql (" in bar
    if not isinstance(magics(dump_shell).sessions.factory, SQLiteFactory):
        assert "100%" in bar  # our engine reports how far it has read; executescript cannot
    run(dump_shell, "%config VibeSQL.progress = False")
    run(dump_shell, f"%vibesql --load {dump}")
    assert "Loading" not in capsys.readouterr().err


def test_status_lists_the_databases(dump_shell: InteractiveShell, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    run(dump_shell, "%vibesql")
    assert capsys.readouterr().out.startswith("No database loaded yet")
    dump = write_results_dump(tmp_path / "results.sql")
    run(dump_shell, f"%vibesql --load {dump}")
    run(dump_shell, "%vibesql --new scratch")
    capsys.readouterr()
    run(dump_shell, "%vibesql")
    assert capsys.readouterr().out.splitlines() == [f"  results  ({dump})", "* scratch  (not saved)"]


def test_sqlite3_behind_the_magic_lists_and_describes_tables_by_name(shell: InteractiveShell) -> None:
    magics(shell).sessions.factory = SQLiteFactory()  # no information_schema: names from sqlite_master
    run(shell, "%%vibesql --new lite\nCREATE TABLE files (path TEXT PRIMARY KEY, runs INTEGER);\n"
               "CREATE VIEW paths AS SELECT path FROM files;\nINSERT INTO files VALUES ('a.test', 2)")
    listed = run(shell, "%vibesql --tables")
    assert listed["name"].tolist() == ["files", "paths"] and listed["rows"].tolist() == [1, pd.NA]
    described = run(shell, "%vibesql --describe files")
    assert described["column"].tolist() == ["path", "runs"]
    assert described["type"].isna().all() and described.attrs["rows"] == 1


@pytest.mark.parametrize("text", ["CREATE TABLE t (a INT);\nINSERT INTO t VALUES (1;\n",
                                  "CREATE TABLE t (a INT PRIMARY KEY);\nINSERT INTO t VALUES (1);\n"
                                  "INSERT INTO t VALUES (1);\n", "hello\n", None])
def test_every_load_error_is_a_load_error_naming_its_place_once(dump_shell: InteractiveShell, tmp_path: Path,
                                                                text: str | None) -> None:
    path = tmp_path / "bad.sql"
    if text is not None:
        path.write_text(text)
    error = failure(dump_shell, f"%vibesql --load {path}")
    assert isinstance(error, LoadError)
    [line] = error.lines
    assert line.startswith(f"LoadError: {path}") and line.count(str(path)) == 1


def test_a_failed_load_keeps_the_current_database_and_loads_nothing_else(
        dump_shell: InteractiveShell, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notebooks" / "data").mkdir(parents=True)
    write_results_dump(tmp_path / "notebooks" / "data" / "conformance.sql")  # a bundled dump to fall back to
    bad = tmp_path / "bad.sql"
    bad.write_text("CREATE TABLE nope (\n")
    failure(dump_shell, f"%vibesql --load {bad}")
    [line] = failure(dump_shell, COUNT_RUNS).lines
    assert line == (f"VibeSQLError: no database is loaded: loading {bad} failed; load it again once fixed, "
                    "or another with %vibesql --load PATH (or --new NAME)")
    assert magics(dump_shell).sessions.names() == []
    run(dump_shell, f"%vibesql --load {write_results_dump(tmp_path / 'good.sql')}")
    failure(dump_shell, f"%vibesql --load {bad}")
    assert magics(dump_shell).sessions.current.name == "good" and runs(dump_shell) == 3


def test_falling_back_to_the_bundled_results_says_so_in_one_line(
        dump_shell: InteractiveShell, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notebooks" / "data").mkdir(parents=True)
    write_results_dump(tmp_path / "notebooks" / "data" / "conformance.sql")
    capsys.readouterr()
    run(dump_shell, f"counted = {COUNT_RUNS}")
    [line] = capsys.readouterr().out.splitlines()
    assert line.startswith("Loaded conformance.sql (") and line.endswith(
        "; the bundled results (notebooks/data/conformance.sql), since no database was loaded")
    run(dump_shell, "%vibesql --new quiet")
    run(dump_shell, "%config VibeSQL.feedback = False")
    magics(dump_shell).sessions.close()
    capsys.readouterr()
    run(dump_shell, f"counted = {COUNT_RUNS}")
    assert capsys.readouterr().out.splitlines() == [
        "Loaded conformance.sql as 'conformance'; the bundled results (notebooks/data/conformance.sql), "
        "since no database was loaded"]


def test_connection_hands_libraries_the_database(dump_shell: InteractiveShell, tmp_path: Path) -> None:
    run(dump_shell, f"%vibesql --load {write_results_dump(tmp_path / 'results.sql')}")
    connection = run(dump_shell, "%vibesql --connection")
    assert connection is magics(dump_shell).sessions.current.connection
    cursor = connection.cursor()
    cursor.execute("SELECT COUNT(*) FROM test_runs")
    assert cursor.fetchall()[0][0] == 3
