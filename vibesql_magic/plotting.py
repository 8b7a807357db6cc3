"""Charts of a result with matplotlib: ``--plot line|bar --x COL --y COL[,COL…] [--by COL]``."""

from __future__ import annotations

from typing import Any

import pandas as pd

from vibesql_magic.errors import VibeSQLError

KINDS = ("line", "bar")


def plot(frame: pd.DataFrame, kind: str, x: str, y: str, by: str | None = None) -> Any:
    """Draw ``y`` against ``x`` on a new figure, one line or bar series per ``by`` value; the Axes.

    Line charts are drawn in ``x`` order (a query may list the newest first); bar charts keep the
    query's row order.
    """
    import matplotlib.pyplot as plt

    ys = [name.strip() for name in y.split(",") if name.strip()]
    missing = [name for name in [x, *ys, *([by] if by else [])] if name not in frame.columns]
    if missing:
        raise VibeSQLError.brief(f"--plot: no column {missing[0]!r} in the result "
                                 f"(columns: {', '.join(map(str, frame.columns))})")
    if by and len(ys) != 1:
        raise VibeSQLError.brief("--plot with --by draws one --y column")
    if by:
        if frame.duplicated([x, by]).any():
            raise VibeSQLError.brief(f"--plot: several rows have the same {x} and {by}; aggregate them in SQL")
        data = frame.pivot(index=x, columns=by, values=ys[0])
    else:
        data = frame.set_index(x)[ys]
    if kind == "line":
        data = data.sort_index()
    try:
        data = data.astype("float64")  # nullable Int64 columns with NA plot as gaps
    except (TypeError, ValueError):
        raise VibeSQLError.brief(f"--plot: --y {y} is not numeric") from None
    _, axes = plt.subplots()
    data.plot(kind=kind, ax=axes, legend=bool(by) or len(ys) > 1)
    axes.set_xlabel(x)
    axes.set_ylabel(ys[0] if len(ys) == 1 else "")
    if by:
        axes.legend(title=by)
    return axes
