"""``vibesql-slt``: the command line over the runner library (parse arguments, call, print).

Exit codes: 0 done; 1 a check failed (a ``run`` with a failing or erroring file unless
``--exit-zero``, a pass rate under ``--fail-under``, a failing ``test`` file, regressions
found); 2 a usage error, missing path, or unusable results file (one line on stderr);
130 interrupted by Ctrl-C (finished files are kept).
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from vibesql_magic import bundled, record_store
from vibesql_magic.engines import ENGINE_NAMES, EngineError, EngineSpec, parse_engine
from vibesql_magic.records import repro
from vibesql_magic.records.diff import DiffError, Oracle, oracle_for, record_diff
from vibesql_magic.records.repro import ReproError
from vibesql_magic.slt import reports, stores
from vibesql_magic.slt.console import EXIT_INTERRUPTED, OneLineParser, positive_float, positive_int, run_command
from vibesql_magic.slt.executor import RECORDS_ALL, RECORDS_FAILING, RECORDS_NONE, Failure
from vibesql_magic.slt.history import GitError, commits_in, current_revision, git, run_history
from vibesql_magic.slt.importers import ImportFormatError, import_run
from vibesql_magic.slt.journal import ResultsFileError
from vibesql_magic.slt.pool import EngineUnavailable
from vibesql_magic.slt.progress import progress_for_stderr
from vibesql_magic.slt.reports import ReportError, Table, format_table
from vibesql_magic.slt.result_stores import DUMP, results_file, store_kind
from vibesql_magic.slt.runner import RunError, RunOptions, RunSummary, check_file, pass_rate, run_suite
from vibesql_magic.slt.store import FAILING_STATUSES, PASS, ResultsStore
from vibesql_magic.slt.suite import SuiteError, discover

PROGRAM = "vibesql-slt"
DEFAULT_DB = "conformance.sql"
DEFAULT_REPORT = "conformance-report"
_DIFF_LINES = 60

# Failures that are the user's to fix: reported in one line, exit code 2.
USAGE_ERRORS = (SuiteError, EngineError, EngineUnavailable, ResultsFileError, RunError, ReportError,
                ImportFormatError, GitError, stores.StoreError, ReproError)


class UsageError(Exception):
    """A bad argument found after parsing."""


class _DbPath(argparse.Action):
    """``--db`` as a Path, with the store kind its text names (a trailing ``/`` is lost to Path)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        namespace.db = Path(str(values))
        namespace.db_kind = store_kind(str(values))


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    common = OneLineParser(add_help=False)
    common.add_argument("--db", action=_DbPath, default=Path(DEFAULT_DB),
                        help=f"results database: a SQL dump (*.sql, default ./{DEFAULT_DB}), a DuckDB file (*.duckdb) "
                             "or a Parquet folder (DIR/)")
    common.set_defaults(db_kind=None)
    engine = OneLineParser(add_help=False)
    engine.add_argument("--engine", default="vibesql",
                        help=f"{', '.join(ENGINE_NAMES)} (default: vibesql), or MODULE:CALLABLE returning a "
                             "DB-API connection")
    engine.add_argument("--as", dest="dialect", metavar="NAME",
                        help="engine name for skipif/onlyif (default: the engine's own: sqlite for the SQLite "
                             "family, postgresql for postgres, the engine's name otherwise)")
    engine.add_argument("--timeout", type=positive_float, default=300.0,
                        help="seconds per file (default 300)")
    engine.add_argument("--root", type=Path,
                        help="corpus root that stored file paths are relative to (default: the nearest enclosing "
                             "folder named test or sqllogictest, else the deepest folder holding every PATH)")
    suite = OneLineParser(add_help=False)
    suite.add_argument("--jobs", "-j", type=positive_int, default=os.cpu_count() or 1,
                       help="worker processes (default: one per CPU)")
    suite.add_argument("--label", help="free text stored with the run")

    parser = OneLineParser(prog=PROGRAM, description="Run SQLLogicTest suites and explore the results.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("run", parents=[common, engine, suite],
                              help="run files into the results database")
    run.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or directories (recursive)")
    run.add_argument("--commit", help="git commit to record (default: HEAD of the current directory)")
    run.add_argument("--branch", help="branch to record (default: the current directory's branch)")
    run.add_argument("--resume", type=positive_int, metavar="RUN", help="continue an interrupted run")
    run.add_argument("--fail-under", type=float, metavar="PCT",
                     help="exit 1 only if fewer than PCT%% of the files pass (default: if any file fails)")
    run.add_argument("--exit-zero", action="store_true",
                     help="exit 0 when the run completes, whatever failed (record without gating)")
    run.add_argument("--records", choices=(RECORDS_FAILING, RECORDS_ALL, RECORDS_NONE), default=RECORDS_FAILING,
                     help="records kept in the record_results table: failing ones (default), all (passing and "
                          "skipped ones too, with timings) or none")

    test = commands.add_parser("test", parents=[common, engine], help="run one file and show every failure")
    test.add_argument("file", type=Path, metavar="FILE")

    repro = commands.add_parser("repro", parents=[common],
                                help="a failing record as a self-contained SQL script (--minimize: made small)")
    repro.add_argument("location", metavar="PATH:LINE", help="the .test file and the line its record starts on")
    repro.add_argument("--run", type=positive_int, metavar="N",
                       help="add run N's stored actual result (from --db); its engine is the default --engine")
    repro.add_argument("--minimize", action="store_true",
                       help="delta-debug against --engine with sqlite3 as the oracle and print the smallest case")
    repro.add_argument("-o", "--output", type=Path, metavar="OUT", help="write the script here (default: stdout)")
    repro.add_argument("--engine", help="engine to minimize against (default: --run's engine, else vibesql)")
    repro.add_argument("--as", dest="dialect", metavar="NAME",
                       help="engine name for skipif/onlyif (default: --run's, else the engine's own)")
    repro.add_argument("--root", type=Path, help="corpus root that stored file paths are relative to (see run)")

    status = commands.add_parser("status", parents=[common], help="recent runs and a run by category")
    status.add_argument("--run", type=positive_int, help="run to break down (default: the latest)")

    query = commands.add_parser("query", parents=[common], help="run SQL on the results database")
    query.add_argument("sql", metavar="SQL")

    analyze = commands.add_parser("analyze", parents=[common],
                                  help="a run's failures grouped by kind; its failing records by failure class "
                                       "and SQL feature")
    analyze.add_argument("--run", type=positive_int, help="run to analyze (default: the latest)")

    features = commands.add_parser("features", parents=[common],
                                   help="each SQL feature's pass rate per run and engine (failing records per "
                                        "feature where a run kept only those)")
    features.add_argument("--top", type=positive_int, default=40, help="features shown, the most failing first")

    since = commands.add_parser("since", parents=[common],
                                help="the narrowest range of stored commits between a file's (or record's) last "
                                     "pass and its first failure after it")
    since.add_argument("location", nargs="?", metavar="PATH[:LINE]",
                       help="a .test file (or the record starting at LINE); default: every file failing in its "
                            "engine's latest run")
    since.add_argument("--engine", help="only this engine's runs")
    since.add_argument("--root", type=Path, help="corpus root that stored file paths are relative to (see run)")

    bisect = commands.add_parser("bisect", parents=[engine],
                                 help="git bisect run over one file or record: the engine's first bad commit")
    bisect.add_argument("location", metavar="PATH[:LINE]", help="a .test file, or the record starting at LINE")
    bisect.add_argument("--repo", type=Path, required=True, help="git repository of the engine")
    bisect.add_argument("--good", required=True, metavar="REV", help="a commit where it passes")
    bisect.add_argument("--bad", required=True, metavar="REV", help="a later commit where it fails")

    commands.add_parser("votes", parents=[common],
                        help="failing files per engine as engine bug, dialect or contested (oracle voting)")

    compare = commands.add_parser("regressions", parents=[common],
                                  help="files that passed in base and fail in head (exit 1 if any), "
                                       "and fixes")
    compare.add_argument("--base", type=positive_int, metavar="RUN")
    compare.add_argument("--head", type=positive_int, metavar="RUN")

    imports = commands.add_parser("import", parents=[common],
                                  help="record a JUnit XML or VibeSQL JSON file, or read a whole store written by "
                                       "export (a Parquet folder or DuckDB file) into a new --db")
    imports.add_argument("file", type=Path, metavar="FILE")

    export = commands.add_parser("export", parents=[common],
                                 help="write the results database as Parquet partitioned by run, or as DuckDB")
    export.add_argument("--to", dest="form", choices=("parquet", "duckdb"), required=True,
                        help="parquet: a folder, TABLE/run_id=N/part-0.parquet; duckdb: a database file")
    export.add_argument("target", type=Path, metavar="PATH", help="the folder or file to write (must not exist)")

    report = commands.add_parser("report", parents=[common],
                                 help="write the results as a static site: charts, engines, failing files")
    report.add_argument("--html", type=Path, default=Path(DEFAULT_REPORT), metavar="DIR",
                        help=f"folder to write index.html, its charts and badges into (default: ./{DEFAULT_REPORT})")

    badge = commands.add_parser("badge", parents=[common], help="a pass-rate badge per engine (SVG, shields.io JSON)")
    badge.add_argument("-o", "--output", type=Path, default=Path("badges"), metavar="DIR",
                       help="folder to write ENGINE.svg and ENGINE.json into (default: ./badges)")

    history = commands.add_parser("history", parents=[common, engine, suite],
                                  help="run the suite at each commit of a git repository")
    history.add_argument("--repo", type=Path, required=True, help="git repository of the engine")
    history.add_argument("--commits", required=True, metavar="REV_RANGE", help="e.g. main~20..main")
    history.add_argument("--touching", action="append", default=[], metavar="PATHSPEC",
                         help="only commits that change PATHSPEC (e.g. engine); repeatable")
    history.add_argument("--sample", type=positive_int, metavar="N",
                         help="at most N commits, evenly spread, the first and the last always in")
    history.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    return parser


