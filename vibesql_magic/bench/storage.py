"""Benchmark runs into the results database, through the runner's results file (same lock, journal, saves).

A run's header is journalled when it starts (so a killed run still shows, open); its
figures and totals are journalled when it ends, and the journal is folded into the dump
atomically. The tables are those of :mod:`vibesql_magic.slt.benchmark_tables`.
"""

from __future__ import annotations

import os
import socket
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from vibesql_magic.bench.latency import OperationFigures
from vibesql_magic.slt.benchmark_tables import BENCHMARK_END, BENCHMARK_RESULT, BENCHMARK_RUN
from vibesql_magic.slt.history import current_revision
from vibesql_magic.slt.journal import ResultsFile
from vibesql_magic.slt.store import timestamp

MACHINE_TAG_VARIABLE = "VIBESQL_MACHINE_TAG"


def machine_tag(given: str | None = None) -> str:
    """What runs are compared on: ``--machine-tag``, else ``$VIBESQL_MACHINE_TAG``, else the host name."""
    return given or os.environ.get(MACHINE_TAG_VARIABLE) or socket.gethostname()


@dataclass(frozen=True)
class RunInfo:
    """Where a run comes from: commit, branch, machine, free text."""

    git_commit: str | None
    branch_name: str | None
    machine_tag: str
    label: str | None = None

    @classmethod
    def here(cls, tag: str | None = None, label: str | None = None, commit: str | None = None,
             branch: str | None = None) -> RunInfo:
        """The current directory's commit and branch (unless given), and the machine tag."""
        if commit is None or branch is None:
            here_commit, here_branch = current_revision(Path.cwd())
            commit, branch = commit or here_commit, branch or here_branch
        return cls(commit, branch, machine_tag(tag), label)


def begin_run(results: ResultsFile, info: RunInfo, fields: dict[str, Any]) -> int:
    """Journal a benchmark run's header; return its run id."""
    header = {"started_at": timestamp(), "host": socket.gethostname(), **asdict(info), **fields}
    return results.begin(header, kind=BENCHMARK_RUN)


def figures_entry(run_id: int, figures: OperationFigures) -> dict[str, Any]:
    """One ``benchmark_results`` row."""
    return {"kind": BENCHMARK_RESULT, "run_id": run_id, **asdict(figures)}


def finish_run(results: ResultsFile, run_id: int, figures: list[OperationFigures], totals: dict[str, Any]) -> None:
    """Journal the figures and the run's totals, then fold them into the dump."""
    end = {"kind": BENCHMARK_END, "run_id": run_id, "completed_at": timestamp(), **totals}
    results.append([*(figures_entry(run_id, row) for row in figures), end])
    results.fold()
