"""A progress bar for loading large dumps.

The engine tells how much of the dump's text it has read, so the bar shows a percentage and an
estimate of the time left; a database that cannot say shows the file's size and the time elapsed.
Either way the bar keeps ticking while the load runs (in the main thread, so Ctrl-C stops it).
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

TICK_SECONDS = 0.5


def format_size(size: int) -> str:
    """A byte count for people: '64.0 MB'."""
    value, unit = float(size), "bytes"
    for bigger in ("kB", "MB", "GB"):
        if value < 1000:
            break
        value, unit = value / 1000, bigger
    return f"{size} bytes" if unit == "bytes" else f"{value:.1f} {unit}"


def with_progress(path: Path, load: Callable[[Callable[[int, int], None] | None], T], *, threshold: int) -> T:
    """Run ``load(progress)`` under a bar labelled with the file's size, if the file has ``threshold`` bytes."""
    size = path.stat().st_size
    if size < threshold:
        return load(None)
    with warnings.catch_warnings():
        # without ipywidgets, tqdm.auto warns once and falls back to its text bar, which serves as well
        warnings.simplefilter("ignore")
        from tqdm.auto import tqdm
    done = threading.Event()
    with tqdm(total=None, desc=f"Loading {path.name} ({format_size(size)})", bar_format="{desc}: {elapsed}",
              leave=False) as bar:

        def report(read: int, total: int) -> None:
            with bar.get_lock():
                if bar.total != total:  # the first report: from here on the bar can show a share
                    bar.total = total
                    bar.bar_format = "{desc}: {percentage:3.0f}%|{bar}| {elapsed}<{remaining}"
                bar.n = read
                bar.refresh()

        def tick() -> None:
            while not done.wait(TICK_SECONDS):
                with bar.get_lock():
                    bar.refresh()

        ticker = threading.Thread(target=tick, name="vibesql-load-progress", daemon=True)
        ticker.start()
        try:
            return load(report)
        finally:
            done.set()
            ticker.join()
