"""Our engine, ``engine.connect()``: imported from the working copy or from ``import_path``."""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from types import ModuleType
from typing import Any

from vibesql_magic.engines.dbapi import from_import_path, module_version, use_import_path
from vibesql_magic.engines.spec import Adapter, EngineError, EngineSpec, OpenedEngine, distribution_version


def open_vibesql(spec: EngineSpec) -> OpenedEngine:
    """A fresh in-memory database of our engine per call."""
    use_import_path(spec.import_path)
    try:
        engine = importlib.import_module("engine")
    except Exception as exc:  # an old commit's engine may fail in any way on import
        if isinstance(exc, ModuleNotFoundError) and exc.name == "engine" and spec.import_path is not None:
            # A commit without the engine: the same answer whether an editable install's path or
            # only its finder stood in the way.
            raise EngineError(f"engine is not in {spec.import_path}") from exc
        raise EngineError(f"cannot import engine vibesql: {exc.__class__.__name__}: {exc}") from exc
    engine = from_import_path(engine, spec.import_path)
    return OpenedEngine(_autocommit_connect(engine), "VibeSQL magic",
                        module_version(engine) or distribution_version("vibesql-magic"))


def _autocommit_connect(engine: ModuleType) -> Callable[[], Any]:
    """Fresh connections in autocommit mode, as the sqlite3 engine's (the corpus issues its own BEGIN).

    The default mode opens an implicit transaction at a file's first INSERT that nothing ends: every change
    of the file stays in the undo log, and closing rolls them all back (a quarter of index/delete/1000's
    time). An engine of another repository (``history``) may take no ``isolation_level``."""
    try:
        takes_mode = "isolation_level" in inspect.signature(engine.connect).parameters
    except (TypeError, ValueError):
        takes_mode = False
    if takes_mode:
        return lambda: engine.connect(None, isolation_level=None)
    return lambda: engine.connect(None)


ADAPTER = Adapter("vibesql", "VibeSQL magic (ours)", "sqlite", True, open_vibesql)
