"""Charts of query results and conformance runs, drawn with matplotlib.

One module for the magic's ``--plot``, the bundled notebooks and the HTML report, so every chart follows
the same rules:

- each series is drawn on its own x values (never pivoted into a grid, so no NaN breaks a line);
- a series of few points gets markers, so a single run is a visible dot;
- count axes tick at integers; every chart has a title and axis labels, and percentages say %;
- datetimes are ticked by matplotlib's concise date formatter (no ``.000000``);
- long category labels go on the y axis of horizontal bars, wrapped at ``/``, ``_`` and spaces;
- line series that coincide are drawn as small multiples, one panel each, the others faint behind;
  engines at the same commit are set slightly apart so each marker stays visible.

Functions take pandas DataFrames and return a Figure; nothing here reads a database
(``vibesql_magic.slt.summaries`` makes the frames of conformance results).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from matplotlib import dates as mdates
from matplotlib import ticker
from matplotlib.axes import Axes
from matplotlib.figure import Figure

FEW_POINTS = 30  # series with at most this many points get markers
LONG_LABEL = 16  # bar labels longer than this turn the bars horizontal
MARKERS = "osD^vP*Xph<>"
BROKEN_COLOR = "0.45"
_PERCENT_NAME = re.compile(r"(pct|percent|rate)\b|%", re.IGNORECASE)
_WRAP_AFTER = re.compile(r"(?<=[/_ ])")


class ChartError(ValueError):
    """The frame cannot be drawn as asked (a missing or non-numeric column)."""


@dataclass
class Series:
    """One drawn series: its name and its own x and y values (no missing values)."""

    name: str
    x: list[Any]
    y: list[float]


def new_figure(width: float = 8.0, height: float = 4.5, rows: int = 1, columns: int = 1,
               **options: Any) -> tuple[Figure, np.ndarray]:
    """A figure and its grid of Axes (always a 2-D array), registered with pyplot so notebooks show it."""
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(rows, columns, figsize=(width, height), squeeze=False, **options)
    return figure, axes


# -- generic charts of a result (the magic's --plot) ----------------------------------------------


def series_of(frame: pd.DataFrame, x: str, ys: Sequence[str], by: str | None = None, *,
              sort: bool = True) -> list[Series]:
    """Series of ``frame``: one per value of ``by`` (with one y column) or one per y column.

    Rows whose x or y is missing are left out of that series only; with ``sort`` each series is in x order.
    """
    missing = [name for name in [x, *ys, *([by] if by else [])] if name not in frame.columns]
    if missing:
        raise ChartError(f"no column {missing[0]!r} in the result (columns: {', '.join(map(str, frame.columns))})")
    if by and len(ys) != 1:
        raise ChartError("--by draws one y column")
    for name in ys:
        if not (pd.api.types.is_numeric_dtype(frame[name]) or frame[name].isna().all()):
            raise ChartError(f"--y {name} is not numeric")
    if by:
        if frame.duplicated([x, by]).any():
            raise ChartError(f"several rows have the same {x} and {by}; aggregate them in SQL")
        groups = [(str(key), rows) for key, rows in frame.groupby(by, sort=False, dropna=False)]
        pairs = [(name, rows[x], rows[ys[0]]) for name, rows in groups]
    else:
        pairs = [(name, frame[x], frame[name]) for name in ys]
    result = []
    for name, xs, values in pairs:
        kept = pd.DataFrame({"x": xs.to_numpy(dtype=object), "y": values.astype("Float64")}).dropna()
        if sort:
            kept = kept.sort_values("x", kind="stable")
        result.append(Series(name, list(kept["x"]), [float(value) for value in kept["y"]]))
    return result


def coinciding(series: Sequence[Series]) -> bool:
    """Whether two series of two or more points share at least half of the smaller one's points."""
    points = [{(repr(x), round(y, 9)) for x, y in zip(one.x, one.y, strict=True)} for one in series
              if len(one.x) >= 2]
    for index, first in enumerate(points):
        for second in points[index + 1:]:
            if len(first & second) * 2 >= min(len(first), len(second)):
                return True
    return False


