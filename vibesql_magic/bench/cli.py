"""``vibesql-bench``: the command line over the benchmark library (parse arguments, call, print).

Exit codes: 0 done; 1 a workload that could not hold its target rate (``--strict``);
2 a usage error, bad configuration or unusable file (one line on stderr); 130
interrupted by Ctrl-C (what was measured is kept).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from vibesql_magic.bench.catalog import CatalogError
from vibesql_magic.bench.config import ConfigError, SeedConfig, WorkloadConfig, seed_config, workload_config
from vibesql_magic.bench.corpus import CorpusResult, time_corpus
from vibesql_magic.bench.display import LiveDisplay
from vibesql_magic.bench.engines import Engine, EngineError, open_engine
from vibesql_magic.bench.loading import LoadError
from vibesql_magic.bench.patterns import PATTERNS, PatternError, pattern_weights
from vibesql_magic.bench.seeding import SeedError, seed_file
from vibesql_magic.bench.storage import MACHINE_TAG_VARIABLE, RunInfo, begin_run, finish_run
from vibesql_magic.bench.summary import summary
from vibesql_magic.bench.workload import WorkloadError, WorkloadOptions, WorkloadResult, run_workload
from vibesql_magic.slt.console import EXIT_INTERRUPTED, OneLineParser, positive_float, positive_int, run_command
from vibesql_magic.slt.journal import ResultsFile, ResultsFileError
from vibesql_magic.slt.pool import EngineUnavailable
from vibesql_magic.slt.suite import SuiteError, discover

PROGRAM = "vibesql-bench"

DEFAULT_RESULTS = "conformance.sql"


class UsageError(Exception):
    """A bad combination of arguments found after parsing."""


USAGE_ERRORS: tuple[type[Exception], ...] = (ConfigError, EngineError, LoadError, SeedError, CatalogError,
                                             PatternError, WorkloadError, ResultsFileError, UsageError,
                                             SuiteError, EngineUnavailable)


def _non_negative_int(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text}")
    return value


def _add_seed(commands: Any) -> None:
    seed = commands.add_parser("seed", help="fill a schema with deterministic rows and write a dump")
    seed.add_argument("--engine", default="vibesql", help="vibesql (default), sqlite, duckdb or MODULE:CALLABLE")
    seed.add_argument("--schema", type=Path, required=True, metavar="FILE.sql",
                      help="a dump whose CREATE statements are the schema (ours, VibeSQL's or sqlite3 .dump)")
    counts = seed.add_mutually_exclusive_group(required=True)
    counts.add_argument("--rows", type=_non_negative_int, metavar="N", help="rows in every table")
    counts.add_argument("--config", type=Path, metavar="seed.toml", help="row counts and column overrides")
    seed.add_argument("--seed", type=int, metavar="S", help="random seed (default: the config's, else 0)")
    seed.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.sql", help="the seeded dump")


def _recording(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--results", type=Path, default=Path(DEFAULT_RESULTS), metavar="RESULTS.sql",
                        help=f"results database, a SQL dump (default: ./{DEFAULT_RESULTS})")
    parser.add_argument("--machine-tag", metavar="TAG",
                        help=f"what runs are compared on (default: ${MACHINE_TAG_VARIABLE}, else the host name)")
    parser.add_argument("--label", help="free text stored with the run")


def _add_workload(commands: Any) -> None:
    workload = commands.add_parser("workload", help="run a pattern at a target rate and store its latencies")
    workload.add_argument("--engine", default="vibesql", help="vibesql (default), sqlite, duckdb or MODULE:CALLABLE")
    workload.add_argument("--data", type=Path, required=True, metavar="SEEDED.sql", help="a seeded dump")
    mix = workload.add_mutually_exclusive_group(required=True)
    mix.add_argument("--pattern", choices=list(PATTERNS), help="a built-in pattern")
    mix.add_argument("--config", type=Path, metavar="workload.toml", help="a custom mix and SQL")
    workload.add_argument("--connections", type=positive_int, help="connections (default 1)")
    workload.add_argument("--tps", type=positive_float, help="target transactions per second (default: no limit)")
    length = workload.add_mutually_exclusive_group()
    length.add_argument("--duration", type=positive_float, metavar="S", help="seconds to run")
    length.add_argument("--transactions", type=positive_int, metavar="N", help="transactions to run")
    workload.add_argument("--seed", type=int, help="random seed of the operations (default: the config's, else 0)")
    workload.add_argument("--strict", action="store_true", help="exit 1 when the target rate is not sustained")
    _recording(workload)


def _add_corpus(commands: Any) -> None:
    corpus = commands.add_parser("corpus", help="time the SQLLogicTest runner per file and per engine")
    corpus.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or directories (recursive)")
    corpus.add_argument("--engine", action="append", dest="engines", metavar="ENGINE",
                        help="an engine to time (repeat for several; default: vibesql)")
    corpus.add_argument("--jobs", "-j", type=positive_int, default=1, help="worker processes (default 1)")
    corpus.add_argument("--repeat", type=positive_int, default=1, help="runs of each file (default 1)")
    corpus.add_argument("--timeout", type=positive_float, default=300.0, help="seconds per file (default 300)")
    corpus.add_argument("--root", type=Path, help="corpus root that file names are relative to")
    _recording(corpus)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = OneLineParser(prog=PROGRAM, description="Seed schemas, run workloads and time the corpus; results go "
                                               "into the results database beside the conformance runs.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_seed(commands)
    _add_workload(commands)
    _add_corpus(commands)
    return parser


def command_seed(args: argparse.Namespace) -> int:
    """``seed``: the schema's tables filled, parents first, then saved as a dump."""
    config = seed_config(args.config) if args.config is not None else SeedConfig(rows=args.rows)
    seed = args.seed if args.seed is not None else (config.seed if config.seed is not None else 0)
    engine = open_engine(args.engine)
    started = time.perf_counter()
    report = seed_file(engine, args.schema, config, seed, args.output)
    total = time.perf_counter() - started
    for note in report.notes:
        print(f"note: {note}", file=sys.stderr)
    for table, rows in report.rows.items():
        print(f"  {table}: {rows:,} rows")
    print(f"seeded {report.total_rows:,} rows into {len(report.rows)} tables on {engine.name} "
          f"{engine.version or ''} in {report.seconds:.2f} s ({report.rows_per_second:,.0f} rows/s), seed {seed}")
    print(f"wrote {args.output} ({args.output.stat().st_size / 1e6:.1f} MB; {total:.1f} s in all)")
    return 0


