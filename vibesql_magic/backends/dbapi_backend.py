"""A notebook variable holding a DB-API connection as a magic backend: ``%vibesql --connect conn``.

The dialect comes from the connection's module (sqlite3, duckdb, psycopg); others are sent SQL
unchanged, with qmark parameters, and their module's ``Error`` is what the magic shows briefly.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping

from vibesql_magic.backends.transpiling import Backend, TranspileError, TranspilingConnection
from vibesql_magic.errors import VibeSQLError

_DIALECTS = {"sqlite3": "sqlite", "duckdb": "duckdb", "psycopg": "postgres", "apsw": "sqlite"}


def open_variable(name: str, namespace: Mapping[str, object]) -> Backend:
    """The connection in the notebook variable ``name``."""
    if name not in namespace:
        raise VibeSQLError.brief(f"--connect {name}: the notebook has no variable {name!r}; assign a DB-API "
                                 "connection to it first, or give a URL such as duckdb:///PATH")
    raw = namespace[name]
    if not callable(getattr(raw, "cursor", None)):
        raise VibeSQLError.brief(f"--connect {name}: {name!r} holds a {type(raw).__name__}, not a DB-API "
                                 "connection (it has no cursor())")
    package = type(raw).__module__.split(".")[0]
    module = sys.modules.get(package)
    error = getattr(module, "Error", None)
    errors = (error,) if isinstance(error, type) and issubclass(error, BaseException) else (Exception,)
    dialect = _DIALECTS.get(package)
    connection = (TranspilingConnection(raw, dialect, marker="%s", rewrite=lambda text: text.replace("%", "%%"),
                                        owned=False)
                  if dialect == "postgres" else TranspilingConnection(raw, dialect, owned=False))
    return Backend(name, connection, (*errors, TranspileError))
