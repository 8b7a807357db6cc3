"""Oracle voting: each engine's failing files classed as engine bug, dialect or contested."""

from __future__ import annotations

from pathlib import Path

from slt_support import CLI

from vibesql_magic.dumpfiles import EngineDumps
from vibesql_magic.slt import interop
from vibesql_magic.slt.journal import ResultsFile
from vibesql_magic.slt.reports import VERDICTS
from vibesql_magic.slt.store import ResultsStore

# file -> engine -> status, every engine's latest run under the name "sqlite"
OUTCOMES = {
    "a.test": {"sqlite": "PASS", "apsw": "FAIL", "duckdb": "PASS", "postgres": "PASS"},  # apsw alone fails
    "b.test": {"sqlite": "PASS", "apsw": "PASS", "duckdb": "FAIL", "postgres": "TIMEOUT"},  # the others' SQL
    "c.test": {"sqlite": "PASS", "apsw": "FAIL", "duckdb": "FAIL", "postgres": "PASS"},  # split
    "d.test": {"sqlite": "PASS", "apsw": "PASS", "duckdb": "PASS", "postgres": "PASS"},
}


def entries() -> list[dict[str, object]]:
    """An old failing sqlite run (superseded), the four engines' runs, and a DuckDB run under its own name."""
    runs: list[tuple[str, str, dict[str, str]]] = [("sqlite", "sqlite", {"d.test": "FAIL"})]
    for engine in ("sqlite", "apsw", "duckdb", "postgres"):
        runs.append((engine, "sqlite", {path: by[engine] for path, by in OUTCOMES.items()}))
    runs.append(("duckdb", "duckdb", {"d.test": "FAIL"}))  # alone under its name: no vote
    journal: list[dict[str, object]] = []
    for run_id, (engine, dialect, statuses) in enumerate(runs, start=1):
        journal.append({"kind": "run", "run_id": run_id, "started_at": f"2026-01-0{run_id} 10:00:00.000000",
                        "total_files": len(statuses), "engine": engine, "dialect": dialect})
        journal += [{"kind": "result", "run_id": run_id, "file_path": path, "status": status,
                     "tested_at": f"2026-01-0{run_id} 10:00:01.000000"} for path, status in statuses.items()]
        journal.append({"kind": "end", "run_id": run_id, "completed_at": f"2026-01-0{run_id} 10:00:02.000000"})
    return journal


def test_failing_files_are_classed_by_what_the_other_engines_did() -> None:
    store = ResultsStore(EngineDumps().open(None))
    store.migrate()
    store.apply(entries())
    assert store.query("SELECT dialect, engine, file_path, verdict, voters, passing FROM oracle_votes "
                       "ORDER BY file_path, engine")[1] == [
        ("sqlite", "apsw", "a.test", "engine bug", 4, 3),
        ("sqlite", "duckdb", "b.test", "dialect", 4, 2),
        ("sqlite", "postgres", "b.test", "dialect", 4, 2),
        ("sqlite", "apsw", "c.test", "contested", 4, 2),
        ("sqlite", "duckdb", "c.test", "contested", 4, 2)]


def test_votes_are_counted_per_engine_and_kept_in_the_dump(cli: CLI, tmp_path: Path) -> None:
    db = tmp_path / "r.sql"
    results = ResultsFile(db)
    results.append(entries())
    results.fold()  # saved as a dump with its views, then loaded again below
    outcome = cli("votes", "--db", db)
    assert outcome.code == 0, outcome.err
    lines = [line.split() for line in outcome.out.splitlines()[3:]]
    assert lines == [["sqlite", "apsw", "1", "0", "1"], ["sqlite", "duckdb", "0", "1", "1"],
                     ["sqlite", "postgres", "0", "1", "0"]]


def test_engines_side_by_side_frames() -> None:
    store = ResultsStore(EngineDumps().open(None))
    store.migrate()
    store.apply(entries())
    connection = store.connection
    latest = interop.latest_by_dialect(connection)
    assert sorted(zip(latest["engine"], latest["dialect"], strict=True)) == [
        ("apsw", "sqlite"), ("duckdb", "duckdb"), ("postgres", "sqlite"), ("sqlite", "sqlite")]
    group = interop.largest_group(latest)
    assert sorted(group["engine"]) == ["apsw", "postgres", "sqlite"]  # DuckDB's latest run is as duckdb
    outcomes = interop.file_outcomes(connection, group)
    assert interop.interop(outcomes).iloc[0].to_dict() == {
        "engines": 3, "files_all_ran": 4, "files_all_pass": 1, "interop_pct": 25.0}
    lonely = interop.failing_on_one_engine(outcomes)
    assert list(zip(lonely["file_path"], lonely["engine"], strict=True)) == [
        ("a.test", "apsw"), ("c.test", "apsw"), ("b.test", "postgres")]
    votes = interop.vote_counts(connection)
    assert votes[votes["engine"] == "apsw"][list(VERDICTS)].to_numpy().tolist() == [[1, 0, 1]]
