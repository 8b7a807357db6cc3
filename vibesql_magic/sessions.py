"""Named databases of a notebook: load a dump, switch, start empty, save, reload a changed dump.

The session layer only knows a `vibesql_magic.dumpfiles.DumpFiles`: how to open a dump as a DB-API
connection and save one back, our engine's by default. Connections are in autocommit mode: every
statement commits unless the user says BEGIN, and then nothing commits until their COMMIT, across
statements and cells, as in a SQL console.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vibesql_magic import bundled
from vibesql_magic.dumpfiles import DumpFiles
from vibesql_magic.errors import VibeSQLError

DUMP_VARIABLE = "VIBESQL_DUMP"
BACKEND_VARIABLE = "VIBESQL_BACKEND"


@dataclass
class Session:
    """One named database and the dump file it came from or was last saved to."""

    name: str
    connection: Any
    source: Path | None = None
    stamp: tuple[int, int] | None = None  # (mtime_ns, size) of source when last read or written
    registered: set[str] = field(default_factory=set)  # tables loaded from DataFrames by --register
    errors: tuple[type[BaseException], ...] = ()  # what its driver raises when it refuses SQL
    target: str | None = None  # the --connect target of a database that is not ours (None: our engine)


def file_stamp(path: Path) -> tuple[int, int]:
    """What tells that a file changed: its modification time and size."""
    status = path.stat()
    return status.st_mtime_ns, status.st_size


def default_target(connect: str = "", dump: str = "") -> tuple[str, str] | None:
    """The --connect target a first query opens instead of a dump, and where it was named; None: a dump.

    The notebook's own settings come first: VibeSQL.connect, then VibeSQL.dump (a dump, so no target);
    then $VIBESQL_BACKEND, which thus outranks $VIBESQL_DUMP. The variable runs unchanged notebooks on
    another backend: ``VIBESQL_BACKEND=duckdb:///results.duckdb pytest --nbval notebooks``.
    """
    if connect:
        return connect, "VibeSQL.connect"
    chosen = "" if dump else os.environ.get(BACKEND_VARIABLE, "").strip()
    return (chosen, f"${BACKEND_VARIABLE}") if chosen else None


def target_error(target: str, origin: str, message: str) -> VibeSQLError:
    """A default target (``default_target``'s) that cannot be opened: one line naming the setting that chose it,
    what is wrong and what to do, the setting's own way out included."""
    reason = message.removeprefix(f"--connect {target}: ")
    way_out = (f"unset {BACKEND_VARIABLE} to read the dump instead" if origin == f"${BACKEND_VARIABLE}"
               else "%config VibeSQL.connect = '' to read the dump instead")
    return VibeSQLError.brief(f"{origin} names {target!r}, the database the first query opens: {reason} "
                              f"(or {way_out})")


def default_dump(configured: str = "") -> tuple[Path, str | None]:
    """The dump a first query loads and where its name came from (None: the bundled results).

    VibeSQL.dump comes first, then $VIBESQL_DUMP, then the bundled results (``vibesql_magic.bundled``).
    """
    chosen = configured or os.environ.get(DUMP_VARIABLE, "")
    origin = "VibeSQL.dump" if configured else f"${DUMP_VARIABLE}"
    if chosen:
        path = Path(chosen).expanduser()
        if not path.is_file():
            raise VibeSQLError.brief(f"{origin} names {str(path)!r}, which is not a file")
        return path, origin
    found = bundled.bundled_dump()
    if found is not None:
        return found, None
    looked = ", ".join(str(candidate) for candidate in bundled.candidates())
    raise VibeSQLError.brief(
        f"no database is loaded and the bundled results are missing (looked for {looked}); "
        f"load a dump with %vibesql --load PATH, or set {DUMP_VARIABLE}=PATH (or %config VibeSQL.dump = 'PATH')")


class LoadError(VibeSQLError):
    """A dump that could not be loaded, for any reason: missing, unreadable, bad SQL, a violated constraint.

    One class to catch; the driver's own exception, when there is one, is ``error``.
    """

    def __init__(self, message: str, error: BaseException | None = None) -> None:
        super().__init__([f"LoadError: {message}"], message)
        self.error = error


def dump_error(error: BaseException, path: Path) -> LoadError:
    """A dump that failed to load: the driver's message, naming the place in the file once.

    Our engine's messages start with ``path:line:column``; another driver's get the place added.
    """
    message = " ".join((getattr(error, "message", None) or str(error) or type(error).__name__).split())
    if str(path) not in message:
        line, column = getattr(error, "line", None), getattr(error, "column", None)
        place = str(path) if line is None else f"{path}:{line}" + (f":{column}" if column is not None else "")
        message = f"{place}: {message}"
    return LoadError(message, error)


class Sessions:
    """The notebook's databases by name, and which one is current."""

    def __init__(self, factory: DumpFiles,
                 loading: Callable[[Path, Callable[[Callable[[int, int], None] | None], Any]], Any]) -> None:
        self.factory = factory
        # runs every dump load: loading(path, load) calls load(progress), perhaps under a progress bar
        self._loading = loading
        self._sessions: dict[str, Session] = {}
        self._current: str | None = None

    @property
    def current(self) -> Session | None:
        """The current database, if one is loaded yet (never loads one)."""
        return self._sessions.get(self._current) if self._current else None

    def names(self) -> list[str]:
        """The databases' names, in the order they were first loaded or made."""
        return list(self._sessions)

    def get(self, name: str) -> Session:
        """The database called ``name``."""
        try:
            return self._sessions[name]
        except KeyError:
            known = ", ".join(self._sessions) or "none yet"
            raise VibeSQLError.brief(f"no database named {name!r} (loaded: {known})") from None

    def load(self, path: str | Path, name: str | None = None) -> Session:
        """Load a dump as ``name`` (default: the file's stem), replacing a database of that name, and use it."""
        session = self._read(Path(path).expanduser(), name)
        self._add(session)
        self._current = session.name
        return session

    def new(self, name: str) -> Session:
        """Start an empty database called ``name`` and use it."""
        if name in self._sessions:
            raise VibeSQLError.brief(f"a database named {name!r} exists already; switch with %vibesql --use {name}")
        session = Session(name, self.factory.open(None), errors=self.factory.errors)
        self._add(session)
        self._current = name
        return session

    def connect(self, name: str, connection: Any, errors: tuple[type[BaseException], ...], target: str) -> Session:
        """Add a database reached through another driver (``--connect``) as ``name`` and use it."""
        session = Session(name, connection, errors=errors, target=target)
        self._add(session)
        self._current = name
        return session

    @property
    def errors(self) -> tuple[type[BaseException], ...]:
        """What any of the databases' drivers raise when it refuses SQL."""
        found = dict.fromkeys(self.factory.errors)
        for session in self._sessions.values():
            found.update(dict.fromkeys(session.errors))
        return tuple(found)

    def use(self, name: str) -> Session:
        session = self.get(name)
        self._current = name
        return session

    def save(self, session: Session, path: str | Path | None = None) -> Path:
        """Write the database to ``path``, or back to its own file; that file becomes its file."""
        if session.target is not None:
            raise VibeSQLError.brief(f"database {session.name!r} is {session.target}; it keeps its own data, "
                                     "there is no dump to save")
        if path is None and session.source is None:
            raise VibeSQLError.brief(f"database {session.name!r} has no file yet: give one, %vibesql --save PATH")
        self._refuse_in_transaction(session, "saving")
        target = Path(path).expanduser() if path is not None else session.source
        assert target is not None
        self.factory.save(session.connection, target)
        session.source, session.stamp = target, file_stamp(target)
        return target

    def reload(self, session: Session) -> bool:
        """Read the database's dump again if the file changed since it was read or written; whether it did."""
        if session.source is None:
            raise VibeSQLError.brief(f"database {session.name!r} was not loaded from a file; nothing to reload")
        if file_stamp(session.source) == session.stamp:
            return False
        self._refuse_in_transaction(session, "reloading")
        self._add(self._read(session.source, session.name))  # replaces it without switching databases
        return True

    def close(self) -> None:
        """Close every connection (uncommitted changes are discarded, as on any DB-API close)."""
        for session in self._sessions.values():
            session.connection.close()
        self._sessions.clear()
        self._current = None

    def _read(self, path: Path, name: str | None) -> Session:
        if not path.is_file():
            raise LoadError(f"{path}: " + ("is a directory, not a SQL dump" if path.is_dir() else "no such file"))
        stamp = file_stamp(path)  # before reading: a change made during the load shows on the next reload
        try:
            connection = self._loading(path, lambda progress: self.factory.open(path, progress))
        except (OSError, UnicodeError, *self.factory.errors) as error:
            raise dump_error(error, path) from None
        return Session(name or path.stem, connection, path, stamp, errors=self.factory.errors)

    def _add(self, session: Session) -> None:
        """Add a database, closing one of the same name that it replaces."""
        old = self._sessions.get(session.name)
        if old is not None:
            old.connection.close()
        self._sessions[session.name] = session

    @staticmethod
    def _refuse_in_transaction(session: Session, doing: str) -> None:
        if getattr(session.connection, "in_transaction", False):
            raise VibeSQLError.brief(f"a transaction is open in {session.name!r}; COMMIT or ROLLBACK before {doing}")