def is_percent(name: str, values: Sequence[float]) -> bool:
    """A column read as a percentage: its name says so (pct, rate, percent, %) and its values lie in 0..100."""
    return bool(_PERCENT_NAME.search(name)) and all(0 <= value <= 100 for value in values)


def value_label(names: Sequence[str], percent: bool) -> str:
    """The value axis' label: the column, or 'value' for several, with (%) for percentages."""
    label = names[0] if len(names) == 1 else "value"
    return f"{label} (%)" if percent else label


def line_chart(frame: pd.DataFrame, x: str, ys: Sequence[str], by: str | None = None, *,
               title: str | None = None) -> Figure:
    """Lines of ``ys`` against ``x`` (one per ``by`` value); small multiples when the lines coincide."""
    series = series_of(frame, x, ys, by)
    values = [value for one in series for value in one.y]
    percent = is_percent(ys[0], values) if len(ys) == 1 else False
    ylabel = value_label(ys, percent)
    title = title or f"{ylabel.removesuffix(' (%)')} by {x}" + (f", one line per {by}" if by else "")
    integers = all(pd.api.types.is_integer_dtype(frame[name]) for name in ys)
    if len(series) > 1 and coinciding(series):
        return _small_multiples(series, x, ylabel, title, by, percent=percent, integers=integers)
    figure, axes = new_figure()
    ax = axes[0, 0]
    for index, one in enumerate(series):
        draw_line(ax, one, index)
    _finish_axes(ax, x, ylabel, frame[x], percent=percent, integers=integers)
    ax.set_title(title)
    if len(series) > 1:
        _legend(ax, by or "column", len(series))
    figure.tight_layout()
    return figure


def draw_line(ax: Axes, series: Series, index: int, *, color: Any = None, offset: float = 0.0,
              label: str | None = None, **style: Any) -> None:
    """One series as a line, with markers when it has few points (a single point is a marker)."""
    few = len(series.x) <= FEW_POINTS
    xs = [value + offset for value in series.x] if offset else series.x
    ax.plot(xs, series.y, label=series.name if label is None else label, color=color or f"C{index % 10}",
            marker=MARKERS[index % len(MARKERS)] if few else None, markersize=6 if few else None,
            linewidth=1.8, **style)


def _small_multiples(series: list[Series], x: str, ylabel: str, title: str, by: str | None, *,
                     percent: bool, integers: bool) -> Figure:
    """One panel per series, the others drawn faint behind it, axes shared: coinciding lines stay apart."""
    columns = min(3, len(series))
    rows = math.ceil(len(series) / columns)
    figure, axes = new_figure(4.0 * columns, 2.8 * rows + 0.6, rows, columns, sharex=True, sharey=True)
    all_x = pd.Series([value for one in series for value in one.x])
    for index, ax in enumerate(axes.flat):
        if index >= len(series):
            ax.set_visible(False)
            continue
        for other in series:
            if other is not series[index]:
                ax.plot(other.x, other.y, color="0.85", linewidth=1, zorder=1)
        draw_line(ax, series[index], index, zorder=2)
        ax.set_title(f"{by} = {series[index].name}" if by else series[index].name, fontsize=10)
        _finish_axes(ax, "", "", all_x, percent=percent, integers=integers)
    figure.suptitle(f"{title}\n(the series coincide: one panel each, the others in grey)", fontsize=11)
    figure.supxlabel(x)
    figure.supylabel(ylabel)
    figure.tight_layout()
    return figure


