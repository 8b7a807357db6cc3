"""What names an engine under test across processes, and what opening one gives back.

An :class:`EngineSpec` is plain data: the parent parses it from the command line, a
server engine's service adds where it listens (``endpoint``), and each worker process
turns it into an :class:`OpenedEngine`. Engine packages are imported only there, in
the worker (chDB hangs when imported before a fork; a missing package must fail as a
one-line message, not when the runner itself is imported).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from types import ModuleType
from typing import Any

EXTRA = "vibesql-magic[engines]"


class EngineError(Exception):
    """The engine cannot be loaded, is named wrongly, or cannot run here."""


class EngineMissing(EngineError):
    """The engine's package (or program) is not installed; the message says how to install it."""


@dataclass(frozen=True, slots=True)
class EngineSpec:
    """Which engine to test, the name its ``skipif``/``onlyif`` guards use, and where it lives."""

    name: str
    dialect: str
    import_path: str | None = None
    """A directory that goes first on ``sys.path`` (``history`` runs an old commit's engine)."""
    endpoint: str | None = None
    """Where a server engine listens (a libpq conninfo for PostgreSQL), set by its service."""


@dataclass(frozen=True, slots=True)
class OpenedEngine:
    """A zero-argument factory of fresh, empty databases (DB-API connections), and what it is."""

    connect: Callable[[], Any]
    name: str
    version: str | None


def require(module: str, package: str, engine: str) -> ModuleType:
    """Import an engine's module, or fail with one line naming the ``pip install`` that brings it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        if exc.name is not None and module.split(".")[0] != exc.name.split(".")[0]:
            raise EngineError(f"cannot import {module} for engine {engine}: {exc}") from exc
        raise EngineMissing(f"engine {engine} needs the {package} package: pip install '{package}' "
                            f"(or pip install '{EXTRA}')") from exc
    except Exception as exc:  # a broken native extension may fail in any way on import
        raise EngineError(f"cannot import {module} for engine {engine}: {exc.__class__.__name__}: {exc}"
                          ) from exc


def distribution_version(distribution: str) -> str | None:
    """An installed distribution's version (many engine modules have no ``__version__``)."""
    try:
        return version(distribution)
    except PackageNotFoundError:
        return None


def versions(engine: str | None, package: str, package_version: str | None) -> str | None:
    """``3.54.1 (apsw 3.54.1.0)``: the engine's own version, and its package's when that differs."""
    if engine is None:
        return package_version
    if package_version is None or package_version == engine:
        return engine
    return f"{engine} ({package} {package_version})"


@dataclass(frozen=True, slots=True)
class Adapter:
    """How the runner reaches one named engine (``--engine NAME``)."""

    name: str
    title: str
    """What the engine is called in reports: ``SQLite (apsw)``, ``PostgreSQL``."""
    dialect: str
    """The skipif/onlyif name its runs use unless ``--as`` says otherwise."""
    sqlite_family: bool
    """Whether it means to answer as SQLite does (oracle voting tells dialects from bugs by it)."""
    open: Callable[[EngineSpec], OpenedEngine]
    service: Callable[[EngineSpec], AbstractContextManager[EngineSpec]] | None = None
    """For a server engine: start it for a run, yield the spec with its endpoint, stop it after."""
    package: str | None = None
    """The pip requirement that installs it (None: nothing to install)."""
