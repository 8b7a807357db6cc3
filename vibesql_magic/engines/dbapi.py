"""Any DB-API driver named ``MODULE:CALLABLE``, and importing from a directory of its own.

``import_path`` puts a directory first on ``sys.path`` before anything is imported,
which is how ``history`` runs the engine of an old commit from its worktree; a module
found anywhere else is refused, so two versions of an engine never mix.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vibesql_magic.engines.spec import EngineError, EngineSpec, OpenedEngine


def is_target(text: str) -> bool:
    """Whether ``text`` has the form ``package.module:attribute.path``."""
    module, _, attribute = text.partition(":")
    return bool(module and attribute) and all(
        part.isidentifier() for part in (*module.split("."), *attribute.split(".")))


def use_import_path(path: str | None) -> None:
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


def from_import_path(module: Any, import_path: str | None) -> Any:
    """Refuse a module found elsewhere than ``import_path`` (an old commit without the engine)."""
    origin = getattr(module, "__file__", None)
    if import_path is not None and (origin is None or not Path(origin).resolve().is_relative_to(
            Path(import_path).resolve())):
        raise EngineError(f"{module.__name__} is not in {import_path}")
    return module


def module_version(module: Any) -> str | None:
    """A module's ``__version__``, or its top-level package's."""
    for candidate in (module, sys.modules.get(module.__name__.split(".")[0])):
        version = getattr(candidate, "__version__", None)
        if isinstance(version, str):
            return version
    return None


def _load_callable(target: str) -> tuple[Callable[[], Any], Any]:
    module_name, _, attribute = target.partition(":")
    try:
        module = importlib.import_module(module_name)
        value: Any = module
        for part in attribute.split("."):
            value = getattr(value, part)
    except (ImportError, AttributeError) as exc:
        raise EngineError(f"cannot load {target}: {exc}") from exc
    except Exception as exc:  # an engine under development may fail in any way on import
        raise EngineError(f"cannot load {target}: {exc.__class__.__name__}: {exc}") from exc
    if not callable(value):
        raise EngineError(f"{target} is not callable")
    return value, module


def open_target(spec: EngineSpec) -> OpenedEngine:
    """``MODULE:CALLABLE``: the callable is the factory; it must return a DB-API connection."""
    use_import_path(spec.import_path)
    factory, module = _load_callable(spec.name)
    module = from_import_path(module, spec.import_path)
    return OpenedEngine(factory, spec.name, module_version(module))
