"""PostgreSQL as a real server: a throwaway cluster for a run, a fresh database for every file.

The service (:func:`cluster`) runs ``initdb`` in a temporary directory and starts
``postgres`` on a free local port with its unix socket in that directory. Durability is
off (the cluster lives for one run) and the locale is C, so text sorts byte by byte as in
SQLite. PostgreSQL refuses to run as root; as root the cluster belongs to the
``postgres`` system user (Debian's package creates it). The server is stopped (SIGINT,
a fast shutdown) when the run ends, fails or is interrupted, and also when the process
that started it dies (Linux's parent-death signal); then the directory is removed.

Each worker keeps one maintenance connection; every file gets ``CREATE DATABASE`` and a
psycopg (v3) connection in autocommit mode (the corpus issues its own BEGIN), and
closing that connection drops the database. Runs use the dialect name ``postgresql``.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from vibesql_magic.engines.spec import Adapter, EngineError, EngineMissing, EngineSpec, OpenedEngine, require, versions
from vibesql_magic.engines.wrappers import Connection

DRIVER = "psycopg[binary]"
SUPERUSER = "postgres"
SERVER_USER = "postgres"
_START_SECONDS = 60.0
_STOP_SECONDS = 30.0
_SETTINGS = ("listen_addresses=127.0.0.1", "fsync=off", "full_page_writes=off", "synchronous_commit=off",
             "max_connections=200")
# From PostgreSQL 14: a backend whose worker was killed (a per-file timeout) stops its query
_SETTINGS_14 = ("client_connection_check_interval=1000",)


def server_programs() -> Path:
    """The directory of ``initdb`` and ``postgres``: $VIBESQL_PG_BIN, the PATH, or Debian's newest."""
    configured = os.environ.get("VIBESQL_PG_BIN")
    candidates = [Path(configured)] if configured else []
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    debian = Path("/usr/lib/postgresql").glob("*/bin")
    candidates += sorted(debian, key=lambda path: int(path.parent.name) if path.parent.name.isdigit() else 0,
                         reverse=True)
    for directory in candidates:
        if (directory / "initdb").is_file() and (directory / "postgres").is_file():
            return directory
    raise EngineMissing("engine postgres needs PostgreSQL's server programs (initdb, postgres): "
                        "apt-get install postgresql, or set VIBESQL_PG_BIN to their directory")


def _server_user() -> str | None:
    """None to run the server as ourselves; the ``postgres`` user when we are root."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(SERVER_USER)
    except KeyError:
        raise EngineError(f"PostgreSQL refuses to run as root and there is no {SERVER_USER!r} user to run it "
                          f"as: create one (useradd --system {SERVER_USER}) or run as another user") from None
    return SERVER_USER


def _major_version(programs: Path) -> int:
    output = subprocess.run([str(programs / "postgres"), "--version"], capture_output=True, text=True,
                            check=False).stdout
    match = re.search(r"(\d+)(?:\.\d+)?", output)
    return int(match.group(1)) if match else 0


def _initdb(programs: Path, data: Path, user: str | None) -> None:
    completed = subprocess.run(
        [str(programs / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--locale=C",
         "--no-sync"], user=user, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        lines = (completed.stderr or completed.stdout).strip().splitlines()
        raise EngineError(f"initdb failed: {lines[-1] if lines else f'exit code {completed.returncode}'}")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _stop_with_parent() -> None:
    """In the server's process before exec: SIGINT (fast shutdown) when the runner dies."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGINT))  # PR_SET_PDEATHSIG


def _start(programs: Path, root: Path, user: str | None, port: int) -> subprocess.Popen[bytes]:
    settings = _SETTINGS + (_SETTINGS_14 if _major_version(programs) >= 14 else ())
    command = [str(programs / "postgres"), "-D", str(root / "data"), "-p", str(port), "-k", str(root)]
    for setting in settings:
        command += ["-c", setting]
    with open(root / "server.log", "ab") as log:
        # its own session: a Ctrl-C at the terminal reaches the runner, which stops the server in order
        return subprocess.Popen(command, user=user, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True, preexec_fn=_stop_with_parent)


