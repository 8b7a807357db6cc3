"""Our fuzzer (vibesql_magic.fuzz) on a fixed sample of seeds, its corpus of minimized cases replayed, and no
Python exception escaping the engine on anything the grammar writes.

A long random campaign is the same test with a time budget:

    VIBESQL_FUZZ_SECONDS=600 python -m pytest tests/engine/test_fuzz.py

or, reporting statements/s and the seeds, `python -m vibesql_magic.fuzz --seconds 600`.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from vibesql_magic.fuzz.campaign import campaign
from vibesql_magic.fuzz.grammar import Grammar
from vibesql_magic.fuzz.oracles import ESCAPE, Pair
from vibesql_magic.fuzz.shrink import minimize, signature

CORPUS = Path(__file__).parent.parent / "fuzz_corpus"
LONG_RUN = os.environ.get("VIBESQL_FUZZ_SECONDS")


def _statements(path: Path) -> list[str]:
    text = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("--"))
    return [statement.strip() for statement in text.split(";\n") if statement.strip().rstrip(";")]


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.sql")), ids=lambda path: path.stem)
def test_corpus_case_matches_sqlite(path: Path) -> None:
    pair = Pair()
    for statement in _statements(path):
        assert pair.compare(statement.rstrip(";")) is None, (path.name, statement)


def test_no_exception_escapes_the_engine() -> None:
    """Everything the engine raises on generated statements is an engine.Error (a DB-API error)."""
    escaped = []
    for seed in range(40):
        pair = Pair()
        for statement in Grammar(seed, 15).script().statements:
            found = pair.compare(statement)
            if found is not None and found.kind == ESCAPE:
                escaped.append((seed, found))
        pair.close()
    assert escaped == []


def test_shrinking_keeps_the_failure_and_drops_the_rest() -> None:
    script = ["CREATE TABLE a(x)", "CREATE TABLE b(y)", "INSERT INTO a VALUES (1), (2), (3)", "SELECT x FROM a"]
    minimal = minimize(script, lambda s: any("(2)" in statement for statement in s) and s[-1] == "SELECT x FROM a")
    assert minimal == ["INSERT INTO a VALUES (2)", "SELECT x FROM a"]


def test_signatures_ignore_literals_but_not_the_kind() -> None:
    assert signature("wrong answer", "SELECT 1 + 'a'", "") == signature("wrong answer", "SELECT 22 + 'bc'", "")
    assert signature("wrong answer", "SELECT 1", "") != signature("TLP", "SELECT 1", "")


def test_the_grammar_is_a_function_of_its_seed() -> None:
    assert Grammar(7).script() == Grammar(7).script()
    assert Grammar(7).script() != Grammar(8).script()


@pytest.mark.skipif(LONG_RUN is not None, reason="the long campaign below runs instead")
def test_a_fixed_sample_of_seeds_raises_only_engine_errors() -> None:
    report = campaign(range(100, 130), queries=12, shrink=False)
    assert report.statements > 1000
    assert report.counts.get(ESCAPE, 0) == 0


@pytest.mark.skipif(LONG_RUN is not None, reason="the long campaign below runs instead")
def test_a_fixed_sample_of_seeds_matches_sqlite() -> None:
    report = campaign(range(100, 106), queries=12, shrink=False)
    assert {key: (f.kind, f.detail) for key, (f, _) in report.findings.items()} == {}


@pytest.mark.skipif(LONG_RUN is None, reason="set VIBESQL_FUZZ_SECONDS=N for a long random campaign")
def test_a_long_random_campaign_runs_clean() -> None:
    first = random.randrange(1 << 30)
    report = campaign(range(first, first + 10**9), seconds=float(LONG_RUN or 0))
    print(f"seeds {first}.. ({len(report.seeds)}), {report.statements} statements, {report.rate:.0f}/s")
    assert {key: (f.kind, f.detail, s) for key, (f, s) in report.findings.items()} == {}
