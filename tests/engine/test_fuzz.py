"""Our fuzzer (vibesql_magic.fuzz) on a fixed sample of seeds, its corpus of minimized cases replayed, and no
Python exception escaping the engine on anything the grammar writes.

A long random campaign is the same test with a time budget:

    VIBESQL_FUZZ_SECONDS=600 python -m pytest tests/engine/test_fuzz.py

or, reporting statements/s and the seeds, `python -m vibesql_magic.fuzz --seconds 600`.
"""

from __future__ import annotations

import os
import random
from collections import Counter
from pathlib import Path

import pytest

from vibesql_magic.fuzz.campaign import campaign
from vibesql_magic.fuzz.grammar import Grammar
from vibesql_magic.fuzz.oracles import ESCAPE, TIE, WRONG, Pair, _tie_alike, outcome, typed
from vibesql_magic.fuzz.shrink import minimize, reductions, signature

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


def test_shrinking_cuts_the_failing_statement_down_to_the_part_that_fails() -> None:
    query = "SELECT (a0.c0 + abs(a0.c1)), 'x' FROM t0 a0 LEFT JOIN t1 a1 ON (a0.c0 = a1.c0) WHERE (a0.c1 IN (1, 2))"
    minimal = minimize(["CREATE TABLE t0(c0, c1)", query], lambda s: "abs(" in s[-1] and s[0].startswith("CREATE"))
    assert minimal == ["CREATE TABLE t0(c0, c1)", "SELECT abs(0) FROM t0 a0"]
    assert all(len(smaller) < len(query) for smaller in reductions(query))


def test_signatures_ignore_literals_and_names_but_not_the_kind_or_the_words() -> None:
    assert signature(WRONG, "SELECT 1 + 'a' FROM t0 a0", "") == signature(WRONG, "SELECT 22 + 'bc' FROM t1 a2", "")
    assert signature(WRONG, "SELECT 1", "") != signature("TLP", "SELECT 1", "")
    assert signature(WRONG, "SELECT abs(1)", "") != signature(WRONG, "SELECT hex(1)", "")


def test_a_tie_sqlite_leaves_open_is_not_a_wrong_answer() -> None:
    """Which of 1 and 1.0 stands for their group is up to the engine: sqlite3 itself answers 1 or 1.0 as it
    scans the table one way or the other, so ours may give either, and nothing else."""
    pair = Pair()
    for statement in ("CREATE TABLE t(a)", "INSERT INTO t VALUES (1), (1.0)"):
        assert pair.compare(statement) is None
    found = pair.compare("SELECT a FROM t LIMIT 1")
    assert found is None or found.kind == TIE
    assert pair._reversed("SELECT a FROM t LIMIT 1") != outcome(pair.theirs, "SELECT a FROM t LIMIT 1", Exception)
    assert pair.compare("SELECT a + 0.5 FROM t LIMIT 1") is None
    pair.close()


def test_values_that_compare_equal_but_differ_are_a_possible_tie_only_where_the_query_chooses() -> None:
    one, one_real = Counter({(typed(1),): 1}), Counter({(typed(1.0),): 1})
    assert _tie_alike("SELECT DISTINCT a FROM t", one, one_real)
    assert not _tie_alike("SELECT a FROM t", one, one_real)
    assert not _tie_alike("SELECT DISTINCT a FROM t", one, Counter({(typed(2),): 1}))


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
    assert {key: (f.kind, f.detail) for key, (f, _) in report.real().items()} == {}


@pytest.mark.skipif(LONG_RUN is None, reason="set VIBESQL_FUZZ_SECONDS=N for a long random campaign")
def test_a_long_random_campaign_runs_clean() -> None:
    first = random.randrange(1 << 30)
    report = campaign(range(first, first + 10**9), seconds=float(LONG_RUN or 0))
    print(f"seeds {first}.. ({len(report.seeds)}), {report.statements} statements, {report.rate:.0f}/s")
    assert {key: (f.kind, f.detail, s) for key, (f, s) in report.real().items()} == {}


def test_rowids_sqlite_picks_at_random_are_a_tie_not_a_wrong_answer() -> None:
    """Once rowid 9223372036854775807 is used SQLite takes a random free rowid; ours takes the smallest."""
    pair = Pair()
    for statement in ("CREATE TABLE t(k INTEGER PRIMARY KEY, v)", "INSERT INTO t VALUES (9223372036854775807, 'x')"):
        assert pair.compare(statement) is None
    found = pair.compare("INSERT INTO t(v) VALUES ('y')")
    assert found is not None and found.kind == TIE
    pair.close()
