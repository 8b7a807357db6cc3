"""Errors: a few lines with a caret, no traceback, and still a failed cell for notebook runners."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from IPython.core.interactiveshell import InteractiveShell
from magic_support import SQLiteFactory, failure, magics, run
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

import engine
from vibesql_magic.errors import VibeSQLError, database_error

SETUP = "%%vibesql --new scratch\nCREATE TABLE t (a INTEGER, b TEXT);\nINSERT INTO t VALUES (1, 'x')"


def test_an_engine_error_shows_class_message_line_and_caret(shell: InteractiveShell,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    run(shell, SETUP)
    capsys.readouterr()
    error = failure(shell, "%%vibesql\nSELECT a FROM t;\nSELECT a,\n       nope\nFROM t")
    assert error.lines == ["OperationalError: no such column: nope",
                           "  line 4:        nope",
                           "                 ^"]
    shown = capsys.readouterr().out
    assert "OperationalError: no such column: nope" in shown and "^" in shown
    assert "Traceback" not in shown and "File " not in shown and "vibesql_magic" not in shown


def test_error_positions_survive_parameters_and_explain(shell: InteractiveShell) -> None:
    run(shell, SETUP)
    shell.user_ns["value"] = 1
    error = failure(shell, "%%vibesql\nSELECT :value, nope FROM t")
    assert error.lines[1:] == ["  line 2: SELECT :value, nope FROM t", "                         ^"]
    error = failure(shell, "%%vibesql --explain\nSELECT nope FROM t")
    assert error.lines[1:] == ["  line 2: SELECT nope FROM t", "                 ^"]
    error = failure(shell, "%vibesql SELECT a FROM nope")
    assert error.lines[1:] == ["  line 1: SELECT a FROM nope", "                        ^"]


def test_an_error_without_a_position_shows_the_failing_statement(shell: InteractiveShell) -> None:
    run(shell, "%%vibesql --new scratch\nCREATE TABLE t (a INTEGER NOT NULL)")
    error = failure(shell, "%%vibesql\nINSERT INTO t VALUES (1);\nINSERT INTO t VALUES (NULL)")
    assert error.lines == ["IntegrityError: NOT NULL constraint failed: t.a", "  line 3: INSERT INTO t VALUES (NULL)"]


def test_other_failures_are_one_line(shell: InteractiveShell, tmp_path: Path) -> None:
    assert failure(shell, f"%vibesql --load {tmp_path / 'missing.sql'}").lines == [
        f"LoadError: {tmp_path / 'missing.sql'}: no such file"]
    assert failure(shell, "%vibesql --use nowhere").lines == ["VibeSQLError: no database named 'nowhere' "
                                                              "(loaded: none yet)"]
    magics(shell).sessions.factory = SQLiteFactory()
    run(shell, "%vibesql --new scratch")
    assert failure(shell, f"%vibesql --save {tmp_path / 'no' / 'such' / 'dir.sql'}").lines[0].startswith(
        "FileNotFoundError: ")


def test_the_rendering_is_the_traceback_ipython_shows() -> None:
    error = VibeSQLError.at("ProgrammingError", "boom", "SELECT 1\n\tSELECT x", 17, first_line=2)
    assert error._render_traceback_() == ["ProgrammingError: boom", "  line 3: \tSELECT x", " " * 10 + "\t       ^"]
    assert str(error) == "\n".join(error.lines)


def test_a_failing_cell_fails_the_notebook_under_nbclient(tmp_path: Path) -> None:
    notebook = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("%load_ext vibesql_magic"),
        nbformat.v4.new_code_cell(SETUP),
        nbformat.v4.new_code_cell("%%vibesql\nSELECT b,\n       nope FROM t"),
        nbformat.v4.new_code_cell("print('never runs')"),
    ])
    client = NotebookClient(notebook, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(tmp_path)}})
    with pytest.raises(CellExecutionError) as raised:
        client.execute()
    assert "no such column: nope" in str(raised.value)
    [output] = notebook.cells[2].outputs
    assert output.output_type == "error"
    assert output.ename == "VibeSQLError"
    assert output.traceback == ["OperationalError: no such column: nope",
                                "  line 3:        nope FROM t",
                                "                 ^"]
    assert notebook.cells[3].outputs == []


def test_a_position_in_other_sql_is_not_pointed_at() -> None:
    error = engine.ProgrammingError("boom", line=1, column=3, sql="SELECT x FROM the_view_definition")
    shown = database_error(error, "SELECT 1;\nSELECT * FROM v", 10, "SELECT * FROM v", first_line=2)
    assert shown.lines == ["ProgrammingError: boom", "  line 3: SELECT * FROM v"]
