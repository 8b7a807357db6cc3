"""Engines under test: how to open a fresh DB-API connection, their skipif/onlyif names, versions.

An :class:`EngineSpec` is plain data (it crosses process boundaries); workers turn it
into a connection factory with :func:`connection_factory`. ``import_path`` puts a
directory first on ``sys.path`` before anything is imported, which is how ``history``
runs the engine of an old commit from its worktree.
"""

from __future__ import annotations

import importlib
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BUILTIN_ENGINES = ("vibesql", "sqlite", "duckdb")


class EngineError(Exception):
    """The engine cannot be loaded or is named wrongly."""


@dataclass(frozen=True, slots=True)
class EngineSpec:
    """Which engine to test, and the name its ``skipif``/``onlyif`` guards use."""

    name: str
    dialect: str
    import_path: str | None = None


def parse_engine(text: str, dialect: str | None = None, import_path: str | None = None) -> EngineSpec:
    """Validate an ``--engine`` value and work out its skipif/onlyif name (``--as``).

    Our engine and sqlite3 answer to ``sqlite`` (the corpus is SQLite's); duckdb to
    ``duckdb``; a ``MODULE:CALLABLE`` driver to its top-level package name.
    """
    if text in BUILTIN_ENGINES:
        default = "duckdb" if text == "duckdb" else "sqlite"
    else:
        module, _, attribute = text.partition(":")
        if not module or not attribute or not all(
            part.isidentifier() for part in (*module.split("."), *attribute.split("."))
        ):
            raise EngineError(f"unknown engine {text!r}: use vibesql, sqlite, duckdb or MODULE:CALLABLE")
        default = module.split(".")[0]
    return EngineSpec(text, (dialect or default).lower(), import_path)


def _use_import_path(path: str | None) -> None:
    """Make ``path`` win imports, forgetting any engine module imported from elsewhere."""
    if path is None or (sys.path and sys.path[0] == path):
        return
    sys.path.insert(0, path)
    # An editable install's finder would resolve engine.<module> to the working copy when the old
    # commit lacks that module, mixing two versions of the engine: only sys.path may answer.
    sys.meta_path[:] = [finder for finder in sys.meta_path
                        if not str(getattr(finder, "__module__", "")).startswith("__editable__")]
    for name in [name for name in sys.modules if name == "engine" or name.startswith("engine.")]:
        del sys.modules[name]
    importlib.invalidate_caches()


def _load_callable(target: str) -> Callable[[], Any]:
    module_name, _, attribute = target.partition(":")
    try:
        value: Any = importlib.import_module(module_name)
        for part in attribute.split("."):
            value = getattr(value, part)
    except (ImportError, AttributeError) as exc:
        raise EngineError(f"cannot load {target}: {exc}") from exc
    if not callable(value):
        raise EngineError(f"{target} is not callable")
    return value


def connection_factory(spec: EngineSpec) -> tuple[Callable[[], Any], str | None]:
    """A zero-argument callable that opens a fresh, empty database, and the engine's version."""
    _use_import_path(spec.import_path)
    if spec.name == "sqlite":
        return (lambda: sqlite3.connect(":memory:", isolation_level=None)), sqlite3.sqlite_version
    try:
        if spec.name == "vibesql":
            engine = _from_import_path(importlib.import_module("engine"), spec.import_path)
            return (lambda: engine.connect(None)), _version_of(engine, "vibesql-magic")
        if spec.name == "duckdb":
            duckdb = importlib.import_module("duckdb")
            return (lambda: duckdb.connect(":memory:")), getattr(duckdb, "__version__", None)
    except EngineError:
        raise
    except Exception as exc:  # an engine under development may fail in any way on import
        raise EngineError(f"cannot import engine {spec.name}: {exc.__class__.__name__}: {exc}") from exc
    factory = _load_callable(spec.name)
    module = _from_import_path(sys.modules[spec.name.partition(":")[0]], spec.import_path)
    return factory, _version_of(module, None)


def _from_import_path(module: Any, import_path: str | None) -> Any:
    """Refuse a module found elsewhere than ``import_path`` (an old commit without the engine)."""
    origin = getattr(module, "__file__", None)
    if import_path is not None and (origin is None or not Path(origin).resolve().is_relative_to(
            Path(import_path).resolve())):
        raise EngineError(f"{module.__name__} is not in {import_path}")
    return module


def _version_of(module: Any, distribution: str | None) -> str | None:
    """A module's ``__version__``, its top-level package's, or an installed distribution's."""
    for candidate in (module, sys.modules.get(module.__name__.split(".")[0])):
        version = getattr(candidate, "__version__", None)
        if isinstance(version, str):
            return version
    if distribution is None:
        return None
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return None
