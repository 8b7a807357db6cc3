"""Run seeds through the grammar and the oracles, shrink each new finding and keep one per signature.

    python -m vibesql_magic.fuzz --seconds 600 --first-seed 1000 --out findings/

A seed stops at the first statement that changes the databases differently (its later statements would
only repeat that one difference). Differences SQLite leaves open (ties) or that are SQLite 3.40's own
bugs (SQLite 3.54 agrees with ours) are counted and kept apart from the findings.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from vibesql_magic.fuzz.grammar import Grammar
from vibesql_magic.fuzz.oracles import BENIGN, Finding, Pair, is_query, norec, tlp
from vibesql_magic.fuzz.shrink import minimize, signature


@dataclass
class Report:
    seeds: list[int] = field(default_factory=list)
    statements: int = 0
    heavy: int = 0  # queries left uncompared: sqlite3 itself took more than HEAVY_SECONDS
    seconds: float = 0.0
    shrinking: float = 0.0  # of ``seconds``, spent shrinking findings
    findings: dict[str, tuple[Finding, list[str]]] = field(default_factory=dict)  # signature -> (finding, script)
    counts: dict[str, int] = field(default_factory=dict)  # kind -> findings before deduplication
    hits: dict[str, int] = field(default_factory=dict)  # signature -> findings it stands for
    shapes: dict[str, str] = field(default_factory=dict)  # coarse shape before shrinking -> signature

    @property
    def rate(self) -> float:
        """Generated statements per second of fuzzing (shrinking's replays are not counted, nor its time)."""
        fuzzing = self.seconds - self.shrinking
        return self.statements / fuzzing if fuzzing > 0 else 0.0

    def real(self) -> dict[str, tuple[Finding, list[str]]]:
        """The findings that are ours to fix: every kind but ties and SQLite 3.40's own bugs."""
        return {key: value for key, value in self.findings.items() if value[0].kind not in BENIGN}


_BARE_GROUP = re.compile(r"\bGROUP BY\b", re.IGNORECASE)
_AGGREGATE = re.compile(r"\b(?:count|sum|total|avg|min|max|group_concat)\(", re.IGNORECASE)


def _replay(statements: list[str], kind: str) -> bool:
    """Whether the last statement of a script, run after the others, still fails with ``kind``
    (and every statement before it that writes changes both databases alike)."""
    if _BARE_GROUP.search(statements[-1]) and not _AGGREGATE.search(statements[-1]):
        return False  # shrinking left a grouped query with no aggregate: its bare columns pick any row
    pair = Pair()
    try:
        for statement in statements[:-1]:
            found = pair.compare(statement)
            if found is not None and not is_query(statement):
                return False  # the databases differ before the last statement: another finding
        found = pair.compare(statements[-1])
        return found is not None and _class(found) == kind
    finally:
        pair.close()


def _class(found: Finding) -> str:
    """What a shrunk script must keep failing with: the kind, and which side raised (if either)."""
    theirs, _, ours = found.detail.partition(" ours ")
    return f"{found.kind}|{theirs.startswith('sqlite3 error') or ' sqlite3 error' in theirs}|{ours.startswith('error')}"


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
                if not is_query(statement):
                    return  # the two databases now differ: what follows would repeat this finding
        for _ in range(queries // 4):
            items, source, columns = grammar.select()
            predicate = grammar.predicate(columns)
            for found in (tlp(pair, items, source, predicate), norec(pair, source, predicate)):
                report.statements += 6
                if found is not None:
                    _record(report, found, [*script.setup, found.statement], False)
    finally:
        report.heavy += len(pair.heavy)
        pair.close()
        report.seeds.append(seed)


def _shape(found: Finding) -> str:
    """A coarse key taken before shrinking: a statement that repeats one already shrunk is not shrunk again."""
    words = sorted(set(re.findall(r"\b[A-Z][A-Z_]+\b|\b[a-z_]+(?=\()", found.statement)))
    return f"{found.kind}|{' '.join(words)}|{signature(found.kind, found.statement, found.detail)}"


def _record(report: Report, found: Finding, script: list[str], shrink: bool) -> None:
    report.counts[found.kind] = report.counts.get(found.kind, 0) + 1
    shape = _shape(found)
    if shape in report.shapes:
        key = report.shapes[shape]
        report.hits[key] += 1
        return
    minimal = list(script)
    start = time.monotonic()
    if shrink:
        # queries change nothing: drop them all at once before shrinking one statement at a time
        writes = [s for s in script[:-1] if not is_query(s)] + script[-1:]
        if _replay(writes, _class(found)):
            minimal = writes
        minimal = minimize(minimal, lambda s: _replay(s, _class(found)))
    report.shrinking += time.monotonic() - start
    key = signature(found.kind, minimal, found.detail)
    report.shapes[shape] = key
    report.hits[key] = report.hits.get(key, 0) + 1
    known = report.findings.get(key)
    if known is None or len(";".join(minimal)) < len(";".join(known[1])):
        report.findings[key] = (found, minimal)


def campaign(seeds: Iterable[int], seconds: float | None = None, queries: int = 20, shrink: bool = True) -> Report:
    """Seeds in order until ``seconds`` have passed; Ctrl-C ends the campaign with what it has run."""
    report = Report()
    start = time.monotonic()
    try:
        for seed in seeds:
            if seconds is not None and time.monotonic() - start > seconds:
                break
            run_seed(seed, report, queries, shrink)
    except KeyboardInterrupt:
        pass
    report.seconds = time.monotonic() - start
    return report


def write_findings(report: Report, folder: Path) -> list[Path]:
    """One small .sql file per signature: a header saying what differs, then the minimal script."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for key, (found, script) in sorted(report.findings.items()):
        path = folder / f"{key}.sql"
        header = f"-- {found.kind} (x{report.hits.get(key, 1)}): {found.detail}".replace("\n", " ")
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
          f"({report.shrinking:.0f}s of it shrinking) = {report.rate:.0f} statements/s, "
          f"{report.heavy} queries too heavy for sqlite3 to compare")
    print("differences by kind (before dedup):", report.counts or "none")
    real = report.real()
    for key, (found, script) in sorted(report.findings.items(), key=lambda item: item[1][0].kind):
        if key not in real:
            print(f"[{key}] {found.kind} (x{report.hits[key]}): {script[-1][:160]}")
    for key, (found, script) in sorted(real.items()):
        print(f"[{key}] {found.kind} (x{report.hits[key]}): {found.detail[:300]}")
        print("    " + ";\n    ".join(script) + ";")
    if options.out:
        write_findings(report, options.out)
    return 1 if real else 0
