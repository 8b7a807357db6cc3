"""PostgreSQL's throwaway cluster: up for the run, gone after it, after a failure and after Ctrl-C.

(That a whole run leaves none behind is checked where every engine runs files, in test_adapters.)
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from engines_support import CASES, clusters, missing
from slt_support import rows, spawn_cli

from vibesql_magic.engines import engine_service, open_engine, parse_engine


@pytest.fixture(autouse=True)
def postgres_installed() -> None:
    reason = missing("postgres")
    if reason is not None:
        pytest.skip(reason)


def server_pid(directory: str) -> int:
    return int(Path(directory, "data", "postmaster.pid").read_text().split("\n")[0])


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def socket_directory(endpoint: str) -> str:
    return dict(part.split("=", 1) for part in endpoint.split())["host"]


def test_the_cluster_lives_as_long_as_the_service(tmp_path: Path) -> None:
    with engine_service(parse_engine("postgres")) as live:
        assert live.endpoint is not None
        directory = socket_directory(live.endpoint)
        pid = server_pid(directory)
        engine = open_engine(live)
        assert engine.version and engine.version.split(".")[0].isdigit()
        first, second = engine.connect(), engine.connect()
        first.cursor().execute("CREATE TABLE t1(a INTEGER)")
        cursor = second.cursor()  # another database: no t1 there
        cursor.execute("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 't1'")
        assert cursor.fetchall() == [(0,)]
        first.close()
        second.close()
    assert not os.path.exists(directory) and gone(pid)


def test_the_cluster_stops_when_the_work_fails() -> None:
    with pytest.raises(RuntimeError, match="the run failed"), engine_service(parse_engine("postgres")) as live:
        directory = socket_directory(str(live.endpoint))
        pid = server_pid(directory)
        raise RuntimeError("the run failed")
    assert not os.path.exists(directory) and gone(pid)


def test_the_cluster_stops_when_the_run_is_interrupted(tmp_path: Path) -> None:
    before = clusters()
    db = tmp_path / "r.sql"
    process = spawn_cli("run", CASES / "postgres_sleep.test", "--engine", "postgres", "--jobs", "1", "--db", db)
    deadline = time.monotonic() + 60
    while not (started := clusters() - before) or not Path(next(iter(started)), "data", "postmaster.pid").exists():
        assert time.monotonic() < deadline and process.poll() is None, process.communicate()
        time.sleep(0.1)
    directory = next(iter(started))
    pid = server_pid(directory)
    while not Path(f"{db}.journal").exists():  # the run has begun: its worker is in pg_sleep
        assert time.monotonic() < deadline and process.poll() is None, process.communicate()
        time.sleep(0.1)
    time.sleep(0.5)
    os.killpg(process.pid, signal.SIGINT)  # as a terminal does: the run and its workers all get it
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert not os.path.exists(directory) and gone(pid)
    assert rows(db, "SELECT engine, dialect, completed_at FROM test_runs") == [("postgres", "postgresql", None)]