def _engine(args: argparse.Namespace) -> EngineSpec:
    return parse_engine(args.engine, args.dialect)


def _print_tables(tables: Sequence[Table]) -> None:
    print("\n\n".join(format_table(table) for table in tables))


def _summary_line(summary: RunSummary, engine: str, elapsed: float) -> str:
    passed = summary.statuses.get(PASS, 0)
    return (f"run {summary.run_id} ({engine}): {summary.finished} files in {elapsed:.1f} s: "
            f"{reports.summarize_statuses(summary.statuses) or 'nothing run'}; "
            f"{pass_rate(passed, summary.finished):.1f}% pass; {summary.records_total:,} records "
            f"({summary.records_passed:,} passed, {summary.records_failed:,} failed, "
            f"{summary.records_skipped:,} skipped)")


def _resume_hint(args: argparse.Namespace, run_id: int) -> str:
    paths = " ".join(str(path) for path in args.paths)
    return (f"{PROGRAM} run {paths} --engine {args.engine} --db {args.db} --resume {run_id}"
            + (f" --as {args.dialect}" if args.dialect else "")
            + (f" --root {args.root}" if args.root else ""))


def command_run(args: argparse.Namespace) -> int:
    """``run``: a suite into the results database; 0 when the run completed (see --fail-under)."""
    spec = _engine(args)
    tasks = discover(args.paths, args.root)
    results = results_file(args.db, args.db_kind)
    commit, branch = (args.commit, args.branch)
    if commit is None or branch is None:
        here_commit, here_branch = current_revision(Path.cwd())
        commit, branch = commit or here_commit, branch or here_branch
    options = RunOptions(spec, jobs=args.jobs, timeout=args.timeout, git_commit=commit, branch=branch,
                         label=args.label, resume=args.resume, records=args.records)
    started = time.monotonic()
    summary = run_suite(tasks, results, options, progress_for_stderr)
    print(_summary_line(summary, spec.name, time.monotonic() - started))
    print(f"results: {args.db}")
    if summary.interrupted:
        print(f"interrupted: {summary.finished + summary.already_done} of {summary.planned} files kept; "
              f"resume with: {_resume_hint(args, summary.run_id)}", file=sys.stderr)
        return EXIT_INTERRUPTED
    return _run_verdict(args, summary)


