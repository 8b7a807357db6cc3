"""The engines under test, each reached through a DB-API connection (or a small honest wrapper).

Three calls make the API that the runner, the benchmarks and the notebooks share:

- :func:`parse_engine` turns ``--engine NAME`` and ``--as DIALECT`` into an
  :class:`EngineSpec`, plain data that crosses process boundaries;
- :func:`engine_service` keeps a server engine (PostgreSQL) running around the work;
- :func:`open_engine`, in the process that will use it, imports the engine and returns
  an :class:`OpenedEngine`: a zero-argument factory of fresh, empty databases, and the
  engine's name and version.

One module per engine or family (``sqlite_engine``: sqlite3 and apsw; ``turso_engine``:
Turso and Limbo; ...), ``wrappers`` for the DB-API shapes they share, ``registry`` for
the names.
"""

from vibesql_magic.engines.registry import (
    ADAPTERS,
    ENGINE_NAMES,
    SQLITE_FAMILY,
    adapter_of,
    engine_service,
    open_engine,
    parse_engine,
)
from vibesql_magic.engines.spec import Adapter, EngineError, EngineMissing, EngineSpec, OpenedEngine

__all__ = ["ADAPTERS", "ENGINE_NAMES", "SQLITE_FAMILY", "Adapter", "EngineError", "EngineMissing", "EngineSpec",
           "OpenedEngine", "adapter_of", "engine_service", "open_engine", "parse_engine"]