def bar_chart(frame: pd.DataFrame, x: str, ys: Sequence[str], by: str | None = None, *,
              title: str | None = None) -> Figure:
    """Bars of ``ys`` per ``x`` value in the query's row order, grouped per ``by`` value or y column.

    Long or many labels turn the bars horizontal (labels wrapped on the y axis, first row on top).
    """
    series = series_of(frame, x, ys, by, sort=False)
    categories = list(dict.fromkeys(value for value in frame[x] if not pd.isna(value)))
    values = [value for one in series for value in one.y]
    percent = is_percent(ys[0], values) if len(ys) == 1 else False
    ylabel = value_label(ys, percent)
    title = title or f"{ylabel.removesuffix(' (%)')} by {x}" + (f", per {by}" if by else "")
    integers = all(pd.api.types.is_integer_dtype(frame[name]) for name in ys)
    horizontal = len(categories) > 12 or any(len(str(value)) > LONG_LABEL for value in categories)
    slots = max(1, len(series))
    size = 0.8 / slots
    if horizontal:
        figure, axes = new_figure(8.0, min(22.0, 1.2 + 0.32 * len(categories) * max(1.0, slots * 0.6)))
    else:
        figure, axes = new_figure()
    ax = axes[0, 0]
    position = {str(value): index for index, value in enumerate(categories)}
    for index, one in enumerate(series):
        places = [position[str(value)] - 0.4 + size * (index + 0.5) for value in one.x]
        draw = ax.barh if horizontal else ax.bar
        draw(places, one.y, size, label=one.name, color=f"C{index % 10}")
    ticks = list(range(len(categories)))
    labels = [wrap_label(str(value)) for value in categories]
    value_axis = ax.xaxis if horizontal else ax.yaxis
    if horizontal:
        ax.set_yticks(ticks, labels, fontsize=8)
        ax.invert_yaxis()
        ax.set_xlabel(ylabel)
        ax.set_ylabel(x)
    else:
        ax.set_xticks(ticks, labels)
        ax.set_xlabel(x)
        ax.set_ylabel(ylabel)
    if integers:
        value_axis.set_major_locator(ticker.MaxNLocator(integer=True))
    if percent:
        (ax.set_xlim if horizontal else ax.set_ylim)(0, 100)
    ax.set_title(title)
    if len(series) > 1:
        _legend(ax, by or "column", len(series))
    figure.tight_layout()
    return figure


def wrap_label(text: str, width: int = 28) -> str:
    """A label broken into lines of at most about ``width`` characters after ``/``, ``_`` or a space."""
    lines = [""]
    for piece in _WRAP_AFTER.split(text):
        if lines[-1] and len(lines[-1]) + len(piece) > width:
            lines.append("")
        lines[-1] += piece
    return "\n".join(line.rstrip() for line in lines)


def _finish_axes(ax: Axes, xlabel: str, ylabel: str, x_values: pd.Series, *, percent: bool,
                 integers: bool) -> None:
    """Axis labels, date or integer ticks on x, integer ticks on a count axis, 0-100 for percentages."""
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    if pd.api.types.is_datetime64_any_dtype(x_values) or (
            len(x_values) and all(isinstance(value, pd.Timestamp) for value in x_values)):
        locator = mdates.AutoDateLocator()
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    elif pd.api.types.is_integer_dtype(x_values):
        ax.xaxis.set_major_locator(ticker.MaxNLocator(integer=True))
    if integers:
        ax.yaxis.set_major_locator(ticker.MaxNLocator(integer=True))
    if percent:
        ax.set_ylim(-3, 103)
    ax.grid(True, alpha=0.3)


def _legend(ax: Axes, title: str, entries: int) -> None:
    """A legend inside the axes for a few entries, outside on the right for many."""
    if entries <= 6:
        ax.legend(title=title, fontsize=8)
    else:
        ax.legend(title=title, fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0))


# -- conformance runs over time -------------------------------------------------------------------


