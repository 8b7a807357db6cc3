"""Fixtures: the bundled results on each backend, copied once per session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from backends_support import BUNDLED, Backends
from engines_support import missing

import engine
from vibesql_magic.backends import Backend, open_target
from vibesql_magic.backends.copying import copy_database
from vibesql_magic.dumpfiles import EngineDumps
from vibesql_magic.engines import engine_service, parse_engine


@pytest.fixture(scope="session")
def bundled() -> Iterator[Backends]:
    """Our engine on the bundled dump, and DuckDB and sqlite3 holding a copy of it."""
    ours = EngineDumps().open(BUNDLED)
    others = {}
    for target in ("duckdb://", "sqlite://"):
        backend = open_target(target, {})
        copy_database(ours, backend.connection)
        others[target.split(":")[0]] = backend
    yield Backends(ours, (engine.Error,), others)
    ours.close()
    for backend in others.values():
        backend.connection.close()


@pytest.fixture(scope="session")
def postgres(bundled: Backends) -> Iterator[Backend]:
    """A throwaway PostgreSQL cluster holding a copy of the bundled results, reached by a postgresql:// URL."""
    reason = missing("postgres")
    if reason is not None:
        pytest.skip(reason)
    with engine_service(parse_engine("postgres")) as live:
        parts = dict(part.split("=", 1) for part in live.endpoint.split())
        backend = open_target(f"postgresql://{parts['user']}@/{parts['dbname']}?host={parts['host']}"
                              f"&port={parts['port']}", {})
        copy_database(bundled.ours, backend.connection)
        yield backend
        backend.connection.close()
