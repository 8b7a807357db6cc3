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
from vibesql_magic.bench.config import ConfigError, SeedConfig, seed_config
from vibesql_magic.bench.engines import EngineError, open_engine
from vibesql_magic.bench.loading import LoadError
from vibesql_magic.bench.seeding import SeedError, seed_file
from vibesql_magic.slt.console import OneLineParser, run_command

PROGRAM = "vibesql-bench"

USAGE_ERRORS: tuple[type[Exception], ...] = (ConfigError, EngineError, LoadError, SeedError, CatalogError)


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


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = OneLineParser(prog=PROGRAM, description="Seed schemas, run workloads and time the corpus; results go "
                                               "into the results database beside the conformance runs.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_seed(commands)
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


COMMANDS = {"seed": command_seed}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``vibesql-bench`` console script; returns the exit code (argparse's too)."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:  # --help, or a bad argument already reported in one line
        return int(exit_.code or 0)
    return run_command(PROGRAM, lambda: COMMANDS[args.command](args), USAGE_ERRORS)


if __name__ == "__main__":
    sys.exit(main())
