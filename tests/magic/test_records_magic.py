"""%vibesql --repro and --diff: a stored failing record of the loaded results, rebuilt from its file on disk."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from IPython.core.error import UsageError
from IPython.core.interactiveshell import InteractiveShell
from magic_support import failure, run

from vibesql_magic.records.render import hash_values
from vibesql_magic.records.script import split_statements
from vibesql_magic.slt.cli import main

WRONG = "slt_test_engines:off_by_one"  # runs a > b as a >= b (tests/slt)
SCRIPT = """\
statement ok
CREATE TABLE t(a INTEGER, b TEXT)

statement ok
INSERT INTO t VALUES (1, 'one'), (2, 'two'), (3, 'three'), (4, 'four')

statement ok
CREATE TABLE unused(x INTEGER)

query IT rowsort
SELECT a, b FROM t WHERE a > 2
----
3
three
4
four

query I nosort
SELECT a FROM t WHERE a > 1 ORDER BY a
----
{hash}

query I nosort
SELECT count(*) FROM t
----
4
"""


@pytest.fixture(name="results")
def results_fixture(tmp_path: Path) -> tuple[Path, Path]:
    """A results database whose run 1 failed two queries of a file (one listed, one hashed)."""
    path = tmp_path / "corpus" / "test" / "evidence" / "wrong.test"
    path.parent.mkdir(parents=True)
    path.write_text(SCRIPT.format(hash=f"3 values hashing to {hash_values(['2', '3', '4'])}"))
    db = tmp_path / "results.sql"
    assert main(["run", str(path), "--engine", WRONG, "--as", "sqlite", "--db", str(db), "--jobs", "1",
                 "--exit-zero"]) == 0
    return db, path


def test_diff_is_a_frame_of_the_missing_extra_and_changed_rows(shell: InteractiveShell,
                                                                 results: tuple[Path, Path],
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db, path = results
    run(shell, f"%vibesql --load {db}")
    capsys.readouterr()
    frame = run(shell, f"%vibesql --diff {path}:10")
    assert frame.to_dict("records") == [{"change": "extra", "expected_row": None, "actual_row": 1,
                                         "expected": None, "actual": "2 | two", "columns": None}]
    assert "0 missing, 1 extra, 0 changed; run 1" in capsys.readouterr().out
    hashed = run(shell, f"%vibesql --diff {path}:18 -o hashed_diff")  # the stored actual holds only the hash
    assert list(hashed["actual"]) == ["1"] and hashed.attrs["source"].startswith("by sqlite3")
    assert shell.user_ns["hashed_diff"] is hashed


def test_a_stored_key_is_found_under_the_corpus_variable(shell: InteractiveShell, results: tuple[Path, Path],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    db, path = results
    monkeypatch.setenv("VIBESQL_SLT_CORPUS", str(path.parents[1]))
    run(shell, f"%vibesql --load {db}")
    assert len(run(shell, "%vibesql --diff evidence/wrong.test:10")) == 1


def test_repro_prints_the_script_and_minimizes_it(shell: InteractiveShell, results: tuple[Path, Path],
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db, path = results
    run(shell, f"%vibesql --load {db}")
    capsys.readouterr()
    assert run(shell, f"%vibesql --repro {path}:10 -o script") is None
    script = shell.user_ns["script"]
    assert script in capsys.readouterr().out
    assert "CREATE TABLE unused" in script and "-- actual:\n--   2\n--   two" in script
    cursor = sqlite3.connect(":memory:").cursor()
    answer: list = []
    for statement in split_statements(script):
        cursor.execute(statement)
        if cursor.description is not None:  # the query; the comments after it run as nothing
            answer = cursor.fetchall()
    assert sorted(answer) == [(3, "three"), (4, "four")]  # sqlite3 gives the expected answer
    run(shell, f"%vibesql --repro {path}:10 --minimize -o smaller")
    assert "CREATE TABLE unused" not in shell.user_ns["smaller"]
    assert "minimized against sqlite3 on slt_test_engines:off_by_one: removed 1 of 3 setup" in capsys.readouterr().out


def test_records_that_cannot_be_shown_say_why(shell: InteractiveShell, results: tuple[Path, Path],
                                               tmp_path: Path) -> None:
    db, path = results
    run(shell, f"%vibesql --load {db}")
    assert "no stored run failed evidence/wrong.test:23" in str(failure(shell, f"%vibesql --diff {path}:23"))
    assert "no such file: nowhere.test" in str(failure(shell, "%vibesql --diff nowhere.test:3"))
    path.write_text(path.read_text() + "\n")
    assert "is not the file run 1 ran" in str(failure(shell, f"%vibesql --diff {path}:10"))


def test_the_record_options_refuse_what_means_nothing(shell: InteractiveShell) -> None:
    for line, message in (("--repro a.test:1 --diff a.test:1", "choose one of --repro and --diff"),
                          ("--run 3", "--run goes with --repro or --diff"),
                          ("--minimize", "--minimize goes with --repro")):
        result = shell.run_cell(f"%vibesql {line}")
        assert isinstance(result.error_in_exec, UsageError) and message in str(result.error_in_exec), line
