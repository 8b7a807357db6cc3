"""The ``%vibesql`` / ``%%vibesql`` magic: a thin shell over sessions, execution, display and plotting."""

from __future__ import annotations

import time
from collections import ChainMap
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd
from IPython.core.error import UsageError
from IPython.core.magic import Magics, line_cell_magic, magics_class, needs_local_scope, no_var_expand
from IPython.core.magic_arguments import argument, magic_arguments, parse_argstring

from vibesql_magic import catalog, dataframes, plotting
from vibesql_magic.arguments import split_options
from vibesql_magic.backends import open_target
from vibesql_magic.completion import SQLCompleter
from vibesql_magic.config import VibeSQL
from vibesql_magic.display import ResultDisplay
from vibesql_magic.dumpfiles import EngineDumps
from vibesql_magic.engines import EngineError
from vibesql_magic.errors import VibeSQLError
from vibesql_magic.execution import run_sql, sent_sql
from vibesql_magic.progress import format_size, with_progress
from vibesql_magic.records import stored
from vibesql_magic.records.diff import DiffError
from vibesql_magic.records.repro import ReproError
from vibesql_magic.sessions import Session, Sessions, default_dump, default_target, target_error


@magics_class
class VibeSQLMagics(Magics):
    """Holds the notebook's databases, settings, result display and completer."""

    def __init__(self, shell: Any, config: VibeSQL) -> None:
        super().__init__(shell)
        self.settings = config
        self.sessions = Sessions(EngineDumps(), self._loading)
        self.display = ResultDisplay(shell, config)
        self.completer = SQLCompleter(shell, self.sessions)
        self._failed_load: Path | None = None  # a --load that failed while no database was current

    @no_var_expand
    @needs_local_scope
    @magic_arguments()
    @argument("-o", "--out", metavar="VAR",
              help="also assign the result DataFrame to the variable VAR (None when no rows come back)")
    @argument("--db", metavar="NAME", help="run on the database NAME, without switching to it")
    @argument("--limit", type=int, metavar="N",
              help="fetch at most N rows and say when more exist (0: all; default: VibeSQL.autolimit)")
    @argument("--load", metavar="PATH", help="load a SQL dump and switch to it")
    @argument("--connect", metavar="TARGET",
              help="use another database and switch to it: duckdb:///PATH, duckdb://, sqlite:///PATH, "
                   "postgresql://…, or a variable holding a DB-API connection; SQLite's dialect is transpiled")
    @argument("--no-transpile", action="store_true",
              help="on a --connect database: send the SQL as written, in the database's own dialect")
    @argument("--name", metavar="NAME",
              help="with --load or --connect: the database's name (default: the file's stem, the target)")
    @argument("--use", metavar="NAME", help="switch to the loaded database NAME")
    @argument("--new", metavar="NAME", help="start an empty database NAME and switch to it")
    @argument("--save", nargs="?", const="", metavar="PATH",
              help="after the SQL, write the database atomically to PATH (default: the file it came from)")
    @argument("--reload", action="store_true", help="read the database's dump again if the file changed")
    @argument("--register", metavar="NAME", help="keep the DataFrame variable NAME as a table NAME")
    @argument("--tables", action="store_true", help="list the tables and views with their row counts")
    @argument("--all", action="store_true", help="with --tables: list internal tables too (schema_version)")
    @argument("--connection", action="store_true",
              help="return the database's DB-API connection (for libraries, e.g. vibesql_magic.slt.summaries)")
    @argument("--describe", metavar="TABLE", help="the columns, types, constraints and row count of TABLE")
    @argument("--explain", action="store_true", help="show the query plan instead of running the SQL")
    @argument("--repro", metavar="FILE:LINE",
              help="print the record starting at LINE of the .test FILE as a self-contained SQL script, with the "
                   "actual result record_results stored for it (-o VAR keeps the script's text)")
    @argument("--diff", metavar="FILE:LINE",
              help="the missing, extra and changed rows of a stored failing query, as a DataFrame")
    @argument("--run", type=int, metavar="N",
              help="with --repro or --diff: the run whose record to use (default: the latest that failed it)")
    @argument("--minimize", action="store_true",
              help="with --repro: delta-debug the script against the run's engine, with sqlite3 as the oracle")
    @argument("--plot", choices=plotting.KINDS, help="draw the result as a line or bar chart")
    @argument("--x", metavar="COL", help="with --plot: the column along the x axis")
    @argument("--y", metavar="COL[,COL]", help="with --plot: the column(s) to draw")
    @argument("--by", metavar="COL", help="with --plot: one line or bar series per value of COL")
    @argument("--title", metavar="TEXT", help="with --plot: the chart's title (default: what it shows)")
    @line_cell_magic
    def vibesql(self, line: str, cell: str | None = None, local_ns: Mapping[str, Any] | None = None
                ) -> pd.DataFrame | None:
        """Run SQL on the current database and return the result as a pandas DataFrame.

        Line form: ``df = %vibesql SELECT …``. Cell form: ``%%vibesql [options]`` with one or more
        statements in the cell; they run in order and the last result set is returned.
        ``:name`` in the SQL binds the notebook variable ``name`` as a parameter. A DataFrame variable
        can be queried by name where a table goes. With nothing loaded, the first query loads the
        bundled conformance results ($VIBESQL_DUMP or VibeSQL.dump choose another dump; VibeSQL.connect or
        $VIBESQL_BACKEND another database).
        """
        options_text, sql = split_options(self.vibesql.parser, line)
        if cell is not None:
            if sql:
                raise UsageError("the %%vibesql line takes options only; put the SQL in the cell")
            sql = cell
        options = parse_argstring(self.vibesql, options_text)
        _check(options)
        namespace: Mapping[str, Any] = self.shell.user_ns
        if local_ns is not None and local_ns is not namespace:
            namespace = ChainMap(dict(local_ns), self.shell.user_ns)
        try:
            return self._run(options, sql, namespace, first_line=1 if cell is None else 2)
        except (OSError, *self.sessions.errors) as error:
            raise VibeSQLError.brief(error) from None

    def _run(self, options: Any, sql: str, namespace: Mapping[str, Any], first_line: int) -> pd.DataFrame | None:
        """Do what the options and SQL ask, in the order: choose a database, query, save, plot."""
        acted = self._switch(options, namespace)
        if options.connection:
            return self._session(options.db).connection
        if options.repro or options.diff:
            return self._record(options)
        wants_session = (options.register or options.tables or options.describe or sql.strip()
                         or options.save is not None or options.reload)
        session = self._session(options.db) if wants_session else None
        frame = None
        if session is not None:
            if options.reload:
                self._reload(session)
            if options.register:
                rows = dataframes.register(session, session.errors, options.register, namespace)
                self._say(f"Registered DataFrame {options.register!r} as a table ({rows:,} rows)")
            frame = self._result(session, options, sql, namespace, first_line)
            if options.save is not None:
                target = self.sessions.save(session, options.save or None)
                self._say(f"Saved {session.name!r} to {target}")
        elif not acted:
            self._status()
        if options.out:
            self.shell.user_ns[options.out] = frame  # None when the SQL returned no rows
        if frame is None:
            if options.plot:
                raise VibeSQLError.brief("--plot needs SQL that returns rows")
            return None
        if options.plot:
            figure = plotting.plot(frame, options.plot, options.x, options.y, options.by, _unquoted(options.title))
            if plotting.in_terminal(self.shell):
                plotting.show_in_terminal(figure, self.shell)
            return self.display.track(frame, plotting.COMPACT_ROWS)
        return self.display.track(frame)

    def _record(self, options: Any) -> pd.DataFrame | None:
        """--repro or --diff: a stored record of the results database, rebuilt from its file on disk."""
        connection = self._session(options.db).connection
        try:
            found = stored.find(connection, options.repro or options.diff, options.run)
            if options.diff:
                difference = stored.diff(found)
            else:
                case, minimized = stored.script(found, (found.engine or "vibesql") if options.minimize else None)
        except (stored.StoredRecordError, DiffError, ReproError, EngineError) as error:
            raise VibeSQLError.brief(error) from None
        if options.diff:
            frame = difference.frame()
            print(difference.text(limit=0)[0] + f"; run {found.run_id} ({found.engine}), {found.key}:{found.line}")
            if options.out:
                self.shell.user_ns[options.out] = frame
            return self.display.track(frame)
        text = case.script()
        if minimized:
            print(f"-- {minimized}")
        print(text, end="")
        if options.out:
            self.shell.user_ns[options.out] = text
        return None

    def _switch(self, options: Any, namespace: Mapping[str, Any]) -> bool:
        """--load, --connect, --new or --use; whether one was given."""
        if options.connect:
            self._connect(options.connect, options.name, namespace)
        elif options.load:
            self._load(options.load, options.name)
        elif options.new:
            self.sessions.new(options.new)
            self._failed_load = None
            self._say(f"Started an empty database {options.new!r}")
        elif options.use:
            self.sessions.use(options.use)
        return bool(options.load or options.connect or options.new or options.use)

    def _connect(self, target: str, name: str | None, namespace: Mapping[str, Any],
                 source: str | None = None) -> Session:
        """Open a --connect target, switch to it and say what it holds."""
        backend = open_target(target, namespace)
        session = self.sessions.connect(name or target, backend.connection, backend.errors, target)
        self._failed_load = None
        if self.settings.feedback or source:
            try:
                found = catalog.tables(session.connection, session.errors)
            except session.errors as error:
                raise VibeSQLError.brief(f"--connect {target}: connected, but its catalog cannot be read: "
                                         f"{error}") from None
            why = "" if source is None else f"; {source}, since no database was loaded"
            print(f"Connected to {target} as {session.name!r}: {len(found)} tables and views{why}")
        return session

    def _session(self, name: str | None) -> Session:
        """The database named by --db, else the current one; with none yet, the default dump's.

        After a failed --load nothing else is loaded in its place: the user meant that dump.
        """
        if name is not None:
            return self.sessions.get(name)
        if self.sessions.current is not None:
            return self.sessions.current
        if self._failed_load is not None:
            raise VibeSQLError.brief(f"no database is loaded: loading {self._failed_load} failed; load it again "
                                     f"once fixed, or another with %vibesql --load PATH (or --new NAME)")
        target = default_target(self.settings.connect, self.settings.dump)
        if target is not None:
            try:
                return self._connect(target[0], None, self.shell.user_ns, source=f"named by {target[1]}")
            except VibeSQLError as error:
                raise target_error(*target, error.message) from None
        path, origin = default_dump(self.settings.dump)
        return self._load(path, source="the bundled results" if origin is None else f"named by {origin}")

    def _load(self, path: str | Path, name: str | None = None, source: str | None = None) -> Session:
        """Load a dump and say so; ``source`` says why this dump when the user did not name it."""
        started = time.perf_counter()
        try:
            session = self.sessions.load(path, name)
        except VibeSQLError:
            if self.sessions.current is None and source is None:
                self._failed_load = Path(path)
            raise
        self._failed_load = None
        self._summarize_load(session, time.perf_counter() - started, source=source)
        return session

    def _result(self, session: Session, options: Any, sql: str, namespace: Mapping[str, Any],
                first_line: int) -> pd.DataFrame | None:
        errors = session.errors
        if options.no_transpile and session.target is None:
            raise VibeSQLError.brief("--no-transpile goes with a database opened by --connect; our engine reads "
                                     "SQLite's dialect itself")
        if options.tables:
            return catalog.tables_frame(session.connection, errors, internal=options.all)
        if options.describe:
            table, rows, frame = catalog.describe_frame(session.connection, errors, options.describe)
            frame.attrs["rows"] = rows
            self._say(f"{table.name}: {'view' if table.kind == 'VIEW' else 'table'}, {len(frame)} columns, "
                      f"{rows:,} rows")
            return frame
        if not sql.strip():
            return None
        limit = self.settings.autolimit if options.limit is None else options.limit
        if session.target is not None:
            session.connection.transpile = not options.no_transpile
        try:
            if options.explain and session.target is not None:
                return sent_sql(session.connection, errors, sql, namespace, first_line=first_line)
            outcome = run_sql(session.connection, errors, sql, namespace, limit=limit, explain=options.explain,
                              first_line=first_line)
        finally:
            if session.target is not None:
                session.connection.transpile = True
        if outcome.more:
            advice = ("raise --limit, or --limit 0 for all" if options.limit is not None
                      else "use --limit 0 or %config VibeSQL.autolimit = 0")
            print(f"Showing the first {limit:,} rows; more rows exist ({advice})")
        if outcome.frame is None and outcome.changed:
            self._say(f"{outcome.changed:,} row{'s' if outcome.changed != 1 else ''} affected")
        return outcome.frame

    def _reload(self, session: Session) -> None:
        started = time.perf_counter()
        if self.sessions.reload(session):
            self._summarize_load(self.sessions.get(session.name), time.perf_counter() - started, "Reloaded")
        else:
            self._say(f"{session.source} has not changed since it was read; nothing reloaded")

    def _loading(self, path: Path, load: Callable[[Callable[[int, int], None] | None], Any]) -> Any:
        if not self.settings.progress:
            return load(None)
        return with_progress(path, load, threshold=self.settings.progress_threshold)

    def _summarize_load(self, session: Session, seconds: float, verb: str = "Loaded",
                        source: str | None = None) -> None:
        """One line: what was loaded, its size, tables and rows; and why this dump when nobody named it.

        The why is printed even with feedback off: the user did not choose this data.
        """
        assert session.source is not None
        why = "" if source is None else f"; {source} ({session.source}), since no database was loaded"
        if not self.settings.feedback:
            if why:
                print(f"{verb} {session.source.name} as {session.name!r}{why}")
            return
        errors = session.errors
        # external tables (record_results) stay out: counting them would read their side files
        tables = [table for table in catalog.tables(session.connection, errors)
                  if table.kind not in ("VIEW", "FOREIGN")]
        rows = sum(catalog.row_count(session.connection, table.name) for table in tables)
        print(f"{verb} {session.source.name} ({format_size(session.source.stat().st_size)}) as {session.name!r}: "
              f"{len(tables)} tables, {rows:,} rows in {seconds:.1f} s{why}")

    def _status(self) -> None:
        """What `%vibesql` alone prints: the databases and which one is current."""
        current = self.sessions.current
        if current is None:
            print("No database loaded yet; the first query loads the bundled results "
                  "(or %vibesql --load PATH, %vibesql --new NAME).")
            return
        for name in self.sessions.names():
            session = self.sessions.get(name)
            marker = "*" if session is current else " "
            print(f"{marker} {name}" + (f"  ({session.source})" if session.source else "  (not saved)"))

    def _say(self, message: str) -> None:
        if self.settings.feedback:
            print(message)


