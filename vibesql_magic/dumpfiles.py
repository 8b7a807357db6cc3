"""Databases kept as dump files: the one protocol the magic's sessions and the runner's results file share.

A `DumpFiles` opens a dump as a DB-API connection and saves a connection back as a dump,
atomically. `EngineDumps` puts our engine behind it; sqlite3 or any other driver that can
read and write SQL dumps can stand there instead. Connections are opened in autocommit
mode (``isolation_level=None``): every statement commits unless the caller says BEGIN.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import engine
from vibesql_magic import record_store

Progress = Callable[[int, int], None]  # progress(done, total) while a dump loads


class DumpFiles(Protocol):
    """How a database kept as a dump is reached: through DB-API connections and dump files, nothing else."""

    #: the exceptions that mean "the database refused this", shown briefly rather than as a traceback
    errors: tuple[type[BaseException], ...]

    def open(self, dump: Path | None, progress: Progress | None = None) -> Any:
        """A new connection in autocommit mode: empty, or holding the dump at ``dump``; ``progress`` may be
        told how far the load has read, if the database can say."""

    def save(self, connection: Any, path: Path) -> None:
        """Write the connection's database to ``path`` as a dump, atomically."""


class EngineDumps:
    """Our engine: ``engine.connect`` loads a dump, ``save_dump`` writes one atomically."""

    errors: tuple[type[BaseException], ...] = (engine.Error,)

    def open(self, dump: Path | None, progress: Progress | None = None) -> Any:
        connection = engine.connect(None, isolation_level=None)
        if dump is not None:
            connection.load_dump(dump, progress)
            record_store.attach_to_results(connection, dump)
        return connection

    def save(self, connection: Any, path: Path) -> None:
        connection.save_dump(str(path))
