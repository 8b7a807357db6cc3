"""The charts draw what they are given: every series on its own x values, markers where points are few,
integer ticks on counts, titles and labels, readable long labels, coinciding series kept apart."""

from __future__ import annotations

from collections.abc import Iterator

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # after choosing the backend
from matplotlib import dates as mdates
from matplotlib import ticker

from vibesql_magic import charts


@pytest.fixture(autouse=True)
def no_figures_left() -> Iterator[None]:
    yield
    plt.close("all")


def drawn(figure: matplotlib.figure.Figure) -> list[matplotlib.lines.Line2D]:
    """The lines of the figure's first axes that hold data."""
    return [line for line in figure.axes[0].get_lines() if len(line.get_xdata())]


def test_engines_with_one_run_each_are_markers_on_their_own_x() -> None:
    frame = pd.DataFrame({"run": [1, 2, 3], "engine": ["duckdb", "sqlite", "vibesql"],
                          "pass_rate": [67.7, 100.0, 96.0]})
    figure = charts.line_chart(frame, "run", ["pass_rate"], "engine")
    lines = drawn(figure)
    assert [line.get_label() for line in lines] == ["duckdb", "sqlite", "vibesql"]
    assert [list(line.get_xdata()) for line in lines] == [[1], [2], [3]]
    assert all(line.get_marker() not in (None, "None", "") for line in lines)
    assert len({line.get_marker() for line in lines}) == 3
    ax = figure.axes[0]
    assert ax.get_title() == "pass_rate by run, one line per engine"
    assert ax.get_ylabel() == "pass_rate (%)" and ax.get_xlabel() == "run"
    assert ax.get_ylim() == (-3, 103)
    assert isinstance(ax.xaxis.get_major_locator(), ticker.MaxNLocator)


def test_disjoint_x_values_leave_no_gaps() -> None:
    frame = pd.DataFrame({"day": pd.to_datetime(["2025-11-01", "2025-11-03", "2025-11-02", "2025-11-04",
                                                 "2025-11-05"]),
                          "engine": ["a", "a", "b", "b", "b"], "passed": pd.array([1, 3, 2, 2, 4], dtype="Int64")})
    figure = charts.line_chart(frame, "day", ["passed"], "engine")
    lines = drawn(figure)
    assert [len(line.get_xdata()) for line in lines] == [2, 3]
    assert not any(pd.isna(value) for line in lines for value in line.get_ydata())
    ax = figure.axes[0]
    assert isinstance(ax.yaxis.get_major_locator(), ticker.MaxNLocator)
    assert ax.yaxis.get_major_locator()._integer  # a count axis ticks at integers
    assert isinstance(ax.xaxis.get_major_formatter(), mdates.ConciseDateFormatter)


def test_missing_values_drop_out_of_their_series_only() -> None:
    frame = pd.DataFrame({"x": [1, 2, 3], "a": [1.0, None, 3.0], "b": [2.0, 2.0, 2.0]})
    lines = drawn(charts.line_chart(frame, "x", ["a", "b"]))
    assert [list(line.get_xdata()) for line in lines] == [[1, 3], [1, 2, 3]]


def test_many_points_are_a_plain_line() -> None:
    frame = pd.DataFrame({"x": range(100), "y": [float(value % 7) for value in range(100)]})
    [line] = drawn(charts.line_chart(frame, "x", ["y"]))
    assert line.get_marker() in (None, "None", "")
    assert len(line.get_xdata()) == 100


def test_coinciding_series_get_a_panel_each() -> None:
    frame = pd.DataFrame({"run": [1, 2, 3] * 3, "category": ["evidence"] * 3 + ["index"] * 3 + ["select"] * 3,
                          "pass_rate": [50.0, 100.0, 100.0] * 2 + [100.0, 100.0, 100.0]})
    figure = charts.line_chart(frame, "run", ["pass_rate"], "category")
    panels = [ax for ax in figure.axes if ax.get_visible()]
    assert len(panels) == 3
    assert [ax.get_title() for ax in panels] == ["category = evidence", "category = index", "category = select"]
    for ax in panels:  # the panel's own series in colour, the other two faint behind it
        own = [line for line in ax.get_lines() if line.get_marker() not in (None, "None", "")]
        assert len(own) == 1 and len(own[0].get_xdata()) == 3
        assert len(ax.get_lines()) == 3
    assert "coincide" in figure.get_suptitle()


def test_series_that_differ_share_one_axes() -> None:
    frame = pd.DataFrame({"run": [1, 2, 1, 2], "engine": ["a", "a", "b", "b"], "rate": [10.0, 20.0, 30.0, 40.0]})
    figure = charts.line_chart(frame, "run", ["rate"], "engine")
    assert len(figure.axes) == 1 and len(drawn(figure)) == 2


def test_long_bar_labels_turn_horizontal_and_wrap() -> None:
    frame = pd.DataFrame({"file_path": ["index/orderby_nosort/1000/slt_good_0.test", "select1.test"],
                          "failures": pd.array([3, 1], dtype="Int64")})
    figure = charts.bar_chart(frame, "file_path", ["failures"])
    ax = figure.axes[0]
    [bars] = ax.containers
    assert len(bars) == 2 and bars[0].get_width() == 3  # horizontal: the value is the width
    labels = [label.get_text() for label in ax.get_yticklabels()]
    assert labels[0] == "index/orderby_nosort/1000/\nslt_good_0.test"
    assert ax.xaxis.get_major_locator()._integer
    assert ax.get_title() == "failures by file_path" and ax.get_xlabel() == "failures"


