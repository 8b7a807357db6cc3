"""--plot line|bar draws with matplotlib (Agg here), still returns the DataFrame and shows it compactly;
in terminal IPython without a GUI backend the chart is saved as a PNG whose path is printed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import matplotlib
import pytest
from IPython.core.interactiveshell import InteractiveShell
from magic_support import RESULTS_CELL, failure, run

from vibesql_magic import plotting

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # after choosing the backend

PASS_RATE = ("%%vibesql --plot line --x date --y pass_rate{extra}\n"
             "SELECT DATE(completed_at) AS date, ROUND(100.0 * passed / total_files, 1) AS pass_rate, "
             "passed, failed FROM test_runs ORDER BY completed_at DESC")


@pytest.fixture
def results(shell: InteractiveShell) -> Iterator[InteractiveShell]:
    run(shell, RESULTS_CELL)
    plt.close("all")
    yield shell
    plt.close("all")


def test_a_line_chart_of_pass_rate_over_time(results: InteractiveShell) -> None:
    frame = run(results, PASS_RATE.format(extra=""))
    assert len(frame) == 3  # the DataFrame is still the result
    [axes] = plt.gcf().axes
    [line] = axes.get_lines()
    assert list(line.get_ydata()) == [33.3, 66.7, 66.7]  # drawn in date order although the query is newest first
    assert axes.get_xlabel() == "date" and axes.get_ylabel() == "pass_rate (%)"
    assert axes.get_title() == "pass_rate by date"
    assert line.get_marker() == "o"  # three points: markers


def test_title_and_a_compact_table_under_the_chart(results: InteractiveShell) -> None:
    frame = run(results, "%%vibesql --plot bar --x file_path --y duration_ms --title 'Time per result'\n"
                         "SELECT result_id || '-' || file_path AS file_path, duration_ms FROM test_results")
    assert len(frame) == 9  # the returned frame has every row
    assert plt.gcf().axes[0].get_title() == "Time per result"
    shown = results.display_formatter.format(frame)[0]["text/plain"]
    assert "[9 rows x 2 columns]" in shown
    assert len(shown.splitlines()) == plotting.COMPACT_ROWS + 4  # the header, "..", a blank line and the size
    plain = run(results, "%vibesql SELECT result_id FROM test_results")
    assert "\n4 " in results.display_formatter.format(plain)[0]["text/plain"]  # without --plot: every row


def test_in_a_terminal_without_a_gui_the_chart_is_saved(results: InteractiveShell, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(plotting, "in_terminal", lambda shell: True)
    monkeypatch.setattr(plotting.tempfile, "gettempdir", lambda: str(tmp_path))
    capsys.readouterr()
    run(results, PASS_RATE.format(extra=""))
    printed = capsys.readouterr().out
    assert "Saved the chart as " in printed and "no GUI backend" in printed
    [saved] = (tmp_path / "vibesql-plots").glob("plot-*.png")
    assert str(saved) in printed and saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_several_y_columns_draw_several_lines(results: InteractiveShell) -> None:
    run(results, PASS_RATE.replace("pass_rate{extra}", "passed,failed"))
    assert len(plt.gcf().axes[0].get_lines()) == 2


def test_by_draws_one_series_per_group(results: InteractiveShell) -> None:
    frame = run(results, "%%vibesql --plot bar --x run_id --y duration_ms --by status -o durations\n"
                         "SELECT run_id, status, SUM(duration_ms) AS duration_ms FROM test_results "
                         "GROUP BY run_id, status ORDER BY run_id")
    assert results.user_ns["durations"] is frame
    axes = plt.gcf().axes[0]
    assert len(axes.containers) == 2  # PASS and FAIL
    assert sum(len(container) for container in axes.containers) == 6  # three runs each
    assert axes.get_legend().get_title().get_text() == "status"
    run(results, "%%vibesql --plot line --x run_id --y duration_ms --by file_path\n"
                 "SELECT run_id, file_path, duration_ms FROM test_results")
    assert len(plt.gcf().axes[0].get_lines()) == 3


def test_plot_errors_name_the_problem(results: InteractiveShell) -> None:
    assert failure(results, "%vibesql --plot line --x nope --y passed SELECT passed FROM test_runs").lines == [
        "VibeSQLError: --plot: no column 'nope' in the result (columns: passed)"]
    assert failure(results, "%vibesql --plot bar --x run_id --y git_commit SELECT run_id, git_commit "
                            "FROM test_runs").lines == ["VibeSQLError: --plot: --y git_commit is not numeric"]
    assert failure(results, "%vibesql --plot bar --x status --y duration_ms --by run_id "
                            "SELECT status, run_id, duration_ms FROM test_results").lines == [
        "VibeSQLError: --plot: several rows have the same status and run_id; aggregate them in SQL"]
