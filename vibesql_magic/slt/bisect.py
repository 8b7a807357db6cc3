"""The first bad commit of an engine for one file or record, found by ``git bisect run``.

``bisect`` checks the engine's repository out in a temporary detached worktree (as
``history`` does), starts ``git bisect`` there between the good and bad commits, and lets
``git bisect run`` call this module's step at each commit it tries: the step runs the one
file in a worker that imports the engine from the worktree, and exits 0 when the file (or
the record at LINE) passes, 1 when it fails, and 125 (skip) when the engine does not load
at that commit or the file stopped before reaching the record. The worktree and its bisect
state go away at the end.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from vibesql_magic.engines import EngineSpec, parse_engine
from vibesql_magic.slt.history import GitError, git, worktree
from vibesql_magic.slt.pool import EngineUnavailable
from vibesql_magic.slt.runner import check_file
from vibesql_magic.slt.store import PASS
from vibesql_magic.slt.suite import FileTask

GOOD, BAD, SKIP = 0, 1, 125
_FIRST_BAD = re.compile(r"^([0-9a-f]{40}) is the first bad commit", re.MULTILINE)


@dataclass(slots=True)
class Bisection:
    """The first bad commit (None when git could not name one) and git's own account."""

    first_bad: str | None
    subject: str
    log: str


def verdict(path: Path, line: int | None, spec: EngineSpec, timeout: float) -> int:
    """GOOD, BAD or SKIP for the file (or the record starting at ``line``) on the engine as ``spec`` imports it."""
    try:
        outcome = check_file(FileTask(path, path.name), spec, timeout)
    except EngineUnavailable:
        return SKIP
    if line is None:
        return GOOD if outcome.status == PASS else BAD
    if any(failure.line == line for failure in outcome.failures):
        return BAD
    if outcome.error is not None:  # stopped early: bad if at the record, else it never got there
        return BAD if outcome.error.startswith(f"line {line}:") else SKIP
    return GOOD


def bisect(repo: Path, path: Path, line: int | None, good: str, bad: str, spec: EngineSpec,
           timeout: float) -> Bisection:
    """Run ``git bisect`` from ``good`` to ``bad`` over one file or record; the first bad commit it names."""
    good_sha = git(repo, "rev-parse", "--verify", f"{good}^{{commit}}").strip()
    bad_sha = git(repo, "rev-parse", "--verify", f"{bad}^{{commit}}").strip()
    # -P: the checkout (the cwd) must not shadow the installed runner; the engine is imported from it on purpose
    step = [sys.executable, "-P", "-m", "vibesql_magic.slt.bisect", str(path.resolve()), "--engine", spec.name,
            "--as", spec.dialect, "--timeout", f"{timeout:g}"]
    if line is not None:
        step += ["--line", str(line)]
    subject = f"{path}:{line}" if line is not None else str(path)
    with worktree(repo, bad_sha) as checkout:
        _check_end(checkout, bad_sha, BAD, step, subject)
        git(checkout, "checkout", "-q", "--detach", good_sha)
        _check_end(checkout, good_sha, GOOD, step, subject)
        git(checkout, "bisect", "start", bad_sha, good_sha)
        try:
            completed = subprocess.run(["git", "-C", str(checkout), "bisect", "run", *step], capture_output=True,
                                       text=True, check=False)
        finally:
            subprocess.run(["git", "-C", str(checkout), "bisect", "reset"], capture_output=True, check=False)
    log = completed.stdout + completed.stderr
    found = _FIRST_BAD.search(log)
    if completed.returncode != 0 and found is None:
        last = [line for line in log.strip().splitlines() if line.strip()]
        raise GitError(f"git bisect run failed: {last[-1] if last else 'no output'}")
    return Bisection(found.group(1) if found else None, subject, log)


def _check_end(checkout: Path, sha: str, wanted: int, step: list[str], subject: str) -> None:
    """The bad commit must fail and the good one pass, or git bisect would name a commit for nothing."""
    got = subprocess.run(step, cwd=checkout, capture_output=True, check=False).returncode
    if got == wanted:
        return
    said = {GOOD: "passes", BAD: "fails", SKIP: "cannot be judged (the engine does not load, or the file stops "
                                                "before the record)"}.get(got, f"exits {got}")
    end = "bad" if wanted == BAD else "good"
    raise GitError(f"{subject} {said} at the {end} commit {sha[:12]}; nothing to bisect")


def main(argv: list[str] | None = None) -> int:
    """The step ``git bisect run`` calls, in the worktree of the commit it tries."""
    parser = argparse.ArgumentParser(prog="python -m vibesql_magic.slt.bisect")
    parser.add_argument("path", type=Path)
    parser.add_argument("--line", type=int)
    parser.add_argument("--engine", required=True)
    parser.add_argument("--as", dest="dialect", required=True)
    parser.add_argument("--timeout", type=float, required=True)
    args = parser.parse_args(argv)
    spec = replace(parse_engine(args.engine, args.dialect), import_path=str(Path.cwd()))
    return verdict(args.path, args.line, spec, args.timeout)


if __name__ == "__main__":
    sys.exit(main())
