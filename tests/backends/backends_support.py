"""Helpers of the backend tests: where the bundled dump is, and comparing DataFrames across backends."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from vibesql_magic.backends import Backend

BUNDLED = Path(__file__).resolve().parents[2] / "notebooks" / "data" / "conformance.sql"


@dataclass
class Backends:
    ours: Any
    ours_errors: tuple[type[BaseException], ...]
    others: dict[str, Backend]


def values(frame: pd.DataFrame) -> list[tuple]:
    """A frame's cells as plain Python values: what a reader of the notebook sees, whatever the dtype."""
    def plain(value: Any) -> Any:
        if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value):
            return None
        if isinstance(value, pd.Timestamp):
            return value.isoformat(sep=" ")
        if hasattr(value, "item"):
            return value.item()
        return value

    return [tuple(plain(value) for value in row) for row in frame.astype(object).itertuples(index=False)]
