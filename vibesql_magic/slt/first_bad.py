"""Since when a file or record fails: the narrowest range of stored commits between its last pass and its
first failure after it, per engine and skipif/onlyif name.

Runs are ordered by when they ran (``history`` dates each run by its commit, so that is commit
order). A run that did not judge the subject (the engine did not load, the file was not in
it, a record in a run that kept no records) neither ends nor starts a range; it is counted
as ``unjudged`` inside the range. A record's status is its ``record_results`` row; a run
that kept records, completed the file (PASS or FAIL) and stored no failure for the record
passed it. ``file_changed`` says when the file's content hash differs between the two runs:
then the corpus moved, not only the engine.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from vibesql_magic.slt.reports import ReportError, Table
from vibesql_magic.slt.store import FAIL, FAILING_STATUSES, PASS, ResultsStore

_RUNS_SQL = ("SELECT t.run_id, t.engine, t.dialect, t.started_at, t.git_commit, t.records FROM test_runs t "
             "ORDER BY t.started_at, t.run_id")


@dataclass(frozen=True, slots=True)
class Judged:
    """One run's verdict on the subject."""

    run_id: int
    commit: str | None
    started_at: str
    status: str | None
    """PASS, FAIL (a failing file status or record), or None when the run did not judge it."""
    file_hash: str | None


@dataclass(frozen=True, slots=True)
class Range:
    """Passed at ``good``, failed at ``bad``, the first failing run after the last passing one."""

    engine: str
    dialect: str
    subject: str
    good: Judged
    bad: Judged
    unjudged: int

    @property
    def file_changed(self) -> str:
        if self.good.file_hash is None or self.bad.file_hash is None:
            return "unknown"
        return "yes" if self.good.file_hash != self.bad.file_hash else "no"

    def row(self) -> tuple:
        def commit(judged: Judged) -> str:
            return (judged.commit or "no commit")[:12]

        return (self.engine, self.dialect, self.subject, f"{self.good.run_id} @ {commit(self.good)}",
                f"{self.bad.run_id} @ {commit(self.bad)}", f"{commit(self.good)}..{commit(self.bad)}",
                self.unjudged, self.file_changed)


COLUMNS = ["engine", "as", "subject", "passed (run @ commit)", "fails (run @ commit)", "commits", "unjudged",
           "file changed"]


def ranges(history: Iterable[Judged]) -> Iterator[tuple[Judged, Judged, int]]:
    """Each pass-then-fail of one subject: its last passing run, the first failing run after it, the unjudged
    runs between them."""
    good: Judged | None = None
    unjudged = 0
    for judged in history:
        if judged.status is None:
            unjudged += good is not None
        elif judged.status == PASS:
            good, unjudged = judged, 0
        elif good is not None:
            yield good, judged, unjudged
            good, unjudged = None, 0


def _series(store: ResultsStore, statuses: dict[tuple[int, str], tuple[str | None, str | None]],
            subjects: list[str], line: int | None) -> Iterator[tuple[str, str, str, list[Judged]]]:
    runs = store.query(_RUNS_SQL)[1]
    groups: dict[tuple[str, str], list[tuple]] = {}
    for run in runs:
        groups.setdefault((run[1] or "unknown", run[2] or "unknown"), []).append(run)
    records = _record_statuses(store, subjects[0], line) if line is not None else {}
    for (engine, dialect), group in sorted(groups.items()):
        for subject in subjects:
            history = []
            for run_id, _, _, started_at, commit, kept in group:
                status, file_hash = statuses.get((run_id, subject), (None, None))
                verdict = _file_verdict(status) if line is None else _record_verdict(status, kept,
                                                                                     records.get(run_id))
                history.append(Judged(run_id, commit, str(started_at), verdict, file_hash))
            yield engine, dialect, subject if line is None else f"{subject}:{line}", history


def _file_verdict(status: str | None) -> str | None:
    return PASS if status == PASS else FAIL if status in FAILING_STATUSES else None


def _record_verdict(file_status: str | None, kept: str | None, stored: str | None) -> str | None:
    if stored is not None:
        return PASS if stored == PASS else FAIL if stored == FAIL else None  # SKIP judges nothing
    if kept is None or file_status not in (PASS, FAIL):
        return None
    return PASS  # the run kept failing records, completed the file and stored none for this one


def _record_statuses(store: ResultsStore, key: str, line: int) -> dict[int, str]:
    try:
        found = store.query("SELECT run_id, status FROM record_results WHERE file_path = ? AND line = ?",
                            (key, line))[1]
    except Exception as exc:  # an unreadable side file: the engine's error names it
        raise ReportError(" ".join(str(exc).split())) from exc
    return {int(run_id): status for run_id, status in found}


def first_bad(store: ResultsStore, key: str | None = None, line: int | None = None,
              engine: str | None = None) -> Table:
    """Every pass-then-fail of ``key`` (``:line``), or, without a key, each file's latest one where the file fails
    in its engine's latest run that judged it."""
    where, params = ("WHERE file_path = ?", (key,)) if key is not None else ("", ())
    results = store.query(f"SELECT run_id, file_path, status, file_hash FROM test_results {where}", params)[1]
    statuses = {(int(run_id), path): (status, file_hash) for run_id, path, status, file_hash in results}
    subjects = [key] if key is not None else sorted({path for _, path in statuses})
    found: list[Range] = []
    for series_engine, dialect, subject, history in _series(store, statuses, subjects, line):
        if engine is not None and series_engine != engine:
            continue
        spans = [Range(series_engine, dialect, subject, good, bad, unjudged)
                 for good, bad, unjudged in ranges(history)]
        if key is None:
            judged = [step for step in history if step.status is not None]
            spans = spans[-1:] if spans and judged[-1].status == FAIL else []
        found += spans
    what = f"{key}:{line}" if line is not None else key or "files failing in their engine's latest run"
    return Table(f"Passed, then failed: the narrowest range of stored commits ({what})", COLUMNS,
                 [span.row() for span in found])