@dataclass
class HistoryAxis:
    """Where runs go along x: ``commit`` order (0, 1, … with labels) or ``time`` (their start)."""

    kind: str
    positions: pd.Series  # by run_id: the run's commit rank, or its start as a Timestamp
    labels: dict[int, str]
    step: float  # the distance between neighbouring commits on this axis, for setting engines apart

    @property
    def title(self) -> str:
        if self.kind == "time":
            return "run started (UTC)"
        return f"commit, oldest first ({len(self.labels)} commits; runs at one commit share a place)"


def history_axis(runs: pd.DataFrame) -> HistoryAxis:
    """Commit order, or time where the runs are spread out evenly enough that none are squashed together.

    A run's commit is its ``git_commit`` (a run without one is its own commit); commits are ordered by
    their first run's start, so the runs of several engines at one commit share a place.
    """
    keys = runs["git_commit"].astype(object).where(runs["git_commit"].notna(),
                                                   "run " + runs["run_id"].astype(str))
    first = pd.to_datetime(runs["started_at"]).groupby(keys).min().sort_values(kind="stable")
    if _spread_out(first):
        started = pd.Series(pd.to_datetime(runs["started_at"]).to_numpy(), index=runs["run_id"].to_numpy())
        step = float(np.median(first.diff().dropna().dt.total_seconds())) / 86400.0  # matplotlib dates: days
        return HistoryAxis("time", started, {}, step)
    rank = {key: index for index, key in enumerate(first.index)}
    labels = {index: _commit_label(key, first[key]) for key, index in rank.items()}
    return HistoryAxis("commit", pd.Series(keys.map(rank).astype(int).to_numpy(), index=runs["run_id"].to_numpy()),
                       labels, 1.0)


def _spread_out(times: pd.Series) -> bool:
    """Three or more moments, and at most a fifth of the gaps under a tenth of the even gap."""
    if len(times) < 3:
        return False
    gaps = times.diff().dropna().dt.total_seconds()
    even = (times.iloc[-1] - times.iloc[0]).total_seconds() / len(gaps)
    return even > 0 and (gaps < even / 10).mean() <= 0.2


def _commit_label(key: str, when: pd.Timestamp) -> str:
    short = key if key.startswith("run ") else key[:7]
    return f"{short}\n{when:%m-%d}"


def _place_x(ax: Axes, axis: HistoryAxis) -> None:
    """Ticks of the history axis: commit labels at integer places, or concise dates."""
    if axis.kind == "time":
        locator = mdates.AutoDateLocator()
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        return
    ax.xaxis.set_major_locator(ticker.MaxNLocator(nbins=10, integer=True))
    ax.xaxis.set_major_formatter(ticker.FuncFormatter(lambda value, _: axis.labels.get(round(value), "")
                                                      if abs(value - round(value)) < 1e-6 else ""))
    ax.tick_params(axis="x", labelsize=7)
    ax.set_xlim(-0.6, max(axis.labels, default=0) + 0.6)


def draw_engines(ax: Axes, runs: pd.DataFrame, axis: HistoryAxis, value: str, engines: Sequence[str]) -> None:
    """Each engine's ``value`` (a %) over its runs that are not broken, the latest run per place kept.

    Engines are set apart by a small fraction of a commit's width so markers at one place stay visible.
    """
    spread = min(0.5 / max(len(engines) - 1, 1), 0.12) * axis.step
    for index, engine in enumerate(engines):
        mine = runs[(runs["engine"] == engine) & ~runs["broken"] & runs[value].notna()]
        if mine.empty:
            continue
        placed = mine.assign(place=axis.positions.loc[mine["run_id"]].to_numpy()).sort_values("run_id")
        latest = placed.groupby("place", sort=True).tail(1).sort_values("place")
        offset = (index - (len(engines) - 1) / 2) * spread
        xs = list(latest["place"])
        if axis.kind == "time":
            xs = [mdates.date2num(moment) + offset for moment in xs]
            offset = 0.0
        draw_line(ax, Series(engine, xs, [float(v) for v in latest[value]]), index, offset=offset,
                  label=f"{engine} ({float(latest[value].iloc[-1]):.1f}%)")


