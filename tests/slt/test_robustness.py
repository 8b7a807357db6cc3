"""Isolation and robustness: timeouts, crashing workers, killed and interrupted runs, concurrent runs."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

from slt_support import CASES, CLI, rows, spawn_cli

SPECIAL = CASES / "special"
PASSING = CASES / "passing"
SLEEPY = "slt_test_engines:sleepy"


def sleepy_suite(directory: Path, files: int, milliseconds: int) -> Path:
    """Files that each take a while (sleep_ms is a function of the sleepy test engine)."""
    directory.mkdir()
    for index in range(files):
        (directory / f"slow{index}.test").write_text(f"statement ok\nSELECT sleep_ms({milliseconds})\n\n"
                                                     f"query I nosort\nSELECT {index}\n----\n{index}\n")
    return directory


def journalled_results(db: Path) -> int:
    try:
        lines = Path(f"{db}.journal").read_text().splitlines()
    except FileNotFoundError:
        return 0
    return sum(1 for line in lines if line.endswith("}") and json.loads(line).get("kind") == "result")


def wait_for_results(db: Path, count: int, limit: float = 60.0) -> None:
    deadline = time.monotonic() + limit
    while journalled_results(db) < count:
        assert time.monotonic() < deadline, "the run did not record results in time"
        time.sleep(0.05)


def test_a_hung_file_times_out_and_the_rest_continue(cli: CLI, tmp_path: Path) -> None:
    db = tmp_path / "r.sql"
    outcome = cli("run", SPECIAL / "hang.test", PASSING / "comments.test", "--engine", "sqlite",
                  "--timeout", "2", "--jobs", "1", "--db", db)
    assert outcome.code == 1  # a file timed out
    assert rows(db, "SELECT file_path, status, error_message FROM test_results ORDER BY file_path") == [
        ("passing/comments.test", "PASS", None), ("special/hang.test", "TIMEOUT", "line 6: timed out after 2 s")]
    assert rows(db, "SELECT passed, failed FROM test_runs") == [(1, 1)]
    # the record running at the deadline is stored with the class timeout
    assert rows(db, "SELECT file_path, line, record_kind, status, failure_class, error_message, actual, duration_ms "
                    "FROM record_results") == [
        ("special/hang.test", 6, "query", "FAIL", "timeout", "timed out after 2 s", None, None)]


def test_crashing_workers_are_errors_and_get_replaced(cli: CLI, tmp_path: Path) -> None:
    db = tmp_path / "r.sql"
    files = (SPECIAL / "crash_abort.test", SPECIAL / "crash_exit.test", SPECIAL / "crash_memory.test",
             PASSING / "comments.test")
    outcome = cli("run", *files,
                  "--engine", "slt_test_engines:crashing", "--jobs", "1", "--db", db)
    assert outcome.code == 1  # two files errored
    assert rows(db, "SELECT file_path, status, error_message FROM test_results ORDER BY file_path") == [
        ("passing/comments.test", "PASS", None),
        ("special/crash_abort.test", "ERROR", "line 9: worker process died (signal SIGABRT): thread '<unnamed>' "
                                      "panicked at core/translate/expr.rs:1958:37: not yet implemented"),
        ("special/crash_exit.test", "ERROR", "line 6: worker process died (exit code 3)"),
        ("special/crash_memory.test", "ERROR", "line 3: worker crashed: MemoryError: simulated out of memory")]


def test_a_killed_run_keeps_finished_files_and_resumes(cli: CLI, tmp_path: Path) -> None:
    suite = sleepy_suite(tmp_path / "suite", files=6, milliseconds=300)
    db = tmp_path / "r.sql"
    process = spawn_cli("run", suite, "--engine", SLEEPY, "--jobs", "1", "--db", db)
    wait_for_results(db, 2)
    process.send_signal(signal.SIGKILL)
    process.communicate()

    kept = rows(db, "SELECT file_path FROM test_results WHERE run_id = 1")  # folds the left-over journal
    assert 2 <= len(kept) < 6
    assert not Path(f"{db}.journal").exists()
    assert rows(db, "SELECT completed_at, total_files, passed, untested FROM test_runs") == [
        (None, 6, len(kept), 6 - len(kept))]

    wrong = cli("run", suite, "--engine", "sqlite", "--db", db, "--resume", "1")
    assert wrong.code == 2 and f"run 1 used engine {SLEEPY}, not sqlite" in wrong.err
    resumed = cli("run", suite, "--engine", SLEEPY, "--jobs", "2", "--db", db, "--resume", "1")
    assert resumed.code == 0, resumed.err
    results = rows(db, "SELECT file_path, status FROM test_results WHERE run_id = 1 ORDER BY file_path")
    assert results == [(f"slow{index}.test", "PASS") for index in range(6)]
    run = rows(db, "SELECT completed_at, passed, untested FROM test_runs")
    assert len(run) == 1 and run[0][0] is not None and run[0][1:] == (6, 0)


def test_ctrl_c_stops_cleanly_and_prints_how_to_resume(tmp_path: Path) -> None:
    suite = sleepy_suite(tmp_path / "suite", files=6, milliseconds=300)
    db = tmp_path / "r.sql"
    process = spawn_cli("run", suite, "--engine", SLEEPY, "--jobs", "1", "--db", db)
    wait_for_results(db, 1)
    os.killpg(process.pid, signal.SIGINT)  # as a terminal does: the run and its workers all get it
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert f"resume with: vibesql-slt run {suite} --engine {SLEEPY} --db {db} --resume 1" in err
    assert not Path(f"{db}.journal").exists()  # folded into the dump before exiting
    kept = rows(db, "SELECT COUNT(*) FROM test_results")[0][0]
    assert 1 <= kept < 6
    assert rows(db, "SELECT completed_at FROM test_runs") == [(None,)]


def test_two_runs_writing_one_results_file_both_land(tmp_path: Path) -> None:
    """The second run starts while the first is held open at a gate, so the two truly overlap."""
    suite = tmp_path / "suite"
    suite.mkdir()
    gate = tmp_path / "gate"
    for index in range(4):
        (suite / f"gated{index}.test").write_text(f"statement ok\nSELECT wait_for('{gate}')\n\n"
                                                  f"query I nosort\nSELECT {index}\n----\n{index}\n")
    db = tmp_path / "r.sql"
    processes = [spawn_cli("run", suite, "--engine", SLEEPY, "--jobs", "1", "--db", db, "--label", "first")]
    wait_for_runs_started(db, 1)
    processes.append(spawn_cli("run", suite, "--engine", SLEEPY, "--jobs", "1", "--db", db, "--label", "second"))
    wait_for_runs_started(db, 2)
    gate.touch()
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
    runs = rows(db, "SELECT run_id, label, passed, completed_at IS NOT NULL FROM test_runs ORDER BY run_id")
    assert [run[1] for run in runs] == ["first", "second"]
    assert [(run[0], run[2], run[3]) for run in runs] == [(1, 4, 1), (2, 4, 1)]
    assert rows(db, "SELECT run_id, COUNT(*), COUNT(DISTINCT result_id) FROM test_results GROUP BY run_id "
                    "ORDER BY run_id") == [(1, 4, 4), (2, 4, 4)]
    assert rows(db, "SELECT COUNT(DISTINCT result_id) FROM test_results") == [(8,)]


def wait_for_runs_started(db: Path, run_id: int) -> None:
    """Until run ``run_id`` has journalled its header (a run starting folds the journal before it)."""
    deadline = time.monotonic() + 60
    while True:
        try:
            lines = Path(f"{db}.journal").read_text().splitlines()
        except FileNotFoundError:
            lines = []
        if any(line.endswith("}") and json.loads(line).get("kind") == "run" and json.loads(line)["run_id"] == run_id
               for line in lines):
            return
        assert time.monotonic() < deadline, f"run {run_id} never started"
        time.sleep(0.05)


def test_a_killed_run_leaves_no_worker_behind(tmp_path: Path) -> None:
    suite = sleepy_suite(tmp_path / "suite", files=1, milliseconds=120_000)
    db = tmp_path / "r.sql"
    process = spawn_cli("run", suite, "--engine", SLEEPY, "--jobs", "1", "--db", db)
    deadline = time.monotonic() + 60
    while not Path(f"{db}.journal").exists():  # the run header: workers are up, the file goes next
        assert time.monotonic() < deadline
        time.sleep(0.05)
    time.sleep(0.5)
    process.send_signal(signal.SIGKILL)
    process.wait()  # not communicate(): an orphaned worker would hold the output pipes open
    deadline = time.monotonic() + 20  # far less than the file's two minutes
    while True:
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            break
        assert time.monotonic() < deadline, "a worker outlived its run"
        time.sleep(0.05)
    process.communicate()
