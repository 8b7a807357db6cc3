"""Since when it fails: the narrowest range of stored commits from `since`, and the first bad commit from
`bisect`, driving `git bisect run` over a tiny engine repository with one deliberately broken commit."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from slt_support import CLI, rows

from vibesql_magic.slt.first_bad import Judged, ranges
from vibesql_magic.slt.store import FAIL, PASS

GOOD_ENGINE = '''import sqlite3


def connect():
    """sqlite3 itself, revision {revision}."""
    return sqlite3.connect(":memory:", isolation_level=None)
'''
BROKEN_ENGINE = '''import sqlite3


class _Cursor:
    def __init__(self, cursor):
        self._cursor = cursor

    def execute(self, sql, parameters=()):
        self._cursor.execute(sql.replace(" > ", " >= "), parameters)  # the bug: > runs as >=, revision {revision}
        return self

    def __getattr__(self, name):
        return getattr(self._cursor, name)


class _Connection:
    def __init__(self):
        self._connection = sqlite3.connect(":memory:", isolation_level=None)

    def cursor(self):
        return _Cursor(self._connection.cursor())

    def close(self):
        self._connection.close()


def connect():
    return _Connection()
'''
SCRIPT = """\
statement ok
CREATE TABLE t(a INTEGER)

statement ok
INSERT INTO t VALUES (1), (2), (3)

query I nosort
SELECT count(*) FROM t
----
3

query I nosort
SELECT a FROM t WHERE a > 2
----
3
"""
BROKEN_AT = 3  # commits 0..5; 3 and after are broken


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout


@pytest.fixture(name="engine_repo")
def engine_repo_fixture(tmp_path: Path) -> tuple[Path, list[str]]:
    """A git repository of a tiny engine (MODULE:CALLABLE tiny:connect), broken from commit 3 on."""
    repo = tmp_path / "tiny-engine"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "user.email", "t@example.invalid")
    _git(repo, "config", "user.name", "t")
    commits = []
    for revision in range(6):
        source = (BROKEN_ENGINE if revision >= BROKEN_AT else GOOD_ENGINE).format(revision=revision)
        (repo / "tiny.py").write_text(source)
        _git(repo, "add", "tiny.py")
        _git(repo, "commit", "-q", "-m", f"revision {revision}", "--date", f"2025-01-0{revision + 1}T12:00:00")
        commits.append(_git(repo, "rev-parse", "HEAD").strip())
    return repo, commits


@pytest.fixture(name="script")
def script_fixture(tmp_path: Path) -> Path:
    path = tmp_path / "test" / "gt.test"
    path.parent.mkdir()
    path.write_text(SCRIPT)
    return path


def test_ranges_skip_unjudged_runs_and_start_again_after_a_fix() -> None:
    def judged(run_id: int, status: str | None) -> Judged:
        return Judged(run_id, f"c{run_id}", f"2025-01-0{run_id}", status, None)

    history = [judged(1, PASS), judged(2, PASS), judged(3, None), judged(4, FAIL), judged(5, FAIL), judged(6, PASS),
               judged(7, FAIL)]
    assert [(good.run_id, bad.run_id, unjudged) for good, bad, unjudged in ranges(history)] == [(2, 4, 1), (6, 7, 0)]


def test_bisect_names_the_first_bad_commit_of_a_file_and_of_a_record(cli: CLI, engine_repo: tuple[Path, list[str]],
                                                                     script: Path) -> None:
    repo, commits = engine_repo
    found = cli("bisect", script, "--repo", repo, "--good", commits[0], "--bad", commits[-1],
                "--engine", "tiny:connect", "--as", "sqlite")
    assert found.code == 0, found.err
    assert f"first bad commit: {commits[BROKEN_AT]}" in found.out
    record = cli("bisect", f"{script}:12", "--repo", repo, "--good", commits[2], "--bad", commits[3],
                 "--engine", "tiny:connect", "--as", "sqlite")
    assert f"first bad commit: {commits[BROKEN_AT]}" in record.out
    assert _git(repo, "worktree", "list").count("\n") == 1  # the temporary worktree is gone


def test_a_record_that_never_failed_has_no_first_bad_commit(cli: CLI, engine_repo: tuple[Path, list[str]],
                                                           script: Path) -> None:
    repo, commits = engine_repo
    outcome = cli("bisect", f"{script}:7", "--repo", repo, "--good", commits[0], "--bad", commits[-1],
                  "--engine", "tiny:connect", "--as", "sqlite")
    assert outcome.code == 2 and "passes at the bad commit" in outcome.err


def test_since_gives_the_narrowest_range_of_stored_commits(cli: CLI, engine_repo: tuple[Path, list[str]],
                                                           script: Path, tmp_path: Path) -> None:
    repo, commits = engine_repo
    db = tmp_path / "history.sql"
    assert cli("history", "--repo", repo, "--commits", f"{commits[0]}..{commits[-1]}", "--sample", "3",
               "--engine", "tiny:connect", "--as", "sqlite", "--jobs", "1", "--db", db, script).code == 0
    runs = rows(db, "SELECT run_id, git_commit FROM test_runs ORDER BY run_id")
    assert [commit for _, commit in runs] == [commits[1], commits[3], commits[5]]  # sampled: 1, 3, 5
    shown = cli("since", "--db", db)
    assert shown.code == 0
    assert f"1 @ {commits[1][:12]}" in shown.out and f"2 @ {commits[3][:12]}" in shown.out
    assert f"{commits[1][:12]}..{commits[3][:12]}" in shown.out and "gt.test" in shown.out
    record = cli("since", "--db", db, f"{script}:12")
    assert "gt.test:12" in record.out and f"{commits[1][:12]}..{commits[3][:12]}" in record.out
    passing = cli("since", "--db", db, f"{script}:7")
    assert commits[1][:12] not in passing.out  # the count(*) record never failed