def _check(options: Any) -> None:
    """Refuse option combinations that mean nothing."""
    if sum(bool(choice) for choice in (options.load, options.connect, options.new, options.use)) > 1:
        raise UsageError("choose one of --load, --connect, --new and --use")
    if options.name and not (options.load or options.connect):
        raise UsageError("--name goes with --load or --connect")
    if options.tables and options.describe:
        raise UsageError("choose one of --tables and --describe")
    if options.all and not options.tables:
        raise UsageError("--all goes with --tables")
    if options.plot and not (options.x and options.y):
        raise UsageError("--plot needs --x COL and --y COL")
    if options.repro and options.diff:
        raise UsageError("choose one of --repro and --diff")
    if options.run is not None and not (options.repro or options.diff):
        raise UsageError("--run goes with --repro or --diff")
    if options.minimize and not options.repro:
        raise UsageError("--minimize goes with --repro")
    if options.limit is not None and options.limit < 0:
        raise UsageError("--limit must be 0 (no limit) or more")


def _unquoted(text: str | None) -> str | None:
    """An option value without the quotes IPython's argument splitting leaves on it: --title 'Pass rate'."""
    if text and len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return text


def load(shell: Any) -> VibeSQLMagics:
    """Register the magics, the VibeSQL settings, the result display and the completer with ``shell``."""
    config = VibeSQL(parent=shell)
    shell.configurables.append(config)
    magics = VibeSQLMagics(shell, config)
    magics.display.install()
    shell.register_magics(magics)
    shell.Completer.custom_matchers.append(magics.completer.matcher)
    return magics


def unload(shell: Any) -> None:
    """Undo ``load``: remove the magics, settings, display and completer, and close the databases."""
    magics = shell.magics_manager.registry.pop(VibeSQLMagics.__name__, None)
    if magics is None:
        return
    for kind in ("line", "cell"):
        shell.magics_manager.magics[kind].pop("vibesql", None)
    if magics.completer.matcher in shell.Completer.custom_matchers:
        shell.Completer.custom_matchers.remove(magics.completer.matcher)
    magics.display.uninstall()
    if magics.settings in shell.configurables:
        shell.configurables.remove(magics.settings)
    magics.sessions.close()
