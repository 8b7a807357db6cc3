"""Rendering the magic's DataFrames with at most ``VibeSQL.displaylimit`` rows.

The limit is applied when IPython renders a frame the magic returned (pandas shows the first and last
rows and the frame's size), never to the frame itself: ``-o`` variables and return values keep every
fetched row. Other DataFrames render exactly as before.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from typing import Any

import pandas as pd

from vibesql_magic.config import VibeSQL

_FORMATS = ("text/html", "text/plain")


class ResultDisplay:
    """Type printers for DataFrames in IPython's display formatter, limiting only the frames it tracks."""

    def __init__(self, shell: Any, config: VibeSQL) -> None:
        self.shell = shell
        self.config = config
        self._frames: weakref.WeakValueDictionary[int, pd.DataFrame] = weakref.WeakValueDictionary()
        self._limits: dict[int, int] = {}  # frames shown with a limit of their own (compact under a chart)
        self._previous: dict[str, Callable | None] = {}

    def track(self, frame: pd.DataFrame, limit: int | None = None) -> pd.DataFrame:
        """Mark a frame as the magic's result, rendered with the display limit (or ``limit`` rows); returns it."""
        self._frames[id(frame)] = frame
        if limit is None:
            self._limits.pop(id(frame), None)
        else:
            self._limits[id(frame)] = limit
            weakref.finalize(frame, self._limits.pop, id(frame), None)
        return frame

    def install(self) -> None:
        formatters = self.shell.display_formatter.formatters
        self._previous["text/html"] = formatters["text/html"].for_type(pd.DataFrame, self._html)
        self._previous["text/plain"] = formatters["text/plain"].for_type(pd.DataFrame, self._plain)

    def uninstall(self) -> None:
        formatters = self.shell.display_formatter.formatters
        for mime in _FORMATS:
            previous = self._previous.pop(mime, None)
            if previous is None:
                formatters[mime].pop(pd.DataFrame, None)
            else:
                formatters[mime].for_type(pd.DataFrame, previous)

    def _limited(self, frame: pd.DataFrame) -> AbstractContextManager:
        """pandas display options for this frame: the row limit for the magic's frames, nothing for others."""
        if self._frames.get(id(frame)) is not frame:
            return nullcontext()
        limit = self._limits.get(id(frame), self.config.displaylimit)
        limit = limit if limit > 0 else None  # 0: every row
        return pd.option_context("display.max_rows", limit, "display.min_rows", limit)

    def _html(self, frame: pd.DataFrame) -> str | None:
        previous = self._previous.get("text/html")
        with self._limited(frame):
            return previous(frame) if previous else frame._repr_html_()

    def _plain(self, frame: pd.DataFrame, printer: Any, cycle: bool) -> None:
        previous = self._previous.get("text/plain")
        with self._limited(frame):
            if previous:
                previous(frame, printer, cycle)
            else:
                printer.text(repr(frame))
