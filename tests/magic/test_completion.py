"""Completion in %%vibesql cells through IPython's completer, and through a kernel's complete_request."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from IPython.core.completer import provisionalcompleter
from IPython.core.interactiveshell import InteractiveShell
from jupyter_client.manager import start_new_kernel
from magic_support import (
    RESULTS_CELL,
    RESULTS_SCHEMA,
    SQLiteFactory,
    magics,
    run,
)

FILE_COLUMNS = ["file_path", "category", "subcategory", "status", "last_tested", "last_passed"]


@pytest.fixture
def results(shell: InteractiveShell) -> InteractiveShell:
    run(shell, RESULTS_CELL)
    return shell


def complete(ip: InteractiveShell, text: str, cursor: int | None = None) -> list[tuple[str, str, str]]:
    """(text, type, replaced text) of each completion, as terminal IPython and Jupyter kernels ask for them."""
    cursor = len(text) if cursor is None else cursor
    with provisionalcompleter():
        return [(c.text, c.type, text[c.start:c.end]) for c in ip.Completer.completions(text, cursor)]


def texts(ip: InteractiveShell, text: str, cursor: int | None = None) -> list[str]:
    return [completion[0] for completion in complete(ip, text, cursor)]


def test_tables_after_from_and_join(results: InteractiveShell) -> None:
    assert complete(results, "%%vibesql\nSELECT *\nFROM test_r") == [
        ("test_results", "table", "test_r"), ("test_runs", "table", "test_r")]
    assert texts(results, "%%vibesql\nSELECT * FROM test_files f JOIN te") == [
        "test_files", "test_results", "test_runs"]
    assert texts(results, "%%vibesql\nselect * from test_files, test_ru") == ["test_runs"]


def test_columns_after_a_table_or_alias_and_a_dot(results: InteractiveShell) -> None:
    assert complete(results, "%%vibesql\nSELECT test_files.") == [(name, "column", "") for name in FILE_COLUMNS]
    assert complete(results, "%%vibesql\nSELECT test_files.st") == [("status", "column", "st")]
    cell = "%%vibesql\nSELECT tr.er, tf.category\nFROM test_results tr JOIN test_files AS tf ON tr.file_path = tf.fi"
    assert texts(results, cell, cell.index("tr.er") + len("tr.er")) == ["error_message"]
    assert texts(results, cell) == ["file_path"]


def test_columns_of_the_statements_tables_in_select_lists_then_functions_and_keywords(
        results: InteractiveShell) -> None:
    cell = "%%vibesql\nSELECT 1;\nSELECT ca, COUNT(*) FROM test_files GROUP BY category"
    assert complete(results, cell, cell.index("ca,") + 2) == [
        ("category", "column", "ca"), ("case", "keyword", "ca"), ("cast", "keyword", "ca")]
    assert texts(results, "%%vibesql\nSELECT * FROM test_runs WHERE pa") == ["passed", "partition by"]
    assert texts(results, "%%vibesql\nselect status, cou") == ["count"]  # the case follows the user's


def test_keywords_anywhere(results: InteractiveShell) -> None:
    assert complete(results, "%%vibesql\nSEL") == [("SELECT", "keyword", "SEL")]
    assert texts(results, "%%vibesql\nSELECT * FROM test_files ORD") == ["ORDER BY"]


def test_dataframes_of_the_notebook_complete_as_tables_with_their_columns(results: InteractiveShell) -> None:
    results.user_ns["owners"] = pd.DataFrame({"category": ["select"], "owner": ["ann"]})
    assert texts(results, "%%vibesql\nSELECT * FROM ow") == ["owners"]
    assert texts(results, "%%vibesql\nSELECT owners.ow") == ["owner"]


def test_nothing_inside_strings_comments_or_the_options_line(results: InteractiveShell) -> None:
    assert all(kind != "table" for _, kind, _ in complete(results, "%%vibesql\nSELECT 'FROM te"))
    assert complete(results, "%%vibesql\nSELECT 1 -- FROM te") == []
    assert complete(results, "%%vibesql\n/* FROM te") == []
    assert all(kind not in ("table", "column", "keyword") for _, kind, _ in complete(results, "%%vibesql --li"))


def test_python_cells_are_left_to_python(results: InteractiveShell) -> None:
    results.user_ns["test_value"] = 1
    assert "test_value" in texts(results, "x = test_v")


def test_the_line_magic_completes_too(results: InteractiveShell) -> None:
    assert texts(results, "df = %vibesql SELECT * FROM test_f") == ["test_files"]
    # the older single-line API that ipykernel uses without experimental completions
    line = "%vibesql SELECT test_files.ca"
    with pytest.warns(PendingDeprecationWarning):
        assert results.complete("", line, len(line)) == ("ca", ["category"])


def test_completion_never_loads_a_database(shell: InteractiveShell, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIBESQL_DUMP", str(tmp_path / "not-loaded.sql"))
    assert texts(shell, "%%vibesql\nSELECT * FROM te") == []
    assert texts(shell, "%%vibesql\nSEL") == ["SELECT"]


def test_completion_over_sqlite3_uses_its_catalog_fallbacks(shell: InteractiveShell) -> None:
    magics(shell).sessions.factory = SQLiteFactory()
    run(shell, "%%vibesql --new lite\nCREATE TABLE test_files (file_path TEXT PRIMARY KEY, status TEXT)")
    assert texts(shell, "%%vibesql\nSELECT * FROM te") == ["test_files"]
    assert texts(shell, "%%vibesql\nSELECT test_files.") == ["file_path", "status"]


def test_a_kernel_answers_complete_requests_like_jupyterlab_and_vs_code_send_them(tmp_path: Path) -> None:
    manager, client = start_new_kernel(kernel_name="python3", cwd=str(tmp_path))
    try:
        for cell in ("%load_ext vibesql_magic", "%%vibesql --new results\n" + RESULTS_SCHEMA):
            assert client.execute_interactive(cell, timeout=60)["content"]["status"] == "ok"
        cell = "%%vibesql\nSELECT tf.\nFROM test_files tf"
        cursor = cell.index("tf.") + 3
        client.complete(cell, cursor)
        reply = client.get_shell_msg(timeout=60)["content"]
        assert reply["status"] == "ok"
        assert reply["matches"] == ["file_path", "category", "subcategory", "status", "last_tested", "last_passed"]
        assert reply["cursor_start"] == reply["cursor_end"] == cursor
        cell = "%%vibesql\nSELECT * FROM test_r"
        client.complete(cell, len(cell))
        reply = client.get_shell_msg(timeout=60)["content"]
        assert reply["matches"] == ["test_results", "test_runs"]
        assert reply["cursor_start"] == len(cell) - len("test_r")
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
