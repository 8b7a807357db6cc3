"""``vibesql-slt badge -o DIR``: each engine's pass rate as a badge, for a README or a project page.

Per engine, from its latest run that is not broken: ``ENGINE.json``, a shields.io endpoint description
(``https://img.shields.io/endpoint?url=…`` draws it), and ``ENGINE.svg``, the same badge drawn here so it
works offline. The rate is the records passed (%) where the results count records, else files passed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

import pandas as pd

from vibesql_magic.slt.summaries import Overview

_COLORS = ((99.95, "brightgreen", "#44cc11"), (95.0, "green", "#97ca00"), (80.0, "yellowgreen", "#a4a61d"),
           (60.0, "yellow", "#dfb317"), (40.0, "orange", "#fe7d37"), (0.0, "red", "#e05d44"))
_CHARACTER_WIDTH = 6.8  # Verdana at 11 px, on average; close enough for the box around the text


@dataclass(frozen=True)
class Badge:
    """One engine's badge: its label, message and colour (shields.io's name and the hex drawn here)."""

    engine: str
    label: str
    message: str
    color: str
    hex_color: str

    @property
    def slug(self) -> str:
        """The engine's name as a file name."""
        return re.sub(r"[^A-Za-z0-9_.-]+", "-", self.engine).strip("-") or "engine"

    def endpoint(self) -> dict[str, object]:
        """shields.io's endpoint schema (version 1)."""
        return {"schemaVersion": 1, "label": self.label, "message": self.message, "color": self.color}

    def svg(self) -> str:
        """A flat badge: the label on grey, the message on the rate's colour."""
        left = round(len(self.label) * _CHARACTER_WIDTH + 12)
        right = round(len(self.message) * _CHARACTER_WIDTH + 12)
        width = left + right
        label, message = escape(self.label), escape(self.message)
        return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="20" role="img" '
                f'aria-label="{label}: {message}"><title>{label}: {message}</title>'
                f'<rect width="{left}" height="20" fill="#555"/>'
                f'<rect x="{left}" width="{right}" height="20" fill="{self.hex_color}"/>'
                f'<g fill="#fff" text-anchor="middle" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">'
                f'<text x="{left / 2:.1f}" y="14">{label}</text>'
                f'<text x="{left + right / 2:.1f}" y="14">{message}</text></g></svg>\n')


def badges(overview: Overview) -> list[Badge]:
    """A badge per engine with a good run, by engine name."""
    made = []
    for run in overview.latest.itertuples(index=False):
        by_records = not pd.isna(run.records_pct)
        rate = float(run.records_pct if by_records else run.files_pct)
        message = f"{rate:.1f}% {'records' if by_records else 'files'}"
        color, hex_color = next((name, code) for floor, name, code in _COLORS if rate >= floor)
        made.append(Badge(str(run.engine), f"{run.engine} SQLLogicTest", message, color, hex_color))
    return made


def write_badges(overview: Overview, directory: Path) -> list[Path]:
    """Write ENGINE.json and ENGINE.svg for each badge into ``directory``; the files written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for badge in badges(overview):
        endpoint = directory / f"{badge.slug}.json"
        endpoint.write_text(json.dumps(badge.endpoint(), indent=2) + "\n", encoding="utf-8")
        picture = directory / f"{badge.slug}.svg"
        picture.write_text(badge.svg(), encoding="utf-8")
        written += [endpoint, picture]
    return written
