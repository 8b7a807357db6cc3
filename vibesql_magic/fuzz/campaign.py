"""Run seeds through the grammar and the oracles, shrink each new finding and keep one per signature.

    python -m vibesql_magic.fuzz --seconds 600 --first-seed 1000 --out findings/
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from vibesql_magic.fuzz.grammar import Grammar
from vibesql_magic.fuzz.oracles import Finding, Pair, norec, tlp
from vibesql_magic.fuzz.shrink import minimize, signature


@dataclass
class Report:
    seeds: list[int] = field(default_factory=list)
    statements: int = 0
    seconds: float = 0.0
    findings: dict[str, tuple[Finding, list[str]]] = field(default_factory=dict)  # signature -> (finding, script)
    counts: dict[str, int] = field(default_factory=dict)  # kind -> findings before deduplication

    @property
    def rate(self) -> float:
        return self.statements / self.seconds if self.seconds else 0.0


def _replay(statements: list[str], kind: str) -> bool:
    """Whether the last statement of a script, run after the others, still fails with ``kind``."""
    pair = Pair()
    try:
        for statement in statements[:-1]:
            found = pair.compare(statement)
            if found is not None and found.kind == kind:
                return False  # a failure earlier on is another finding
        found = pair.compare(statements[-1])
        return found is not None and found.kind == kind
    finally:
        pair.close()


def run_seed(seed: int, report: Report, queries: int = 20, shrink: bool = True) -> None:
    """One script: its setup and queries compared with sqlite3, plus TLP and NoREC on generated predicates."""
    grammar = Grammar(seed, queries)
    script = grammar.script()
    pair = Pair()
    done: list[str] = []
    try:
        for statement in script.statements:
            found = pair.compare(statement)
            report.statements += 1
            done.append(statement)
            if found is not None:
                _record(report, found, done, shrink)
        for _ in range(queries // 4):
            items, source, columns = grammar.select()
            predicate = grammar.predicate(columns)
            for found in (tlp(pair, items, source, predicate), norec(pair, source, predicate)):
                report.statements += 6
                if found is not None:
                    _record(report, found, [*script.setup, found.statement], False)
    finally:
        pair.close()
    report.seeds.append(seed)


def _record(report: Report, found: Finding, script: list[str], shrink: bool) -> None:
    report.counts[found.kind] = report.counts.get(found.kind, 0) + 1
    key = signature(found.kind, found.statement, found.detail)
    if key in report.findings:
        return
    minimal = list(script)
    if shrink:
        # queries change nothing: drop them all at once before shrinking one statement at a time
        writes = [s for s in script[:-1] if not s.startswith(("SELECT", "WITH"))] + script[-1:]
        if _replay(writes, found.kind):
            minimal = writes
        minimal = minimize(minimal, lambda s: _replay(s, found.kind))
    report.findings[key] = (found, minimal)


def campaign(seeds: Iterable[int], seconds: float | None = None, queries: int = 20, shrink: bool = True) -> Report:
    report = Report()
    start = time.monotonic()
    for seed in seeds:
        if seconds is not None and time.monotonic() - start > seconds:
            break
        run_seed(seed, report, queries, shrink)
    report.seconds = time.monotonic() - start
    return report


def write_findings(report: Report, folder: Path) -> list[Path]:
    """One small .sql file per signature: a header saying what differs, then the minimal script."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for key, (found, script) in sorted(report.findings.items()):
        path = folder / f"{key}.sql"
        header = f"-- {found.kind}: {found.detail}".replace("\n", " ")
        path.write_text(header + "\n" + ";\n".join(script) + ";\n", encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m vibesql_magic.fuzz", description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--first-seed", type=int, default=int(time.time()))
    parser.add_argument("--seeds", type=int, default=10**9, help="at most this many seeds")
    parser.add_argument("--queries", type=int, default=20)
    parser.add_argument("--out", type=Path, help="write one minimized script per finding here")
    parser.add_argument("--no-shrink", action="store_true")
    options = parser.parse_args(argv)
    seeds = range(options.first_seed, options.first_seed + options.seeds)
    report = campaign(seeds, options.seconds, options.queries, not options.no_shrink)
    first, last = (report.seeds[0], report.seeds[-1]) if report.seeds else (None, None)
    print(f"seeds {first}..{last} ({len(report.seeds)}), {report.statements} statements in {report.seconds:.0f}s "
          f"= {report.rate:.0f} statements/s")
    print("findings by kind (before dedup):", report.counts or "none")
    for key, (found, script) in sorted(report.findings.items()):
        print(f"[{key}] {found.kind}: {found.detail[:200]}")
        print("    " + ";\n    ".join(script) + ";")
    if options.out:
        write_findings(report, options.out)
    return 1 if report.findings else 0