def _last_log_line(root: Path) -> str:
    try:
        lines = (root / "server.log").read_text(errors="replace").strip().splitlines()
    except OSError:
        return "no server log"
    return lines[-1] if lines else "no server log"


def _wait_ready(server: subprocess.Popen[bytes], psycopg: Any, endpoint: str, root: Path) -> None:
    deadline = time.monotonic() + _START_SECONDS
    while True:
        if server.poll() is not None:
            raise EngineError(f"postgres exited with code {server.returncode}: {_last_log_line(root)}")
        try:
            psycopg.connect(endpoint, connect_timeout=2).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise EngineError(f"postgres did not accept connections in {_START_SECONDS:g} s: "
                                  f"{_last_log_line(root)}") from None
            time.sleep(0.05)


def _stop(server: subprocess.Popen[bytes]) -> None:
    """Fast shutdown; immediate shutdown, then a kill, if it does not go."""
    for how in (signal.SIGINT, signal.SIGQUIT, signal.SIGKILL):
        if server.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            server.send_signal(how)
        with contextlib.suppress(subprocess.TimeoutExpired):
            server.wait(_STOP_SECONDS)


@contextlib.contextmanager
def cluster(spec: EngineSpec) -> Iterator[EngineSpec]:
    """A throwaway cluster for as long as the block runs; yields the spec with its conninfo."""
    psycopg = require("psycopg", DRIVER, spec.name)
    programs = server_programs()
    user = _server_user()
    with tempfile.TemporaryDirectory(prefix="vibesql-postgres-") as directory:
        root = Path(directory)
        if user is not None:
            shutil.chown(root, user)
        _initdb(programs, root / "data", user)
        port = _free_port()
        server = _start(programs, root, user, port)
        try:
            endpoint = psycopg.conninfo.make_conninfo(host=str(root), port=port, user=SUPERUSER, dbname="postgres")
            _wait_ready(server, psycopg, endpoint, root)
            yield replace(spec, endpoint=endpoint)
        finally:
            _stop(server)


def _version_text(server_version: int) -> str:
    """libpq's number (150018) as people write it (15.18)."""
    major, minor = divmod(server_version, 10000)
    return f"{major}.{minor}"


def open_postgres(spec: EngineSpec) -> OpenedEngine:
    """Databases on the cluster at ``spec.endpoint``, one per call, dropped when closed."""
    psycopg = require("psycopg", DRIVER, spec.name)
    if spec.endpoint is None:
        raise EngineError("engine postgres runs on a cluster its service starts: open it inside "
                          "vibesql_magic.engines.engine_service(spec)")
    admin = psycopg.connect(spec.endpoint, autocommit=True)
    server_version = admin.info.server_version
    strategy = " STRATEGY FILE_COPY" if server_version >= 150000 else ""  # faster for an empty template
    names = (f"slt_{os.getpid()}_{number}" for number in itertools.count(1))

    def connect() -> Connection:
        name = next(names)
        admin.execute(f'CREATE DATABASE "{name}"{strategy}')

        def drop() -> None:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

        try:  # psycopg would prepare statements run five times; a later DDL could then break them
            connection = psycopg.connect(spec.endpoint, dbname=name, autocommit=True, prepare_threshold=None)
        except BaseException:
            drop()
            raise

        def close() -> None:
            try:
                connection.close()
            finally:
                drop()

        return Connection(connection.cursor, close)

    return OpenedEngine(connect, "PostgreSQL", versions(_version_text(server_version), "psycopg",
                                                        psycopg.__version__))


ADAPTER = Adapter("postgres", "PostgreSQL", "postgresql", False, open_postgres, service=cluster,
                  package="psycopg[binary]>=3.1")
