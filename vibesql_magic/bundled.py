"""Where the bundled conformance results live: ``notebooks/data/conformance.sql`` of the repository.

The magic falls back to them when nothing is loaded; the runner names them when no results database
is found. They are looked for from the working directory (the repository, or ``notebooks/`` where a
notebook runs) and then beside the package source (an editable install).
"""

from __future__ import annotations

from pathlib import Path

BUNDLED_DUMP = Path("notebooks") / "data" / "conformance.sql"


def candidates() -> list[Path]:
    """The places looked at, in order."""
    return [BUNDLED_DUMP, Path("data") / "conformance.sql", Path(__file__).resolve().parents[1] / BUNDLED_DUMP]


def bundled_dump() -> Path | None:
    """The bundled results dump, or None when this installation has none."""
    return next((candidate for candidate in candidates() if candidate.is_file()), None)
