"""A results file on disk: the SQL dump, its lock, and the append-only journal beside it.

Saving a whole dump after every finished file would be slow for a database of
hundreds of thousands of rows, so a run appends each file's result to
``RESULTS.sql.journal`` (one JSON object per line, fsynced) and folds the journal
into the dump once, at the end. Whoever opens the results file and finds a journal
left over (a killed run, a run still going) folds it first. Folding saves the dump
atomically before the journal is cleared, and applying an entry twice changes
nothing, so a crash at any point loses at most the files in flight.

Every change happens under an exclusive ``flock`` on ``RESULTS.sql.lock`` and holds
it only briefly, so two runs writing one results file interleave their entries and
both land. Readers need no lock when there is no journal: dumps are replaced
atomically.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from vibesql_magic import record_store
from vibesql_magic.dumpfiles import DumpFiles, EngineDumps
from vibesql_magic.slt.store import ResultsStore


class ResultsFileError(Exception):
    """The results file cannot be used (not a dump, unreadable)."""


def _signature(path: Path) -> tuple[int, int, int] | None:
    """Identity of the dump on disk; an atomic save changes it."""
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    return status.st_ino, status.st_size, status.st_mtime_ns


class ResultsFile:
    """The dump at ``path`` with its ``.lock`` and ``.journal`` siblings."""

    def __init__(self, path: Path, dumps: DumpFiles | None = None) -> None:
        self.path = Path(path)
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.journal_path = self.path.with_name(self.path.name + ".journal")
        self.dumps = dumps or EngineDumps()
        self._cached: tuple[ResultsStore, tuple[int, int, int] | None] | None = None

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the exclusive writer lock (waits for other writers)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.lock_path, "a") as handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    def writer(self) -> contextlib.AbstractContextManager[None]:
        """What a run holds while it goes: nothing for a dump, whose runs interleave through the journal."""
        return contextlib.nullcontext()

    # -- journal -------------------------------------------------------------------

    def append(self, entries: Iterable[dict[str, Any]]) -> None:
        """Append entries durably (written and fsynced before returning)."""
        with self.locked():
            self._append_locked(entries)

    def pending(self) -> list[dict[str, Any]]:
        """Entries in the journal; a torn line (a write cut short by a kill) is ignored."""
        try:
            text = self.journal_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        entries = []
        for line in text.splitlines():
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(entry, dict) and "run_id" in entry:
                entries.append(entry)
        return entries

    # -- the dump ------------------------------------------------------------------

    def _load(self) -> ResultsStore:
        """Load the dump (or start an empty database) and bring its schema up to date in memory."""
        exists = self.path.exists()
        try:
            connection = self.dumps.open(self.path if exists else None)
            store = ResultsStore(connection)
            store.migrate()
            record_store.attach_to_results(connection, self.path, always=True)
        except Exception as exc:
            raise ResultsFileError(f"{self.path} is not a results dump: {' '.join(str(exc).split())[:200]}"
                                   ) from exc
        return store

    def _fresh(self) -> ResultsStore:
        """The database as on disk (journal not applied), reusing our copy when nobody saved since."""
        signature = _signature(self.path)
        if self._cached is not None and self._cached[1] == signature:
            return self._cached[0]
        store = self._load()
        self._cached = (store, signature)
        return store

    def _fold_locked(self) -> ResultsStore:
        """Apply the journal, save the dump, clear the journal (caller holds the lock)."""
        store = self._fresh()
        entries = self.pending()
        if entries or not self.path.exists():
            try:
                store.apply(entries)
                self.dumps.save(store.connection, self.path)
            except Exception as exc:  # the journal stays, so nothing is lost
                raise ResultsFileError(f"cannot update {self.path}: {exc.__class__.__name__}: {exc}") from exc
            self._cached = (store, _signature(self.path))
        with contextlib.suppress(FileNotFoundError):
            self.journal_path.unlink()
        record_store.merge_parts(record_store.records_dir(self.path))
        return store

    def fold(self) -> ResultsStore:
        """Fold any journal into the dump and return the up-to-date database."""
        with self.locked():
            return self._fold_locked()

    def open(self) -> ResultsStore:
        """The up-to-date database for reading (folds a left-over journal first)."""
        if self.journal_path.exists():
            return self.fold()
        if not self.path.exists():
            raise ResultsFileError(f"no results database at {self.path}")
        return self._fresh()

    def begin(self, header: dict[str, Any], kind: str = "run") -> int:
        """Allocate a run id and journal the run's header; return the run id.

        ``kind`` is ``run`` for a conformance run, ``benchmark_run`` for a benchmark run
        (the two number their runs apart).
        """
        with self.locked():
            store = self._fold_locked()
            run_id = store.next_run_id() if kind == "run" else store.next_benchmark_run_id()
            self._append_locked([{**header, "kind": kind, "run_id": run_id}])
        return run_id

    def _append_locked(self, entries: Iterable[dict[str, Any]]) -> None:
        text = "".join(json.dumps(entry, separators=(",", ":")) + "\n" for entry in entries)
        if not text:
            return
        with open(self.journal_path, "a", encoding="utf-8") as journal:
            journal.write(text)
            journal.flush()
            os.fsync(journal.fileno())
