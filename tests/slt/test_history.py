"""Pass rate over an engine's past: the suite at each commit, in temporary worktrees."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from slt_support import CLI, rows

# The engine package of a toy repository, commit by commit: absent, not importable, wrong, right.
ENGINE_VERSIONS = [
    None,
    "raise ImportError('not written yet')\n",
    "import sqlite3\n\ndef connect(path=None):\n    c = sqlite3.connect(':memory:', isolation_level=None)\n"
    "    c.create_function('answer', 0, lambda: 41)\n    return c\n",
    "import sqlite3\n\ndef connect(path=None):\n    c = sqlite3.connect(':memory:', isolation_level=None)\n"
    "    c.create_function('answer', 0, lambda: 42)\n    return c\n",
]


def git(repo: Path, *args: str, date: str | None = None) -> str:
    env = {**os.environ, "GIT_AUTHOR_DATE": date or "", "GIT_COMMITTER_DATE": date or ""}
    identity = ["-c", "user.name=Test", "-c", "user.email=test@example.com"]
    return subprocess.run(["git", "-C", str(repo), *identity, *args], check=True, capture_output=True,
                          text=True, env=env).stdout.strip()


@pytest.fixture
def toy_repo(tmp_path: Path) -> tuple[Path, list[str]]:
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    shas = []
    for day, source in enumerate(ENGINE_VERSIONS, start=1):
        if source is None:
            (repo / "README").write_text("an engine, one day\n")
        else:
            (repo / "engine").mkdir(exist_ok=True)
            (repo / "engine" / "__init__.py").write_text(source)
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "-m", f"day {day}", date=f"2024-01-0{day}T12:00:00+00:00")
        shas.append(git(repo, "rev-parse", "HEAD"))
    return repo, shas


def test_history_records_a_dated_run_per_commit(cli: CLI, toy_repo: tuple[Path, list[str]],
                                                tmp_path: Path) -> None:
    repo, shas = toy_repo
    suite = tmp_path / "suite"
    suite.mkdir()
    (suite / "answer.test").write_text("query I nosort\nSELECT answer()\n----\n42\n")
    db = tmp_path / "history.sql"
    outcome = cli("history", "--repo", repo, "--commits", "HEAD", "--engine", "vibesql", "--jobs", "1",
                  "--db", db, suite)
    assert outcome.code == 0, outcome.err
    assert "engine unavailable" in outcome.out and "0/1 files pass" in outcome.out
    assert "1/1 files pass (100.0%)" in outcome.out
    runs = rows(db, "SELECT run_id, git_commit, started_at, completed_at, passed, failed, untested, label "
                    "FROM test_runs ORDER BY run_id")
    assert [run[:7] for run in runs] == [
        (1, shas[0], "2024-01-01 12:00:00.000000", "2024-01-01 12:00:00.000000", 0, 0, 1),
        (2, shas[1], "2024-01-02 12:00:00.000000", "2024-01-02 12:00:00.000000", 0, 0, 1),
        (3, shas[2], "2024-01-03 12:00:00.000000", "2024-01-03 12:00:00.000000", 0, 1, 0),
        (4, shas[3], "2024-01-04 12:00:00.000000", "2024-01-04 12:00:00.000000", 1, 0, 0)]
    # No engine in the worktree: the installed one must not stand in for it.
    assert "engine unavailable" in runs[0][7] and "engine is not in" in runs[0][7]
    assert "engine unavailable" in runs[1][7] and "not written yet" in runs[1][7]
    assert rows(db, "SELECT run_id, status, tested_at FROM test_results ORDER BY run_id") == [
        (3, "FAIL", "2024-01-03 12:00:00.000000"), (4, "PASS", "2024-01-04 12:00:00.000000")]
    assert git(repo, "worktree", "list").count("\n") == 0  # every temporary worktree is gone


def test_history_can_keep_to_commits_touching_a_path_and_sample_them(cli: CLI, toy_repo: tuple[Path, list[str]],
                                                                   tmp_path: Path) -> None:
    repo, shas = toy_repo
    script = tmp_path / "suite" / "answer.test"
    script.parent.mkdir()
    script.write_text("query I nosort\nSELECT answer()\n----\n42\n")
    db = tmp_path / "h.sql"
    touching = cli("history", "--repo", repo, "--commits", "HEAD", "--touching", "engine", "--jobs", "1",
                   "--db", db, script)
    assert touching.code == 0, touching.err
    assert touching.out.startswith("3 commits to run\n")  # the first commit has no engine/
    sampled = cli("history", "--repo", repo, "--commits", "HEAD", "--sample", "2", "--jobs", "1",
                  "--db", db, script)
    assert sampled.out.startswith("2 commits to run (sampled to 2)\n")
    assert [row[0] for row in rows(db, "SELECT git_commit FROM test_runs ORDER BY run_id")] == [
        *shas[1:], shas[0], shas[3]]


def test_history_needs_a_repository_and_a_range(cli: CLI, toy_repo: tuple[Path, list[str]],
                                                tmp_path: Path) -> None:
    repo, _ = toy_repo
    script = tmp_path / "one.test"
    script.write_text("statement ok\nSELECT 1\n")
    not_a_repo = tmp_path / "plain"
    not_a_repo.mkdir()
    for args, message in ((("--repo", not_a_repo, "--commits", "HEAD"), "not a git repository"),
                          (("--repo", repo, "--commits", "nosuchref"), "nosuchref")):
        outcome = cli("history", *args, "--db", tmp_path / "h.sql", script)
        assert outcome.code == 2 and outcome.err.count("\n") == 1
        assert message in outcome.err


def test_an_old_engine_never_borrows_modules_from_the_installed_one(cli: CLI, tmp_path: Path) -> None:
    """A commit whose engine imports a module it does not have yet must fail, not run the working copy's."""
    repo = tmp_path / "repo"
    (repo / "engine").mkdir(parents=True)
    git(repo, "init", "-q")
    (repo / "engine" / "__init__.py").write_text("from engine import sql_text  # only the installed engine has it\n"
                                                 "import sqlite3\n\ndef connect(path=None):\n"
                                                 "    return sqlite3.connect(':memory:')\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "half an engine", date="2024-01-01T12:00:00+00:00")
    script = tmp_path / "one.test"
    script.write_text("statement ok\nSELECT 1\n")
    db = tmp_path / "history.sql"
    outcome = cli("history", "--repo", repo, "--commits", "HEAD", "--engine", "vibesql", "--jobs", "1", "--db", db,
                  script)
    assert outcome.code == 0, outcome.err
    assert "engine unavailable" in outcome.out
    assert rows(db, "SELECT passed, untested FROM test_runs") == [(0, 1)]
