"""Find the script files of a suite and the key each is stored under.

A file's key is its identity: its path relative to the corpus root
(``index/between/1/slt_good_0.test``), which is what ``test_files.file_path`` holds and what
category/subcategory come from. Two different files never get one key. The root is, in order:

1. ``--root DIR`` when given;
2. the corpus folder every given path lies in: the nearest enclosing folder named ``test``
   (SQLite's own repository layout) or ``sqllogictest`` (the corpus's folder name), or
   ``$VIBESQL_SLT_CORPUS`` — when all the given paths agree on one;
3. otherwise the deepest folder that holds every given path (a directory counts as itself,
   a file as the folder it is in), so ``A/index/delete/10/slt_good_2.test`` and
   ``A/index/random/1000/slt_good_2.test`` given one by one stay apart.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

SCRIPT_SUFFIXES = (".test", ".slt")
CORPUS_VARIABLE = "VIBESQL_SLT_CORPUS"
CORPUS_FOLDER_NAMES = ("test", "sqllogictest")


class SuiteError(Exception):
    """A path that does not exist or holds no scripts."""


@dataclass(frozen=True, slots=True)
class FileTask:
    """A file to run and the key it is stored under."""

    path: Path
    key: str


def _folder_of(path: Path) -> Path:
    return path if path.is_dir() else path.parent


def _corpus_folder(path: Path) -> Path | None:
    """The nearest folder enclosing ``path`` that is a corpus root by name or by $VIBESQL_SLT_CORPUS."""
    configured = os.environ.get(CORPUS_VARIABLE)
    marker = Path(configured).resolve() if configured else None
    start = _folder_of(path)
    for candidate in (start, *start.parents):
        if candidate.name in CORPUS_FOLDER_NAMES or candidate == marker:
            return candidate
    return None


def corpus_root(paths: Sequence[Path]) -> Path:
    """The folder keys are relative to, for these resolved paths when no ``--root`` is given (see above)."""
    folders = {_corpus_folder(path) for path in paths}
    if len(folders) == 1 and None not in folders:
        return folders.pop()  # type: ignore[return-value]
    return Path(os.path.commonpath([_folder_of(path) for path in paths]))


def discover(paths: Sequence[Path | str], root: Path | str | None = None) -> list[FileTask]:
    """Every ``*.test``/``*.slt`` file under the paths (directories recurse), sorted by key."""
    resolved = []
    for given in paths:
        path = Path(given).resolve()
        if not path.exists():
            raise SuiteError(f"no such file or directory: {given}")
        resolved.append((given, path))
    if not resolved:
        return []
    base = Path(root).resolve() if root is not None else corpus_root([path for _, path in resolved])
    tasks: dict[str, FileTask] = {}
    for given, path in resolved:
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
