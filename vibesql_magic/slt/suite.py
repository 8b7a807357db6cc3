"""Find the script files of a suite and the key each is stored under.

A file's key is its path relative to the corpus root (``index/between/1/slt_good_0.test``),
which is what ``test_files.file_path`` holds and what category/subcategory come from.
The root is ``--root`` when given, else the nearest enclosing directory named
``sqllogictest`` (the corpus's own folder name) or ``$VIBESQL_SLT_CORPUS``, else the
directory given (or a file's own directory).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

SCRIPT_SUFFIXES = (".test", ".slt")
CORPUS_VARIABLE = "VIBESQL_SLT_CORPUS"


class SuiteError(Exception):
    """A path that does not exist or holds no scripts."""


@dataclass(frozen=True, slots=True)
class FileTask:
    """A file to run and the key it is stored under."""

    path: Path
    key: str


def _corpus_root(path: Path) -> Path:
    start = path if path.is_dir() else path.parent
    configured = os.environ.get(CORPUS_VARIABLE)
    marker = Path(configured).resolve() if configured else None
    for candidate in (start, *start.parents):
        if candidate.name == "sqllogictest" or candidate == marker:
            return candidate
    return start


def discover(paths: Sequence[Path | str], root: Path | str | None = None) -> list[FileTask]:
    """Every ``*.test``/``*.slt`` file under the paths (directories recurse), sorted by key."""
    tasks: dict[str, FileTask] = {}
    for given in paths:
        path = Path(given).resolve()
        if not path.exists():
            raise SuiteError(f"no such file or directory: {given}")
        base = Path(root).resolve() if root is not None else _corpus_root(path)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix in SCRIPT_SUFFIXES and p.is_file())
            if not files:
                raise SuiteError(f"no .test or .slt files under {given}")
        else:
            files = [path]
        for file in files:
            try:
                key = file.relative_to(base).as_posix()
            except ValueError:
                raise SuiteError(f"{file} is not under the corpus root {base}") from None
            tasks.setdefault(key, FileTask(file, key))
    return [tasks[key] for key in sorted(tasks)]


def largest_first(tasks: Sequence[FileTask]) -> list[FileTask]:
    """Dispatch order that keeps workers busy to the end: the biggest files first."""
    return sorted(tasks, key=lambda task: task.path.stat().st_size, reverse=True)