def _run_verdict(args: argparse.Namespace, summary: RunSummary) -> int:
    """The exit code of a completed run: --exit-zero, else --fail-under, else 1 if any file did not pass."""
    if args.exit_zero:
        return 0
    if args.fail_under is not None:
        rate = pass_rate(summary.statuses.get(PASS, 0), summary.finished)
        if rate < args.fail_under:
            print(f"pass rate {rate:.1f}% is under {args.fail_under:g}%", file=sys.stderr)
            return 1
        return 0
    failing = sum(summary.statuses.get(status, 0) for status in FAILING_STATUSES)
    if failing:
        print(f"{failing} file{'s' if failing != 1 else ''} did not pass "
              f"({reports.summarize_statuses(summary.statuses, FAILING_STATUSES)}); exit status 1 "
              f"(--exit-zero records a run without failing)", file=sys.stderr)
        return 1
    return 0


def open_results(path: Path, kind: str | None = None) -> ResultsStore:
    """The results database at ``path`` (of ``kind``, else the kind its path says) for reading; when there is
    none, say how to name one."""
    results = results_file(path, kind)
    if path.exists() or results.journal_path.exists():
        return results.open()
    found = bundled.bundled_dump()
    hint = f" (the bundled results: --db {found})" if found is not None else ""
    raise ResultsFileError(f"no results database at {path}; name one with --db PATH{hint}")


