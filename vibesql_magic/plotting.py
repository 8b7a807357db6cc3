"""The magic's ``--plot line|bar --x COL --y COL[,COL…] [--by COL] [--title TEXT]``: draw, then show.

The chart itself comes from ``vibesql_magic.charts``. Showing it depends on where the magic runs: a
notebook shows a figure by itself; terminal IPython opens it in a window when matplotlib has a GUI
backend, and otherwise saves it as a PNG and says where.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

import pandas as pd

from vibesql_magic import charts
from vibesql_magic.errors import VibeSQLError

KINDS = ("line", "bar")
COMPACT_ROWS = 6  # with --plot the table is shown compactly: its first and last three rows and its size


def plot(frame: pd.DataFrame, kind: str, x: str, y: str, by: str | None = None, title: str | None = None) -> Any:
    """Draw ``y`` (one or more comma-separated columns) against ``x``; the Figure."""
    ys = [name.strip() for name in y.split(",") if name.strip()]
    draw = charts.line_chart if kind == "line" else charts.bar_chart
    try:
        return draw(frame, x, ys, by, title=title)
    except charts.ChartError as error:
        raise VibeSQLError.brief(f"--plot: {error}") from None


def in_terminal(shell: Any) -> bool:
    """Whether the magic runs in terminal IPython, where nothing shows a figure unless asked."""
    try:
        from IPython.terminal.interactiveshell import TerminalInteractiveShell
    except ImportError:  # IPython without its terminal front end
        return False
    return isinstance(shell, TerminalInteractiveShell)


def show_in_terminal(figure: Any, shell: Any, directory: Path | None = None) -> Path | None:
    """Open the figure in a window if matplotlib has a GUI backend; else save a PNG and print its path."""
    import matplotlib
    import matplotlib.pyplot as plt
    from matplotlib import backends

    backend = matplotlib.get_backend().lower()
    interactive = backend in {name.lower() for name in backends.backend_registry.list_builtin(
        backends.BackendFilter.INTERACTIVE)}
    if interactive:
        # with IPython's event loop integration (%matplotlib) the window stays live; else show() waits
        plt.show(block=getattr(shell, "active_eventloop", None) is None)
        return None
    folder = directory or Path(tempfile.gettempdir()) / "vibesql-plots"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"plot-{time.strftime('%Y%m%d-%H%M%S')}-{id(figure) % 10_000:04d}.png"
    figure.savefig(path, dpi=110, bbox_inches="tight")
    plt.close(figure)
    print(f"Saved the chart as {path} (matplotlib has no GUI backend here: {matplotlib.get_backend()})")
    return path
