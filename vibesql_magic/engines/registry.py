"""Engine names and their adapters: parse ``--engine``/``--as``, start a server engine, open an engine.

The runner's workers, the benchmarks and anything else that tests an engine go
through these three functions; an engine's package is imported only by
:func:`open_engine`, in the process that will use it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from vibesql_magic.engines import (
    chdb_engine,
    datafusion_engine,
    duckdb_engine,
    glaredb_engine,
    libsql_engine,
    postgres_engine,
    sqlite_engine,
    turso_engine,
    vibesql_engine,
)
from vibesql_magic.engines.dbapi import is_target, open_target
from vibesql_magic.engines.spec import Adapter, EngineError, EngineSpec, OpenedEngine

ADAPTERS: dict[str, Adapter] = {adapter.name: adapter for adapter in (
    vibesql_engine.ADAPTER, sqlite_engine.SQLITE, sqlite_engine.APSW, libsql_engine.ADAPTER, turso_engine.TURSO,
    turso_engine.LIMBO, duckdb_engine.ADAPTER, chdb_engine.ADAPTER, datafusion_engine.ADAPTER,
    glaredb_engine.ADAPTER, postgres_engine.ADAPTER)}
ENGINE_NAMES = tuple(ADAPTERS)
SQLITE_FAMILY = frozenset(name for name, adapter in ADAPTERS.items() if adapter.sqlite_family)
"""Engines that mean to answer as SQLite does."""


def adapter_of(name: str) -> Adapter | None:
    """The named engine's adapter; None for a ``MODULE:CALLABLE`` driver."""
    return ADAPTERS.get(name)


def parse_engine(text: str, dialect: str | None = None, import_path: str | None = None) -> EngineSpec:
    """Validate an ``--engine`` value and work out its skipif/onlyif name (``--as``).

    A named engine answers to its own dialect (``sqlite`` for the SQLite family,
    ``postgresql`` for PostgreSQL, its name otherwise); a ``MODULE:CALLABLE`` driver to its
    top-level package name.
    """
    adapter = ADAPTERS.get(text)
    if adapter is not None:
        default = adapter.dialect
    elif is_target(text):
        default = text.partition(":")[0].split(".")[0]
    else:
        raise EngineError(f"unknown engine {text!r}: use {', '.join(ENGINE_NAMES)} or MODULE:CALLABLE")
    return EngineSpec(text, (dialect or default).lower(), import_path)


@contextlib.contextmanager
def engine_service(spec: EngineSpec) -> Iterator[EngineSpec]:
    """What a server engine needs running while its connections are used (nothing for the others)."""
    adapter = ADAPTERS.get(spec.name)
    if adapter is None or adapter.service is None:
        yield spec
        return
    with adapter.service(spec) as live:
        yield live


def open_engine(spec: EngineSpec) -> OpenedEngine:
    """Import the engine and give its factory of fresh databases, its name and its version."""
    adapter = ADAPTERS.get(spec.name)
    return open_target(spec) if adapter is None else adapter.open(spec)