def _show_failure(failure: Failure, path: Path, oracle: Oracle) -> None:
    print(failure.summary())
    for line in failure.sql.splitlines():
        print(f"    {line}")
    if failure.expected is None and failure.actual is None:
        return
    if failure.kind == "query result mismatch" and failure.actual is not None:
        try:
            record = repro.build(path, failure.line, oracle.dialect).record
            lines = record_diff(record, failure.actual, oracle).text()
        except (DiffError, ReproError) as exc:
            lines = [f"no row diff: {exc}"]
        for line in lines:
            print(f"  {line}")
        return
    expected = failure.expected or []
    actual = failure.actual or []
    diff = list(difflib.unified_diff(expected, actual, "expected", "actual", lineterm="", n=2))
    for line in diff[:_DIFF_LINES]:
        print(f"  {line}")
    if len(diff) > _DIFF_LINES:
        print(f"  ... {len(diff) - _DIFF_LINES} more diff lines")


def command_test(args: argparse.Namespace) -> int:
    """``test``: one file, every failure with its SQL and a diff; 1 when the file fails."""
    spec = _engine(args)
    if not args.file.is_file():
        raise SuiteError(f"no such file: {args.file}")
    task = discover([args.file], args.root)[0]
    if args.db.exists():
        rows = open_results(args.db, args.db_kind).query(
            "SELECT run_id, status, tested_at FROM test_results WHERE file_path = ? ORDER BY run_id DESC "
            "LIMIT 1", (task.key,))[1]
        if rows:
            print(f"last recorded: {rows[0][1]} in run {rows[0][0]} ({rows[0][2]})")
    outcome = check_file(task, spec, args.timeout)
    with oracle_for(task.path, spec.dialect) as oracle:
        for failure in outcome.failures:
            _show_failure(failure, task.path, oracle)
            print()
    if outcome.error:
        print(outcome.error)
    print(f"{task.key}: {outcome.status}: {outcome.records_total} records, {outcome.records_passed} passed, "
          f"{outcome.records_failed} failed, {outcome.records_skipped} skipped ({outcome.duration_ms} ms)")
    return 0 if outcome.status == PASS else 1


def _repro_engine(args: argparse.Namespace) -> tuple[EngineSpec, ResultsStore | None]:
    """The engine to reproduce on (``--engine``, else ``--run``'s engine, else vibesql) and ``--run``'s database."""
    if args.run is None:
        return parse_engine(args.engine or "vibesql", args.dialect), None
    store = open_results(args.db, args.db_kind)
    run = store.run(args.run)
    if run is None:
        raise UsageError(f"no run {args.run} in {args.db}")
    return parse_engine(args.engine or run.get("engine") or "vibesql", args.dialect or run.get("dialect")), store


def _stored_actual(store: ResultsStore, args: argparse.Namespace, path: Path, line: int) -> str:
    """What ``--run`` stored for the record starting at ``line``: its actual result and error."""
    key = discover([path], args.root)[0].key
    try:
        found = store.query("SELECT actual, error_message FROM record_results WHERE run_id = ? AND file_path = ? "
                            "AND line = ?", (args.run, key, line))[1]
    except Exception as exc:  # an unreadable side file: the engine's error names it
        raise UsageError(" ".join(str(exc).split())) from exc
    if not found:
        return f"(run {args.run} stored no failure for {key}:{line})"
    return "\n".join(part for part in found[0] if part)


