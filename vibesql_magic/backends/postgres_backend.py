"""PostgreSQL as a magic backend: ``postgresql://USER@HOST:PORT/DB`` through psycopg, in autocommit mode.

psycopg reads ``%`` as its parameter marker, so a ``%`` that sqlglot writes (``LIKE 'a%'``) is doubled
and the parameters become ``%s``.
"""

from __future__ import annotations

from vibesql_magic.backends.transpiling import Backend, TranspileError, TranspilingConnection
from vibesql_magic.errors import VibeSQLError


def open_postgres(target: str) -> Backend:
    """Connect to the server ``target`` names."""
    try:
        import psycopg
    except ImportError:
        raise VibeSQLError.brief(f"--connect {target}: psycopg is not installed; pip install 'psycopg[binary]'"
                                 ) from None
    try:
        raw = psycopg.connect(target, autocommit=True)
    except psycopg.Error as error:
        first = " ".join(str(error).split())
        raise VibeSQLError.brief(f"--connect {target}: cannot connect ({first}); check the URL and that the "
                                 "server runs") from None
    connection = TranspilingConnection(raw, "postgres", marker="%s", rewrite=lambda text: text.replace("%", "%%"))
    return Backend(target, connection, (psycopg.Error, TranspileError))
