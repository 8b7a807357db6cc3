"""Configuration files: every mistake is one line naming the file and the TOML key; unknown engines too."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench_support import SESSIONS, Outcome

from vibesql_magic.bench.domains import Domain, read_checks


@pytest.mark.parametrize(("toml", "message"), [
    ("rows = 'many'\n", "rows: must be a non-negative integer, not 'many'"),
    ("[tables.sessions]\nrows = -1\n", "tables.sessions.rows: must be a non-negative integer, not -1"),
    ("[tables.sessions]\nrow = 3\n", "tables.sessions.row: unknown key"),
    ("[tables.sesions]\nrows = 3\n", "tables.sesions: no such table (tables: chat_messages, instances, "),
    ("[tables.sessions.columns.stauts]\nvalues = ['a']\n", "tables.sessions.columns.stauts: no such column"),
    ("[tables.sessions.columns.workspace_id]\nvalues = [1]\n",
     "tables.sessions.columns.workspace_id: is a foreign key"),
    ("[tables.sessions.columns.prompt]\ngenerator = 'poem'\n",
     "tables.sessions.columns.prompt: unknown generator 'poem'"),
    ("[tables.instances.columns.score]\nmin = 5\nmax = 1\n", "tables.instances.columns.score.max: is less than min"),
    ("[tables.sessions\n", ":1:17: Expected ']' at the end of a table declaration"),
])
def test_a_bad_seed_config_names_the_key(cli, tmp_path: Path, toml: str, message: str) -> None:
    config = tmp_path / "seed.toml"
    config.write_text(toml)
    outcome: Outcome = cli("seed", "--schema", SESSIONS, "--config", config, "-o", tmp_path / "out.sql")
    assert outcome.code == 2
    assert outcome.err.startswith(f"vibesql-bench: error: {config}")
    assert message in outcome.err
    assert len(outcome.err.strip().splitlines()) == 1
    assert not (tmp_path / "out.sql").exists()


def test_an_unknown_engine_is_one_line(cli, tmp_path: Path) -> None:
    outcome = cli("seed", "--engine", "oracle", "--schema", SESSIONS, "--rows", "3", "-o", tmp_path / "out.sql")
    assert outcome.code == 2 and len(outcome.err.splitlines()) == 1
    assert outcome.err.startswith("vibesql-bench: error: unknown engine 'oracle': use vibesql, sqlite, apsw, ")
    assert outcome.err.endswith(", postgres or MODULE:CALLABLE\n")


def test_seed_reports_rows_per_second(cli, tmp_path: Path) -> None:
    outcome = cli("seed", "--schema", SESSIONS, "--rows", "7", "--seed", "3", "-o", tmp_path / "out.sql")
    assert outcome.code == 0, outcome.err
    assert "seeded 42 rows into 6 tables on vibesql" in outcome.out and "rows/s), seed 3" in outcome.out


def test_checks_become_domains() -> None:
    facts = read_checks(["type IN ('a', 'b')", "n >= 0 AND n < 10", "-5 < m", "content <> ''",
                         "LENGTH(code) > 2", "x BETWEEN 1 AND 3", "y IS NOT NULL", "a < b", "z LIKE 'x%'"])
    assert facts.domain("type") == Domain(choices=("a", "b"))
    assert facts.domain("N") == Domain(minimum=0, maximum=9)
    assert facts.domain("m") == Domain(minimum=-4)
    assert facts.domain("content") == Domain(min_length=1)
    assert facts.domain("code") == Domain(min_length=3)
    assert facts.domain("x") == Domain(minimum=1, maximum=3)
    assert facts.not_understood == ["a < b", "z LIKE 'x%'"]