def command_repro(args: argparse.Namespace) -> int:
    """``repro``: the script that reproduces one record; with --minimize, its smallest disagreeing form."""
    path, line = repro.parse_location(args.location)
    spec, store = _repro_engine(args)
    case = repro.build(path, line, spec.dialect)
    if store is not None:
        case.actual = _stored_actual(store, args, path, case.record.line)
    if args.minimize:
        before = len(case.setup)
        smallest = repro.minimize(case, spec)
        case.setup, case.record.sql = smallest.setup, smallest.sql
        print(f"minimized against sqlite3 on {spec.name}: removed {smallest.removed_statements} of {before} setup "
              f"statements, {smallest.removed_rows} inserted rows and {smallest.query_cuts} query parts "
              f"({smallest.trials} trials)", file=sys.stderr)
    script = case.script()
    if args.output is None:
        sys.stdout.write(script)
    else:
        args.output.write_text(script, encoding="utf-8")
        print(f"repro: {args.output}")
    return 0


def command_status(args: argparse.Namespace) -> int:
    """``status``: recent runs and one run by category."""
    _print_tables(reports.status(open_results(args.db, args.db_kind), args.run))
    return 0


def command_query(args: argparse.Namespace) -> int:
    """``query``: any SQL on the results database, as a table."""
    store = open_results(args.db, args.db_kind)
    try:
        table = reports.run_query(store, args.sql)
    except Exception as exc:  # the engine's own error for the user's SQL
        raise UsageError(" ".join(str(exc).split()) or exc.__class__.__name__) from exc
    _print_tables([table])
    return 0


def command_analyze(args: argparse.Namespace) -> int:
    """``analyze``: a run's failures grouped by kind."""
    store = open_results(args.db, args.db_kind)
    _print_tables([reports.analyze(store, args.run), *reports.analyze_records(store, args.run)])
    return 0


def command_features(args: argparse.Namespace) -> int:
    """``features``: the feature matrix, with a note for each run whose cells are counts, not rates."""
    from vibesql_magic.slt.feature_matrix import feature_matrix, matrix_table

    kind = store_kind(args.db) if args.db_kind is None else args.db_kind
    if kind != DUMP and args.db.exists() and not results_file(args.db, kind).journal_path.exists():
        connection = stores.duckdb_reader(args.db)  # every run's records: DuckDB reads them where they lie
    else:
        connection = open_results(args.db, args.db_kind).connection
    table, notes = matrix_table(feature_matrix(connection), args.top)
    _print_tables([table])
    for note in notes:
        print(f"note: {note}")
    return 0


def _location(text: str) -> tuple[Path, int | None]:
    """``PATH`` or ``PATH:LINE``."""
    path, _, line = text.rpartition(":")
    return (Path(path), int(line)) if path and line.isdigit() else (Path(text), None)


def command_since(args: argparse.Namespace) -> int:
    """``since``: pass-then-fail ranges of stored commits, for one file or record or every failing file."""
    from vibesql_magic.slt.first_bad import first_bad

    store = open_results(args.db, args.db_kind)
    if args.location is None:
        _print_tables([first_bad(store, engine=args.engine)])
        return 0
    path, line = _location(args.location)
    if not path.is_file():
        raise SuiteError(f"no such file: {path}")
    _print_tables([first_bad(store, discover([path], args.root)[0].key, line, args.engine)])
    return 0


def command_bisect(args: argparse.Namespace) -> int:
    """``bisect``: the first bad commit of the engine for one file or record, by git bisect run."""
    from vibesql_magic.slt.bisect import bisect

    path, line = _location(args.location)
    if not path.is_file():
        raise SuiteError(f"no such file: {path}")
    found = bisect(args.repo, path, line, args.good, args.bad, _engine(args), args.timeout)
    if found.first_bad is None:
        print(found.log.strip())
        raise GitError(f"git bisect named no first bad commit for {found.subject} (skipped commits?)")
    subject = git(args.repo, "log", "-1", "--format=%h %cs %s", found.first_bad).strip()
    print(f"first bad commit: {found.first_bad} ({subject}) for {found.subject} on {args.engine}")
    return 0


def command_votes(args: argparse.Namespace) -> int:
    """``votes``: oracle voting over each engine's latest run, counted per engine."""
    _print_tables([reports.votes(open_results(args.db, args.db_kind))])
    return 0


def command_regressions(args: argparse.Namespace) -> int:
    """``regressions``: what broke and what got fixed between two runs; 1 when something broke."""
    comparison = reports.regressions(open_results(args.db, args.db_kind), args.base, args.head)
    _print_tables([comparison.regressions, comparison.fixes])
    return 1 if comparison.regressions.rows else 0