def _draw_broken(ax: Axes, runs: pd.DataFrame, axis: HistoryAxis) -> None:
    broken = runs[runs["broken"]]
    if broken.empty:
        return
    xs = list(axis.positions.loc[broken["run_id"]])
    if axis.kind == "time":
        xs = [mdates.date2num(moment) for moment in xs]
    ax.scatter(xs, [0] * len(broken), marker="x", color=BROKEN_COLOR, s=40, zorder=3,
               label=f"broken run ({len(broken)}): every file errored or failed alike")


def pass_rate_history(runs: pd.DataFrame, *, title: str = "Pass rate over time, per engine") -> Figure:
    """Records passed (%) above files passed (%), one series per engine, broken runs marked apart.

    ``runs`` has one row per run: run_id, started_at, engine, git_commit, records_pct, files_pct and
    broken (see ``vibesql_magic.slt.summaries.runs``).
    """
    engines = sorted(runs["engine"].dropna().unique())
    axis = history_axis(runs)
    figure, axes = new_figure(10.0, 6.4, 2, 1, sharex=True)
    panels = [("records_pct", "records passed (%)", "of the records each run executed"),
              ("files_pct", "files passed (%)", "a file passes when all its records pass")]
    for ax, (column, label, note) in zip(axes[:, 0], panels, strict=True):
        draw_engines(ax, runs, axis, column, engines)
        _draw_broken(ax, runs, axis)
        ax.set_ylabel(label)
        ax.set_ylim(-4, 104)
        ax.grid(True, alpha=0.3)
        ax.set_title(note, fontsize=9, loc="left", color="0.3")
        if runs[column].notna().sum() == 0:
            ax.text(0.5, 0.5, "these results have no record counts", transform=ax.transAxes, ha="center",
                    color="0.4")
        elif ax.get_legend_handles_labels()[0]:
            ax.legend(title="engine (latest)", fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    _place_x(axes[1, 0], axis)
    axes[1, 0].set_xlabel(axis.title)
    figure.suptitle(title)
    figure.tight_layout()
    return figure


def category_history(frame: pd.DataFrame, runs: pd.DataFrame, value: str = "records_pct", *,
                     title: str = "Pass rate over time per category, every engine") -> Figure:
    """Small multiples, one panel per category, each engine a series over the runs.

    ``frame`` has one row per run and category (run_id, category, records_pct, files_pct); ``runs`` is
    the frame of ``pass_rate_history``, which gives every run its engine, place and brokenness.
    """
    axis = history_axis(runs)
    engines = sorted(runs["engine"].dropna().unique())
    categories = sorted(frame["category"].dropna().unique())
    columns = min(3, max(1, len(categories)))
    rows = max(1, math.ceil(len(categories) / columns))
    figure, axes = new_figure(4.2 * columns + 1.8, 2.9 * rows + 0.8, rows, columns, sharex=True, sharey=True)
    context = runs.set_index("run_id")[["engine", "broken"]]
    for index, ax in enumerate(axes.flat):
        if index >= len(categories):
            ax.set_visible(False)
            continue
        mine = frame[frame["category"] == categories[index]].join(context, on="run_id", how="inner")
        draw_engines(ax, mine, axis, value, engines)
        ax.set_title(categories[index], fontsize=10)
        ax.set_ylim(-4, 104)
        ax.grid(True, alpha=0.3)
        _place_x(ax, axis)
    handles, labels = _engine_handles(axes, engines)
    if handles:
        figure.legend(handles, labels, title="engine", fontsize=8, loc="center right")
    figure.suptitle(title)
    figure.supxlabel(axis.title, fontsize=9)
    figure.supylabel("records passed (%)" if value == "records_pct" else "files passed (%)")
    figure.tight_layout(rect=(0, 0, 1 - 1.5 / (4.2 * columns + 1.8), 1))
    return figure


def _engine_handles(axes: np.ndarray, engines: Sequence[str]) -> tuple[list[Any], list[str]]:
    """One legend entry per engine drawn in any panel (panel labels carry values; the legend only names)."""
    found: dict[str, Any] = {}
    for ax in axes.flat:
        for handle, label in zip(*ax.get_legend_handles_labels(), strict=True):
            found.setdefault(label.split(" (")[0], handle)
    names = [engine for engine in engines if engine in found]
    return [found[name] for name in names], names


# -- one moment: engines side by side -------------------------------------------------------------


def category_matrix(frame: pd.DataFrame, value: str = "records_pct", *, title: str | None = None) -> Figure:
    """A heatmap of categories (rows) by engines (columns), each cell the pass percentage written in it.

    ``frame`` has one row per category and engine (see ``vibesql_magic.slt.summaries.latest_categories``);
    a category an engine did not run is left blank.
    """
    grid = frame.pivot_table(index="category", columns="engine", values=value, aggfunc="first")
    grid = grid.sort_index().reindex(columns=sorted(grid.columns))
    rows, columns = grid.shape
    figure, axes = new_figure(max(5.0, 1.1 * columns + 3.2), max(2.6, 0.45 * rows + 1.8))
    ax = axes[0, 0]
    data = grid.astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    image = ax.imshow(np.ma.masked_invalid(data), cmap="RdYlGn", vmin=0, vmax=100, aspect="auto")
    for (row, column), cell in np.ndenumerate(data):
        text = "–" if math.isnan(cell) else f"{cell:.1f}"
        ax.text(column, row, text, ha="center", va="center", fontsize=8,
                color="black" if math.isnan(cell) or 25 < cell < 85 else "white")
    ax.set_xticks(range(columns), [wrap_label(str(name), 14) for name in grid.columns], fontsize=8,
                  rotation=30 if columns > 6 else 0, ha="right" if columns > 6 else "center")
    ax.set_yticks(range(rows), [str(name) for name in grid.index], fontsize=8)
    ax.set_xlabel("engine")
    ax.set_ylabel("category")
    bar = figure.colorbar(image, ax=ax, fraction=0.05)
    what = "records" if value == "records_pct" else "files"
    bar.set_label(f"{what} passed (%)")
    ax.set_title(title or f"{what.capitalize()} passed per category and engine (latest run of each engine)",
                 fontsize=10)
    figure.tight_layout()
    return figure


def failures_by_file(frame: pd.DataFrame, *, top: int = 12,
                     title: str = "Files that fail most often, per engine") -> Figure:
    """Horizontal bars of failing runs per file, one panel per engine (its ``top`` files, most first).

    ``frame`` has engine, file_path and failures columns (see ``vibesql_magic.slt.summaries.failing_files``).
    """
    engines = sorted(frame["engine"].dropna().unique())
    if not engines:
        figure, axes = new_figure(6.0, 1.6)
        axes[0, 0].axis("off")
        axes[0, 0].text(0.5, 0.5, "no failing files", ha="center", va="center")
        axes[0, 0].set_title(title)
        return figure
    tops = [frame[frame["engine"] == engine].sort_values(["failures", "file_path"], ascending=[False, True])
            .head(top) for engine in engines]
    heights = [0.8 + 0.32 * len(rows) for rows in tops]
    figure, axes = new_figure(8.0, sum(heights) + 0.6, len(engines), 1, height_ratios=heights)
    for index, (ax, engine, rows) in enumerate(zip(axes[:, 0], engines, tops, strict=True)):
        labels = [wrap_label(path, 40) for path in rows["file_path"]]
        ax.barh(range(len(rows)), list(rows["failures"]), color=f"C{index % 10}")
        ax.set_yticks(range(len(rows)), labels, fontsize=7)
        ax.invert_yaxis()
        ax.xaxis.set_major_locator(ticker.MaxNLocator(integer=True))
        failing = len(frame[frame["engine"] == engine])
        runs = int(rows["runs"].max()) if "runs" in rows and not rows["runs"].isna().all() else None
        ax.set_title(f"{engine}: {_counted(failing, 'failing file')}"
                     + (f" over {_counted(runs, 'run')}" if runs else "")
                     + (f", the {top} that fail most shown" if failing > top else ""), fontsize=9, loc="left")
        if runs:
            ax.set_xlim(0, runs)  # a bar across the panel: the file failed in every run of its engine
        ax.grid(True, axis="x", alpha=0.3)
    axes[-1, 0].set_xlabel("runs in which the file failed (count)")
    figure.suptitle(title)
    figure.tight_layout(rect=(0, 0, 1, 1 - 0.45 / (sum(heights) + 0.6)))  # room for the title above the panels
    return figure


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


# -- record level: SQL features ---------------------------------------------------------------------


def feature_heatmap(frame: pd.DataFrame, *, top: int = 25, title: str | None = None) -> Figure:
    """A heatmap of SQL features (rows, the most failing first) by run (columns, ``ENGINE run N``).

    ``frame`` is ``vibesql_magic.slt.feature_matrix.feature_matrix``'s. Each cell is the feature's pass
    rate when every run shown kept all its records (``--records all``); otherwise the cells count failing
    records, the colour scale and title say so, and no rate is drawn where none was measured.
    """
    if frame.empty:
        figure, axes = new_figure(6.0, 1.6)
        axes[0, 0].axis("off")
        axes[0, 0].text(0.5, 0.5, "no run kept records", ha="center", va="center")
        return figure
    labelled = frame.assign(column=frame["engine"].fillna("?") + " run " + frame["run_id"].astype(str))
    rates = bool((labelled["kept"] == "all").all())
    value = "pass_pct" if rates else "failing"
    features = list(labelled.groupby("feature")["failing"].sum().sort_values(ascending=False, kind="stable")
                    .index[:top])
    columns = list(dict.fromkeys(labelled.sort_values("run_id")["column"]))
    grid = labelled.pivot_table(index="feature", columns="column", values=value, aggfunc="first")
    grid = grid.reindex(index=features, columns=columns)
    data = grid.astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    rows, width = data.shape
    figure, axes = new_figure(max(5.0, 1.2 * width + 3.6), max(2.6, 0.32 * rows + 1.8))
    ax = axes[0, 0]
    if rates:
        image = ax.imshow(np.ma.masked_invalid(data), cmap="RdYlGn", vmin=0, vmax=100, aspect="auto")
        label, cells = "records passed (%)", [f"{cell:.1f}" for cell in data.flat]
    else:
        image = ax.imshow(np.ma.masked_invalid(data), cmap="Reds", vmin=0, aspect="auto")
        label, cells = "failing records (count)", [f"{cell:.0f}" for cell in data.flat]
    limit = np.nanmax(data) if np.isfinite(data).any() else 0.0
    for (row, column), cell in np.ndenumerate(data):
        text = "–" if math.isnan(cell) else cells[row * width + column]
        dark = not math.isnan(cell) and (cell > 0.6 * limit if not rates else not 25 < cell < 85)
        ax.text(column, row, text, ha="center", va="center", fontsize=7, color="white" if dark else "black")
    ax.set_xticks(range(width), [wrap_label(str(name), 14) for name in grid.columns], fontsize=8,
                  rotation=30 if width > 6 else 0, ha="right" if width > 6 else "center")
    ax.set_yticks(range(rows), features, fontsize=7)
    ax.set_xlabel("run")
    ax.set_ylabel("SQL feature")
    figure.colorbar(image, ax=ax, fraction=0.05).set_label(label)
    default = ("Pass rate per SQL feature and run" if rates else
               "Failing records per SQL feature and run (the runs kept failing records only: no pass rate)")
    ax.set_title(wrap_label(title or default, 70), fontsize=9)
    figure.tight_layout()
    return figure