def test_grouped_bars_only_where_a_group_has_a_value() -> None:
    frame = pd.DataFrame({"category": ["a", "a", "b"], "engine": ["x", "y", "x"], "files": [2, 3, 4]})
    ax = charts.bar_chart(frame, "category", ["files"], "engine").axes[0]
    assert [len(container) for container in ax.containers] == [2, 1]
    assert ax.get_legend().get_title().get_text() == "engine"


def test_wrap_label_breaks_after_separators() -> None:
    assert charts.wrap_label("short") == "short"
    assert charts.wrap_label("evidence/slt_lang_createtrigger.test", 12) == "evidence/\nslt_lang_\ncreatetrigger.test"


def runs_frame() -> pd.DataFrame:
    """Our engine's history at five commits (the first one broken) and two engines at the last commit."""
    commits = ["c1", "c2", "c3", "c4", "c5"]
    dates = ["2025-11-01 08:00:00", "2025-11-01 08:05:00", "2025-11-01 08:10:00", "2025-11-05 08:00:00",
             "2025-11-09 08:00:00"]
    rows = [(index + 1, dates[index], "vibesql", commit, pct, pct, index == 0)
            for index, (commit, pct) in enumerate(zip(commits, [0.0, 40.0, 80.0, 100.0, 100.0], strict=True))]
    rows += [(6, "2025-11-09 10:00:00", "sqlite", "c5", 100.0, 100.0, False),
             (7, "2025-11-09 10:05:00", "duckdb", "c5", 99.4, 67.7, False)]
    frame = pd.DataFrame(rows, columns=["run_id", "started_at", "engine", "git_commit", "records_pct", "files_pct",
                                        "broken"])
    frame["started_at"] = pd.to_datetime(frame["started_at"])
    return frame


def test_history_is_in_commit_order_when_runs_bunch_up() -> None:
    axis = charts.history_axis(runs_frame())
    assert axis.kind == "commit"
    assert list(axis.positions) == [0, 1, 2, 3, 4, 4, 4]  # the three engines at c5 share a place
    assert axis.labels[4] == "c5\n11-09"


def test_history_is_in_time_when_runs_are_spread_out() -> None:
    frame = runs_frame().iloc[:5].copy()
    frame["started_at"] = pd.to_datetime([f"2025-11-0{day} 08:00:00" for day in range(1, 6)])
    assert charts.history_axis(frame).kind == "time"


def test_pass_rate_history_shows_every_engine_and_broken_runs_apart() -> None:
    figure = charts.pass_rate_history(runs_frame())
    records, files = figure.axes[:2]
    lines = {line.get_label(): line for line in records.get_lines()}
    assert set(lines) == {"duckdb (99.4%)", "sqlite (100.0%)", "vibesql (100.0%)"}
    assert len(lines["vibesql (100.0%)"].get_xdata()) == 4  # the broken first run is not on the line
    assert len(lines["sqlite (100.0%)"].get_xdata()) == 1
    assert lines["sqlite (100.0%)"].get_marker() not in (None, "None", "")
    at_last = sorted(float(line.get_xdata()[-1]) for line in lines.values())
    assert at_last[0] < at_last[1] < at_last[2] and at_last[2] - at_last[0] < 0.5  # set apart, within the commit
    [broken] = records.collections
    assert len(broken.get_offsets()) == 1 and "broken" in broken.get_label()
    assert {line.get_label() for line in files.get_lines()} == {"duckdb (67.7%)", "sqlite (100.0%)",
                                                                  "vibesql (100.0%)"}
    assert records.get_ylabel() == "records passed (%)" and files.get_ylabel() == "files passed (%)"
    assert figure.get_suptitle() == "Pass rate over time, per engine"
    assert files.get_xlabel().startswith("commit, oldest first")


def test_category_history_draws_each_engine_in_each_category() -> None:
    runs = runs_frame()
    categories = pd.DataFrame([(run_id, category, 50.0 if category == "index" else 100.0)
                               for run_id in runs["run_id"] for category in ("evidence", "index")],
                              columns=["run_id", "category", "records_pct"])
    figure = charts.category_history(categories, runs)
    panels = [ax for ax in figure.axes if ax.get_visible() and ax.get_title()]
    assert [ax.get_title() for ax in panels] == ["evidence", "index"]
    for ax in panels:
        assert len(ax.get_lines()) == 3
    assert [text.get_text() for text in figure.legends[0].get_texts()] == ["duckdb", "sqlite", "vibesql"]


def test_category_matrix_writes_each_cell() -> None:
    frame = pd.DataFrame({"category": ["evidence", "evidence", "index"], "engine": ["duckdb", "sqlite", "sqlite"],
                          "records_pct": [72.6, 100.0, 100.0]})
    figure = charts.category_matrix(frame)
    ax = figure.axes[0]
    assert [label.get_text() for label in ax.get_xticklabels()] == ["duckdb", "sqlite"]
    assert [label.get_text() for label in ax.get_yticklabels()] == ["evidence", "index"]
    assert sorted(text.get_text() for text in ax.texts) == ["100.0", "100.0", "72.6", "–"]


def test_failures_by_file_has_a_panel_per_engine_with_integer_ticks() -> None:
    frame = pd.DataFrame({"engine": ["duckdb", "duckdb", "vibesql"], "file_path": ["a.test", "b.test", "a.test"],
                          "failures": [1, 1, 4]})
    figure = charts.failures_by_file(frame)
    assert len(figure.axes) == 2
    assert [len(ax.containers[0]) for ax in figure.axes] == [2, 1]
    assert all(ax.xaxis.get_major_locator()._integer for ax in figure.axes)
    assert figure.axes[0].get_title(loc="left") == "duckdb: 2 failing files"