def command_export(args: argparse.Namespace) -> int:
    """``export``: the whole database, every table, as Parquet or DuckDB."""
    store = open_results(args.db, args.db_kind)
    write = stores.export_parquet if args.form == "parquet" else stores.export_duckdb
    kind = store_kind(args.db) if args.db_kind is None else args.db_kind
    records = kind == DUMP and record_store.records_dir(Path(args.db)).is_dir()  # a dump's side files
    counts = write(store.connection, args.target, records)
    print(f"exported {args.db} to {args.target} ({args.form}): {len(counts)} tables, {sum(counts.values()):,} rows")
    return 0


def command_import(args: argparse.Namespace) -> int:
    """``import``: a JUnit XML or VibeSQL JSON file as a run, or a whole exported store into a new database."""
    if stores.is_store(args.file):
        results = results_file(args.db, args.db_kind)
        with results.locked():
            if args.db.exists():
                raise stores.StoreError(f"{args.db} exists already; import a whole store into a new --db")
            connection = results.dumps.open(None)
            counts = stores.import_store(args.file, connection)
            results.dumps.save(connection, args.db)
        print(f"imported {args.file} into {args.db}: {len(counts)} tables, {sum(counts.values()):,} rows")
        return 0
    if not args.file.is_file():
        raise ImportFormatError(f"no such file: {args.file}")
    run_id, run = import_run(args.file, results_file(args.db, args.db_kind))
    counts: dict[str, int] = {}
    for result in run.results:
        counts[result["status"]] = counts.get(result["status"], 0) + 1
    print(f"imported {args.file} as run {run_id}: {len(run.results)} files "
          f"({reports.summarize_statuses(counts, ('PASS', 'FAIL', 'TIMEOUT', 'ERROR', 'UNTESTED'))})")
    return 0


def command_history(args: argparse.Namespace) -> int:
    """``history``: one dated run per commit of the engine's repository."""
    spec = _engine(args)
    tasks = discover(args.paths, args.root)
    options = RunOptions(spec, jobs=args.jobs, timeout=args.timeout, label=args.label or "history")
    results = results_file(args.db, args.db_kind)
    commits = commits_in(args.repo, args.commits, args.touching, args.sample)
    print(f"{len(commits)} commits to run" + (f" (sampled to {args.sample})" if args.sample else ""))
    for step in run_history(args.repo, commits, tasks, results, options, progress_for_stderr):
        if step.summary is None:
            print(f"{step.commit.sha[:12]} {step.commit.date[:19]}: engine unavailable "
                  f"(run {step.run_id}): {step.unavailable}")
            continue
        passed = step.summary.statuses.get(PASS, 0)
        print(f"{step.commit.sha[:12]} {step.commit.date[:19]}: run {step.run_id}: "
              f"{passed}/{step.summary.finished} files pass "
              f"({pass_rate(passed, step.summary.finished):.1f}%)")
        if step.summary.interrupted:
            print("interrupted; the commits done so far are recorded", file=sys.stderr)
            return EXIT_INTERRUPTED
    return 0


def command_report(args: argparse.Namespace) -> int:
    """``report``: the static site; prints the path of its index.html."""
    from vibesql_magic.slt.html_report import write_report

    index = write_report(open_results(args.db, args.db_kind).connection, args.html, source=str(args.db))
    print(f"report: {index.resolve()}")
    return 0


def command_badge(args: argparse.Namespace) -> int:
    """``badge``: ENGINE.svg and ENGINE.json per engine."""
    from vibesql_magic.slt.badges import badges, write_badges
    from vibesql_magic.slt.summaries import overview

    results = overview(open_results(args.db, args.db_kind).connection)
    written = write_badges(results, args.output)
    for badge in badges(results):
        print(f"{badge.engine}: {badge.message} -> {args.output / badge.slug}.svg, .json")
    if not written:
        print(f"no engine has a completed run that is not broken in {args.db}; no badges written")
    return 0


COMMANDS = {"run": command_run, "test": command_test, "repro": command_repro, "status": command_status,
            "query": command_query,
            "analyze": command_analyze, "features": command_features, "since": command_since,
            "bisect": command_bisect, "votes": command_votes, "regressions": command_regressions,
            "import": command_import, "export": command_export, "history": command_history,
            "report": command_report, "badge": command_badge}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``vibesql-slt`` console script."""
    args = build_parser().parse_args(argv)
    return run_command(PROGRAM, lambda: COMMANDS[args.command](args), (*USAGE_ERRORS, UsageError))


if __name__ == "__main__":
    sys.exit(main())