def _workload_options(args: argparse.Namespace) -> WorkloadOptions:
    config = workload_config(args.config) if args.config is not None else WorkloadConfig()
    weights = pattern_weights(args.pattern or config.pattern) if (args.pattern or config.pattern) else {}
    weights.update(config.mix)
    for operation in config.operations:
        weights.setdefault(operation.name, operation.weight)
    duration = args.duration if args.duration is not None else (None if args.transactions else config.duration)
    transactions = args.transactions if args.transactions is not None else (None if args.duration else
                                                                            config.transactions)
    if duration is None and transactions is None:
        raise UsageError("give --duration or --transactions (or duration or transactions in the config)")
    name = args.pattern or config.pattern or "custom"
    if args.config is not None and (config.mix or config.operations):
        name = f"{config.pattern + '+' if config.pattern else ''}{args.config.stem}"
    return WorkloadOptions(open_engine(args.engine), args.data, name, weights, config.operations,
                           connections=args.connections or config.connections or 1, tps=args.tps or config.tps,
                           duration=duration, transactions=transactions,
                           seed=args.seed if args.seed is not None else (config.seed or 0))


def command_workload(args: argparse.Namespace) -> int:
    """``workload``: transactions at a target rate; the figures go into the results database."""
    options = _workload_options(args)
    results = ResultsFile(args.results)
    info = RunInfo.here(args.machine_tag, args.label)
    run_ids: list[int] = []

    def begin(result: WorkloadResult) -> None:
        run_ids.append(begin_run(results, info, {
            "engine": options.engine.name, "engine_version": options.engine.version, "suite": "workload",
            "pattern": options.pattern, "target_tps": options.tps, "connections": options.connections,
            "duration_s": options.duration, "concurrency": result.concurrency, "dataset": str(options.data)}))

    title = f"{options.pattern} on {options.engine.name}"
    result = run_workload(options, LiveDisplay(title, options.tps, options.duration), on_ready=begin)
    if run_ids:
        finish_run(results, run_ids[0], result.figures, {
            "duration_s": round(result.elapsed, 3), "transactions": result.total.count,
            "errors": result.total.errors, "achieved_tps": result.total.tps,
            "sustained": None if result.sustained is None else int(result.sustained),
            "interrupted": int(result.interrupted)})
    print(summary(result))
    print(f"stored as benchmark run {run_ids[0]} in {args.results}" if run_ids else "nothing stored")
    if result.interrupted:
        return EXIT_INTERRUPTED
    return 1 if args.strict and result.sustained is False else 0


def _corpus_name(paths: Sequence[Path]) -> str:
    return " ".join(path.name for path in paths)[:500]


def command_corpus(args: argparse.Namespace) -> int:
    """``corpus``: each file's time on each engine, one benchmark run per engine."""
    tasks = discover(args.paths, args.root)
    engines = [open_engine(name) for name in args.engines or ["vibesql"]]
    results = ResultsFile(args.results)
    info = RunInfo.here(args.machine_tag, args.label)
    for engine in engines:
        run_ids: list[int] = []

        def begin(result: CorpusResult, engine: Engine = engine, run_ids: list[int] = run_ids) -> None:
            run_ids.append(begin_run(results, info, {
                "engine": engine.name, "engine_version": result.engine_version, "suite": "corpus",
                "pattern": _corpus_name(args.paths), "connections": args.jobs, "concurrency": "processes",
                "dataset": " ".join(str(path) for path in args.paths)[:500]}))

        result = time_corpus(tasks, engine.spec, jobs=args.jobs, timeout=args.timeout, repeat=args.repeat,
                             on_ready=begin)
        total = result.figures[-1]
        finish_run(results, run_ids[0], result.figures, {
            "duration_s": round(result.elapsed, 3), "transactions": total.count, "errors": total.errors,
            "achieved_tps": total.tps, "interrupted": int(result.interrupted)})
        print(f"{engine.name} {result.engine_version or ''}: {result.files} files in {result.elapsed:.1f} s "
              f"({total.tps:,.0f} records/s), mean {total.mean_ms or 0:.1f} ms a file; "
              f"stored as benchmark run {run_ids[0]} in {args.results}")
        if result.interrupted:
            return EXIT_INTERRUPTED
    return 0


COMMANDS = {"seed": command_seed, "workload": command_workload, "corpus": command_corpus}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``vibesql-bench`` console script; returns the exit code (argparse's too)."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:  # --help, or a bad argument already reported in one line
        return int(exit_.code or 0)
    return run_command(PROGRAM, lambda: COMMANDS[args.command](args), USAGE_ERRORS)


if __name__ == "__main__":
    sys.exit(main())
