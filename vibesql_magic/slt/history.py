"""Pass rate over an engine's past: run the suite at each commit of a git repository.

Each commit is checked out in a temporary detached worktree, the workers import the
engine from that worktree (it goes first on their ``sys.path``), and the run is
recorded dated with the commit's date and its sha. A commit whose engine does not
load is recorded as a run with every file untested and the reason in its label.
"""

from __future__ import annotations

import contextlib
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from vibesql_magic.slt.journal import ResultsFile
from vibesql_magic.slt.pool import EngineUnavailable
from vibesql_magic.slt.runner import ProgressFactory, RunOptions, RunSummary, record_unrunnable, run_suite
from vibesql_magic.slt.store import timestamp
from vibesql_magic.slt.suite import FileTask


class GitError(Exception):
    """git failed (not a repository, bad revision range)."""


def git(directory: Path, *args: str) -> str:
    """Run git in ``directory`` and return its output."""
    try:
        completed = subprocess.run(["git", "-C", str(directory), *args], capture_output=True, text=True,
                                   check=False)
    except FileNotFoundError as exc:
        raise GitError("git is not installed") from exc
    if completed.returncode != 0:
        message = completed.stderr.strip().splitlines()
        raise GitError(message[0].removeprefix("fatal: ") if message else f"git {args[0]} failed")
    return completed.stdout


def current_revision(directory: Path) -> tuple[str | None, str | None]:
    """The commit and branch checked out in ``directory``; Nones outside a repository."""
    try:
        sha = git(directory, "rev-parse", "HEAD").strip()
        branch = git(directory, "rev-parse", "--abbrev-ref", "HEAD").strip()
    except GitError:
        return None, None
    return sha, None if branch == "HEAD" else branch


@dataclass(frozen=True, slots=True)
class Commit:
    """A commit to test and its committer date (as a results TIMESTAMP)."""

    sha: str
    date: str


def commits_in(repo: Path, revision_range: str, touching: Sequence[str] = (), sample: int | None = None
               ) -> list[Commit]:
    """The commits of ``git rev-list --reverse REV_RANGE [-- TOUCHING…]``, oldest first.

    With ``sample``, at most that many, evenly spread over the list, its first and last always in.
    """
    commits = []
    pathspec = ["--", *touching] if touching else []
    for line in git(repo, "rev-list", "--reverse", "--timestamp", revision_range, *pathspec).splitlines():
        seconds, _, sha = line.strip().partition(" ")
        if sha:
            commits.append(Commit(sha, timestamp(datetime.fromtimestamp(int(seconds), UTC))))
    if not commits:
        raise GitError(f"no commits in {revision_range}" + (f" touching {' '.join(touching)}" if touching else ""))
    if sample is None or sample >= len(commits):
        return commits
    if sample == 1:
        return [commits[-1]]
    picked = sorted({round(index * (len(commits) - 1) / (sample - 1)) for index in range(sample)})
    return [commits[index] for index in picked]


@contextlib.contextmanager
def worktree(repo: Path, sha: str) -> Iterator[Path]:
    """A detached worktree of ``sha`` in a temporary directory, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="vibesql-slt-history-") as parent:
        path = Path(parent) / sha[:12]
        git(repo, "worktree", "add", "--detach", str(path), sha)
        try:
            yield path
        finally:
            with contextlib.suppress(GitError):
                git(repo, "worktree", "remove", "--force", str(path))
            with contextlib.suppress(GitError):
                git(repo, "worktree", "prune")


@dataclass(slots=True)
class HistoryStep:
    """What happened at one commit: a summary, or why its engine could not run."""

    commit: Commit
    run_id: int
    summary: RunSummary | None = None
    unavailable: str | None = None


def run_history(repo: Path, commits: Sequence[Commit], tasks: Sequence[FileTask], results: ResultsFile,
                options: RunOptions, progress: ProgressFactory | None = None) -> Iterator[HistoryStep]:
    """Run the suite at each commit (see ``commits_in``), in order, yielding each step as it is recorded."""
    for commit in commits:
        with worktree(repo, commit.sha) as checkout:
            at_commit = replace(options, engine=replace(options.engine, import_path=str(checkout)),
                                git_commit=commit.sha, dated=commit.date, resume=None)
            try:
                summary = run_suite(tasks, results, at_commit, progress)
                step = HistoryStep(commit, summary.run_id, summary)
            except EngineUnavailable as exc:
                reason = " ".join(str(exc).split())
                step = HistoryStep(commit, record_unrunnable(results, at_commit, len(tasks), reason),
                                   unavailable=reason)
        yield step
        if step.summary is not None and step.summary.interrupted:
            return
