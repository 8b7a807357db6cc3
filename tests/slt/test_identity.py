"""A file's identity is its path relative to the corpus root: files given one by one never share a row."""

from __future__ import annotations

from pathlib import Path

import pytest
from slt_support import CLI, rows

from vibesql_magic.slt.suite import SuiteError, discover

SAME_NAME = ("index/delete/10/slt_good_2.test", "index/delete/100/slt_good_2.test",
             "index/random/1000/slt_good_2.test")


def _corpus(root: Path) -> list[Path]:
    """Three different files that share a file name; each one fails a different record."""
    files = []
    for number, relative in enumerate(SAME_NAME, 1):
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"query I nosort\nSELECT {number}\n----\n1\n")
        files.append(path)
    return files


def test_three_files_of_one_name_given_one_by_one_keep_three_rows(cli: CLI, tmp_path: Path) -> None:
    files = _corpus(tmp_path / "A")
    db = tmp_path / "results.sql"
    assert cli("run", *files, "--engine", "sqlite", "--db", db, "--exit-zero").code == 0
    stored = rows(db, "SELECT file_path, status, records_failed FROM test_results ORDER BY file_path")
    # The common ancestor of the three is A/index: each keeps its own path below it.
    assert stored == [("delete/10/slt_good_2.test", "PASS", 0), ("delete/100/slt_good_2.test", "FAIL", 1),
                      ("random/1000/slt_good_2.test", "FAIL", 1)]
    assert rows(db, "SELECT COUNT(*) FROM test_files") == [(3,)]


def test_a_folder_named_test_is_the_corpus_root(tmp_path: Path) -> None:
    files = _corpus(tmp_path / "sqlite" / "test")
    assert [task.key for task in discover(files)] == sorted(SAME_NAME)
    assert [task.key for task in discover(files[:1])] == [SAME_NAME[0]]  # one file alone keeps its place too


def test_root_overrides_and_must_hold_the_files(tmp_path: Path) -> None:
    files = _corpus(tmp_path / "A")
    assert [task.key for task in discover(files, tmp_path)] == sorted(f"A/{name}" for name in SAME_NAME)
    with pytest.raises(SuiteError, match="is not under the corpus root"):
        discover(files, tmp_path / "A" / "index" / "delete")


def test_paths_in_two_corpora_are_keyed_from_what_they_share(tmp_path: Path) -> None:
    first = _corpus(tmp_path / "one" / "sqllogictest")[0]
    second = _corpus(tmp_path / "two" / "sqllogictest")[0]
    keys = [task.key for task in discover([first, second])]
    assert keys == [f"one/sqllogictest/{SAME_NAME[0]}", f"two/sqllogictest/{SAME_NAME[0]}"]
