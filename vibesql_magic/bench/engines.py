"""The one place the benchmarks reach the engine adapters (:mod:`vibesql_magic.engines`).

Everything else in :mod:`vibesql_magic.bench` gets connections from :func:`open_engine`,
so when the adapters move (another package, more engines) only this module changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from vibesql_magic.engines import ENGINE_NAMES, EngineError, EngineSpec, parse_engine
from vibesql_magic.engines import open_engine as open_adapter

__all__ = ["Engine", "EngineError", "EngineSpec", "engine_from_spec", "open_engine"]

# Engines written in Python hold the GIL while they work: threads would measure the GIL, not the
# engine, so each connection gets a process of its own. The named adapters other than ours wrap
# C or Rust engines, which release it while a statement runs; a MODULE:CALLABLE driver may be
# either, and a process is honest for both.
_PURE_PYTHON = ("vibesql",)
_SQLGLOT_DIALECTS = {"sqlite": "sqlite", "duckdb": "duckdb", "postgresql": "postgres"}


@dataclass(frozen=True)
class Engine:
    """An engine under benchmark: how to open an empty database, and what to record about it."""

    name: str
    version: str | None
    connect: Callable[[], Any]
    spec: EngineSpec

    @property
    def dialect(self) -> str:
        """sqlglot's name for the SQL the engine speaks (SQLite's unless its adapter says otherwise)."""
        return _SQLGLOT_DIALECTS.get(self.spec.dialect, "sqlite")

    @property
    def concurrency(self) -> str:
        """``threads`` for engines that release the GIL inside a statement, else ``processes``."""
        named = self.name in ENGINE_NAMES
        return "threads" if named and self.name not in _PURE_PYTHON else "processes"


def open_engine(name: str) -> Engine:
    """The engine named like ``--engine`` of ``vibesql-slt``; :class:`EngineError` when it is unknown."""
    return engine_from_spec(parse_engine(name))


def engine_from_spec(spec: EngineSpec) -> Engine:
    """The engine of a spec, e.g. in a worker process (specs are plain data; factories are not picklable)."""
    opened = open_adapter(spec)
    return Engine(spec.name, opened.version, opened.connect, spec)
